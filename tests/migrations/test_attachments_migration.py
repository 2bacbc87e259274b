"""Migration 0009: the attachment tables arrive without touching a work item, and the downgrade
refuses (changing nothing) while any attachment is stored, so going back never loses a file."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket

REVISION, BEFORE = "0009", "0008"
TABLES = ("attachments", "attachment_blobs", "attachment_chunks")


def _items(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, number, title, version, status FROM work_items ORDER BY number"))]


def _attach(engine: Engine, item: uuid.UUID) -> None:
    sqlite = engine.dialect.name == "sqlite"
    now = datetime.now(UTC)
    stamp = now.replace(tzinfo=None) if sqlite else now
    data = b"%PDF-1.4 a small report"
    sha = hashlib.sha256(data).hexdigest()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO attachment_blobs (sha256, size, chunk_count, created_at) "
                          "VALUES (:s, :n, 1, :t)"), {"s": sha, "n": len(data), "t": stamp})
        conn.execute(text("INSERT INTO attachment_chunks (blob_sha256, chunk_index, data) "
                          "VALUES (:s, 0, :d)"), {"s": sha, "d": data})
        conn.execute(text(
            "INSERT INTO attachments (id, version, created_at, updated_at, work_item_id, "
            "file_name, media_type, size, blob_sha256) VALUES (:id, 1, :t, :t, :item, "
            "'report.pdf', 'application/pdf', :n, :s)"),
            {"id": uuid.uuid4().hex if sqlite else uuid.uuid4(), "t": stamp,
             "item": item.hex if sqlite else item, "n": len(data), "s": sha})


def test_upgrade_adds_the_tables_and_the_downgrade_keeps_every_file(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    ticket = insert_ticket(engine, "printer on fire")
    insert_ticket(engine, "second ticket")
    items = _items(engine)

    migrate.upgrade(engine, REVISION)
    assert all(inspect(engine).has_table(t) for t in TABLES)
    assert _items(engine) == items
    _attach(engine, ticket)

    with pytest.raises(DowngradeRefused, match=r"holds 1 attachment\(s\) \(1 distinct file"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == REVISION
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT file_name FROM attachments")) == "report.pdf"
        assert bytes(conn.scalar(text("SELECT data FROM attachment_chunks"))) == \
            b"%PDF-1.4 a small report"

    with engine.begin() as conn:  # the files are removed for good: now it may go back
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table}"))
    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert _items(engine) == items

    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_0009_follows_the_sync_log_revision() -> None:
    assert migrate.script_directory().get_revision(REVISION).down_revision == BEFORE
