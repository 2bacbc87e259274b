"""The reads behind desktop notifications, each served by an index: my items by assignee, their
events by (ticket, time), their comments by item, what I watch by watcher. Nothing scans the
event log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import Comment, Person, StaffUser, TicketEvent, WorkItem, WorkItemWatcher

#: A look reads at most this many rows of each sort (a person back from a week away is told
#: about the latest ones; the queues hold the rest).
LIMIT = 200


class NotificationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def assigned_since(self, me: uuid.UUID, since: datetime) -> list[Any]:
        """Assignment events to ``me`` on items changed since ``since``, with the item and the
        assigner's name (None: nobody on staff, e.g. an import or a rule)."""
        recent = (select(WorkItem.id).where(WorkItem.assignee_id == me,
                                            WorkItem.updated_at >= since,
                                            WorkItem.deleted_at.is_(None))
                  .limit(LIMIT).scalar_subquery())
        return list(self.session.execute(
            select(TicketEvent.id, TicketEvent.actor_id, TicketEvent.occurred_at,
                   WorkItem.id.label("item_id"), WorkItem.number, WorkItem.title,
                   StaffUser.full_name)
            .join(WorkItem, WorkItem.id == TicketEvent.ticket_id)
            .outerjoin(StaffUser, StaffUser.id == TicketEvent.actor_id)
            .where(TicketEvent.ticket_id.in_(recent), TicketEvent.field == "assignee_id",
                   TicketEvent.new_value == str(me), TicketEvent.occurred_at >= since)
            .order_by(TicketEvent.occurred_at.desc()).limit(LIMIT)))

    def caller_replies_since(self, me: uuid.UUID, open_statuses: Sequence[str],
                             since: datetime) -> list[Any]:
        """Comments nobody on staff wrote (a caller's reply by mail) on my open items."""
        mine = (select(WorkItem.id).where(WorkItem.assignee_id == me,
                                          WorkItem.status.in_(open_statuses),
                                          WorkItem.deleted_at.is_(None))
                .scalar_subquery())
        return list(self.session.execute(
            select(Comment.id, Comment.created_at, Comment.body, WorkItem.id.label("item_id"),
                   WorkItem.number, WorkItem.title, Person.full_name.label("caller"))
            .join(WorkItem, WorkItem.id == Comment.work_item_id)
            .outerjoin(Person, Person.id == WorkItem.caller_id)
            .where(Comment.work_item_id.in_(mine), Comment.author_id.is_(None),
                   Comment.work_note.is_(False), Comment.created_at >= since)
            .order_by(Comment.created_at.desc()).limit(LIMIT)))

    def watched_changes_since(self, me: uuid.UUID, since: datetime) -> list[Any]:
        """Events on items ``me`` watches, since ``since`` and since the watch began, by anyone
        but ``me`` (nobody on staff included: the SLA sweep, auto-close, a caller's mail),
        newest first."""
        return list(self.session.execute(
            select(TicketEvent.id, TicketEvent.actor_id, TicketEvent.occurred_at,
                   TicketEvent.field, WorkItem.id.label("item_id"), WorkItem.number,
                   WorkItem.title, StaffUser.full_name)
            .join(WorkItemWatcher, WorkItemWatcher.work_item_id == TicketEvent.ticket_id)
            .join(WorkItem, WorkItem.id == TicketEvent.ticket_id)
            .outerjoin(StaffUser, StaffUser.id == TicketEvent.actor_id)
            .where(WorkItemWatcher.staff_id == me, WorkItemWatcher.deleted_at.is_(None),
                   TicketEvent.occurred_at >= since,
                   TicketEvent.occurred_at >= WorkItemWatcher.updated_at,
                   or_(TicketEvent.actor_id.is_(None), TicketEvent.actor_id != me),
                   WorkItem.deleted_at.is_(None))
            .order_by(TicketEvent.occurred_at.desc()).limit(LIMIT)))

    def sla_of_mine(self, me: uuid.UUID, open_statuses: Sequence[str]) -> list[Any]:
        """My open items whose SLA warns or has breached."""
        return list(self.session.execute(
            select(WorkItem.id, WorkItem.number, WorkItem.title, WorkItem.sla_state)
            .where(WorkItem.assignee_id == me, WorkItem.status.in_(open_statuses),
                   WorkItem.deleted_at.is_(None),
                   WorkItem.sla_state.in_(("warning", "breached")))
            .limit(LIMIT)))
