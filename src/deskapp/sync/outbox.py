"""The outbox of an offline replica: every change the services make in a replica file becomes an
op, written by the same flush (so the same SQLite transaction) as the change itself.

The capture sits on the replica's writer sessions (:func:`install`), below the services: any
use case that changes a work item, adds a comment or work note, or logs time is recorded
without the use case knowing it is offline. An op says which record, the version it was based
on, and ``{field: [base, new]}`` for the fields a person changes (what the services derive
from them, such as the priority, the status category or the SLA columns, is derived again on
the desk); a new comment or time entry is an append op and never conflicts.

An incident or incident task logged offline gets a provisional number ("INC-new-3") and a
create op; the desk logs it under the same id and allocates its number when it is pushed.
A link between two items, added or removed, and a correction or removal of one's time entry
are ops too (the desk keeps the link's and the entry's ids). A file attached offline is an
append op naming its content by SHA-256 (the bytes stay in the replica's own content tables
until the push uploads them); removing an attachment is a remove op. Service requests and
their tasks are edited and moved through their lifecycle offline like incidents; what their
services derive (the next tasks of a plan, a request closed by its last task, tasks cancelled
with their request) is derived on the desk when the step arrives, never in the replica
(:func:`is_offline`).
Changes the desk could not merge back yet (logging other kinds, approvals, watching an item)
are refused in the replica with a sentence, so nothing is kept that would never be sent.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, event, func, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.models import (
    Attachment,
    AttachmentBlob,
    Comment,
    NumberCounter,
    OutboxOp,
    ReplicaState,
    TicketEvent,
    TimeEntry,
    WorkItem,
    WorkItemLink,
)
from deskapp.domain.ids import new_id
from deskapp.domain.kinds import kind as kind_declaration
from deskapp.domain.numbers import provisional_number
from deskapp.errors import ValidationError

#: Fields of a work item a person changes (the services derive the rest again on the desk).
PUSHED_FIELDS = (
    "title", "description", "caller_id", "service_id", "ci_id", "category", "channel",
    "impact", "urgency", "is_major", "due_at", "team_id", "assignee_id", "status",
    "resolution_code", "resolution_notes",
)
#: kinds whose changes the desk can apply from a replica (their services' edit and lifecycle)
PUSHABLE_KINDS = ("incident", "incident_task", "service_request", "request_task")
#: kinds a replica can log new items of (a request is raised from a catalogue form with its
#: approvals and plan, which the desk decides at the moment of ordering)
CREATABLE_KINDS = ("incident", "incident_task")
#: what a create op carries: the fields a kind's create takes (the desk derives the rest)
CREATED_FIELDS = (
    "title", "description", "caller_id", "service_id", "ci_id", "category", "channel",
    "impact", "urgency", "is_major", "due_at", "team_id", "assignee_id", "parent_id",
)
PROVISIONAL_COUNTER = "new"
COMMENT_FIELDS = ("body", "work_note")
LINK_FIELDS = ("source_id", "target_id", "link_type")
TIME_FIELDS = ("minutes", "worked_at", "note")
#: what an attachment op carries (the content itself goes by its SHA-256 at the push)
ATTACHMENT_FIELDS = ("file_name", "media_type", "size", "blob_sha256", "comment_id")
#: the session-info key that says a session writes into an offline replica (its services
#: leave to the desk what it derives from a step: see :func:`is_offline`)
OFFLINE = "deskapp.offline_replica"
#: in a session's ``info``: its changes become ops (a replica's writer sessions, see install)
CAPTURING = "deskapp.capture_ops"

PENDING, APPLIED, REJECTED, CONFLICT = "pending", "applied", "rejected", "conflict"
RESOLVED, DISCARDED = "resolved", "discarded"
#: states that still need the technician or a push (an item with such ops keeps its local rows)
OPEN_STATES = (PENDING, CONFLICT)

_OUTBOX = cast(Table, OutboxOp.__table__)
_STATE = cast(Table, ReplicaState.__table__)
#: tables the replica keeps only locally or derives: changes to them are not ops (an
#: attachment's content travels with its attachment's op, by hash)
_NOT_OPS = (TicketEvent, OutboxOp, ReplicaState, AttachmentBlob)

NOT_OFFLINE = ("{what} is not possible in an offline replica yet; do it on the desk when you "
               "are connected. Nothing was saved.")


def encode(value: Any) -> Any:
    """A JSON-safe form of a column value (UUIDs and times as text)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def decode(model: type[Any], field: str, value: Any) -> Any:
    """The column value back from :func:`encode` (by the mapped column's type)."""
    if value is None:
        return None
    column = inspect(model).columns[field]
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is datetime:
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


def install(factory: sessionmaker[Session]) -> None:
    """Record the changes of every session ``factory`` makes (a replica's writer sessions).

    The sessions say so in their ``info`` and one listener on SQLAlchemy's ``Session`` class
    (registered once, for the process) records theirs. A listener on each factory, as before,
    sometimes did not fire: CI twice ran a replica whose offline edits left no ops (a push
    with nothing to send, a real number instead of a provisional one), only in long test
    runs and never alone. A per-factory listener lives in SQLAlchemy's registry under a
    class made for that factory; the class-wide one cannot go astray."""
    if not event.contains(Session, "before_flush", _capture_if_asked):
        event.listen(Session, "before_flush", _capture_if_asked)
    info = dict(factory.kw.get("info") or {})
    info[CAPTURING] = True
    factory.configure(info=info)
    mark_offline(factory)


def _capture_if_asked(session: Session, context: Any, instances: Any) -> None:
    if session.info.get(CAPTURING):
        _capture(session, context, instances)


def mark_offline(factory: sessionmaker[Session]) -> None:
    """Say in every session ``factory`` makes that it works on an offline replica (the
    reader's too: reading an attachment there fetches content the replica lacks)."""
    info = dict(factory.kw.get("info") or {})
    info[OFFLINE] = True
    factory.configure(info=info)


def is_offline(session: Session) -> bool:
    """Whether ``session`` writes into an offline replica. A service skips there what it
    would derive from a step on its own (opening a request's next tasks, closing it after
    its last task, cancelling its tasks with it): the desk derives it again when the step is
    pushed, and a copy made offline would be a second, diverging one."""
    return bool(session.info.get(OFFLINE))


def _changed(obj: Any, fields: tuple[str, ...]) -> dict[str, list[Any]]:
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for name in fields:
        if name not in state.mapper.columns:
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        base = history.deleted[0] if history.deleted else (
            history.unchanged[0] if history.unchanged else None)
        new = history.added[0] if history.added else None
        if base != new:
            out[name] = [encode(base), encode(new)]
    return out


def _committed_version(obj: Any) -> int | None:
    history = inspect(obj).attrs["version"].history
    if history.deleted:
        return cast(int, history.deleted[0])
    return cast("int | None", obj.version)


def _capture(session: Session, _context: Any, _instances: Any) -> None:
    ops: list[dict[str, Any]] = []
    for obj in session.new:  # new items first: later ops of this flush may name them
        if isinstance(obj, WorkItem):
            if obj.kind not in CREATABLE_KINDS:
                raise ValidationError(NOT_OFFLINE.format(what=f"Logging a new {obj.kind}"))
            ops.append(_created(session, obj))
    for obj in session.new:
        if isinstance(obj, (*_NOT_OPS, WorkItem)):
            continue
        if isinstance(obj, Comment):
            ops.append(_op(obj.work_item_id, "work_item_comments", obj.id, "append", None,
                           {f: encode(getattr(obj, f)) for f in COMMENT_FIELDS},
                           obj.created_at))
        elif isinstance(obj, TimeEntry):
            ops.append(_op(obj.work_item_id, "time_entries", obj.id, "append", None,
                           {f: encode(getattr(obj, f)) for f in TIME_FIELDS}, obj.created_at))
        elif isinstance(obj, WorkItemLink):
            ops.append(_op(obj.source_id, "work_item_links", obj.id, "append", None,
                           {f: encode(getattr(obj, f)) for f in LINK_FIELDS}, obj.created_at))
        elif isinstance(obj, Attachment):
            ops.append(_op(obj.work_item_id, "attachments", obj.id, "append", None,
                           {f: encode(getattr(obj, f)) for f in ATTACHMENT_FIELDS},
                           obj.created_at))
        else:
            raise ValidationError(NOT_OFFLINE.format(what=_what(obj)))
    for obj in session.dirty:
        if isinstance(obj, _NOT_OPS) or not session.is_modified(obj):
            continue
        if isinstance(obj, TimeEntry):
            if obj.deleted_at is not None:
                ops.append(_op(obj.work_item_id, "time_entries", obj.id, "remove",
                               _committed_version(obj), {}, obj.deleted_at))
            else:
                changes = _changed(obj, TIME_FIELDS)
                if changes:
                    ops.append(_op(obj.work_item_id, "time_entries", obj.id, "update",
                                   _committed_version(obj), changes, obj.updated_at))
        elif isinstance(obj, WorkItemLink) and _only_removed(obj):
            ops.append(_op(obj.source_id, "work_item_links", obj.id, "remove",
                           _committed_version(obj),
                           {f: encode(getattr(obj, f)) for f in LINK_FIELDS}, obj.deleted_at))
        elif isinstance(obj, Attachment) and _only_removed(obj, ("file_name", "blob_sha256",
                                                                 "work_item_id", "comment_id")):
            ops.append(_op(obj.work_item_id, "attachments", obj.id, "remove",
                           _committed_version(obj),
                           {f: encode(getattr(obj, f)) for f in ATTACHMENT_FIELDS},
                           obj.deleted_at))
        elif isinstance(obj, WorkItem):
            if obj.kind not in PUSHABLE_KINDS:
                raise ValidationError(NOT_OFFLINE.format(what=f"Changing a {obj.kind}"))
            changes = _changed(obj, PUSHED_FIELDS)
            if changes:
                stamped = inspect(obj).attrs["updated_at"].history.added
                ops.append(_op(obj.id, "work_items", obj.id, "update",
                               _committed_version(obj), changes,
                               stamped[0] if stamped else None))
        else:
            raise ValidationError(NOT_OFFLINE.format(what=_what(obj)))
    for obj in session.deleted:
        if not isinstance(obj, _NOT_OPS):
            raise ValidationError(NOT_OFFLINE.format(what=_what(obj)))
    if ops:
        _write(session, ops)


def _only_removed(row: WorkItemLink | Attachment,
                  fields: tuple[str, ...] = ("source_id", "target_id", "link_type")) -> bool:
    """A row's change that is its removal (a tombstone), nothing else."""
    state: Any = inspect(row)
    changed = {name for name in (*fields, "deleted_at")
               if state.attrs[name].history.has_changes()}
    return changed == {"deleted_at"} and row.deleted_at is not None


def _created(session: Session, item: WorkItem) -> dict[str, Any]:
    """A work item logged offline: a provisional number instead of the one the replica's
    service allocated (only the desk allocates), its events saying so too, and a create op
    with the values its kind's create takes (the desk logs it under the same id, so later
    ops naming it need no translation)."""
    allocated = item.number
    item.number = provisional_number(kind_declaration(item.kind).prefix,
                                     _next_provisional(session.connection()))
    for obj in session.new:
        if isinstance(obj, TicketEvent) and obj.ticket_id == item.id:
            if obj.new_value == allocated:
                obj.new_value = item.number
            if obj.old_value == allocated:
                obj.old_value = item.number
    values = {name: encode(getattr(item, name)) for name in CREATED_FIELDS
              if name in inspect(item).mapper.columns}
    return _op(item.id, "work_items", item.id, "create", None,
               {**values, "kind": item.kind, "number": item.number}, item.created_at)


def _next_provisional(conn: Any) -> int:
    """The replica's own counter of items logged offline (never sent to the desk)."""
    table = cast(Table, NumberCounter.__table__)
    found = conn.execute(update(table).where(table.c.kind == PROVISIONAL_COUNTER).values(
        last_value=table.c.last_value + 1).returning(table.c.last_value)).scalar()
    if found is None:
        conn.execute(table.insert().values(kind=PROVISIONAL_COUNTER, last_value=1))
        return 1
    return int(found)


def _what(obj: Any) -> str:
    names = {"WorkItemLink": "Changing a link", "Attachment": "Changing an attachment",
             "ApprovalRequest": "Asking for approval", "Approval": "Deciding an approval",
             "WorkItemWatcher": "Watching or unwatching an item"}
    return names.get(type(obj).__name__, f"Changing {type(obj).__tablename__}")


def _op(item: uuid.UUID | None, table: str, row: uuid.UUID, action: str, base: int | None,
        changes: dict[str, Any], at: datetime | None) -> dict[str, Any]:
    return {"work_item_id": item, "table_name": table, "row_id": row, "action": action,
            "base_version": base, "changes": changes,
            "device_at": at if at is not None else datetime.now(UTC)}


def _write(session: Session, ops: list[dict[str, Any]]) -> None:
    conn = session.connection()
    position = conn.scalar(select(func.coalesce(func.max(_OUTBOX.c.position), 0))) or 0
    floor = conn.scalar(select(_STATE.c.server_pulled_at))
    now = datetime.now(UTC)
    rows = []
    for n, op in enumerate(ops, start=1):
        rows.append({**op, "id": new_id(), "version": 1, "created_at": now, "updated_at": now,
                     "position": position + n, "floor_at": floor, "state": PENDING})
    conn.execute(_OUTBOX.insert(), rows)
