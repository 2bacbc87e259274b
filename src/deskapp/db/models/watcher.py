"""Who watches a work item: staff members told when someone else changes it, and whose
"Watching" queue lists it.

A record like any other (UUID, version, timestamps, tombstone). One row per item and person:
unwatching tombstones it, watching again revives it, so the pair stays unique and a replica
sees the change as an update of the same row.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class WorkItemWatcher(Record):
    __tablename__ = "work_item_watchers"
    __table_args__ = (
        UniqueConstraint("work_item_id", "staff_id",
                         name="uq_work_item_watchers_work_item_id_staff_id"),
        # "what do I watch": the Watching queue and the notification look
        Index("ix_work_item_watchers_staff", "staff_id", "deleted_at"),
    )

    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    #: who added the watcher (the watcher themself, or a colleague who added them)
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
