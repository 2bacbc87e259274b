"""How a cell of an exported file reads: empty placeholders, formulas, choice labels, yes/no,
and dates whose day/month order the file itself has to reveal.

Pure rules, no I/O: the importer (:mod:`deskapp.services.importing`) applies them row by row.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from functools import lru_cache

#: What old tools write for "no value" (compared after stripping, case-insensitively).
PLACEHOLDERS = frozenset({"", "null", "n/a", "na", "?", "-", "none", "(empty)"})

#: A cell starting with one of these is a formula to a spreadsheet. An imported cell keeps its
#: text as typed (never evaluated), and the row is flagged so someone can look at it.
FORMULA_STARTS = ("=", "+", "-", "@")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def is_empty(text: str | None) -> bool:
    return text is None or text.strip().lower() in PLACEHOLDERS


def clean(text: str | None) -> str | None:
    """The cell's text stripped, or None for an empty placeholder."""
    if text is None:
        return None
    stripped = text.strip()
    if len(stripped) <= 7 and stripped.lower() in PLACEHOLDERS:
        return None
    return stripped


@lru_cache(maxsize=4096)
def looks_like_formula(text: str | None) -> bool:
    """A spreadsheet would run this cell (``=HYPERLINK(...)``, ``@SUM(...)``); a plain signed
    number such as ``-5`` is not a formula."""
    if not text:
        return False
    value = text.strip()
    if not value.startswith(FORMULA_STARTS) or value == "-":
        return False
    return not _NUMBER.match(value)


_LEVEL = re.compile(r"^\s*(?:P\s*)?(?P<n>\d{1,2})\b")


def choice_level(text: str | None) -> int | None:
    """The number a choice label starts with: "2 - Medium" -> 2, "P3 - Moderate" -> 3, "4" -> 4;
    None when the label has no leading number."""
    if text is None:
        return None
    match = _LEVEL.match(text)
    return int(match["n"]) if match else None


_TRUE = frozenset({"true", "yes", "y", "1", "t", "x", "ja", "oui"})
_FALSE = frozenset({"false", "no", "n", "0", "f", "nein", "non"})


def parse_bool(text: str | None) -> bool | None:
    """true/false, yes/no, 1/0; None when empty; ValueError for anything else."""
    value = clean(text)
    if value is None:
        return None
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"'{value}' is not yes/no or true/false")


def parse_count(text: str | None) -> int | None:
    """A whole count (reopen counts, modification counts); "3.0" is accepted as 3."""
    value = clean(text)
    if value is None:
        return None
    number = float(value.replace(",", "."))
    if number < 0 or number != int(number):
        raise ValueError(f"'{value}' is not a whole number of zero or more")
    return int(number)


# -- dates -----------------------------------------------------------------------------------


class DateOrder(StrEnum):
    AUTO = "auto"
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


_ISO = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,6})\d*)?)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{2}|\d{4})"
    r"(?:[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AaPp][Mm])?)?$")


def decided_order(text: str | None) -> DateOrder | None:
    """The order this value proves: 13/02/2016 can only be day-first, 02/13/2016 only
    month-first; 05/06/2016 and ISO dates decide nothing (None)."""
    value = clean(text)
    if value is None:
        return None
    match = _NUMERIC.match(value)
    if match is None:
        return None
    a, b = int(match["a"]), int(match["b"])
    if a > 12 >= b:
        return DateOrder.DAY_FIRST
    if b > 12 >= a:
        return DateOrder.MONTH_FIRST
    return None


def needs_order(text: str | None) -> bool:
    """True for a numeric date like 05/06/2016 whose reading depends on the order."""
    value = clean(text)
    return value is not None and _NUMERIC.match(value) is not None


@lru_cache(maxsize=1 << 16)
def parse_datetime(text: str | None, order: DateOrder, zone: tzinfo) -> datetime | None:
    """An aware UTC instant from an exported cell; a time without a zone is a time in ``zone``.

    ISO 8601 (with or without an offset) and numeric dates in ``order`` are read; a numeric
    date with ``order`` AUTO that the value itself does not decide is an error (never a guess).
    Raises ValueError with a sentence for anything else.
    """
    value = clean(text)
    if value is None:
        return None
    iso = _ISO.match(value)
    if iso is not None:
        year, month, day = int(iso["y"]), int(iso["m"]), int(iso["d"])
        hour, minute = int(iso["H"] or 0), int(iso["M"] or 0)
        second = int(iso["S"] or 0)
        micro = int((iso["f"] or "0").ljust(6, "0"))
        offset = iso["z"]
        try:
            if offset:
                return datetime.fromisoformat(
                    f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
                    f"{'+00:00' if offset == 'Z' else _colon(offset)}").astimezone(UTC)
            local = datetime(year, month, day, hour, minute, second, micro)
        except ValueError:
            raise ValueError(f"'{value}' is not a real date") from None
        return _in_zone(local, zone)
    match = _NUMERIC.match(value)
    if match is None:
        raise ValueError(f"'{value}' is not a date DeskApp can read (use e.g. 2016-02-29 "
                         "13:05 or 29/02/2016 13:05)")
    a, b = int(match["a"]), int(match["b"])
    if order is DateOrder.AUTO:
        order = decided_order(value) or DateOrder.AUTO
        if order is DateOrder.AUTO:
            raise ValueError(f"'{value}' can be read day-first or month-first; say which with "
                             "--date-order dmy or mdy")
    day, month = (a, b) if order is DateOrder.DAY_FIRST else (b, a)
    year = int(match["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    hour, minute, second = int(match["H"] or 0), int(match["M"] or 0), int(match["S"] or 0)
    ampm = (match["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"'{value}' has an hour that does not fit AM/PM")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        local = datetime(year, month, day, hour, minute, second)
    except ValueError:
        reading = "day-first" if order is DateOrder.DAY_FIRST else "month-first"
        raise ValueError(f"'{value}' is not a real date when read {reading}") from None
    return _in_zone(local, zone)


def _colon(offset: str) -> str:
    return offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"


def _in_zone(local: datetime, zone: tzinfo) -> datetime:
    """A wall-clock time in ``zone`` as UTC (a time skipped by a DST change moves forward, a
    repeated one takes its first occurrence, as ``zoneinfo`` does with fold=0)."""
    return local.replace(tzinfo=zone).astimezone(UTC)
