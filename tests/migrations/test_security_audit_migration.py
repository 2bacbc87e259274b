"""Migration 0007: the audit trail and confidential flag arrive without touching any work item."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket


def _items(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, number, title, status, version FROM work_items ORDER BY number"))]


def test_upgrade_keeps_items_and_downgrade_refuses_to_lose_the_trail(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0006")
    for n in range(3):
        insert_ticket(engine, f"item {n}")
    before = _items(engine)

    migrate.upgrade(engine, "0007")
    assert _items(engine) == before
    with engine.begin() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_items WHERE confidential")) == 0
        conn.execute(text("UPDATE work_items SET confidential = :t WHERE title = 'item 1'"),
                     {"t": True})
    with pytest.raises(DowngradeRefused, match="confidential work item"):
        migrate.downgrade(engine, "0006")
    assert inspect(engine).has_table("audit_events")  # nothing was dropped

    with engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET confidential = :f"), {"f": False})
    migrate.downgrade(engine, "0006")
    assert not inspect(engine).has_table("audit_events")
    assert "confidential" not in {c["name"] for c in inspect(engine).get_columns("work_items")}
    assert _items(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
