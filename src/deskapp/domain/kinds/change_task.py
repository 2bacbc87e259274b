"""Change tasks (CTASK-): the steps of a change's implementation, each with its own team and
assignee, done in order (``position``).

The incident task's lifecycle; the parent is always a change. A change moves to Review only when
its tasks are finished (the change service checks it).
"""

from __future__ import annotations

import dataclasses

from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_STATUS,
    BULK_TEAM,
    KindDeclaration,
)
from deskapp.domain.kinds.incident_task import CANCELLED, CLOSED, IN_PROGRESS, PENDING
from deskapp.domain.kinds.incident_task import LIFECYCLE as TASK_LIFECYCLE
from deskapp.messages import mark

LIFECYCLE = dataclasses.replace(TASK_LIFECYCLE, noun="change task")

CHANGE_TASK = KindDeclaration(
    key="change_task",
    prefix="CTASK",
    label=mark("Change task"),
    plural=mark("Change tasks"),
    icon="view-task",
    lifecycle=LIFECYCLE,
    detail_table="change_task_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_STATUS}),
    bulk_steps=frozenset({IN_PROGRESS, PENDING, CLOSED}),
    sync_fields=("title", "description", "priority", "status", "team_id", "assignee_id",
                 "parent_id", "due_at", "resolution_notes", "requested_by_id", "position"),
    policy="work_item_team_access",
    parent_kinds=("change",),
)

__all__ = ["CANCELLED", "CHANGE_TASK", "CLOSED", "IN_PROGRESS", "LIFECYCLE", "PENDING"]
