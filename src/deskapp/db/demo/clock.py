"""Business-hours arithmetic for generation: a calendar as a per-day table of minutes."""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from deskapp.db.demo.common import table_of
from deskapp.db.models import BusinessCalendar, CalendarHours, Holiday


class Clock:
    """Business minutes as a piecewise-linear function of UTC epoch seconds (and back).

    ``to_b(t)`` counts business minutes from the start of the table to ``t``; ``from_b(b)`` is
    the earliest instant at which ``b`` business minutes have passed. Built per local day from the
    calendar's weekly hours, holidays and zone, with the zone's real UTC offsets.
    """

    def __init__(self, zone: str, hours: dict[int, list[tuple[int, int]]],
                 holidays: frozenset[date], first: date, last: date) -> None:
        self.always = (not holidays and all(hours.get(d) == [(0, 1440)] for d in range(7)))
        tz = ZoneInfo(zone)
        self.day_start: list[float] = []
        self.ivals: list[list[tuple[float, float]]] = []
        self.cum: list[float] = [0.0]
        day = first
        while day <= last:
            midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
            self.day_start.append(midnight.timestamp())
            spans: list[tuple[float, float]] = []
            if day not in holidays:
                for start, end in sorted(hours.get(day.weekday(), [])):
                    s = local_epoch(day, start, tz)
                    e = local_epoch(day, end, tz)
                    if e > s:
                        spans.append((s, e))
            self.ivals.append(spans)
            self.cum.append(self.cum[-1] + sum(e - s for s, e in spans) / 60.0)
            day += timedelta(days=1)
        self.start = self.day_start[0]
        self.end = local_epoch(last + timedelta(days=1), 0, tz)
        weekly = sum(e - s for d in range(7) for s, e in hours.get(d, [])) or 1
        self.factor = 10080 / weekly  # wall minutes per business minute, for extrapolation

    def to_b(self, t: float) -> float:
        if self.always:
            return t / 60.0
        if t <= self.start:
            return 0.0
        if t >= self.end:
            return self.cum[-1] + (t - self.end) / 60.0 / self.factor
        d = bisect_right(self.day_start, t) - 1
        b = self.cum[d]
        for s, e in self.ivals[d]:
            if t >= e:
                b += (e - s) / 60.0
            else:
                if t > s:
                    b += (t - s) / 60.0
                break
        return b

    def from_b(self, b: float) -> float:
        if self.always:
            return b * 60.0
        cum = self.cum
        if b <= 0:
            return self.start
        if b >= cum[-1]:
            return self.end + (b - cum[-1]) * 60.0 * self.factor
        d = bisect_left(cum, b) - 1
        rem = (b - cum[d]) * 60.0
        spans = self.ivals[d]
        for s, e in spans:
            if rem <= e - s:
                return s + rem
            rem -= e - s
        return spans[-1][1]


def local_epoch(day: date, minute: int, tz: ZoneInfo) -> float:
    """Epoch seconds of ``minute`` after local midnight of ``day`` (1440 = next midnight)."""
    extra, minute = divmod(minute, 1440)
    day = day + timedelta(days=extra)
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                    tzinfo=tz).timestamp()


def load_clock(conn: Connection, calendar_id: uuid.UUID, first: date, last: date) -> Clock:
    cal_t, hours_t, hol_t = table_of(BusinessCalendar), table_of(CalendarHours), table_of(Holiday)
    zone = conn.execute(select(cal_t.c.timezone).where(cal_t.c.id == calendar_id)).scalar()
    hours: dict[int, list[tuple[int, int]]] = {}
    for r in conn.execute(select(hours_t).where(hours_t.c.calendar_id == calendar_id)):
        hours.setdefault(r.weekday, []).append((r.start_minute, r.end_minute))
    holidays = frozenset(r.day for r in conn.execute(
        select(hol_t.c.day).where(hol_t.c.calendar_id == calendar_id)))
    return Clock(zone or "UTC", hours, holidays, first, last)



WALL = "wall"  # the clocks key of plain wall time (tickets without an SLA target)
