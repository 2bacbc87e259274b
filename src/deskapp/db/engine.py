"""Engine and session factories, with the dialect settings DeskApp relies on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000
BEGIN_MODE = "deskapp_sqlite_begin"


def make_engine(url: URL, **kwargs: Any) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("connect_timeout", 5)
    connect_args.setdefault("application_name", "DeskApp")
    # A desk's queries are short, indexed and many: PostgreSQL's JIT costs more than it saves
    # on them (measured 5-30 ms per query on the 1M-ticket queue; see docs/performance.md).
    connect_args.setdefault("options", "-c jit=off")
    return create_engine(url, connect_args=connect_args, **kwargs)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN is ours (DEFERRED or IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if url.database and url.database != ":memory:":
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers begin IMMEDIATE: they take the write lock up front and wait on busy_timeout,
        # instead of failing with "database is locked" when a read turns into a write.
        mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(writer, reader) session factories. Writers begin IMMEDIATE on SQLite."""
    writer_bind = engine
    if engine.dialect.name == "sqlite":
        writer_bind = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
    # No autoflush: an operation writes its rows once, at commit, so each save is one version step.
    writer = sessionmaker(bind=writer_bind, expire_on_commit=False, autoflush=False)
    reader = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)
    return writer, reader
