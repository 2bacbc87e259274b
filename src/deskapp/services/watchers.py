"""Watchers: staff members who follow a work item of any kind.

A person watches (and unwatches) any item they can see; adding or removing someone else is a
change to the item, allowed to whoever may change it, and is written to the item's history
(``watchers``: "+ Anna Berg" / "- Anna Berg"). Watching oneself is a personal subscription and
writes no event. Watchers are told when someone else changes the item (the notification look,
:mod:`deskapp.services.notifications`) and see it in the built-in "Watching" queue.

The same rules hold in the database: the ``work_item_watchers`` policies on a secured
PostgreSQL desk (``Policy.WATCHERS``). In an offline replica the watchers are read-only: the
outbox refuses a change with a sentence (``deskapp.sync.outbox``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskapp.db.base import utcnow
from deskapp.db.models import TicketEvent, WorkItem, WorkItemWatcher
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.permissions import Decision
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.repositories.watchers import WatcherRepository
from deskapp.services.authorization import (
    Action,
    decision,
    item_target,
    require_item,
    require_visible,
)
from deskapp.services.dto import Actor

Clock = Callable[[], datetime]
EVENT_FIELD = "watchers"


@dataclass(frozen=True)
class WatcherDTO:
    staff_id: uuid.UUID
    name: str
    since: datetime
    #: who added them (None: they did it themselves, or nobody on staff)
    added_by: str | None = None


@dataclass(frozen=True)
class Watchers:
    """An item's watchers as the form shows them."""

    item_id: uuid.UUID
    watchers: tuple[WatcherDTO, ...]
    #: the signed-in person watches it
    watching: bool
    #: whether they may add or remove others (why not, when they may not)
    may_change_others: Decision

    @property
    def count(self) -> int:
        return len(self.watchers)


class WatcherService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self.actor = actor
        self._clock = clock

    def watchers(self, item_id: uuid.UUID) -> Watchers:
        with self._uow(read_only=True) as uow:
            item = self._item(uow, item_id, live=False)
            return self._watchers(uow, item)

    def watch(self, item_id: uuid.UUID) -> Watchers:
        """The signed-in person watches the item (already watching: nothing changes)."""
        return self._set(item_id, self.actor.staff_id, True)

    def unwatch(self, item_id: uuid.UUID) -> Watchers:
        return self._set(item_id, self.actor.staff_id, False)

    def add(self, item_id: uuid.UUID, staff_id: uuid.UUID) -> Watchers:
        """Make a colleague a watcher (a change to the item: its history says who did it)."""
        return self._set(item_id, staff_id, True)

    def remove(self, item_id: uuid.UUID, staff_id: uuid.UUID) -> Watchers:
        return self._set(item_id, staff_id, False)

    # -- internals ------------------------------------------------------------------------------
    def _set(self, item_id: uuid.UUID, staff_id: uuid.UUID, on: bool) -> Watchers:
        now = self._clock()
        with self._uow() as uow:
            item = self._item(uow, item_id, live=on)
            own = staff_id == self.actor.staff_id
            if not own:
                require_item(self.actor, Action.EDIT, item, uow)
            staff = uow.staff.get(staff_id)
            if staff is None or (on and (not staff.active or staff.deleted_at is not None)):
                raise ValidationError("That person is not an active staff member; pick someone "
                                      "from the list.", {"staff_id": "not active"})
            repo = WatcherRepository(uow.session)
            row = repo.row(item.id, staff_id)
            watching = row is not None and row.deleted_at is None
            if watching == on:
                return self._watchers(uow, item)
            if row is None:
                repo.add(WorkItemWatcher(id=new_id(), work_item_id=item.id, staff_id=staff_id,
                                         added_by_id=self.actor.staff_id, created_at=now,
                                         updated_at=now))
            else:
                row.deleted_at = None if on else now
                if on:
                    row.added_by_id = self.actor.staff_id
            if not own:
                uow.work_items.add_event(TicketEvent(
                    id=new_id(), ticket_kind=kinds.kind(item.kind).prefix, ticket_id=item.id,
                    actor_id=self.actor.staff_id, occurred_at=now, field=EVENT_FIELD,
                    old_value=None if on else staff.full_name,
                    new_value=staff.full_name if on else None))
            uow.flush()
            found = self._watchers(uow, item)
            uow.commit()
            return found

    def _item(self, uow: UnitOfWork, item_id: uuid.UUID, *, live: bool) -> WorkItem:
        item = uow.session.get(WorkItem, item_id)
        if item is None:
            raise NotFound("That item no longer exists; refresh the list.")
        require_visible(self.actor, item, uow)
        if live and item.deleted_at is not None:
            raise ValidationError(msg("{number} was deleted; a deleted item cannot be watched.",
                                      number=item.number), {"work_item_id": "deleted"})
        return item

    def _watchers(self, uow: UnitOfWork, item: WorkItem) -> Watchers:
        rows = WatcherRepository(uow.session).of_item(item.id)
        me = self.actor.staff_id
        listed = tuple(WatcherDTO(r.staff_id, r.full_name, r.updated_at,
                                  r.added_by if r.added_by_id not in (None, r.staff_id)
                                  else None) for r in rows)
        return Watchers(item.id, listed, any(w.staff_id == me for w in listed),
                        decision(self.actor, Action.EDIT, str(item.kind), item_target(item)))
