"""SLA clock: business calendars and status-history replay (pure domain, no Qt, no database).

The property tests check the calendar against an independent brute-force oracle that steps minute
by minute and asks zoneinfo for the wall clock at each instant, so DST is never re-derived by the
same code under test.
"""

from __future__ import annotations

import time as wallclock
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from deskapp.domain.sla import (
    WARN_AT,
    BusinessCalendar,
    CalendarError,
    MetricTarget,
    SlaState,
    StatusChange,
    replay_incident,
    replay_metric,
)

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MINUTE = timedelta(minutes=1)
PAUSE = frozenset({"pending"})
STATUSES = ("new", "assigned", "in_progress", "pending", "resolved")

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ORACLE = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

OFFICE = BusinessCalendar.weekdays(time(9), time(17), "Europe/London")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# Concrete examples
# --------------------------------------------------------------------------------------------


def test_friday_afternoon_plus_two_hours_is_monday_ten() -> None:
    friday_4pm = datetime(2024, 3, 8, 16, 0, tzinfo=LONDON)
    due = OFFICE.add_business_minutes(friday_4pm, 120)
    assert due == datetime(2024, 3, 11, 10, 0, tzinfo=LONDON)
    assert due.tzinfo is UTC
    assert OFFICE.business_minutes_between(friday_4pm, due) == 120.0


def test_summer_time_office_hours_are_local() -> None:
    friday_4pm = datetime(2024, 7, 5, 16, 0, tzinfo=LONDON)  # BST: 15:00 UTC
    assert OFFICE.add_business_minutes(friday_4pm, 120) == utc(2024, 7, 8, 9, 0)


def test_holiday_is_skipped() -> None:
    cal = BusinessCalendar.weekdays(time(9), time(17), "Europe/London", [date(2024, 3, 11)])
    friday_4pm = datetime(2024, 3, 8, 16, 0, tzinfo=LONDON)
    assert cal.add_business_minutes(friday_4pm, 120) == datetime(2024, 3, 12, 10, tzinfo=LONDON)
    monday = datetime(2024, 3, 11, tzinfo=LONDON)
    assert cal.business_minutes_between(monday, monday + timedelta(days=1)) == 0.0
    assert not cal.is_working(datetime(2024, 3, 11, 12, tzinfo=LONDON))
    assert cal.is_working(datetime(2024, 3, 12, 12, tzinfo=LONDON))


def test_deadline_that_uses_the_last_minute_lands_at_closing_time() -> None:
    monday_9 = datetime(2024, 3, 4, 9, tzinfo=LONDON)
    assert OFFICE.add_business_minutes(monday_9, 480) == datetime(2024, 3, 4, 17, tzinfo=LONDON)
    assert OFFICE.add_business_minutes(monday_9, 0) == monday_9


def test_exactly_a_working_week_ends_on_friday_evening() -> None:
    sunday_noon = datetime(2024, 3, 3, 12, tzinfo=LONDON)
    friday_5pm = datetime(2024, 3, 8, 17, tzinfo=LONDON)
    assert OFFICE.add_business_minutes(sunday_noon, 5 * 480) == friday_5pm
    assert OFFICE.add_business_minutes(sunday_noon, 3 * 5 * 480) == friday_5pm + timedelta(14)


def test_outside_hours_start_waits_for_opening() -> None:
    saturday = datetime(2024, 3, 9, 12, tzinfo=LONDON)
    assert OFFICE.add_business_minutes(saturday, 1) == datetime(2024, 3, 11, 9, 1, tzinfo=LONDON)
    assert OFFICE.business_minutes_between(saturday, saturday + timedelta(days=1)) == 0.0


@pytest.mark.parametrize(
    ("day", "hours"), [(date(2024, 3, 31), 23), (date(2024, 10, 27), 25), (date(2024, 6, 1), 24)]
)
def test_dst_days_in_a_24x7_berlin_calendar_have_their_real_length(day: date, hours: int) -> None:
    cal = BusinessCalendar.always("Europe/Berlin")
    start = datetime(day.year, day.month, day.day, tzinfo=BERLIN)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BERLIN)
    assert cal.business_minutes_between(start, end) == hours * 60


def test_working_hours_across_a_dst_jump_count_real_time() -> None:
    # Sundays 00:00-04:00 New York time: 3 h on spring-forward day, 5 h on fall-back day.
    cal = BusinessCalendar("America/New_York", {6: ((time(0), time(4)),)})
    spring = datetime(2024, 3, 10, tzinfo=NEW_YORK)
    autumn = datetime(2024, 11, 3, tzinfo=NEW_YORK)
    assert cal.business_minutes_between(spring, spring + timedelta(hours=12)) == 180
    assert cal.business_minutes_between(autumn, autumn + timedelta(hours=12)) == 300


def test_nonexistent_local_start_begins_at_the_jump() -> None:
    # 02:30 does not exist on 2024-03-10 in New York; work starts when the clock reads 03:00 EDT.
    cal = BusinessCalendar("America/New_York", {6: ((time(2, 30), time(4)),)})
    sunday = datetime(2024, 3, 10, tzinfo=NEW_YORK)
    assert cal.business_minutes_between(sunday, sunday + timedelta(days=1)) == 60
    assert cal.add_business_minutes(sunday, 1) == utc(2024, 3, 10, 7, 1)
    # On an ordinary Sunday the same hours are 90 minutes.
    later = datetime(2024, 3, 17, tzinfo=NEW_YORK)
    assert cal.business_minutes_between(later, later + timedelta(days=1)) == 90


def test_midnight_end_means_end_of_day() -> None:
    cal = BusinessCalendar("UTC", {0: ((time(22), time(0)),), 1: ((time(0), time(2)),)})
    monday = utc(2024, 3, 4)
    assert cal.business_minutes_between(monday, monday + timedelta(days=2)) == 240
    assert cal.add_business_minutes(utc(2024, 3, 4, 23), 90) == utc(2024, 3, 5, 0, 30)


def test_touching_intervals_merge_and_compare_equal() -> None:
    split = BusinessCalendar(
        "Europe/London",
        {d: ((time(12), time(17)), (time(9), time(12))) for d in range(5)} | {5: (), 6: ()},
    )
    assert split == OFFICE and hash(split) == hash(OFFICE)
    assert split.hours[0] == ((time(9), time(12)), (time(12), time(17)))


def test_two_year_span_is_fast() -> None:
    cal = BusinessCalendar.weekdays(
        time(9), time(17), "America/New_York", [date(2023, 7, 4), date(2023, 12, 25)]
    )
    start, end = utc(2022, 6, 1, 13, 7), utc(2024, 6, 1, 2, 0)
    began = wallclock.perf_counter()
    minutes = cal.business_minutes_between(start, end)
    due = cal.add_business_minutes(start, minutes)
    spent = wallclock.perf_counter() - began
    assert minutes == (522 - 2) * 8 * 60 + (17 * 60 - (9 * 60 + 7))
    assert cal.business_minutes_between(start, due) == minutes
    assert spent < 0.5


def test_fifty_years_is_still_fast() -> None:
    began = wallclock.perf_counter()
    due = BusinessCalendar.always("UTC").add_business_minutes(utc(2000, 1, 1), 60 * 24 * 365 * 50)
    assert due == utc(2049, 12, 19)
    assert wallclock.perf_counter() - began < 2.0


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def test_calendar_without_working_hours_is_refused() -> None:
    with pytest.raises(CalendarError) as err:
        BusinessCalendar("UTC", {d: () for d in range(7)})
    assert str(err.value) == (
        "The calendar has no working hours; add hours to at least one weekday."
    )
    with pytest.raises(CalendarError, match="no working hours"):
        BusinessCalendar("UTC", {})


def test_unknown_zone_is_refused() -> None:
    for zone in ("Mars/Olympus_Mons", "", "America", "../etc/passwd", "/etc/localtime"):
        with pytest.raises(CalendarError, match="time zone"):
            BusinessCalendar.always(zone)


def test_overlapping_intervals_are_refused() -> None:
    with pytest.raises(CalendarError, match=r"Monday overlap \(09:00-13:00 and 12:00-17:00\)"):
        BusinessCalendar("UTC", {0: ((time(9), time(13)), (time(12), time(17)))})


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ({0: ((time(17), time(9)),)}, "start must be before the end"),
        ({0: ((time(9), time(9)),)}, "start must be before the end"),
        ({7: ((time(9), time(17)),)}, "use 0 \\(Monday\\) to 6 \\(Sunday\\)"),
        ({0: ((time(9), "17:00"),)}, "pairs of times"),
        ({0: ((time(9, tzinfo=UTC), time(17)),)}, "plain wall-clock times"),
    ],
)
def test_malformed_hours_are_refused(hours: dict[int, object], message: str) -> None:
    with pytest.raises(CalendarError, match=message):
        BusinessCalendar("UTC", hours)  # type: ignore[arg-type]


def test_holidays_must_be_dates() -> None:
    with pytest.raises(CalendarError, match="calendar date"):
        BusinessCalendar.weekdays(time(9), time(17), "UTC", [datetime(2024, 1, 1)])


@pytest.mark.parametrize("minutes", [0, -5])
def test_target_must_be_positive(minutes: int) -> None:
    with pytest.raises(ValueError, match="positive number of minutes"):
        MetricTarget(minutes)
    with pytest.raises(ValueError, match="positive number of minutes"):
        replay_metric(utc(2024, 1, 1), [], None, utc(2024, 1, 2), OFFICE, minutes, PAUSE)


def test_naive_datetimes_and_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="time-zone-aware"):
        OFFICE.business_minutes_between(datetime(2024, 1, 1), utc(2024, 1, 2))
    with pytest.raises(ValueError, match="time-zone-aware"):
        StatusChange(datetime(2024, 1, 1), "pending")
    with pytest.raises(ValueError, match="zero or more"):
        OFFICE.add_business_minutes(utc(2024, 1, 1), -1)


# --------------------------------------------------------------------------------------------
# Replay examples
# --------------------------------------------------------------------------------------------

CLOCK = BusinessCalendar.always("UTC")
OPEN = utc(2024, 5, 6, 9)


def test_running_clock_projects_deadline() -> None:
    clock = replay_metric(OPEN, [], None, OPEN + timedelta(minutes=30), CLOCK, 60, PAUSE)
    assert (clock.elapsed_minutes, clock.remaining_minutes, clock.percent) == (30, 30, 50)
    assert clock.state is SlaState.OK and not clock.paused and not clock.stopped
    assert clock.due_at == OPEN + timedelta(minutes=60) and clock.breached_at is None


def test_warning_from_three_quarters() -> None:
    now = OPEN + timedelta(minutes=60 * WARN_AT)
    assert replay_metric(OPEN, [], None, now, CLOCK, 60, PAUSE).state is SlaState.WARNING
    now -= timedelta(seconds=1)
    assert replay_metric(OPEN, [], None, now, CLOCK, 60, PAUSE).state is SlaState.OK


def test_pause_stops_the_clock_and_moves_the_deadline() -> None:
    changes = [
        StatusChange(OPEN + timedelta(minutes=10), "pending"),
        StatusChange(OPEN + timedelta(minutes=40), "in_progress"),
    ]
    during = replay_metric(OPEN, changes, None, OPEN + timedelta(minutes=30), CLOCK, 60, PAUSE)
    assert during.state is SlaState.PAUSED and during.paused
    assert during.elapsed_minutes == 10
    assert during.due_at == OPEN + timedelta(minutes=80)  # as if resumed now
    after = replay_metric(OPEN, changes, None, OPEN + timedelta(minutes=50), CLOCK, 60, PAUSE)
    assert after.elapsed_minutes == 20 and after.state is SlaState.OK
    assert after.due_at == OPEN + timedelta(minutes=90)


def test_breach_records_the_instant_and_overdue_minutes() -> None:
    changes = [
        StatusChange(OPEN + timedelta(minutes=20), "pending"),
        StatusChange(OPEN + timedelta(minutes=50), "assigned"),
    ]
    now = OPEN + timedelta(minutes=120)
    clock = replay_metric(OPEN, changes, None, now, CLOCK, 60, PAUSE)
    assert clock.state is SlaState.BREACHED and clock.elapsed_minutes == 90
    assert clock.remaining_minutes == -30 and clock.percent == 150
    assert clock.breached_at == OPEN + timedelta(minutes=90)
    assert clock.due_at == clock.breached_at


def test_breach_instant_is_when_the_target_ran_out_not_when_work_resumed() -> None:
    changes = [
        StatusChange(OPEN + timedelta(minutes=60), "pending"),
        StatusChange(OPEN + timedelta(minutes=90), "in_progress"),
    ]
    clock = replay_metric(OPEN, changes, None, OPEN + timedelta(minutes=120), CLOCK, 60, PAUSE)
    assert clock.elapsed_minutes == 90
    assert clock.breached_at == OPEN + timedelta(minutes=60)


def test_stop_within_target_is_met_and_exactly_on_target_is_met() -> None:
    met = replay_metric(
        OPEN, [], OPEN + timedelta(minutes=45), OPEN + timedelta(days=3), CLOCK, 60, PAUSE
    )
    assert met.state is SlaState.MET and met.stopped and met.due_at is None
    assert met.elapsed_minutes == 45
    on_time = replay_metric(
        OPEN, [], OPEN + timedelta(minutes=60), OPEN + timedelta(days=3), CLOCK, 60, PAUSE
    )
    assert on_time.state is SlaState.MET and on_time.breached_at is None
    late = replay_metric(
        OPEN, [], OPEN + timedelta(minutes=61), OPEN + timedelta(days=3), CLOCK, 60, PAUSE
    )
    assert late.state is SlaState.BREACHED and late.due_at is None
    assert late.breached_at == OPEN + timedelta(minutes=60)


def test_breach_instant_follows_business_hours() -> None:
    friday_4pm = datetime(2024, 3, 8, 16, 0, tzinfo=LONDON)
    now = datetime(2024, 3, 11, 12, 0, tzinfo=LONDON)
    clock = replay_metric(friday_4pm, [], None, now, OFFICE, 120, PAUSE)
    assert clock.elapsed_minutes == 240
    assert clock.breached_at == datetime(2024, 3, 11, 10, 0, tzinfo=LONDON)


def test_unsorted_history_and_changes_before_opening() -> None:
    ordered = [
        StatusChange(OPEN - timedelta(hours=1), "assigned"),
        StatusChange(OPEN + timedelta(minutes=5), "pending"),
        StatusChange(OPEN + timedelta(minutes=15), "in_progress"),
    ]
    now = OPEN + timedelta(minutes=30)
    a = replay_metric(OPEN, ordered, None, now, CLOCK, 60, PAUSE)
    b = replay_metric(OPEN, ordered[::-1], None, now, CLOCK, 60, PAUSE)
    assert a == b and a.elapsed_minutes == 20
    paused_from_start = [StatusChange(OPEN - timedelta(hours=1), "pending")]
    c = replay_metric(OPEN, paused_from_start, None, now, CLOCK, 60, PAUSE)
    assert c.elapsed_minutes == 0 and c.state is SlaState.PAUSED


def test_clock_skew_never_gives_negative_time() -> None:
    early = replay_metric(OPEN, [], None, OPEN - timedelta(hours=1), CLOCK, 60, PAUSE)
    assert early.elapsed_minutes == 0 and early.due_at == OPEN + timedelta(minutes=60)
    stop_before = replay_metric(OPEN, [], OPEN - timedelta(hours=1), OPEN, CLOCK, 60, PAUSE)
    assert stop_before.elapsed_minutes == 0 and stop_before.state is SlaState.MET


def test_incident_snapshot_has_both_metrics() -> None:
    changes = [
        StatusChange(OPEN + timedelta(minutes=10), "assigned"),
        StatusChange(OPEN + timedelta(minutes=20), "pending"),
    ]
    snap = replay_incident(
        OPEN,
        changes,
        OPEN + timedelta(minutes=10),
        None,
        OPEN + timedelta(hours=2),
        CLOCK,
        30,
        240,
        PAUSE,
    )
    assert snap.response.state is SlaState.MET and snap.response.elapsed_minutes == 10
    assert snap.resolution.state is SlaState.PAUSED and snap.resolution.elapsed_minutes == 20
    # resolved at first contact: resolving is the response
    fcr = replay_incident(
        OPEN,
        [StatusChange(OPEN + timedelta(minutes=5), "resolved")],
        None,
        OPEN + timedelta(minutes=5),
        OPEN + timedelta(hours=2),
        CLOCK,
        30,
        240,
        PAUSE,
    )
    assert fcr.response.stopped and fcr.response.elapsed_minutes == 5
    assert fcr.resolution.state is SlaState.MET


# --------------------------------------------------------------------------------------------
# Strategies and the brute-force oracle
# --------------------------------------------------------------------------------------------

#: (zone, local date of a DST transition there). UTC and Kolkata have none: controls.
SCENARIOS = (
    ("Europe/Berlin", date(2024, 3, 31)),
    ("Europe/Berlin", date(2024, 10, 27)),
    ("America/New_York", date(2024, 3, 10)),
    ("America/New_York", date(2024, 11, 3)),
    ("Australia/Lord_Howe", date(2024, 4, 7)),  # back 30 minutes
    ("Australia/Lord_Howe", date(2024, 10, 6)),  # forward 30 minutes
    ("America/Santiago", date(2024, 4, 6)),  # 24:00 repeats 23:00-24:00
    ("America/Santiago", date(2024, 9, 8)),  # 00:00 to 01:00 does not exist
    ("UTC", date(2024, 6, 12)),
    ("Asia/Kolkata", date(2024, 6, 12)),  # half-hour offset
)

Week = tuple[tuple[tuple[int, int], ...], ...]  # weekday -> ((start_minute, end_minute), ...)


def to_time(minute: int) -> time:
    return time(0) if minute == 1440 else time(minute // 60, minute % 60)


# Built once: constructing strategies inside a composite re-validates them on every draw.
_CUT = st.one_of(st.sampled_from(range(0, 1441, 30)), st.integers(0, 1440))
_DAY_POINTS = st.sets(_CUT, max_size=4)
_HOLIDAY_SHIFTS = st.frozensets(st.integers(-3, 3), max_size=2)
_SUB_MINUTE_US = st.one_of(st.just(0), st.integers(0, 60_000_000 - 1))


def _pairs(points: set[int]) -> tuple[tuple[int, int], ...]:
    cuts = sorted(points)[: len(points) // 2 * 2]
    return tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2))


@dataclass(frozen=True)
class Case:
    """A random calendar in a zone, and a whole-minute UTC instant near one of its transitions."""

    cal: BusinessCalendar
    week: Week
    start: datetime


@st.composite
def cases(draw: st.DrawFn) -> Case:
    if draw(st.booleans()):  # the same hours every day: transition days are always worked
        week: Week = (_pairs(draw(_DAY_POINTS)),) * 7
    else:
        week = tuple(_pairs(draw(_DAY_POINTS)) for _ in range(7))
    assume(any(week))
    zone, anchor = draw(st.sampled_from(SCENARIOS))
    holidays = frozenset(anchor + timedelta(days=n) for n in draw(_HOLIDAY_SHIFTS))
    hours = {d: tuple((to_time(s), to_time(e)) for s, e in day) for d, day in enumerate(week)}
    midnight = datetime.combine(anchor, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)
    start = midnight + timedelta(minutes=draw(st.integers(-2 * 1440, 1440)))
    return Case(BusinessCalendar(zone, hours, holidays), week, start)


def oracle_working(cal: BusinessCalendar, week: Week, at: datetime) -> bool:
    local = at.astimezone(ZoneInfo(cal.zone))
    if local.date() in cal.holidays:
        return False
    seconds = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
    return any(s * 60 <= seconds < e * 60 for s, e in week[local.weekday()])


def oracle_minutes(cal: BusinessCalendar, week: Week, start: datetime, minutes: int) -> int:
    """Valid for whole-minute starts: every boundary and offset in these zones is whole minutes."""
    return sum(oracle_working(cal, week, start + i * MINUTE) for i in range(minutes))


# --------------------------------------------------------------------------------------------
# Calendar properties
# --------------------------------------------------------------------------------------------


@ORACLE
@given(cases(), st.integers(0, 3 * 1440))
def test_between_matches_minute_stepping_oracle(case: Case, minutes: int) -> None:
    end = case.start + minutes * MINUTE
    expected = oracle_minutes(case.cal, case.week, case.start, minutes)
    assert case.cal.business_minutes_between(case.start, end) == expected


@PROPS
@given(cases(), st.integers(0, 3 * 1440), _SUB_MINUTE_US)
def test_is_working_matches_oracle(case: Case, minutes: int, jitter_us: int) -> None:
    at = case.start + minutes * MINUTE + timedelta(microseconds=jitter_us)
    assert case.cal.is_working(at) == oracle_working(case.cal, case.week, at)


@PROPS
@given(cases(), _SUB_MINUTE_US, st.one_of(st.integers(0, 5000), st.floats(0, 30_000)))
def test_add_inverts_between_and_is_earliest(case: Case, jitter_us: int, minutes: float) -> None:
    start = case.start + timedelta(microseconds=jitter_us)
    due = case.cal.add_business_minutes(start, minutes)
    assert due.tzinfo is UTC and due >= start
    assert abs(case.cal.business_minutes_between(start, due) - minutes) < 1e-6
    if minutes > 1e-6:  # any earlier instant falls short
        earlier = due - timedelta(microseconds=1)
        assert case.cal.business_minutes_between(start, earlier) < minutes


@PROPS
@given(cases(), st.integers(0, 15 * 1440))
def test_adding_a_measured_span_lands_at_its_last_working_instant(case: Case, minutes: int) -> None:
    """Deadlines exactly at a closing time must not roll over to the next opening."""
    end = case.start + minutes * MINUTE
    measured = case.cal.business_minutes_between(case.start, end)
    due = case.cal.add_business_minutes(case.start, measured)
    assert due <= end
    assert case.cal.business_minutes_between(due, end) == 0.0
    if measured > 0:
        assert case.cal.is_working(due - timedelta(microseconds=1))


@PROPS
@given(
    cases(),
    _SUB_MINUTE_US,
    st.integers(0, 4 * 24 * 3600 * 10**6),
    st.integers(0, 4 * 24 * 3600 * 10**6),
)
def test_between_is_additive_and_never_negative(
    case: Case, jitter_us: int, ab_us: int, bc_us: int
) -> None:
    between = case.cal.business_minutes_between
    a = case.start + timedelta(microseconds=jitter_us)
    b = a + timedelta(microseconds=ab_us)
    c = b + timedelta(microseconds=bc_us)
    whole = between(a, c)
    assert abs(between(a, b) + between(b, c) - whole) < 1e-9
    assert between(c, a) == 0.0
    assert 0.0 <= whole <= (c - a) / MINUTE + 1e-9


@PROPS
@given(
    st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"]),
    st.dates(date(2000, 1, 1), date(2035, 12, 31)),
)
def test_24x7_day_length_is_real_elapsed_time(zone: str, day: date) -> None:
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    real = (end.astimezone(UTC) - start.astimezone(UTC)) / MINUTE
    assert BusinessCalendar.always(zone).business_minutes_between(start, end) == real


@PROPS
@given(cases(), st.integers(0, 3 * 1440))
def test_holidays_remove_whole_local_days_and_nothing_else(case: Case, minutes: int) -> None:
    cal = case.cal
    plain = BusinessCalendar(cal.zone, cal.hours)
    end = case.start + minutes * MINUTE
    with_holidays = cal.business_minutes_between(case.start, end)
    assert with_holidays <= plain.business_minutes_between(case.start, end)
    tz = ZoneInfo(cal.zone)
    removed = 0.0
    for day in cal.holidays:
        a = datetime.combine(day, time(0), tzinfo=tz)
        b = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        assert cal.business_minutes_between(a, b) == 0.0
        removed += plain.business_minutes_between(max(a, case.start), min(b, end))
    assert abs(with_holidays - (plain.business_minutes_between(case.start, end) - removed)) < 1e-9


# --------------------------------------------------------------------------------------------
# Replay properties
# --------------------------------------------------------------------------------------------

STEP = timedelta(minutes=5)
REPLAY_OPEN = utc(2024, 3, 29, 22, 0)  # just before the EU spring-forward


@st.composite
def histories(draw: st.DrawFn) -> list[StatusChange]:
    """Changes on a 5-minute grid, some before opening, in arbitrary (offline) order."""
    steps = draw(st.lists(st.integers(-20, 1000), max_size=8))
    return [StatusChange(REPLAY_OPEN + n * STEP, draw(st.sampled_from(STATUSES))) for n in steps]


def status_at(changes: Sequence[StatusChange], at: datetime) -> str:
    """The status the replay is in from ``at`` on: changes in time order, the later of equal
    times winning. A change made before opening counts from opening, but it still precedes
    one made later (even one also before opening): comparing ``max(c.at, opened)`` with an
    ``at`` before opening ignored it, and the pause property test then "found" a pause that
    added time (hypothesis, once, on a Berlin calendar)."""
    status = "new"
    for c in sorted(changes, key=lambda c: c.at):
        if c.at <= at:  # from opening on this is max(c.at, opened) <= at
            status = c.status
    return status


def test_a_pause_before_opening_that_replaces_an_earlier_pending_adds_no_time() -> None:
    """The falsifying example of test_adding_a_pause_never_adds_time, kept as an example."""
    changes = [StatusChange(REPLAY_OPEN - 10 * STEP, "pending")]
    t1, t2 = REPLAY_OPEN - 20 * STEP, REPLAY_OPEN - 5 * STEP
    resume = status_at(changes, t2)
    assert resume == "pending"
    paused = [StatusChange(t1, "pending"), StatusChange(t2, resume)]
    now = REPLAY_OPEN + STEP
    before = replay_metric(REPLAY_OPEN, changes, None, now, CLOCK, 60, PAUSE)
    after = replay_metric(REPLAY_OPEN, paused, None, now, CLOCK, 60, PAUSE)
    assert before.elapsed_minutes == after.elapsed_minutes == 0.0


@PROPS
@given(
    histories(),
    st.integers(-50, 1100),
    st.one_of(st.none(), st.integers(-50, 1100)),
    st.integers(1, 3000),
)
def test_24x7_utc_elapsed_is_wall_time_minus_paused_time(
    changes: list[StatusChange], now_step: int, stop_step: int | None, target: int
) -> None:
    now = REPLAY_OPEN + now_step * STEP
    stop = None if stop_step is None else REPLAY_OPEN + stop_step * STEP
    end = now if stop is None else stop
    clock = replay_metric(REPLAY_OPEN, changes, stop, now, CLOCK, target, PAUSE)
    running = sum(
        status_at(changes, REPLAY_OPEN + i * STEP) not in PAUSE
        for i in range(max(0, (end - REPLAY_OPEN) // STEP))
    )
    assert clock.elapsed_minutes == running * 5
    assert clock.remaining_minutes == target - clock.elapsed_minutes
    assert clock.paused == (
        stop is None and status_at(changes, max(now, REPLAY_OPEN)) in PAUSE
    )


@PROPS
@given(
    cases(),
    histories(),
    st.integers(-50, 1100),
    st.one_of(st.none(), st.integers(-50, 1100)),
    st.integers(1, 2000),
)
def test_elapsed_is_never_negative_nor_more_than_business_time(
    case: Case,
    changes: list[StatusChange],
    now_step: int,
    stop_step: int | None,
    target: int,
) -> None:
    cal = case.cal
    now = REPLAY_OPEN + now_step * STEP
    stop = None if stop_step is None else REPLAY_OPEN + stop_step * STEP
    clock = replay_metric(REPLAY_OPEN, changes, stop, now, cal, target, PAUSE)
    end = stop if stop is not None else now
    assert 0.0 <= clock.elapsed_minutes
    assert clock.elapsed_minutes <= cal.business_minutes_between(REPLAY_OPEN, end) + 1e-9
    assert clock.percent == pytest.approx(100 * clock.elapsed_minutes / target)
    if clock.stopped:
        assert clock.due_at is None and not clock.paused
        assert clock.state in (SlaState.MET, SlaState.BREACHED)
    elif clock.state is not SlaState.BREACHED:
        assert clock.due_at is not None
        resumed_from = max(now, REPLAY_OPEN)
        assert (
            abs(cal.business_minutes_between(resumed_from, clock.due_at) - clock.remaining_minutes)
            < 1e-6
        )
    breached = clock.elapsed_minutes > target
    assert (clock.state is SlaState.BREACHED) == breached
    assert (clock.breached_at is not None) == breached
    if clock.breached_at is not None:
        assert clock.breached_at >= REPLAY_OPEN


@PROPS
@given(
    cases(),
    histories(),
    st.integers(-30, 1100),
    st.integers(0, 300),
    st.integers(0, 1100),
    st.one_of(st.none(), st.integers(0, 1100)),
)
def test_adding_a_pause_never_adds_time(
    case: Case,
    changes: list[StatusChange],
    pause_step: int,
    pause_len: int,
    now_step: int,
    stop_step: int | None,
) -> None:
    cal = case.cal
    t1 = REPLAY_OPEN + pause_step * STEP
    t2 = t1 + pause_len * STEP
    resume = status_at(changes, t2)
    paused = [c for c in changes if not t1 <= c.at <= t2]
    paused += [StatusChange(t1, "pending"), StatusChange(t2, resume)]
    now = REPLAY_OPEN + now_step * STEP
    stop = None if stop_step is None else REPLAY_OPEN + stop_step * STEP
    before = replay_metric(REPLAY_OPEN, changes, stop, now, cal, 60, PAUSE)
    after = replay_metric(REPLAY_OPEN, paused, stop, now, cal, 60, PAUSE)
    assert after.elapsed_minutes <= before.elapsed_minutes + 1e-9


@PROPS
@given(histories(), st.integers(0, 1100), st.randoms(use_true_random=False))
def test_history_order_does_not_matter(
    changes: list[StatusChange], now_step: int, rnd: object
) -> None:
    # Distinct timestamps only: among equal timestamps the later entry wins by definition.
    assume(len({c.at for c in changes}) == len(changes))
    shuffled = list(changes)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    now = REPLAY_OPEN + now_step * STEP
    assert replay_metric(REPLAY_OPEN, changes, None, now, OFFICE, 240, PAUSE) == replay_metric(
        REPLAY_OPEN, shuffled, None, now, OFFICE, 240, PAUSE
    )


@PROPS
@given(cases(), histories(), st.integers(0, 1100), st.integers(1, 2000))
def test_next_change_is_exactly_when_the_state_changes_by_itself(
    case: Case, changes: list[StatusChange], now_step: int, target: int
) -> None:
    """What a sweep relies on: with no further status changes, the state holds until
    ``next_change_at`` and differs from that instant on; None means it never changes."""
    now = REPLAY_OPEN + now_step * STEP
    past = [c for c in changes if c.at <= now]
    clock = replay_metric(REPLAY_OPEN, past, None, now, case.cal, target, PAUSE)
    later = now + timedelta(days=400)
    if clock.next_change_at is None:
        assert clock.state in (SlaState.PAUSED, SlaState.BREACHED, SlaState.MET)
        assert replay_metric(REPLAY_OPEN, past, None, later, case.cal, target,
                             PAUSE).state is clock.state
        return
    assert clock.state in (SlaState.OK, SlaState.WARNING)
    assert clock.next_change_at > now
    just_before = clock.next_change_at - timedelta(microseconds=1)
    assert replay_metric(REPLAY_OPEN, past, None, just_before, case.cal, target,
                         PAUSE).state is clock.state
    at = replay_metric(REPLAY_OPEN, past, None, clock.next_change_at, case.cal, target, PAUSE)
    assert at.state is (SlaState.WARNING if clock.state is SlaState.OK else SlaState.BREACHED)
