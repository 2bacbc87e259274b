"""Pushing a replica's outbox to the desk, exactly once, through DeskApp's own services.

Each op is applied by the same use cases a connected technician's form calls (edit, the
lifecycle transition, a comment, logging time), acting as the replica's login: the lifecycle,
the permission rules and (on a secured desk) row-level security decide as they would online.
An update is merged field by field against its base: a field the desk still holds at the base
value takes the technician's value, a field the desk already holds at that value needs
nothing, and a field both sides changed is a conflict (base / mine / theirs) kept for the
technician to resolve; the other fields of that op are still applied. A refusal (the lifecycle,
a permission, a deleted item) rejects that op with the desk's sentence and blocks nothing after
it.

Exactly once: the op id is written to ``sync_applied_ops`` (primary key) in the same server
transaction as what the op did, with its outcome. Pushing the same op again finds the row and
changes nothing; the outcome is handed back, so a push killed after the desk committed but
before the laptop noted it is settled by the next one.

Attachments made offline go up with their op: the desk stores the file under the id the
replica gave it, through the attachment service's checks; its content, named by SHA-256, is
read from the replica chunk by chunk (:class:`~deskapp.sync.content.LocalContent`) and sent
only when the desk does not hold those bytes yet, inside the op's transaction, so a push cut
in the middle sends it again whole or finds it there.

Two times: each change keeps when the technician did it (the laptop's clock corrected by the
skew measured at this sync, clamped between the replica's last pull and the desk's receipt)
as the events' ``occurred_at``, which SLA clocks replay on, and when the desk received it
(``received_at``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, bindparam, event, func, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker, with_polymorphic
from sqlalchemy.orm.exc import StaleDataError

from deskapp.db.models import (
    AppliedOp,
    Attachment,
    OutboxOp,
    ReplicaState,
    TicketEvent,
    TimeEntry,
    WorkItem,
    WorkItemLink,
)
from deskapp.errors import ConflictError, DeskAppError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.reference import REFERENCE_CACHE
from deskapp.repositories.uow import (
    CONFLICT_MESSAGE,
    UnitOfWork,
    UnitOfWorkFactory,
    translated_error,
)
from deskapp.repositories.work_items import CLOCK_FIELDS, STATUS_EVENTS
from deskapp.services.approvals import ApprovalService
from deskapp.services.attachments import AttachmentService
from deskapp.services.dto import EDITABLE_FIELDS, TASK_EDITABLE_FIELDS, Actor
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import IncidentService
from deskapp.services.service_requests import RequestTaskService, ServiceRequestService
from deskapp.services.staff import resolve_actor
from deskapp.services.time_entries import TimeEntryService
from deskapp.services.work_items import WorkItemOperations, WorkItemService
from deskapp.sync.content import LocalContent
from deskapp.sync.outbox import APPLIED, CONFLICT, PENDING, REJECTED, decode, encode

Clock = Callable[[], datetime]
PUSH_BATCH = 100

_OUTBOX = cast(Table, OutboxOp.__table__)
_APPLIED = cast(Table, AppliedOp.__table__)
_STATE = cast(Table, ReplicaState.__table__)
#: changed only together with the status (the lifecycle's resolve step carries them)
_WITH_STATUS = ("resolution_code", "resolution_notes")


@dataclass(frozen=True)
class PushSummary:
    applied: int
    rejected: int
    conflicts: int
    #: ops the desk had already recorded (a push repeated after an interruption)
    repeated: int
    seconds: float
    #: work items whose ops all settled (the caller refreshes them from the desk)
    settled_items: frozenset[uuid.UUID] = frozenset()
    #: batches that ran again the careful way (a refusal in them)
    careful_batches: int = 0
    #: the rows the settled ops named (the refresh reads them again)
    settled_rows: frozenset[uuid.UUID] = frozenset()

    @property
    def pushed(self) -> int:
        return self.applied + self.rejected + self.conflicts


@dataclass(frozen=True)
class _Outcome:
    outcome: str
    detail: dict[str, Any]


def utcnow() -> datetime:
    return datetime.now(UTC)


def pending_ops(replica: Engine, limit: int | None = None) -> list[Any]:
    with replica.connect() as local:
        stmt = (select(_OUTBOX).where(_OUTBOX.c.state == PENDING)
                .order_by(_OUTBOX.c.position))
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(local.execute(stmt))


def push(server: Engine, replica: Engine, *, device_clock: Clock = utcnow,
         batch: int = PUSH_BATCH, progress: Callable[[int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> PushSummary:
    """Send the replica's pending ops to the desk in order, ``batch`` ops per transaction."""
    from deskapp.sync.replica import check_desk, replica_state

    started = utcnow()
    counts = {APPLIED: 0, REJECTED: 0, CONFLICT: 0}
    repeated = careful_batches = 0
    touched: set[uuid.UUID] = set()
    rows_named: set[uuid.UUID] = set()
    with replica.connect() as local:
        state = replica_state(local)
    with server.connect() as conn:
        check_desk(conn, state)
        plain = sessionmaker(bind=conn, join_transaction_mode="create_savepoint")
        actor = resolve_actor(UnitOfWorkFactory(plain, plain), state.login)
        skew = (cast(datetime, conn.scalar(select(func.clock_timestamp())))
                - device_clock()).total_seconds()
        conn.rollback()
    with replica.begin() as local:
        local.execute(update(_STATE).values(clock_skew_s=skew))
    done = 0
    while True:
        ops = pending_ops(replica, batch)
        if not ops:
            break
        results, again, careful = _push_batch(server, actor, ops, skew, replica)
        repeated += again
        careful_batches += careful
        _note(replica, results)  # the desk committed: note every outcome at once
        for op, result, _got, _at in results:
            counts[result.outcome] += 1
            if op.work_item_id is not None:
                touched.add(op.work_item_id)
                rows_named.add(op.row_id)
            if op.table_name == "work_item_links":  # the other end has its event too
                touched.add(uuid.UUID(str(op.changes["target_id"])))
        done += len(ops)
        if progress is not None:
            progress(done)
        if cancelled is not None and cancelled():
            break
    with replica.connect() as local:
        held = set(local.scalars(select(_OUTBOX.c.work_item_id).where(
            _OUTBOX.c.state == PENDING, _OUTBOX.c.work_item_id.is_not(None))))
    return PushSummary(counts[APPLIED], counts[REJECTED], counts[CONFLICT], repeated,
                       (utcnow() - started).total_seconds(), frozenset(touched - held),
                       careful_batches, frozenset(rows_named))


_Result = tuple[Any, "_Outcome", datetime, datetime]


def unrefreshed(replica: Engine) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The items whose settled ops have not had the desk's rows brought back yet, and the rows
    those ops named: the last push's, and those of a sync killed after it noted outcomes but
    before its refresh (``refreshed_at`` is set by :func:`~deskapp.sync.replica.refresh_items`
    in its own transaction)."""
    items: set[uuid.UUID] = set()
    rows: set[uuid.UUID] = set()
    with replica.connect() as local:
        for op in local.execute(select(
                _OUTBOX.c.work_item_id, _OUTBOX.c.row_id, _OUTBOX.c.table_name,
                _OUTBOX.c.changes).where(_OUTBOX.c.state != PENDING,
                                         _OUTBOX.c.refreshed_at.is_(None))):
            if op.work_item_id is None:
                continue
            items.add(op.work_item_id)
            rows.add(op.row_id)
            if op.table_name == "work_item_links":  # the other end has its event too
                items.add(uuid.UUID(str(op.changes["target_id"])))
    return items, rows


def _note(replica: Engine, results: Sequence[_Result]) -> None:
    """The outcomes the desk committed, written into the outbox in one local transaction (a
    laptop dying before this learns them from the desk's record at the next push)."""
    with replica.begin() as local:
        local.execute(update(_OUTBOX).where(_OUTBOX.c.id == bindparam("_op")).values(
            state=bindparam("_state"), reason=bindparam("_reason"),
            conflict=bindparam("_conflict"), received_at=bindparam("_got"),
            work_at=bindparam("_at"), updated_at=bindparam("_now"),
            version=_OUTBOX.c.version + 1), [
            {"_op": op.id, "_state": result.outcome, "_reason": result.detail.get("reason"),
             "_conflict": result.detail.get("conflict"), "_got": got, "_at": at,
             "_now": utcnow()} for op, result, got, at in results])


def _push_batch(server: Engine, actor: Actor, ops: Sequence[Any], skew: float,
                replica: Engine | None = None) -> tuple[list[_Result], int, bool]:
    """One server transaction for ``ops``: the fast way first (one session, no savepoint per
    op); when a service refuses an op, the whole transaction is rolled back and the batch runs
    again the careful way (a savepoint per op), so the refusal is kept and nothing of it is."""
    with server.connect() as conn:
        for careful in (False, True):
            trans = conn.begin()
            try:
                found = _run_batch(conn, actor, ops, skew, careful=careful, replica=replica)
            except _REPLAYED:
                if careful:
                    if trans.is_active:
                        trans.rollback()
                    raise
                trans.rollback()
                continue
            except BaseException:
                if trans.is_active:
                    trans.rollback()
                raise
            trans.commit()
            return (*found, careful)
    raise AssertionError("the careful run never asks for a replay")  # pragma: no cover


def _run_batch(conn: Connection, actor: Actor, ops: Sequence[Any], skew: float, *,
               careful: bool, replica: Engine | None = None) -> tuple[list[_Result], int]:
    received = cast(datetime, conn.scalar(select(func.now())))
    known = {r.id: r for r in conn.execute(select(_APPLIED).where(
        _APPLIED.c.id.in_([op.id for op in ops])))}
    results: list[_Result] = []
    rows: list[dict[str, Any]] = []
    repeated = 0
    batch = _Batch(conn, received, careful, replica)
    try:
        batch.prefetch({op.work_item_id or op.row_id for op in ops if op.id not in known})
        for op in ops:
            found = known.get(op.id)
            if found is not None:
                repeated += 1
                results.append((op, _Outcome(found.outcome, found.detail or {}),
                                found.received_at, found.work_at))
                continue
            work_at = work_time(op.device_at, skew, op.floor_at, received)
            result = _apply_one(conn, batch, actor, op, work_at, skew)
            rows.append({"id": op.id, "actor_id": actor.staff_id,
                         "work_item_id": op.work_item_id, "outcome": result.outcome,
                         "detail": result.detail, "device_at": op.device_at,
                         "work_at": work_at, "received_at": received})
            results.append((op, result, received, work_at))
        batch.finish()
    finally:
        batch.close()
    if rows:  # in the same transaction as what the ops did: both or neither
        conn.execute(_APPLIED.insert(), rows)
    return results, repeated


class _Replay(Exception):
    """The fast run cannot keep an op apart (a service refused it): run the batch again the
    careful way."""


#: what makes the fast run give way to the careful one: a service's refusal, or a write the
#: desk refused at the batch's flush (it cannot tell whose op it was)
_REPLAYED = (_Replay, DeskAppError, StaleDataError, sa_exc.IntegrityError, sa_exc.DataError)


class _Batch:
    """One ORM session for a whole batch of ops, inside the push's transaction.

    The items the ops name, and their status events (what the SLA replay reads), are read
    with one query each at the start and stay in the session, so the services find them
    (and the staff, teams and SLA rows they look up, and the reference reads
    :data:`~deskapp.repositories.reference.REFERENCE_CACHE` remembers) without a query of
    their own.

    The fast run (``careful=False``) has no savepoint and writes at the end of the batch:
    a unit of work's commit keeps its changes in the session, the session flushes before any
    query (so every query sees the ops before it) and once at the end, where SQLAlchemy
    sends the new rows of each table together. Any refusal rolls the whole transaction back
    and the batch runs again the careful way: every op, and every unit of work inside it, in
    a savepoint of its own, written when it commits, as the services run online; a refused
    op leaves nothing behind and the next one goes on.
    """

    def __init__(self, conn: Connection, received: datetime, careful: bool,
                 replica: Engine | None = None) -> None:
        self.careful = careful
        #: where the content of files attached offline is read from
        self.replica = replica
        self.session = Session(bind=conn, autoflush=not careful, expire_on_commit=False,
                               join_transaction_mode="conditional_savepoint")
        self.session.info[REFERENCE_CACHE] = {}
        self._events: dict[uuid.UUID, list[TicketEvent]] = {}
        # the identity map holds rows weakly: every row the batch reads is held here, so the
        # next op's lookup of the same SLA, calendar or staff member finds it in memory
        self._held: list[Any] = []
        event.listen(self.session, "loaded_as_persistent",
                     lambda _session, instance: self._held.append(instance))

        def stamp(session: Session, _context: Any, _instances: Any) -> None:
            for obj in session.new:
                if isinstance(obj, TicketEvent):
                    obj.received_at = received

        event.listen(self.session, "before_flush", stamp)
        if not careful:
            self.session.info[STATUS_EVENTS] = self._events
            event.listen(self.session, "after_flush", self._flushed)
        self.uow = _BatchUnitOfWorkFactory(self)
        #: items logged offline whose logging the desk refused in this batch (their number)
        self.refused: dict[uuid.UUID, str] = {}

    def refusal(self, op: Any, exc: DeskAppError) -> str:
        """The sentence for an op the push itself refuses: an item logged offline that the
        desk refused to log says so, rather than "no longer on the desk"."""
        number = self.refused.get(op.work_item_id)
        if number is not None and isinstance(exc, NotFound):
            return (f"{number} was not logged on the desk (logging it was refused), so this "
                    "change to it was not applied either.")
        return str(exc)

    def prefetch(self, ids: Iterable[uuid.UUID | None]) -> None:
        """The batch's items (every kind's details with them) and, for the fast run, their
        status events."""
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return
        every = with_polymorphic(WorkItem, "*")
        items = list(self.session.scalars(select(every).where(every.id.in_(wanted))))
        if self.careful:
            return
        self._events.update({item.id: [] for item in items})
        for found in self.session.scalars(select(TicketEvent).where(
                TicketEvent.ticket_id.in_(list(self._events)),
                TicketEvent.field.in_(CLOCK_FIELDS)).order_by(TicketEvent.occurred_at)):
            self._events[found.ticket_id].append(found)

    def _flushed(self, session: Session, _context: Any) -> None:
        for obj in session.new:  # still the flushed ones, in after_flush
            if isinstance(obj, TicketEvent) and obj.field in CLOCK_FIELDS:
                known = self._events.get(obj.ticket_id)
                if known is not None:
                    known.append(obj)

    def item(self, item_id: uuid.UUID) -> WorkItem | None:
        return self.session.get(WorkItem, item_id)

    def finish(self) -> None:
        self.session.flush()

    def close(self) -> None:
        self.session.close()


class _BatchUnitOfWork(UnitOfWork):
    """A service's unit of work inside a batch: the batch's session. In the fast run its
    commit keeps the changes for the batch's flush; in the careful run it is a savepoint."""

    def __init__(self, batch: _Batch, read_only: bool) -> None:
        super().__init__(cast("sessionmaker[Session]", lambda: batch.session))
        self._batch = batch
        self._read_only = read_only
        self._savepoint: Any = None

    def __enter__(self) -> UnitOfWork:
        super().__enter__()
        if self._batch.careful and not self._read_only:
            self._savepoint = self.session.begin_nested()
        return self

    def flush(self) -> None:
        if self._batch.careful:
            super().flush()

    def commit(self) -> None:
        if self._savepoint is not None:
            try:
                self._savepoint.commit()
            except StaleDataError:
                raise ConflictError(CONFLICT_MESSAGE) from None
        self._committed = True

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._committed and not self._read_only:
            if self._savepoint is None:
                raise _Replay from exc  # only a rollback undoes what it may have changed
            if self._savepoint.is_active:
                self._savepoint.rollback()
        if isinstance(exc, StaleDataError):
            raise ConflictError(CONFLICT_MESSAGE) from exc
        if exc is not None and (translated := translated_error(exc)) is not None:
            raise translated from exc


class _BatchUnitOfWorkFactory(UnitOfWorkFactory):
    def __init__(self, batch: _Batch) -> None:
        self._batch = batch

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        return _BatchUnitOfWork(self._batch, read_only)


def work_time(device_at: datetime, skew_s: float, floor: datetime | None,
              received: datetime) -> datetime:
    """When the technician did the work, on the desk's clock: the laptop's time corrected by
    the measured skew, never before the replica's last pull nor after the desk received it."""
    at = device_at + timedelta(seconds=skew_s)
    if floor is not None and at < floor:
        at = floor
    return min(at, received)


def _apply_one(conn: Connection, batch: _Batch, actor: Actor, op: Any, work_at: datetime,
               skew: float) -> _Outcome:
    """One op: applied, in conflict, or rejected with the sentence (``conn``: the push's
    connection; the op runs in ``batch``'s session on it)."""
    item: _Item | None = None
    if op.action != "create":
        # a row of the item's (a comment, a link, a time entry), not the item's fields
        whole = op.action in ("append", "remove") or op.table_name != "work_items"
        try:
            item = _current(batch, op.work_item_id if whole else op.row_id,
                            () if whole else op.changes)
        except DeskAppError as exc:  # refused by the push itself: nothing was touched
            return _Outcome(REJECTED, {"reason": batch.refusal(op, exc)})
    if not batch.careful:  # a refusal here makes the batch run again the careful way
        return _run_op(batch, actor, op, item, work_at, skew)
    savepoint = batch.session.begin_nested()
    try:
        result = _run_op(batch, actor, op, item, work_at, skew)
    except DeskAppError as exc:
        savepoint.rollback()
        if op.action == "create":
            batch.refused[op.row_id] = str(op.changes.get("number") or "")
        return _Outcome(REJECTED, {"reason": str(exc)})
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    savepoint.commit()
    return result


def _run_op(batch: _Batch, actor: Actor, op: Any, item: _Item | None, work_at: datetime,
            skew: float) -> _Outcome:
    if item is None:
        return _create(batch.uow, actor, op, work_at)
    if op.action == "append" and op.table_name == "attachments":
        return _attachment(batch, actor, item, op, work_at)
    if op.action == "append":
        return _append(batch.uow, actor, item, op, work_at, skew)
    if op.table_name == "time_entries":
        return _time_entry(batch, actor, op, work_at, skew)
    if op.action == "remove":
        return _remove(batch, actor, op, work_at)
    return _merge(batch.uow, actor, item, op, work_at)


def _time_entry(batch: _Batch, actor: Actor, op: Any, work_at: datetime,
                skew: float) -> _Outcome:
    """A correction or removal of one's time entry, merged against its base like an item's
    fields (a removal the desk made already needs nothing)."""
    service = TimeEntryService(batch.uow, actor, lambda: work_at)
    entry = batch.session.get(TimeEntry, op.row_id)
    if entry is None or entry.deleted_at is not None:
        if op.action == "remove":
            return _Outcome(APPLIED, {"already": True})
        raise NotFound("That time entry was removed on the desk; log the time again.")
    if op.action == "remove":
        service.remove(op.row_id)
        return _Outcome(APPLIED, {})
    changes: dict[str, list[Any]] = op.changes
    current = {name: encode(getattr(entry, name)) for name in changes}
    apply, conflicts = merge(current, changes)
    if apply:
        values = {name: decode(TimeEntry, name, value) for name, value in apply.items()}
        if "worked_at" in values:  # the laptop's clock, corrected like a new entry's
            values["worked_at"] = min(values["worked_at"] + timedelta(seconds=skew), work_at)
        service.edit(entry.id, entry.version, values.get("minutes", entry.minutes),
                     values.get("worked_at", entry.worked_at), values.get("note", entry.note))
    detail: dict[str, Any] = {"applied": sorted(apply)}
    if conflicts:
        detail["conflict"] = {name: {**c, "chosen": None} for name, c in conflicts.items()}
        return _Outcome(CONFLICT, detail)
    return _Outcome(APPLIED, detail)


def _remove(batch: _Batch, actor: Actor, op: Any, work_at: datetime) -> _Outcome:
    """A link or attachment removed offline: removed on the desk (a tombstone and an event);
    one the desk removed already needs nothing."""
    if op.table_name == "attachments":
        attachment = batch.session.get(Attachment, op.row_id)
        if attachment is None or attachment.deleted_at is not None:
            return _Outcome(APPLIED, {"already": True})
        AttachmentService(batch.uow, actor, lambda: work_at).remove(op.row_id)
        return _Outcome(APPLIED, {})
    if op.table_name != "work_item_links":
        raise ValidationError(msg("Rows of {table} cannot be removed from a replica.",
                                  table=op.table_name))
    link = batch.session.get(WorkItemLink, op.row_id)
    if link is None or link.deleted_at is not None:
        return _Outcome(APPLIED, {"already": True})
    WorkItemService(batch.uow, actor, lambda: work_at).unlink(op.row_id)
    return _Outcome(APPLIED, {})


#: what each kind's create takes from a create op (the rest it derives, as online)
_CREATE_DRAFT = {
    "incident": (*EDITABLE_FIELDS, "team_id", "assignee_id"),
    "incident_task": (*TASK_EDITABLE_FIELDS, "team_id", "assignee_id"),
}


def _create(uow: UnitOfWorkFactory, actor: Actor, op: Any, work_at: datetime) -> _Outcome:
    """An item logged offline: logged on the desk by its kind's create, under the id the
    replica gave it; the desk allocates its number (handed back in the outcome)."""
    values: dict[str, Any] = op.changes
    kind = str(values.get("kind"))
    if kind not in _CREATE_DRAFT:
        raise ValidationError(msg("Items of kind '{kind}' cannot be logged offline yet.",
                                  kind=kind))
    model = mapper_of(kind)
    draft = {name: decode(model, name, values[name]) for name in _CREATE_DRAFT[kind]
             if name in values}
    if kind == "incident":
        made: Any = IncidentService(uow, actor, lambda: work_at).create(draft,
                                                                          item_id=op.row_id)
    else:
        parent = decode(model, "parent_id", values.get("parent_id"))
        made = IncidentTaskService(uow, actor, lambda: work_at).create(parent, draft,
                                                                        item_id=op.row_id)
    return _Outcome(APPLIED, {"number": made.number})


KindServiceType = IncidentService | IncidentTaskService | ServiceRequestService


def apply_fields(service: KindServiceType, item_id: uuid.UUID,
                 version: int, status: str | None, values: dict[str, Any]) -> None:
    """Set ``values`` (column values) on an item as its form would: the kind's edit for fields
    and assignment (one version), then the lifecycle step for a new status (with the
    resolution that goes with it)."""
    edits = {name: value for name, value in values.items()
             if name != "status" and name not in _WITH_STATUS}
    if edits:
        saved = service.edit(item_id, version, edits)
        version, status = saved.version, saved.status
    if "status" in values and values["status"] != status:  # the edit may have moved it on
        service.transition(item_id, version, str(values["status"]),
                           resolution_code=values.get("resolution_code"),
                           resolution_notes=values.get("resolution_notes"))
    elif set(_WITH_STATUS) & values.keys():
        raise ValidationError("A resolution changes only with the step that resolves the item; "
                              "resolve it again on the desk.")


def kind_service(uow: UnitOfWorkFactory, actor: Actor, kind: str,
                 clock: Clock = utcnow) -> KindServiceType:
    """The service that changes items of ``kind`` (the kinds a replica can work offline)."""
    return _kind_service(uow, actor, kind, clock)


def _kind_service(uow: UnitOfWorkFactory, actor: Actor, kind: str,
                  clock: Clock) -> KindServiceType:
    if kind == "incident":
        return IncidentService(uow, actor, clock)
    if kind == "incident_task":
        return IncidentTaskService(uow, actor, clock)
    if kind == "service_request":  # its edit and lifecycle; approvals are not pushed
        return ServiceRequestService(uow, actor, ApprovalService(uow, actor, clock), clock)
    if kind == "request_task":  # a step done opens the plan's next tasks on the desk
        return RequestTaskService(uow, actor, clock)
    raise ValidationError(msg("Items of kind '{kind}' cannot be changed offline yet.", kind=kind))


@dataclass(frozen=True)
class _Item:
    """What the merge needs of the desk's item, read before the service changes it."""

    id: uuid.UUID
    kind: str
    model: type[WorkItem]
    version: int
    values: dict[str, Any]  # the asked fields, in their JSON form


def _current(batch: _Batch, item_id: uuid.UUID, fields: Iterable[str] = ()) -> _Item:
    """The desk's item as the pushing login sees it (row-level security applies): read with
    the batch's other items, as the ops before this one in the batch left it."""
    row = batch.item(item_id)
    if row is None:
        raise NotFound("The item is no longer on the desk (or no longer visible to you).")
    if row.deleted_at is not None:
        raise ValidationError(msg("{number} was deleted on the desk after you took it offline; "
                                  "what you changed was not applied.", number=row.number))
    wanted = [*fields, "status"]
    return _Item(row.id, row.kind, type(row), row.version,
                 {name: encode(getattr(row, name, None)) for name in wanted})


def _append(uow: UnitOfWorkFactory, actor: Actor, item: _Item, op: Any, work_at: datetime,
            skew: float) -> _Outcome:
    """A comment, work note or time entry: added as new, never a conflict."""
    values = op.changes
    if op.table_name == "work_item_comments":
        service: WorkItemOperations = _kind_service(uow, actor, item.kind, lambda: work_at)
        service.add_comment(item.id, str(values["body"]), work_note=bool(values["work_note"]),
                            comment_id=op.row_id)
    elif op.table_name == "time_entries":
        worked = decode_time(values.get("worked_at"))
        worked = min(worked + timedelta(seconds=skew), work_at) if worked else work_at
        TimeEntryService(uow, actor, lambda: work_at).add(
            item.id, int(values["minutes"]), worked, values.get("note"), entry_id=op.row_id)
    elif op.table_name == "work_item_links":
        WorkItemService(uow, actor, lambda: work_at).link(
            item.id, uuid.UUID(str(values["target_id"])), str(values["link_type"]),
            link_id=op.row_id)
    else:
        raise ValidationError(msg("Rows of {table} cannot be pushed.", table=op.table_name))
    return _Outcome(APPLIED, {})


def _attachment(batch: _Batch, actor: Actor, item: _Item, op: Any,
                work_at: datetime) -> _Outcome:
    """A file attached offline: stored on the desk under the replica's id; its bytes are read
    from the replica only when the desk does not hold them yet."""
    values = op.changes
    already = batch.session.get(Attachment, op.row_id)
    if already is not None:  # not expected (a retry attaches under a new id): never a copy
        return _Outcome(APPLIED, {"already": True})
    if batch.replica is None:
        raise ValidationError("This push has no replica to read the file from; sync again.")
    sha, size = str(values["blob_sha256"]), int(values["size"])
    AttachmentService(batch.uow, actor, lambda: work_at).receive(
        item.id, op.row_id, str(values["file_name"]), sha, size,
        lambda: LocalContent(batch.replica, sha, str(values["file_name"])),
        comment_id=decode(Attachment, "comment_id", values.get("comment_id")))
    return _Outcome(APPLIED, {})


def mapper_of(kind: str) -> type[WorkItem]:
    """The mapped class of a kind's items (the core's for a kind without details)."""
    found = WorkItem.__mapper__.polymorphic_map.get(kind)
    return cast(type[WorkItem], found.class_) if found is not None else WorkItem


def decode_time(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def merge(current: dict[str, Any], changes: dict[str, list[Any]]
          ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Field-level merge of ``{field: [base, mine]}`` onto the desk's ``current`` values (all
    in their JSON form): (what to apply, the conflicts as base / mine / theirs)."""
    apply: dict[str, Any] = {}
    conflicts: dict[str, dict[str, Any]] = {}
    for name, (base, mine) in changes.items():
        theirs = current.get(name)
        if theirs == mine:
            continue
        if theirs == base:
            apply[name] = mine
        else:
            conflicts[name] = {"base": base, "mine": mine, "theirs": theirs}
    if "status" in conflicts:  # a resolution goes with its status step
        for name in _WITH_STATUS:
            if name in apply:
                base, mine = changes[name]
                conflicts[name] = {"base": base, "mine": mine, "theirs": current.get(name)}
                del apply[name]
    return apply, conflicts


def _merge(uow: UnitOfWorkFactory, actor: Actor, item: _Item, op: Any,
           work_at: datetime) -> _Outcome:
    """A work item's field changes, merged against the base and applied through its kind's
    service: the form's edit for fields and assignment, the lifecycle for the status."""
    changes: dict[str, list[Any]] = op.changes
    model = item.model
    apply, conflicts = merge(item.values, changes)
    service = _kind_service(uow, actor, item.kind, lambda: work_at)
    values = {name: decode(model, name, value) for name, value in apply.items()}
    if "status" in values:  # the resolution the technician gave goes with the step
        values.update({name: decode(model, name, changes[name][1]) for name in _WITH_STATUS
                       if name in changes and name not in values and name not in conflicts})
    apply_fields(service, item.id, item.version, item.values.get("status"), values)
    detail: dict[str, Any] = {"applied": sorted(apply)}
    if conflicts:
        detail["conflict"] = {name: {**c, "chosen": None} for name, c in conflicts.items()}
        return _Outcome(CONFLICT, detail)
    return _Outcome(APPLIED, detail)


@dataclass(frozen=True)
class SyncSummary:
    pushed: PushSummary
    pulled: Any  # deskapp.sync.replica.PullSummary


def synchronise(server: Engine, replica: Engine, *, device_clock: Clock = utcnow,
                progress: Callable[[str, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> SyncSummary:
    """A whole sync: push the outbox, refresh the items whose ops settled, then pull."""
    from deskapp.sync.replica import pull, refresh_items

    pushed = push(server, replica, device_clock=device_clock, cancelled=cancelled,
                  progress=(lambda n: progress("pushed", n)) if progress else None)
    # every op this push settled is unrefreshed, and so is any a killed sync left behind
    items, rows = unrefreshed(replica)
    refresh_items(server, replica, items, rows)
    pulled = pull(server, replica, cancelled=cancelled,
                  progress=(lambda n: progress("pulled", n)) if progress else None)
    return SyncSummary(pushed, pulled)
