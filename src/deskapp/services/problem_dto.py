"""What the problem and known-error services hand to the UI (frozen; never ORM rows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from deskapp.services.dto import Choice, SlaDTO, WorkItemRow


@dataclass(frozen=True)
class ProblemDTO:
    """A problem as its form shows it; ``description`` is its problem statement."""

    id: uuid.UUID
    version: int
    number: str
    title: str
    description: str
    status: str
    impact: int
    urgency: int
    priority: int
    service: Choice | None
    ci: Choice | None
    team: Choice | None
    assignee: Choice | None
    root_cause: str | None
    root_cause_category: str | None
    workaround: str | None
    permanent_fix: str | None
    known_error_at: datetime | None
    resolution_notes: str | None
    opened_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    reopen_count: int
    sla_state: str | None
    resolution_breached: bool
    linked_incidents: int = 0
    open_incidents: int = 0
    allowed_transitions: tuple[str, ...] = ()
    sla: SlaDTO | None = None
    kind: str = "problem"

    def field_value(self, name: str) -> object:
        """Value of an editable field as the problem service takes it (ids for references)."""
        if name in ("service_id", "ci_id", "team_id", "assignee_id"):
            choice = getattr(self, name.removesuffix("_id"))
            return choice.id if choice is not None else None
        value = getattr(self, name)
        return "" if value is None and name in TEXT_FIELDS else value


#: Diagnosis texts the form edits (None is shown and compared as "").
TEXT_FIELDS = ("root_cause", "workaround", "permanent_fix")
#: Fields ``ProblemService.edit`` accepts besides team_id / assignee_id.
PROBLEM_EDITABLE_FIELDS = ("title", "description", "service_id", "ci_id", "impact", "urgency",
                           "root_cause", "root_cause_category", "workaround", "permanent_fix")


@dataclass(frozen=True)
class ResolvePreview:
    """What resolving a problem would touch: its open linked incidents, those the person may
    resolve with it and those left open (another team's), each as a list row."""

    problem_number: str
    resolvable: tuple[WorkItemRow, ...]
    left_open: tuple[WorkItemRow, ...]


@dataclass(frozen=True)
class KnownErrorRow:
    """One line of the known-error database."""

    id: uuid.UUID
    number: str
    title: str
    symptoms: str
    workaround: str
    root_cause: str
    root_cause_category: str | None
    service_id: uuid.UUID | None
    service_name: str | None
    ci_name: str | None
    linked_incidents: int
    known_error_at: datetime | None


@dataclass(frozen=True)
class WorkaroundApplied:
    """What applying a known error's workaround did to an incident."""

    incident_number: str
    problem_number: str
    resolved: bool
    #: counts as first-contact resolution (domain.kpi_catalogue.is_first_contact_resolution)
    first_contact: bool
