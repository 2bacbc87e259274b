"""Migration 0032: the KPI indexes arrive and go with every row kept, and a year's KPI statements
read them (SQLite's plans) instead of the work items' rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL

from deskapp.db import maintenance, migrate
from deskapp.domain.kpi import Grain, Grouping, Period
from deskapp.runtime import open_database
from deskapp.services.kpi import KpiService
from tests.support.rows import _work_rows, insert_ticket

KPI_INDEXES = {"ix_queue_kpi_opened", "ix_queue_kpi_resolved", "ix_queue_kpi_major"}


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {name for kind, name in maintenance._present(conn) if kind == "index"}


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0031")
    tickets = [insert_ticket(engine, f"printer {n}") for n in range(5)]
    with engine.begin() as conn:  # one major incident, for the partial index
        conn.execute(text("UPDATE incident_details SET is_major = :t WHERE work_item_id = :id"),
                     {"t": True, "id": tickets[0].hex if engine.dialect.name == "sqlite"
                      else tickets[0]})
    rows = _work_rows(engine)
    assert not _indexes(engine) & KPI_INDEXES
    migrate.upgrade(engine, "0032")
    assert _indexes(engine) >= KPI_INDEXES
    assert _work_rows(engine) == rows
    migrate.downgrade(engine, "0031")
    assert not _indexes(engine) & KPI_INDEXES
    assert _work_rows(engine) == rows
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert _indexes(engine) >= KPI_INDEXES
    assert maintenance.missing_objects(engine) == []


def test_sqlite_reads_a_years_figures_from_the_kpi_indexes(tmp_path: Path) -> None:
    """Every statement of a year's figures (whole desk, by team) and of the weekly series reads
    an index or the few major incidents; none scans ``work_items`` or looks up its rows."""
    db = open_database(URL.create("sqlite+pysqlite", database=str(tmp_path / "kpi.db")))
    try:
        for n in range(20):
            insert_ticket(db.engine, f"printer {n}")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        seen: list[tuple[str, Any]] = []

        def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if statement.lstrip().startswith("SELECT") and "sum(" in statement:
                seen.append((statement, params))

        event.listen(db.engine, "before_cursor_execute", keep)
        end = datetime.now(UTC) + timedelta(days=1)
        year = Period(end - timedelta(days=365), end)
        kpi = KpiService(db.uow)
        kpi.figures(year)
        kpi.figures(year, Grouping.TEAM)
        kpi.series("backlog", year, Grain.WEEK, UTC)
        kpi.series("mttr_wall", year, Grain.MONTH, UTC, Grouping.TEAM)
        event.remove(db.engine, "before_cursor_execute", keep)
        plans = []
        with db.engine.connect() as conn:
            for statement, params in seen:
                plans.append(" | ".join(str(row[-1]) for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statement, params)))
    finally:
        db.dispose()
    assert len(plans) >= 6
    for plan in plans:
        assert "SCAN work_items" not in plan, plan
        assert "USING INDEX ix_queue_kpi_" in plan or "USING COVERING INDEX ix_queue_kpi_" in plan \
            or "satisfaction_ratings" in plan, plan
