"""Reading the audit trail (the auditor view and ``deskapp-admin audit``): who changed what,
reference records and work items merged, newest first, a page at a time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from deskapp.domain import kinds
from deskapp.domain.permissions import Action, Resource
from deskapp.repositories.audit import AuditCursor, AuditRepository, TrailFilter
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.audit import RECORD_TYPES
from deskapp.services.authorization import require
from deskapp.services.dto import Actor, Choice

PAGE = 200


@dataclass(frozen=True)
class TrailEntry:
    occurred_at: datetime
    actor: str  # the staff member's name, else the database login, else "system"
    actor_login: str
    record_type: str
    record_type_label: str
    record_id: uuid.UUID | None
    record_label: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None

    def as_json(self) -> dict[str, Any]:
        return {"occurred_at": self.occurred_at.isoformat(), "actor": self.actor,
                "actor_login": self.actor_login, "record_type": self.record_type,
                "record_id": str(self.record_id) if self.record_id else None,
                "record": self.record_label, "action": self.action, "field": self.field,
                "old": self.old_value, "new": self.new_value}


@dataclass(frozen=True)
class TrailPage:
    entries: tuple[TrailEntry, ...]
    #: where the next page starts; None: this was the last page
    next_after: AuditCursor | None


def record_types() -> list[tuple[str, str]]:
    """(record type, label) the trail can be filtered by: reference records, then each kind."""
    return [*RECORD_TYPES.items(), *((k, kinds.kind(k).label) for k in kinds.ACTIVE)]


def read_trail(uow_factory: UnitOfWorkFactory, flt: TrailFilter,
               after: AuditCursor | None = None, limit: int = PAGE) -> TrailPage:
    """One page of the trail (no permission check: the CLI runs as the database login)."""
    labels = dict(record_types())
    with uow_factory(read_only=True) as uow:
        rows = AuditRepository(uow.session).page(
            flt, after, limit + 1, kinds.ACTIVE)
    entries = tuple(_entry(r, labels) for r in rows[:limit])
    more = len(rows) > limit
    return TrailPage(entries, (rows[limit - 1]["occurred_at"], rows[limit - 1]["id"])
                     if more else None)


def walk_trail(uow_factory: UnitOfWorkFactory, flt: TrailFilter,
               page: int = PAGE) -> Iterator[TrailEntry]:
    """Every entry matching ``flt``, newest first, read a page at a time."""
    after: AuditCursor | None = None
    while True:
        found = read_trail(uow_factory, flt, after, page)
        yield from found.entries
        if found.next_after is None:
            return
        after = found.next_after


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    def trail(self, since: datetime | None = None, record_type: str | None = None,
              actor_id: uuid.UUID | None = None, after: AuditCursor | None = None,
              limit: int = PAGE) -> TrailPage:
        require(self.actor, Action.VIEW, Resource.AUDIT)
        return read_trail(self._uow, TrailFilter(since, record_type or None, actor_id),
                          after, limit)

    @staticmethod
    def record_types() -> list[tuple[str, str]]:
        return record_types()

    def people(self) -> list[Choice]:
        """Staff whose changes the trail can be filtered by."""
        with self._uow(read_only=True) as uow:
            return [Choice(sid, name) for sid, name in AuditRepository(uow.session)
                    .staff_choices()]


def _entry(r: dict[str, Any], labels: dict[str, str]) -> TrailEntry:
    actor = r["actor_name"] or r["actor_login"] or ("system" if r["actor_id"] is None
                                                   else "unknown")
    field = r["field"] or ""
    action = r["action"]
    if field == "created" and r["record_type"] in labels and action == "changed":
        action, field = "created", ""  # a work item's creation event
    return TrailEntry(r["occurred_at"], actor, r["actor_login"] or r["actor_username"] or "",
                      r["record_type"], labels.get(r["record_type"], r["record_type"]),
                      r["record_id"], r["record_label"] or "", action, field, r["old_value"],
                      r["new_value"])
