"""Time entries: an item's entries, one entry, and totals per item and per person."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import StaffUser, TimeEntry, WorkItem


class TimeEntryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: TimeEntry) -> None:
        self.session.add(entry)

    def get(self, entry_id: uuid.UUID) -> TimeEntry | None:
        """A live entry (None once removed)."""
        found = self.session.get(TimeEntry, entry_id)
        return None if found is None or found.deleted_at is not None else found

    def of_item(self, item_id: uuid.UUID) -> list[tuple[TimeEntry, str | None]]:
        """The item's live entries, in the order the work was done, with the author's name."""
        return [(entry, name) for entry, name in self.session.execute(
            select(TimeEntry, StaffUser.full_name)
            .outerjoin(StaffUser, StaffUser.id == TimeEntry.staff_id)
            .where(TimeEntry.work_item_id == item_id, TimeEntry.deleted_at.is_(None))
            .order_by(TimeEntry.worked_at, TimeEntry.created_at))]

    def item_total(self, item_id: uuid.UUID) -> int:
        return int(self.session.scalar(
            select(func.coalesce(func.sum(TimeEntry.minutes), 0))
            .where(TimeEntry.work_item_id == item_id, TimeEntry.deleted_at.is_(None))) or 0)

    def totals_by_person(self, start: datetime, end: datetime,
                         team_ids: list[uuid.UUID] | None = None) -> list[dict[str, Any]]:
        """Per staff member, the live entries whose work fell in ``[start, end)``: minutes,
        entries and distinct items, most time first. ``team_ids`` limits it to the items
        assigned to those teams."""
        cond = [TimeEntry.deleted_at.is_(None), TimeEntry.worked_at >= start,
                TimeEntry.worked_at < end]
        stmt = (select(TimeEntry.staff_id, StaffUser.full_name,
                       func.sum(TimeEntry.minutes).label("minutes"),
                       func.count().label("entries"),
                       func.count(TimeEntry.work_item_id.distinct()).label("items"))
                .join(StaffUser, StaffUser.id == TimeEntry.staff_id))
        if team_ids is not None:
            stmt = stmt.join(WorkItem, WorkItem.id == TimeEntry.work_item_id)
            cond.append(WorkItem.team_id.in_(team_ids))
        stmt = (stmt.where(*cond).group_by(TimeEntry.staff_id, StaffUser.full_name)
                .order_by(func.sum(TimeEntry.minutes).desc(), StaffUser.full_name))
        return [dict(row._mapping) for row in self.session.execute(stmt)]
