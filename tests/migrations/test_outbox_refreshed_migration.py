"""Migration 0030: an outbox op gets ``refreshed_at``; ops settled before it count as refreshed,
pending ones do not; the downgrade drops the column and keeps every op."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate

BEFORE = "0029"
AFTER = "0030"
AT = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _op(engine: Engine, position: int, state: str) -> uuid.UUID:
    op_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_outbox (id, position, table_name, row_id, work_item_id, action, "
            "changes, device_at, state, version, created_at, updated_at) VALUES (:id, :p, "
            "'work_item_comments', :row, :item, 'append', :changes, :at, :state, 1, :at, :at)"),
            {"id": op_id if engine.dialect.name == "postgresql" else op_id.hex, "p": position,
             "row": uuid.uuid4().hex if engine.dialect.name == "sqlite" else uuid.uuid4(),
             "item": uuid.uuid4().hex if engine.dialect.name == "sqlite" else uuid.uuid4(),
             "changes": '{"body": "note", "work_note": true}', "at": AT, "state": state})
    return op_id


def _ops(engine: Engine) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        return [(r.position, r.state) for r in conn.execute(text(
            "SELECT position, state FROM sync_outbox ORDER BY position"))]


def test_settled_ops_count_as_refreshed_and_the_downgrade_keeps_every_op(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for position, state in enumerate(("applied", "pending", "rejected", "conflict")):
        _op(engine, position, state)
    before = _ops(engine)
    migrate.upgrade(engine, AFTER)  # the models' schema is checked at the head, below
    with engine.connect() as conn:
        marked = dict(conn.execute(text(
            "SELECT state, refreshed_at IS NOT NULL FROM sync_outbox")).all())
    assert marked == {"applied": True, "pending": False, "rejected": True, "conflict": True}
    assert _ops(engine) == before
    migrate.downgrade(engine, BEFORE)
    assert "refreshed_at" not in {c["name"] for c in inspect(engine).get_columns("sync_outbox")}
    assert _ops(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
