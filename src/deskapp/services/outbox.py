"""The outbox of the replica the app has open: what waits to be sent, what the desk refused or
found in conflict, and the technician's answers (resolve field by field, retry, edit, discard).

An answer that sends something again does it the way the change was first made: through the
item's service on the replica, so the replica's rules check it and the capture writes a new op
(:mod:`deskapp.sync.outbox`) based on what the desk holds now. The settled op itself is kept,
marked resolved or discarded, so its history stays readable.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, inspect, select, update

from deskapp.db.models import OutboxOp, WorkItem
from deskapp.errors import NotFound, ValidationError
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Actor
from deskapp.sync.outbox import (
    CONFLICT,
    DISCARDED,
    PENDING,
    REJECTED,
    RESOLVED,
    decode,
)

_OUTBOX = cast(Table, OutboxOp.__table__)
_ITEMS = cast(Table, WorkItem.__table__)
#: what the view lists: waiting, and settled by the desk but needing the technician
SHOWN = (PENDING, REJECTED, CONFLICT)


@dataclass(frozen=True)
class OutboxEntry:
    id: uuid.UUID
    position: int
    state: str
    item_id: uuid.UUID | None
    item_label: str  # "INC-000042 Printer jams" (number as the replica knows it)
    table_name: str
    action: str
    changes: dict[str, Any]
    reason: str | None
    conflict: dict[str, Any] | None
    device_at: datetime
    received_at: datetime | None

    @property
    def open_fields(self) -> list[str]:
        """Conflicting fields the technician has not answered yet."""
        return [name for name, c in (self.conflict or {}).items() if c.get("chosen") is None]


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    conflicts: int
    rejected: int


class OutboxService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    def _has_outbox(self, conn: Any) -> bool:
        return bool(inspect(conn).has_table("sync_outbox"))

    def counts(self) -> OutboxCounts:
        with self._uow(read_only=True) as uow:
            conn = uow.session.connection()
            if not self._has_outbox(conn):
                return OutboxCounts(0, 0, 0)
            found: dict[str, int] = dict(conn.execute(select(_OUTBOX.c.state, func.count()).where(
                _OUTBOX.c.state.in_(SHOWN)).group_by(_OUTBOX.c.state)).all())
        return OutboxCounts(int(found.get(PENDING, 0)), int(found.get(CONFLICT, 0)),
                            int(found.get(REJECTED, 0)))

    def entries(self) -> list[OutboxEntry]:
        """Ops waiting, refused or in conflict, in the order they were made."""
        return self._read(_OUTBOX.c.state.in_(SHOWN))

    def _read(self, where: Any) -> list[OutboxEntry]:
        with self._uow(read_only=True) as uow:
            conn = uow.session.connection()
            if not self._has_outbox(conn):
                return []
            rows = conn.execute(
                select(_OUTBOX, _ITEMS.c.number, _ITEMS.c.title)
                .outerjoin(_ITEMS, _ITEMS.c.id == _OUTBOX.c.work_item_id)
                .where(where).order_by(_OUTBOX.c.position)).all()
        return [OutboxEntry(
            r.id, r.position, r.state, r.work_item_id,
            f"{r.number} {r.title}" if r.number else str(r.work_item_id or ""),
            r.table_name, r.action, dict(r.changes or {}), r.reason,
            dict(r.conflict) if r.conflict else None, r.device_at, r.received_at)
            for r in rows]

    def _entry(self, op_id: uuid.UUID, states: tuple[str, ...] | None = None) -> OutboxEntry:
        found = self._read(_OUTBOX.c.id == op_id)
        if not found:
            raise NotFound("That change is no longer in the outbox; refresh the list.")
        if states is not None and found[0].state not in states:
            raise ValidationError("That change is no longer waiting for an answer; refresh "
                                  "the list.")
        return found[0]

    def _mark(self, op_id: uuid.UUID, **values: Any) -> None:
        with self._uow() as uow:
            uow.session.execute(update(_OUTBOX).where(_OUTBOX.c.id == op_id).values(
                updated_at=datetime.now(UTC), version=_OUTBOX.c.version + 1, **values))
            uow.commit()

    def discard(self, op_id: uuid.UUID) -> None:
        """Give up a refused change, or keep the desk's values of every open conflict field."""
        self._entry(op_id, (REJECTED, CONFLICT))
        self._mark(op_id, state=DISCARDED)

    def resolve(self, op_id: uuid.UUID, field: str, choice: str) -> OutboxEntry:
        """Answer one conflicting field: "theirs" keeps the desk's value, "mine" sends the
        technician's again (a new change based on the desk's value)."""
        if choice not in ("mine", "theirs"):
            raise ValidationError("Choose mine or theirs.")
        entry = self._entry(op_id, (CONFLICT,))
        conflict = dict(entry.conflict or {})
        if field not in conflict or conflict[field].get("chosen") is not None:
            raise ValidationError("That field has no open conflict; refresh the list.")
        if choice == "mine":
            values = {field: conflict[field]["mine"]}
            if field == "status":  # the resolution goes with its step
                values.update({name: entry.changes[name][1] for name in
                               ("resolution_code", "resolution_notes") if name in entry.changes})
            self._send_again(entry, values)
        conflict[field] = {**conflict[field], "chosen": choice}
        done = all(c.get("chosen") is not None for c in conflict.values())
        self._mark(op_id, conflict=conflict, state=RESOLVED if done else CONFLICT)
        return self._entry(op_id)

    def retry(self, op_id: uuid.UUID, edited: dict[str, Any] | None = None) -> None:
        """Send a refused change again, as it was or with ``edited`` values (field: value in
        the outbox's JSON form), through the replica's services."""
        entry = self._entry(op_id, (REJECTED,))
        if entry.action in ("append", "create"):
            values = {**entry.changes, **(edited or {})}
        else:
            values = {name: new for name, (_base, new) in entry.changes.items()}
            values.update(edited or {})
        self._send_again(entry, values)
        self._mark(op_id, state=RESOLVED)

    def _log_again(self, values: dict[str, Any]) -> None:
        """Log a refused new item again in the replica (a new provisional number and a new
        create op; the refused one left the replica with its refusal)."""
        from deskapp.services.dto import EDITABLE_FIELDS, TASK_EDITABLE_FIELDS
        from deskapp.services.incident_tasks import IncidentTaskService
        from deskapp.services.incidents import IncidentService
        from deskapp.sync.push import mapper_of

        kind = str(values.get("kind"))
        model = mapper_of(kind)
        fields = EDITABLE_FIELDS if kind == "incident" else TASK_EDITABLE_FIELDS
        draft = {name: decode(model, name, values[name])
                 for name in (*fields, "team_id", "assignee_id") if name in values}
        if kind == "incident":
            IncidentService(self._uow, self.actor).create(draft)
        elif kind == "incident_task":
            IncidentTaskService(self._uow, self.actor).create(
                decode(model, "parent_id", values.get("parent_id")), draft)
        else:
            raise ValidationError("Items of that kind cannot be logged offline; discard it.")

    def _attach_again(self, item_id: uuid.UUID, values: dict[str, Any]) -> None:
        """A refused file attached again in the replica from the bytes it kept (a new
        attachment and op; on the item when the comment it was on is not here any more)."""
        from deskapp.db.models import Attachment, Comment
        from deskapp.services.attachments import AttachmentService
        from deskapp.sync.content import LocalContent

        comment_id = decode(Attachment, "comment_id", values.get("comment_id"))
        with self._uow(read_only=True) as uow:
            bind = uow.session.get_bind()
            if comment_id is not None and uow.session.get(Comment, comment_id) is None:
                comment_id = None
        name = str(values.get("file_name") or "")
        with LocalContent(bind.engine, str(values.get("blob_sha256")),
                          name) as content:
            AttachmentService(self._uow, self.actor).add_stream(
                item_id, name, cast(Any, content), comment_id=comment_id, confirmed=True)

    def _send_again(self, entry: OutboxEntry, values: dict[str, Any]) -> None:
        from deskapp.services.time_entries import TimeEntryService
        from deskapp.sync.push import apply_fields, decode_time, kind_service

        if entry.item_id is None:
            raise ValidationError("That change names no item; discard it.")
        if entry.action == "create":
            self._log_again(values)
            return
        if entry.action == "remove" or (entry.table_name == "time_entries"
                                        and entry.action == "update"):
            raise ValidationError("Make that change again where it was made (the item's Time "
                                  "or Links tab), then discard this one.")
        with self._uow(read_only=True) as uow:
            item = uow.session.get(WorkItem, entry.item_id)
            if item is None:
                raise NotFound("The item is no longer in this replica (it was deleted or left "
                               "your scope); discard the change.")
            kind, model, version, status = item.kind, type(item), item.version, item.status
        if entry.table_name == "attachments":
            self._attach_again(entry.item_id, values)
            return
        service = kind_service(self._uow, self.actor, kind)
        if entry.table_name == "work_item_comments":
            service.add_comment(entry.item_id, str(values.get("body") or ""),
                                work_note=bool(values.get("work_note")))
        elif entry.table_name == "time_entries":
            TimeEntryService(self._uow, self.actor).add(
                entry.item_id, int(values["minutes"]), decode_time(values.get("worked_at")),
                values.get("note"))
        else:
            apply_fields(service, entry.item_id, version, status,
                         {name: decode(model, name, value) for name, value in values.items()})
