"""Migration 0022: the service catalogue and the request kinds arrive without touching a row of
what was there; the downgrade gives the 0021 schema back with every row, or refuses (changing
nothing) while offerings, requests or request tasks exist."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from deskapp.db import migrate
from deskapp.domain.approvals import ApprovalRule
from deskapp.domain.fulfilment import in_order
from deskapp.errors import DowngradeRefused
from deskapp.runtime import open_database
from deskapp.services.catalogue import OfferingDraft
from deskapp.services.container import Services
from deskapp.services.service_requests import RequestDraft
from deskapp.services.staff import ensure_staff
from tests.support.factories import make_desk
from tests.support.rows import assert_new_tables_keep_rows

BEFORE = "0021"
AFTER = "0022"
TABLES = ("catalogue_offerings", "service_request_details", "request_task_details")


def test_upgrade_and_downgrade_keep_every_row(empty_engine: Engine) -> None:
    assert_new_tables_keep_rows(empty_engine, BEFORE, AFTER, TABLES)


def test_downgrade_refuses_while_requests_exist_and_changes_nothing(
        empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "head")
    db = open_database(engine.url, auto_upgrade=False)
    try:
        actor = ensure_staff(db.uow, "mig", "Mig Rate")
        desk = make_desk(db, actor_id=actor.staff_id)
        services = Services.build(db.uow, actor)
        offering = services.catalogue.save(OfferingDraft(
            desk.service_id, "Headset", approval=ApprovalRule(()),
            plan=in_order(("ship", "Ship the headset", desk.team_id, 24)))).record
        services.requests.create(RequestDraft(offering.id, desk.caller_id, {}))
    finally:
        db.dispose()
    with engine.connect() as conn:
        counts = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    assert counts == {"catalogue_offerings": 1, "service_request_details": 1,
                      "request_task_details": 1}
    with pytest.raises(DowngradeRefused, match="catalogue offerings, service requests, "
                                               "request tasks"):
        migrate.downgrade(engine, BEFORE)
    assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD  # nothing undone
    with engine.connect() as conn:
        assert {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES} == counts
