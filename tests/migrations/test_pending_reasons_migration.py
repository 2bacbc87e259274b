"""Migration 0019: pending reasons and dates, and the reasons an SLA pauses for, arrive without
touching a row; going back keeps what a waiting item said as a work note."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from tests.support.rows import insert_ticket


def _items(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, number, title, status, version FROM work_items ORDER BY number"))]


def test_upgrade_adds_the_columns_and_downgrade_keeps_reasons_as_work_notes(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0018")
    waiting, working = insert_ticket(engine, "disk on order"), insert_ticket(engine, "vpn")
    before = _items(engine)

    migrate.upgrade(engine, "0019")
    assert _items(engine) == before
    columns = {c["name"] for c in inspect(engine).get_columns("work_items")}
    assert {"pending_reason", "pending_until"} <= columns
    assert "pause_reasons" in {c["name"] for c in inspect(engine).get_columns("sla_definitions")}
    items = sa.table("work_items", sa.column("id", sa.Uuid()), sa.column("pending_reason"),
                     sa.column("pending_until", UtcDateTime()))
    with engine.begin() as conn:
        conn.execute(items.update().where(items.c.id == waiting).values(
            pending_reason="vendor", pending_until=datetime(2026, 12, 10, 14, 0, tzinfo=UTC)))

    migrate.downgrade(engine, "0018")
    columns = {c["name"] for c in inspect(engine).get_columns("work_items")}
    assert not {"pending_reason", "pending_until"} & columns
    assert _items(engine) == before
    with engine.connect() as conn:
        notes = [tuple(r) for r in conn.execute(text(
            "SELECT work_item_id, body, work_note FROM work_item_comments "
            "WHERE body LIKE 'Pending:%'"))]
    assert len(notes) == 1
    assert str(notes[0][0]).replace("-", "") == waiting.hex
    assert notes[0][1] == "Pending: awaiting vendor, until 2026-12-10 14:00 UTC"
    assert notes[0][2] in (True, 1)
    assert working != waiting
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
