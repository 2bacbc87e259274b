"""Time spent on work items: how a typed duration reads, and what a time entry may say.

Pure rules (no Qt, no SQLAlchemy), used by the time-entry service, the work-note editor and the
Time tab alike, so the same "1h 30m" means 90 minutes everywhere and the same entry is refused
with the same sentence wherever it is typed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from deskapp.domain.durations import format_duration
from deskapp.errors import ValidationError
from deskapp.messages import msg, translate

#: The most one entry may hold: a day's work and then some is a typo, not an entry.
MAX_ENTRY_MINUTES = 24 * 60
NOTE_MAX = 500

_UNITS = {"d": 1440, "day": 1440, "days": 1440, "h": 60, "hr": 60, "hrs": 60, "hour": 60,
          "hours": 60, "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1}
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)?")
_CLOCK = re.compile(r"(\d+):([0-5]\d)")

HOW_TO_TYPE_MESSAGE = "Type the time as minutes (90) or hours and minutes (1h 30m, 1:30)."


def parse_minutes(text: str | None) -> int | None:
    """Minutes from what a person typed: ``90``, ``90m``, ``1h 30m``, ``1h30``, ``1.5h``,
    ``1:30``, ``2 hours``. Empty text is None (no time given). Raises ValidationError for
    anything else (never guesses)."""
    if text is None or not text.strip():
        return None
    raw = text.strip().lower()
    if raw.startswith("-"):
        check_minutes(-1)  # the sentence for a negative time
    clock = _CLOCK.fullmatch(raw)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    total = 0.0
    pos = 0
    previous_unit: int | None = None
    parts = 0
    for match in _PART.finditer(raw):
        if raw[pos:match.start()].strip():
            raise _unreadable(text)
        number = float(match.group(1).replace(",", "."))
        unit_word = match.group(2)
        if unit_word is None:
            # a bare number: minutes alone, or the minutes after hours ("1h30")
            unit = 1
        elif unit_word in _UNITS:
            unit = _UNITS[unit_word]
        else:
            raise _unreadable(text)
        if previous_unit is not None and unit >= previous_unit:
            raise _unreadable(text)  # "30m 1h", "1h 2h"
        previous_unit = unit
        total += number * unit
        pos = match.end()
        parts += 1
    if parts == 0 or raw[pos:].strip():
        raise _unreadable(text)
    return round(total)


def _unreadable(text: str) -> ValidationError:
    return ValidationError(msg("'{text}' is not a time DeskApp can read. {how_to_type}",
                               text=text.strip(), how_to_type=translate(HOW_TO_TYPE_MESSAGE)),
                           {"minutes": "unreadable"})


def check_minutes(minutes: int | None) -> int:
    """The minutes of one entry: more than none, at most a day."""
    if minutes is None:
        raise ValidationError(msg("Enter the time spent. {how_to_type}",
                                  how_to_type=translate(HOW_TO_TYPE_MESSAGE)),
                              {"minutes": "required"})
    if minutes <= 0:
        raise ValidationError("The time spent must be more than zero minutes; remove the entry "
                              "instead of logging no time.", {"minutes": "not positive"})
    if minutes > MAX_ENTRY_MINUTES:
        raise ValidationError(
            msg("{minutes} is more than a day in one entry; log each day's work as its own "
                "entry.", minutes=format_duration(minutes)), {"minutes": "over a day"})
    return minutes


def check_worked_at(worked_at: datetime, now: datetime) -> datetime:
    """When the work was done: any time up to the end of today, in the zone the time was
    given in (a person types their own local date). Returned in UTC."""
    if worked_at.tzinfo is None or worked_at.utcoffset() is None:
        raise ValueError("worked_at must be time-zone-aware")
    today = now.astimezone(worked_at.tzinfo).date()
    if worked_at.date() > today:
        raise ValidationError(
            msg("{value} is after today; time can be logged for today or earlier.",
                value=worked_at.date().isoformat()), {"worked_at": "in the future"})
    return worked_at.astimezone(UTC)


def describe(minutes: int, worked_at: datetime, note: str | None) -> str:
    """How an entry reads in the item's history: "1 h 30 min on 2026-12-05: Replaced disk"
    (the UTC date the work was done)."""
    return describe_day(minutes, worked_at.astimezone(UTC).date().isoformat(), note)


def describe_day(minutes: int, day: str, note: str | None) -> str:
    """:func:`describe` with the day already written as ``YYYY-MM-DD``."""
    text = f"{format_duration(minutes)} on {day}"
    return f"{text}: {note}" if note else text
