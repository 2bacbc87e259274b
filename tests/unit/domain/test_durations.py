"""How durations and shares of a target read (one rule for SLA panel, KPIs and queues)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.durations import (
    MINUTES_PER_DAY,
    DurationWords,
    format_duration,
    format_share,
    is_over_tenfold,
)


@pytest.mark.parametrize(("minutes", "text"), [
    (None, "—"), (0, "0 min"), (42.4, "42 min"), (59.6, "1 h 00 min"), (185, "3 h 05 min"),
    (24 * 60 - 1, "23 h 59 min"), (24 * 60, "1 d 0 h"), (24 * 60 + 4 * 60 + 10, "1 d 4 h"),
    (5124 * 60 + 11, "213 d 12 h"), (-90, "1 h 30 min"),
])
def test_durations_read_naturally(minutes: float | None, text: str) -> None:
    assert format_duration(minutes) == text


def test_the_issue_s_long_elapsed_time_reads_as_days() -> None:
    # "Elapsed 5124:11 h" was the SLA panel's reading of this
    assert format_duration(5124 * 60 + 11) == "213 d 12 h"


_PATTERNS = (
    (re.compile(r"(\d+) min"), lambda g: int(g[0])),
    (re.compile(r"(\d+) h (\d\d) min"), lambda g: int(g[0]) * 60 + int(g[1])),
    (re.compile(r"(\d+) d (\d+) h"), lambda g: int(g[0]) * MINUTES_PER_DAY + int(g[1]) * 60),
)


def _read_back(text: str) -> tuple[int, int]:
    """The minutes a reading stands for, and which of the three forms it used."""
    for form, (pattern, value) in enumerate(_PATTERNS):
        found = pattern.fullmatch(text)
        if found:
            return value(found.groups()), form
    raise AssertionError(f"unreadable duration {text!r}")


@given(st.floats(min_value=-1e8, max_value=1e8, allow_nan=False))
def test_every_duration_reads_back_to_within_its_unit(minutes: float) -> None:
    text = format_duration(minutes)
    value, form = _read_back(text)
    total = round(abs(minutes))
    if total < 60:
        assert form == 0 and value == total
    elif total < MINUTES_PER_DAY:
        assert form == 1 and value == total
        assert int(text.split(" h ")[1][:2]) < 60
    else:
        # past a day: days and hours, never more than 23 hours, minutes dropped (not rounded up)
        assert form == 2 and total - 60 < value <= total
        assert int(text.split(" d ")[1].split(" h")[0]) < 24


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=10**7))
def test_longer_never_reads_shorter(a: int, b: int) -> None:
    shorter, longer = sorted((a, b))
    assert _read_back(format_duration(shorter))[0] <= _read_back(format_duration(longer))[0]


@pytest.mark.parametrize(("percent", "text"), [
    (0.0, "0 %"), (74.6, "75 %"), (100.0, "100 %"), (999.4, "999 %"), (999.6, "over 10x"),
    (1734.0, "over 10x"), (512_400.0, "over 10x"),
])
def test_shares_of_a_target(percent: float, text: str) -> None:
    assert format_share(percent) == text


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_a_share_is_a_percentage_up_to_999_then_over_10x(percent: float) -> None:
    text = format_share(percent)
    if is_over_tenfold(percent):
        assert text == "over 10x" and percent > 999
    else:
        assert re.fullmatch(r"\d{1,3} %", text) and int(text[:-2]) <= 999


def test_translated_words_are_used() -> None:
    words = DurationWords(minutes="{m} Min.", hours="{h} Std. {m:02d} Min.",
                          days="{d} T. {h} Std.", absent="–", percent="{p} %",
                          over="über 10-fach")
    assert format_duration(3000, words) == "2 T. 2 Std."
    assert format_duration(61, words) == "1 Std. 01 Min."
    assert format_duration(None, words) == "–"
    assert format_share(5000, words) == "über 10-fach"
