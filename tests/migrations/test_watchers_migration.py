"""Migration 0025: watchers arrive as a table of their own; going back drops the subscriptions
and keeps every item, comment and event as it was."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from tests.migrations.test_time_entries_migration import _items, _staff
from tests.support.rows import insert_ticket


def _watch(engine: Engine, item: uuid.UUID, staff: uuid.UUID, *, deleted: bool = False) -> None:
    watchers = sa.table("work_item_watchers", sa.column("version"), sa.column("id", sa.Uuid()),
                        sa.column("work_item_id", sa.Uuid()), sa.column("staff_id", sa.Uuid()),
                        sa.column("added_by_id", sa.Uuid()),
                        *(sa.column(c, UtcDateTime()) for c in ("created_at", "updated_at",
                                                               "deleted_at")))
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(watchers.insert().values(
            id=uuid.uuid4(), version=1, created_at=now, updated_at=now, work_item_id=item,
            staff_id=staff, added_by_id=staff, deleted_at=now if deleted else None))


def _rows(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_upgrade_adds_the_table_and_downgrade_drops_only_the_watchers(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0024")
    first, second = insert_ticket(engine, "printer jams"), insert_ticket(engine, "vpn down")
    before = _items(engine)
    comments = _rows(engine, "work_item_comments")

    migrate.upgrade(engine, "0025")
    assert _items(engine) == before
    assert inspect(engine).has_table("work_item_watchers")
    alex, sam = _staff(engine, "Alex Agent"), _staff(engine, "Sam Second")
    _watch(engine, first, alex)
    _watch(engine, first, sam, deleted=True)
    _watch(engine, second, sam)
    assert _rows(engine, "work_item_watchers") == 3
    try:  # one row per item and person
        _watch(engine, first, alex)
    except sa.exc.IntegrityError:
        pass
    else:
        raise AssertionError("a second row for the same item and person was accepted")

    migrate.downgrade(engine, "0024")
    assert not inspect(engine).has_table("work_item_watchers")
    assert _items(engine) == before
    assert _rows(engine, "work_item_comments") == comments
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
    assert _rows(engine, "work_item_watchers") == 0
