"""Incidents: an unplanned interruption or degradation of a service (ITIL), INC- numbers.

Major incidents are incidents with a flag (``incident_details.is_major``), not a kind of their
own; their child incidents and their tasks hang off the hierarchy column (``parent_id``).
"""

from __future__ import annotations

from deskapp.domain.incident import _STATUS_LABELS, TRANSITIONS, IncidentStatus
from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_PRIORITY,
    BULK_STATUS,
    BULK_TEAM,
    RESOLUTION,
    RESPONSE,
    Category,
    KindDeclaration,
    Lifecycle,
)
from deskapp.messages import mark

S = IncidentStatus

LIFECYCLE = Lifecycle(
    noun="incident",
    statuses=tuple(s.value for s in S),
    labels={s.value: label for s, label in _STATUS_LABELS.items()},
    on_assign=S.ASSIGNED.value,
    initial=S.NEW.value,
    transitions={s.value: frozenset(t.value for t in targets)
                 for s, targets in TRANSITIONS.items()},
    categories={S.NEW.value: Category.OPEN, S.ASSIGNED.value: Category.OPEN,
                S.IN_PROGRESS.value: Category.OPEN, S.PENDING.value: Category.WAITING,
                S.RESOLVED.value: Category.DONE, S.CLOSED.value: Category.DONE},
)

INCIDENT = KindDeclaration(
    key="incident",
    prefix="INC",
    label=mark("Incident"),
    plural=mark("Incidents"),
    icon="dialog-warning",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESPONSE, RESOLUTION),
    detail_table="incident_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_PRIORITY, BULK_STATUS}),
    bulk_steps=frozenset({S.IN_PROGRESS.value, S.PENDING.value, S.RESOLVED.value,
                          S.CLOSED.value}),
    sync_fields=("title", "description", "caller_id", "service_id", "ci_id", "category",
                 "channel", "impact", "urgency", "priority", "status", "team_id", "assignee_id",
                 "parent_id", "due_at", "resolution_code", "resolution_notes", "is_major",
                 "pending_reason", "pending_until"),
    policy="work_item_team_access",
)
