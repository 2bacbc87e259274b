"""What the change services hand to the UI (frozen; never ORM rows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from deskapp.services.dto import Choice, SlaDTO

#: Texts the change form edits (None is shown and compared as "").
TEXT_FIELDS = ("description", "reason", "implementation_plan", "backout_plan", "test_plan",
               "review_notes")
#: Fields ``ChangeService.edit`` accepts besides team_id / assignee_id.
CHANGE_EDITABLE_FIELDS = ("title", "description", "change_type", "reason",
                          "implementation_plan", "backout_plan", "test_plan", "planned_start",
                          "planned_end", "service_id", "ci_id", "risk_answers",
                          "review_outcome", "review_notes", "release_id")
#: What a standard change takes from its template and may not change.
TEMPLATE_FIELDS = ("change_type", "implementation_plan", "backout_plan", "test_plan",
                   "risk_answers")
REFERENCES = ("service_id", "ci_id", "team_id", "assignee_id", "release_id")


@dataclass(frozen=True)
class ChangeDTO:
    id: uuid.UUID
    version: int
    number: str
    title: str
    description: str
    status: str
    change_type: str
    priority: int
    template: Choice | None
    reason: str | None
    implementation_plan: str | None
    backout_plan: str | None
    test_plan: str | None
    planned_start: datetime | None
    planned_end: datetime | None
    risk_answers: dict[str, str]
    risk_score: int | None
    risk_level: str | None
    risk_reasons: tuple[str, ...]
    service: Choice | None
    ci: Choice | None
    team: Choice | None
    assignee: Choice | None
    release: Choice | None
    requested_by: Choice | None
    actual_start: datetime | None
    actual_end: datetime | None
    review_outcome: str | None
    review_notes: str | None
    reviewed_at: datetime | None
    opened_at: datetime
    closed_at: datetime | None
    updated_at: datetime
    tasks_total: int
    tasks_open: int
    awaiting_approval: bool
    allowed_transitions: tuple[str, ...] = ()
    sla: SlaDTO | None = None
    sla_state: str | None = None
    kind: str = "change"

    def field_value(self, name: str) -> object:
        """Value of an editable field as the change service takes it (ids for references)."""
        if name in REFERENCES:
            choice = getattr(self, name.removesuffix("_id"))
            return choice.id if choice is not None else None
        value = getattr(self, name)
        if name == "risk_answers":
            return dict(value)
        return "" if value is None and name in TEXT_FIELDS else value


@dataclass(frozen=True)
class TemplateDTO:
    id: uuid.UUID
    version: int
    name: str
    description: str
    service: Choice | None
    implementation_plan: str
    backout_plan: str
    test_plan: str
    duration_minutes: int
    retired: bool


@dataclass(frozen=True)
class RiskQuestionDTO:
    key: str
    text: str
    answers: tuple[tuple[str, str], ...]  # (key, label)


@dataclass(frozen=True)
class ApprovalRuleDTO:
    id: uuid.UUID
    version: int
    change_type: str
    risk_level: str | None
    stages: tuple[str, ...]  # each stage as a person reads it
    rule: list[dict[str, Any]] = field(default_factory=list)
