"""Objects outside the ORM models (queue indexes, search indexes and triggers): check, repair,
and suspend them for a bulk load without losing them if the load is killed.

The queue keyset indexes, SQLite's FTS tables and triggers, and PostgreSQL's search indexes and
change-notification triggers are made by migrations 0002-0004 with raw SQL, so Alembic's
compare (``db check``) does not see them. :func:`expected_objects` reads their definitions from
those migration files (as literals, without importing Alembic: the app's start-up checks them),
:func:`missing_objects` compares with the database, and :func:`repair` recreates what is
missing in one transaction and rebuilds the full-text index when a search trigger was missing
(rows written meanwhile were never indexed).

A bulk load that drops them (:func:`indexes_suspended`) is crash-safe because the missing
objects are their own marker: if the load is killed, the next open of a local desk, ``db
upgrade`` or ``db repair`` finds them missing and rebuilds them; ``db check`` reports them.
The load also drops the plain indexes the models declare on the tables it fills
(:func:`model_indexes`), but for those it appends to in order; on a desk at the schema head
they are expected objects too, so a killed load gets them back the same way.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect

from deskapp.config.locations import migrations_dir
from deskapp.db import changelog, open_counts

QUEUE_WHERE = "WHERE deleted_at IS NULL"


#: indexes led by a time or a number the bulk load writes in order: kept while loading, as
#: each row lands at their end (a few hot pages), where building them afterwards would read the
#: whole table once more for each (3-4 s apiece at 1M work items on SQLite)
APPENDED_WHILE_LOADING = frozenset({
    "ix_queue_number", "ix_queue_opened", "ix_queue_kpi_opened", "ix_queue_kpi_resolved",
    "ix_queue_resolved", "ix_queue_responded", "ix_work_items_resolution_due_at",
    "ix_ticket_events_ticket",
})


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # "table" (an FTS table), "trigger" or "index"
    name: str
    sql: str

    @property
    def search(self) -> bool:
        """Recreating it means rows written meanwhile are missing from the full-text index."""
        return "_fts" in self.name

    @property
    def change_log(self) -> bool:
        """A trigger writing the offline replicas' change log (PostgreSQL)."""
        return self.kind == "trigger" and self.name.endswith(changelog.TRIGGER_SUFFIX)

    @property
    def open_count(self) -> bool:
        """A trigger keeping the open counts: recreating it means they must be recounted."""
        return self.kind == "trigger" and "_open_counts_" in self.name

    @property
    def bulk_suspendable(self) -> bool:
        """Dropped during a bulk load: queue and search indexes, the FTS triggers, and the
        change-log triggers (a demo load is not news for replicas: 1.6 times slower with the
        log on PostgreSQL, 116 s instead of 73 s for 50,000 items; replicas made afterwards
        start from the loaded desk)."""
        if self.kind == "index":
            if self.name in APPENDED_WHILE_LOADING:
                return False
            return self.name.startswith(("ix_queue_", "ix_search_")) or self.bulk_table_index
        return self.kind == "trigger" and (self.search or self.change_log or self.open_count)

    @property
    def bulk_table_index(self) -> bool:
        """A plain index the models declare on a table a bulk load fills."""
        return self.kind == "index" and self.name in {
            o.name for o in model_indexes("sqlite")}

    def describe(self) -> str:
        if self.change_log:
            return f"change-log trigger {self.name}"
        if self.open_count:
            return f"open-count trigger {self.name}"
        what = {"table": "full-text table", "trigger": "search trigger"}.get(self.kind)
        if what is None:
            what = "search index" if self.name.startswith("ix_search_") else \
                "queue index" if self.name.startswith("ix_queue_") else "index"
        return f"{what} {self.name}"


@cache
def _literals(revision: str) -> dict[str, Any]:
    """The literal constants (dicts, lists, strings) of a migration file, read with ``ast``."""
    path = next((migrations_dir() / "versions").glob(f"{revision}_*.py"))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, Any] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found


def _created_name(statement: str) -> tuple[str, str]:
    """('trigger', 'incidents_fts_ai') from 'CREATE TRIGGER incidents_fts_ai AFTER ...'."""
    words = statement.split()
    if words[1].upper() == "VIRTUAL":
        return "table", words[3]
    return words[1].lower(), words[2]


ITEMS = "work_items"  # the table 0002-0004's objects live on since 0006


def _renamed(statement: str, m6: dict[str, Any]) -> str:
    """A 0002-0004 statement as it reads on 0006's tables and object names."""
    for old, new in [*m6["PG_NOTIFY_RENAMES"].items(), *m6["PG_SEARCH_RENAMES"].items()]:
        statement = statement.replace(old, new)
    for old, new in m6["TABLE_RENAMES"].items():
        statement = statement.replace(f" ON {old} ", f" ON {new} ").replace(
            f" ON {old}(", f" ON {new}(")
    return statement


@cache
def expected_objects(dialect: str) -> tuple[SchemaObject, ...]:
    """Every object of migrations 0002-0006, 0012, 0018, 0032-0034 and 0037 outside the models, as
    they are at the head, in creation order (tables, then triggers, then indexes).
    tests/migrations checks it against a fresh migration."""
    m2, m3, m4 = _literals("0002"), _literals("0003"), _literals("0004")
    m6, m18 = _literals("0006"), _literals("0018")
    no_due = m2["NO_DUE"].get(dialect, m2["NO_DUE"]["sqlite"])
    objects: list[SchemaObject] = []
    if dialect == "sqlite":
        for statement in m6["SQLITE_FTS"]:  # 0006 recreated them over the work-item tables
            if statement.startswith("CREATE"):
                kind, name = _created_name(statement)
                objects.append(SchemaObject(kind, name, statement))
        for statement in m18["SQLITE_FTS"]:  # knowledge articles
            kind, name = _created_name(statement)
            objects.append(SchemaObject(kind, name, statement))
    else:
        for statement in [*m2["PG_NOTIFY"], *m6["PG_NOTIFY"]]:
            if statement.startswith("CREATE TRIGGER"):
                statement = _renamed(statement, m6)
                objects.append(SchemaObject("trigger", _created_name(statement)[1], statement))
        for statement in m2["PG_SEARCH"]:
            if statement.startswith("CREATE INDEX"):
                statement = _renamed(statement, m6)
                objects.append(SchemaObject("index", _created_name(statement)[1], statement))
        for statement in m18["PG_SEARCH"]:
            if statement.startswith("CREATE INDEX"):
                objects.append(SchemaObject("index", _created_name(statement)[1], statement))
        # 0002's open-work indexes, keyed on the category since 0033; 0037's unassigned ones
        m33, m37 = _literals("0033"), _literals("0037")
        for indexes, where in ((m33["OPEN_INDEXES"], m33["OPEN_WHERE"]),
                               (m37["UNASSIGNED_INDEXES"], m37["UNASSIGNED_WHERE"])):
            for name, columns in indexes.items():
                objects.append(SchemaObject(
                    "index", name, f"CREATE INDEX {name} ON {ITEMS} ({columns}) WHERE {where}"))
        for name, (keys, include) in _literals("0012")["PG_VISIBILITY_INDEXES"].items():
            objects.append(SchemaObject(
                "index", name,
                f"CREATE INDEX {name} ON {ITEMS} ({keys}) INCLUDE ({include}) {QUEUE_WHERE}"))
    for name, columns in [*m2["QUEUE_INDEXES"].items(), *m3["INDEXES"].items()]:
        expr = columns.format(no_due=no_due)
        objects.append(SchemaObject(
            "index", name, f"CREATE INDEX {name} ON {ITEMS} ({expr}) {QUEUE_WHERE}"))
    sla_check = _renamed(m4["SLA_CHECK_INDEX"], m6)
    objects.append(SchemaObject("index", _created_name(sla_check)[1], sla_check))
    m32 = _literals("0032")
    for name, (keys, carried) in m32["KPI_INDEXES"].items():
        columns = f"{keys}) INCLUDE ({carried}" if dialect == "postgresql" else f"{keys}, {carried}"
        objects.append(SchemaObject(
            "index", name, f"CREATE INDEX {name} ON {ITEMS} ({columns}) {QUEUE_WHERE}"))
    major = m32["MAJOR_INDEX"].get(dialect, m32["MAJOR_INDEX"]["sqlite"])
    objects.append(SchemaObject("index", _created_name(major)[1], major))
    if dialect == "sqlite":  # the open-work indexes PostgreSQL has had since 0002 (0033)
        m34 = _literals("0034")
        for name, columns in m34["SQLITE_OPEN_INDEXES"].items():
            objects.append(SchemaObject(
                "index", name,
                f"CREATE INDEX {name} ON {ITEMS} ({columns}) WHERE {m34['OPEN_WHERE']}"))
    return tuple(objects)


def _present(conn: Connection) -> set[tuple[str, str]]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')")
        return {(kind, name) for kind, name in rows}
    indexes = conn.exec_driver_sql(
        "SELECT 'index', indexname FROM pg_indexes WHERE schemaname = current_schema()")
    triggers = conn.exec_driver_sql(
        "SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace")
    return {(kind, name) for kind, name in [*indexes, *triggers]}


def _log_triggers(conn: Connection) -> list[SchemaObject]:
    """The change-log triggers, on a PostgreSQL desk that has the log (migration 0008)."""
    if conn.dialect.name != "postgresql" or not conn.dialect.has_table(conn, "sync_log"):
        return []
    tables = set(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
    return [SchemaObject("trigger", name, sql)
            for table, name, sql in changelog.trigger_statements() if table in tables]


def _count_objects(conn: Connection) -> list[SchemaObject]:
    """The open-count triggers and index, on a desk that has their table (migration 0028), and
    the articles' title-search index on a PostgreSQL desk that has its column (0027)."""
    title = [SchemaObject("index", _created_name(statement)[1], statement)
             for statement in _literals("0027")["PG_UP"] if statement.startswith("CREATE INDEX")
             ] if conn.dialect.name == "postgresql" and conn.dialect.has_table(
                 conn, "kb_articles") and "title_vector" in {
                 c["name"] for c in inspect(conn).get_columns("kb_articles")} else []
    if not conn.dialect.has_table(conn, open_counts.TABLE):
        return title
    dialect = conn.dialect.name
    triggers = open_counts.SQLITE_OPEN_COUNTS if dialect == "sqlite" \
        else open_counts.PG_OPEN_COUNTS
    index = open_counts.CONFIDENTIAL_INDEX[dialect]
    return [*(SchemaObject("trigger", _created_name(s)[1], s) for s in triggers),
            SchemaObject("index", _created_name(index)[1], index), *title]


def missing_objects(engine: Engine | Connection) -> list[SchemaObject]:
    """The expected objects the database lacks (empty when all is well)."""
    if isinstance(engine, Connection):
        return _missing(engine)
    with engine.connect() as conn:
        return _missing(conn)


def _missing(conn: Connection) -> list[SchemaObject]:
    present = _present(conn)
    expected = [*expected_objects(conn.dialect.name), *_log_triggers(conn),
                *_count_objects(conn), *_loaded_model_indexes(conn)]
    later = _not_yet(conn)
    return [o for o in expected if (o.kind, o.name) not in present and o.name not in later]


#: the tables a bulk load fills (millions of rows on a 1M-item desk): their plain secondary
#: indexes are dropped for the load as well and built once afterwards
BULK_TABLES = ("work_items", "ticket_events", "time_entries", "work_item_comments",
               "attachments", "satisfaction_ratings")


@cache
def model_indexes(dialect: str) -> tuple[SchemaObject, ...]:
    """The non-unique indexes the models declare on :data:`BULK_TABLES`, as SQL for
    ``dialect`` (unique ones stay: they guard the rows being loaded)."""
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
    from sqlalchemy.schema import CreateIndex

    from deskapp.db.models import Base

    compiler = SQLiteDialect_pysqlite() if dialect == "sqlite" \
        else PGDialect_psycopg()  # type: ignore[no-untyped-call]
    return tuple(
        SchemaObject("index", str(index.name),
                     str(CreateIndex(index).compile(dialect=compiler)).strip())
        for table in BULK_TABLES
        for index in sorted(Base.metadata.tables[table].indexes, key=lambda i: str(i.name))
        if not index.unique)


def _loaded_model_indexes(conn: Connection) -> tuple[SchemaObject, ...]:
    """:func:`model_indexes` on a desk at this DeskApp's schema head (where the models and the
    database agree), so a load killed while they were dropped gets them back; nothing on an
    older desk, whose next migrations may create some of them."""
    from deskapp.db import migrate

    if not conn.dialect.has_table(conn, "alembic_version"):
        return ()
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return model_indexes(conn.dialect.name) if revision == migrate.SCHEMA_HEAD else ()


def _not_yet(conn: Connection) -> set[str]:
    """Names of expected objects a later migration than the database's makes (a desk at an
    older revision does not lack them; 0032's KPI indexes and SQLite's 0034 open-work
    indexes and PostgreSQL's 0037 unassigned-work index are the only such objects that no
    table of their own announces)."""
    if not conn.dialect.has_table(conn, "alembic_version"):
        return set()
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is None or str(revision) >= "0037":
        return set()
    later: set[str] = set()
    if conn.dialect.name == "postgresql":
        later.update(_literals("0037")["UNASSIGNED_INDEXES"])
    if str(revision) >= "0034":
        return later
    if conn.dialect.name == "sqlite":
        later.update(_literals("0034")["SQLITE_OPEN_INDEXES"])
    if str(revision) < "0032":
        m32 = _literals("0032")
        major = m32["MAJOR_INDEX"].get(conn.dialect.name, m32["MAJOR_INDEX"]["sqlite"])
        later.update({*m32["KPI_INDEXES"], _created_name(major)[1]})
    return later


#: SQLite's full-text tables; FTS5 keeps each in shadow tables named ``<table>_<suffix>``.
FTS_TABLES = ("work_items_fts", "work_item_comments_fts", "kb_articles_fts")
FTS_SHADOW_SUFFIXES = ("data", "idx", "docsize", "config", "content")


def forget_fts_statistics(conn: Connection) -> int:
    """SQLite: remove the planner statistics of FTS5's shadow tables (rows removed).

    A whole-database ``ANALYZE`` on a new desk (migration 0006 runs one) records the shadow
    tables as they are then: ``work_items_fts_data`` with 2 rows. The planner believes it for
    good, so the range delete FTS5 issues whenever it merges index segments
    (``DELETE FROM work_items_fts_data WHERE id>=? AND id<=?``) scans the whole table instead of
    seeking the rowid range: on the 1M benchmark desk 18-45 ms per merged segment, 300-700 ms
    for about every 16th save that touches the index. Without statistics the planner seeks by
    rowid, which is right at every size; FTS5's own statements are all by rowid or key.
    """
    if conn.dialect.name != "sqlite":
        return 0
    names = [f"{table}_{suffix}" for table in FTS_TABLES for suffix in FTS_SHADOW_SUFFIXES]
    marks = ", ".join("?" for _ in names)
    removed = 0
    for stat in ("sqlite_stat1", "sqlite_stat4"):
        if conn.exec_driver_sql(f"SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                f"AND name = '{stat}'").scalar():
            removed += conn.exec_driver_sql(f"DELETE FROM {stat} WHERE tbl IN ({marks})",
                                            tuple(names)).rowcount or 0
    if removed:
        conn.exec_driver_sql("ANALYZE sqlite_schema")  # this connection's planner reloads them
    return removed


def _rebuild_search(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO work_items_fts(work_items_fts) VALUES ('rebuild')")
        conn.exec_driver_sql(
            "INSERT INTO work_item_comments_fts(work_item_comments_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO kb_articles_fts(kb_articles_fts) VALUES ('rebuild')")


def _writer(engine: Engine) -> Engine:
    from deskapp.db.engine import BEGIN_MODE

    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}) \
        if engine.dialect.name == "sqlite" else engine


def repair(engine: Engine, *, rebuild_search: bool = False) -> list[SchemaObject]:
    """Recreate every missing object in one transaction; returns what was recreated.

    The full-text index (SQLite) is rebuilt when a search object was missing, or when asked.
    Planner statistics of ``work_items`` are refreshed when an index was recreated.
    """
    if not missing_objects(engine) and not rebuild_search:
        return []
    with _writer(engine).begin() as conn:
        missing = missing_objects(conn)  # again, under the write lock
        for obj in missing:
            conn.exec_driver_sql(obj.sql)
        if rebuild_search or any(o.search for o in missing):
            _rebuild_search(conn)
        if any(o.open_count for o in missing):  # rows written meanwhile were not counted
            for statement in open_counts.recount_sql(conn.dialect.name):
                conn.exec_driver_sql(statement)
        # the planner must see the new indexes (a partial one's size above all)
        for table in sorted({o.sql.split(" ON ", 1)[1].split()[0]
                             for o in missing if o.kind == "index"}):
            conn.exec_driver_sql(f"ANALYZE {table}")
    return missing


@contextmanager
def indexes_suspended(engine: Engine) -> Iterator[None]:
    """Drop the queue and search indexes (and SQLite's FTS triggers) for a bulk load, then
    recreate them and rebuild the full-text index once.

    Keeping them while loading 1M demo tickets made the load 3.5 times slower on SQLite (288 s
    instead of 83 s): every row updated ten more B-trees and the FTS index. Rebuilding after
    the load takes about 40 s. Use it only for loads large compared with the table, and only
    while nobody else writes (their rows would miss the FTS index until the rebuild). If the
    process dies in between, :func:`repair` (run by the next open of a local desk, by ``db
    upgrade`` and ``db repair``) puts everything back; ``db check`` reports it meanwhile.
    """
    with _writer(engine).begin() as conn:
        present = _present(conn)
        for obj in [*expected_objects(conn.dialect.name), *_log_triggers(conn),
                    *_count_objects(conn), *_loaded_model_indexes(conn)]:
            if obj.bulk_suspendable and (obj.kind, obj.name) in present:
                on = f' ON "{obj.name.removesuffix(changelog.TRIGGER_SUFFIX)}"' \
                    if obj.change_log else ""
                if obj.open_count and conn.dialect.name != "sqlite":
                    on = f' ON "{ITEMS}"'
                conn.exec_driver_sql(f'DROP {obj.kind.upper()} "{obj.name}"{on}')
    try:
        yield
    finally:
        repair(engine, rebuild_search=True)


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine (None: not SQLite, or in memory)."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    database = engine.url.database
    if database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


# -- backups of a SQLite desk (the online backup API: consistent while DeskApp runs) ---------

BACKUP_SUFFIX = ".sqlite3"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` with SQLite's online backup API, so the copy
    is consistent even while DeskApp writes (it includes what the WAL holds). The copy is
    written beside ``target`` first and renamed when complete and fsynced: a failed or
    interrupted backup never leaves a half file under the backup's name."""
    import sqlite3

    from deskapp.config.atomic import fsync_folder

    if not source.is_file():
        raise FileNotFoundError(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=4096)  # in steps: a writer is blocked for one step at most
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
        with partial.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return target


def check_backup(path: Path) -> str | None:
    """The revision of a DeskApp backup file; raises ValueError when it is not one or is
    damaged."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"it is not a SQLite database ({exc})") from None
    if ok != "ok":
        raise ValueError(f"it is damaged ({ok})")
    if not {"incidents", "work_items"} & tables or revision is None:  # before / since 0006
        raise ValueError("it is not a DeskApp database")
    return str(revision[0])


def restore_sqlite(backup: Path, target: Path) -> None:
    """Replace the contents of the database ``target`` with ``backup``, through SQLite (the
    online backup API writes it under the database's own lock and WAL, so a DeskApp that has
    it open sees the restored data instead of a file swapped under it)."""
    import sqlite3

    src = sqlite3.connect(f"file:{backup.resolve().as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=10)
        try:
            # SQLite copies into a WAL file only at the same page size: a backup of a desk
            # made before 16 KB pages (engine.SQLITE_PAGE_SIZE) into a newer desk file goes
            # in with the file out of WAL mode, which needs the only connection to it
            wal = dst.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
            resized = wal and _page_size(src) != _page_size(dst)
            if resized:
                dst.execute("PRAGMA busy_timeout = 0")
                try:
                    mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                except sqlite3.OperationalError:
                    mode = "wal"
                if mode.lower() == "wal":
                    raise ValueError(
                        "the backup's page size differs from the desk's, and then the desk "
                        "can be replaced only while no program has it open; close DeskApp "
                        "(and anything else using the file) and restore again")
            src.backup(dst)
            if resized:
                dst.execute("PRAGMA journal_mode = WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def _page_size(conn: Any) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def backup_name(database: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{database.stem}-{reason}-{stamp}{BACKUP_SUFFIX}"


def backups_folder(database: Path) -> Path:
    return database.resolve().parent / "backups"


def daily_backup(database: Path, *, keep: int, now: datetime | None = None) -> Path | None:
    """Take today's backup of a local desk unless one exists; keep the ``keep`` most recent
    daily backups. Returns the new backup (None: today's was already there)."""
    now = now or datetime.now(UTC)
    folder = backups_folder(database)
    pattern = f"{database.stem}-daily-*{BACKUP_SUFFIX}"
    today = f"{database.stem}-daily-{now:%Y%m%d}T"
    existing = sorted(folder.glob(pattern)) if folder.is_dir() else []
    if any(p.name.startswith(today) for p in existing):
        return None
    made = backup_sqlite(database, folder / backup_name(database, "daily", now))
    for old in sorted(folder.glob(pattern))[:-max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made
