"""Query value types shared by repositories, services and the UI (no SQL here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

#: Sortable work-item columns; each maps to an indexed column in the repository.
SORTABLE = ("number", "priority", "status", "opened_at", "updated_at", "title",
            "resolution_due_at")


@dataclass(frozen=True)
class SortKey:
    column: str
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORTABLE:
            raise ValueError(f"cannot sort work items by {self.column!r}")


#: Stands in for "no due date" so keyset comparisons stay total (NULLs sort last).
NO_DUE_DATE = datetime(9999, 12, 31, tzinfo=UTC)

DEFAULT_SORT: tuple[SortKey, ...] = (SortKey("priority"), SortKey("opened_at"))


@dataclass(frozen=True)
class WorkItemFilter:
    """Conditions of a queue or a list; empty means 'any' (``kinds`` empty: every kind)."""

    kinds: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    priorities: frozenset[int] = frozenset()
    team_ids: frozenset[uuid.UUID] = frozenset()
    assignee_ids: frozenset[uuid.UUID] = frozenset()
    unassigned: bool = False
    service_ids: frozenset[uuid.UUID] = frozenset()
    #: the item's main CI or one of its impacted CIs is one of these
    ci_ids: frozenset[uuid.UUID] = frozenset()
    #: the item affects one of these services through the CMDB graph (its CIs lie within the
    #: ticket depth downstream of what the service stands on), or names it as its service
    affected_service_ids: frozenset[uuid.UUID] = frozenset()
    categories: frozenset[str] = frozenset()
    sla_states: frozenset[str] = frozenset()
    caller_id: uuid.UUID | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None
    text: str = ""
    #: columns that must be empty (the "none" group of a split: no team, no category...)
    missing: frozenset[str] = frozenset()
    #: (timestamp column, start, end): items whose column falls in ``[start, end)``; the column
    #: ``open_at`` means open at ``end`` (opened before it, and open now or ended after it)
    window: tuple[str, datetime, datetime] | None = None
    #: one group of a grouped queue: (work_items column, value); value None is "none"
    group: tuple[str, Any] | None = None
    major_only: bool = False  # incidents flagged major only
    #: only items this staff member watches (the Watching queue)
    watcher_id: uuid.UUID | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Cursor:
    """Keyset position: the sort values and id of the last row already shown."""

    values: tuple[Any, ...]
    id: uuid.UUID


def cursor_for(row: Any, sort: tuple[SortKey, ...] | list[SortKey]) -> Cursor:
    """The cursor after ``row`` (any object with the sorted attributes and ``id``)."""
    values = []
    for key in sort:
        value = getattr(row, key.column)
        if key.column == "resolution_due_at" and value is None:
            value = NO_DUE_DATE
        values.append(value)
    return Cursor(tuple(values), row.id)
