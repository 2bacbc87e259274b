"""Migration 0034: SQLite gets the open-work queue indexes PostgreSQL has, with every row kept
both ways; a page of open work of one priority reads them instead of walking closed history,
and a count leaves the category term out (it counts over the status-led indexes)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, text

from deskapp.db import maintenance, migrate
from deskapp.domain.queries import SortKey
from deskapp.domain.queue import OPEN, QueueDefinition, QueueFilter
from deskapp.runtime import Database
from deskapp.services.container import Services
from tests.support.factories import make_desk
from tests.support.rows import _work_rows, insert_ticket, work_item_statements

OPEN_INDEXES = {"ix_queue_open_priority", "ix_queue_open_team", "ix_queue_open_assignee"}


def _sqlite_indexes(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
            "('ix_queue_open_priority', 'ix_queue_open_team', 'ix_queue_open_assignee')")).all())


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0033")
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        assert _sqlite_indexes(engine) == {}
    # a desk at 0033 lacks nothing: neither these indexes nor the head's model indexes
    assert maintenance.missing_objects(engine) == []
    with engine.connect() as conn:
        assert maintenance._loaded_model_indexes(conn) == ()
    migrate.upgrade(engine, "0034")
    assert _work_rows(engine) == rows
    if sqlite:
        found = _sqlite_indexes(engine)
        assert set(found) == OPEN_INDEXES
        assert all("status_category IN ('open', 'waiting')" in d for d in found.values())
    migrate.downgrade(engine, "0033")
    assert _work_rows(engine) == rows
    if sqlite:
        assert _sqlite_indexes(engine) == {}
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert maintenance.missing_objects(engine) == []


def _statements(database: Database, action: Any) -> list[tuple[str, Any]]:
    return work_item_statements(database.engine, action)[1]


# SQLite only: PostgreSQL's open-work indexes are 0033's (tested there)
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_page_of_open_work_of_one_priority_reads_the_open_work_index(
        database: Database, services: Services) -> None:
    desk = make_desk(database, actor_id=services.actor.staff_id)
    for n in range(3):
        services.incidents.create({"title": f"Scanner {n}", "impact": 2, "urgency": 2,
                                   "team_id": desk.team_id})
    queue = services.queues.resolve(QueueDefinition(QueueFilter(statuses=OPEN, priorities=(3,))))
    pages = _statements(database, lambda: services.queues.page(queue, None, 50))
    page = next((s, p) for s, p in pages if "ORDER BY work_items.priority" in s)
    assert "status_category IN ('open', 'waiting')" in page[0]
    with database.engine.connect() as conn:
        plan = " ".join(str(row[3]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + page[0], page[1]))
    assert "ix_queue_open_priority" in plan, plan
    counts = _statements(database, lambda: services.queues.count(queue, fresh=True))
    counted = [(s, p) for s, p in counts if "count(" in s.lower()]
    # every open status: the category alone, the indexes' predicate (a covering count)
    assert counted and all("status_category IN ('open', 'waiting')" in s and
                           "work_items.status IN" not in s for s, _ in counted)
    with database.engine.connect() as conn:
        plan = " ".join(str(row[3]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + counted[-1][0], counted[-1][1]))
    assert "ix_queue_open_priority" in plan, plan
    # by number the keys walk ix_queue_number, which has the status but not the category:
    # no category term, which would send the walk to the table for every key
    by_number = services.queues.resolve(QueueDefinition(
        QueueFilter(statuses=OPEN), sort=(SortKey("number", descending=True),)))
    keys = _statements(database, lambda: services.queues.seek(by_number, None, 2))
    walked = [(s, p) for s, p in keys if "ORDER BY work_items.number" in s]
    assert walked and all("status_category" not in s for s, _ in walked)


# SQLite only: how SQLite proves a partial index's predicate
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_statuses_of_one_category_still_name_the_indexes_whole_predicate(
        database: Database, services: Services) -> None:
    """SQLite proves ``status_category IN ('open', 'waiting')`` only from the same term, so a
    queue of waiting statuses alone says that, not ``IN ('waiting')``."""
    queue = services.queues.resolve(QueueDefinition(QueueFilter(statuses=("pending",))))
    pages = _statements(database, lambda: services.queues.page(queue, None, 50))
    page = next(s for s, _ in pages if "ORDER BY work_items.priority" in s)
    assert "status_category IN ('open', 'waiting')" in page
