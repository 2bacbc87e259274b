"""Migration 0028: the kept open counts start equal to the rows already there, follow the next
writes by trigger, and go away with their triggers on the way down."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from deskapp.db import maintenance, migrate
from tests.support.rows import insert_ticket


def _counts(engine: Engine, dimension: str) -> dict[str, int]:
    with engine.connect() as conn:
        return {str(v): int(n) for v, n in conn.execute(text(
            "SELECT value, sum(n) FROM work_item_open_counts WHERE dimension = :d "
            "GROUP BY value HAVING sum(n) <> 0"), {"d": dimension})}


def test_upgrade_counts_what_is_there_and_downgrade_removes_it(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0027")
    first = insert_ticket(engine, "printer jams")
    insert_ticket(engine, "vpn down")
    with engine.begin() as conn:  # a closed one and a confidential one are not counted
        conn.execute(text("UPDATE work_items SET status = 'closed', status_category = 'done' "
                          "WHERE title = 'vpn down'"))
    third = insert_ticket(engine, "secret")
    with engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET confidential = true WHERE title = 'secret'"
                          if engine.dialect.name != "sqlite" else
                          "UPDATE work_items SET confidential = 1 WHERE title = 'secret'"))

    migrate.upgrade(engine, "0028")
    assert _counts(engine, "status") == {"new": 1}
    assert _counts(engine, "priority") == {"4": 1}
    assert maintenance.missing_objects(engine) == []
    with engine.begin() as conn:  # the triggers follow a write
        conn.execute(text("UPDATE work_items SET priority = 2 WHERE title = 'printer jams'"))
    assert _counts(engine, "priority") == {"2": 1}
    assert first and third

    migrate.downgrade(engine, "0027")
    assert not inspect(engine).has_table("work_item_open_counts")
    with engine.begin() as conn:  # no trigger is left to write a table that is gone
        conn.execute(text("UPDATE work_items SET priority = 3 WHERE title = 'printer jams'"))
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert _counts(engine, "priority") == {"3": 1}
