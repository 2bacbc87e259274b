"""Service reviews: what a supervisor takes to a service review meeting, for one service or
the whole desk over a period. The sections (:class:`ServiceReview`) are plain data, written to
XLSX by :mod:`deskapp.services.review_xlsx` and to PDF by ``deskapp.ui.improvement.
review_pdf`` (Qt). Every number comes from the declared KPIs (:mod:`deskapp.services.kpi`) or
small aggregate queries; sections whose data this desk does not record yet say so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import select

from deskapp.db.models import AppSetting, Incident, Service
from deskapp.domain.kinds import ACTIVE
from deskapp.domain.kpi import Figure, Grain, Grouping, Period
from deskapp.domain.kpi_catalogue import BY_NAME, Scope
from deskapp.errors import ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.improvement import ImprovementService, InitiativeDTO, Progress
from deskapp.services.kpi import KpiService, Series

DESK_NAME_SETTING = "desk_name"
DEFAULT_DESK_NAME = "DeskApp service desk"
TOP_CATEGORIES = 10


@dataclass(frozen=True)
class Table:
    """A section's table: ``headers`` and rows of plain values (numbers stay numbers)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | float | None, ...], ...]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    text: str
    table: Table | None = None
    series: tuple[Series, ...] = ()


@dataclass(frozen=True)
class ServiceReview:
    desk_name: str
    service_name: str | None
    period: Period
    first_day: str
    last_day: str
    created_at: datetime
    sections: tuple[Section, ...]

    @property
    def subject(self) -> str:
        return self.service_name or "the whole desk"


class ServiceReviewService:
    def __init__(self, uow: UnitOfWorkFactory, kpi: KpiService,
                 improvement: ImprovementService | None = None) -> None:
        self._uow = uow
        self._kpi = kpi
        self._improvement = improvement

    def service_id(self, name: str) -> uuid.UUID:
        with self._uow(read_only=True) as uow:
            found = uow.session.scalars(select(Service.id).where(
                Service.name == name.strip(), Service.deleted_at.is_(None))).first()
        if found is None:
            raise ValidationError(msg("No service is named '{name}'; use a name as Service "
                                      "Strategy lists it, or leave it out for the whole desk.",
                                      name=name),
                                  {"service": "unknown"})
        return found

    def build(self, period: Period, zone: tzinfo, service_id: uuid.UUID | None = None,
              now: datetime | None = None) -> ServiceReview:
        scope = Scope(service_id=service_id)
        with self._uow(read_only=True) as uow:
            setting = uow.session.scalars(select(AppSetting).where(
                AppSetting.key == DESK_NAME_SETTING, AppSetting.deleted_at.is_(None))).first()
            service = uow.session.get(Service, service_id) if service_id else None
            service_name = service.name if service is not None else None
        desk = str((setting.value or {}).get("name") or DEFAULT_DESK_NAME) if setting \
            else DEFAULT_DESK_NAME
        first, last = period.local_dates(zone)
        sections = (
            self._summary(period, scope),
            self._sla(period, scope),
            self._volumes(period, scope, zone),
            self._categories(period, scope),
            self._majors(period, service_id),
            self._kind_section("problems", "Problems opened and closed", "problem", period,
                               scope),
            self._changes(period, scope),
            self._csi(service_id),
        )
        return ServiceReview(desk, service_name, period, first.isoformat(), last.isoformat(),
                             now or datetime.now(zone), sections)

    # -- sections --------------------------------------------------------------------------
    def _summary(self, period: Period, scope: Scope) -> Section:
        (group,) = self._kpi.figures(period, scope=scope)
        rows = tuple((f.label, _plain(f), f.unit, f.count if f.measured else None,
                      f.basis if f.measured else f"not measured yet: {f.why}")
                     for f in group.figures)
        return Section("summary", "Summary", "Every figure of the period for the incidents in "
                       "scope, with the number of items each is over and what it counts.",
                       Table(("Figure", "Value", "Unit", "Over", "Basis"), rows))

    def _sla(self, period: Period, scope: Scope) -> Section:
        groups = self._kpi.figures(period, Grouping.PRIORITY, scope,
                                   names=("response_sla_met", "resolution_sla_met",
                                          "opened", "resolved"))
        rows = []
        for g in groups:
            f = {x.name: x for x in g.figures}
            rows.append((f"P{g.label}" if g.label is not None else "(none)",
                         _plain(f["opened"]), _plain(f["resolved"]),
                         _plain(f["response_sla_met"]), f["response_sla_met"].count,
                         _plain(f["resolution_sla_met"]), f["resolution_sla_met"].count))
        return Section("sla", "SLA compliance", "By priority: of the items under an SLA "
                       "resolved in the period, the share that met the resolution target; of "
                       "those whose response clock stopped in the period, the share that met "
                       "the response target; and how many items each share is over.",
                       Table(("Priority", "Opened", "Resolved", "Response met %",
                              "Response over", "Resolution met %", "Resolution over"),
                             tuple(rows)))

    def _volumes(self, period: Period, scope: Scope, zone: tzinfo) -> Section:
        opened = self._kpi.series("opened", period, Grain.WEEK, zone, scope=scope)
        resolved = self._kpi.series("resolved", period, Grain.WEEK, zone, scope=scope)
        backlog = self._kpi.series("backlog", period, Grain.WEEK, zone, scope=scope)
        rows = []
        for o, r, b, po, pr in zip(opened.lines[0].points, resolved.lines[0].points,
                                   backlog.lines[0].points, opened.lines[0].previous,
                                   resolved.lines[0].previous, strict=True):
            rows.append((o.bucket.first.isoformat(), o.value, r.value, b.value, po.value,
                         pr.value))
        return Section("volumes", "Volumes and trends", "Incidents opened and resolved per week "
                       "(from Monday), the backlog at each week's end, and the same weeks of the "
                       "previous period.",
                       Table(("Week of", "Opened", "Resolved", "Backlog at end",
                              "Opened (previous period)", "Resolved (previous period)"),
                             tuple(rows)), (opened, resolved))

    def _categories(self, period: Period, scope: Scope) -> Section:
        groups = self._kpi.figures(period, Grouping.CATEGORY, scope,
                                   names=("opened", "resolved", "mttr_wall"))
        ranked = sorted(groups, key=lambda g: -(g.figures[0].value or 0))[:TOP_CATEGORIES]
        rows = tuple((g.label if g.label is not None else "(none)", _plain(g.figures[0]),
                      _plain(g.figures[1]), _plain(g.figures[2])) for g in ranked
                     if g.figures[0].value)
        return Section("categories", "Top categories", f"The {TOP_CATEGORIES} categories with "
                       "the most incidents opened in the period; MTTR in wall-clock minutes.",
                       Table(("Category", "Opened", "Resolved", "MTTR (minutes)"), rows))

    def _majors(self, period: Period, service_id: uuid.UUID | None) -> Section:
        i = Incident
        stmt = (select(i.number, i.title, i.priority, i.opened_at, i.resolved_at, i.status)
                .where(i.is_major.is_(True), i.opened_at >= period.start,
                       i.opened_at < period.end, i.deleted_at.is_(None))
                .order_by(i.opened_at))
        if service_id is not None:
            stmt = stmt.where(i.service_id == service_id)
        with self._uow(read_only=True) as uow:
            found = uow.session.execute(stmt).all()
        rows = tuple((n, t, p, o.isoformat(timespec="minutes"),
                      r.isoformat(timespec="minutes") if r else None,
                      round((r - o).total_seconds() / 60, 1) if r else None, s)
                     for n, t, p, o, r, s in found)
        return Section("majors", "Major incidents", f"{len(rows)} major incidents opened in "
                       "the period; their outage is the time from opening to resolution.",
                       Table(("Number", "Title", "Priority", "Opened (UTC)", "Resolved (UTC)",
                              "Outage (minutes)", "Status"), rows))

    def _kind_section(self, key: str, title: str, kind: str, period: Period,
                      scope: Scope) -> Section:
        if kind not in ACTIVE:
            return Section(key, title, f"Not measured yet: {kind}s are not recorded in this "
                           "desk yet.")
        (group,) = self._kpi.figures(period, scope=Scope(
            kinds=(kind,), service_id=scope.service_id), names=("opened", "resolved",
                                                                 "backlog"))
        rows = tuple((f.label, _plain(f)) for f in group.figures)
        return Section(key, title, f"{kind.capitalize()}s opened, resolved (closed) and open at "
                       "the end of the period.", Table(("Figure", "Value"), rows))

    def _changes(self, period: Period, scope: Scope) -> Section:
        (group,) = self._kpi.figures(period, scope=scope, names=("change_success_rate",))
        f = group.figures[0]
        if not f.measured:
            return Section("changes", "Changes and their success",
                           f"Not measured yet: {f.why}.")
        return Section("changes", "Changes and their success", f"{f.label}: {f.basis}.",
                       Table(("Figure", "Value", "Over"), ((f.label, _plain(f), f.count),)))

    def _csi(self, service_id: uuid.UUID | None) -> Section:
        if self._improvement is None:
            return Section("csi", "Improvement initiatives", "The register was not read.")
        items: list[InitiativeDTO] = [
            i for i in self._improvement.initiatives()
            if service_id is None or i.scope.service_id in (None, service_id)]
        rows = []
        for i in items:
            p: Progress = self._improvement.progress(i)
            rows.append((i.title, BY_NAME[i.kpi].label if i.kpi in BY_NAME else i.kpi,
                         i.owner_name or None, i.baseline, p.now, i.target,
                         None if p.percent is None else round(p.percent, 1) + 0.0,
                         i.due_on.isoformat(), i.status,
                         ", ".join(link.number for link in i.links) or None))
        return Section("csi", "Improvement initiatives", f"{len(rows)} initiatives of the CSI "
                       "register for this scope: baseline when registered, the KPI now over "
                       "as many days, target and progress towards it.",
                       Table(("Initiative", "KPI", "Owner", "Baseline", "Now", "Target",
                              "Progress %", "Due", "Status", "Linked items"), tuple(rows)))


def _plain(f: Figure) -> float | int | None:
    if not f.measured or f.value is None:
        return None
    return round(f.value, 2) if isinstance(f.value, float) else f.value
