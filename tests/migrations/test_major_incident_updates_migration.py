"""Migration 0021: the communications log of major incidents arrives as a table; going back
keeps every live update as a work note on its incident."""

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


def _update(engine: Engine, item: uuid.UUID, audience: str, body: str,
            due: datetime | None, *, deleted: bool = False) -> None:
    updates = sa.table("major_incident_updates", sa.column("id", sa.Uuid()),
                       sa.column("version"), sa.column("work_item_id", sa.Uuid()),
                       sa.column("audience"), sa.column("body"),
                       *(sa.column(c, UtcDateTime()) for c in (
                           "created_at", "updated_at", "posted_at", "next_update_due",
                           "deleted_at")))
    at = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(updates.insert().values(
            id=uuid.uuid4(), version=1, work_item_id=item, audience=audience, body=body,
            created_at=at, updated_at=at, posted_at=at, next_update_due=due,
            deleted_at=at if deleted else None))


def test_upgrade_adds_the_log_and_downgrade_keeps_updates_as_work_notes(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0020")
    outage = insert_ticket(engine, "email down")
    before = _items(engine)
    migrate.upgrade(engine, "0021")
    assert inspect(engine).has_table("major_incident_updates")
    assert _items(engine) == before
    _update(engine, outage, "Stakeholders", "Relay down; engineers on site.",
            datetime(2026, 12, 6, 9, 30, tzinfo=UTC))
    _update(engine, outage, "All staff", "Typo", None, deleted=True)
    _update(engine, outage, "Executive team", "Restored.", None)

    migrate.downgrade(engine, "0020")
    assert not inspect(engine).has_table("major_incident_updates")
    assert _items(engine) == before
    with engine.connect() as conn:
        notes = sorted(r[0] for r in conn.execute(text(
            "SELECT body FROM work_item_comments WHERE body LIKE 'Stakeholder update%'")))
    assert notes == [
        "Stakeholder update to Executive team: Restored.",
        "Stakeholder update to Stakeholders: Relay down; engineers on site. Next update due "
        "2026-12-06 09:30 UTC.",
    ]
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
