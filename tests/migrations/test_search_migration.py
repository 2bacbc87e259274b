"""Migration 0002: search fills from existing rows, NOTIFY carries ids, downgrade is clean."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, text

from deskapp.db import migrate
from deskapp.db.engine import session_factories
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

#: 0001's index on queue_definitions shares the ix_queue_ prefix; it belongs to the models.
ORM_INDEXES = {"ix_queue_definitions_owner_id"}


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    return empty_engine


def _services(engine: Engine) -> Services:
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    return Services.build(uow, ensure_staff(uow, "migrator", "Mig Rator"))


def _leftovers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE '%fts%' "
                "OR name LIKE 'ix_queue_%' OR name LIKE 'ix_search_%'"))} - ORM_INDEXES
        return {r[0] for r in conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_queue_%' "
            "OR indexname LIKE 'ix_search_%' UNION ALL "
            "SELECT column_name FROM information_schema.columns "
            "WHERE column_name = 'search_vector' UNION ALL "
            "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'deskapp_%' UNION ALL "
            "SELECT proname FROM pg_proc WHERE proname = 'deskapp_notify_change'"))} - ORM_INDEXES


def test_existing_rows_become_searchable_and_downgrade_removes_everything(
        engine: Engine) -> None:
    migrate.upgrade(engine, "0001")
    ticket = insert_ticket(engine, "Fax machine smoking", "Smells of burnt toner")
    assert _leftovers(engine) == set()
    migrate.upgrade(engine, "head")  # 0002 indexes what was there before it
    after = _services(engine)
    assert [h.id for h in after.search.search("smoking").hits] == [ticket]
    assert [h.id for h in after.search.search("toner").hits] == [ticket]
    assert len(_leftovers(engine)) >= 10
    migrate.downgrade(engine, "0001")
    assert _leftovers(engine) == set()
    # the data is intact and writable without the triggers
    with engine.begin() as conn:
        assert conn.scalar(text("SELECT title FROM incidents")) == "Fax machine smoking"
        conn.execute(text("UPDATE incidents SET title = 'Fixed', version = version + 1"))
    migrate.upgrade(engine, "head")
    assert [h.id for h in _services(engine).search.search("fixed").hits] == [ticket]


# NOTIFY is PostgreSQL only
@pytest.mark.parametrize("empty_engine", ["postgresql"], indirect=True)
def test_postgres_notifies_table_and_ids_only(engine: Engine) -> None:
    import psycopg

    migrate.upgrade(engine)
    services = _services(engine)
    conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as listener:
        listener.execute("LISTEN deskapp_changes")
        inc = services.incidents.create({"title": "Notify me", "impact": 2, "urgency": 2})
        services.incidents.update(inc.id, inc.version, {"title": "Notify me again"})
        payloads = [json.loads(n.payload) for n in
                    listener.notifies(timeout=2.0, stop_after=2)]
    assert [p["op"] for p in payloads] == ["insert", "update"]
    assert all(p["table"] == "work_items" and p["ids"] == [str(inc.id)] for p in payloads)
    assert all(set(p) == {"table", "op", "count", "ids"} for p in payloads)
