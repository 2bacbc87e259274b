"""Typed durations and the rules of one time entry (domain/time_spent.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from deskapp.domain.time_spent import (
    check_minutes,
    check_worked_at,
    describe,
    parse_minutes,
)
from deskapp.errors import ValidationError


@pytest.mark.parametrize(("typed", "minutes"), [
    ("90", 90), ("90m", 90), ("90 min", 90), ("1h 30m", 90), ("1h30", 90), ("1 h 30 min", 90),
    ("1.5h", 90), ("1,5 h", 90), ("1:30", 90), ("2 hours", 120), ("2h", 120), ("0:45", 45),
    (" 45 ", 45), ("1d", 1440), ("1H 5M", 65),
])
def test_what_people_type_reads_as_minutes(typed: str, minutes: int) -> None:
    assert parse_minutes(typed) == minutes


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_nothing_typed_is_no_time(typed: str | None) -> None:
    assert parse_minutes(typed) is None


@pytest.mark.parametrize("typed", ["abc", "1x", "30m 1h", "1h 2h", "h", "1h and 5m", "1 30",
                                   "1:75"])
def test_unreadable_times_are_refused_with_how_to_type_them(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a time DeskApp can read.*1h 30m"):
        parse_minutes(typed)


def test_a_negative_time_says_so() -> None:
    with pytest.raises(ValidationError, match="more than zero"):
        parse_minutes("-30")


@pytest.mark.parametrize(("minutes", "words"), [
    (None, "Enter the time spent"), (0, "more than zero"), (-5, "more than zero"),
    (1441, "24 h 01 min|1 d 0 h"),
])
def test_an_entry_holds_more_than_nothing_and_at_most_a_day(minutes: int | None,
                                                            words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        check_minutes(minutes)
    assert check_minutes(1440) == 1440
    assert check_minutes(1) == 1


def test_work_up_to_the_end_of_today_in_the_zone_it_was_typed_in() -> None:
    now = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    assert check_worked_at(now + timedelta(minutes=20), now) == now + timedelta(minutes=20)
    with pytest.raises(ValidationError, match="2026-12-05 is after today"):
        check_worked_at(datetime(2026, 12, 5, 0, 10, tzinfo=UTC), now)
    berlin = timezone(timedelta(hours=1))  # already the 5th there
    assert check_worked_at(datetime(2026, 12, 5, 9, 0, tzinfo=berlin), now) == datetime(
        2026, 12, 5, 8, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="aware"):
        check_worked_at(datetime(2026, 12, 4, 9, 0), now)  # noqa: DTZ001


def test_how_an_entry_reads_in_the_history() -> None:
    at = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    assert describe(90, at, "Replaced the disk") == "1 h 30 min on 2026-12-05: Replaced the disk"
    assert describe(15, at, None) == "15 min on 2026-12-05"
