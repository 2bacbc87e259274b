"""Human ticket numbers (INC-000123, ITASK-000045). Allocated per prefix by the authoritative
database; the prefixes are the kinds' (:mod:`deskapp.domain.kinds`), reserved ones included."""

from __future__ import annotations

import re

from deskapp.domain.kinds import PREFIXES

KINDS = PREFIXES
_PATTERN = re.compile(r"^(?P<kind>[A-Z]{2,6})-(?P<seq>\d{1,12})$")


def format_number(kind: str, seq: int) -> str:
    return f"{kind}-{seq:06d}"


def parse_number(text: str) -> tuple[str, int] | None:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return None
    return match["kind"], int(match["seq"])
