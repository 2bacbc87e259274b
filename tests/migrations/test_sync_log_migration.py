"""Migration 0008: the change log and replica bookkeeping arrive empty and leave cleanly, except
from a replica file, whose origin and progress the downgrade refuses to lose."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket


def test_round_trip_keeps_items_and_a_replica_refuses(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0007")
    insert_ticket(engine, "before the log")
    migrate.upgrade(engine, "0008")
    assert {"sync_log", "replica_state"} <= set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        logged = conn.scalar(text("SELECT count(*) FROM sync_log"))
        # PostgreSQL logs from now on (triggers installed after the upgrade); SQLite never does
        assert logged == 0
    insert_ticket(engine, "after the log")
    with engine.begin() as conn:
        count = conn.scalar(text("SELECT count(*) FROM sync_log WHERE table_name = "
                                 "'work_items'"))
        assert count == (1 if engine.dialect.name == "postgresql" else 0)
        now = datetime.now(UTC)
        conn.execute(text(
            "INSERT INTO replica_state (id, version, created_at, updated_at, desk_id, source, "
            "scope, login, cursor_txid, cursor_seq, schema_head) VALUES (:id, 1, :now, :now, "
            "'d', 's', 'me', 'tech', 0, 0, '0008')"),
            {"id": uuid.uuid4() if engine.dialect.name == "postgresql" else uuid.uuid4().hex,
             "now": now if engine.dialect.name == "postgresql" else now.replace(tzinfo=None)})
    with pytest.raises(DowngradeRefused, match="offline replica"):
        migrate.downgrade(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM replica_state"))
    migrate.downgrade(engine, "0007")
    assert not {"sync_log", "replica_state"} & set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_items")) == 2
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
