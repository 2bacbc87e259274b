"""Migration 0036: SQLite forgets the planner statistics a new desk's whole-database ANALYZE
recorded for the empty full-text shadow tables, so FTS5's segment deletes seek by rowid instead
of scanning the index (a 300-700 ms stall on about every 16th indexed save at 1M); rows are
kept both ways, PostgreSQL is untouched."""

from __future__ import annotations

from sqlalchemy import Engine, text

from deskapp.db import maintenance, migrate
from tests.support.rows import _work_rows, insert_ticket

SEGMENT_DELETE = "DELETE FROM work_items_fts_data WHERE id >= 10 AND id <= 20"


def _plan(engine: Engine) -> str:
    # a new connection, as the app opens after an upgrade: a connection reads the statistics
    # when it first loads the schema, and keeps its prepared statements (FTS5's too)
    engine.dispose()
    with engine.connect() as conn:
        return " ".join(str(r[-1]) for r in conn.execute(
            text(f"EXPLAIN QUERY PLAN {SEGMENT_DELETE}")))


def _fts_statistics(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(text(
            "SELECT tbl FROM sqlite_stat1 WHERE tbl LIKE '%fts%' ORDER BY tbl")).scalars())


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0035")
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:  # what 0006's ANALYZE left on every desk made since: an empty index
        assert "work_items_fts_data" in _fts_statistics(engine)
        assert "SCAN" in _plan(engine)
    migrate.upgrade(engine, "0036")
    assert _work_rows(engine) == rows
    if sqlite:
        assert _fts_statistics(engine) == []
        plan = _plan(engine)
        assert "SEARCH" in plan and "INTEGER PRIMARY KEY" in plan, plan
    migrate.downgrade(engine, "0035")
    assert _work_rows(engine) == rows
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert maintenance.missing_objects(engine) == []


def test_forgetting_them_again_after_a_whole_analyze(empty_engine: Engine) -> None:
    """An administrator's ANALYZE of the whole desk records the shadow tables again; the helper
    the tools call afterwards removes them, and says how many it removed."""
    engine = empty_engine
    migrate.upgrade(engine, "head")
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            assert maintenance.forget_fts_statistics(conn) == 0
        return
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    assert "work_items_fts_data" in _fts_statistics(engine)
    with engine.begin() as conn:
        assert maintenance.forget_fts_statistics(conn) > 0
    assert _fts_statistics(engine) == []
    assert "SEARCH" in _plan(engine)
