"""Migration 0017: CI types (seeded, one per type name CIs already carry), relations and
impacted CIs arrive without touching a row of what was there; the downgrade gives the 0016
schema back with every row, or refuses (changing nothing) while relations, impacted CIs or
attribute values exist."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, Uuid, column, insert, inspect, table, text, update

from deskapp.db import migrate
from deskapp.db.base import UtcDateTime
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.cmdb_dto import RelationEdit
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

BEFORE = "0016"
TABLES = ("ci_types", "ci_relations", "work_item_cis")


def _cis(engine: Engine) -> list[uuid.UUID]:
    now = datetime.now(UTC)
    cis = table("config_items", column("id", Uuid()), column("version"),
                column("created_at", UtcDateTime()), column("updated_at", UtcDateTime()),
                column("name"), column("ci_type"), column("status"))
    ids = []
    with engine.begin() as conn:
        for name, ci_type in (("hvac-1", "air conditioner"), ("db-1", "server"),
                              ("lt-1", "laptop")):
            ids.append(uuid.uuid4())
            conn.execute(insert(cis).values(id=ids[-1], version=1, created_at=now,
                                            updated_at=now, name=name, ci_type=ci_type,
                                            status="in_use"))
    ticket = insert_ticket(engine, "Air conditioning leaking")
    items = table("work_items", column("id", Uuid()), column("ci_id", Uuid()))
    with engine.begin() as conn:
        conn.execute(update(items).where(items.c.id == ticket).values(ci_id=ids[0]))
    return ids


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}")))
            for t in ("config_items", "work_items", "ticket_events", "services")}


def test_upgrade_seeds_types_and_downgrade_keeps_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    _cis(engine)
    before = _snapshot(engine)

    migrate.upgrade(engine, "0017")
    assert all(inspect(engine).has_table(t) for t in TABLES)
    with engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM ci_types")).scalars())
        assert conn.execute(text("SELECT count(*) FROM config_items WHERE attributes IS NOT "
                                 "NULL")).scalar() == 0
    assert {"server", "laptop", "application", "air conditioner"} <= names
    after = _snapshot(engine)
    # the CIs gained an empty attributes column; every other value is as it was
    assert [row[:-1] for row in after["config_items"]] == before["config_items"]
    assert {k: v for k, v in after.items() if k != "config_items"} == \
        {k: v for k, v in before.items() if k != "config_items"}

    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert "attributes" not in {c["name"] for c in inspect(engine).get_columns("config_items")}
    assert _snapshot(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_relations_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        services = Services.build(db.uow, ensure_staff(db.uow, "mig", "Mig Rate"))
        vm = services.cmdb.save(None, None, {"name": "vm-1", "ci_type": "server"})
        host = services.cmdb.save(None, None, {"name": "host-1", "ci_type": "server",
                                               "attributes": {"cpu_cores": 32}})
        services.cmdb.save(vm.id, vm.version, {"name": "vm-1", "ci_type": "server",
                                               "relations": [RelationEdit("runs_on", True,
                                                                          host.id)]})
        item = services.incidents.create({"title": "Host down", "impact": 2, "urgency": 2})
        services.impact.set_ticket_cis(item.id, [host.id])
    finally:
        db.dispose()
    head = migrate.current_revision(engine)
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    with pytest.raises(DowngradeRefused,
                       match="CI relations, impacted CIs of work items, CI attribute values"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == head
    with engine.connect() as conn:
        assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES} == counts
