"""Auto-close counts business days of the item's own calendar, in its own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.auto_close import AutoCloseRule, closes_at
from deskapp.domain.sla import BusinessCalendar
from deskapp.errors import ValidationError

OFFICE = BusinessCalendar.weekdays(time(9), time(17), zone="Europe/Berlin")


def test_a_friday_resolution_closes_after_three_working_days() -> None:
    friday = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # 16:00 in Berlin
    # Monday, Tuesday, Wednesday -> Thursday 00:00 Berlin = Wednesday 23:00 UTC
    assert closes_at(OFFICE, friday, 3) == datetime(2026, 12, 9, 23, 0, tzinfo=UTC)


def test_holidays_do_not_count() -> None:
    christmas = BusinessCalendar(OFFICE.zone, OFFICE.hours,
                                 frozenset({date(2026, 12, 24), date(2026, 12, 25)}))
    resolved = datetime(2026, 12, 23, 10, 0, tzinfo=UTC)  # Wednesday
    # Thu 24 and Fri 25 are holidays, weekend off: Mon 28 is the first business day
    assert closes_at(christmas, resolved, 1) == datetime(2026, 12, 28, 23, 0, tzinfo=UTC)


def test_the_zone_decides_the_day() -> None:
    # 23:30 UTC on Sunday is already Monday in Berlin: the count starts from Monday
    late = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    assert closes_at(OFFICE, late, 1) == datetime(2026, 12, 8, 23, 0, tzinfo=UTC)


def test_around_the_clock_counts_calendar_days() -> None:
    resolved = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    assert closes_at(BusinessCalendar.always("UTC"), resolved, 2) == datetime(
        2026, 12, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("bad", [-1, 61, 2.5, True, "5"])
def test_the_rule_refuses_absurd_values_with_a_sentence(bad: object) -> None:
    with pytest.raises(ValidationError, match="0 \\(never\\) to 60 business days"):
        AutoCloseRule(bad)  # type: ignore[arg-type]


def test_a_damaged_setting_falls_back_to_the_default() -> None:
    assert AutoCloseRule.from_json({"business_days": "lots"}) == AutoCloseRule()
    assert AutoCloseRule.from_json(None).business_days == 5
    assert AutoCloseRule.from_json({"business_days": 0}).enabled is False


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                    timezones=st.just(UTC)), st.integers(min_value=1, max_value=20))
def test_never_before_the_prefilter_and_later_for_more_days(resolved: datetime, days: int) -> None:
    due = closes_at(OFFICE, resolved, days)
    # the sweep's cheap prefilter (resolved at least N days ago) never skips a due item
    assert AutoCloseRule(days).earliest_resolution(due) >= resolved
    assert closes_at(OFFICE, resolved, days + 1) > due
