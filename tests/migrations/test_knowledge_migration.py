"""Migration 0018: knowledge tables and their full-text index arrive without touching a row of
what was there; the index holds articles written after it; the downgrade gives the 0017 schema
back with every row, or refuses (changing nothing) while articles exist."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import maintenance, migrate
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.knowledge_dto import ArticleDraft
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

BEFORE = "0017"
TABLES = ("kb_articles", "kb_article_versions", "kb_article_links", "kb_votes")


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}"))) for t in ("work_items", "ticket_events", "number_counters")}


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    before = _snapshot(engine)
    migrate.upgrade(engine, "0018")
    assert all(inspect(engine).has_table(t) for t in TABLES)
    assert _snapshot(engine) == before
    # (the models match the head, checked at the end: later revisions add tables of their own)
    assert maintenance.missing_objects(engine) == []
    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert _snapshot(engine) == before
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name LIKE 'kb_%'").scalar() == 0
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_articles_are_searchable_and_the_downgrade_refuses_while_they_exist(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        services = Services.build(db.uow, ensure_staff(db.uow, "mig", "Mig Rate"))
        services.knowledge.create(ArticleDraft("Printer offline", "Power-cycle the spooler."))
        assert [a.title for a in services.knowledge.articles("spooler").items] == [
            "Printer offline"]
    finally:
        db.dispose()
    with pytest.raises(DowngradeRefused, match="knowledge articles"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM kb_articles")) == 1
