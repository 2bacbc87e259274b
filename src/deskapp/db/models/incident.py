"""Incidents, their comments/work notes, the append-only event log and number counters."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record, utcnow
from deskapp.domain.ids import new_id


class NumberCounter(Base):
    """Next human number per kind (INC, REQ, ...). Only the authoritative database allocates."""

    __tablename__ = "number_counters"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Incident(Record):
    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_status_priority", "status", "priority", "opened_at"),
        Index("ix_incidents_team_status", "team_id", "status"),
        Index("ix_incidents_assignee_status", "assignee_id", "status"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)
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
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    is_major: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution_code: Mapped[str | None] = mapped_column(String(60))
    resolution_notes: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    responded_at: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    reopen_count: Mapped[int] = mapped_column(SmallInteger, default=0)
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


class Comment(Base):
    """Append-only: comments and work notes are never edited, so they never conflict in sync."""

    __tablename__ = "incident_comments"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    body: Mapped[str] = mapped_column(Text)
    work_note: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketEvent(Base):
    """Append-only history: who changed which field of which ticket, when, from what to what."""

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
