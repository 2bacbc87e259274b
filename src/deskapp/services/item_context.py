"""What sits beside a work item's form: who the caller is (VIP, organisation, department,
manager, how to reach them) and their other open and recent items, and why the item waits.

One read for the form on every load, so an agent sees at a glance that the caller is a VIP
with two other open calls about the same printer before answering. Items the person may not
see (another team's confidential ones) are left out, as search leaves them out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from deskapp.db.models import Department, Organisation, Person, WorkItem
from deskapp.domain.kinds import Category
from deskapp.errors import NotFound
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import require_visible, visible
from deskapp.services.dto import Actor

#: how many of the caller's other open items, and of their finished ones, the form lists
OPEN_SHOWN = 10
RECENT_SHOWN = 5


@dataclass(frozen=True)
class CallerItem:
    """One of the caller's other items, as the form's list shows it (one click opens it)."""

    id: uuid.UUID
    kind: str
    number: str
    title: str
    status: str
    opened_at: datetime
    done: bool


@dataclass(frozen=True)
class CallerContext:
    id: uuid.UUID
    name: str
    email: str
    phone: str
    vip: bool
    organisation: str
    department: str
    manager: str
    #: the caller's other open (or waiting) items, newest first, and how many there are
    open_items: tuple[CallerItem, ...]
    open_total: int
    #: their most recently finished items
    recent_items: tuple[CallerItem, ...]


@dataclass(frozen=True)
class ItemContext:
    item_id: uuid.UUID
    pending_reason: str | None
    pending_until: datetime | None
    caller: CallerContext | None


class ItemContextService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    def context(self, item_id: uuid.UUID) -> ItemContext:
        with self._uow(read_only=True) as uow:
            item = uow.work_items.get(item_id)
            if item is None:
                raise NotFound("That item no longer exists; refresh the list.")
            require_visible(self.actor, item, uow)
            caller = self._caller(uow, item) if item.caller_id is not None else None
            return ItemContext(item.id, item.pending_reason, item.pending_until, caller)

    def _caller(self, uow: UnitOfWork, item: WorkItem) -> CallerContext | None:
        person = uow.session.get(Person, item.caller_id)
        if person is None:
            return None
        org = uow.session.get(Organisation, person.organisation_id) \
            if person.organisation_id else None
        dept = uow.session.get(Department, person.department_id) \
            if person.department_id else None
        manager = uow.session.get(Person, person.manager_id) if person.manager_id else None
        theirs = (WorkItem.caller_id == person.id, WorkItem.id != item.id,
                  WorkItem.deleted_at.is_(None))
        waiting = (Category.OPEN.value, Category.WAITING.value)
        open_rows = [i for i in uow.session.scalars(
            select(WorkItem).where(*theirs, WorkItem.status_category.in_(waiting))
            .order_by(WorkItem.opened_at.desc()).limit(OPEN_SHOWN * 2))
            if visible(self.actor, i)][:OPEN_SHOWN]
        open_total = int(uow.session.scalar(
            select(func.count()).select_from(WorkItem)
            .where(*theirs, WorkItem.status_category.in_(waiting))) or 0)
        recent = [i for i in uow.session.scalars(
            select(WorkItem).where(*theirs, WorkItem.status_category == Category.DONE.value)
            .order_by(WorkItem.updated_at.desc()).limit(RECENT_SHOWN * 2))
            if visible(self.actor, i)][:RECENT_SHOWN]
        return CallerContext(
            person.id, person.full_name, person.email or "", person.phone or "",
            bool(person.vip), org.name if org else "", dept.name if dept else "",
            manager.full_name if manager else "",
            tuple(_row(i) for i in open_rows), max(open_total, len(open_rows)),
            tuple(_row(i) for i in recent))


def _row(item: WorkItem) -> CallerItem:
    return CallerItem(item.id, item.kind, item.number, item.title, item.status, item.opened_at,
                      item.status_category == Category.DONE.value)
