"""Migration 0029: the change tables arrive without touching a row of what was there; the
downgrade gives the 0028 schema back with every row, or refuses (changing nothing) while
changes or the change plan exist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.change_plan import TemplateDraft
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.factories import make_desk
from tests.support.rows import assert_new_tables_keep_rows

BEFORE = "0028"
AFTER = "0029"
TABLES = ("change_details", "change_task_details", "change_templates", "change_approval_rules",
          "freeze_windows", "releases", "change_conflict_acceptances")


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    assert_new_tables_keep_rows(empty_engine, BEFORE, AFTER, TABLES)


def test_downgrade_refuses_while_changes_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        actor = ensure_staff(db.uow, "mig", "Mig Rate")
        desk = make_desk(db, actor_id=actor.staff_id)
        services = Services.build(db.uow, actor)
        template = services.change_plan.save_template(TemplateDraft(
            "Restart the print spooler", "Restart it.", "Nothing to undo.", "Print a page."))
        start = datetime(2027, 5, 1, 20, tzinfo=UTC)
        change = services.changes.create({"change_type": "standard", "template_id": template.id,
                                          "title": "Spooler", "planned_start": start,
                                          "service_id": desk.service_id})
        services.change_tasks.create(change.id, {"title": "Tell the floor"})
        services.change_plan.save_freeze("Year end", start, start + timedelta(days=3))
    finally:
        db.dispose()
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    assert counts["change_details"] == 1 and counts["change_task_details"] == 1
    assert counts["change_templates"] == 1 and counts["freeze_windows"] == 1
    with pytest.raises(DowngradeRefused, match="changes, change tasks, standard-change "
                                               "templates, freeze windows"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    with engine.connect() as conn:
        assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES} == counts
