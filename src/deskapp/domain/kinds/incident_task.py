"""Incident tasks: work another team must do for an incident (ITASK- numbers).

A task has its own team, assignee, status, due date and resolution SLA; its parent is always an
incident. While one is open its incident can be resolved only with a stated reason.
"""

from __future__ import annotations

from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_STATUS,
    BULK_TEAM,
    RESOLUTION,
    Category,
    KindDeclaration,
    Lifecycle,
)
from deskapp.messages import mark

NEW, ASSIGNED, IN_PROGRESS, PENDING = "new", "assigned", "in_progress", "pending"
CLOSED, CANCELLED = "closed", "cancelled"

LIFECYCLE = Lifecycle(
    noun="incident task",
    statuses=(NEW, ASSIGNED, IN_PROGRESS, PENDING, CLOSED, CANCELLED),
    labels={NEW: mark("New"), ASSIGNED: mark("Assigned"), IN_PROGRESS: mark("In Progress"),
            PENDING: mark("Pending"), CLOSED: mark("Closed"), CANCELLED: mark("Cancelled")},
    on_assign=ASSIGNED,
    initial=NEW,
    transitions={
        NEW: frozenset({ASSIGNED, IN_PROGRESS, CLOSED, CANCELLED}),
        ASSIGNED: frozenset({IN_PROGRESS, PENDING, CLOSED, CANCELLED}),
        IN_PROGRESS: frozenset({PENDING, CLOSED, CANCELLED}),
        PENDING: frozenset({IN_PROGRESS, CLOSED, CANCELLED}),
        CLOSED: frozenset({IN_PROGRESS}),  # reopened: the work was not done after all
        CANCELLED: frozenset(),
    },
    categories={NEW: Category.OPEN, ASSIGNED: Category.OPEN, IN_PROGRESS: Category.OPEN,
                PENDING: Category.WAITING, CLOSED: Category.DONE, CANCELLED: Category.DONE},
)

INCIDENT_TASK = KindDeclaration(
    key="incident_task",
    prefix="ITASK",
    label=mark("Incident task"),
    plural=mark("Incident tasks"),
    icon="view-task",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESOLUTION,),
    detail_table="incident_task_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_STATUS}),
    bulk_steps=frozenset({IN_PROGRESS, PENDING, CLOSED, CANCELLED}),
    sync_fields=("title", "description", "priority", "status", "team_id", "assignee_id",
                 "parent_id", "due_at", "resolution_notes", "requested_by_id", "pending_reason",
                 "pending_until"),
    policy="work_item_team_access",
    parent_kinds=("incident",),
)
