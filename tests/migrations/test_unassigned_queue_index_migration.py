"""Migration 0037: PostgreSQL gets an index of unassigned open work in the urgent order, with
every row kept both ways; take next reads it instead of skipping every assigned item ahead of
the first unassigned one (SQLite reads that order from ``ix_queue_open_assignee`` already)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, text

from deskapp.db import maintenance, migrate
from deskapp.domain.queue import OPEN, UNASSIGNED, QueueDefinition, QueueFilter
from deskapp.runtime import Database
from deskapp.services.container import Services
from tests.support.factories import make_desk
from tests.support.rows import _work_rows, insert_ticket, work_item_statements

INDEX = "ix_queue_open_unassigned"


def _has_index(engine: Engine) -> bool:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = :n"),
                                {"n": INDEX}).scalar_one() == 1
        return conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = :n"),
                            {"n": INDEX}).scalar_one() == 1


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0036")
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    postgres = engine.dialect.name == "postgresql"
    assert not _has_index(engine)
    migrate.upgrade(engine, "0037")
    assert _work_rows(engine) == rows
    assert _has_index(engine) == postgres  # SQLite needs none (see the migration)
    migrate.downgrade(engine, "0036")
    assert _work_rows(engine) == rows
    assert not _has_index(engine)
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert maintenance.missing_objects(engine) == []


def _claim(database: Database, services: Services) -> tuple[Any, str, Any]:
    """Take next on the unassigned queue: the item claimed, and its candidate statement."""
    queue = services.queues.resolve(QueueDefinition(QueueFilter(
        assignees=(UNASSIGNED,), statuses=OPEN)))
    claimed, sent = work_item_statements(database.engine,
                                         lambda: services.queues.take_next(queue))
    seen = [(s, p) for s, p in sent if "FOR UPDATE SKIP LOCKED" in s]
    assert claimed is not None and len(seen) == 1
    return claimed, *seen[0]


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_take_next_reads_unassigned_work_without_walking_the_assigned(
        database: Database, services: Services) -> None:
    """A desk that worked its queue from the top: 2,000 open items, the most urgent 1,990 of
    them assigned. The claim reads the unassigned index and looks at a handful of rows; on the
    index of all open work it skipped the 1,990 assigned ones first."""
    desk = make_desk(database, actor_id=services.actor.staff_id)
    now = datetime.now(UTC)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO work_items (id, version, created_at, updated_at, kind, number, title, "
            "channel, impact, urgency, priority, status, status_category, team_id, "
            "assignee_id, opened_at, reopen_count, response_breached, resolution_breached, "
            "confidential) "
            "SELECT gen_random_uuid(), 1, %(now)s, %(now)s, 'incident', 'INC-T' || g, "
            "'Printer ' || g, 'phone', 2, 2, 3, "
            "CASE WHEN g <= 1990 THEN 'assigned' ELSE 'new' END, 'open', %(team)s, "
            "CASE WHEN g <= 1990 THEN %(agent)s::uuid END, "
            "%(start)s::timestamptz + g * interval '1 minute', 0, false, false, false "
            "FROM generate_series(1, 2000) AS g",
            {"now": now, "team": desk.team_id, "agent": services.actor.staff_id,
             "start": now - timedelta(days=10)})
        conn.exec_driver_sql(
            "INSERT INTO incident_details (work_item_id, is_major) "
            "SELECT id, false FROM work_items WHERE number LIKE 'INC-T%%'")
        conn.exec_driver_sql("ANALYZE work_items")
    claimed, statement, params = _claim(database, services)
    # the oldest of the ten unassigned ones, now the claimer's in their own team
    assert claimed.number == "INC-T1991"
    assert claimed.assignee is not None and claimed.team is not None
    assert (claimed.assignee.id, claimed.team.id) == (services.actor.staff_id, desk.team_id)
    with database.engine.connect() as conn, conn.begin():
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(
            "EXPLAIN (ANALYZE, COSTS OFF) " + statement, params))
        conn.rollback()
    assert INDEX in plan, plan
    skipped = [int(n) for n in re.findall(r"Rows Removed by Filter: (\d+)", plan)]
    assert sum(skipped) < 50, plan
