"""Frozen data handed to the UI and the CLI. Never ORM instances: a view cannot lazy-load."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service acts."""

    staff_id: uuid.UUID
    username: str
    full_name: str
    roles: tuple[str, ...] = ()
    #: teams the person is a member of, and the ones they lead (team_members.is_lead)
    team_ids: frozenset[uuid.UUID] = frozenset()
    led_team_ids: frozenset[uuid.UUID] = frozenset()

    def has_role(self, role: str) -> bool:
        return role in self.roles or "admin" in self.roles


@dataclass(frozen=True)
class Choice:
    """An item in a picker: an id and what a person reads."""

    id: uuid.UUID
    label: str
    detail: str = ""


@dataclass(frozen=True)
class CallerDTO:
    """A caller as saved; ``choice`` is how the incident form's caller field shows it.
    ``version`` is what an edit or merge must still find stored."""

    id: uuid.UUID
    full_name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    version: int = 0
    organisation_id: uuid.UUID | None = None
    #: the caller's manager (another caller): the approver "the caller's manager"
    manager_id: uuid.UUID | None = None
    manager_name: str = ""

    @property
    def detail(self) -> str:
        """"e-mail · Organisation": what tells two callers of one name apart."""
        return " · ".join(part for part in (self.email, self.organisation) if part)

    @property
    def choice(self) -> Choice:
        return Choice(self.id, self.full_name, self.detail)


@dataclass(frozen=True)
class MetricDTO:
    target_minutes: int
    elapsed_minutes: float
    remaining_minutes: float
    percent: float
    state: str
    paused: bool
    stopped: bool
    due_at: datetime | None
    breached_at: datetime | None


@dataclass(frozen=True)
class SlaDTO:
    """The clocks of an item; a metric its kind does not measure is None."""

    sla_name: str
    calendar_name: str
    response: MetricDTO | None
    resolution: MetricDTO


@dataclass(frozen=True)
class IncidentDTO:
    id: uuid.UUID
    version: int
    number: str
    title: str
    description: str
    status: str
    impact: int
    urgency: int
    priority: int
    category: str | None
    channel: str
    caller: Choice | None
    service: Choice | None
    ci: Choice | None
    team: Choice | None
    assignee: Choice | None
    is_major: bool
    parent_id: uuid.UUID | None
    resolution_code: str | None
    resolution_notes: str | None
    opened_at: datetime
    responded_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    reopen_count: int
    sla_state: str | None
    response_breached: bool
    resolution_breached: bool
    allowed_transitions: tuple[str, ...] = ()
    sla: SlaDTO | None = None

    def field_value(self, name: str) -> object:
        """Value of an editable field as the update service takes it (ids for references)."""
        value = getattr(self, name.removesuffix("_id"))
        if name.endswith("_id") and name != "parent_id":
            return value.id if value is not None else None
        return value


#: Fields ``IncidentService.update`` accepts, in the order forms show them.
EDITABLE_FIELDS = (
    "title", "description", "caller_id", "service_id", "ci_id", "category", "channel",
    "impact", "urgency", "is_major",
)


@dataclass(frozen=True)
class WorkItemRow:
    """One line of a list or queue, of any kind (``kind``: a key of deskapp.domain.kinds)."""

    id: uuid.UUID
    version: int
    number: str
    title: str
    status: str
    priority: int
    category: str | None
    team_name: str | None
    assignee_name: str | None
    caller_name: str | None
    service_name: str | None
    ci_name: str | None
    opened_at: datetime
    updated_at: datetime
    resolution_due_at: datetime | None
    sla_state: str | None
    team_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    kind: str = "incident"
    due_at: datetime | None = None
    #: the caller is a VIP (queues mark the Caller cell)
    caller_vip: bool = False
    #: why a waiting item waits (deskapp.domain.pending)
    pending_reason: str | None = None


@dataclass(frozen=True)
class CommentDTO:
    id: uuid.UUID
    work_item_id: uuid.UUID
    author: str
    body: str
    work_note: bool
    created_at: datetime


@dataclass(frozen=True)
class LinkDTO:
    """A lateral link as one item sees it: ``outgoing`` when this item is the source
    ("this <type> other"), else the other item is the source ("other <type> this")."""

    id: uuid.UUID
    link_type: str
    outgoing: bool
    other_id: uuid.UUID
    other_kind: str
    other_number: str
    other_title: str
    other_status: str


@dataclass(frozen=True)
class EventDTO:
    occurred_at: datetime
    actor: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each open view decides whether to refresh."""

    kind: str
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    created: bool = False


@dataclass(frozen=True)
class IncidentTaskDTO:
    """An incident task as its form shows it."""

    id: uuid.UUID
    version: int
    number: str
    title: str
    description: str
    status: str
    impact: int
    urgency: int
    priority: int
    team: Choice | None
    assignee: Choice | None
    due_at: datetime | None
    parent_id: uuid.UUID
    parent_number: str
    parent_title: str
    requested_by: str | None
    resolution_notes: str | None
    opened_at: datetime
    resolved_at: datetime | None
    updated_at: datetime
    reopen_count: int
    sla_state: str | None
    resolution_breached: bool
    allowed_transitions: tuple[str, ...] = ()
    sla: SlaDTO | None = None
    kind: str = "incident_task"

    def field_value(self, name: str) -> object:
        """Value of an editable field as the task service takes it (ids for references)."""
        if name in ("team_id", "assignee_id"):
            choice = getattr(self, name.removesuffix("_id"))
            return choice.id if choice is not None else None
        return getattr(self, name)


#: Fields ``IncidentTaskService.edit`` accepts besides team_id / assignee_id.
TASK_EDITABLE_FIELDS = ("title", "description", "impact", "urgency", "due_at")
