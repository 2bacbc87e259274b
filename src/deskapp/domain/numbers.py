"""Human numbers (INC-000123, ITASK-000045, KB-000012). Allocated per prefix by the authoritative
database; the prefixes are the kinds' (:mod:`deskapp.domain.kinds`), reserved ones included, and
those of records that are numbered without being work items (:data:`RECORD_PREFIXES`)."""

from __future__ import annotations

import re

from deskapp.domain.kinds import PREFIXES

#: Numbered records that are not work items: prefix -> what it numbers.
RECORD_PREFIXES: dict[str, str] = {"KB": "knowledge article"}
KINDS = (*PREFIXES, *RECORD_PREFIXES)
_PATTERN = re.compile(r"^(?P<kind>[A-Z]{2,6})-(?P<seq>\d{1,12})$")


def format_number(kind: str, seq: int) -> str:
    return f"{kind}-{seq:06d}"


def parse_number(text: str) -> tuple[str, int] | None:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return None
    return match["kind"], int(match["seq"])


#: A work item logged in an offline replica has no number until the desk allocates one when
#: it is pushed; the replica shows this provisional one meanwhile ("INC-new-3"), which no
#: real number can equal and :func:`parse_number` does not read.
_PROVISIONAL = re.compile(r"^[A-Z]{2,6}-new-\d{1,9}$")


def provisional_number(kind: str, seq: int) -> str:
    return f"{kind}-new-{seq}"


def is_provisional(number: str | None) -> bool:
    return bool(number) and _PROVISIONAL.match(str(number)) is not None
