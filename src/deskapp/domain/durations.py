"""How a duration or a share of a target reads, everywhere the desk shows one.

One rule for the SLA panel, the KPI tiles and table, and the queue cells: under an hour
``42 min``, under a day ``3 h 05 min``, past a day ``213 d 12 h`` (a count of 24-hour days:
"5124:11 h" is a number nobody reads at a glance). A share of a target past 999 % reads
``over 10x``: "1,734 %" says no more than that and "> 999 %" reads like a glitch.

The words are a :class:`DurationWords` so the UI can pass translated ones; the domain stays
free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR
#: The largest share of a target still written as a percentage.
MAX_PERCENT_SHOWN = 999


@dataclass(frozen=True)
class DurationWords:
    """Templates for each reading (``str.format`` fields in braces)."""

    minutes: str = "{m} min"
    hours: str = "{h} h {m:02d} min"
    days: str = "{d} d {h} h"
    absent: str = "—"
    percent: str = "{p} %"
    over: str = "over 10x"


ENGLISH = DurationWords()


def format_duration(minutes: float | None, words: DurationWords = ENGLISH) -> str:
    """``minutes`` (sign ignored: say "overdue by" around it) rounded to whole minutes; past a
    day the minutes are dropped (truncated: "1 d 23 h" never reads as a whole extra day)."""
    if minutes is None:
        return words.absent
    total = int(round(abs(minutes)))
    if total < MINUTES_PER_HOUR:
        return words.minutes.format(m=total)
    if total < MINUTES_PER_DAY:
        hours, mins = divmod(total, MINUTES_PER_HOUR)
        return words.hours.format(h=hours, m=mins)
    days, rest = divmod(total, MINUTES_PER_DAY)
    return words.days.format(d=days, h=rest // MINUTES_PER_HOUR)


def is_over_tenfold(percent: float) -> bool:
    """Whether ``percent`` would print as more than ``MAX_PERCENT_SHOWN``."""
    return round(percent) > MAX_PERCENT_SHOWN


def format_share(percent: float, words: DurationWords = ENGLISH) -> str:
    """A share of a target: ``85 %``, up to ``999 %``, then ``over 10x``."""
    if is_over_tenfold(percent):
        return words.over
    return words.percent.format(p=f"{percent:.0f}")
