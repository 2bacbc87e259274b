"""Migration 0020: the CSI register's tables and the rate / availability columns arrive with
the items untouched; going back refuses while they hold anything, and drops them when empty."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket


def _items(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, number, title, status, version FROM work_items ORDER BY number"))]


def _initiative(engine: Engine, item: uuid.UUID) -> uuid.UUID:
    now = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)
    ident = uuid.uuid4()
    initiatives = sa.table(
        "improvement_initiatives", *(sa.column(c) for c in (
            "version", "title", "reason", "kpi", "baseline", "baseline_count", "target",
            "status")), sa.column("id", sa.Uuid()), sa.column("scope", sa.JSON()),
        sa.column("due_on", sa.Date()),
        *(sa.column(c, UtcDateTime()) for c in ("created_at", "updated_at", "baseline_start",
                                               "baseline_end")))
    links = sa.table("improvement_links", sa.column("version"), sa.column("id", sa.Uuid()),
                     sa.column("initiative_id", sa.Uuid()), sa.column("work_item_id", sa.Uuid()),
                     sa.column("created_at", UtcDateTime()), sa.column("updated_at",
                                                                      UtcDateTime()))
    with engine.begin() as conn:
        conn.execute(initiatives.insert().values(
            id=ident, version=1, title="Faster fixes", reason="slow", kpi="mttr_wall",
            scope={"priority": 2}, baseline=480.0, baseline_count=12, target=240.0,
            status="active", due_on=datetime(2027, 3, 31).date(), created_at=now,
            updated_at=now, baseline_start=now, baseline_end=now))
        conn.execute(links.insert().values(id=uuid.uuid4(), version=1, initiative_id=ident,
                                           work_item_id=item, created_at=now, updated_at=now))
    return ident


def test_upgrade_adds_the_register_and_downgrade_refuses_while_it_holds_rows(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0019")
    first = insert_ticket(engine, "slow network")
    insert_ticket(engine, "printer jam")
    before = _items(engine)

    migrate.upgrade(engine, "0020")
    assert _items(engine) == before
    found = inspect(engine)
    assert found.has_table("improvement_initiatives") and found.has_table("improvement_links")
    assert "hourly_rate" in {c["name"] for c in found.get_columns("teams")}
    assert "availability_target" in {c["name"] for c in found.get_columns("services")}
    ident = _initiative(engine, first)

    with pytest.raises(DowngradeRefused) as refused:
        migrate.downgrade(engine, "0019")
    assert "improvement initiatives" in str(refused.value)
    assert inspect(engine).has_table("improvement_initiatives")  # nothing changed
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM improvement_links"))
        conn.execute(text("DELETE FROM improvement_initiatives WHERE id = :i"),
                     {"i": ident if engine.dialect.name == "postgresql" else ident.hex})

    migrate.downgrade(engine, "0019")
    found = inspect(engine)
    assert not found.has_table("improvement_initiatives")
    assert "hourly_rate" not in {c["name"] for c in found.get_columns("teams")}
    assert _items(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
