"""First KPIs for Continual Service Improvement: MTTA, MTTR, SLA compliance, backlog.

Definitions (also shown to people as the "basis" column of the KPI table):

* **Created / resolved**: incidents opened / (last) resolved inside the period.
* **MTTA**: mean time from opening to the first response, over incidents first responded to in
  the period; wall-clock minutes, and business minutes from the stored SLA clock.
* **MTTR**: mean time from opening to resolution, over incidents resolved in the period.
* **SLA compliance**: of the incidents under an SLA whose response (first response, or the
  resolution when there was none) / resolution clock *stopped* in the period, the share not
  breached, from the breach flags the SLA clock stores. None when nothing was measured.
* **Backlog**: open incidents now, by priority, with how many are breached or unassigned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from deskapp.domain.kpi import Period, percent
from deskapp.repositories.kpi import KpiRepository
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Actor


@dataclass(frozen=True)
class BacklogRow:
    priority: int
    open: int
    breached: int
    unassigned: int


@dataclass(frozen=True)
class KpiReport:
    period: Period
    computed_at: datetime
    created: int
    resolved: int
    responded: int
    mtta_minutes: float | None
    mtta_business_minutes: float | None
    mttr_minutes: float | None
    mttr_business_minutes: float | None
    response_measured: int
    response_met: int
    resolution_measured: int
    resolution_met: int
    backlog: tuple[BacklogRow, ...]

    @property
    def response_compliance(self) -> float | None:
        return percent(self.response_met, self.response_measured)

    @property
    def resolution_compliance(self) -> float | None:
        return percent(self.resolution_met, self.resolution_measured)

    @property
    def backlog_total(self) -> int:
        return sum(b.open for b in self.backlog)


def _mean(total: float, n: int) -> float | None:
    return total / n if n else None


class KpiService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def report(self, period: Period, priorities: tuple[int, ...] = (1, 2, 3, 4, 5)) -> KpiReport:
        """All KPIs for ``period`` in one read-only transaction (a consistent snapshot).

        ``priorities`` are always present in the backlog (with zeros), so a chart keeps its axis.
        """
        with self._uow(read_only=True) as uow:
            repo = KpiRepository(uow.session)
            agg = repo.period(period.start, period.end)
            buckets = {b.priority: b for b in repo.backlog()}
        backlog = tuple(
            BacklogRow(p, b.open, b.breached, b.unassigned) if (b := buckets.get(p)) else
            BacklogRow(p, 0, 0, 0)
            for p in sorted(set(priorities) | set(buckets)))
        return KpiReport(
            period=period, computed_at=datetime.now(UTC),
            created=agg.created, resolved=agg.resolved, responded=agg.responded,
            mtta_minutes=_mean(agg.response_wall_sum, agg.responded),
            mtta_business_minutes=_mean(agg.response_business_sum, agg.response_business_n),
            mttr_minutes=_mean(agg.resolution_wall_sum, agg.resolved),
            mttr_business_minutes=_mean(agg.resolution_business_sum,
                                        agg.resolution_business_n),
            response_measured=agg.response_measured, response_met=agg.response_met,
            resolution_measured=agg.resolution_measured, resolution_met=agg.resolution_met,
            backlog=backlog)
