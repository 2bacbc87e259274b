"""The major-incident flag in PostgreSQL: only supervisors, incident managers and administrators
may set or clear it, even over psql. Row-level security lets an agent write their team's incident
rows, so the column has a trigger (``deskapp_major_flag``); on SQLite the service is the only
check (a single-user file)."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from deskapp.db.security import generate
from deskapp.domain.permissions import Role
from deskapp.errors import PermissionDenied
from deskapp.runtime import open_database
from tests.support.security import SecuredDesk, secured_desk

pytestmark = pytest.mark.postgres

desk = secured_desk
SET = "UPDATE incident_details SET is_major = %s WHERE work_item_id = %s"


def test_the_rule_is_the_domain_rule() -> None:
    assert set(generate.major_flag_roles()) == {Role.SUPERVISOR, Role.INCIDENT_MANAGER,
                                                Role.ADMIN}
    assert generate.major_flag_refusal().startswith("You may not change major incidents")


def test_an_agent_cannot_declare_or_stand_down_a_major_incident_over_sql(
        desk: SecuredDesk) -> None:
    item = desk.items["a"]  # team A's incident: alice may edit it
    with desk.connect("alice") as conn:
        # row-level security lets her write the row (an unchanged flag passes) ...
        with conn.transaction(force_rollback=True):
            assert conn.execute(SET, (False, item)).rowcount == 1
        # ... the trigger refuses the change, with the service's sentence
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(SET, (True, item))
        assert caught.value.sqlstate == generate.REFUSED_STATE
        assert generate.major_flag_refusal() in str(caught.value)
    with desk.connect() as conn:  # a superuser (the admin CLI) declares it
        conn.execute(SET, (True, item))
    with desk.connect("alice") as conn:
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(SET, (False, item))
        assert caught.value.sqlstate == generate.REFUSED_STATE
    with desk.connect() as conn:
        conn.execute(SET, (False, item))


@pytest.mark.parametrize("person", ["sue", "ian", "adam"])
def test_supervisors_incident_managers_and_admins_may(desk: SecuredDesk, person: str) -> None:
    with desk.connect(person) as conn, conn.transaction(force_rollback=True):
        assert conn.execute(SET, (True, desk.items["a"])).rowcount == 1
        assert conn.execute(SET, (False, desk.items["a"])).rowcount == 1


def test_an_agent_cannot_insert_a_major_incident_detail_row(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn, conn.transaction(force_rollback=True):
        row: Any = conn.execute("SELECT is_major FROM incident_details WHERE work_item_id = %s",
                                (desk.items["a"],)).fetchone()
        assert row == (False,)
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("INSERT INTO incident_details (work_item_id, is_major) VALUES (%s, true)",
                         (uuid.uuid4(),))
        assert caught.value.sqlstate == generate.REFUSED_STATE


def test_the_service_meets_the_trigger_as_a_sentence(desk: SecuredDesk) -> None:
    """Past the app's own check (as an older client would be), the database still refuses and
    the person reads the sentence, nothing saved."""
    url = desk.url.set(username=desk.logins["alice"], password=None)
    db = open_database(url, auto_upgrade=False)
    try:
        with pytest.raises(PermissionDenied) as caught, db.uow() as uow:
            uow.session.execute(text("UPDATE incident_details SET is_major = true "
                                     "WHERE work_item_id = :i"), {"i": desk.items["a"]})
        assert str(caught.value) == generate.major_flag_refusal()
        with db.uow(read_only=True) as uow:
            assert uow.session.execute(text(
                "SELECT is_major FROM incident_details WHERE work_item_id = :i"),
                {"i": desk.items["a"]}).scalar_one() is False
    finally:
        db.dispose()
