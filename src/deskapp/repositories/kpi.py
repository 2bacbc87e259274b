"""Aggregate queries behind the Improvement KPIs.

Everything is computed in the database with SUM/AVG over CASE expressions, so one report is two
statements whatever the number of incidents: a single pass over the incidents that could matter
to the period (opened before its end and opened, resolved or responded to since its start; each
of those has an index) for volumes, mean times and SLA compliance, and a GROUP BY
over open incidents (served by ``ix_incidents_status_priority``) for the backlog. No incident
row ever reaches Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import WorkItem
from deskapp.domain.incident import OPEN_STATUSES

OPEN = tuple(s.value for s in OPEN_STATUSES)
#: The KPIs measure incidents (their tasks are part of an incident's work, not incidents).
INCIDENT = "incident"


@dataclass(frozen=True)
class PeriodAggregates:
    created: int
    resolved: int
    responded: int
    response_wall_sum: float
    response_business_sum: float
    response_business_n: int
    resolution_wall_sum: float
    resolution_business_sum: float
    resolution_business_n: int
    response_measured: int
    response_met: int
    resolution_measured: int
    resolution_met: int


@dataclass(frozen=True)
class BacklogBucket:
    priority: int
    open: int
    breached: int
    unassigned: int


class KpiRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _minutes_between(self, start: Any, end: Any) -> ColumnElement[Any]:
        """Wall-clock minutes from ``start`` to ``end`` in SQL, per dialect."""
        if self.session.get_bind().dialect.name == "sqlite":
            return (func.julianday(end) - func.julianday(start)) * 1440.0
        return extract("epoch", end - start) / 60.0

    def period(self, start: datetime, end: datetime) -> PeriodAggregates:
        i = WorkItem
        opened = and_(i.opened_at >= start, i.opened_at < end)
        resolved = and_(i.resolved_at.is_not(None), i.resolved_at >= start, i.resolved_at < end)
        responded = and_(i.responded_at.is_not(None), i.responded_at >= start,
                         i.responded_at < end)
        response_stop = func.coalesce(i.responded_at, i.resolved_at)
        response_stopped = and_(response_stop.is_not(None), response_stop >= start,
                                response_stop < end, i.sla_id.is_not(None))
        resolution_stopped = and_(resolved, i.sla_id.is_not(None))

        def count(cond: ColumnElement[bool]) -> ColumnElement[Any]:
            return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

        def total(cond: ColumnElement[bool], value: Any) -> ColumnElement[Any]:
            return func.coalesce(func.sum(case((cond, value), else_=None)), 0.0)

        stmt = select(
            count(opened),
            count(resolved),
            count(responded),
            total(responded, self._minutes_between(i.opened_at, i.responded_at)),
            total(and_(responded, i.response_elapsed_min.is_not(None)),
                  i.response_elapsed_min),
            count(and_(responded, i.response_elapsed_min.is_not(None))),
            total(resolved, self._minutes_between(i.opened_at, i.resolved_at)),
            total(and_(resolved, i.resolution_elapsed_min.is_not(None)),
                  i.resolution_elapsed_min),
            count(and_(resolved, i.resolution_elapsed_min.is_not(None))),
            count(response_stopped),
            count(and_(response_stopped, i.response_breached.is_(False))),
            count(resolution_stopped),
            count(and_(resolution_stopped, i.resolution_breached.is_(False))),
        ).where(i.opened_at < end, i.deleted_at.is_(None), i.kind == INCIDENT,
                # only rows that can count: opened, resolved or first responded to since the
                # start (NULLs compare false). Each term has its index (ix_queue_opened,
                # ix_queue_resolved, ix_queue_responded), so a report reads the period, not
                # every incident ever opened.
                or_(i.opened_at >= start, i.resolved_at >= start, i.responded_at >= start))
        row = self.session.execute(stmt).one()
        return PeriodAggregates(
            created=int(row[0]), resolved=int(row[1]), responded=int(row[2]),
            response_wall_sum=float(row[3]), response_business_sum=float(row[4]),
            response_business_n=int(row[5]), resolution_wall_sum=float(row[6]),
            resolution_business_sum=float(row[7]), resolution_business_n=int(row[8]),
            response_measured=int(row[9]), response_met=int(row[10]),
            resolution_measured=int(row[11]), resolution_met=int(row[12]))

    def backlog(self) -> list[BacklogBucket]:
        i = WorkItem
        rows = self.session.execute(
            select(i.priority, func.count(),
                   func.coalesce(func.sum(case(
                       (i.resolution_breached.is_(True) | i.response_breached.is_(True), 1),
                       else_=0)), 0),
                   func.coalesce(func.sum(case((i.assignee_id.is_(None), 1), else_=0)), 0))
            .where(i.status.in_(OPEN), i.deleted_at.is_(None), i.kind == INCIDENT)
            .group_by(i.priority).order_by(i.priority))
        return [BacklogBucket(int(p), int(n), int(b), int(u)) for p, n, b, u in rows]
