"""Continual Service Improvement figures: every declared KPI, split and trended.

The figures are declared in :mod:`deskapp.domain.kpi_catalogue` (name, unit, basis, measures);
this service asks :class:`deskapp.repositories.kpi.KpiRepository` for the measures' sums in one
read-only transaction and turns them into :class:`Figure` values. A figure the desk has no data
for yet (no changes, no ratings) comes back ``measured=False`` with why.

* :meth:`KpiService.figures`: one period, optionally split by team, agent, service, category,
  priority or kind, within a :class:`Scope` (``deskapp-admin kpi``, the Improvement table).
* :meth:`KpiService.series`: one figure by week or month with the previous period beside it.
* :meth:`KpiService.drill`: the queue filter of the items behind one point of a series.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from deskapp.domain.kinds import ACTIVE
from deskapp.domain.kpi import Bucket, Figure, Grain, Grouping, Period, buckets, previous_buckets
from deskapp.domain.kpi_catalogue import (
    CATALOGUE,
    INCIDENT,
    Availability,
    KpiDeclaration,
    Level,
    Scope,
    availability,
    declaration,
    evaluate,
    plan,
    table_of,
)
from deskapp.domain.queries import WorkItemFilter
from deskapp.errors import ValidationError
from deskapp.messages import msg
from deskapp.repositories.kpi import GroupKey, KpiRepository, schema_columns
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Actor


@dataclass(frozen=True)
class FigureGroup:
    """The figures of one group: ``label`` is the team's, agent's or service's name, the
    category, the priority or the kind (None: items without one; also when not split)."""

    label: str | int | None
    figures: tuple[Figure, ...]
    key: Any = None


@dataclass(frozen=True)
class Point:
    bucket: Bucket
    value: float | int | None
    count: int


@dataclass(frozen=True)
class SeriesLine:
    """One group's points, and the same weeks or months of the previous period."""

    label: str | int | None
    key: Any
    points: tuple[Point, ...]
    previous: tuple[Point, ...]


@dataclass(frozen=True)
class Series:
    name: str
    label: str
    unit: str
    basis: str
    grain: Grain
    by: Grouping | None
    lines: tuple[SeriesLine, ...]
    measured: bool = True
    why: str = ""


@dataclass(frozen=True)
class BacklogRow:
    priority: int
    open: int
    breached: int
    unassigned: int


@dataclass(frozen=True)
class KpiReport:
    """The Improvement overview: the incidents' figures of a period and the backlog now."""

    period: Period
    computed_at: datetime
    figures: Mapping[str, Figure]
    backlog: tuple[BacklogRow, ...]

    def value(self, name: str) -> float | int | None:
        return self.figures[name].value

    def count(self, name: str) -> int:
        return self.figures[name].count

    @property
    def created(self) -> int:
        return int(self.value("opened") or 0)

    @property
    def resolved(self) -> int:
        return int(self.value("resolved") or 0)

    @property
    def responded(self) -> int:
        return self.count("mtta_wall")

    @property
    def mtta_minutes(self) -> float | None:
        return self.value("mtta_wall")

    @property
    def mtta_business_minutes(self) -> float | None:
        return self.value("mtta_business")

    @property
    def mttr_minutes(self) -> float | None:
        return self.value("mttr_wall")

    @property
    def mttr_business_minutes(self) -> float | None:
        return self.value("mttr_business")

    @property
    def response_measured(self) -> int:
        return self.count("response_sla_met")

    @property
    def response_met(self) -> int:
        return round((self.value("response_sla_met") or 0) * self.response_measured / 100)

    @property
    def resolution_measured(self) -> int:
        return self.count("resolution_sla_met")

    @property
    def resolution_met(self) -> int:
        return round((self.value("resolution_sla_met") or 0) * self.resolution_measured / 100)

    @property
    def response_compliance(self) -> float | None:
        return self.value("response_sla_met")

    @property
    def resolution_compliance(self) -> float | None:
        return self.value("resolution_sla_met")

    @property
    def backlog_total(self) -> int:
        return sum(b.open for b in self.backlog)


@dataclass(frozen=True)
class CatalogueEntry:
    declaration: KpiDeclaration
    availability: Availability


class KpiService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor | None = None) -> None:
        """``actor`` None: read as the database login (``deskapp-admin kpi``)."""
        self._uow = uow
        self._actor = actor

    # -- what can be measured -------------------------------------------------------------
    def catalogue(self) -> tuple[CatalogueEntry, ...]:
        active, columns = frozenset(ACTIVE), schema_columns()
        return tuple(CatalogueEntry(d, availability(d, active, columns)) for d in CATALOGUE)

    def _measurable(self, decls: tuple[KpiDeclaration, ...]
                    ) -> tuple[tuple[KpiDeclaration, ...], dict[str, Availability]]:
        active, columns = frozenset(ACTIVE), schema_columns()
        avail = {d.name: availability(d, active, columns) for d in decls}
        return tuple(d for d in decls if avail[d.name].measured), avail

    @staticmethod
    def _kinds(scope: Scope, by: Grouping | None) -> tuple[str, ...]:
        if scope.kinds:
            for k in scope.kinds:
                if k not in ACTIVE:
                    raise ValidationError(msg("'{k}' is not a kind of work item in use; use one "
                                              "of {active}.", k=k, active=', '.join(ACTIVE)),
                                              {"kind": "unknown"})
            return scope.kinds
        return ACTIVE if by is Grouping.KIND else (INCIDENT,)

    def report(self, period: Period, priorities: tuple[int, ...] = (1, 2, 3, 4, 5)) -> KpiReport:
        """The incidents' figures for ``period`` and the open backlog now by priority, in one
        read-only transaction. ``priorities`` are always present in the backlog (with zeros),
        so a chart keeps its axis."""
        measurable, avail = self._measurable(CATALOGUE)
        kinds = (INCIDENT,)
        with self._uow(read_only=True) as uow:
            repo = KpiRepository(uow.session)
            sums = repo.sums(plan(measurable, kinds), (period.start, period.end), kinds)
            buckets_now = {b.priority: b for b in repo.backlog_now(kinds)}
        cell = sums.get((None, 0), {})
        backlog = tuple(
            BacklogRow(p, b.open, b.breached, b.unassigned) if (b := buckets_now.get(p)) else
            BacklogRow(p, 0, 0, 0) for p in sorted(set(priorities) | set(buckets_now)))
        return KpiReport(period, datetime.now(UTC),
                         {d.name: _figure(d, cell, avail[d.name]) for d in CATALOGUE}, backlog)

    # -- one period ------------------------------------------------------------------------
    def figures(self, period: Period, by: Grouping | None = None,
                scope: Scope = Scope(),  # noqa: B008 - frozen
                names: tuple[str, ...] | None = None) -> tuple[FigureGroup, ...]:
        """Every figure (or those ``names``) of ``period``, one group when not split; groups
        in label order, the group without a value last. Unmeasurable figures are included,
        ``measured=False``."""
        decls = tuple(declaration(n) for n in names) if names else CATALOGUE
        measurable, avail = self._measurable(decls)
        kinds = self._kinds(scope, by)
        edges = (period.start, period.end)
        with self._uow(read_only=True) as uow:
            repo = KpiRepository(uow.session)
            sums = repo.sums(plan(measurable, kinds), edges, kinds, scope, by)
            keys: list[GroupKey] = list(dict.fromkeys(k for k, _b in sums))
            if by is None and not keys:
                keys = [None]
            labels = repo.labels(by, keys)
        groups = [FigureGroup(labels.get(k), tuple(
            _figure(d, sums.get((k, 0), {}), avail[d.name]) for d in decls), k) for k in keys]
        return tuple(sorted(groups, key=lambda g: _label_order(g.label)))

    # -- trends ----------------------------------------------------------------------------
    def series(self, name: str, period: Period, grain: Grain, zone: tzinfo,
               by: Grouping | None = None, scope: Scope = Scope(),  # noqa: B008
               limit: int = 8) -> Series:
        """``name`` by week or month over ``period``, with the previous period's weeks or
        months beside each point. Split by ``by``: the ``limit`` largest groups."""
        decl = declaration(name)
        measurable, avail = self._measurable((decl,))
        current = buckets(period, grain, zone)
        previous = previous_buckets(current, grain, zone)
        if not measurable:
            return Series(decl.name, decl.label, decl.unit, decl.basis, grain, by, (),
                          False, avail[decl.name].why)
        kinds = self._kinds(scope, by)
        every = (*previous, *current)
        edges = (*(b.start for b in every), every[-1].end)
        with self._uow(read_only=True) as uow:
            repo = KpiRepository(uow.session)
            sums = repo.sums(plan(measurable, kinds), edges, kinds, scope, by)
            keys = list(dict.fromkeys(k for k, _b in sums))
            if by is None:
                keys = [None]
            labels = repo.labels(by, keys)
        n = len(previous)

        def points(key: GroupKey, chosen: tuple[Bucket, ...], offset: int) -> tuple[Point, ...]:
            out = []
            for i, b in enumerate(chosen):
                v = evaluate(decl, sums.get((key, i + offset), {}))
                out.append(Point(b, v.value, v.count))
            return tuple(out)

        lines = [SeriesLine(labels.get(k), k, points(k, current, n), points(k, previous, 0))
                 for k in keys]
        if by is not None:
            lines.sort(key=lambda line: -sum(p.count for p in line.points))
            lines = lines[:limit]
        return Series(decl.name, decl.label, decl.unit, decl.basis, grain, by, tuple(lines))

    # -- drill-down ------------------------------------------------------------------------
    def drill(self, name: str, start: datetime, end: datetime, by: Grouping | None = None,
              key: Any = None, scope: Scope = Scope()) -> WorkItemFilter:  # noqa: B008
        """The queue filter of the items one point counts: those whose figure's event falls
        in ``[start, end)`` (for the backlog: opened before ``end`` and still open, or ended
        at or after it), in the point's group and the scope."""
        decl = declaration(name)
        kinds = decl.kinds if decl.kinds is not None else self._kinds(scope, by)
        flt: dict[str, Any] = {"kinds": frozenset(kinds)}
        if scope.team_id is not None:
            flt["team_ids"] = frozenset({scope.team_id})
        if scope.assignee_id is not None:
            flt["assignee_ids"] = frozenset({scope.assignee_id})
        if scope.service_id is not None:
            flt["service_ids"] = frozenset({scope.service_id})
        if scope.category is not None:
            flt["categories"] = frozenset({scope.category})
        if scope.priority is not None:
            flt["priorities"] = frozenset({scope.priority})
        missing: set[str] = set()
        if by is not None:
            column = {Grouping.TEAM: ("team_ids", "team_id"),
                      Grouping.AGENT: ("assignee_ids", "assignee_id"),
                      Grouping.SERVICE: ("service_ids", "service_id"),
                      Grouping.CATEGORY: ("categories", "category"),
                      Grouping.PRIORITY: ("priorities", "priority"),
                      Grouping.KIND: ("kinds", "kind")}[by]
            if key is None:
                missing.add(column[1])
            else:
                flt[column[0]] = frozenset({key})
        if isinstance(decl.formula, Level):
            window = ("open_at", start, end)
        else:
            event = decl.measures[0].event if decl.measures else "opened_at"
            if table_of(event) != "work_items":
                raise ValidationError(msg("The points of {decl_label} are not work items; open "
                                          "the items from the figure's own list instead.",
                                          decl_label=decl.label))
            window = (event, start, end)
        return WorkItemFilter(**flt, missing=frozenset(missing), window=window)


def _figure(decl: KpiDeclaration, sums: dict[str, float], avail: Availability) -> Figure:
    if not avail.measured:
        return Figure(decl.name, None, decl.unit, decl.basis, 0, decl.label, False, avail.why)
    v = evaluate(decl, sums)
    return Figure(decl.name, v.value, decl.unit, decl.basis, v.count, decl.label)


def _label_order(label: str | int | None) -> tuple[int, int, str]:
    """Priorities by number, names alphabetically, the group without a value last."""
    if label is None:
        return (2, 0, "")
    if isinstance(label, int):
        return (0, label, "")
    return (1, 0, label.casefold())
