"""Pending until: a waiting item whose date has come goes back to work by itself (the SLA sweep
calls :meth:`PendingReturnService.return_due` after each of its batches).

It steps to its lifecycle's working status (incidents and tasks: In Progress, the step "Resume
work" takes), which drops the reason and the date, with a ``pending_returned`` event and a work
note saying so: the item shows again in its assignee's and team's open queues with the note on
top of its conversation. The step is DeskApp's own (no staff actor), like auto-close; several
DeskApps sweeping at once each take different rows (FOR UPDATE SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import Comment, WorkItem
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.kinds import Category
from deskapp.domain.pending import REASON_LABELS
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.auto_close import SYSTEM
from deskapp.services.dto import Actor
from deskapp.services.work_items import WorkItemOperations

BATCH = 200


def resume_status(kind: str, status: str) -> str | None:
    """Where a waiting item goes back to: the furthest open status its lifecycle allows from
    ``status`` (In Progress rather than Assigned); None if it has none."""
    life = kinds.lifecycle(kind)
    open_targets = [s for s in life.statuses
                    if s in life.allowed(status) and life.category(s) == Category.OPEN]
    return open_targets[-1] if open_targets else None


def returned_note(reason: str | None, until: datetime) -> str:
    when = until.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    why = f" ({REASON_LABELS[reason].lower()})" if reason is not None and reason in REASON_LABELS \
        else ""
    return f"Back from pending: the pending-until time {when} UTC has passed{why}."


class PendingReturnService(WorkItemOperations):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor = SYSTEM,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(uow, actor, clock)

    def return_due(self, now: datetime | None = None,
                   limit: int = BATCH) -> frozenset[uuid.UUID]:
        """Step up to ``limit`` waiting items whose pending-until time has come, in one
        transaction; the ids moved."""
        now = now or self._clock()
        moved: set[uuid.UUID] = set()
        with self._uow() as uow:
            stmt = (select(WorkItem)
                    .where(WorkItem.pending_until <= now,
                           WorkItem.status_category == Category.WAITING.value,
                           WorkItem.deleted_at.is_(None))
                    .order_by(WorkItem.pending_until).limit(limit))
            if uow.session.get_bind().dialect.name == "postgresql":
                stmt = stmt.with_for_update(skip_locked=True, of=WorkItem)
            for item in uow.session.scalars(stmt):
                target = resume_status(item.kind, item.status)
                if target is None or item.pending_until is None:
                    continue
                note = returned_note(item.pending_reason, item.pending_until)
                self._set_status(uow, item, target, now)
                self._event(uow, item, "pending_returned", None, note, now)
                uow.work_items.add_comment(Comment(
                    id=new_id(), work_item_id=item.id, author_id=None, body=note,
                    work_note=True, created_at=now))
                self._sla.recompute(uow, item, now)
                moved.add(item.id)
            if moved:
                uow.commit()
        return frozenset(moved)

    @property
    def _event_actor_id(self) -> uuid.UUID | None:
        """DeskApp's own step: no staff actor (History reads "system")."""
        return None
