"""Reporting periods and KPI formatting (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskapp.domain.kpi import (
    Period,
    Preset,
    format_percent,
    percent,
)
from deskapp.errors import ValidationError

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 5, 14, 15, 30, tzinfo=UTC)


def test_rolling_presets_end_now() -> None:
    week = Period.preset(Preset.LAST_7_DAYS, NOW, LONDON)
    assert (week.start, week.end) == (NOW - timedelta(days=7), NOW)
    month = Period.preset(Preset.LAST_30_DAYS, NOW, LONDON)
    assert month.end - month.start == timedelta(days=30)


def test_this_quarter_starts_at_local_midnight() -> None:
    quarter = Period.preset(Preset.THIS_QUARTER, NOW, LONDON)
    # 1 April 2025 00:00 in London is 31 March 23:00 UTC (summer time).
    assert quarter.start == datetime(2025, 3, 31, 23, 0, tzinfo=UTC)
    assert quarter.end == NOW
    january = Period.preset(Preset.THIS_QUARTER, datetime(2025, 2, 1, tzinfo=UTC), LONDON)
    assert january.start == datetime(2025, 1, 1, tzinfo=UTC)


def test_custom_dates_are_whole_local_days() -> None:
    p = Period.between_dates(date(2025, 3, 29), date(2025, 3, 30), LONDON)
    assert p.start == datetime(2025, 3, 29, 0, tzinfo=UTC)
    assert p.end == datetime(2025, 3, 30, 23, tzinfo=UTC)  # the clocks went forward that day
    assert p.local_dates(LONDON) == (date(2025, 3, 29), date(2025, 3, 30))


def test_bad_periods_are_refused() -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        Period.between_dates(date(2025, 3, 2), date(2025, 3, 1), LONDON)
    with pytest.raises(ValidationError, match="shorter"):
        Period.between_dates(date(2000, 1, 1), date(2025, 1, 1), LONDON)
    with pytest.raises(ValueError, match="aware"):
        Period(datetime(2025, 1, 1), datetime(2025, 1, 2))  # noqa: DTZ001
    with pytest.raises(ValueError, match="custom"):
        Period.preset(Preset.CUSTOM, NOW, LONDON)


def test_percent_is_absent_when_nothing_was_measured() -> None:
    assert percent(0, 0) is None
    assert percent(3, 4) == 75.0
    assert format_percent(None) == "—" and format_percent(75.0) == "75.0 %"
