"""Queue definitions: what a queue shows, in what order, with which columns. Pure values.

A definition is saved as JSON in ``queue_definitions.definition`` and is the same for a personal
queue, a shared team queue and a built-in. It refers to people and teams by id, plus three
placeholders resolved for whoever opens it: ``me`` (the signed-in staff member), ``unassigned``
and ``my_teams``. That is what lets one shared definition ("Unassigned in my teams") serve a
whole team. Resolving ids to database conditions happens in the queue service, which knows
the actor and which teams still exist.

A queue covers every kind of work item unless its ``kinds`` condition names some; "open" means
the statuses whose category is open or waiting in any kind (:mod:`deskapp.domain.kinds`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from deskapp.domain import kinds as work_kinds
from deskapp.domain.kinds import Category
from deskapp.domain.queries import DEFAULT_SORT, SORTABLE, SortKey
from deskapp.errors import ValidationError
from deskapp.messages import mark, msg, translate

ME = "me"
UNASSIGNED = "unassigned"
MY_TEAMS = "my_teams"
SLA_STATES = ("ok", "warning", "breached", "paused", "met")
NAME_MAX = 80
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Column:
    """A column a queue can show. ``sort`` names the indexed incident column, None if unsortable.

    Only columns of the incident row itself are sortable: sorting by a joined name (team,
    assignee...) cannot be served by an index, and a queue never sorts in memory.
    """

    key: str
    label: str
    width: int
    sort: str | None = None


COLUMNS: tuple[Column, ...] = (
    Column("kind", "Kind", 120),
    Column("number", "Number", 110, "number"),
    Column("priority", "Priority", 110, "priority"),
    Column("title", "Title", 320, "title"),
    Column("status", "Status", 100, "status"),
    Column("sla_state", "SLA", 80),
    Column("resolution_due_at", "Due", 140, "resolution_due_at"),
    Column("team_name", "Team", 140),
    Column("assignee_name", "Assignee", 150),
    Column("caller_name", "Caller", 150),
    Column("service_name", "Service", 140),
    Column("ci_name", "CI", 120),
    Column("category", "Category", 100),
    Column("opened_at", "Opened", 140, "opened_at"),
    Column("updated_at", "Updated", 140, "updated_at"),
)
COLUMN_BY_KEY: Mapping[str, Column] = {c.key: c for c in COLUMNS}
DEFAULT_COLUMNS = ("kind", "number", "priority", "title", "status", "sla_state",
                   "resolution_due_at", "team_name", "assignee_name", "opened_at")
GROUPABLE = ("kind", "status", "priority", "team_name", "assignee_name", "service_name",
             "sla_state", "category")


def _uuid_or_token(value: object, tokens: Iterable[str], what: str) -> str:
    text = str(value).strip()
    if text in tokens:
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValidationError(msg("'{text}' is not a valid {what} reference in this queue; edit "
                                  "the queue and pick it again.", text=text,
                                  what=translate(what))) from None


def _parse_time(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            raise ValidationError(msg("'{value}' is not a date and time; use YYYY-MM-DD.",
                                      value=value)) from None
    if parsed.tzinfo is None:
        raise ValidationError("Queue dates need a time zone; pick the date again.")
    return parsed


@dataclass(frozen=True)
class QueueFilter:
    """Conditions of a queue. Empty means "any". Ids are kept as text, as they are saved."""

    kinds: tuple[str, ...] = ()  # kind keys (deskapp.domain.kinds); empty: every kind
    teams: tuple[str, ...] = ()  # team ids or MY_TEAMS
    assignees: tuple[str, ...] = ()  # staff ids, ME or UNASSIGNED
    statuses: tuple[str, ...] = ()
    priorities: tuple[int, ...] = ()
    sla_states: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    cis: tuple[str, ...] = ()
    #: services the items affect through the CMDB graph
    affected_services: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    created_from: datetime | None = None
    created_to: datetime | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None
    created_within_days: int | None = None  # relative ranges stay meaningful in a saved queue
    updated_within_days: int | None = None
    text: str = ""
    #: only major incidents (the flag of incidents; a detail column, read as a subquery)
    major_only: bool = False
    #: only items the person opening the queue watches (resolved like ``me``)
    watched: bool = False

    def __post_init__(self) -> None:
        bad = [k for k in self.kinds if k not in work_kinds.ACTIVE]
        if bad:
            raise ValidationError(msg("'{bad}' is not a kind of work item; use one of {active}.",
                                      bad=bad[0], active=', '.join(work_kinds.ACTIVE)))
        bad = [s for s in self.statuses if s not in work_kinds.all_statuses()]
        if bad:
            raise ValidationError(msg("'{bad}' is not a status of any kind of work item.",
                                      bad=bad[0]))
        if any(p not in range(1, 6) for p in self.priorities):
            raise ValidationError("Priorities run from 1 to 5.")
        bad = [s for s in self.sla_states if s not in SLA_STATES]
        if bad:
            raise ValidationError(msg("'{bad}' is not an SLA state; use {sla_states}.",
                                      bad=bad[0], sla_states=', '.join(SLA_STATES)))
        for days in (self.created_within_days, self.updated_within_days):
            if days is not None and not 0 < days <= 3650:
                raise ValidationError("A relative date range needs 1 to 3650 days.")
        if len(self.text) > 200:
            raise ValidationError("Search text in a queue is limited to 200 characters.")

    def ranges(self, now: datetime) -> tuple[datetime | None, datetime | None,
                                             datetime | None, datetime | None]:
        """(created_from, created_to, updated_from, updated_to) with relative days applied."""
        created_from, updated_from = self.created_from, self.updated_from
        if self.created_within_days:
            start = now - timedelta(days=self.created_within_days)
            created_from = max(created_from, start) if created_from else start
        if self.updated_within_days:
            start = now - timedelta(days=self.updated_within_days)
            updated_from = max(updated_from, start) if updated_from else start
        return created_from, self.created_to, updated_from, self.updated_to

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("kinds", "teams", "assignees", "statuses", "priorities", "sla_states",
                     "services", "cis", "affected_services", "categories"):
            value = getattr(self, name)
            if value:
                out[name] = list(value)
        for name in ("created_from", "created_to", "updated_from", "updated_to"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat()
        for name in ("created_within_days", "updated_within_days"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.text.strip():
            out["text"] = self.text.strip()
        if self.major_only:
            out["major_only"] = True
        if self.watched:
            out["watched"] = True
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> QueueFilter:
        def strings(name: str) -> tuple[str, ...]:
            value = data.get(name) or ()
            if isinstance(value, str):
                value = (value,)
            return tuple(str(v) for v in value)

        return cls(
            kinds=tuple(k for k in strings("kinds") if k in work_kinds.REGISTRY),
            teams=tuple(_uuid_or_token(v, (MY_TEAMS,), mark("team")) for v in strings("teams")),
            assignees=tuple(_uuid_or_token(v, (ME, UNASSIGNED), mark("assignee"))
                            for v in strings("assignees")),
            statuses=strings("statuses"),
            priorities=tuple(int(p) for p in data.get("priorities") or ()),
            sla_states=strings("sla_states"),
            services=tuple(_uuid_or_token(v, (), mark("service")) for v in strings("services")),
            cis=tuple(_uuid_or_token(v, (), mark("configuration item")) for v in strings("cis")),
            affected_services=tuple(_uuid_or_token(v, (), mark("service"))
                                    for v in strings("affected_services")),
            categories=strings("categories"),
            created_from=_parse_time(data.get("created_from")),
            created_to=_parse_time(data.get("created_to")),
            updated_from=_parse_time(data.get("updated_from")),
            updated_to=_parse_time(data.get("updated_to")),
            created_within_days=data.get("created_within_days"),
            updated_within_days=data.get("updated_within_days"),
            text=str(data.get("text") or ""),
            major_only=data.get("major_only") is True,
            watched=data.get("watched") is True,
        )


@dataclass(frozen=True)
class QueueDefinition:
    """Filter, sort, visible columns (in order) with widths, and optional grouping."""

    filter: QueueFilter = field(default_factory=QueueFilter)
    sort: tuple[SortKey, ...] = DEFAULT_SORT
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    widths: Mapping[str, int] = field(default_factory=dict, hash=False, compare=False)
    group_by: str | None = None

    def __post_init__(self) -> None:
        if not self.sort:
            raise ValidationError("A queue needs at least one sort column.")
        if tuple(self.sort) != canonical_sort(self.sort[0].column, self.sort[0].descending):
            raise ValidationError("A queue sorts by one column (with its fixed tie-breakers).")
        unknown = [c for c in self.columns if c not in COLUMN_BY_KEY]
        if unknown:
            raise ValidationError(msg("'{unknown}' is not a queue column.", unknown=unknown[0]))
        if not self.columns:
            raise ValidationError("A queue needs at least one visible column.")
        if len(set(self.columns)) != len(self.columns):
            raise ValidationError("A queue column is listed twice.")
        if self.group_by is not None and self.group_by not in GROUPABLE:
            raise ValidationError(msg("A queue cannot be grouped by '{group_by}'.",
                                      group_by=self.group_by))

    def width(self, key: str) -> int:
        return int(self.widths.get(key, COLUMN_BY_KEY[key].width))

    def sorted_by(self, column: str, descending: bool) -> QueueDefinition:
        """Sort by one header column (see :func:`canonical_sort`)."""
        return replace(self, sort=canonical_sort(column, descending))

    def with_filter(self, flt: QueueFilter) -> QueueDefinition:
        return replace(self, filter=flt)

    def with_columns(self, columns: Iterable[str],
                     widths: Mapping[str, int] | None = None) -> QueueDefinition:
        merged = dict(self.widths)
        merged.update(widths or {})
        cols = tuple(columns)
        return replace(self, columns=cols, widths={k: v for k, v in merged.items() if k in cols})

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "v": SCHEMA_VERSION,
            "filter": self.filter.to_json(),
            "sort": [{"column": k.column, "descending": k.descending} for k in self.sort],
            "columns": list(self.columns),
        }
        if self.widths:
            out["widths"] = {k: int(v) for k, v in self.widths.items()}
        if self.group_by:
            out["group_by"] = self.group_by
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> QueueDefinition:
        """Read a saved definition; unknown columns from a newer DeskApp are dropped quietly."""
        try:
            keys = [SortKey(str(k["column"]), bool(k.get("descending", False)))
                    for k in data.get("sort") or ()]
            sort = canonical_sort(keys[0].column, keys[0].descending) if keys else ()
        except (ValueError, KeyError, TypeError):
            raise ValidationError("This saved queue has an unreadable sort order; sort it "
                                  "again and save.") from None
        columns = tuple(c for c in data.get("columns") or DEFAULT_COLUMNS if c in COLUMN_BY_KEY)
        widths = {str(k): int(v) for k, v in (data.get("widths") or {}).items()
                  if k in COLUMN_BY_KEY and 20 <= int(v) <= 2000}
        group_by = data.get("group_by")
        return cls(
            filter=QueueFilter.from_json(data.get("filter") or {}),
            sort=sort or DEFAULT_SORT,
            columns=columns or DEFAULT_COLUMNS,
            widths=widths,
            group_by=group_by if group_by in GROUPABLE else None,
        )


def canonical_sort(column: str, descending: bool = False) -> tuple[SortKey, ...]:
    """The full order for sorting by ``column``: always one direction, always index-backed.

    Each order matches an ``ix_queue_*`` index column for column (then the id tie-breaker), so
    the database reads the first page, or seeks to row 250,000, without sorting anything. Ties
    in priority and status are broken by age, like the default order.
    """
    if column not in SORTABLE:
        raise ValidationError(msg("Queues cannot be sorted by '{column}'.", column=column))
    ties = {"priority": ("opened_at",), "status": ("priority", "opened_at")}.get(column, ())
    return tuple(SortKey(c, descending) for c in (column, *ties))


#: Open work of every kind: the statuses whose category is open or waiting.
OPEN = work_kinds.statuses_in((Category.OPEN, Category.WAITING))
#: Sort for "most urgent first": what Take next claims and what agents see on top.
URGENT_SORT: tuple[SortKey, ...] = DEFAULT_SORT


@dataclass(frozen=True)
class BuiltIn:
    key: str
    name: str
    definition: QueueDefinition


BUILT_INS: tuple[BuiltIn, ...] = (
    BuiltIn("my_open", "My open work", QueueDefinition(
        QueueFilter(assignees=(ME,), statuses=OPEN))),
    BuiltIn("unassigned_my_teams", "Unassigned in my teams", QueueDefinition(
        QueueFilter(teams=(MY_TEAMS,), assignees=(UNASSIGNED,), statuses=OPEN))),
    BuiltIn("at_risk", "Breached or at risk", QueueDefinition(
        QueueFilter(statuses=OPEN, sla_states=("breached", "warning")),
        sort=canonical_sort("resolution_due_at"))),
    BuiltIn("all_open", "All open", QueueDefinition(QueueFilter(statuses=OPEN))),
    BuiltIn("major_incidents", "Major incidents", QueueDefinition(
        QueueFilter(kinds=("incident",), statuses=OPEN, major_only=True))),
    BuiltIn("open_problems", "Open problems", QueueDefinition(
        QueueFilter(kinds=("problem",), statuses=OPEN))),
    # open items of every kind the person watches, the latest change first
    BuiltIn("watching", "Watching", QueueDefinition(
        QueueFilter(statuses=OPEN, watched=True), sort=canonical_sort("updated_at", True))),
)
BUILT_IN_BY_KEY: Mapping[str, BuiltIn] = {b.key: b for b in BUILT_INS}


def check_name(name: str) -> str:
    text = name.strip()
    if not text:
        raise ValidationError("Give the queue a name.", {"name": "A name is required."})
    if len(text) > NAME_MAX:
        raise ValidationError(msg("Queue names are limited to {name_max} characters.",
                                  name_max=NAME_MAX),
                              {"name": f"At most {NAME_MAX} characters."})
    return text
