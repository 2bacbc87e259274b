"""The objects outside the models that deskapp.db.maintenance knows are exactly those the
migrations make: a new migration that adds a queue index or a search trigger must declare it
there too (else a bulk load would keep it, and a repair would not know it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from deskapp.db import maintenance, migrate
from deskapp.db.engine import make_engine
from deskapp.db.models import Base
from tests.support.fixtures import PostgresDatabases


def _made_by_migrations(engine: Engine) -> set[tuple[str, str]]:
    """Objects of the migrations' raw SQL: not in the models, not FTS5's shadow tables."""
    modelled = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    with engine.connect() as conn:
        present = maintenance._present(conn)
    return {(kind, name) for kind, name in present if name not in modelled and (
        name.startswith(("ix_queue_", "ix_search_", "deskapp_notify_"))
        or (kind == "trigger" and ("_fts_" in name or "_open_counts_" in name))
        or (kind == "table" and name.endswith("_fts")))}


def _expected(dialect: str, engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:  # the open counts' objects come with their table (0028)
        counts = maintenance._count_objects(conn)
    return {(o.kind, o.name) for o in [*maintenance.expected_objects(dialect), *counts]}


def test_sqlite_catalogue_matches_a_fresh_migration(tmp_path: Path) -> None:
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(tmp_path / "fresh.db")))
    migrate.upgrade(engine)
    made = _made_by_migrations(engine)
    expected = _expected("sqlite", engine)
    engine.dispose()
    assert made == expected and ("trigger", "work_items_open_counts_au") in made


def test_postgresql_catalogue_matches_a_fresh_migration(pg_databases: PostgresDatabases) -> None:
    url = pg_databases.create()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        assert _made_by_migrations(engine) == _expected("postgresql", engine)
        assert maintenance.missing_objects(engine) == []
    finally:
        engine.dispose()
        pg_databases.drop(url)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_every_object_is_suspended_or_kept_on_purpose(dialect: str) -> None:
    kept = {o.name for o in maintenance.expected_objects(dialect) if not o.bulk_suspendable}
    appended = {o.name for o in maintenance.expected_objects(dialect)
                if o.name in maintenance.APPENDED_WHILE_LOADING}
    assert appended == {"ix_queue_number", "ix_queue_opened", "ix_queue_kpi_opened",
                        "ix_queue_kpi_resolved", "ix_queue_resolved", "ix_queue_responded"}
    if dialect == "sqlite":
        assert kept - appended == {"work_items_fts", "work_item_comments_fts",
                                   "kb_articles_fts"}
    else:
        assert kept - appended == {
            "deskapp_notify_work_items_ins", "deskapp_notify_work_items_upd",
            "deskapp_notify_work_items_del", "deskapp_notify_work_item_comments_ins",
            "deskapp_notify_work_item_links_ins", "deskapp_notify_work_item_links_upd"}
    # the plain indexes of the loaded tables are dropped too, but for those appended to
    plain = {o.name for o in maintenance.model_indexes(dialect) if o.bulk_suspendable}
    assert "ix_work_items_team_status" in plain and "ix_ticket_events_ticket" not in plain
