"""Incident rules: statuses, the strict lifecycle, impact x urgency -> priority, field limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from deskapp.errors import InvalidTransition, ValidationError
from deskapp.messages import mark, msg, translate


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
    IncidentStatus.NEW: mark("New"),
    IncidentStatus.ASSIGNED: mark("Assigned"),
    IncidentStatus.IN_PROGRESS: mark("In Progress"),
    IncidentStatus.PENDING: mark("Pending"),
    IncidentStatus.RESOLVED: mark("Resolved"),
    IncidentStatus.CLOSED: mark("Closed"),
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
            msg("'{value}' is not an incident status; use one of {allowed}.",
                value=value, allowed=allowed), {"status": "unknown"}
        ) from None


def allowed_transitions(current: IncidentStatus) -> frozenset[IncidentStatus]:
    return TRANSITIONS[current]


def check_transition(current: IncidentStatus, target: IncidentStatus) -> None:
    if target not in TRANSITIONS[current]:
        legal = ", ".join(translate(s.label)
                          for s in sorted(TRANSITIONS[current], key=list(S).index))
        hint = msg("from {current} it can go to {legal}", current=translate(current.label),
                   legal=legal) \
            if legal else msg("it is final")
        raise InvalidTransition(
            msg("An incident cannot move from {current_label} to {target_label}; {hint}.",
                current_label=translate(current.label), target_label=translate(target.label),
                hint=hint),
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
            msg("Impact '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).",
                value=value),
            {"impact": "Choose 1 (High), 2 (Medium) or 3 (Low)."},
        ) from None


def parse_urgency(value: object) -> Urgency:
    try:
        return Urgency(_level(value))
    except ValueError:
        raise ValidationError(
            msg("Urgency '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).",
                value=value),
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
            raise ValidationError(msg("The priority matrix has no entry for {missing}.",
                                      missing=missing[0]))
        bad = [p for p in self.cells.values() if not 1 <= p <= 5]
        if bad:
            raise ValidationError(msg("Priority {bad} is out of range; use 1 to 5.", bad=bad[0]))

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
# tests/integration/test_field_limits.py keeps each equal to its column.
TITLE_MAX = 200  # incidents.title
CATEGORY_MAX = 60  # incidents.category
RESOLUTION_CODE_MAX = 60  # incidents.resolution_code, resolution_codes.code
RESOLUTION_LABEL_MAX = 80  # resolution_codes.label
RESOLUTION_DESCRIPTION_MAX = 500  # resolution_codes.description
DESCRIPTION_MAX = 20_000  # incidents.description, incidents.resolution_notes (text)
NOTE_MAX = 20_000  # incident_comments.body (text)
#: A length counter appears beside a field from this share of its limit on.
COUNTER_FROM = 0.8

#: The resolution codes a new database starts with (migration 0005 seeds the same list; the
#: desk keeps it in Service Design). A ticket stores the code, which never changes.
RESOLUTION_CODES = (
    "Solved (permanently)",
    "Solved (workaround)",
    "Not solved (not reproducible)",
    "Not solved (too costly)",
    "Closed/resolved by caller",
    "Duplicate",
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
                  label: str, required: bool, limit: int, missing: str = "") -> str | None:
    """Check one text field, recording a message in ``fields``; returns the stripped value.
    ``missing`` is the sentence for an empty required field ("Enter a title.")."""
    label = translate(label)  # packaging/service_messages.py lists literal labels and missings
    if value is not None and not isinstance(value, str):  # a caller's bug or a bad file
        fields[name] = msg("{label} must be text.", label=label)
        return None
    text = (value or "").strip()
    if required and not text:
        fields[name] = translate(missing) if missing else msg("{label} is required.", label=label)
    elif len(text) > limit:
        fields[name] = msg("{label} is {length} characters long; the limit is {limit}.",
                           label=label, length=len(text), limit=limit)
    return text or None


def resolution_code_problems(code: str, label: str, description: str,
                             sort_order: int) -> dict[str, str]:
    """What is wrong with a resolution code as typed (the list's own rules, no database)."""
    fields: dict[str, str] = {}
    validate_text(fields, "code", code, label="The code", required=True,
                  limit=RESOLUTION_CODE_MAX, missing="Enter the code tickets will store.")
    validate_text(fields, "label", label, label="The label", required=True,
                  limit=RESOLUTION_LABEL_MAX, missing="Enter the label the desk will see.")
    validate_text(fields, "description", description, label="The description",
                  required=False, limit=RESOLUTION_DESCRIPTION_MAX)
    if not 0 <= sort_order <= SORT_ORDER_MAX:
        fields["sort_order"] = msg("Use a position from 0 to {sort_order_max}.",
                                   sort_order_max=SORT_ORDER_MAX)
    return fields


SORT_ORDER_MAX = 9999
