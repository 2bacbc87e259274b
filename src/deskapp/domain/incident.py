"""Incident rules: statuses, the strict lifecycle, impact x urgency -> priority, field limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from deskapp.errors import InvalidTransition, ValidationError


class IncidentStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self not in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED)


_STATUS_LABELS = {
    IncidentStatus.NEW: "New",
    IncidentStatus.ASSIGNED: "Assigned",
    IncidentStatus.IN_PROGRESS: "In Progress",
    IncidentStatus.PENDING: "Pending",
    IncidentStatus.RESOLVED: "Resolved",
    IncidentStatus.CLOSED: "Closed",
}

OPEN_STATUSES = frozenset(s for s in IncidentStatus if s.is_open)

S = IncidentStatus
#: The only legal steps. Resolving straight from New is first-contact resolution; Resolved ->
#: In Progress is "reopen". Closed is final.
TRANSITIONS: Mapping[IncidentStatus, frozenset[IncidentStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.RESOLVED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.PENDING, S.RESOLVED}),
    S.IN_PROGRESS: frozenset({S.PENDING, S.RESOLVED}),
    S.PENDING: frozenset({S.IN_PROGRESS, S.RESOLVED}),
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset(),
}


def parse_status(value: str) -> IncidentStatus:
    try:
        return IncidentStatus(value)
    except ValueError:
        allowed = ", ".join(s.value for s in IncidentStatus)
        raise ValidationError(
            f"'{value}' is not an incident status; use one of {allowed}.", {"status": "unknown"}
        ) from None


def allowed_transitions(current: IncidentStatus) -> frozenset[IncidentStatus]:
    return TRANSITIONS[current]


def check_transition(current: IncidentStatus, target: IncidentStatus) -> None:
    if target not in TRANSITIONS[current]:
        legal = ", ".join(s.label for s in sorted(TRANSITIONS[current], key=list(S).index))
        hint = f"from {current.label} it can go to {legal}" if legal else "it is final"
        raise InvalidTransition(
            f"An incident cannot move from {current.label} to {target.label}; {hint}.",
            {"status": f"{current.value}->{target.value}"},
        )


class Impact(IntEnum):
    HIGH = 1
    MEDIUM = 2
    LOW = 3

    @property
    def label(self) -> str:
        return {1: "1 - High", 2: "2 - Medium", 3: "3 - Low"}[self.value]


class Urgency(IntEnum):
    HIGH = 1
    MEDIUM = 2
    LOW = 3

    @property
    def label(self) -> str:
        return {1: "1 - High", 2: "2 - Medium", 3: "3 - Low"}[self.value]


PRIORITY_LABELS = {1: "P1 - Critical", 2: "P2 - High", 3: "P3 - Moderate", 4: "P4 - Low",
                   5: "P5 - Planning"}


def _level(value: object) -> int:
    """A whole number 1..3 given as an int or digits; 2.9, True or 'high' are not levels."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ValueError(value)


def parse_impact(value: object) -> Impact:
    try:
        return Impact(_level(value))
    except ValueError:
        raise ValidationError(
            f"Impact '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).",
            {"impact": "Choose 1 (High), 2 (Medium) or 3 (Low)."},
        ) from None


def parse_urgency(value: object) -> Urgency:
    try:
        return Urgency(_level(value))
    except ValueError:
        raise ValidationError(
            f"Urgency '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).",
            {"urgency": "Choose 1 (High), 2 (Medium) or 3 (Low)."},
        ) from None


def _itil_default() -> dict[tuple[int, int], int]:
    # The common ITIL matrix: priority = impact + urgency - 1 (1..5).
    return {(i, u): i + u - 1 for i in range(1, 4) for u in range(1, 4)}


@dataclass(frozen=True)
class PriorityMatrix:
    """Impact x urgency -> priority; configurable per installation (stored in app settings)."""

    cells: Mapping[tuple[int, int], int] = field(default_factory=_itil_default)

    def __post_init__(self) -> None:
        missing = [(i, u) for i in range(1, 4) for u in range(1, 4) if (i, u) not in self.cells]
        if missing:
            raise ValidationError(f"The priority matrix has no entry for {missing[0]}.")
        bad = [p for p in self.cells.values() if not 1 <= p <= 5]
        if bad:
            raise ValidationError(f"Priority {bad[0]} is out of range; use 1 to 5.")

    def priority(self, impact: int, urgency: int) -> int:
        return self.cells[(int(impact), int(urgency))]

    def to_json(self) -> dict[str, int]:
        return {f"{i},{u}": p for (i, u), p in self.cells.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, int]) -> PriorityMatrix:
        cells: dict[tuple[int, int], int] = {}
        for key, value in data.items():
            i, u = (int(x) for x in key.split(","))
            cells[(i, u)] = int(value)
        return cls(cells)


# Column limits: the service validates before writing so the database never truncates or fails.
TITLE_MAX = 200
CATEGORY_MAX = 60
RESOLUTION_CODE_MAX = 60
DESCRIPTION_MAX = 20_000
NOTE_MAX = 20_000

RESOLUTION_CODES = (
    "Solved (permanently)",
    "Solved (workaround)",
    "Not reproducible",
    "Duplicate",
    "Cancelled by caller",
    "Known error",
)

CATEGORIES = (
    "Hardware",
    "Software",
    "Network",
    "Access",
    "Email",
    "Printing",
    "Telephony",
    "Security",
    "Other",
)


def validate_text(fields: dict[str, str], name: str, value: str | None, *,
                  label: str, required: bool, limit: int) -> str | None:
    """Check one text field, recording a message in ``fields``; returns the stripped value."""
    text = (value or "").strip()
    if required and not text:
        fields[name] = f"{label} is required."
    elif len(text) > limit:
        fields[name] = f"{label} is {len(text)} characters long; the limit is {limit}."
    return text or None
