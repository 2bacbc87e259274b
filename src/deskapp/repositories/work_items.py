"""Work items of every kind: the core row, its comments, its event log, its links and numbers.

Everything here reads and writes the core table ``work_items`` (queue pages, counts, take next,
the SLA sweep, search conditions); a kind's detail table is joined only when one item of that
kind is loaded (``get_incident``, ``get`` through the ORM's polymorphic loading).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from deskapp.db.base import UtcDateTime
from deskapp.db.models import (
    Comment,
    ConfigurationItem,
    Incident,
    Person,
    Service,
    StaffUser,
    Team,
    TicketEvent,
    WorkItem,
    WorkItemLink,
)
from deskapp.domain import kinds as work_kinds
from deskapp.domain.cmdb import RELATION_TYPES, TICKET_DEPTH
from deskapp.domain.kinds.base import Category
from deskapp.domain.queries import DEFAULT_SORT, Cursor, SortKey, WorkItemFilter
from deskapp.domain.queue import OPEN
from deskapp.repositories.cmdb_graph import items_affecting, items_touching
from deskapp.repositories.numbers import allocate_number
from deskapp.repositories.reference import cached
from deskapp.repositories.search import text_condition

#: The work item's own columns a list or queue row carries (names are the keys of the returned
#: mappings), then the names it shows for its references (see ``page_after``).
ROW_OWN_COLUMNS: tuple[Any, ...] = (
    WorkItem.id,
    WorkItem.kind,
    WorkItem.version,
    WorkItem.number,
    WorkItem.title,
    WorkItem.status,
    WorkItem.priority,
    WorkItem.impact,
    WorkItem.urgency,
    WorkItem.category,
    WorkItem.opened_at,
    WorkItem.updated_at,
    WorkItem.resolution_due_at,
    WorkItem.sla_state,
    WorkItem.team_id,
    WorkItem.assignee_id,
    WorkItem.pending_reason,
)


#: columns a filter may ask to be empty (the "none" group of a KPI split)
MISSABLE = ("team_id", "assignee_id", "service_id", "category")
#: timestamp columns a filter window may use
WINDOW_COLUMNS = ("opened_at", "responded_at", "resolved_at", "closed_at")


def window_condition(column: str, start: datetime, end: datetime) -> ColumnElement[bool]:
    """Items whose ``column`` falls in ``[start, end)``; ``open_at``: open at ``end``."""
    if column == "open_at":
        from deskapp.domain.kinds import Category, statuses_in

        return and_(WorkItem.opened_at < end, or_(
            WorkItem.status.in_(statuses_in((Category.OPEN, Category.WAITING))),
            func.coalesce(WorkItem.resolved_at, WorkItem.closed_at) >= end))
    if column not in WINDOW_COLUMNS:
        raise ValueError(f"no window on {column}")
    col = getattr(WorkItem, column)
    return and_(col >= start, col < end)


def _name_of(column: Any, key: Any, reference: Any, label: str) -> Any:
    return select(column).where(key == reference).scalar_subquery().label(label)


#: every open and waiting status (counted, or walked in priority order, they are said by the
#: category alone: see WorkItemRepository.conditions)
_EVERY_OPEN_STATUS = frozenset(OPEN)

#: The names a row shows for its references, as correlated scalar subqueries: see page_after.
ROW_NAME_COLUMNS: tuple[Any, ...] = (
    _name_of(Team.name, Team.id, WorkItem.team_id, "team_name"),
    _name_of(StaffUser.full_name, StaffUser.id, WorkItem.assignee_id, "assignee_name"),
    _name_of(Person.full_name, Person.id, WorkItem.caller_id, "caller_name"),
    _name_of(Person.vip, Person.id, WorkItem.caller_id, "caller_vip"),
    _name_of(Service.name, Service.id, WorkItem.service_id, "service_name"),
    _name_of(ConfigurationItem.name, ConfigurationItem.id, WorkItem.ci_id, "ci_name"),
)


#: The events the SLA replay reads: status changes and the pending reason qualifying them.
CLOCK_FIELDS = ("status", "pending_reason")
#: ``Session.info`` key: {item id: its stored status events} read ahead for a batch of
#: operations (a replica's push), kept current by the batch as its events are written
STATUS_EVENTS = "deskapp.status_events"


class NoDueDate(ColumnElement[Any]):
    """The "no due date" sentinel as a SQL literal, spelled exactly as the queue index has it.

    A bound parameter would be the same value, but neither SQLite nor PostgreSQL matches an
    expression index (``ix_queue_due``) against a parameter: ORDER BY would sort every row.
    """

    type = UtcDateTime()
    inherit_cache = True


@compiles(NoDueDate)
def _no_due_date_sqlite(element: NoDueDate, compiler: Any, **kw: Any) -> str:
    return "'9999-12-31 00:00:00.000000'"  # how UtcDateTime stores NO_DUE_DATE on SQLite


@compiles(NoDueDate, "postgresql")
def _no_due_date_pg(element: NoDueDate, compiler: Any, **kw: Any) -> str:
    return "'9999-12-31 00:00:00+00'::timestamptz"


def _sort_column(key: SortKey) -> ColumnElement[Any]:
    column: ColumnElement[Any] = getattr(WorkItem, key.column)
    if key.column == "resolution_due_at":
        # NULL (no SLA) sorts last; the sentinel keeps keyset comparisons total.
        column = func.coalesce(column, NoDueDate())
    return column


class WorkItemRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- single records -------------------------------------------------------------------
    def add(self, item: WorkItem) -> None:
        self.session.add(item)

    def get(self, item_id: uuid.UUID) -> WorkItem | None:
        """Any kind (its detail columns load when first read)."""
        item = self.session.get(WorkItem, item_id)
        return None if item is None or item.deleted_at is not None else item

    def get_incident(self, item_id: uuid.UUID) -> Incident | None:
        """An incident with its details in one query; None for another kind."""
        item = self.session.get(Incident, item_id)
        return None if item is None or item.deleted_at is not None else item

    def children(self, parent_id: uuid.UUID, kind: str | None = None) -> list[dict[str, Any]]:
        """List rows of the live items under ``parent_id`` (of ``kind``), by number."""
        cond = [WorkItem.parent_id == parent_id, WorkItem.deleted_at.is_(None)]
        if kind is not None:
            cond.append(WorkItem.kind == kind)
        stmt = (select(*ROW_OWN_COLUMNS, *ROW_NAME_COLUMNS, WorkItem.due_at,
                       WorkItem.status_category)
                .where(*cond).order_by(WorkItem.number))
        return [dict(row._mapping) for row in self.session.execute(stmt)]

    def open_children(self, parent_id: uuid.UUID, kind: str) -> list[str]:
        """Numbers of the live, not done items of ``kind`` under ``parent_id``."""
        return list(self.session.scalars(
            select(WorkItem.number).where(
                WorkItem.parent_id == parent_id, WorkItem.kind == kind,
                WorkItem.deleted_at.is_(None), WorkItem.status_category != "done")
            .order_by(WorkItem.number)))

    def kinds_of(self, ids: Sequence[uuid.UUID]) -> set[str]:
        if not ids:
            return set()
        return set(self.session.scalars(
            select(WorkItem.kind).where(WorkItem.id.in_(list(ids))).distinct()))

    # -- links ----------------------------------------------------------------------------
    def add_link(self, link: WorkItemLink) -> None:
        self.session.add(link)

    def live_link(self, source_id: uuid.UUID, target_id: uuid.UUID,
                  link_type: str) -> WorkItemLink | None:
        return self.session.scalar(select(WorkItemLink).where(
            WorkItemLink.source_id == source_id, WorkItemLink.target_id == target_id,
            WorkItemLink.link_type == link_type, WorkItemLink.deleted_at.is_(None)))

    def link(self, link_id: uuid.UUID) -> WorkItemLink | None:
        found = self.session.get(WorkItemLink, link_id)
        return None if found is None or found.deleted_at is not None else found

    def links_of(self, item_id: uuid.UUID) -> list[tuple[WorkItemLink, WorkItem]]:
        """Live links from or to the item, each with the item at the other end."""
        out: list[tuple[WorkItemLink, WorkItem]] = []
        for link in self.session.scalars(select(WorkItemLink).where(
                or_(WorkItemLink.source_id == item_id, WorkItemLink.target_id == item_id),
                WorkItemLink.deleted_at.is_(None)).order_by(WorkItemLink.created_at)):
            other = self.get(link.target_id if link.source_id == item_id else link.source_id)
            if other is not None:
                out.append((link, other))
        return out

    def related_labels(self, caller_id: uuid.UUID | None, service_id: uuid.UUID | None,
                       ci_id: uuid.UUID | None, team_id: uuid.UUID | None,
                       assignee_id: uuid.UUID | None) -> dict[str, Any]:
        """Names of an incident's caller, service, CI, team and assignee in one round trip
        (scalar subqueries; a missing or absent reference gives None)."""

        def one(column: Any, key: Any, value: uuid.UUID | None) -> Any:
            if value is None:
                return literal(None)
            return select(column).where(key == value).scalar_subquery()

        def read() -> dict[str, Any]:
            row = self.session.execute(select(
                one(Person.full_name, Person.id, caller_id).label("caller"),
                one(Person.email, Person.id, caller_id).label("caller_email"),
                one(Service.name, Service.id, service_id).label("service"),
                one(ConfigurationItem.name, ConfigurationItem.id, ci_id).label("ci"),
                one(ConfigurationItem.ci_type, ConfigurationItem.id, ci_id).label("ci_type"),
                one(Team.name, Team.id, team_id).label("team"),
                one(StaffUser.full_name, StaffUser.id, assignee_id).label("assignee"),
            )).one()
            return dict(row._mapping)

        return dict(cached(self.session, ("labels", caller_id, service_id, ci_id, team_id,
                                          assignee_id), read))

    def by_number(self, number: str) -> WorkItem | None:
        return self.session.scalar(
            select(WorkItem).where(WorkItem.number == number, WorkItem.deleted_at.is_(None))
        )

    def allocate_number(self, kind: str) -> int:
        """Next value of the per-kind counter, in the caller's transaction (row-locked)."""
        return allocate_number(self.session, kind)

    # -- children -----------------------------------------------------------------------
    def add_event(self, event: TicketEvent) -> None:
        self.session.add(event)

    def add_comment(self, comment: Comment) -> None:
        self.session.add(comment)

    def events(self, item_id: uuid.UUID) -> Sequence[TicketEvent]:
        return self.session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == item_id)
            .order_by(TicketEvent.occurred_at, TicketEvent.id)
        ).all()

    def sla_checks_due(self, now: datetime, limit: int) -> list[uuid.UUID]:
        """Tickets whose stored SLA state may have changed by ``now`` (the oldest first).

        PostgreSQL locks them FOR UPDATE SKIP LOCKED, so several DeskApps sweeping at once
        share the work instead of repeating it; SQLite's write transaction is already exclusive.
        """
        stmt = (select(WorkItem.id)
                .where(WorkItem.sla_check_at <= now, WorkItem.sla_check_at.is_not(None),
                       WorkItem.deleted_at.is_(None))
                .order_by(WorkItem.sla_check_at).limit(limit))
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list(self.session.scalars(stmt))

    def many(self, ids: Sequence[uuid.UUID]) -> list[WorkItem]:
        """Core rows of any kinds (detail columns are not read)."""
        return list(self.session.scalars(select(WorkItem).where(WorkItem.id.in_(list(ids)))))

    def status_events_of(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[TicketEvent]]:
        """Status events of several tickets in one query, each ticket's in time order."""
        out: dict[uuid.UUID, list[TicketEvent]] = {i: [] for i in ids}
        for event in self.session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id.in_(list(ids)), TicketEvent.field.in_(CLOCK_FIELDS))
                .order_by(TicketEvent.ticket_id, TicketEvent.occurred_at)):
            out[event.ticket_id].append(event)
        return out

    def store_sla(self, rows: Sequence[tuple[uuid.UUID, int, dict[str, Any]]]) -> None:
        """Write derived SLA columns without a new version or ``updated_at``: nobody edited the
        tickets, so an agent's open form must not get a conflict from it. A row whose version
        moved meanwhile is left alone (that write recomputed its SLA itself). One statement
        per shape of values, executed for all rows at once."""
        table = cast(Table, WorkItem.__table__)
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for item_id, version, values in rows:
            shapes.setdefault(tuple(sorted(values)), []).append(
                {"b_id": item_id, "b_version": version,
                 **{f"v_{n}": v for n, v in values.items()}})
        for names, params in shapes.items():
            stmt = (update(table)
                    .where(table.c.id == bindparam("b_id"),
                           table.c.version == bindparam("b_version"))
                    .values({**{n: bindparam(f"v_{n}") for n in names},
                             "updated_at": table.c.updated_at}))
            self.session.connection().execute(stmt, params)

    def recheck_sla(self, sla_ids: Sequence[uuid.UUID], now: datetime) -> int:
        """Make the open tickets of these SLAs due for the sweep (their targets or calendar
        changed); returns how many."""
        if not sla_ids:
            return 0
        table = cast(Table, WorkItem.__table__)
        done = self.session.execute(
            update(table).where(table.c.sla_id.in_(list(sla_ids)),
                                table.c.status_category != "done",
                                table.c.deleted_at.is_(None))
            .values(sla_check_at=now, updated_at=table.c.updated_at))
        return int(getattr(done, "rowcount", 0) or 0)

    def last_change(self, item_id: uuid.UUID) -> tuple[uuid.UUID | None, datetime] | None:
        """Who wrote the incident's latest event, and when (None: no history yet)."""
        found = self.session.execute(
            select(TicketEvent.actor_id, TicketEvent.occurred_at)
            .where(TicketEvent.ticket_id == item_id)
            .order_by(TicketEvent.occurred_at.desc(), TicketEvent.id.desc())
            .limit(1)
        ).first()
        return (found[0], found[1]) if found is not None else None

    def status_events(self, item_id: uuid.UUID) -> Sequence[TicketEvent]:
        known = self.session.info.get(STATUS_EVENTS)
        if known is not None and item_id in known:  # read ahead for a batch (a push)
            return sorted(known[item_id], key=lambda e: e.occurred_at)
        return self.session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == item_id, TicketEvent.field.in_(CLOCK_FIELDS))
            .order_by(TicketEvent.occurred_at)
        ).all()

    def comments(self, item_id: uuid.UUID) -> Sequence[Comment]:
        return self.session.scalars(
            select(Comment)
            .where(Comment.work_item_id == item_id)
            .order_by(Comment.created_at, Comment.id)
        ).all()

    # -- lists ----------------------------------------------------------------------------
    def conditions(self, flt: WorkItemFilter, sort: Sequence[SortKey] | None = None
                   ) -> list[ColumnElement[bool]]:
        """The filter as WHERE terms; ``sort``: the order a statement walks (rows, keys, take
        next), None for a count or a probe by id.

        Every open status, counted or walked in priority order, is the category alone (see
        below). Other open statuses also name their category (the open-work indexes'
        predicate) in a walk: on PostgreSQL in any order, on SQLite only in priority order,
        the order of its open-work indexes (0034). Never the category beside some statuses in
        a count: the indexes that carry the status carry no category, so the term sent every
        counted row to the table (PostgreSQL counted the 68,000 open priority-3 items of 1M
        through 16,000 heap pages, 70 ms; by the status alone it is an index-only scan).
        Elsewhere SQLite's indexes carry the status but not the category, and the term sent a
        number-sorted key walk to the table for every row. In an order other than priority
        every open status stays listed: the indexes of that order check it before the table."""
        cond: list[ColumnElement[bool]] = [WorkItem.deleted_at.is_(None)]
        if flt.kinds:
            cond.append(WorkItem.kind.in_(sorted(flt.kinds)))
        if flt.statuses == _EVERY_OPEN_STATUS and (not sort or sort[0].column == "priority"):
            # every open and waiting status (All open and its narrowings), counted or walked
            # in priority order: the category says it alone, and is the open-work indexes'
            # predicate, so a count or a key walk is an index-only scan of them (PostgreSQL's
            # carry no status: the open priority-3 items of 1M counted through 1,050 index
            # pages instead of 4,700 of the status-led index; a jump's seek of 1,750 keys
            # read 15 pages instead of 1,216 with the status checked in the table). The
            # category follows the status on every write (a kind maps each status to one
            # category, the same in every kind).
            cond.extend(_category_implied(flt.statuses, open_work=True))
        elif flt.statuses:
            cond.append(WorkItem.status.in_(sorted(flt.statuses)))
            if not sort:
                pass  # a count or a probe by id: the status alone (see above)
            elif self._dialect() == "postgresql":
                cond.extend(_category_implied(flt.statuses))
            elif sort[0].column == "priority":
                cond.extend(_category_implied(flt.statuses, open_work=True))
        if flt.priorities:
            cond.append(WorkItem.priority.in_(sorted(flt.priorities)))
        if flt.team_ids:
            cond.append(WorkItem.team_id.in_(flt.team_ids))
        if flt.assignee_ids and flt.unassigned:
            cond.append(or_(WorkItem.assignee_id.in_(flt.assignee_ids),
                            WorkItem.assignee_id.is_(None)))
        elif flt.assignee_ids:
            cond.append(WorkItem.assignee_id.in_(flt.assignee_ids))
        elif flt.unassigned:
            cond.append(WorkItem.assignee_id.is_(None))
        if flt.service_ids:
            cond.append(WorkItem.service_id.in_(flt.service_ids))
        if flt.ci_ids:
            cond.append(items_touching(sorted(flt.ci_ids)))
        if flt.affected_service_ids:
            cond.append(items_affecting(sorted(flt.affected_service_ids), TICKET_DEPTH,
                                        RELATION_TYPES, self._dialect()))
        if flt.categories:
            cond.append(WorkItem.category.in_(sorted(flt.categories)))
        if flt.sla_states:
            cond.append(WorkItem.sla_state.in_(sorted(flt.sla_states)))
        if flt.caller_id:
            cond.append(WorkItem.caller_id == flt.caller_id)
        if flt.major_only:
            # a detail column: a subquery over the (small) set of major incidents, so the
            # queue itself still reads the core table alone
            details = cast(Table, Incident.__table__)
            cond.append(WorkItem.id.in_(select(details.c.work_item_id)
                                        .where(details.c.is_major.is_(True))))
        if flt.watcher_id is not None:
            from deskapp.repositories.watchers import watched_condition

            cond.append(watched_condition(flt.watcher_id))
        if flt.created_from:
            cond.append(WorkItem.opened_at >= flt.created_from)
        if flt.created_to:
            cond.append(WorkItem.opened_at < flt.created_to)
        if flt.updated_from:
            cond.append(WorkItem.updated_at >= flt.updated_from)
        if flt.updated_to:
            cond.append(WorkItem.updated_at < flt.updated_to)
        for name in sorted(flt.missing):
            if name in MISSABLE:
                cond.append(getattr(WorkItem, name).is_(None))
        if flt.window is not None:
            cond.append(window_condition(*flt.window))
        if flt.group is not None:
            column = getattr(WorkItem, flt.group[0])
            value = flt.group[1]
            cond.append(column.is_(None) if value is None else column == value)
        if flt.text.strip():
            # Full-text (FTS5 / tsvector) with number matching, the same as global search; an
            # ILIKE '%x%' here read every row of a 1M-ticket table.
            dialect = self._dialect()
            probe = None
            if dialect == "postgresql":
                from deskapp.repositories.search import SearchRepository

                probe = SearchRepository(self.session).count_capped
            cond.append(text_condition(dialect, flt.text, probe))
        return cond

    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def page_after(
        self,
        cursor: Cursor | None,
        flt: WorkItemFilter,
        sort: Sequence[SortKey] = DEFAULT_SORT,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """One page of list rows strictly after ``cursor`` in ``sort`` order (keyset, no OFFSET).

        The id is the final tie-breaker so the order is total and pages never overlap.
        The names of a row's references are scalar subqueries, not joins: planning a
        six-table join cost PostgreSQL 6-8 ms per page at 1M tickets (every queue index on
        ``incidents`` weighed for every join order), ten times what executing it took. A
        subquery in the select list is planned on its own, and both databases evaluate it only
        for the rows the LIMIT keeps (PostgreSQL postpones it past the sort).
        """
        stmt = self.rows_query(flt, sort, cursor).limit(limit)
        return [dict(row._mapping) for row in self.session.execute(stmt)]

    def rows_query(self, flt: WorkItemFilter, sort: Sequence[SortKey] = DEFAULT_SORT,
                   cursor: Cursor | None = None) -> Select[Any]:
        """The list rows of ``flt`` in ``sort`` order (after ``cursor``), without a limit."""
        stmt = select(*ROW_OWN_COLUMNS, *ROW_NAME_COLUMNS).where(*self.conditions(flt, sort))
        if cursor is not None:
            stmt = stmt.where(keyset_condition(sort, cursor))
        return stmt.order_by(*sort_order(sort))

    def count(self, flt: WorkItemFilter) -> int:
        stmt = select(func.count()).select_from(WorkItem).where(*self.conditions(flt))
        return int(self.session.scalar(stmt) or 0)


def id_descending(sort: Sequence[SortKey]) -> bool:
    """The id tie-breaker runs in the direction of the last sort key.

    With every key in one direction an index on (keys..., id) serves the ORDER BY in a single
    forward or backward scan, and the keyset condition becomes a row-value seek.
    """
    return bool(sort) and sort[-1].descending


def sort_order(sort: Sequence[SortKey]) -> list[ColumnElement[Any]]:
    """ORDER BY terms for ``sort`` plus the id tie-breaker (the order is total)."""
    order: list[ColumnElement[Any]] = [
        _sort_column(k).desc() if k.descending else _sort_column(k).asc() for k in sort]
    order.append(WorkItem.id.desc() if id_descending(sort) else WorkItem.id.asc())
    return order


def keyset_condition(sort: Sequence[SortKey], cursor: Cursor) -> ColumnElement[bool]:
    """Rows strictly after ``cursor`` in ``sort`` order."""
    # SQLite cannot seek an expression index (ix_queue_due) with a row value; the expanded
    # form with its leading bound can.
    plain = all(k.column != "resolution_due_at" for k in sort)
    return keyset_after([_sort_column(k) for k in sort], [k.descending for k in sort],
                        cursor.values, cursor.id, id_desc=id_descending(sort), row_value=plain)


def keyset_after(
    columns: Sequence[ColumnElement[Any]],
    descending: Sequence[bool],
    values: Sequence[Any],
    last_id: uuid.UUID,
    *,
    id_desc: bool = False,
    row_value: bool = True,
) -> ColumnElement[bool]:
    """Rows after (values, id) in the given order.

    One direction throughout: a row-value comparison ``(a, b, id) > (x, y, z)``, which SQLite
    and PostgreSQL turn into an index seek. Mixed directions: (a > x) OR (a = x AND b > y) ...,
    with ``a >= x`` in front so the scan still starts at the cursor: without it SQLite walked
    the index from its first entry on every page (deep pages got slower and slower).
    """
    directions = {*descending, id_desc}
    if len(directions) == 1 and row_value:
        desc = directions.pop()
        left = tuple_(*columns, WorkItem.id)
        right = tuple_(*[literal(v, c.type) for c, v in zip(columns, values, strict=True)],
                       literal(last_id, WorkItem.id.type))
        return left < right if desc else left > right
    branches: list[ColumnElement[bool]] = []
    equal: list[ColumnElement[bool]] = []
    for column, desc, value in zip(columns, descending, values, strict=True):
        branches.append(and_(*equal, column < value if desc else column > value))
        equal.append(column == value)
    branches.append(and_(*equal, WorkItem.id < last_id if id_desc else WorkItem.id > last_id))
    first, first_desc, first_value = columns[0], descending[0], values[0]
    bound = first <= first_value if first_desc else first >= first_value
    return and_(bound, or_(*branches))


@functools.cache
def _category_implied(statuses: frozenset[str], *, open_work: bool = False
                      ) -> tuple[ColumnElement[bool], ...]:
    """The status category the statuses imply, said outright: the open-work indexes hold
    ``status_category IN ('open', 'waiting')`` (migrations 0033 and 0034), and a planner
    proves that from the same words only. As literals, so a generic plan (psycopg prepares a
    statement run five times) still proves it. Nothing when it would not narrow anything.
    ``open_work`` (SQLite): said exactly as the indexes' predicate, ``IN ('open',
    'waiting')``, whenever the statuses fall within it, and nothing otherwise: SQLite proves a
    partial index's predicate only from the same term (``IN ('open')`` would not do). Where
    SQLite leaves it out, see :meth:`WorkItemRepository.conditions`. Kept per status set:
    every queue page and live-refresh probe builds these conditions."""
    categories = work_kinds.categories_of(statuses)
    if categories is None or len(categories) == len(Category):
        return ()
    if open_work:
        wanted = {Category.OPEN, Category.WAITING}
        if not categories <= wanted:
            return ()
        categories = frozenset(wanted)
    return (WorkItem.status_category.in_(
        [literal_column(f"'{c.value}'") for c in sorted(categories)]),)
