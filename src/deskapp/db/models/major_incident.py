"""The communications log of a major incident: each stakeholder update, to whom it went, what
it said, who posted it and when the next one is due (a record, so an update typed in error
can be corrected; its history keeps both)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class MajorIncidentUpdate(Record):
    __tablename__ = "major_incident_updates"
    __table_args__ = (Index("ix_major_incident_updates_item", "work_item_id", "posted_at"),)

    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    audience: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    posted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    posted_at: Mapped[datetime] = mapped_column()
    #: when stakeholders expect the next update (None: no further update promised)
    next_update_due: Mapped[datetime | None] = mapped_column()
    #: how many stakeholders the update was mailed to (None: logged only, not mailed)
    mailed_to: Mapped[int | None] = mapped_column(Integer)


class MajorIncidentRecipient(Record):
    """An address named on one major incident: it receives the updates mailed to stakeholders
    besides the people subscribed to the affected service."""

    __tablename__ = "major_incident_recipients"
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    address: Mapped[str] = mapped_column(String(254))
    name: Mapped[str | None] = mapped_column(String(120))


class ServiceSubscription(Record):
    """A caller who receives the stakeholder updates of major incidents on a service (a
    tombstone unsubscribes)."""

    __tablename__ = "service_subscriptions"
    __table_args__ = (Index("ix_service_subscriptions_service", "service_id", "person_id"),)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
