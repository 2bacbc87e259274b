"""The audit trail for everything that is not a work item: services, CIs, SLAs, calendars, queues,
staff, roles, teams, settings, erasures. Work items keep their own history in ``ticket_events``.

Append-only like ``ticket_events``: no version, no tombstone. On a shared PostgreSQL desk a
trigger refuses UPDATE and DELETE even for the table owner, and ``actor_login`` is filled from
``session_user`` by the database, never from what the client sends.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, utcnow
from deskapp.domain.ids import new_id


class AuditEvent(Base):
    """Who changed which field of which record, when, from what to what."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_occurred_at", "occurred_at"),
        Index("ix_audit_events_record", "record_type", "record_id", "occurred_at"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    #: the database login that made the change (PostgreSQL: session_user; SQLite: the OS user)
    actor_login: Mapped[str | None] = mapped_column(String(63))
    #: a permissions.Resource value or a table name: "service", "ci", "sla", "staff", "team" ...
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None] = mapped_column()
    #: a readable name of the record at the time ("Email", "jdoe"), so the trail reads without joins
    record_label: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # created, changed, deleted, erased ...
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
