"""Time spent on work items: log, correct and remove entries; totals per item and per person.

Any kind of work item takes time entries (who, when the work was done, minutes, a note). The
author corrects or removes their own entries (a removed entry is a tombstone); every change is an
event in the item's history (``time_spent``: "1 h 30 min on 2026-12-05: replaced the disk"), so
History shows it. Bad input (no time, negative, more than a day in one entry, a date after today,
a removed or deleted item) is refused with a sentence and nothing is saved.

:func:`log_time` is the one place an entry is written, also used by the work-note editor
(``WorkItemOperations.add_comment(..., minutes=...)``) so a note and its time are one
transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskapp.db.base import utcnow
from deskapp.db.models import TicketEvent, TimeEntry, WorkItem
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.incident import validate_text
from deskapp.domain.time_spent import NOTE_MAX, check_minutes, check_worked_at, describe
from deskapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, require_item, require_visible
from deskapp.services.dto import Actor

Clock = Callable[[], datetime]
EVENT_FIELD = "time_spent"


@dataclass(frozen=True)
class TimeEntryDTO:
    id: uuid.UUID
    version: int
    work_item_id: uuid.UUID
    staff_id: uuid.UUID
    staff_name: str
    worked_at: datetime
    minutes: int
    note: str | None
    created_at: datetime
    #: the signed-in person's own entry: they may correct or remove it
    own: bool


@dataclass(frozen=True)
class TimeSheet:
    """An item's live entries (in the order the work was done) and their total."""

    entries: tuple[TimeEntryDTO, ...]
    total_minutes: int


@dataclass(frozen=True)
class PersonTime:
    """One person's time over a period."""

    staff_id: uuid.UUID
    staff_name: str
    minutes: int
    entries: int
    items: int


def checked_entry(minutes: int | None, worked_at: datetime, note: str | None,
                  now: datetime) -> tuple[int, datetime, str | None]:
    """(minutes, worked_at in UTC, note) as an entry may hold them, or a ValidationError."""
    fields: dict[str, str] = {}
    text = validate_text(fields, "note", note, label="The note", required=False,
                         limit=NOTE_MAX)
    if fields:
        raise ValidationError.for_fields(fields)
    return check_minutes(minutes), check_worked_at(worked_at, now), text


def log_time(uow: UnitOfWork, actor: Actor, item: WorkItem, minutes: int | None,
             worked_at: datetime, note: str | None, now: datetime,
             entry_id: uuid.UUID | None = None) -> TimeEntry:
    """Check and add one entry by ``actor`` on ``item`` inside ``uow`` (not committed), with
    its history event. Raises ValidationError (nothing added) for bad input."""
    checked, when, text = checked_entry(minutes, worked_at, note, now)
    entry = TimeEntry(id=entry_id or new_id(), work_item_id=item.id, staff_id=actor.staff_id,
                      worked_at=when, minutes=checked, note=text, created_at=now,
                      updated_at=now)
    uow.time_entries.add(entry)
    _event(uow, actor, item, None, describe(checked, when, text), now)
    return entry


def live_item(uow: UnitOfWork, item_id: uuid.UUID) -> WorkItem:
    """The item time is logged on: refused with a sentence when it was deleted."""
    item = uow.session.get(WorkItem, item_id)
    if item is None:
        raise NotFound("That item no longer exists; refresh the list.")
    if item.deleted_at is not None:
        raise ValidationError(msg("{number} was deleted; time cannot be logged on a deleted "
                                  "item.", number=item.number), {"work_item_id": "deleted"})
    return item


def _event(uow: UnitOfWork, actor: Actor, item: WorkItem, old: str | None, new: str | None,
           now: datetime) -> None:
    uow.work_items.add_event(TicketEvent(
        id=new_id(), ticket_kind=kinds.kind(item.kind).prefix, ticket_id=item.id,
        actor_id=actor.staff_id, occurred_at=now, field=EVENT_FIELD, old_value=old,
        new_value=new))


class TimeEntryService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self.actor = actor
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------
    def sheet(self, item_id: uuid.UUID) -> TimeSheet:
        """The item's entries and total."""
        with self._uow(read_only=True) as uow:
            item = uow.work_items.get(item_id)
            if item is not None:
                require_visible(self.actor, item, uow)
            entries = tuple(self._dto(e, name) for e, name in uow.time_entries.of_item(item_id))
            return TimeSheet(entries, sum(e.minutes for e in entries))

    def item_total(self, item_id: uuid.UUID) -> int:
        with self._uow(read_only=True) as uow:
            return uow.time_entries.item_total(item_id)

    def totals_by_person(self, start: datetime, end: datetime) -> list[PersonTime]:
        """Who spent how long on how many items, for work done in ``[start, end)``, most
        time first."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValidationError("The period needs time-zone-aware start and end times.")
        if end <= start:
            raise ValidationError("The period ends before it starts; choose an end date on or "
                                  "after the start.", {"period": "end before start"})
        with self._uow(read_only=True) as uow:
            rows = uow.time_entries.totals_by_person(start, end)
            return [PersonTime(r["staff_id"], r["full_name"] or "unknown", int(r["minutes"]),
                               int(r["entries"]), int(r["items"])) for r in rows]

    # -- writing ----------------------------------------------------------------------------
    def add(self, item_id: uuid.UUID, minutes: int | None, worked_at: datetime | None = None,
            note: str | None = None, *, entry_id: uuid.UUID | None = None) -> TimeEntryDTO:
        """Log ``minutes`` of the signed-in person's work on the item, done at ``worked_at``
        (default: now). ``entry_id``: the id an offline replica gave the entry (a correction
        made offline later names it)."""
        now = self._clock()
        with self._uow() as uow:
            item = live_item(uow, item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            entry = log_time(uow, self.actor, item, minutes, worked_at or now, note, now,
                             entry_id)
            uow.flush()
            dto = self._dto(entry, self.actor.full_name)
            uow.commit()
            return dto

    def edit(self, entry_id: uuid.UUID, expected_version: int, minutes: int | None,
             worked_at: datetime, note: str | None) -> TimeEntryDTO:
        """Correct one's own entry; ConflictError when it changed since it was read."""
        now = self._clock()
        checked, when, text = checked_entry(minutes, worked_at, note, now)
        with self._uow() as uow:
            entry = self._own(uow, entry_id, mark("correct"))
            if entry.version != expected_version:
                raise ConflictError(CONFLICT_MESSAGE)
            item = live_item(uow, entry.work_item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            before = describe(entry.minutes, entry.worked_at, entry.note)
            after = describe(checked, when, text)
            if before != after:
                entry.minutes, entry.worked_at, entry.note = checked, when, text
                entry.updated_at = now
                _event(uow, self.actor, item, before, after, now)
                uow.flush()
            dto = self._dto(entry, self.actor.full_name)
            uow.commit()
            return dto

    def remove(self, entry_id: uuid.UUID) -> None:
        """Remove one's own entry (a tombstone: it stays for sync and audit)."""
        now = self._clock()
        with self._uow() as uow:
            entry = self._own(uow, entry_id, mark("remove"))
            item = live_item(uow, entry.work_item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            entry.deleted_at = now
            entry.updated_at = now
            _event(uow, self.actor, item, describe(entry.minutes, entry.worked_at, entry.note),
                   None, now)
            uow.commit()

    # -- helpers ----------------------------------------------------------------------------
    def _own(self, uow: UnitOfWork, entry_id: uuid.UUID, what: str) -> TimeEntry:
        entry = uow.time_entries.get(entry_id)
        if entry is None:
            raise NotFound("That time entry was removed meanwhile; refresh the item.")
        if entry.staff_id != self.actor.staff_id:
            raise PermissionDenied(msg("Only the person who logged a time entry can {what} it; "
                                       "ask them, or log your own time.", what=translate(what)))
        return entry

    def _dto(self, entry: TimeEntry, staff_name: str | None) -> TimeEntryDTO:
        return TimeEntryDTO(entry.id, entry.version, entry.work_item_id, entry.staff_id,
                            staff_name or "unknown", entry.worked_at, entry.minutes, entry.note,
                            entry.created_at, entry.staff_id == self.actor.staff_id)
