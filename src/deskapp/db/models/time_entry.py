"""Time spent on a work item: who worked on it, when, for how long, doing what.

A record like any other (UUID, version, timestamps, tombstone): its author may correct or remove
it (a removed entry stays as a tombstone for sync and audit); every change is also an event in
the item's history (``time_spent``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class TimeEntry(Record):
    __tablename__ = "time_entries"
    __table_args__ = (
        Index("ix_time_entries_work_item", "work_item_id", "worked_at"),
        # totals per person over a period
        Index("ix_time_entries_staff", "staff_id", "worked_at"),
    )

    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    #: when the work was done (UTC), which is not when it was logged (``created_at``)
    worked_at: Mapped[datetime] = mapped_column()
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(500))
