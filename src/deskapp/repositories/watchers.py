"""Watchers of work items: an item's watchers, one person's row on an item, what a person
watches (the Watching queue's condition and the notification look), each served by an index."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import StaffUser, WorkItem, WorkItemWatcher


def watched_by(staff_id: uuid.UUID) -> Select[Any]:
    """The ids of the items ``staff_id`` watches now (``ix_work_item_watchers_staff``)."""
    return (select(WorkItemWatcher.work_item_id)
            .where(WorkItemWatcher.staff_id == staff_id, WorkItemWatcher.deleted_at.is_(None)))


def watched_condition(staff_id: uuid.UUID) -> ColumnElement[bool]:
    """A work-item condition: the item is one ``staff_id`` watches."""
    return WorkItem.id.in_(watched_by(staff_id))


class WatcherRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def row(self, item_id: uuid.UUID, staff_id: uuid.UUID) -> WorkItemWatcher | None:
        """The person's row on the item, live or tombstoned (one per pair)."""
        return self.session.scalars(
            select(WorkItemWatcher).where(WorkItemWatcher.work_item_id == item_id,
                                          WorkItemWatcher.staff_id == staff_id)).first()

    def add(self, row: WorkItemWatcher) -> None:
        self.session.add(row)

    def of_item(self, item_id: uuid.UUID) -> list[Any]:
        """The item's live watchers with their names and who added them, by name."""
        adder = aliased(StaffUser)
        return list(self.session.execute(
            select(WorkItemWatcher.staff_id, StaffUser.full_name, WorkItemWatcher.created_at,
                   WorkItemWatcher.updated_at, WorkItemWatcher.added_by_id,
                   adder.full_name.label("added_by"))
            .join(StaffUser, StaffUser.id == WorkItemWatcher.staff_id)
            .outerjoin(adder, adder.id == WorkItemWatcher.added_by_id)
            .where(WorkItemWatcher.work_item_id == item_id,
                   WorkItemWatcher.deleted_at.is_(None))
            .order_by(StaffUser.full_name, WorkItemWatcher.staff_id)))
