"""Human ticket numbers (INC-000123). Allocated per kind by the authoritative database."""

from __future__ import annotations

import re

KINDS = ("INC", "REQ", "PRB", "CHG")
_PATTERN = re.compile(r"^(?P<kind>[A-Z]{3})-(?P<seq>\d{1,12})$")


def format_number(kind: str, seq: int) -> str:
    return f"{kind}-{seq:06d}"


def parse_number(text: str) -> tuple[str, int] | None:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return None
    return match["kind"], int(match["seq"])
