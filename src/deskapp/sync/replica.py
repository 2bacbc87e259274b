"""Offline replicas: make one from a shared PostgreSQL desk, and pull the desk's changes into it.

A replica is an ordinary DeskApp SQLite file (the same schema, opened like any profile) holding
the open work of a scope (:mod:`deskapp.sync.scope`) with its comments, events, links and
details, the parents of those items, the callers they name, and the reference data every form
needs (services, CIs, staff, teams, SLAs, calendars, resolution codes, settings). Its
``replica_state`` row says which desk it came from, as whom, and how far it has pulled.

Pulling walks the desk's change log (:mod:`deskapp.db.changelog`) in (txid, seq) order below the
oldest running transaction, re-reads the current rows of the keys it names (as the replica's
own login, so row-level security decides what it may see), and applies them together with the
new cursor in one local transaction: a pull interrupted anywhere leaves the replica as it was
before that batch, and running it again is harmless.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    delete,
    func,
    select,
    text,
    tuple_,
    union,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from deskapp.config.urls import redacted
from deskapp.db import maintenance, migrate
from deskapp.db.bulk_rewrite import items_rewritten
from deskapp.db.models import Base, ReplicaState, SyncLogEntry, WorkItem
from deskapp.domain.ids import new_id
from deskapp.domain.records import TABLES, Sync
from deskapp.errors import ValidationError
from deskapp.messages import msg
from deskapp.sync.scope import ResolvedScope, Scope, callers_of, items_in_scope, resolve

log = logging.getLogger(__name__)

CHUNK = 900  # ids per IN list (SQLite's variable limit is far above; plans stay simple)
PULL_BATCH = 2000
Progress = Callable[[str, int], None]

_STATE = cast(Table, ReplicaState.__table__)
_LOG = cast(Table, SyncLogEntry.__table__)
_ITEMS = cast(Table, WorkItem.__table__)
_PEOPLE = Base.metadata.tables["people"]
_BLOBS = Base.metadata.tables["attachment_blobs"]
_CHUNKS = Base.metadata.tables["attachment_chunks"]


@dataclass(frozen=True)
class ReplicaSummary:
    path: Path
    scope: str
    items: int
    rows: int
    seconds: float
    #: a run that went on from where an interrupted one stopped
    resumed: bool = False


@dataclass(frozen=True)
class PullSummary:
    entries: int
    batches: int
    added: int  # items that entered the scope
    removed: int  # items that left it
    seconds: float
    #: changes already logged that wait for an older transaction still running on the server
    #: (transaction ids are server-wide: a long write anywhere on it holds pulls back)
    waiting: int = 0


def synced() -> list[Table]:
    """Synced tables, parents before children (the order inserts need)."""
    return [t for t in Base.metadata.sorted_tables
            if t.name in TABLES and TABLES[t.name].sync is not Sync.NONE]


def desk_identity(conn: Connection) -> str:
    """Which desk this is: the PostgreSQL cluster's system identifier and the database's oid
    (a database dropped and made again under the same name is another desk)."""
    return str(conn.scalar(text(
        "SELECT (SELECT system_identifier FROM pg_control_system())::text || '-' || "
        "(SELECT oid FROM pg_database WHERE datname = current_database())::text")))


def _require_postgres(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise ValidationError("Replicas are made from a shared PostgreSQL desk; this database is "
                              "a local SQLite file already.")
    if not conn.dialect.has_table(conn, "sync_log"):
        raise ValidationError("This desk has no change log yet; ask an administrator to run "
                              "'deskapp-admin db upgrade' on it.")


def _staff_of_session(conn: Connection, username: str | None) -> tuple[uuid.UUID, str]:
    login = username or str(conn.scalar(text("SELECT session_user")))
    staff = conn.execute(text("SELECT id FROM staff_users WHERE username = :u AND active "
                              "AND deleted_at IS NULL"), {"u": login}).first()
    if staff is None:
        raise ValidationError(msg("The login '{login}' has no active staff record on this desk; "
                                  "ask an administrator to add you ('deskapp-admin staff add').",
                                  login=login))
    return _uuid(staff[0]), login


def _defer_foreign_keys(local: Connection) -> None:
    """Rows arrive in batches (a task before its parent incident): SQLite checks the keys at
    commit instead, so the transaction as a whole must be consistent."""
    local.execute(text("PRAGMA defer_foreign_keys = ON"))


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _xmin(conn: Connection) -> int:
    return int(conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
               or 0)


class _Rows:
    """Reading rows off the desk by key and writing them into the replica."""

    def __init__(self, server: Connection, local: Connection) -> None:
        self.server = server
        self.local = local
        self.written = 0

    def fetch(self, table: Table, column: str, keys: Iterable[Any]) -> list[dict[str, Any]]:
        keys = list(keys)
        out: list[dict[str, Any]] = []
        for start in range(0, len(keys), CHUNK):
            out.extend(_dicts(self.server.execute(
                select(table).where(table.c[column].in_(keys[start:start + CHUNK])))))
        return out

    def fetch_all(self, table: Table) -> list[dict[str, Any]]:
        return _dicts(self.server.execute(select(table)))

    def upsert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        rows = self.held_whole(table, rows)
        if not rows:
            return
        if table.name == "attachments":
            self._blobs_of(rows)
        pk = [c.name for c in table.primary_key.columns]
        stmt = sqlite_insert(table)
        others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in pk}
        stmt = stmt.on_conflict_do_update(index_elements=pk, set_=others) if others \
            else stmt.on_conflict_do_nothing(index_elements=pk)
        for start in range(0, len(rows), 500):
            self.local.execute(stmt, list(rows[start:start + 500]))
        self.written += len(rows)

    def held_whole(self, table: Table, rows: Sequence[dict[str, Any]]
                   ) -> Sequence[dict[str, Any]]:
        """Desk records (not work) as a replica can hold them: a replica holds only its scope's
        items and their callers, so a reference to work is left empty (items come and go with
        the scope; an article's source item, a grant's request), a reference to a person or
        record it does not hold too, and a row that cannot be without one (a grant of another
        person, a review line of that grant, an improvement's link) is not carried. Before
        this, a desk with access grants or articles written from tickets could not make a
        replica at all (a foreign key failed)."""
        refs = _scoped_references(table.name)
        if not refs or not rows:
            return rows
        out = list(rows)
        for column, target, nullable, work in refs:
            if work:  # work comes and goes with the scope: never pointed at
                present: set[Any] = set()
            else:
                values = {r[column] for r in out if r[column] is not None}
                present = self.present(Base.metadata.tables[target], values)
                if target == table.name:  # a manager in the same batch
                    present |= {r["id"] for r in out}
            kept = []
            for row in out:
                if row[column] is None or row[column] in present:
                    kept.append(row)
                elif nullable:
                    kept.append({**row, column: None})
            out = kept
        return out

    def present(self, table: Table, keys: Iterable[Any]) -> set[Any]:
        """Which of ``keys`` the replica holds in ``table`` (by id)."""
        return self.ids(self.local, table, "id", keys)

    def _blobs_of(self, attachments: Sequence[dict[str, Any]]) -> None:
        """The content rows (hash, size, chunk count) the attachments name, without their
        chunks: a replica holds attachment metadata, and the bytes of a file only when it was
        attached there or fetched on demand (:mod:`deskapp.sync.content`)."""
        wanted = {r["blob_sha256"] for r in attachments}
        have = self.ids_of_blobs(wanted)
        missing = wanted - have
        if missing:
            found = self.fetch(_BLOBS, "sha256", missing)
            if found:
                self.local.execute(sqlite_insert(_BLOBS).on_conflict_do_nothing(
                    index_elements=["sha256"]), found)

    def ids_of_blobs(self, shas: Iterable[str]) -> set[str]:
        wanted = list(shas)
        out: set[str] = set()
        for start in range(0, len(wanted), CHUNK):
            out.update(self.local.scalars(select(_BLOBS.c.sha256).where(
                _BLOBS.c.sha256.in_(wanted[start:start + CHUNK]))))
        return out

    def delete_keys(self, table: Table, column: str, keys: Iterable[Any]) -> None:
        keys = list(keys)
        for start in range(0, len(keys), CHUNK):
            self.local.execute(delete(table).where(table.c[column].in_(keys[start:start + CHUNK])))

    def replace(self, table: Table, column: str, keys: set[Any],
                rows: Sequence[dict[str, Any]]) -> None:
        """Make the replica's rows with these keys what the desk has: upsert by primary key,
        and drop local rows of those keys the desk no longer has (hard deletes, moved keys)."""
        rows = self.held_whole(table, rows)
        pk = [c.name for c in table.primary_key.columns]
        if pk != [column]:  # rows without an id of their own: the key's set is replaced whole
            self.delete_keys(table, column, keys)
            self.upsert(table, rows)
            return
        gone = keys - {r[column] for r in rows}
        self.delete_keys(table, column, gone)
        self._update_changed(table, column, rows)

    def ids(self, conn: Connection, table: Table, column: str, keys: Iterable[Any]
            ) -> set[Any]:
        wanted = list(keys)
        out: set[Any] = set()
        for start in range(0, len(wanted), CHUNK):
            out.update(conn.scalars(select(table.c.id).where(
                table.c[column].in_(wanted[start:start + CHUNK]))))
        return out

    def mirror(self, table: Table, column: str, keys: set[Any], reread: set[Any]) -> None:
        """Make the replica's rows whose ``column`` is in ``keys`` the desk's (a table keyed
        by ``id`` whose rows a replica only adds): drop the ones the desk has not got (made
        offline), fetch the ones the replica lacks and those in ``reread``. A row both have
        was the same at the last pull, and a later change of it on the desk is in the log:
        the pull brings it, so a long history is not read again."""
        desk = self.ids(self.server, table, column, keys)
        mine = self.ids(self.local, table, column, keys)
        self.delete_keys(table, "id", mine - desk)
        self._update_changed(table, "id", self.fetch(table, "id", (desk - mine) |
                                                     (desk & reread)))

    def _update_changed(self, table: Table, column: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert new rows; for rows the replica has, write only the columns that changed. A
        status or SLA change then leaves the full-text index alone (its trigger watches the
        text columns), which is most of what a desk changes."""
        ids = [r[column] for r in rows]
        have: dict[Any, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            for found in self.local.execute(select(table).where(
                    table.c[column].in_(ids[start:start + CHUNK]))):
                have[found._mapping[column]] = dict(found._mapping)
        self.upsert(table, [r for r in rows if r[column] not in have])
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            old = have.get(row[column])
            if old is None:
                continue
            changed = tuple(sorted(c for c, v in row.items() if old.get(c) != v))
            if changed and "updated_at" in row and "updated_at" not in changed:
                # the desk's value, not the model's onupdate clock
                changed = tuple(sorted((*changed, "updated_at")))
            if changed:
                by_columns[changed].append({**{c: row[c] for c in changed},
                                            "_key": row[column]})
        # many items at once (a big pull): the replica's counts and full-text index follow
        # set by set rather than by row trigger
        touched = {v["_key"] for values in by_columns.values() for v in values}
        with items_rewritten(self.local, touched, {c for cs in by_columns for c in cs}) \
                if table is _ITEMS else nullcontext():
            for columns, values in by_columns.items():
                stmt = update(table).where(table.c[column] == bindparam("_key")).values(
                    {c: bindparam(c) for c in columns})
                self.local.execute(stmt, values)
                self.written += len(values)


def _dicts(result: Any) -> list[dict[str, Any]]:
    """Rows as dicts (the column names read once: ``dict(row._mapping)`` builds them again
    for every row, a third of a pull's time)."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def _work_rows(rows: _Rows, table: Table, items: set[uuid.UUID]) -> list[dict[str, Any]]:
    """A work table's rows belonging to ``items`` (links: both ends must be there)."""
    decl = TABLES[table.name]
    column = decl.work_item_column or "id"
    found = rows.fetch(table, column, items)
    if table.name == "work_item_links":
        found = [r for r in found if r["target_id"] in items]
    return found


def _is_work(table: Table) -> bool:
    return table.name == "work_items" or TABLES[table.name].work_item_column is not None


@functools.cache
def _partly_held() -> frozenset[str]:
    """Tables a replica holds only part of: its scope's work, the callers it names, and desk
    records that cannot be without a row of those (a grant is of a person; a review line is
    of a grant)."""
    work = {t.name for t in synced() if _is_work(t)}
    partial = work | {"people"}
    grown = True
    while grown:
        grown = False
        for table in synced():
            if table.name not in partial and any(
                    fk.column.table.name in partial and not fk.parent.nullable
                    for fk in table.foreign_keys):
                partial.add(table.name)
                grown = True
    return frozenset(partial)


@functools.cache
def _scoped_references(table_name: str) -> tuple[tuple[str, str, bool, bool], ...]:
    """(column, target table, nullable, target is work) of a desk record's references to what
    a replica holds only in part; none for work (its rows follow their items)."""
    table = Base.metadata.tables[table_name]
    if _is_work(table):
        return ()
    partial = _partly_held()
    return tuple(sorted(
        (fk.parent.name, fk.column.table.name, bool(fk.parent.nullable),
         _is_work(fk.column.table))
        for fk in table.foreign_keys if fk.column.table.name in partial))


def create_replica(server: Engine, target: Path, scope: Scope, *, staff: str | None = None,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ReplicaSummary:
    """Copy the scope's work and the reference data into a new SQLite file at ``target``.

    The file is built under a temporary name (``FILE.partial``) and moved into place only when
    complete. Each table is copied in a local transaction of its own and noted in
    ``FILE.partial.json``: a run that was killed or lost the desk resumes where it stopped
    (the tables copied stay; the items are the ones the first run chose), and the replica's
    cursor is the first run's snapshot, so its first pull brings everything that changed on
    the desk since (tables copied later are merely newer). A cancelled run leaves nothing."""
    from deskapp.config.urls import sqlite_url
    from deskapp.runtime import connect

    started = datetime.now(UTC)
    target = target.expanduser().resolve()
    if target.exists():
        raise ValidationError(msg("{target} exists already; choose a new file name, or sync the "
                                  "replica that is there ('deskapp-admin sync --replica FILE').",
                                  target=target))
    if not target.parent.is_dir():
        raise ValidationError(msg("The folder {folder} does not exist; create it first.",
                                  folder=target.parent))
    partial = target.with_name(target.name + ".partial")
    noted = target.with_name(target.name + ".partial.json")
    earlier = _progress(noted) if partial.exists() else None
    if earlier is None:
        _remove(partial)
        noted.unlink(missing_ok=True)
    noted.with_name(noted.name + ".new").unlink(missing_ok=True)
    local_engine = connect(sqlite_url(partial))
    written = 0
    try:
        migrate.upgrade(local_engine)
        # a fresh file filled at once: the queue indexes and the full-text triggers are built
        # once at the end (10 times fewer B-tree and FTS writes than row by row)
        with maintenance.indexes_suspended(local_engine), \
                server.connect().execution_options(isolation_level="REPEATABLE READ") as s:
            _require_postgres(s)
            xmin = _xmin(s)  # the snapshot starts here: later changes come by pulling
            staff_id, login = _staff_of_session(s, staff)
            desk = desk_identity(s)
            if earlier is not None and (earlier.get("desk"), earlier.get("scope"),
                                        earlier.get("login")) != (desk, str(scope), login):
                earlier = None  # another desk, scope or login: start afresh
            done: list[str] = list(earlier["done"]) if earlier else []
            cursor = int(earlier["xmin"]) if earlier else xmin
            resolved = resolve(s, scope, staff_id)
            with local_engine.begin() as local:  # what migrations seeded comes from the desk
                for table in reversed(synced()):
                    if table.name not in done:
                        local.execute(delete(table))
                items = set(local.scalars(select(_ITEMS.c.id))) if "work_items" in done \
                    else items_in_scope(s, resolved)
            people = callers_of(s, items)

            def note() -> None:
                # written aside and renamed over: a kill halfway through writing must not leave
                # an empty note, which would throw away every table copied so far
                aside = noted.with_name(noted.name + ".new")
                aside.write_text(json.dumps({"desk": desk, "scope": str(scope), "login": login,
                                             "xmin": cursor, "done": done}))
                aside.replace(noted)

            note()
            for table in synced():
                if table.name in done:
                    continue
                if cancelled is not None and cancelled():
                    raise _Cancelled
                if progress is not None:
                    progress(table.name, written)
                with local_engine.begin() as local:
                    _defer_foreign_keys(local)
                    rows = _Rows(s, local)
                    if table.name == "work_items" and "people" in done:
                        # the callers of the items chosen now (a resumed run)
                        rows.upsert(_PEOPLE, rows.fetch(_PEOPLE, "id", people))
                    if _is_work(table):
                        rows.upsert(table, _work_rows(rows, table, items))
                    elif table.name == "people":
                        rows.upsert(table, rows.fetch(table, "id", people))
                    else:
                        rows.upsert(table, rows.fetch_all(table))
                    written += rows.written
                done.append(table.name)
                note()
            now = datetime.now(UTC)
            with local_engine.begin() as local:  # (a resumed run may find the first's)
                local.execute(delete(_STATE))
                local.execute(_STATE.insert().values(
                    id=new_id(), version=1, created_at=now, updated_at=now,
                    desk_id=desk, source=redacted(server.url)[:300], scope=str(scope),
                    login=login, cursor_txid=cursor, cursor_seq=0, last_pull_at=now,
                    schema_head=migrate.SCHEMA_HEAD, **_clocks(s, now)))
    except _Cancelled:
        local_engine.dispose()
        _remove(partial)
        noted.unlink(missing_ok=True)
        raise ValidationError("Making the replica was cancelled; nothing was kept.") from None
    except ValidationError:
        local_engine.dispose()
        _remove(partial)
        noted.unlink(missing_ok=True)
        raise
    except BaseException:  # the desk was lost, the process is stopping: resume next time
        local_engine.dispose()
        raise
    local_engine.dispose()
    _self_contained(partial)
    partial.replace(target)
    _check_moved(target)
    noted.unlink(missing_ok=True)
    return ReplicaSummary(target, str(scope), len(items), written,
                          (datetime.now(UTC) - started).total_seconds(), earlier is not None)


def _progress(noted: Path) -> dict[str, Any] | None:
    """What an interrupted run noted (None: nothing usable)."""
    try:
        found = json.loads(noted.read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not isinstance(found.get("done"), list) \
            or not isinstance(found.get("xmin"), int):
        return None
    return found


class _Cancelled(Exception):
    pass


def _self_contained(path: Path) -> None:
    """Fold the write-ahead log into the file and leave WAL mode before the file is renamed.

    A WAL database is two files: a rename moves the main file and leaves the ``-wal`` behind
    under the old name, so anything not yet checkpointed (the replica record, written last)
    would be missing from the file the app opens, which then is not a replica and records no
    ops. Switching the journal mode needs the only connection, so a connection left open on
    the file is caught here rather than as lost work later. Opening the replica puts WAL back
    (:func:`deskapp.db.engine.make_engine`)."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = raw.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # "database is locked": another connection holds it
        mode = "wal"
    finally:
        raw.close()
    if str(mode).lower() != "delete" or Path(str(path) + "-wal").exists():
        raise ValidationError(msg(
            "The new replica {path} is still open in another program, so it was not moved "
            "into place; close that program and make the replica again (what was copied is "
            "kept and the run resumes).", path=path))


def _check_moved(target: Path) -> None:
    """The file under its final name is a replica: its record is there. A file without it
    would open as an ordinary desk file and record no offline work (no ops to push), the
    silent loss a replica exists to prevent; seen twice in CI and not reproduced since, so
    it is checked here, where it can still be refused with a sentence, and the file is not
    left in place."""
    found: object = None
    try:
        raw = sqlite3.connect(f"file:{target.resolve().as_posix()}?mode=ro", uri=True)
        try:
            found = raw.execute("SELECT count(*) FROM replica_state").fetchone()[0]
        finally:
            raw.close()
    except sqlite3.Error as exc:
        found = str(exc)
    if found != 1:
        log.error("new replica %s has no replica record (%r); sidecar files: %s", target, found,
                  sorted(p.name for p in target.parent.glob(target.name + "*")))
        _remove(target)
        raise ValidationError(msg(
            "The new replica {path} was not written completely, so it was removed; make the "
            "replica again.", path=target))


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def desk_url(source: str) -> Any:
    """The desk's URL kept in a replica (its password masked): without the mask, for the
    keyring or a prompt to fill in."""
    from sqlalchemy import make_url

    return make_url(source.replace(":***@", "@"))


def replica_state(local: Connection) -> Any:
    if not local.dialect.has_table(local, "replica_state"):
        raise ValidationError("This file is not an offline replica of a desk.")
    state = local.execute(select(_STATE)).first()
    if state is None:
        raise ValidationError("This file is not an offline replica of a desk (it has no "
                              "replica record); make one with 'deskapp-admin replica create'.")
    return state


def check_desk(server: Connection, state: Any) -> None:
    """Refuse a replica of another desk or made by another DeskApp version."""
    _require_postgres(server)
    if state.desk_id != desk_identity(server):
        raise ValidationError(
            msg("This replica was made from another desk ({source}); open that desk to sync it, "
                "or make a new replica of this one.", source=state.source))
    if state.schema_head != migrate.SCHEMA_HEAD:
        raise ValidationError(msg(
            "This replica's file is at DeskApp schema {theirs}, this DeskApp at {ours}; open it "
            "once in this DeskApp (it upgrades the file and keeps its unsent work), then sync. "
            "A file from a newer DeskApp syncs with that version.",
            theirs=state.schema_head, ours=migrate.SCHEMA_HEAD))


def note_schema(local: Engine) -> None:
    """After the replica file was upgraded by this DeskApp's migrations (opening it does that,
    keeping every unsent op), record that it is at this version: its pushes and pulls go on
    instead of asking for a new replica, which would strand the work not yet sent."""
    current = migrate.current_revision(local)
    with local.begin() as conn:
        conn.execute(update(_STATE).where(_STATE.c.schema_head != current).values(
            schema_head=current))


def _clocks(server: Connection, device_now: datetime) -> dict[str, Any]:
    """The desk's clock now and how far the laptop's is behind it (for work times)."""
    desk_now = cast(datetime, server.scalar(select(func.clock_timestamp())))
    return {"server_pulled_at": desk_now,
            "clock_skew_s": (desk_now - device_now).total_seconds()}


def pull(server: Engine, replica: Engine, *, batch: int = PULL_BATCH,
         progress: Callable[[int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> PullSummary:
    """Apply the desk's changes since the replica's cursor, batch by batch."""
    started = datetime.now(UTC)
    entries = batches = added = removed = waiting = 0
    while True:
        with server.connect().execution_options(isolation_level="REPEATABLE READ") as s, \
                replica.begin() as local:
            _require_postgres(s)
            state = replica_state(local)
            check_desk(s, state)
            if (state.cursor_txid, state.cursor_seq) < _horizon(s):
                raise ValidationError(
                    "This replica is older than the desk's change log (entries it still needs "
                    "were pruned); make a new replica ('deskapp-admin replica create').")
            xmin = _xmin(s)
            found = s.execute(
                select(_LOG.c.seq, _LOG.c.txid, _LOG.c.table_name, _LOG.c.row_key)
                .where(_after(state.cursor_txid, state.cursor_seq), _LOG.c.txid < xmin)
                .order_by(_LOG.c.txid, _LOG.c.seq).limit(batch)).all()
            now = datetime.now(UTC)
            if not found:
                local.execute(update(_STATE).values(last_pull_at=now, **_clocks(s, now)))
                waiting = _waiting(s, state.cursor_txid, state.cursor_seq)
                break
            _defer_foreign_keys(local)
            staff_id = _staff_of_session(s, state.login)[0]
            resolved = resolve(s, Scope.parse(state.scope), staff_id)
            a, r = _apply(_Rows(s, local), resolved, found)
            added, removed = added + a, removed + r
            last = found[-1]
            local.execute(update(_STATE).values(cursor_txid=last.txid, cursor_seq=last.seq,
                                                last_pull_at=now, updated_at=now,
                                                **_clocks(s, now),
                                                version=_STATE.c.version + 1))
            if len(found) < batch:
                waiting = _waiting(s, last.txid, last.seq)
        entries += len(found)
        batches += 1
        if progress is not None:
            progress(entries)
        if len(found) < batch or (cancelled is not None and cancelled()):
            break
    return PullSummary(entries, batches, added, removed,
                       (datetime.now(UTC) - started).total_seconds(), waiting)


HORIZON_KEY = "sync_log_horizon"


def _horizon(server: Connection) -> tuple[int, int]:
    """The newest (txid, seq) pruning removed: a replica whose cursor is behind it missed
    entries it can no longer get."""
    table = Base.metadata.tables["app_settings"]
    stored = server.scalar(select(table.c.value).where(table.c.key == HORIZON_KEY))
    if not isinstance(stored, dict):
        return (0, 0)
    return int(stored.get("txid", 0)), int(stored.get("seq", 0))


@dataclass(frozen=True)
class PruneSummary:
    removed: int
    horizon: tuple[int, int]


def prune(server: Engine, keep_days: int) -> PruneSummary:
    """Remove log entries older than ``keep_days`` (and below every running transaction), and
    remember the horizon: a replica whose cursor is older must be made again."""
    if not 1 <= keep_days <= 3650:
        raise ValidationError("Keep the change log for 1 to 3650 days, e.g. --keep-days 30.")
    from deskapp.db.models import AppSetting

    settings = cast(Table, AppSetting.__table__)
    with server.begin() as conn:
        _require_postgres(conn)
        last = conn.scalar(text(
            "SELECT max(txid) FROM sync_log WHERE logged_at < now() - make_interval(days => "
            ":days) AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"),
            {"days": keep_days})
        if last is None:
            return PruneSummary(0, _horizon(conn))
        horizon = (int(last), int(conn.scalar(select(func.max(_LOG.c.seq))
                                              .where(_LOG.c.txid == last)) or 0))
        removed = conn.execute(delete(_LOG).where(_LOG.c.txid <= last)).rowcount
        now = datetime.now(UTC)
        value = {"txid": horizon[0], "seq": horizon[1], "pruned_at": now.isoformat()}
        if conn.execute(update(settings).where(settings.c.key == HORIZON_KEY)
                        .values(value=value, updated_at=now,
                                version=settings.c.version + 1)).rowcount == 0:
            conn.execute(settings.insert().values(id=new_id(), key=HORIZON_KEY, value=value,
                                                  version=1, created_at=now, updated_at=now))
    return PruneSummary(int(removed or 0), horizon)


def _after(txid: int, seq: int) -> ColumnElement[bool]:
    """Entries past the cursor. The plain ``txid >=`` lets the (txid, seq) index seek to the
    cursor instead of scanning the log from the start (0.2 s at 490,000 entries)."""
    return and_(_LOG.c.txid >= txid, tuple_(_LOG.c.txid, _LOG.c.seq) > tuple_(txid, seq))


def _waiting(server: Connection, txid: int, seq: int) -> int:
    """Entries past the cursor (all of them wait for an older transaction; counted to 10,000)."""
    past = select(_LOG.c.seq).where(_after(txid, seq))
    return int(server.scalar(select(func.count()).select_from(past.limit(10_000).subquery()))
               or 0)


def _apply(rows: _Rows, resolved: ResolvedScope, entries: Sequence[Any]) -> tuple[int, int]:
    """One batch of log entries into the replica (inside its transaction)."""
    keys: dict[str, set[uuid.UUID]] = defaultdict(set)
    for e in entries:
        keys[e.table_name].add(_uuid(e.row_key))
    local = rows.local
    local_items = set(local.scalars(select(_ITEMS.c.id)))
    # an item with changes not yet pushed keeps the technician's rows until the push settles
    # them (the push then refreshes it from the desk)
    held = _held(local)
    for table_name, decl in TABLES.items():
        if held and table_name in keys and decl.sync_key == (decl.work_item_column or "id"):
            keys[table_name] -= held

    # which changed items are in the scope now (with the parents they need)
    changed = keys.pop("work_items", set()) - held
    wanted = items_in_scope(rows.server, resolved, among=changed) if changed else set()
    still_parent = {parent for item, parent in local.execute(
        select(_ITEMS.c.id, _ITEMS.c.parent_id).where(_ITEMS.c.parent_id.is_not(None)))
        if item not in changed}
    leaving = (changed & local_items) - wanted - still_parent
    entering = wanted - local_items
    refresh = (changed & local_items) - leaving
    after = (local_items - leaving) | entering

    # removals: children first, then the items
    if leaving:
        for table in reversed(synced()):
            if table.name != "work_items" and _is_work(table):
                column = TABLES[table.name].work_item_column or "id"
                rows.delete_keys(table, column, leaving)
                if table.name == "work_item_links":
                    rows.delete_keys(table, "target_id", leaving)
        rows.delete_keys(_ITEMS, "id", leaving)

    # parents first: every synced table in dependency order
    people = callers_of(rows.server, entering | refresh) - set(
        local.scalars(select(Base.metadata.tables["people"].c.id)))
    for table in synced():
        if table.name == "work_items":
            rows.replace(table, "id", refresh | entering,
                         rows.fetch(table, "id", refresh | entering))
            continue
        decl = TABLES[table.name]
        mine = keys.get(table.name, set())
        if _is_work(table):
            column = decl.work_item_column or "id"
            if mine:
                found = [r for r in rows.fetch(table, decl.sync_key, mine)
                         if r[column] in after]
                if table.name == "work_item_links":
                    found = [r for r in found if r["target_id"] in after]
                rows.replace(table, decl.sync_key, mine, found)
            if entering:  # an item new to the replica brings its whole history
                rows.upsert(table, _work_rows(rows, table, entering))
        elif table.name == "people":
            present = set(local.scalars(select(table.c.id).where(table.c.id.in_(list(mine))))) \
                if mine else set()
            wanted_people = present | people
            if wanted_people:
                rows.replace(table, "id", wanted_people, rows.fetch(table, "id", wanted_people))
        elif mine:
            rows.replace(table, decl.sync_key, mine, rows.fetch(table, decl.sync_key, mine))
    if leaving:
        _drop_unneeded_callers(local)
        drop_unneeded_content(local)
    return len(entering), len(leaving)


def _drop_unneeded_callers(local: Connection) -> None:
    """Callers whose every item left the scope leave the replica too (a replica holds the
    callers its items name, as when it was made), unless another local row still points at
    them (a colleague's manager, a request's "for")."""
    people = _PEOPLE
    local.execute(delete(people).where(people.c.id.not_in(union(*_PEOPLE_REFERENCES))))


def drop_unneeded_content(local: Connection) -> None:
    """Attachment content no attachment of the replica names any more (its item left, or the
    desk refused the file) leaves with its chunks, unless an outbox op still needs the bytes
    (waiting to be pushed, or refused and kept for a retry): the replica's disk use follows
    its scope."""
    attachments = Base.metadata.tables["attachments"]
    outbox = Base.metadata.tables["sync_outbox"]
    from deskapp.sync.outbox import PENDING, REJECTED

    needed = set(local.scalars(select(attachments.c.blob_sha256).distinct()))
    for changes in local.scalars(select(outbox.c.changes).where(
            outbox.c.table_name == "attachments", outbox.c.action == "append",
            outbox.c.state.in_((PENDING, REJECTED)))):
        if isinstance(changes, dict) and changes.get("blob_sha256"):
            needed.add(str(changes["blob_sha256"]))
    stored = set(local.scalars(select(_BLOBS.c.sha256)))
    unneeded = list(stored - needed)
    for start in range(0, len(unneeded), CHUNK):
        part = unneeded[start:start + CHUNK]
        local.execute(delete(_CHUNKS).where(_CHUNKS.c.blob_sha256.in_(part)))
        local.execute(delete(_BLOBS).where(_BLOBS.c.sha256.in_(part)))


#: every column that points at a caller (a replica is at this DeskApp's head: it has them all)
_PEOPLE_REFERENCES = [select(fk.parent).where(fk.parent.is_not(None))
                      for table in Base.metadata.sorted_tables for fk in table.foreign_keys
                      if fk.column.table is _PEOPLE]


def _held(local: Connection) -> set[uuid.UUID]:
    """Items with ops still waiting to be pushed."""
    from deskapp.sync.outbox import PENDING

    outbox = Base.metadata.tables["sync_outbox"]
    return set(local.scalars(select(outbox.c.work_item_id).where(
        outbox.c.state == PENDING, outbox.c.work_item_id.is_not(None)).distinct()))


def _mark_refreshed(local: Connection, items: set[uuid.UUID]) -> None:
    """The settled ops of ``items`` are done with: their rows are the desk's now (ops of held
    items wait for their own push)."""
    from deskapp.sync.outbox import PENDING

    outbox = Base.metadata.tables["sync_outbox"]
    local.execute(update(outbox).where(
        outbox.c.state != PENDING, outbox.c.refreshed_at.is_(None),
        outbox.c.work_item_id.in_(list(items))).values(refreshed_at=datetime.now(UTC)))


def refresh_items(server: Engine, replica: Engine, items: Iterable[uuid.UUID],
                  reread: Iterable[uuid.UUID] = ()) -> int:
    """Replace the replica's rows of ``items`` by the desk's (after a push settled their ops:
    what the desk applied, refused or merged replaces what was made offline, and the events
    the replica wrote itself give way to the desk's). Items out of the scope now leave, unless
    another item of the replica needs them as its parent. ``reread``: rows of theirs the ops
    changed (read again even when the replica has them). Returns the items kept."""
    wanted_ids = set(items)
    if not wanted_ids:
        return 0
    with server.connect().execution_options(isolation_level="REPEATABLE READ") as s, \
            replica.begin() as local:
        state = replica_state(local)
        check_desk(s, state)
        wanted_ids -= _held(local)
        _defer_foreign_keys(local)
        rows = _Rows(s, local)
        resolved = resolve(s, Scope.parse(state.scope), _staff_of_session(s, state.login)[0])
        parents = {parent for item, parent in local.execute(
            select(_ITEMS.c.id, _ITEMS.c.parent_id).where(_ITEMS.c.parent_id.is_not(None)))
            if item not in wanted_ids}
        keep = (items_in_scope(s, resolved, among=wanted_ids) | (parents & wanted_ids)) \
            & wanted_ids
        keep &= set(s.scalars(select(_ITEMS.c.id).where(_ITEMS.c.id.in_(list(keep))))) \
            if keep else set()
        gone = wanted_ids - keep
        # rows the desk has not got (made offline, the events the replica wrote itself) go,
        # rows it changed are updated, the rest stay as they are (no index or search churn)
        for table in reversed(synced()):
            if _is_work(table) and table.name != "work_items":
                column = TABLES[table.name].work_item_column or "id"
                if table.name == "work_item_links" or not _keyed_by_id(table):
                    rows.delete_keys(table, column, wanted_ids)
                    if table.name == "work_item_links":
                        rows.delete_keys(table, "target_id", wanted_ids)
                else:
                    rows.delete_keys(table, column, gone)
        rows.delete_keys(_ITEMS, "id", gone)
        present = set(local.scalars(select(_ITEMS.c.id)))
        for table in synced():
            if not _is_work(table):
                continue
            if table.name == "work_item_links":
                rows.upsert(table, [r for r in rows.fetch(table, "source_id", keep)
                                    if r["target_id"] in present | keep] + [
                    r for r in rows.fetch(table, "target_id", keep)
                    if r["source_id"] in present - keep])
            elif table.name == "work_items":
                rows.replace(table, "id", keep, rows.fetch(table, "id", keep))
            elif _keyed_by_id(table):
                rows.mirror(table, TABLES[table.name].work_item_column or "id", keep,
                            set(reread))
            else:
                rows.upsert(table, _work_rows(rows, table, keep))
        if gone:
            _drop_unneeded_callers(local)
        drop_unneeded_content(local)
        _mark_refreshed(local, wanted_ids)
    return len(keep)


def _keyed_by_id(table: Table) -> bool:
    return [c.name for c in table.primary_key.columns] == ["id"]
