"""Auto-close: a resolved item the caller does not dispute closes after some business days.

A desk resolves an item and waits for the caller to object (reopen); silence for N business days
of the item's own SLA calendar means agreement, and the item closes with an event saying why.
Business days are the calendar's working days (a weekday with hours, not a holiday) in its own
zone: an item resolved on Friday afternoon with 3 business days closes at the end of Wednesday
(Monday, Tuesday, Wednesday), not on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from deskapp.domain.sla import BusinessCalendar
from deskapp.errors import ValidationError
from deskapp.messages import msg

#: ``app_settings`` key of the desk's rule.
SETTING_KEY = "auto_close"
DEFAULT_DAYS = 5
MAX_DAYS = 60
#: A calendar whose week has no working time at all counts calendar days instead (never loop).
_SEARCH_LIMIT_DAYS = 3660

FROM_STATUS = "resolved"
TO_STATUS = "closed"


@dataclass(frozen=True)
class AutoCloseRule:
    """Close resolved items after ``business_days`` (0: never)."""

    business_days: int = DEFAULT_DAYS

    def __post_init__(self) -> None:
        if not isinstance(self.business_days, int) or isinstance(self.business_days, bool) \
                or not 0 <= self.business_days <= MAX_DAYS:
            raise ValidationError(
                msg("Auto-close takes 0 (never) to {max_days} business days.", max_days=MAX_DAYS),
                {"business_days": f"Use a whole number from 0 to {MAX_DAYS}."})

    @property
    def enabled(self) -> bool:
        return self.business_days > 0

    def to_json(self) -> dict[str, Any]:
        return {"business_days": self.business_days}

    @classmethod
    def from_json(cls, stored: dict[str, Any] | None) -> AutoCloseRule:
        if not stored:
            return cls()
        try:
            return cls(int(stored.get("business_days", DEFAULT_DAYS)))
        except (TypeError, ValueError, ValidationError):
            return cls()  # a damaged setting falls back to the default, never stops the sweep

    def earliest_resolution(self, now: datetime) -> datetime:
        """No item resolved after this can be due (a business day is at least a day)."""
        return now - timedelta(days=self.business_days)


def is_business_day(calendar: BusinessCalendar, day: date) -> bool:
    return day not in calendar.holidays and bool(calendar.hours.get(day.weekday()))


def closes_at(calendar: BusinessCalendar, resolved_at: datetime, business_days: int) -> datetime:
    """The instant a resolved item closes: local midnight after the ``business_days``-th
    business day following the day it was resolved (UTC)."""
    if resolved_at.tzinfo is None:
        raise ValueError("resolved_at must be time-zone-aware")
    zone = ZoneInfo(calendar.zone)
    day = resolved_at.astimezone(zone).date()
    counted = 0
    for _ in range(_SEARCH_LIMIT_DAYS):
        if counted >= business_days:
            break
        day += timedelta(days=1)
        if is_business_day(calendar, day):
            counted += 1
    else:  # no working day in ten years: count calendar days
        day = resolved_at.astimezone(zone).date() + timedelta(days=business_days)
    return datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
