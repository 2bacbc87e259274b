"""The SLA clock: business-hours calendars and the response/resolution stopwatches.

The clock is recomputed by replaying a ticket's status history rather than incremented, so late
or out-of-order edits (offline replicas, clock skew) always give the same answer as an in-order
history. Everything here is pure: no Qt, no database, only the standard library and zoneinfo.

Time model. An instant is *working* when its wall-clock reading in the calendar's zone falls in a
working interval of that local weekday and the local date is not a holiday. Business time between
two instants is the measure of the working instants between them. Defining it on instants, not on
wall-clock arithmetic, is what makes DST come out right with no special cases: local times
skipped by a spring-forward jump never happen, so they add nothing (a 24x7 day is 23 hours), and
local times repeated by a fall-back jump happen twice, so they count twice (a 25-hour day).

Internally all arithmetic is on integer microseconds so that sums are exact and additive; floats
only appear at the public edge, as minutes.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "WARN_AT",
    "BusinessCalendar",
    "CalendarError",
    "MetricClock",
    "MetricTarget",
    "SlaSnapshot",
    "SlaState",
    "StatusChange",
    "replay_incident",
    "replay_metric",
]

_US = timedelta(microseconds=1)
_US_PER_MINUTE = 60_000_000
_DAY_US = 86_400_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_EPOCH_WEEKDAY = 3  # 1970-01-01 was a Thursday

#: How far apart the UTC offset is sampled when looking for DST transitions. A transition pair
#: that starts and reverts between two samples would be missed; the closest such pair in the tz
#: database is about four days apart (Africa/Freetown, 1939), so one day leaves a wide margin
#: while keeping a two-year span to ~730 cheap offset look-ups.
_PROBE_US = _DAY_US
#: Work is done in chunks of this many days so that ``add_business_minutes`` never has to look
#: for the end of an open-ended run of constant offset (UTC has none).
_CHUNK_US = 28 * _DAY_US
#: Deadlines are refused beyond this instant so arithmetic near ``datetime.max`` cannot overflow.
_LIMIT_US = (datetime(9999, 12, 1, tzinfo=UTC) - _EPOCH) // _US

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A ticket's status before its first recorded change.
INITIAL_STATUS = "new"
#: Fraction of a target after which a running clock is flagged as WARNING.
WARN_AT = 0.75


class CalendarError(ValueError):
    """A business calendar that cannot be used; the message tells an administrator what to fix."""


# --------------------------------------------------------------------------------------------
# Conversions
# --------------------------------------------------------------------------------------------


def _require_aware(value: datetime, what: str) -> None:
    """Naive datetimes are refused because guessing their zone silently shifts every deadline."""
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, not {type(value).__name__}.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a time-zone-aware datetime; attach a zone such as UTC.")


def _to_us(value: datetime) -> int:
    return (value - _EPOCH) // _US


def _from_us(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def _fmt(t: time) -> str:
    return "24:00" if t == time(0) else t.strftime("%H:%M" if not t.second else "%H:%M:%S")


def _seconds_of_day_us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


# --------------------------------------------------------------------------------------------
# Business calendar
# --------------------------------------------------------------------------------------------


def _normalise_day(
    weekday: int, intervals: object
) -> tuple[tuple[tuple[time, time], ...], tuple[tuple[int, int], ...]]:
    """Check one weekday's intervals and return them as given (sorted) and as merged microseconds.

    Touching intervals (09:00-12:00, 12:00-17:00) are merged for arithmetic, so two calendars that
    mean the same working time compare equal.
    """
    name = _WEEKDAY_NAMES[weekday]
    if isinstance(intervals, (str, bytes)) or not isinstance(intervals, Iterable):
        raise CalendarError(f"Working hours for {name} must be a list of (start, end) times.")
    pairs: list[tuple[time, time]] = []
    for item in intervals:
        if (
            not isinstance(item, (tuple, list))
            or len(item) != 2
            or not all(isinstance(t, time) for t in item)
        ):
            raise CalendarError(
                f"Working hours for {name} must be (start, end) pairs of times, not {item!r}."
            )
        start, end = item
        if start.tzinfo is not None or end.tzinfo is not None:
            raise CalendarError(
                f"Working hours for {name} must be plain wall-clock times; "
                "the calendar's zone already applies."
            )
        if end != time(0) and start >= end:
            raise CalendarError(
                f"Working hours for {name} run from {_fmt(start)} to {_fmt(end)}; "
                "the start must be before the end (use 00:00 as the end for midnight)."
            )
        pairs.append((start, end))
    pairs.sort(key=lambda p: p[0])
    spans = [
        (_seconds_of_day_us(s), _DAY_US if e == time(0) else _seconds_of_day_us(e))
        for s, e in pairs
    ]
    merged: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        if merged and s < merged[-1][1]:
            a, b = pairs[i - 1], pairs[i]
            raise CalendarError(
                f"Working hours for {name} overlap ({_fmt(a[0])}-{_fmt(a[1])} and "
                f"{_fmt(b[0])}-{_fmt(b[1])}); make the intervals separate."
            )
        if merged and s == merged[-1][1]:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(pairs), tuple(merged)


@dataclass(frozen=True)
class BusinessCalendar:
    """Working hours in one zone, used to measure SLA time the way the contract counts it.

    ``hours`` maps weekday (0 = Monday .. 6 = Sunday) to half-open ``[start, end)`` local
    intervals; an end of ``time(0)`` means midnight at the end of the day (24:00). Missing weekdays
    and empty tuples are days off. ``holidays`` are local dates with no working time at all.
    """

    zone: str
    hours: Mapping[int, tuple[tuple[time, time], ...]] = field(compare=False)
    holidays: frozenset[date] = frozenset()
    # Derived, immutable views used by the arithmetic. ``_week`` stands in for ``hours`` in
    # equality and hashing because a mapping is not hashable.
    _week: tuple[tuple[tuple[int, int], ...], ...] = field(init=False, repr=False)
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)
    _day_total: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _week_total: int = field(init=False, repr=False, compare=False)
    _holiday_days: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _holiday_set: frozenset[int] = field(init=False, repr=False, compare=False)
    _holiday_loss: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # The zone's UTC offsets per aligned chunk, found once and kept: a calendar is replayed over
    # and over (every edit of every ticket), its zone's transitions do not change.
    _offsets: dict[int, tuple[int, tuple[tuple[int, int], ...]]] = field(
        init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.zone, str) or not self.zone:
            raise CalendarError("The calendar needs a time zone such as Europe/London.")
        try:
            tz = ZoneInfo(self.zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise CalendarError(
                f"'{self.zone}' is not a known time zone; use an IANA name such as Europe/London."
            ) from None

        if not isinstance(self.hours, Mapping):
            raise CalendarError("Working hours must map weekdays (0 = Monday) to time intervals.")
        given: dict[int, tuple[tuple[time, time], ...]] = {}
        week: list[tuple[tuple[int, int], ...]] = [() for _ in range(7)]
        for key, intervals in self.hours.items():
            if isinstance(key, bool) or not isinstance(key, int) or not 0 <= key <= 6:
                raise CalendarError(f"Weekday {key!r} is not valid; use 0 (Monday) to 6 (Sunday).")
            pairs, merged = _normalise_day(key, intervals)
            given[key] = pairs
            week[key] = merged
        day_total = tuple(sum(e - s for s, e in day) for day in week)
        if sum(day_total) == 0:
            raise CalendarError(
                "The calendar has no working hours; add hours to at least one weekday."
            )

        if isinstance(self.holidays, (str, bytes)) or not isinstance(self.holidays, Iterable):
            raise CalendarError("Holidays must be a collection of dates.")
        holidays = list(self.holidays)
        for day in holidays:
            if isinstance(day, datetime) or not isinstance(day, date):
                raise CalendarError(f"Holiday {day!r} must be a calendar date without a time.")
        holiday_days = tuple(sorted({d.toordinal() - _EPOCH_ORDINAL for d in holidays}))
        loss = [0]
        for d in holiday_days:
            loss.append(loss[-1] + day_total[(d + _EPOCH_WEEKDAY) % 7])

        put = object.__setattr__
        put(self, "hours", MappingProxyType(dict(sorted(given.items()))))
        put(self, "holidays", frozenset(holidays))
        put(self, "_week", tuple(week))
        put(self, "_tz", tz)
        put(self, "_day_total", day_total)
        put(self, "_week_total", sum(day_total))
        put(self, "_holiday_days", holiday_days)
        put(self, "_holiday_set", frozenset(holiday_days))
        put(self, "_holiday_loss", tuple(loss))
        put(self, "_offsets", {})

    # -- constructors -------------------------------------------------------------------------

    @classmethod
    def always(cls, zone: str = "UTC") -> BusinessCalendar:
        """24x7. The zone still matters: there, DST days really are 23 or 25 hours long."""
        return cls(zone, {d: ((time(0), time(0)),) for d in range(7)})

    @classmethod
    def weekdays(
        cls, start: time, end: time, zone: str, holidays: Iterable[date] = ()
    ) -> BusinessCalendar:
        """The common office calendar: the same hours Monday to Friday, weekends off."""
        return cls(zone, {d: ((start, end),) for d in range(5)}, frozenset(holidays))

    # -- public queries ---------------------------------------------------------------------

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes in ``[start, end)``; a reversed range is empty rather than negative."""
        _require_aware(start, "The start")
        _require_aware(end, "The end")
        return self._business_us(_to_us(start), _to_us(end)) / _US_PER_MINUTE

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        """The deadline ``minutes`` of working time after ``start``, as an aware UTC datetime.

        It is the earliest such instant, so a deadline that uses up a day's last working minute
        lands at closing time, not at the next morning's opening.
        """
        _require_aware(start, "The start")
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)):
            raise TypeError("Minutes must be a number.")
        if not math.isfinite(minutes) or minutes < 0:
            raise ValueError(f"Minutes to add must be zero or more, not {minutes}.")
        return _from_us(self._advance_us(_to_us(start), round(minutes * _US_PER_MINUTE)))

    def is_working(self, at: datetime) -> bool:
        """Whether the clock would be running at ``at`` (before any pause statuses)."""
        _require_aware(at, "The instant")
        u = _to_us(at)
        day, rest = divmod(u + self._offset_us(u), _DAY_US)
        if day in self._holiday_set:
            return False
        return any(s <= rest < e for s, e in self._week[(day + _EPOCH_WEEKDAY) % 7])

    # -- microsecond arithmetic (shared with the replay below) -------------------------------

    def _business_us(self, a: int, b: int) -> int:
        return sum(self._local_us(s + off, e + off) for s, e, off in self._runs(a, b))

    def _advance_us(self, a: int, need: int) -> int:
        if need <= 0:
            return a
        for s, e, off in self._runs(a, None):
            got = self._local_us(s + off, e + off)
            if need <= got:
                return self._local_advance(s + off, need) - off
            need -= got
        raise AssertionError("unreachable: _runs without an end never stops")  # pragma: no cover

    def _offset_us(self, u: int) -> int:
        offset = _from_us(u).astimezone(self._tz).utcoffset()
        assert offset is not None  # ZoneInfo always knows the offset of a UTC instant
        return offset // _US

    def _runs(self, a: int, b: int | None) -> Iterator[tuple[int, int, int]]:
        """Split UTC ``[a, b)`` into pieces of constant UTC offset: ``(start, end, offset)``.

        Within a piece, local time is UTC shifted by a constant, so working time there is plain
        wall-clock arithmetic. Pieces never cross a multiple of ``_CHUNK_US``; the offsets of
        each such chunk come from :meth:`_chunk_offsets`, worked out once per calendar.
        """
        cur = a
        while b is None or cur < b:
            if b is None and cur >= _LIMIT_US:
                raise ValueError("The deadline would fall after the year 9999.")
            k = cur // _CHUNK_US
            end = (k + 1) * _CHUNK_US if b is None else min(b, (k + 1) * _CHUNK_US)
            off, changes = self._chunk_offsets(k)
            for at, new_off in changes:
                if at <= cur:
                    off = new_off
                    continue
                if at >= end:
                    break
                yield cur, at, off
                cur, off = at, new_off
            yield cur, end, off
            cur = end

    def _chunk_offsets(self, k: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        """The offset at the start of chunk ``k`` and the ``(instant, new offset)`` changes in it.

        zoneinfo does not publish its transitions, so they are found by sampling the offset once
        a day and bisecting to the microsecond where it changed.
        """
        known = self._offsets.get(k)
        if known is not None:
            return known
        start, chunk_end = k * _CHUNK_US, (k + 1) * _CHUNK_US
        first = off = self._offset_us(start)
        changes: list[tuple[int, int]] = []
        probe = start
        while probe < chunk_end:
            nxt = min(probe + _PROBE_US, chunk_end)
            if self._offset_us(nxt) == off:
                probe = nxt
                continue
            at = self._transition(probe, nxt, off)
            if at >= chunk_end:
                break  # the next chunk starts with it
            off = self._offset_us(at)
            changes.append((at, off))
            probe = at
        found = (first, tuple(changes))
        self._offsets[k] = found
        return found

    def _transition(self, lo: int, hi: int, off: int) -> int:
        """First instant in ``(lo, hi]`` whose offset differs from ``off`` (which holds at lo)."""
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._offset_us(mid) == off:
                lo = mid
            else:
                hi = mid
        return hi

    def _local_us(self, l1: int, l2: int) -> int:
        """Working microseconds in the local wall-clock range ``[l1, l2)``."""
        if l2 <= l1:
            return 0
        d1, r1 = divmod(l1, _DAY_US)
        d2, r2 = divmod(l2, _DAY_US)
        if d1 == d2:
            return self._day_part(d1, r1, r2)
        return (
            self._day_part(d1, r1, _DAY_US)
            + self._whole_days(d1 + 1, d2)
            + self._day_part(d2, 0, r2)
        )

    def _day_part(self, day: int, a: int, b: int) -> int:
        if day in self._holiday_set:
            return 0
        total = 0
        for s, e in self._week[(day + _EPOCH_WEEKDAY) % 7]:
            lo, hi = max(s, a), min(e, b)
            if hi > lo:
                total += hi - lo
        return total

    def _whole_days(self, d1: int, d2: int) -> int:
        """Working microseconds on local days ``[d1, d2)``: whole weeks at once, minus holidays."""
        if d2 <= d1:
            return 0
        weeks, rest = divmod(d2 - d1, 7)
        total = weeks * self._week_total
        first = (d1 + _EPOCH_WEEKDAY) % 7
        for i in range(rest):
            total += self._day_total[(first + i) % 7]
        lo = bisect_left(self._holiday_days, d1)
        hi = bisect_left(self._holiday_days, d2)
        return total - (self._holiday_loss[hi] - self._holiday_loss[lo])

    def _local_advance(self, l1: int, need: int) -> int:
        """Earliest local instant L >= l1 with ``_local_us(l1, L) == need`` (need > 0)."""
        day, rest = divmod(l1, _DAY_US)
        if day not in self._holiday_set:
            for s, e in self._week[(day + _EPOCH_WEEKDAY) % 7]:
                lo = max(s, rest)
                if e > lo:
                    if need <= e - lo:
                        return day * _DAY_US + lo + need
                    need -= e - lo
        day += 1
        while True:  # skip weeks that certainly do not use up ``need``
            weeks = (need - 1) // self._week_total
            if weeks <= 0:
                break
            need -= self._whole_days(day, day + 7 * weeks)
            day += 7 * weeks
        while True:
            if day not in self._holiday_set:
                for s, e in self._week[(day + _EPOCH_WEEKDAY) % 7]:
                    if need <= e - s:
                        return day * _DAY_US + s + need
                    need -= e - s
            day += 1


# --------------------------------------------------------------------------------------------
# SLA stopwatch
# --------------------------------------------------------------------------------------------


class SlaState(StrEnum):
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"
    MET = "met"  # stopped within the target

    @property
    def label(self) -> str:
        """How people read the state (queues, filters, exports): "OK", not "ok"."""
        return _SLA_STATE_LABELS[self]


_SLA_STATE_LABELS = {SlaState.OK: "OK", SlaState.WARNING: "Warning",
                     SlaState.BREACHED: "Breached", SlaState.PAUSED: "Paused",
                     SlaState.MET: "Met"}


@dataclass(frozen=True)
class StatusChange:
    """One status change from the ticket history; ``status`` is the status from ``at`` on."""

    at: datetime
    status: str

    def __post_init__(self) -> None:
        _require_aware(self.at, "A status change time")


@dataclass(frozen=True)
class MetricTarget:
    """An SLA target; zero or negative targets are refused because they would breach at once."""

    minutes: int

    def __post_init__(self) -> None:
        if isinstance(self.minutes, bool) or not isinstance(self.minutes, int):
            raise ValueError(
                f"An SLA target must be a whole number of minutes, not {self.minutes!r}."
            )
        if self.minutes <= 0:
            raise ValueError(
                f"An SLA target must be a positive number of minutes, not {self.minutes}."
            )


@dataclass(frozen=True)
class MetricClock:
    """One metric (response or resolution) as of ``now``.

    ``percent`` is elapsed as a percentage of the target (100.0 = target used up).
    ``remaining_minutes`` goes negative once breached, so it doubles as "overdue by".
    ``due_at`` is the deadline: projected from ``now`` while running, projected as if resumed
    now while paused, the instant the target ran out once breached, and None once stopped.
    ``breached_at`` is the instant elapsed reached the target, set only when it went beyond.
    ``next_change_at`` is when ``state`` changes by itself if the ticket's status stays as it
    is (OK -> WARNING, WARNING -> BREACHED); None when it cannot (paused, stopped, breached).
    Stored, it tells a sweep which tickets' saved SLA state has gone stale.
    """

    target_minutes: int
    elapsed_minutes: float
    remaining_minutes: float
    percent: float
    state: SlaState
    paused: bool
    stopped: bool
    due_at: datetime | None
    breached_at: datetime | None
    next_change_at: datetime | None = None

    @property
    def breached(self) -> bool:
        return self.state is SlaState.BREACHED


@dataclass(frozen=True)
class SlaSnapshot:
    response: MetricClock
    resolution: MetricClock


def _running_pieces(
    open_us: int, end_us: int, changes: Sequence[StatusChange], pause_statuses: frozenset[str]
) -> tuple[list[tuple[int, int]], str]:
    """UTC pieces of ``[open, end)`` in which the clock runs, and the status in effect at end.

    Changes are sorted by their recorded time (stable, so among equal times the later one in the
    input wins) and only then clamped to the opening, so a change made before opening still
    yields to one made at opening.
    """
    ordered = sorted(changes, key=lambda c: c.at)  # by recorded time, then clamp: no reordering
    timeline = [(max(_to_us(c.at), open_us), c.status) for c in ordered]
    status = INITIAL_STATUS
    pieces: list[tuple[int, int]] = []
    cursor = open_us
    for at, new_status in timeline:
        if at > end_us:
            break
        if at > cursor and status not in pause_statuses:
            pieces.append((cursor, at))
        cursor = max(cursor, at)
        status = new_status
    if end_us > cursor and status not in pause_statuses:
        pieces.append((cursor, end_us))
    return pieces, status


def replay_metric(
    opened_at: datetime,
    changes: Sequence[StatusChange],
    stop_at: datetime | None,
    now: datetime,
    calendar: BusinessCalendar,
    target_minutes: int,
    pause_statuses: frozenset[str],
) -> MetricClock:
    """Replay the history into one metric's clock.

    The clock runs in business time from ``opened_at`` while the ticket is not in a pause status
    and stops at ``stop_at`` (or reads at ``now`` while still running). A recorded stop wins even
    if ``now`` is earlier (clock skew); a stop or ``now`` before opening gives zero, never a
    negative time.

    States: stopping within the target (elapsed <= target) is MET; going *beyond* the target is
    BREACHED, so a ticket finished at exactly 100 % met its SLA. A running clock that is paused
    reads PAUSED ahead of WARNING, because a paused clock is not getting any closer to a breach.
    """
    _require_aware(opened_at, "The opening time")
    _require_aware(now, "The current time")
    if stop_at is not None:
        _require_aware(stop_at, "The stop time")
    target = MetricTarget(target_minutes)
    target_us = target.minutes * _US_PER_MINUTE

    open_us = _to_us(opened_at)
    stopped = stop_at is not None
    end_us = max(open_us, _to_us(stop_at if stop_at is not None else now))
    pieces, status_at_end = _running_pieces(open_us, end_us, changes, pause_statuses)
    measured = [(a, calendar._business_us(a, b)) for a, b in pieces]
    elapsed_us = sum(m for _, m in measured)
    paused = not stopped and status_at_end in pause_statuses

    breached_at: datetime | None = None
    if elapsed_us > target_us:
        used = 0
        for a, m in measured:
            if used + m >= target_us:
                breached_at = _from_us(calendar._advance_us(a, target_us - used))
                break
            used += m

    due_at: datetime | None = None
    if not stopped:
        if breached_at is not None:
            due_at = breached_at
        else:
            due_at = _from_us(calendar._advance_us(end_us, target_us - elapsed_us))

    if breached_at is not None:
        state = SlaState.BREACHED
    elif stopped:
        state = SlaState.MET
    elif paused:
        state = SlaState.PAUSED
    elif elapsed_us >= WARN_AT * target_us:
        state = SlaState.WARNING
    else:
        state = SlaState.OK

    next_change_at: datetime | None = None
    if state is SlaState.OK:  # warning from the first instant elapsed reaches 75 %
        need = max(0, math.ceil(WARN_AT * target_us) - elapsed_us)
        next_change_at = _from_us(calendar._advance_us(end_us, need))
    elif state is SlaState.WARNING:  # breached once elapsed goes beyond the target
        next_change_at = _from_us(calendar._advance_us(end_us, target_us - elapsed_us + 1))

    return MetricClock(
        target_minutes=target.minutes,
        elapsed_minutes=elapsed_us / _US_PER_MINUTE,
        remaining_minutes=(target_us - elapsed_us) / _US_PER_MINUTE,
        percent=100.0 * elapsed_us / target_us,
        state=state,
        paused=paused,
        stopped=stopped,
        due_at=due_at,
        breached_at=breached_at,
        next_change_at=next_change_at,
    )


def replay_incident(
    opened_at: datetime,
    changes: Sequence[StatusChange],
    responded_at: datetime | None,
    resolved_at: datetime | None,
    now: datetime,
    calendar: BusinessCalendar,
    response_minutes: int,
    resolution_minutes: int,
    pause_statuses: frozenset[str],
) -> SlaSnapshot:
    """Both incident metrics from one history.

    ``pause_statuses`` apply to the response clock too: a ticket parked waiting for the caller
    is not being ignored by the desk. Resolving counts as responding, so an incident resolved at
    first contact without a separate response stops its response clock at ``resolved_at``.
    """
    response_stop = responded_at if responded_at is not None else resolved_at
    return SlaSnapshot(
        response=replay_metric(
            opened_at, changes, response_stop, now, calendar, response_minutes, pause_statuses
        ),
        resolution=replay_metric(
            opened_at, changes, resolved_at, now, calendar, resolution_minutes, pause_statuses
        ),
    )
