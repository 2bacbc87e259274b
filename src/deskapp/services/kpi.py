"""First KPIs for Continual Service Improvement, computed with aggregate SQL over a period.

* MTTA: mean wall-clock minutes from opening to the first response, for incidents first
  responded to in the period.
* MTTR: mean wall-clock minutes from opening to resolution, for incidents resolved in the period.
* SLA compliance: the share of those incidents (with an SLA) whose response / resolution target
  was not breached (the stored results of the SLA clock).
* Backlog: incidents open now, by priority.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute

from deskapp.db.models import Incident
from deskapp.domain.incident import OPEN_STATUSES
from deskapp.errors import ValidationError
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor

OPEN = tuple(s.value for s in OPEN_STATUSES)
PRIORITIES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class PriorityKpi:
    priority: int
    created: int
    resolved: int
    mtta_minutes: float | None
    mttr_minutes: float | None
    response_compliance: float | None  # percent
    resolution_compliance: float | None  # percent
    backlog: int


@dataclass(frozen=True)
class KpiReport:
    start: datetime
    end: datetime
    created: int
    resolved: int
    mtta_minutes: float | None
    mttr_minutes: float | None
    response_compliance: float | None
    resolution_compliance: float | None
    backlog: int
    by_priority: tuple[PriorityKpi, ...]


def _minutes(uow: UnitOfWork, later: InstrumentedAttribute[datetime | None],
             earlier: InstrumentedAttribute[datetime]) -> ColumnElement[Any]:
    """Wall-clock minutes between two timestamp columns, in the database's own arithmetic."""
    if uow.session.get_bind().dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 1440.0
    return func.extract("epoch", later - earlier) / 60.0


class KpiService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def report(self, start: datetime, end: datetime) -> KpiReport:
        if start.tzinfo is None or end.tzinfo is None:
            raise ValidationError("The period needs time-zone aware start and end times.")
        if end <= start:
            raise ValidationError("The period ends before it starts; choose a later end date.",
                                  {"end": "The end must be after the start."})
        live = Incident.deleted_at.is_(None)
        with self._uow(read_only=True) as uow:
            s = uow.session
            created = dict(s.execute(
                select(Incident.priority, func.count())
                .where(live, Incident.opened_at >= start, Incident.opened_at < end)
                .group_by(Incident.priority)).all())
            responded = {row.priority: row for row in s.execute(
                select(Incident.priority,
                       func.avg(_minutes(uow, Incident.responded_at, Incident.opened_at))
                       .label("mtta"),
                       func.count(Incident.sla_id).label("with_sla"),
                       func.sum(case((Incident.sla_id.is_not(None)
                                      & Incident.response_breached.is_(False), 1), else_=0))
                       .label("met"),
                       func.count().label("n"))
                .where(live, Incident.responded_at >= start, Incident.responded_at < end)
                .group_by(Incident.priority))}
            resolved = {row.priority: row for row in s.execute(
                select(Incident.priority,
                       func.avg(_minutes(uow, Incident.resolved_at, Incident.opened_at))
                       .label("mttr"),
                       func.count(Incident.sla_id).label("with_sla"),
                       func.sum(case((Incident.sla_id.is_not(None)
                                      & Incident.resolution_breached.is_(False), 1), else_=0))
                       .label("met"),
                       func.count().label("n"))
                .where(live, Incident.resolved_at >= start, Incident.resolved_at < end)
                .group_by(Incident.priority))}
            backlog = dict(s.execute(
                select(Incident.priority, func.count())
                .where(live, Incident.status.in_(OPEN))
                .group_by(Incident.priority)).all())

        rows = []
        for p in PRIORITIES:
            resp, reso = responded.get(p), resolved.get(p)
            rows.append(PriorityKpi(
                priority=p, created=int(created.get(p, 0)),
                resolved=int(reso.n) if reso else 0,
                mtta_minutes=_float(resp.mtta) if resp else None,
                mttr_minutes=_float(reso.mttr) if reso else None,
                response_compliance=_percent(int(resp.met or 0), int(resp.with_sla))
                if resp else None,
                resolution_compliance=_percent(int(reso.met or 0), int(reso.with_sla))
                if reso else None,
                backlog=int(backlog.get(p, 0))))

        def weighted(values: dict[int, Any], attr: str) -> float | None:
            total = sum(int(r.n) for r in values.values())
            if not total:
                return None
            return sum((_float(getattr(r, attr)) or 0.0) * int(r.n)
                       for r in values.values()) / total

        def compliance(values: dict[int, Any]) -> float | None:
            return _percent(sum(int(r.met or 0) for r in values.values()),
                            sum(int(r.with_sla or 0) for r in values.values()))

        return KpiReport(
            start=start, end=end, created=sum(r.created for r in rows),
            resolved=sum(r.resolved for r in rows),
            mtta_minutes=weighted(responded, "mtta"), mttr_minutes=weighted(resolved, "mttr"),
            response_compliance=compliance(responded),
            resolution_compliance=compliance(resolved),
            backlog=sum(r.backlog for r in rows), by_priority=tuple(rows))


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _percent(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None
