"""Engine and session factories, with the dialect settings DeskApp relies on."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.pool import (
    CHECKOUT_TIMEOUT_S,
    WORK_CONNECTIONS,
    IdleReleasingPool,
)
from deskapp.errors import (
    DatabaseBusy,
    DeskAppError,
    InvalidTransition,
    OperatingError,
    PermissionDenied,
    ReadOnlyDatabase,
    StorageFull,
)

SQLITE_BUSY_TIMEOUT_MS = 10_000
BEGIN_MODE = "deskapp_sqlite_begin"
#: WAL with synchronous=FULL: every commit waits for its fsync of the WAL, so a saved ticket
#: survives a power cut (NORMAL syncs only at checkpoints: a power cut could roll back the
#: last commits). The cost per edit is measured in docs/performance.md.
SQLITE_SYNCHRONOUS = "FULL"
#: Page size of a new SQLite desk (or replica) file; an existing file keeps the size it was
#: made with (SQLite changes it only by VACUUM, never in WAL mode). 16 KB instead of SQLite's
#: 4 KB: a work item row with its description fills a good part of a 4 KB page, and every
#: index build, count and full-text rebuild reads the item table through its pages. Loading
#: 1M demo items took 189 s instead of 258 s, queue, search and edit targets held
#: (docs/performance.md).
SQLITE_PAGE_SIZE = 16_384


def make_engine(url: URL, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
                read_only: bool = False, budget: bool = False,
                idle_release_s: float | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQLite only: ``busy_timeout_ms`` is how long a writer waits for
    the lock before "database is locked"; ``read_only`` opens the file read-only.

    PostgreSQL with ``budget``: the desktop client's connection budget (:mod:`deskapp.db.pool`):
    one work connection, closed after ``idle_release_s`` (default
    :data:`~deskapp.db.pool.IDLE_RELEASE_S`) without use. Without it (``deskapp-admin``, bulk
    loads, tests that run threads on one engine) SQLAlchemy's default pool."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, busy_timeout_ms=busy_timeout_ms, read_only=read_only,
                              **kwargs)
    if budget and "poolclass" not in kwargs and "pool_size" not in kwargs:
        kwargs.update(poolclass=IdleReleasingPool, pool_size=WORK_CONNECTIONS, max_overflow=0,
                      pool_timeout=CHECKOUT_TIMEOUT_S)
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("connect_timeout", 5)
    connect_args.setdefault("application_name", "DeskApp")
    # A desk's queries are short, indexed and many: PostgreSQL's JIT costs more than it saves
    # on them (measured 5-30 ms per query on the 1M-ticket queue; see docs/performance.md).
    connect_args.setdefault("options", "-c jit=off")
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    if isinstance(engine.pool, IdleReleasingPool) and idle_release_s is not None:
        engine.pool.idle_release_s = idle_release_s
    return engine


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
            # before WAL: a new file takes its page size from its first write; no effect on
            # a file that has pages already
            cur.execute(f"PRAGMA page_size = {SQLITE_PAGE_SIZE}")
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


#: What a secured PostgreSQL desk refuses (deskapp.db.security): its own SQLSTATEs carry a
#: sentence for the person; PostgreSQL's insufficient_privilege gets one here.
_APPEND_ONLY, _LIFECYCLE, _REFUSED, _PRIVILEGE = "DKAO1", "DKLC1", "DKPD1", "42501"
NO_GRANTS = ("Your database login may not do this on this desk ({detail}); if you should, ask "
             "an administrator to give you the role with 'deskapp-admin staff add USERNAME "
             "--role ROLE --login'. Nothing was saved.")
OUT_OF_SCOPE = ("The database refused this change: it is outside what your role may change "
                "(an item of another team, or a record only an administrator changes). "
                "Nothing was saved; ask that team or a supervisor.")


def refusal_error(exc: BaseException) -> DeskAppError | None:
    """A secured desk's refusal as a typed error with its sentence; None for anything else."""
    if not isinstance(exc, sa_exc.DBAPIError) or exc.orig is None:
        return None
    state = getattr(exc.orig, "sqlstate", None)
    if state not in (_APPEND_ONLY, _LIFECYCLE, _REFUSED, _PRIVILEGE):
        return None
    diag = getattr(exc.orig, "diag", None)
    message = str(getattr(diag, "message_primary", None) or exc.orig).strip()
    if state == _LIFECYCLE:
        return InvalidTransition(message)
    if state in (_APPEND_ONLY, _REFUSED):
        return PermissionDenied(message)
    if "row-level security" in message:
        return PermissionDenied(OUT_OF_SCOPE)
    return PermissionDenied(NO_GRANTS.format(detail=message))


def operating_error(exc: BaseException) -> DeskAppError | None:
    """Translate a driver error that means "locked", "full" or "read-only" into its typed
    error with one sentence (what to do), and a secured desk's refusals (:func:`refusal_error`);
    None for anything else."""
    if not isinstance(exc, sa_exc.DBAPIError) or exc.orig is None:
        return None
    kind: type[OperatingError] | None = None
    state = getattr(exc.orig, "sqlstate", None)
    if isinstance(state, str):
        refused = refusal_error(exc)
        if refused is not None:
            return refused
        kind = _PG_STATES.get(state)
    else:
        message = str(exc.orig).lower()
        kind = next((k for text, k in _SQLITE_MESSAGES if text in message), None)
    return None if kind is None else kind(_SENTENCES[kind])


# -- TLS: how a shared connection is protected, and what a refused one means ---------------

LOCAL, ENCRYPTED, UNENCRYPTED = "local", "encrypted", "unencrypted"

_WHERE_TO_CHOOSE = ("in the app: File ▸ Switch connection ▸ Edit…; on the command line: "
                    "sslmode=... in the URL")


def connection_security(engine: Engine) -> str:
    """:data:`LOCAL` (SQLite, or PostgreSQL over a Unix socket on this computer),
    :data:`ENCRYPTED` (TLS in use) or :data:`UNENCRYPTED` (everything crosses the network in
    clear text), read from a live connection."""
    if engine.dialect.name == "sqlite":
        return LOCAL
    with engine.connect() as conn:
        raw: Any = conn.connection.dbapi_connection
        if str(raw.info.host or "").startswith("/"):
            return LOCAL
        return ENCRYPTED if raw.pgconn.ssl_in_use else UNENCRYPTED


_TLS_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r'server certificate for "(?P<cert>[^"]*)"(?: \(and \d+ other names?\))? does '
                r'not match host name "(?P<host>[^"]*)"'),
     "The server's TLS certificate is for {cert}, not for {host}, so DeskApp did not connect "
     "(another machine could be answering in the server's place). Connect with the host name "
     "on the certificate, or ask the administrator for a certificate that names {host}."),
    (re.compile(r"certificate verify failed"),
     "The server's TLS certificate was not signed by the certificate authority this connection "
     "trusts, so DeskApp did not connect. Choose the CA file your administrator gave you "
     f"({_WHERE_TO_CHOOSE})."),
    (re.compile(r'root certificate file "(?P<file>[^"]*)" does not exist'),
     "The CA file {file} does not exist. Verifying the server (sslmode verify-full or "
     "verify-ca) needs the CA file that signed its certificate: choose it "
     f"({_WHERE_TO_CHOOSE}), or use sslmode require."),
    (re.compile(r'could not read root certificate file "(?P<file>[^"]*)": (?P<reason>.*)'),
     "The CA file {file} cannot be read ({reason}); choose the right file "
     f"({_WHERE_TO_CHOOSE})."),
    (re.compile(r"server does not support SSL, but SSL was required"),
     "The server does not offer encrypted (TLS) connections and this connection requires them, "
     "so DeskApp did not connect. Ask the administrator to turn on TLS; only on a trusted "
     f"network choose an unencrypted connection explicitly ({_WHERE_TO_CHOOSE})."),
    (re.compile(r"no pg_hba\.conf entry for .* no encryption"),
     "The server accepts only encrypted (TLS) connections; choose sslmode require, or "
     f"verify-full with the server's CA file ({_WHERE_TO_CHOOSE})."),
)


def tls_problem(detail: str) -> str | None:
    """One sentence for a connection refused over TLS (a certificate for another name, an
    unknown authority, a missing CA file, a server without TLS or refusing clear text), or
    None when ``detail`` (the driver's message) is about something else."""
    for pattern, sentence in _TLS_PROBLEMS:
        if (match := pattern.search(detail)) is not None:
            return sentence.format(**{k: v.strip() for k, v in match.groupdict().items()})
    return None
