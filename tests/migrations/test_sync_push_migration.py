"""Migration 0014: the outbox, the applied-op record and the two event times arrive without
touching what is there; going back refuses while a replica holds unsent changes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket


def _events(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT ticket_id, field, new_value FROM ticket_events ORDER BY field, new_value"))]


def _value(engine: Engine, value: object) -> object:
    if engine.dialect.name == "postgresql":
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    assert isinstance(value, datetime)
    return value.replace(tzinfo=None)


def test_round_trip_keeps_events_and_refuses_with_unsent_ops(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0013")
    first = insert_ticket(engine, "before the outbox")
    before = _events(engine)
    migrate.upgrade(engine, "0014")
    assert {"sync_outbox", "sync_applied_ops"} <= set(inspect(engine).get_table_names())
    assert _events(engine) == before
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM ticket_events WHERE received_at IS NOT "
                                "NULL")) == 0
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_outbox (id, version, created_at, updated_at, position, "
            "table_name, row_id, work_item_id, action, base_version, changes, device_at, "
            "state) VALUES (:id, 1, :now, :now, 1, 'work_items', :item, :item, 'update', 1, "
            "'{\"title\": [\"a\", \"b\"]}', :now, 'pending')"),
            {"id": _value(engine, uuid.uuid4()), "item": _value(engine, first),
             "now": _value(engine, now)})
    with pytest.raises(DowngradeRefused, match="not yet sent"):
        migrate.downgrade(engine, "0013")
    with engine.begin() as conn:
        conn.execute(text("UPDATE sync_outbox SET state = 'applied'"))
    migrate.downgrade(engine, "0013")
    assert not {"sync_outbox", "sync_applied_ops"} & set(inspect(engine).get_table_names())
    assert "received_at" not in {c["name"] for c in inspect(engine).get_columns(
        "ticket_events")}
    assert _events(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
