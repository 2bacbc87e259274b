"""Strategy's and Design's numbers per service, from ticket data:

* **demand**: work items raised per week for each service (tasks excluded: they are work on an
  item, not demand), with the trend (the second half of the weeks against the first);
* **cost**: time logged on the service's items times the hourly rate of the item's team, in
  total and per ticket worked on; minutes logged by a team without a rate are counted apart,
  so a missing rate never reads as free work;
* **availability**: outage minutes (major incidents, from opening to resolution, clipped to the
  period; overlapping majors of one service count once) against the service's availability
  target.

Volumes come from the declared ``opened`` KPI (aggregate SQL); cost is one aggregate query;
availability reads the period's major incidents, which are few.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal

from sqlalchemy import func, or_, select

from deskapp.db.models import Incident, Service, Team, TimeEntry, WorkItem
from deskapp.domain.kinds import ACTIVE
from deskapp.domain.kpi import Grain, Grouping, Period
from deskapp.domain.kpi_catalogue import Scope
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.kpi import KpiService


@dataclass(frozen=True)
class ServiceDemand:
    service_id: uuid.UUID | None
    name: str
    weekly: tuple[int, ...]
    total: int
    #: % change of the second half of the weeks against the first (None: nothing before)
    trend: float | None
    cost: float
    minutes: int
    unrated_minutes: int
    tickets_worked: int

    @property
    def cost_per_ticket(self) -> float | None:
        return self.cost / self.tickets_worked if self.tickets_worked else None


@dataclass(frozen=True)
class ServiceAvailability:
    service_id: uuid.UUID
    name: str
    target: float | None
    majors: int
    outage_minutes: float
    period_minutes: float

    @property
    def availability(self) -> float:
        return 100.0 * (1 - self.outage_minutes / self.period_minutes)

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.availability >= self.target


def demand_kinds() -> tuple[str, ...]:
    return tuple(k for k in ACTIVE if not k.endswith("_task"))


class ServiceNumbersService:
    def __init__(self, uow: UnitOfWorkFactory, kpi: KpiService) -> None:
        self._uow = uow
        self._kpi = kpi

    def demand(self, period: Period, zone: tzinfo) -> list[ServiceDemand]:
        """Every service with demand or cost in ``period`` (most demand first)."""
        series = self._kpi.series("opened", period, Grain.WEEK, zone, Grouping.SERVICE,
                                  Scope(kinds=demand_kinds()), limit=10_000)
        weekly = {line.key: tuple(int(p.value or 0) for p in line.points)
                  for line in series.lines}
        names = {line.key: line.label for line in series.lines}
        costs = self._costs(period)
        with self._uow(read_only=True) as uow:
            for sid, name in uow.session.execute(select(Service.id, Service.name).where(
                    Service.deleted_at.is_(None))):
                names.setdefault(sid, name)
        out = []
        weeks = len(next(iter(weekly.values()), ()))
        for sid in dict.fromkeys([*weekly, *costs]):
            w = weekly.get(sid, (0,) * weeks)
            half = len(w) // 2
            first, second = sum(w[:half]), sum(w[half:half * 2])
            cost, minutes, unrated, worked = costs.get(sid, (0.0, 0, 0, 0))
            out.append(ServiceDemand(sid, str(names.get(sid) or "(no service)"), w, sum(w),
                                     100.0 * (second - first) / first if first else None,
                                     cost, minutes, unrated, worked))
        return sorted(out, key=lambda d: (-d.total, d.name.casefold()))

    def _costs(self, period: Period) -> dict[uuid.UUID | None, tuple[float, int, int, int]]:
        t, w, team = TimeEntry, WorkItem, Team
        rate = func.coalesce(team.hourly_rate, 0)
        stmt = (select(w.service_id, func.coalesce(func.sum(t.minutes * rate), 0),
                       func.coalesce(func.sum(t.minutes), 0),
                       func.count(func.distinct(t.work_item_id)))
                .select_from(t).join(w, w.id == t.work_item_id)
                .outerjoin(team, team.id == w.team_id)
                .where(t.worked_at >= period.start, t.worked_at < period.end,
                       t.deleted_at.is_(None), w.deleted_at.is_(None))
                .group_by(w.service_id))
        unrated_stmt = (select(w.service_id, func.coalesce(func.sum(t.minutes), 0))
                        .select_from(t).join(w, w.id == t.work_item_id)
                        .outerjoin(team, team.id == w.team_id)
                        .where(t.worked_at >= period.start, t.worked_at < period.end,
                               t.deleted_at.is_(None), w.deleted_at.is_(None),
                               or_(w.team_id.is_(None), team.hourly_rate.is_(None)))
                        .group_by(w.service_id))
        with self._uow(read_only=True) as uow:
            rows = uow.session.execute(stmt).all()
            unrated: dict[uuid.UUID | None, int] = {
                sid: int(n) for sid, n in uow.session.execute(unrated_stmt).all()}
        return {sid: (float(Decimal(str(money)) / 60), int(minutes),
                      int(unrated.get(sid, 0)), int(worked))
                for sid, money, minutes, worked in rows}

    def availability(self, period: Period, now: datetime) -> list[ServiceAvailability]:
        """Every service with a target or an outage in ``period``."""
        i = Incident
        end = min(period.end, now)
        with self._uow(read_only=True) as uow:
            majors = uow.session.execute(
                select(i.service_id, i.opened_at, i.resolved_at)
                .where(i.is_major.is_(True), i.deleted_at.is_(None), i.service_id.is_not(None),
                       i.opened_at < end,
                       or_(i.resolved_at.is_(None), i.resolved_at >= period.start))).all()
            services = uow.session.execute(
                select(Service.id, Service.name, Service.availability_target)
                .where(Service.deleted_at.is_(None),
                       Service.portfolio_status != "retired")).all()
        windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}
        for sid, opened, resolved in majors:
            if sid is None:
                continue
            a, b = max(opened, period.start), min(resolved or end, end)
            if b > a:
                windows.setdefault(sid, []).append((a, b))
        minutes = (end - period.start).total_seconds() / 60 if end > period.start else 0.0
        out = []
        for sid, name, target in services:
            spans = windows.get(sid, [])
            if target is None and not spans:
                continue
            out.append(ServiceAvailability(sid, name, target, len(spans), _union_minutes(spans),
                                           max(minutes, 1.0)))
        return sorted(out, key=lambda a: (a.met is not False, a.availability, a.name))


def _union_minutes(spans: list[tuple[datetime, datetime]]) -> float:
    """Minutes covered by the spans, overlaps counted once."""
    total = 0.0
    current: tuple[datetime, datetime] | None = None
    for a, b in sorted(spans):
        if current is None or a > current[1]:
            if current is not None:
                total += (current[1] - current[0]).total_seconds() / 60
            current = (a, b)
        else:
            current = (current[0], max(current[1], b))
    if current is not None:
        total += (current[1] - current[0]).total_seconds() / 60
    return total
