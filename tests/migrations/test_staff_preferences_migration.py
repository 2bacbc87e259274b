"""Migration 0013: default teams arrive as a table of their own without touching a row; going
back drops only the choices (the older schema has nowhere to keep them)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from tests.support.rows import insert_ticket


def _stamped(table: str, *columns: sa.ColumnClause[object]) -> sa.TableClause:
    return sa.table(table, sa.column("id", sa.Uuid()), sa.column("version"),
                    sa.column("created_at", UtcDateTime()),
                    sa.column("updated_at", UtcDateTime()), *columns)


def test_upgrade_adds_preferences_and_downgrade_keeps_everything_else(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0012")
    insert_ticket(engine, "printer jam")
    now = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)
    staff_id, team_id = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(_stamped("staff_users", sa.column("username"), sa.column("full_name"),
                              sa.column("active", sa.Boolean())).insert().values(
            id=staff_id, version=1, created_at=now, updated_at=now, username="alex",
            full_name="Alex Agent", active=True))
        conn.execute(_stamped("teams", sa.column("name")).insert().values(
            id=team_id, version=1, created_at=now, updated_at=now, name="Service Desk"))

    def snapshot() -> list[tuple[object, ...]]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT number, title, team_id, assignee_id, version FROM work_items "
                "UNION ALL SELECT username, full_name, NULL, NULL, version FROM staff_users"))]

    before = snapshot()
    migrate.upgrade(engine, "0013")
    assert inspect(engine).has_table("staff_preferences")
    assert snapshot() == before
    with engine.begin() as conn:
        conn.execute(_stamped("staff_preferences", sa.column("staff_id", sa.Uuid()),
                              sa.column("default_team_id", sa.Uuid())).insert().values(
            id=uuid.uuid4(), version=1, created_at=now, updated_at=now, staff_id=staff_id,
            default_team_id=team_id))
    migrate.downgrade(engine, "0012")
    assert not inspect(engine).has_table("staff_preferences")
    assert snapshot() == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
