"""Migration 0024: service subscriptions, addresses named on a major incident, an update's mail
count and a caller's language arrive; going back keeps the named addresses as a work note and
refuses, changing nothing, while callers are subscribed to services."""

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

AT = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _record(table: str, *columns: str) -> sa.TableClause:
    return sa.table(table, sa.column("id", sa.Uuid()), sa.column("version"),
                    *(sa.column(c, UtcDateTime()) for c in ("created_at", "updated_at",
                                                            "deleted_at")),
                    *(sa.column(c, sa.Uuid()) if c.endswith("_id") else sa.column(c)
                      for c in columns))


def _people(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT id, full_name, email, version FROM people ORDER BY full_name"))]


def test_upgrade_keeps_rows_and_downgrade_keeps_named_addresses(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0023")
    outage = insert_ticket(engine, "email down")
    person, service = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(_record("people", "full_name", "email", "vip").insert().values(
            id=person, version=1, created_at=AT, updated_at=AT, full_name="Dana",
            email="dana@example.com", vip=False))
        conn.execute(_record("services", "name", "portfolio_status", "criticality").insert()
                     .values(id=service, version=1, created_at=AT, updated_at=AT, name="Email",
                             portfolio_status="catalogue", criticality="high"))
    people = _people(engine)
    migrate.upgrade(engine, "0024")
    columns = {c["name"] for c in inspect(engine).get_columns("people")}
    assert "language" in columns
    assert _people(engine) == people
    with engine.begin() as conn:
        conn.execute(text("UPDATE people SET language = 'de'"))
        named = _record("major_incident_recipients", "work_item_id", "address", "name")
        for address, name, deleted in (("cio@example.com", "Chris CIO", None),
                                       ("ops@example.com", None, None),
                                       ("gone@example.com", None, AT)):
            conn.execute(named.insert().values(
                id=uuid.uuid4(), version=1, created_at=AT, updated_at=AT, deleted_at=deleted,
                work_item_id=outage, address=address, name=name))
        subscription = uuid.uuid4()
        conn.execute(_record("service_subscriptions", "service_id", "person_id").insert()
                     .values(id=subscription, version=1, created_at=AT, updated_at=AT,
                             service_id=service, person_id=person))

    with pytest.raises(DowngradeRefused, match="1 service subscription"):
        migrate.downgrade(engine, "0023")
    assert migrate.current_revision(engine) == "0024"
    assert inspect(engine).has_table("service_subscriptions")
    with engine.begin() as conn:
        conn.execute(text("UPDATE service_subscriptions SET deleted_at = updated_at"))

    migrate.downgrade(engine, "0023")
    assert not inspect(engine).has_table("major_incident_recipients")
    assert not inspect(engine).has_table("service_subscriptions")
    assert "language" not in {c["name"] for c in inspect(engine).get_columns("people")}
    assert _people(engine) == people
    with engine.connect() as conn:
        notes = [r[0] for r in conn.execute(text(
            "SELECT body FROM work_item_comments WHERE body LIKE 'Stakeholder%'"))]
    assert notes == ["Stakeholder addresses: Chris CIO <cio@example.com>, ops@example.com"]
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
