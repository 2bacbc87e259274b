"""The KPI catalogue: every Continual Improvement figure as a declaration.

A figure is a :class:`KpiDeclaration`: its name, unit and the sentence saying what it counts
(its *basis*, shown beside it everywhere), a formula over named *measures*, and what it needs to
exist. A :class:`Measure` says which rows it adds up and when a row falls in a period: its
``event`` is a timestamp column (``resolved_at`` of a work item, ``rated_at`` of a satisfaction
rating...), its ``value`` a column or the wall minutes between two, its ``where`` plain
conditions. :mod:`deskapp.repositories.kpi` compiles the measures into aggregate SQL (one pass
per event column, grouped by what the figures are split by and by week or month), so a later
order adds its figures here, by declaration, and no query is written for them.

A figure whose data does not exist yet in this desk (a kind not in use, satisfaction before
surveys) is declared with ``requires`` and ``pending``: it is listed as *not
measured yet*, with why, never as a made-up 0.

Column references are ``column`` (of ``work_items``) or ``table.column``; a table other than
``work_items`` is joined on its ``work_item_id`` (detail tables, ratings, time entries).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from deskapp.domain.kinds.change import SUCCESS_OUTCOMES
from deskapp.messages import msg

ITEMS, MINUTES, PERCENT, SCORE = "items", "minutes", "%", "score"
#: Review outcomes the change success rate counts as a success.
CHANGE_SUCCESS_OUTCOMES = SUCCESS_OUTCOMES
INCIDENT = "incident"


class Op(StrEnum):
    IS_NULL = "is_null"
    NOT_NULL = "not_null"
    TRUE = "true"
    FALSE = "false"
    EQ = "eq"
    IN = "in"
    GT = "gt"
    #: the column is not earlier than ``value`` (another column); true when either is NULL
    NOT_BEFORE = "not_before"
    #: at most ``value`` wall minutes from ``opened_at`` to the column
    WITHIN_MINUTES = "within_minutes"


@dataclass(frozen=True)
class Cond:
    column: str
    op: Op
    value: Any = None


@dataclass(frozen=True)
class Minutes:
    """Wall-clock minutes from ``start`` to ``end`` (timestamp columns)."""

    start: str
    end: str


@dataclass(frozen=True)
class Measure:
    """A sum over rows: ``value`` None counts them. A row counts in a period when its
    ``event`` timestamp falls in it."""

    key: str
    event: str
    value: str | Minutes | None = None
    where: tuple[Cond, ...] = ()

    @property
    def table(self) -> str:
        return table_of(self.event)


#: The special measure behind ``backlog``: items open at a period's (or a bucket's) end.
BACKLOG = "backlog"


@dataclass(frozen=True)
class Count:
    of: tuple[str, ...]


@dataclass(frozen=True)
class Mean:
    total: str
    n: str


@dataclass(frozen=True)
class Share:
    part: tuple[str, ...]
    whole: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    """A level at the end of the period (the backlog), not a flow within it."""

    of: str = BACKLOG


Formula = Count | Mean | Share | Level


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    NEITHER = "neither"


@dataclass(frozen=True)
class KpiDeclaration:
    """One figure. ``kinds`` None: over the kinds the report is about (incidents unless split
    by kind); a tuple: always over those kinds (fulfilment time is about service requests).
    ``requires``: ``kind:<key>`` (a kind in use) and ``table.column`` references that must
    exist for it to be measured; ``pending`` says why when they do not."""

    name: str
    label: str
    unit: str
    basis: str
    formula: Formula
    measures: tuple[Measure, ...] = ()
    kinds: tuple[str, ...] | None = None
    better: Better = Better.NEITHER
    requires: tuple[str, ...] = ()
    pending: str = ""

    @property
    def columns_required(self) -> tuple[str, ...]:
        return tuple(r for r in self.requires if not r.startswith("kind:"))

    @property
    def kinds_required(self) -> tuple[str, ...]:
        return tuple(r[5:] for r in self.requires if r.startswith("kind:"))


def table_of(ref: str) -> str:
    return ref.split(".", 1)[0] if "." in ref else "work_items"


def column_of(ref: str) -> str:
    return ref.split(".", 1)[1] if "." in ref else ref


SLA = Cond("sla_id", Op.NOT_NULL)
FCR_MINUTES = 60

# -- the figures ------------------------------------------------------------------------------
_opened = Measure("opened", "opened_at")
_resolved = Measure("resolved", "resolved_at")
_responded = Measure("responded", "responded_at")

CATALOGUE: tuple[KpiDeclaration, ...] = (
    KpiDeclaration("opened", "Opened", ITEMS, "items opened in the period",
                   Count(("opened",)), (_opened,)),
    KpiDeclaration("resolved", "Resolved", ITEMS,
                   "items whose final resolution falls in the period (reopening an item "
                   "clears its resolution, so an item counts once, when it was last resolved)",
                   Count(("resolved",)), (_resolved,)),
    KpiDeclaration("mtta_wall", "MTTA (wall clock)", MINUTES,
                   "mean wall-clock time from opening to the first response, over the items "
                   "first responded to in the period",
                   Mean("response_wall", "responded"),
                   (_responded, Measure("response_wall", "responded_at",
                                        Minutes("opened_at", "responded_at"))),
                   better=Better.LOWER),
    KpiDeclaration("mtta_business", "MTTA (business time)", MINUTES,
                   "mean business time (the SLA calendar's working minutes, pauses excluded) "
                   "from opening to the first response, over the items first responded to in "
                   "the period that have an SLA clock",
                   Mean("response_business", "response_business_n"),
                   (Measure("response_business", "responded_at", "response_elapsed_min",
                            (Cond("response_elapsed_min", Op.NOT_NULL),)),
                    Measure("response_business_n", "responded_at", None,
                            (Cond("response_elapsed_min", Op.NOT_NULL),))),
                   better=Better.LOWER),
    KpiDeclaration("mttr_wall", "MTTR (wall clock)", MINUTES,
                   "mean wall-clock time from opening to the final resolution, over the items "
                   "resolved in the period",
                   Mean("resolution_wall", "resolved"),
                   (_resolved, Measure("resolution_wall", "resolved_at",
                                       Minutes("opened_at", "resolved_at"))),
                   better=Better.LOWER),
    KpiDeclaration("mttr_business", "MTTR (business time)", MINUTES,
                   "mean business time (the SLA calendar's working minutes, pauses excluded) "
                   "from opening to the final resolution, over the items resolved in the "
                   "period that have an SLA clock",
                   Mean("resolution_business", "resolution_business_n"),
                   (Measure("resolution_business", "resolved_at", "resolution_elapsed_min",
                            (Cond("resolution_elapsed_min", Op.NOT_NULL),)),
                    Measure("resolution_business_n", "resolved_at", None,
                            (Cond("resolution_elapsed_min", Op.NOT_NULL),))),
                   better=Better.LOWER),
    KpiDeclaration("response_sla_met", "Response SLA met", PERCENT,
                   "share of the items under an SLA whose response clock stopped in the "
                   "period (first response, or the resolution when there was none) that "
                   "met the response target",
                   Share(("response_met_r", "response_met_x"),
                         ("response_stop_r", "response_stop_x")),
                   (Measure("response_stop_r", "responded_at", None, (SLA,)),
                    Measure("response_met_r", "responded_at", None,
                            (SLA, Cond("response_breached", Op.FALSE))),
                    Measure("response_stop_x", "resolved_at", None,
                            (SLA, Cond("responded_at", Op.IS_NULL))),
                    Measure("response_met_x", "resolved_at", None,
                            (SLA, Cond("responded_at", Op.IS_NULL),
                             Cond("response_breached", Op.FALSE)))),
                   better=Better.HIGHER),
    KpiDeclaration("resolution_sla_met", "Resolution SLA met", PERCENT,
                   "share of the items under an SLA resolved in the period that met the "
                   "resolution target",
                   Share(("resolution_met",), ("resolution_stop",)),
                   (Measure("resolution_stop", "resolved_at", None, (SLA,)),
                    Measure("resolution_met", "resolved_at", None,
                            (SLA, Cond("resolution_breached", Op.FALSE)))),
                   better=Better.HIGHER),
    KpiDeclaration("reopen_rate", "Reopen rate", PERCENT,
                   "share of the items opened in the period that were reopened at least once",
                   Share(("reopened",), ("opened",)),
                   (_opened, Measure("reopened", "opened_at", None,
                                     (Cond("reopen_count", Op.GT, 0),))),
                   better=Better.LOWER),
    KpiDeclaration("backlog", "Backlog", ITEMS,
                   "items open at the end of the period (opened before its end and not "
                   "resolved or closed by then)", Level(), better=Better.LOWER),
    KpiDeclaration("backlog_age", "Backlog age", MINUTES,
                   "mean wall-clock age, at the end of the period, of the items open then",
                   Level("backlog_age"), better=Better.LOWER),
    KpiDeclaration("first_contact_resolution", "First-contact resolution", PERCENT,
                   f"share of the items resolved in the period that were resolved within "
                   f"{FCR_MINUTES} minutes of being opened and never reopened (the caller "
                   "was helped in the first contact, without a hand-over or a call back)",
                   Share(("fcr",), ("resolved",)),
                   (_resolved, Measure("fcr", "resolved_at", None,
                                       (Cond("reopen_count", Op.EQ, 0),
                                        Cond("resolved_at", Op.WITHIN_MINUTES, FCR_MINUTES)))),
                   better=Better.HIGHER),
    KpiDeclaration("major_incidents", "Major incidents", ITEMS,
                   "incidents opened in the period that were declared major",
                   Count(("major",)),
                   (Measure("major", "opened_at", None,
                            (Cond("incident_details.is_major", Op.TRUE),)),),
                   kinds=(INCIDENT,), better=Better.LOWER),
    KpiDeclaration("request_fulfilment", "Request fulfilment time", MINUTES,
                   "mean wall-clock time from a service request being raised to its "
                   "fulfilment, over the requests fulfilled in the period",
                   Mean("fulfilment_wall", "fulfilled"),
                   (Measure("fulfilled", "resolved_at"),
                    Measure("fulfilment_wall", "resolved_at",
                            Minutes("opened_at", "resolved_at"))),
                   kinds=("service_request",), better=Better.LOWER,
                   requires=("kind:service_request",),
                   pending="service requests are not recorded in this desk yet"),
    KpiDeclaration("change_success_rate", "Change success rate", PERCENT,
                   "share of the changes closed in the period after their post-implementation "
                   "review whose outcome was successful or successful with issues (failed and "
                   "backed-out changes are not; cancelled changes, never reviewed, are not "
                   "counted)",
                   Share(("change_ok",), ("change_closed",)),
                   (Measure("change_closed", "closed_at", None,
                            (Cond("change_details.review_outcome", Op.NOT_NULL),)),
                    Measure("change_ok", "closed_at", None,
                            (Cond("change_details.review_outcome", Op.IN,
                                  CHANGE_SUCCESS_OUTCOMES),))),
                   kinds=("change",), better=Better.HIGHER,
                   requires=("kind:change", "change_details.review_outcome"),
                   pending="changes and their outcomes are not recorded in this desk yet"),
    KpiDeclaration("satisfaction", "Satisfaction", SCORE,
                   "mean score (1-5) of the satisfaction ratings given in the period",
                   Mean("rating_sum", "ratings"),
                   (Measure("ratings", "satisfaction_ratings.rated_at"),
                    Measure("rating_sum", "satisfaction_ratings.rated_at",
                            "satisfaction_ratings.score")),
                   better=Better.HIGHER,
                   requires=("satisfaction_ratings.score",),
                   pending="callers cannot rate their tickets in this desk yet (the "
                           "satisfaction ratings table is missing: upgrade the database)"),
)
BY_NAME: Mapping[str, KpiDeclaration] = {d.name: d for d in CATALOGUE}


def declaration(name: str) -> KpiDeclaration:
    from deskapp.errors import ValidationError

    try:
        return BY_NAME[name]
    except KeyError:
        raise ValidationError(msg("'{name}' is not a KPI; use one of {by_name}.",
                                  name=name, by_name=', '.join(BY_NAME)),
                                  {"kpi": "unknown"}) from None


# -- arithmetic -------------------------------------------------------------------------------

def percent(part: float, whole: float) -> float | None:
    """``part`` of ``whole`` in %, or None when nothing was measured (not a misleading 100 %)."""
    if whole <= 0:
        return None
    return 100.0 * part / whole


def mean(total: float, n: float) -> float | None:
    return total / n if n else None


@dataclass(frozen=True)
class Value:
    """A figure's value (None: nothing to measure) and how many items it is over."""

    value: float | int | None
    count: int


def evaluate(decl: KpiDeclaration, sums: Mapping[str, float]) -> Value:
    """The figure from the measures' sums of one group (and bucket); a missing sum is 0."""
    def get(key: str) -> float:
        return float(sums.get(key, 0) or 0)

    f = decl.formula
    if isinstance(f, Count):
        n = int(sum(get(k) for k in f.of))
        return Value(n, n)
    if isinstance(f, Mean):
        n = int(get(f.n))
        return Value(mean(get(f.total), n), n)
    if isinstance(f, Share):
        whole = int(sum(get(k) for k in f.whole))
        return Value(percent(sum(get(k) for k in f.part), whole), whole)
    if f.of == BACKLOG:
        n = int(get(BACKLOG))
        return Value(n, n)
    n = int(get(BACKLOG))
    return Value(mean(get(f.of), n), n)


@dataclass(frozen=True)
class Availability:
    measured: bool
    why: str = ""


def availability(decl: KpiDeclaration, active_kinds: frozenset[str],
                 columns: frozenset[str]) -> Availability:
    """Whether ``decl`` can be measured in a desk with these kinds in use and these
    ``table.column`` references in its schema."""
    missing_kind = [k for k in decl.kinds_required if k not in active_kinds]
    missing_col = [c for c in decl.columns_required if c not in columns]
    if missing_kind or missing_col:
        return Availability(False, decl.pending or
                            f"needs {', '.join([*missing_kind, *missing_col])}")
    return Availability(True)


@dataclass(frozen=True)
class Scope:
    """Which items a figure is about (e.g. priority 2 on the Network team). Empty: all."""

    kinds: tuple[str, ...] = ()
    team_id: Any = None
    assignee_id: Any = None
    service_id: Any = None
    category: str | None = None
    priority: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("team_id", "assignee_id", "service_id"):
            value = getattr(self, key)
            if value is not None:
                out[key] = str(value)
        if self.kinds:
            out["kinds"] = list(self.kinds)
        if self.category is not None:
            out["category"] = self.category
        if self.priority is not None:
            out["priority"] = self.priority
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Scope:
        import uuid

        data = data or {}
        ids = {k: uuid.UUID(str(data[k])) for k in ("team_id", "assignee_id", "service_id")
               if data.get(k)}
        return cls(kinds=tuple(data.get("kinds") or ()), category=data.get("category"),
                   priority=int(data["priority"]) if data.get("priority") else None, **ids)


@dataclass(frozen=True)
class MeasurePlan:
    """The measures a set of figures needs, grouped by event column (one SQL pass each)."""

    by_event: Mapping[str, tuple[Measure, ...]] = field(default_factory=dict)
    backlog: bool = False


def plan(decls: tuple[KpiDeclaration, ...], kinds: tuple[str, ...]) -> MeasurePlan:
    """The measures of ``decls`` over ``kinds`` (a figure with kinds of its own keeps them),
    each limited to its kinds by a condition, grouped by event column."""
    by_event: dict[str, dict[str, Measure]] = {}
    backlog = False
    for d in decls:
        if isinstance(d.formula, Level):
            backlog = True
        over = d.kinds if d.kinds is not None else kinds
        for m in d.measures:
            limited = Measure(m.key, m.event, m.value, (*m.where, Cond("kind", Op.IN, over)))
            seen = by_event.setdefault(m.event, {})
            if m.key in seen and seen[m.key] != limited:
                raise ValueError(f"measure {m.key} is declared twice, differently")
            seen[m.key] = limited
    return MeasurePlan({e: tuple(ms.values()) for e, ms in by_event.items()}, backlog)


# -- one item against a figure's conditions ---------------------------------------------------
def holds(cond: Cond, row: Mapping[str, Any]) -> bool:
    """``cond`` on one item's values (``row``: column -> value, timestamps aware), meaning
    what the SQL compiler makes of it; for a service to say what a figure will count."""
    value = row.get(column_of(cond.column))
    if cond.op is Op.IS_NULL:
        return value is None
    if cond.op is Op.NOT_NULL:
        return value is not None
    if cond.op is Op.TRUE:
        return value is True
    if cond.op is Op.FALSE:
        return value is False
    if cond.op is Op.EQ:
        return bool(value == cond.value)
    if cond.op is Op.IN:
        return value in cond.value
    if cond.op is Op.GT:
        return value is not None and value > cond.value
    if cond.op is Op.NOT_BEFORE:
        other = row.get(column_of(str(cond.value)))
        return value is None or other is None or value >= other
    if cond.op is Op.WITHIN_MINUTES:
        opened = row.get("opened_at")
        return value is not None and opened is not None and \
            (value - opened).total_seconds() / 60 <= float(cond.value)
    raise ValueError(f"unknown condition {cond.op}")


def is_first_contact_resolution(row: Mapping[str, Any]) -> bool:
    """Whether one resolved item counts as a first-contact resolution: the conditions of the
    ``fcr`` measure of the "first_contact_resolution" figure above (the one definition; the
    report reads the same conditions in SQL), on the item's ``opened_at``, ``resolved_at`` and
    ``reopen_count``."""
    measure = next(m for m in BY_NAME["first_contact_resolution"].measures if m.key == "fcr")
    return row.get(measure.event) is not None and all(holds(c, row) for c in measure.where)
