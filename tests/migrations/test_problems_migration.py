"""Migration 0015: problems arrive as a kind with a detail table without touching a row of what
was there; the downgrade gives the 0014 schema back with every row, or refuses (changing
nothing) while problems exist."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.rows import insert_ticket

BEFORE = "0014"


def _snapshot(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}")))
            for t in ("work_items", "incident_details", "ticket_events", "work_item_comments",
                      "work_item_links")}


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    for n in range(4):
        insert_ticket(engine, f"mail bounce {n}")
    before = _snapshot(engine)

    migrate.upgrade(engine, "0015")
    assert inspect(engine).has_table("problem_details")
    assert _snapshot(engine) == before

    migrate.downgrade(engine, BEFORE)
    assert not inspect(engine).has_table("problem_details")
    assert _snapshot(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def test_downgrade_refuses_while_problems_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        actor = ensure_staff(db.uow, "mig", "Mig Rate")
        services = Services.build(db.uow, actor)
        incident = services.incidents.create({"title": "Mail bounces", "impact": 2,
                                              "urgency": 2})
        problem = services.problems.create_from_incidents([incident.id])
        services.problems.edit(problem.id, problem.version, {"root_cause": "Full disk"})
    finally:
        db.dispose()
    before = _snapshot(engine)
    with engine.connect() as conn:
        details = conn.execute(text("SELECT root_cause FROM problem_details")).all()
    assert [tuple(r) for r in details] == [("Full disk",)]
    with pytest.raises(DowngradeRefused, match="holds 1 problem"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    assert inspect(engine).has_table("problem_details")
    assert _snapshot(engine) == before
