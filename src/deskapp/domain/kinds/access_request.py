"""Access requests (ACC-): grant a person an entitlement on a system, revoke grants, or revoke
everything a leaver holds.

A grant request whose entitlement needs approval waits (Pending) for the system owner on the
shared approval engine (approved -> In Progress, rejected -> Rejected); closing it records the
grant. A revocation (asked for, opened by a grant's expiry, by an access review or by a leaver
request) is done by the system's team; closing it revokes its grants. A leaver request is the
parent of one revocation per system owner and closes by itself when the last one is done.

The same statuses as a service request, so "open work" stays one list of statuses across kinds.
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

NEW, IN_PROGRESS, PENDING = "new", "in_progress", "pending"
CLOSED, REJECTED, CANCELLED = "closed", "rejected", "cancelled"

LIFECYCLE = Lifecycle(
    noun="access request",
    statuses=(NEW, PENDING, IN_PROGRESS, CLOSED, REJECTED, CANCELLED),
    labels={NEW: mark("New"), PENDING: mark("Pending"), IN_PROGRESS: mark("In Progress"),
            CLOSED: mark("Closed"), REJECTED: mark("Rejected"), CANCELLED: mark("Cancelled")},
    initial=NEW,
    transitions={
        NEW: frozenset({PENDING, IN_PROGRESS, CLOSED, CANCELLED}),
        PENDING: frozenset({IN_PROGRESS, CLOSED, REJECTED, CANCELLED}),
        IN_PROGRESS: frozenset({PENDING, CLOSED, CANCELLED}),
        # done: a grant or revocation recorded stays recorded (a new request undoes it)
        CLOSED: frozenset(),
        REJECTED: frozenset(),
        CANCELLED: frozenset(),
    },
    categories={NEW: Category.OPEN, PENDING: Category.WAITING, IN_PROGRESS: Category.OPEN,
                CLOSED: Category.DONE, REJECTED: Category.DONE, CANCELLED: Category.DONE},
)

ACCESS_REQUEST = KindDeclaration(
    key="access_request",
    prefix="ACC",
    # short, as queues show it beside the icon (the kind column fits the longest label)
    label=mark("Access"),
    plural=mark("Access requests"),
    icon="dialog-password",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESOLUTION,),
    detail_table="access_request_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_STATUS}),
    bulk_steps=frozenset({PENDING, IN_PROGRESS}),
    sync_fields=("title", "description", "caller_id", "priority", "status", "team_id",
                 "assignee_id", "parent_id", "due_at", "resolution_notes"),
    policy="work_item_team_access",
    parent_kinds=("access_request",),
    on_approved=IN_PROGRESS,
    on_rejected=REJECTED,
)

__all__ = ["ACCESS_REQUEST", "CANCELLED", "CLOSED", "IN_PROGRESS", "LIFECYCLE", "NEW",
           "PENDING", "REJECTED"]
