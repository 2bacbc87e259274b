"""Migration 0010: time entries arrive as a table of their own; going back keeps what was logged
as work notes on the items."""

from __future__ import annotations

import uuid
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


def _staff(engine: Engine, name: str) -> uuid.UUID:
    staff_id = uuid.uuid4()
    now = datetime.now(UTC)
    staff = sa.table("staff_users", sa.column("id", sa.Uuid()), sa.column("version"),
                     sa.column("created_at", UtcDateTime()),
                     sa.column("updated_at", UtcDateTime()), sa.column("username"),
                     sa.column("full_name"), sa.column("active", sa.Boolean()))
    with engine.begin() as conn:
        conn.execute(staff.insert().values(id=staff_id, version=1, created_at=now,
                                           updated_at=now, username=name.lower()[:8],
                                           full_name=name, active=True))
    return staff_id


def _entry(engine: Engine, item: uuid.UUID, staff: uuid.UUID, minutes: int, worked: datetime,
           note: str | None, *, deleted: bool = False) -> None:
    entries = sa.table("time_entries", *(sa.column(c) for c in (
        "version", "minutes", "note")), sa.column("id", sa.Uuid()),
        sa.column("work_item_id", sa.Uuid()), sa.column("staff_id", sa.Uuid()),
        *(sa.column(c, UtcDateTime()) for c in ("created_at", "updated_at", "worked_at",
                                               "deleted_at")))
    now = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(entries.insert().values(
            id=uuid.uuid4(), version=1, created_at=now, updated_at=now, work_item_id=item,
            staff_id=staff, worked_at=worked, minutes=minutes, note=note,
            deleted_at=now if deleted else None))


def test_upgrade_adds_the_table_and_downgrade_keeps_entries_as_work_notes(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0009")
    first, second = insert_ticket(engine, "disk failure"), insert_ticket(engine, "vpn down")
    before = _items(engine)

    migrate.upgrade(engine, "0010")
    assert _items(engine) == before
    assert inspect(engine).has_table("time_entries")
    alex, sam = _staff(engine, "Alex Agent"), _staff(engine, "Sam Second")
    _entry(engine, first, alex, 90, datetime(2026, 12, 5, 9, 0, tzinfo=UTC), "Replaced the disk")
    _entry(engine, first, sam, 15, datetime(2026, 12, 4, 14, 0, tzinfo=UTC), None)
    _entry(engine, second, alex, 600, datetime(2026, 12, 5, 9, 0, tzinfo=UTC), "typo",
           deleted=True)

    migrate.downgrade(engine, "0009")
    assert not inspect(engine).has_table("time_entries")
    assert _items(engine) == before
    with engine.connect() as conn:
        notes = sorted(tuple(r) for r in conn.execute(text(
            "SELECT work_item_id, author_id, body FROM work_item_comments "
            "WHERE body LIKE 'Time spent:%'")))
    assert sorted((uuid.UUID(str(i)), uuid.UUID(str(a)), b) for i, a, b in notes) == sorted([
        (first, alex, "Time spent: 1 h 30 min on 2026-12-05: Replaced the disk"),
        (first, sam, "Time spent: 15 min on 2026-12-04"),
    ])
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
