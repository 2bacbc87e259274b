"""Migration 0026: access management arrives without touching a row of what was there; the
downgrade gives the 0025 schema back with every row, or refuses (changing nothing) while
systems, grants, reviews or access requests exist."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from tests.support.rows import insert_ticket

BEFORE = "0025"
AFTER = "0026"
TABLES = ("access_systems", "access_entitlements", "access_grants", "access_grant_events",
          "access_reviews", "access_review_items", "access_request_details")


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}")))
            for t in ("work_items", "incident_details", "ticket_events", "people",
                      "catalogue_offerings")}


def _person(engine: Engine) -> None:
    with engine.begin() as conn:
        now = datetime.now(UTC).replace(tzinfo=None) if engine.dialect.name == "sqlite" \
            else datetime.now(UTC)
        conn.execute(text("INSERT INTO people (id, full_name, vip, version, created_at, "
                          "updated_at) VALUES (:id, 'Pat Person', false, 1, :now, :now)"),
                     {"id": uuid.uuid4() if engine.dialect.name != "sqlite"
                      else uuid.uuid4().hex, "now": now})


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(3):
        insert_ticket(engine, f"printer {n}")
    _person(engine)
    before = _snapshot(engine)
    migrate.upgrade(engine, AFTER)
    assert all(inspect(engine).has_table(t) for t in TABLES)
    after = _snapshot(engine)
    # the new nullable columns arrive empty on every existing row
    assert [row[:-1] for row in after["people"]] == [row for row in before["people"]]
    assert all(row[-1] == "None" for row in after["people"])
    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert _snapshot(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_systems_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, AFTER)
    sqlite = engine.dialect.name == "sqlite"
    now = datetime.now(UTC).replace(tzinfo=None) if sqlite else datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO access_systems (id, name, version, created_at, "
                          "updated_at) VALUES (:id, 'SAP Finance', 1, :now, :now)"),
                     {"id": uuid.uuid4().hex if sqlite else uuid.uuid4(), "now": now})
    with pytest.raises(DowngradeRefused, match="access systems"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == AFTER
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM access_systems")) == 1
