"""Writing pre-encoded rows in bulk, and SQLite's load-time settings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, event

from deskapp.db.engine import make_engine
from deskapp.db.models import Comment, TicketEvent, WorkItem


class Writer:
    """Writes pre-encoded rows: executemany on SQLite, COPY on PostgreSQL.

    PostgreSQL refuses ``COPY FROM`` into a table with row-level security, so where it is
    enabled the rows go through a pipelined ``executemany`` INSERT instead (slower, still bulk).
    """

    TABLES = (WorkItem.__tablename__, TicketEvent.__tablename__, Comment.__tablename__)

    def __init__(self, conn: Connection, *, copy: bool | None = None,
                 tables: Sequence[str] = ()) -> None:
        """``tables``: the steps' tables, checked for row-level security with the core ones."""
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        if copy is None and self.postgres:
            names = (*self.TABLES, *tables)
            marks = ", ".join(f"to_regclass(%(t{k})s)" for k in range(len(names)))
            secured = conn.exec_driver_sql(
                f"SELECT count(*) FROM pg_class WHERE relrowsecurity AND oid IN ({marks})",
                {f"t{k}": name for k, name in enumerate(names)}).scalar()
            conn.rollback()
            copy = not secured
        self.copy = bool(copy) and self.postgres

    def write(self, table: Table | str, columns: Sequence[str],
              rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        if self.postgres:
            raw: Any = self.conn.connection.driver_connection
            with raw.cursor() as cur:
                if self.copy:
                    with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                        write_row = copy.write_row
                        for row in rows:
                            write_row(row)
                else:
                    marks = ", ".join("%s" for _ in columns)
                    cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        else:
            marks = ", ".join("?" for _ in columns)
            self.conn.exec_driver_sql(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


#: SQLite's page cache for a bulk load's connections, in KiB (negative: a size, not pages)
LOAD_CACHE_KIB = -262_144


class SqliteBulk:
    """synchronous=OFF and a big page cache on this connection for the load, then restored."""

    def __init__(self, conn: Connection) -> None:
        self.raw: Any = conn.connection.driver_connection if conn.dialect.name == "sqlite" \
            else None
        self.saved: list[tuple[str, Any]] = []

    def __enter__(self) -> SqliteBulk:
        if self.raw is not None:
            for pragma, value in (("synchronous", 0), ("cache_size", LOAD_CACHE_KIB)):
                self.saved.append((pragma, self.raw.execute(f"PRAGMA {pragma}").fetchone()[0]))
                self.raw.execute(f"PRAGMA {pragma} = {value}")
        return self

    def __exit__(self, *exc: object) -> None:
        for pragma, value in reversed(self.saved):
            self.raw.execute(f"PRAGMA {pragma} = {int(value)}")




@contextmanager
def roomy_engine(engine: Engine) -> Iterator[Engine]:
    """SQLite: an engine of its own for the work after the bulk rows (rebuilding the indexes,
    the items raised through the services), every connection with the load's page cache. On
    a 1M-item desk each service insert touches pages of thirty B-trees spread over gigabytes;
    with SQLite's default 2 MB cache it read them from the file again every time (90 requests
    13.8 s, with the cache 7.2 s). Its own engine, so the caller's pooled connections keep
    their ordinary cache; a connection may hold up to 256 MB, and index builds sort in
    memory (the demo loader's machine has it: 1M items is a 6 GB file). Anything else
    (PostgreSQL, an in-memory or URI-named file): ``engine`` itself."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" \
            or database.startswith("file:"):
        yield engine
        return
    roomy = make_engine(engine.url)

    @event.listens_for(roomy, "connect")
    def _cache(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
        # an index build sorts its keys in memory, not through temporary files (15 % of
        # each build at 1M)
        dbapi_conn.execute("PRAGMA temp_store = MEMORY")

    try:
        yield roomy.execution_options(**engine.get_execution_options())
    finally:
        roomy.dispose()
