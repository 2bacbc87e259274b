"""Engine and session factories, with the dialect settings DeskApp relies on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from deskapp.errors import DatabaseBusy, OperatingError, ReadOnlyDatabase, StorageFull

SQLITE_BUSY_TIMEOUT_MS = 10_000
BEGIN_MODE = "deskapp_sqlite_begin"
#: WAL with synchronous=FULL: every commit waits for its fsync of the WAL, so a saved ticket
#: survives a power cut (NORMAL syncs only at checkpoints: a power cut could roll back the
#: last commits). The cost per edit is measured in docs/performance.md.
SQLITE_SYNCHRONOUS = "FULL"


def make_engine(url: URL, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
                read_only: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQLite only: ``busy_timeout_ms`` is how long a writer waits for
    the lock before "database is locked"; ``read_only`` opens the file read-only."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, busy_timeout_ms=busy_timeout_ms, read_only=read_only,
                              **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("connect_timeout", 5)
    connect_args.setdefault("application_name", "DeskApp")
    # A desk's queries are short, indexed and many: PostgreSQL's JIT costs more than it saves
    # on them (measured 5-30 ms per query on the 1M-ticket queue; see docs/performance.md).
    connect_args.setdefault("options", "-c jit=off")
    return create_engine(url, connect_args=connect_args, **kwargs)


def _sqlite_engine(url: URL, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
                   read_only: bool = False, **kwargs: Any) -> Engine:
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", busy_timeout_ms / 1000)
    if read_only and url.database:
        # A data folder DeskApp may not write to: open the file read-only (the URI form), so
        # reading works and every write is refused by SQLite (a typed ReadOnlyDatabase error).
        url = _read_only_url(url, url.database)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN is ours (DEFERRED or IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if url.database and url.database != ":memory:" and not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {SQLITE_SYNCHRONOUS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers begin IMMEDIATE: they take the write lock up front and wait on busy_timeout,
        # instead of failing with "database is locked" when a read turns into a write.
        mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _read_only_url(url: URL, path: str) -> URL:
    """SQLAlchemy's form of a SQLite URI filename: sqlite:///file:PATH?mode=ro&uri=true."""
    from pathlib import Path

    file = Path(path).resolve()
    wal = file.with_name(file.name + "-wal")
    # immutable: no -shm file can be made in a read-only folder and nobody can write the file
    # there either, so SQLite may skip locking. Not while a WAL holds commits not yet copied
    # into the file (immutable would ignore them): then plain mode=ro, which reads the WAL.
    query = {"mode": "ro", "uri": "true"}
    if not (wal.exists() and wal.stat().st_size):
        query["immutable"] = "1"
    return url.set(database=f"file:{file.as_posix()}", query=query)


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(writer, reader) session factories. Writers begin IMMEDIATE on SQLite."""
    writer_bind = engine
    if engine.dialect.name == "sqlite":
        writer_bind = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
    # No autoflush: an operation writes its rows once, at commit, so each save is one version step.
    writer = sessionmaker(bind=writer_bind, expire_on_commit=False, autoflush=False)
    reader = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
    return writer, reader


#: SQLite's messages and PostgreSQL's SQLSTATEs for the operating errors a person can act on.
_SQLITE_MESSAGES: tuple[tuple[str, type[OperatingError]], ...] = (
    ("database is locked", DatabaseBusy),
    ("database table is locked", DatabaseBusy),
    ("database or disk is full", StorageFull),
    ("attempt to write a readonly database", ReadOnlyDatabase),
    ("readonly database", ReadOnlyDatabase),
)
_PG_STATES: dict[str, type[OperatingError]] = {
    "55P03": DatabaseBusy,  # lock_not_available
    "53100": StorageFull,  # disk_full
    "25006": ReadOnlyDatabase,  # read_only_sql_transaction (a standby, or a read-only role)
}
_SENTENCES: dict[type[OperatingError], str] = {
    DatabaseBusy: "The database is busy: another program has held it locked for too long, so "
                  "nothing was saved. Your changes are still here; save again in a moment.",
    StorageFull: "The disk that holds the database is full, so nothing was saved. Your "
                 "changes are still here; free some disk space and save again.",
    ReadOnlyDatabase: "The database can only be read (the file or its folder is read-only, or "
                      "the server is read-only), so nothing was saved. Ask for write access, "
                      "then save again.",
}


def operating_error(exc: BaseException) -> OperatingError | None:
    """Translate a driver error that means "locked", "full" or "read-only" into its typed
    error with one sentence (what to do); None for anything else."""
    if not isinstance(exc, sa_exc.DBAPIError) or exc.orig is None:
        return None
    kind: type[OperatingError] | None = None
    state = getattr(exc.orig, "sqlstate", None)
    if isinstance(state, str):
        kind = _PG_STATES.get(state)
    else:
        message = str(exc.orig).lower()
        kind = next((k for text, k in _SQLITE_MESSAGES if text in message), None)
    return None if kind is None else kind(_SENTENCES[kind])
