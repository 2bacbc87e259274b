"""Migration 0033: PostgreSQL's open-work indexes are keyed on the status category, with every
row kept both ways, and a queue of open work of every kind can use them (before, its eleven
open statuses no longer implied the indexes' four, and PostgreSQL walked closed history)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from deskapp.db import maintenance, migrate
from deskapp.domain.queue import MY_TEAMS, OPEN, QueueDefinition, QueueFilter
from deskapp.runtime import Database
from deskapp.services.container import Services
from tests.support.factories import make_desk
from tests.support.rows import _work_rows, insert_ticket, work_item_statements

OPEN_INDEXES = ("ix_queue_open_priority", "ix_queue_open_team", "ix_queue_open_assignee")


def _definitions(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(:names)"),
            {"names": list(OPEN_INDEXES)}).all())


def test_up_and_down_with_rows(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0032")
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    postgres = engine.dialect.name == "postgresql"
    if postgres:
        assert all("status_category" not in d for d in _definitions(engine).values())
    migrate.upgrade(engine, "0033")
    assert _work_rows(engine) == rows
    if postgres:
        found = _definitions(engine)
        assert set(found) == set(OPEN_INDEXES)
        assert all("status_category" in d and "'in_progress'" not in d for d in found.values())
    migrate.downgrade(engine, "0032")
    assert _work_rows(engine) == rows
    if postgres:
        assert all("'in_progress'" in d for d in _definitions(engine).values())
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert maintenance.missing_objects(engine) == []


# PostgreSQL only: SQLite has no open-work indexes (its queue indexes carry the status)
@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_an_open_team_queue_can_read_the_open_work_index(database: Database,
                                                         services: Services) -> None:
    """The page statement of a team's open work proves the open-work indexes' predicate (the
    planner may use them); with the all-items orders out of the way it does."""
    desk = make_desk(database, actor_id=services.actor.staff_id)
    for n in range(3):
        services.incidents.create({"title": f"Scanner {n}", "impact": 2, "urgency": 2,
                                   "team_id": desk.team_id})
    queue = services.queues.resolve(QueueDefinition(QueueFilter(teams=(MY_TEAMS,), statuses=OPEN)))
    rows, sent = work_item_statements(database.engine,
                                      lambda: services.queues.page(queue, None, 50))
    assert rows
    seen = [(s, p) for s, p in sent if "ORDER BY work_items.priority" in s and "LIMIT" in s]
    assert seen
    statement, params = seen[-1]
    assert "status_category IN ('open', 'waiting')" in statement  # a literal: generic plans too
    with database.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for other in ("ix_queue_priority", "ix_queue_team", "ix_queue_status",
                      "ix_queue_visible_team", "ix_queue_visible_status"):
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {other}")  # rolled back below
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(
            "EXPLAIN " + statement, params))
        conn.rollback()
    assert "ix_queue_open_" in plan, plan


def test_a_count_of_open_work_names_the_category_alone(database: Database,
                                                     services: Services) -> None:
    """A count of every open status (All open, narrowed here to a priority) names the status
    category alone: the open-work indexes' predicate, so it counts over them, index-only,
    without a status column to check (PostgreSQL: the open priority-3 items of 1M through
    1,050 index pages instead of 4,700 of the status-led index). Naming the category beside
    the statuses sent every counted row to the table. A count of some statuses names the
    statuses alone; the page statement of every open status in priority order names the
    category alone too."""
    desk = make_desk(database, actor_id=services.actor.staff_id)
    made = [services.incidents.create({"title": f"Scanner {n}", "impact": 3, "urgency": 3,
                                       "team_id": desk.team_id}) for n in range(3)]
    queue = services.queues.resolve(QueueDefinition(QueueFilter(
        statuses=OPEN, priorities=(made[0].priority,))))
    some = services.queues.resolve(QueueDefinition(QueueFilter(
        statuses=("new", "assigned"), priorities=(made[0].priority,))))
    counted, all_sent = work_item_statements(database.engine, lambda: (
        services.queues.count(queue, fresh=True), services.queues.page(queue, None, 50)))
    assert counted[0] == 3 and len(counted[1]) == 3
    counted_some, some_sent = work_item_statements(
        database.engine, lambda: services.queues.count(some, fresh=True))
    assert counted_some == 3
    counts = [s for s, _ in all_sent if "count(" in s]
    pages = [s for s, _ in all_sent if "ORDER BY work_items.priority" in s and "LIMIT" in s]
    assert counts and pages
    assert "status_category IN ('open', 'waiting')" in counts[-1]
    assert "work_items.status IN" not in counts[-1], counts
    assert "status_category IN ('open', 'waiting')" in pages[-1]
    some_counts = [s for s, _ in some_sent if "count(" in s]
    assert some_counts and "work_items.status IN" in some_counts[-1]
    assert "status_category" not in some_counts[-1]


def test_a_jump_over_open_work_walks_the_keys_by_the_category_alone(database: Database,
                                                                    services: Services) -> None:
    """A jump's key seek (and the page after it) over every open status in priority order
    names the category alone, so PostgreSQL reads the keys from the open-work index alone
    (index-only: it carries no status; with the statuses named it checked each skipped key's
    status in the table, 1,216 pages for a seek of 1,750 keys at 1M instead of 15). In
    another order the statuses stay: the indexes of that order check them first."""
    desk = make_desk(database, actor_id=services.actor.staff_id)
    for n in range(6):
        services.incidents.create({"title": f"Docking station {n}", "impact": 2,
                                   "urgency": 2, "team_id": desk.team_id})
    by_priority = services.queues.resolve(QueueDefinition(QueueFilter(statuses=OPEN)))
    by_number = services.queues.resolve(QueueDefinition(QueueFilter(statuses=OPEN))
                                        .sorted_by("number", False))
    found, sent = work_item_statements(database.engine, lambda: (
        services.queues.seek(by_priority, None, 4), services.queues.seek(by_number, None, 4)))
    assert None not in found
    seen = [(s, p) for s, p in sent if "OFFSET" in s]
    assert len(seen) == 2
    (statement, params), (numbered, _) = seen
    assert "status_category IN ('open', 'waiting')" in statement
    assert "work_items.status IN" not in statement, statement
    assert "work_items.status IN" in numbered
    if database.engine.dialect.name != "postgresql":
        return
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM (ANALYZE) work_items")  # the visibility map, as a desk has
    with database.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
        for other in ("ix_queue_priority", "ix_queue_status", "ix_queue_visible_status"):
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {other}")  # rolled back below
        plan = "\n".join(row[0] for row in conn.exec_driver_sql(
            "EXPLAIN " + statement, params))
        conn.rollback()
    assert "Index Only Scan using ix_queue_open_priority" in plan, plan
