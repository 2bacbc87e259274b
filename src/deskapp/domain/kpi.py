"""KPI arithmetic for Continual Service Improvement: reporting periods and how numbers read.

The counting itself is aggregate SQL in :mod:`deskapp.repositories.kpi`; what is pure lives here:
which instants a period covers (presets are computed in the person's own zone, so "this quarter"
starts at their local midnight), percentages that are *absent* rather than 0 % or 100 % when
nothing was measured. Durations read as :mod:`deskapp.domain.durations` says. The headless
figures (``deskapp-admin kpi``) are defined once below: :data:`DEFINITIONS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from deskapp.domain.kpi_catalogue import (
    BY_NAME,
    CATALOGUE,
    ITEMS,
    MINUTES,
    PERCENT,
    SCORE,
    mean,
    percent,
)
from deskapp.errors import ValidationError
from deskapp.messages import msg

__all__ = ["ITEMS", "MINUTES", "PERCENT", "SCORE", "mean", "percent"]

#: Longest period a report may cover; more is almost certainly a typing slip in a year field.
MAX_PERIOD_DAYS = 3660


class Preset(StrEnum):
    LAST_7_DAYS = "last7"
    LAST_30_DAYS = "last30"
    THIS_QUARTER = "quarter"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Half-open ``[start, end)`` in UTC."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        for what, value in (("start", self.start), ("end", self.end)):
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"The period {what} must be time-zone-aware.")
        if self.end <= self.start:
            raise ValidationError(
                "The period ends before it starts; choose an end date on or after the start.",
                {"period": "end before start"})
        if self.end - self.start > timedelta(days=MAX_PERIOD_DAYS):
            raise ValidationError(
                msg("The period is longer than {years} years; choose a shorter one.",
                    years=MAX_PERIOD_DAYS // 366),
                {"period": "too long"})
        object.__setattr__(self, "start", self.start.astimezone(UTC))
        object.__setattr__(self, "end", self.end.astimezone(UTC))

    @classmethod
    def between_dates(cls, first: date, last: date, zone: tzinfo) -> Period:
        """Whole local days ``first`` to ``last`` inclusive."""
        return cls(_local_midnight(first, zone), _local_midnight(last + timedelta(days=1), zone))

    @classmethod
    def preset(cls, which: Preset, now: datetime, zone: tzinfo) -> Period:
        """The period a preset means at ``now`` (aware). Rolling presets end at ``now``."""
        if now.tzinfo is None:
            raise ValueError("now must be time-zone-aware")
        if which is Preset.LAST_7_DAYS:
            return cls(now - timedelta(days=7), now)
        if which is Preset.LAST_30_DAYS:
            return cls(now - timedelta(days=30), now)
        if which is Preset.THIS_QUARTER:
            today = now.astimezone(zone).date()
            first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
            return cls(_local_midnight(first, zone), now)
        raise ValueError("A custom period has no preset dates; use Period.between_dates.")

    def local_dates(self, zone: tzinfo) -> tuple[date, date]:
        """First and last local day the period touches (for date pickers)."""
        last = (self.end - timedelta(microseconds=1)).astimezone(zone).date()
        return self.start.astimezone(zone).date(), last


def _local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def format_percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


# -- figures ----------------------------------------------------------------------------------
#
# Each figure is declared once, in :mod:`deskapp.domain.kpi_catalogue`: its name, unit, the
# sentence saying what it counts ("basis") and the measures it is computed from.

#: The Continual Improvement figures, in the order they are printed.
DEFINITIONS = CATALOGUE
DEFINED = BY_NAME


@dataclass(frozen=True)
class Figure:
    """One figure: ``value`` is None when nothing was measured (``count`` is then 0).
    ``count`` is how many items the value is over (the denominator of a mean or a share).
    ``measured`` False: the desk has no data for it yet, ``why`` says so."""

    name: str
    value: float | int | None
    unit: str
    basis: str
    count: int
    label: str = ""
    measured: bool = True
    why: str = ""


class Grouping(StrEnum):
    """What ``--by`` may split the figures by."""

    TEAM = "team"
    AGENT = "agent"
    SERVICE = "service"
    CATEGORY = "category"
    PRIORITY = "priority"
    KIND = "kind"


def parse_grouping(value: str) -> Grouping:
    try:
        return Grouping(value.strip().lower())
    except ValueError:
        raise ValidationError(
            msg("'{value}' is not something the figures can be split by; use one of {grouping}.",
                value=value, grouping=', '.join(g.value for g in Grouping)),
                {"by": "unknown"}) from None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str, what: str) -> date:
    """A calendar day written exactly ``YYYY-MM-DD`` (no other spelling is guessed at)."""
    text = value.strip()
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValidationError(msg("{what} '{value}' is not a date; write it as YYYY-MM-DD, for "
                              "example 2025-03-31.", what=what, value=value), {what: "not a date"})


# -- trends: weekly and monthly buckets -------------------------------------------------------

class Grain(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    """One week (from Monday) or month of a series, ``[start, end)`` in UTC, from local
    midnights; ``first`` is its first local day (its label)."""

    start: datetime
    end: datetime
    first: date


def _step(day: date, grain: Grain, n: int = 1) -> date:
    if grain is Grain.WEEK:
        return day + timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def _floor(day: date, grain: Grain) -> date:
    return day - timedelta(days=day.weekday()) if grain is Grain.WEEK else day.replace(day=1)


def buckets(period: Period, grain: Grain, zone: tzinfo) -> tuple[Bucket, ...]:
    """The weeks or months covering ``period`` (the first starts at or before its start, the
    last may end after its end: a trend shows whole weeks and months)."""
    first, last = period.local_dates(zone)
    day = _floor(first, grain)
    out = []
    while day <= last:
        nxt = _step(day, grain)
        out.append(Bucket(_local_midnight(day, zone), _local_midnight(nxt, zone), day))
        day = nxt
    return tuple(out)


def previous_buckets(current: tuple[Bucket, ...], grain: Grain,
                     zone: tzinfo) -> tuple[Bucket, ...]:
    """As many weeks or months, immediately before ``current``: the previous period."""
    if not current:
        return ()
    n = len(current)
    day = _step(current[0].first, grain, -n)
    out = []
    for _ in range(n):
        nxt = _step(day, grain)
        out.append(Bucket(_local_midnight(day, zone), _local_midnight(nxt, zone), day))
        day = nxt
    return tuple(out)
