"""Migration 0011: approvals, delegations and callers' managers arrive without touching a row of
what was there, and the downgrade gives the 0010 schema back with every row, or refuses
(changing nothing) while approvals, delegations or managers exist."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Boolean, Engine, Uuid, column, insert, inspect, table, text, update
from sqlalchemy.exc import IntegrityError

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

BEFORE = "0010"
TABLES = ("approval_requests", "approvals", "approval_delegations")


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {table: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {table}")))
            for table in ("work_items", "ticket_events", "work_item_comments")} | {
            "people": sorted(tuple(str(v) for v in row) for row in conn.execute(text(
                "SELECT id, full_name, email, version FROM people")))}


def _callers(engine: Engine, names: list[str]) -> None:
    """Callers at 0006, each named as the caller of one incident (so a rebuilt ``people``
    must keep them to keep the incidents' foreign keys whole)."""
    now = datetime.now(UTC)
    people = table("people", column("id", Uuid()), column("version"),
                   column("created_at", UtcDateTime()), column("updated_at", UtcDateTime()),
                   column("full_name"), column("email"), column("vip", Boolean()))
    items = table("work_items", column("id", Uuid()), column("caller_id", Uuid()))
    for name in names:
        person = uuid.uuid4()
        ticket = insert_ticket(engine, f"{name}'s printer")
        with engine.begin() as conn:
            conn.execute(insert(people).values(id=person, version=1, created_at=now,
                                               updated_at=now, full_name=name,
                                               email=f"{name.lower()}@example.com", vip=False))
            conn.execute(update(items).where(items.c.id == ticket).values(caller_id=person))


def _people_definition(engine: Engine) -> object:
    """``people`` as the database defines it: its SQL and indexes (SQLite), or its columns,
    indexes and foreign keys (PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'people' "
                "ORDER BY name").all()
    found = inspect(engine)
    return repr((found.get_columns("people"), found.get_indexes("people"),
                 found.get_foreign_keys("people")))


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    _callers(engine, ["Ann", "Ben"])
    before = _snapshot(engine)
    definition = _people_definition(engine)

    migrate.upgrade(engine, "0011")
    assert all(inspect(engine).has_table(t) for t in TABLES)
    assert "manager_id" in {c["name"] for c in inspect(engine).get_columns("people")}
    assert _snapshot(engine) == before

    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert "manager_id" not in {c["name"] for c in inspect(engine).get_columns("people")}
    assert _snapshot(engine) == before
    assert _people_definition(engine) == definition
    # the callers' items still point at them, and a missing caller is still refused
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    items = table("work_items", column("caller_id", Uuid()))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(update(items).values(caller_id=uuid.uuid4()))
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_approvals_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        actor = ensure_staff(db.uow, "mig", "Mig Rate")
        services = Services.build(db.uow, actor)
        item = services.incidents.create({"title": "Laptop for new starter", "impact": 3,
                                          "urgency": 3})
        services.approvals.request(item.id, ApprovalRule((StageRule(
            (ApproverSpec(ApproverKind.STAFF, actor.staff_id),)),)))
    finally:
        db.dispose()
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    assert counts == {"approval_requests": 1, "approvals": 1, "approval_delegations": 0}
    with pytest.raises(DowngradeRefused, match="approval decisions, approval requests"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    with engine.connect() as conn:
        assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES} == counts
