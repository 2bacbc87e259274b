"""Migration 0016: the mail tables arrive without touching a row of what was there; the
downgrade gives the 0015 schema back with every row, or refuses (changing nothing) while the
mail tables hold messages, ratings or opt-outs."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

BEFORE = "0015"
TABLES = ("mail_outbox", "mail_messages", "mail_reviews", "mail_opt_outs",
          "satisfaction_ratings")


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {table: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {table}")))
            for table in ("work_items", "ticket_events", "work_item_comments", "people",
                          "app_settings")}


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(5):
        insert_ticket(engine, f"mail server {n}")
    before = _snapshot(engine)
    migrate.upgrade(engine, "0016")
    assert all(inspect(engine).has_table(t) for t in TABLES)
    assert _snapshot(engine) == before
    # (the models match the head, checked at the end: later revisions add tables of their own)
    migrate.downgrade(engine, BEFORE)
    assert not any(inspect(engine).has_table(t) for t in TABLES)
    assert _snapshot(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_mail_data_exists_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        actor = ensure_staff(db.uow, "mig", "Mig Rate")
        services = Services.build(db.uow, actor)
        item = services.incidents.create({"title": "Mail server down", "impact": 3,
                                          "urgency": 3})
        item = services.incidents.transition(item.id, item.version, "in_progress")
        services.incidents.transition(item.id, item.version, "resolved",
                                      resolution_code="Solved (permanently)",
                                      resolution_notes="Restarted the service.")
        services.satisfaction.record(item.id, 5, "Quick, thanks")
    finally:
        db.dispose()
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    assert counts["satisfaction_ratings"] == 1
    with pytest.raises(DowngradeRefused, match="satisfaction ratings"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    with engine.connect() as conn:
        assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES} == counts
