"""Service requests: a caller asks for something from the catalogue (a laptop, a licence, a
shared mailbox), REQ- numbers.

A request is raised from a catalogue offering with the offering's form filled in. It waits
(Pending) for approval when the offering asks for one (the shared approval engine moves it on:
approved -> In Progress, rejected -> Rejected), then its fulfilment tasks (RTASK-) are opened
per the offering's plan; it closes by itself when the last task is done.

Waiting for an approval is Pending, not a status of its own: "open work" is one list of statuses
across kinds that PostgreSQL's partial queue indexes are built for (``kinds.statuses_in``), and
a new waiting status would take every open-work queue off them. The service tells an approval
wait from an ordinary hold by the item's pending approval.
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
    noun="service request",
    statuses=(NEW, PENDING, IN_PROGRESS, CLOSED, REJECTED, CANCELLED),
    labels={NEW: mark("New"), PENDING: mark("Pending"), IN_PROGRESS: mark("In Progress"),
            CLOSED: mark("Closed"), REJECTED: mark("Rejected"), CANCELLED: mark("Cancelled")},
    initial=NEW,
    transitions={
        NEW: frozenset({PENDING, IN_PROGRESS, CANCELLED}),
        # Pending for an approval: only the approval engine moves it on (or a cancellation)
        PENDING: frozenset({IN_PROGRESS, CLOSED, REJECTED, CANCELLED}),
        IN_PROGRESS: frozenset({PENDING, CLOSED, CANCELLED}),
        CLOSED: frozenset(),
        REJECTED: frozenset(),
        CANCELLED: frozenset(),
    },
    categories={NEW: Category.OPEN, PENDING: Category.WAITING, IN_PROGRESS: Category.OPEN,
                CLOSED: Category.DONE, REJECTED: Category.DONE, CANCELLED: Category.DONE},
)

SERVICE_REQUEST = KindDeclaration(
    key="service_request",
    prefix="REQ",
    # short, as queues show it beside the icon ("Request", "Request task", "Incident task")
    label=mark("Request"),
    plural=mark("Requests"),
    icon="help-contents",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESOLUTION,),
    detail_table="service_request_details",
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_STATUS}),
    bulk_steps=frozenset({PENDING}),
    # pushed from a replica through the request's edit and lifecycle (the priority follows
    # the urgency on the desk; approvals, tasks opened by the plan and closing by the last
    # task are the desk's: deskapp.sync.outbox.is_offline)
    sync_fields=("title", "description", "caller_id", "service_id", "ci_id", "urgency",
                 "priority", "status", "team_id", "assignee_id", "due_at", "resolution_notes"),
    policy="work_item_team_access",
    on_approved=IN_PROGRESS,
    on_rejected=REJECTED,
)
