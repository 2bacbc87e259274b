"""Migration 0023: templates arrive without touching a row of what was there; the downgrade
gives the 0022 schema back, or refuses (changing nothing) while templates exist."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.services.templates import TemplateDraft
from tests.support.rows import insert_ticket

BEFORE = "0022"
AFTER = "0023"


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}"))) for t in ("work_items", "incident_details", "staff_users")}


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(3):
        insert_ticket(engine, f"printer {n}")
    before = _snapshot(engine)
    migrate.upgrade(engine, AFTER)
    assert inspect(engine).has_table("work_templates")
    assert _snapshot(engine) == before
    migrate.downgrade(engine, BEFORE)
    assert not inspect(engine).has_table("work_templates")
    assert _snapshot(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_templates_exist(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        services = Services.build(db.uow, ensure_staff(db.uow, "mig", "Mig Rate"))
        services.templates.save(TemplateDraft("response", "Thanks", "Thanks, {caller}"))
    finally:
        db.dispose()
    with pytest.raises(DowngradeRefused, match="holds templates"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_templates")) == 1
