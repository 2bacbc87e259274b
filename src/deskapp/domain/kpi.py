"""KPI arithmetic for Continual Service Improvement: reporting periods and how numbers read.

The counting itself is aggregate SQL in :mod:`deskapp.repositories.kpi`; what is pure lives here:
which instants a period covers (presets are computed in the person's own zone, so "this quarter"
starts at their local midnight), percentages that are *absent* rather than 0 % or 100 % when
nothing was measured. Durations read as :mod:`deskapp.domain.durations` says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from deskapp.errors import ValidationError

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
                f"The period is longer than {MAX_PERIOD_DAYS // 366} years; choose a shorter one.",
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


def percent(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in %, or None when nothing was measured (not a misleading 100 %)."""
    if whole <= 0:
        return None
    return 100.0 * part / whole


def format_percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"
