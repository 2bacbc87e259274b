"""Work items: the core table every kind of ticket shares, each kind's detail table, comments and
work notes, the append-only event log, lateral links and number counters.

``work_items`` holds every column a queue filters, sorts or shows (queue pages never join a
detail table); what only one kind has lives in that kind's detail table, keyed by the work
item's id (SQLAlchemy joined-table inheritance: ``session.get(Incident, id)`` joins
``incident_details``, a query over ``WorkItem`` reads the core table alone). The kind's
declaration is in :mod:`deskapp.domain.kinds`.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from deskapp.db.base import Base, Record, utcnow
from deskapp.domain.ids import new_id


class NumberCounter(Base):
    """Next human number per prefix (INC, ITASK, ...). Only the authoritative database allocates."""

    __tablename__ = "number_counters"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class WorkItem(Record):
    """What every kind of ticket shares (ServiceNow's ``task``, iTop's ``Ticket``)."""

    __tablename__ = "work_items"
    __table_args__ = (
        Index("ix_work_items_status_priority", "status", "priority", "opened_at"),
        Index("ix_work_items_team_status", "team_id", "status"),
        Index("ix_work_items_assignee_status", "assignee_id", "status"),
        Index("ix_work_items_external_source", "external_source", "external_id", unique=True),
        # the SLA sweep's list of waiting items whose pending-until date has come
        Index("ix_work_items_pending_until", "pending_until",
              sqlite_where=text("pending_until IS NOT NULL"),
              postgresql_where=text("pending_until IS NOT NULL")),
        # named as migration 0001 made it: SQLite cannot rename a constraint in place
        UniqueConstraint("number", name="uq_incidents_number"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    caller_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    ci_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("config_items.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(60))
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    impact: Mapped[int] = mapped_column(SmallInteger)
    urgency: Mapped[int] = mapped_column(SmallInteger)
    priority: Mapped[int] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(20), default="new")
    # open / waiting / done, from the kind's lifecycle; services keep it with status
    status_category: Mapped[str] = mapped_column(String(10), default="open")
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # visible only to its team and admins (HR cases, security incidents), in the app and by RLS
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the hierarchy: a task's incident, a child incident's major incident
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"), index=True)
    due_at: Mapped[datetime | None] = mapped_column()
    # where an imported item came from (unique together when set; NULLs never collide)
    external_source: Mapped[str | None] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(120))
    resolution_code: Mapped[str | None] = mapped_column(String(60))
    resolution_notes: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    responded_at: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    reopen_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    # why a waiting item waits (deskapp.domain.pending) and when it comes back by itself
    pending_reason: Mapped[str | None] = mapped_column(String(20))
    pending_until: Mapped[datetime | None] = mapped_column()
    # SLA results, recomputed by replaying events on every change; kept for reporting and queues.
    sla_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_definitions.id"))
    response_due_at: Mapped[datetime | None] = mapped_column()
    resolution_due_at: Mapped[datetime | None] = mapped_column(index=True)
    response_elapsed_min: Mapped[float | None] = mapped_column()
    resolution_elapsed_min: Mapped[float | None] = mapped_column()
    response_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_state: Mapped[str | None] = mapped_column(String(12))
    # when sla_state changes by itself if nothing else happens (the SLA sweep's work list)
    sla_check_at: Mapped[datetime | None] = mapped_column()

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version,
                "polymorphic_on": cls.__table__.c.kind}


class Incident(WorkItem):
    """An incident's own columns (``incident_details``)."""

    __tablename__ = "incident_details"
    __mapper_args__ = {"polymorphic_identity": "incident"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    is_major: Mapped[bool] = mapped_column(Boolean, default=False)


class IncidentTask(WorkItem):
    """An incident task's own columns (``incident_task_details``)."""

    __tablename__ = "incident_task_details"
    __mapper_args__ = {"polymorphic_identity": "incident_task"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    # who asked for the task (the incident's agent at the time)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))


class Comment(Base):
    """Append-only: comments and work notes are never edited, so they never conflict in sync."""

    __tablename__ = "work_item_comments"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    body: Mapped[str] = mapped_column(Text)
    work_note: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketEvent(Base):
    """Append-only history: who changed which field of which work item, when, from what to what.

    ``ticket_kind`` is the item's number prefix (INC, ITASK); ``ticket_id`` its work item id.
    """

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "occurred_at"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_kind: Mapped[str] = mapped_column(String(8))
    ticket_id: Mapped[uuid.UUID] = mapped_column()
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    #: when the desk received the change, for one made offline (``occurred_at`` is when the
    #: technician did it, which SLA clocks replay on); None: entered on the desk directly
    received_at: Mapped[datetime | None] = mapped_column()


LINK_TYPES = ("caused_by", "fixes", "relates_to", "duplicate_of")


class WorkItemLink(Record):
    """A lateral link between two work items (the hierarchy is ``work_items.parent_id``).

    Read "source <type> target": INC-1 caused_by PRB-2. A removed link is a tombstone, and only
    one live link of a type joins the same two items.
    """

    __tablename__ = "work_item_links"
    __table_args__ = (
        Index("uq_work_item_links_live", "source_id", "target_id", "link_type", unique=True,
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    target_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    link_type: Mapped[str] = mapped_column(String(20))
