"""Migration 0035: PostgreSQL's planner gets extended statistics over the columns open-work
queues filter together (status with its category, assignee with team); every row is kept both
ways, SQLite is untouched."""

from __future__ import annotations

from sqlalchemy import Engine, text

from deskapp.db import maintenance, migrate
from tests.support.rows import _work_rows, insert_ticket


def _statistics(engine: Engine) -> list[str]:
    if engine.dialect.name != "postgresql":
        return []
    with engine.connect() as conn:
        return list(conn.execute(text(
            "SELECT stxname FROM pg_statistic_ext WHERE stxrelid = 'work_items'::regclass")
        ).scalars())


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0034")
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    assert _statistics(engine) == []
    migrate.upgrade(engine, "0035")
    assert _work_rows(engine) == rows
    postgres = engine.dialect.name == "postgresql"
    assert _statistics(engine) == (["st_work_items_open_work"] if postgres else [])
    if postgres:  # filled by the migration's ANALYZE: the planner has them at once
        with engine.connect() as conn:
            kinds = conn.execute(text(
                "SELECT d.stxddependencies IS NOT NULL, d.stxdmcv IS NOT NULL "
                "FROM pg_statistic_ext s JOIN pg_statistic_ext_data d ON d.stxoid = s.oid "
                "WHERE s.stxname = 'st_work_items_open_work'")).one()
        assert tuple(kinds) == (True, True)
    migrate.downgrade(engine, "0034")
    assert _work_rows(engine) == rows
    assert _statistics(engine) == []
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert maintenance.missing_objects(engine) == []
