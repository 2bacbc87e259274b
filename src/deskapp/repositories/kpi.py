"""Aggregate SQL behind every KPI: the measures of :mod:`deskapp.domain.kpi_catalogue`.

:meth:`KpiRepository.sums` compiles declared measures into one statement per *event column*
(``opened_at``, ``resolved_at``, ``rated_at``...): ``SUM(CASE ...)`` per measure over the rows
whose event falls in the range, grouped by the split (team, agent, ...) and by bucket (a week
or a month, a binary search over the bucket edges written as nested ``CASE``, so local
midnights and daylight-saving changes are exact on both databases). The backlog is one more
statement over the items open at some point of the range (open now, or done since its start),
grouped by the buckets of their opening and of their end; the level at each bucket's end
follows from those cells in Python. The ranges by opening and by resolution read
``ix_queue_kpi_opened`` and ``ix_queue_kpi_resolved`` (migration 0032), which carry every
column a figure reads, so no work-item row is looked up; first responses use
``ix_queue_responded``. No item row reaches Python, whatever the number of items.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    case,
    extract,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from deskapp.db.base import Base
from deskapp.db.models import Service, StaffUser, Team, WorkItem
from deskapp.domain.kinds import Category, statuses_in
from deskapp.domain.kpi import Grouping
from deskapp.domain.kpi_catalogue import (
    BACKLOG,
    Cond,
    Measure,
    MeasurePlan,
    Minutes,
    Op,
    Scope,
    column_of,
    table_of,
)

#: A group's key (a team, agent or service id, a category, a priority, a kind; None: not set).
GroupKey = uuid.UUID | str | int | None
#: (group key, bucket index) -> measure key -> sum
Sums = dict[tuple[GroupKey, int], dict[str, float]]

GROUP_COLUMN: Mapping[Grouping, str] = {
    Grouping.TEAM: "team_id", Grouping.AGENT: "assignee_id", Grouping.SERVICE: "service_id",
    Grouping.CATEGORY: "category", Grouping.PRIORITY: "priority", Grouping.KIND: "kind"}
WORK_ITEMS = "work_items"
BACKLOG_AGE = "backlog_age"
#: julianday('1970-01-01')
JULIAN_UNIX_EPOCH = 2440587.5


@dataclass(frozen=True)
class BacklogBucket:
    priority: int
    open: int
    breached: int
    unassigned: int


@dataclass(frozen=True)
class _Source:
    """The FROM of one pass: ``work_items`` joined to the tables its measures name."""

    items: Table
    tables: dict[str, Table]

    def col(self, ref: str) -> ColumnElement[Any]:
        return self.tables[table_of(ref)].c[column_of(ref)]


def schema_columns() -> frozenset[str]:
    """Every ``table.column`` of the models (what a declaration may require)."""
    return frozenset(f"{t.name}.{c.name}" for t in Base.metadata.tables.values() for c in t.c)


def _joins(m: Measure) -> bool:
    """Whether a measure's conditions name another table than its event's."""
    return any(table_of(c.column) != table_of(m.event) for c in m.where)


#: conditions false (not true) on NULL: a row without the joined table's row never passes
NULL_REJECTING = frozenset({Op.NOT_NULL, Op.TRUE, Op.FALSE, Op.EQ, Op.IN, Op.GT,
                            Op.WITHIN_MINUTES})


def _null_rejected(where: Sequence[Cond]) -> set[str]:
    """The joined tables (not ``work_items``) a row must have a row of for ``where`` to hold:
    those with a condition that is never true on NULL."""
    return {table_of(c.column) for c in where
            if c.op in NULL_REJECTING and table_of(c.column) != WORK_ITEMS}


def _kinds_of(measures: Sequence[Measure]) -> list[str]:
    """The kinds the measures are limited to (their ``kind in`` conditions)."""
    return sorted({k for m in measures for c in m.where
                   if c.column == "kind" and c.op is Op.IN for k in c.value})


class KpiRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _sqlite(self) -> bool:
        return self.session.get_bind().dialect.name == "sqlite"

    def _minutes(self, value: Any) -> ColumnElement[Any]:
        """A timestamp as minutes since an epoch (the same in every row of a dialect)."""
        if self._sqlite:
            return func.julianday(value) * 1440.0
        return extract("epoch", value) / 60.0

    def _minutes_between(self, start: Any, end: Any) -> ColumnElement[Any]:
        if self._sqlite:
            # julianday is a float of days: an hour came out as 59.9999... or 60.0000...
            # minutes by the time of day, so a "within 60 minutes" test flipped; rounded to
            # the millisecond it is exact, as PostgreSQL's epoch difference is
            return func.round((func.julianday(end) - func.julianday(start)) * 86_400_000.0) \
                / 60_000.0
        return extract("epoch", end - start) / 60.0

    # -- compiling declarations ------------------------------------------------------------
    def _cond(self, src: _Source, c: Cond) -> ColumnElement[bool]:
        col = src.col(c.column)
        if c.op is Op.IS_NULL:
            return col.is_(None)
        if c.op is Op.NOT_NULL:
            return col.is_not(None)
        if c.op is Op.TRUE:
            return col.is_(True)
        if c.op is Op.FALSE:
            return col.is_(False)
        if c.op is Op.EQ:
            return col == literal(c.value)
        if c.op is Op.IN:
            return col.in_(list(c.value))
        if c.op is Op.GT:
            return col > literal(c.value)
        if c.op is Op.NOT_BEFORE:
            other = src.col(str(c.value))
            return or_(col.is_(None), other.is_(None), col >= other)
        if c.op is Op.WITHIN_MINUTES:
            return self._minutes_between(src.items.c.opened_at, col) <= float(c.value)
        raise ValueError(f"unknown condition {c.op}")

    def _value(self, src: _Source, m: Measure) -> Any:
        if m.value is None:
            return 1
        if isinstance(m.value, Minutes):
            return self._minutes_between(src.col(m.value.start), src.col(m.value.end))
        return src.col(m.value)

    @staticmethod
    def _source(measures: Sequence[Measure], event: str,
                inner: frozenset[str] = frozenset()) -> tuple[_Source, Any]:
        """The tables ``measures`` name, joined to ``work_items`` on their ``work_item_id``:
        outer joins, but an inner join for the tables in ``inner`` (a filtered pass whose
        WHERE drops the rows without one anyway; the planner may then start from them)."""
        items = WorkItem.__table__
        assert isinstance(items, Table)
        meta = Base.metadata.tables
        tables: dict[str, Table] = {WORK_ITEMS: items}
        refs = [event]
        for m in measures:
            refs += [c.column for c in m.where]
            refs += [c.value for c in m.where if c.op is Op.NOT_BEFORE]
            if isinstance(m.value, Minutes):
                refs += [m.value.start, m.value.end]
            elif m.value is not None:
                refs.append(m.value)
        base = table_of(event)
        joined: Any = items
        if base != WORK_ITEMS:
            tables[base] = meta[base]
            joined = meta[base].join(items, meta[base].c.work_item_id == items.c.id)
        for ref in refs:
            name = table_of(ref)
            if name not in tables:
                tables[name] = meta[name]
                on = meta[name].c.work_item_id == items.c.id
                joined = joined.join(meta[name], on) if name in inner \
                    else joined.outerjoin(meta[name], on)
        return _Source(items, tables), joined

    @staticmethod
    def _scope(items: Table, scope: Scope, kinds: Sequence[str]) -> list[ColumnElement[bool]]:
        c = items.c
        out: list[ColumnElement[bool]] = [c.deleted_at.is_(None), c.kind.in_(list(kinds))]
        for name in ("team_id", "assignee_id", "service_id", "category", "priority"):
            value = getattr(scope, name)
            if value is not None:
                out.append(c[name] == value)
        return out

    @staticmethod
    def _bucket(col: Any, edges: Sequence[datetime]) -> Any:
        """The index of the bucket ``[edges[i], edges[i+1])`` holding ``col`` (-1 before the
        first edge, ``len(edges) - 1`` from the last or when ``col`` is NULL).

        A binary search written as nested ``CASE``: about log2(len(edges)) comparisons a row
        instead of one per edge (a year of weeks with the previous year beside it has 106
        edges; the flat ``CASE`` compared each row with half of them on average)."""

        def search(low: int, high: int) -> Any:
            # the index is in [low, high]: it is at least ``mid`` exactly when col >= edges[mid]
            # (NULL takes the ELSE branches, to ``high``: past the last edge, as before)
            if low == high:
                return literal(low)
            mid = (low + high + 1) // 2
            return case((col < edges[mid], search(low, mid - 1)), else_=search(mid, high))

        return search(-1, len(edges) - 1)

    def _group(self, items: Table, by: Grouping | None) -> Any:
        if by is None:
            return literal(None)
        col = items.c[GROUP_COLUMN[by]]
        if self._sqlite:
            # ``+column``: not a plain column, so SQLite's planner does not pick an index in
            # the group's order (``ix_queue_team``, ``ix_queue_assignee``: a skip-scan of the
            # whole table with a row lookup each) over the KPI index of the range it reads
            return literal_column(f"+{items.name}.{col.name}", col.type)
        return col

    @staticmethod
    def _grouped(stmt: Select[Any], *keys: Any) -> Select[Any]:
        """GROUP BY the keys that vary: a constant key (no split, one bucket) would only make
        SQLite sort every row. Without a GROUP BY an aggregate over no rows is one row of
        zeros, which reads the same as no row."""
        varying = [k for k in keys if not isinstance(k, BindParameter)]
        return stmt.group_by(*varying) if varying else stmt

    # -- the passes ------------------------------------------------------------------------
    def sums(self, plan: MeasurePlan, edges: Sequence[datetime], kinds: Sequence[str],
             scope: Scope = Scope(), by: Grouping | None = None) -> Sums:  # noqa: B008
        """The measures' sums per (group, bucket) for the buckets between ``edges``."""
        out: Sums = {}
        passes: list[tuple[str, Sequence[Measure]]] = []
        for event, declared in plan.by_event.items():
            plain = [m for m in declared if not _joins(m)]
            if plain:
                passes.append((event, plain))
            alike: dict[tuple[Cond, ...], list[Measure]] = {}
            for m in declared:
                if _joins(m):
                    alike.setdefault(m.where, []).append(m)
            for same in alike.values():
                # a condition on another table (a detail table's flag): its own pass (one for
                # the measures of the same conditions), the conditions in the WHERE, so only
                # the matching rows are joined
                self._pass(out, event, same, edges, kinds, scope, by, filtered=True)
        own = [(e, ms) for e, ms in passes if table_of(e) == WORK_ITEMS]
        if len(edges) == 2 and len(own) > 1:
            # one period: the work items' own timestamps in one pass (each row read once)
            passes = [p for p in passes if table_of(p[0]) != WORK_ITEMS]
            self._one_pass(out, own, edges, kinds, scope, by)
        for event, chosen in passes:
            self._pass(out, event, chosen, edges, kinds, scope, by)
        if plan.backlog:
            for key, cell in self._backlog(edges, kinds, scope, by).items():
                out.setdefault(key, {}).update(cell)
        return out

    def _pass(self, out: Sums, event: str, measures: Sequence[Measure],
              edges: Sequence[datetime], kinds: Sequence[str], scope: Scope,
              by: Grouping | None, filtered: bool = False) -> None:
        """One statement for ``measures`` of one event column. ``filtered`` (measures of the
        same conditions): the conditions go in the WHERE and the rows are joined only where
        they hold."""
        inner = frozenset(_null_rejected(measures[0].where) if filtered else ())
        src, joined = self._source(measures, event, inner)
        ev = src.col(event)
        where = [ev >= edges[0], ev < edges[-1],
                 *self._scope(src.items, scope, _kinds_of(measures) or kinds)]
        if filtered:
            where += [self._cond(src, c) for c in measures[0].where]
            measures = tuple(Measure(m.key, m.event, m.value) for m in measures)
        other = src.tables.get(table_of(event))
        if other is not None and other is not src.items and "deleted_at" in other.c:
            where.append(other.c.deleted_at.is_(None))
        group = self._group(src.items, by)
        bucket = self._bucket(ev, edges) if len(edges) > 2 else literal(0)
        columns = [func.coalesce(func.sum(case(
            (and_(true(), *(self._cond(src, c) for c in m.where)), self._value(src, m)),
            else_=None)), 0) for m in measures]
        stmt = self._grouped(select(group, bucket, *columns).select_from(joined).where(*where),
                             group, bucket)
        self._add(out, measures, stmt)

    def _one_pass(self, out: Sums, passes: Sequence[tuple[str, Sequence[Measure]]],
                  edges: Sequence[datetime], kinds: Sequence[str], scope: Scope,
                  by: Grouping | None) -> None:
        """Measures of several work-item timestamps over one period in one statement: the rows
        opened before its end and opened, resolved, ... since its start (each has its index),
        each measure counting only the rows whose own timestamp falls in the period."""
        start, end = edges
        measures = [m for _e, ms in passes for m in ms]
        src, joined = self._source(measures, passes[0][0])
        for event, ms in passes[1:]:
            more, _ = self._source(ms, event)
            for name, table in more.tables.items():
                if name not in src.tables:
                    src.tables[name] = table
                    joined = joined.outerjoin(table, table.c.work_item_id == src.items.c.id)
        c = src.items.c
        group = self._group(src.items, by)
        columns = []
        for m in measures:
            ev = src.col(m.event)
            columns.append(func.coalesce(func.sum(case(
                (and_(ev >= start, ev < end, *(self._cond(src, x) for x in m.where)),
                 self._value(src, m)), else_=None)), 0))
        stmt: Select[Any] = (
            select(group, literal(0), *columns).select_from(joined)
            .where(c.opened_at < end, *self._scope(src.items, scope, _kinds_of(measures)
                                                    or kinds),
                   or_(*(src.col(e) >= start for e, _ms in passes))))
        stmt = self._grouped(stmt, group)
        self._add(out, measures, stmt)

    def _add(self, out: Sums, measures: Sequence[Measure], stmt: Select[Any]) -> None:
        for row in self.session.execute(stmt):
            cell = out.setdefault((row[0], int(row[1])), {})
            for m, value in zip(measures, row[2:], strict=True):
                cell[m.key] = cell.get(m.key, 0.0) + float(value or 0)

    def _backlog(self, edges: Sequence[datetime], kinds: Sequence[str], scope: Scope,
                 by: Grouping | None) -> Sums:
        """Items open at the end of each bucket: opened before it, and open now or ended
        (resolved, closed, cancelled) at or after it. An item keeps only its last resolution,
        so one resolved before a bucket's end and reopened later counts as open then."""
        items = WorkItem.__table__
        assert isinstance(items, Table)
        c = items.c
        n = len(edges) - 1
        not_done = statuses_in((Category.OPEN, Category.WAITING), kinds)
        open_now = c.status.in_(not_done)
        ended = func.coalesce(c.resolved_at, c.closed_at)
        group = self._group(items, by)
        opened_b = self._bucket(c.opened_at, edges)
        ended_b = case((open_now, n), else_=self._bucket(ended, edges))
        stmt = (select(group, opened_b, ended_b, func.count(),
                       func.coalesce(func.sum(self._minutes(c.opened_at)), 0.0))
                .select_from(items)
                # only items open at some bucket's end: open now, or ended at or after the
                # first bucket's end (one period: after its end, few)
                .where(c.opened_at < edges[-1], *self._scope(items, scope, kinds),
                       or_(open_now, c.resolved_at >= edges[1],
                           and_(c.resolved_at.is_(None), c.closed_at >= edges[1])))
                .group_by(group, opened_b, ended_b))
        cells: dict[GroupKey, list[tuple[int, int, int, float]]] = {}
        for g, ob, eb, count, opened_sum in self.session.execute(stmt):
            cells.setdefault(g, []).append((int(ob), int(eb), int(count), float(opened_sum)))
        ends = [self._epoch_minutes(e) for e in edges[1:]]
        out: Sums = {}
        for g, rows in cells.items():
            for k in range(n):
                count = sum(r[2] for r in rows if r[0] <= k < r[1])
                opened = sum(r[3] for r in rows if r[0] <= k < r[1])
                out[(g, k)] = {BACKLOG: float(count),
                               BACKLOG_AGE: count * ends[k] - opened}
        return out

    def _epoch_minutes(self, when: datetime) -> float:
        """``when`` in the minutes of :meth:`_minutes`: SQLite's Julian day, PostgreSQL's Unix
        epoch."""
        unix_minutes = when.timestamp() / 60.0
        return unix_minutes + JULIAN_UNIX_EPOCH * 1440.0 if self._sqlite else unix_minutes

    def backlog_now(self, kinds: Sequence[str]) -> list[BacklogBucket]:
        """Open items now, by priority, with how many are breached or unassigned."""
        i = WorkItem
        rows = self.session.execute(
            select(i.priority, func.count(),
                   func.coalesce(func.sum(case(
                       (i.resolution_breached.is_(True) | i.response_breached.is_(True), 1),
                       else_=0)), 0),
                   func.coalesce(func.sum(case((i.assignee_id.is_(None), 1), else_=0)), 0))
            .where(i.status.in_(statuses_in((Category.OPEN, Category.WAITING), kinds)),
                   i.deleted_at.is_(None), i.kind.in_(list(kinds)))
            .group_by(i.priority).order_by(i.priority))
        return [BacklogBucket(int(p), int(n), int(b), int(u)) for p, n, b, u in rows]

    # -- labels ----------------------------------------------------------------------------
    def labels(self, by: Grouping | None, keys: Sequence[GroupKey]) -> dict[GroupKey, Any]:
        """What people read for each key: a team's, agent's or service's name; else the key."""
        named: dict[Grouping, tuple[Any, Any]] = {
            Grouping.TEAM: (Team.id, Team.name), Grouping.AGENT: (StaffUser.id,
                                                                  StaffUser.full_name),
            Grouping.SERVICE: (Service.id, Service.name)}
        if by not in named:
            return {k: k for k in keys}
        ident, name = named[by]
        ids = [k for k in keys if k is not None]
        found: dict[Any, Any] = dict(self.session.execute(
            select(ident, name).where(ident.in_(ids))).all()) if ids else {}
        return {k: found.get(k, str(k)) if k is not None else None for k in keys}
