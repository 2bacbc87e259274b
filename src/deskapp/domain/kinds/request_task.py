"""Request tasks: one step of a service request's fulfilment plan, done by a team (RTASK-).

The same lifecycle as an incident task; its parent is always a service request. Ordered steps
open one after another: a task is created when every step it waits for is done, and the request
closes when the last of them is.
"""

from __future__ import annotations

import dataclasses

from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_STATUS,
    BULK_TEAM,
    RESOLUTION,
    KindDeclaration,
)
from deskapp.domain.kinds.incident_task import CANCELLED, CLOSED, IN_PROGRESS, PENDING
from deskapp.domain.kinds.incident_task import LIFECYCLE as TASK_LIFECYCLE
from deskapp.messages import mark

LIFECYCLE = dataclasses.replace(TASK_LIFECYCLE, noun="request task")

REQUEST_TASK = KindDeclaration(
    key="request_task",
    prefix="RTASK",
    label=mark("Request task"),
    plural=mark("Request tasks"),
    icon="view-task",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESOLUTION,),
    detail_table="request_task_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_STATUS}),
    bulk_steps=frozenset({IN_PROGRESS, PENDING, CLOSED}),
    sync_fields=("title", "description", "priority", "status", "team_id", "assignee_id",
                 "parent_id", "due_at", "resolution_notes", "requested_by_id"),
    policy="work_item_team_access",
    parent_kinds=("service_request",),
)

__all__ = ["CANCELLED", "CLOSED", "IN_PROGRESS", "LIFECYCLE", "PENDING", "REQUEST_TASK"]
