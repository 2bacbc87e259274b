"""A secured PostgreSQL desk for tests: its own database (from the migrated template), security
applied, one login role per person below with real rows to attack. Cluster-wide roles get
unique names per run and are dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from deskapp.db.security.apply import apply
from deskapp.db.security.logins import PostgresLogins
from deskapp.db.security.names import DeskRoles
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.fixtures import PostgresDatabases


@dataclass
class SecuredDesk:
    url: URL  # the superuser's URL of the desk database
    roles: DeskRoles
    logins: dict[str, str]  # person -> login name (unique per run)
    staff: dict[str, uuid.UUID]
    teams: dict[str, uuid.UUID]
    items: dict[str, uuid.UUID]
    created_roles: list[str] = field(default_factory=list)

    def conninfo(self, person: str | None = None) -> str:
        url = self.url.set(drivername="postgresql")
        if person is not None:
            url = url.set(username=self.logins[person], password=None)
        return url.render_as_string(hide_password=False)

    def connect(self, person: str | None = None) -> psycopg.Connection[Any]:
        return psycopg.connect(self.conninfo(person), autocommit=True)


# who is who: role(s) and teams (A: the Service Desk, B: Network)
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # person: (roles, member of, leads)
    "alice": (("agent",), ("A",), ()),
    "bob": (("agent",), ("B",), ()),
    "sue": (("supervisor",), ("A",), ("A",)),
    "ian": (("incident_manager",), ("A",), ()),
    "tom": (("technician",), ("A",), ()),
    "adam": (("admin",), (), ()),
    "audrey": (("auditor",), (), ()),
}


def drop_roles(dbs: PostgresDatabases, names: list[str]) -> None:
    with dbs.engine.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


@contextmanager
def fresh_desk(dbs: PostgresDatabases, template: URL,
               logins: Iterable[str] = ()) -> Iterator[URL]:
    """A new desk database cloned from the migrated template; afterwards the database, its
    desk roles (owner and groups) and ``logins`` are dropped (roles are cluster-wide)."""
    name = f"deskapp_sec_{uuid.uuid4().hex[:10]}"
    with dbs.engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template.database}"'))
    url = dbs.admin.set(database=name)
    roles = DeskRoles(name)
    try:
        yield url
    finally:
        dbs.drop(url)
        drop_roles(dbs, [*logins, *roles.groups().values(), roles.owner])


@pytest.fixture(scope="module")
def secured_desk(pg_databases: PostgresDatabases, pg_template: URL) -> Iterator[SecuredDesk]:
    suffix = uuid.uuid4().hex[:6]
    logins = {p: f"{p}_{suffix}" for p in PEOPLE}
    with fresh_desk(pg_databases, pg_template, logins.values()) as url:
        yield _build(url, DeskRoles(str(url.database)), logins)


def _build(url: URL, roles: DeskRoles, logins: dict[str, str]) -> SecuredDesk:
    from deskapp.db.models import Team, TeamMember

    db = open_database(url, auto_upgrade=False)
    try:
        admin = ensure_staff(db.uow, "postgres", "Database administrator", ("admin",))
        staff = {p: ensure_staff(db.uow, logins[p], p.title(), r).staff_id
                 for p, (r, _m, _l) in PEOPLE.items()}
        with db.uow() as uow:
            teams = {"A": Team(name="Service Desk"), "B": Team(name="Network")}
            uow.session.add_all(teams.values())
            uow.session.flush()
            for p, (_r, members, leads) in PEOPLE.items():
                uow.session.add_all(TeamMember(team_id=teams[t].id, staff_id=staff[p],
                                               is_lead=t in leads) for t in members)
            uow.commit()
            team_ids = {k: t.id for k, t in teams.items()}
        services = Services.build(db.uow, admin)
        items = {}
        for key, team, confidential in (("a", "A", False), ("b", "B", False),
                                        ("b_secret", "B", True), ("a_secret", "A", True),
                                        ("none", None, False), ("b_mine", "B", False)):
            made = services.incidents.create({
                "title": f"item {key}", "impact": 3, "urgency": 3,
                "team_id": team_ids[team] if team else None})
            items[key] = made.id
            with db.engine.begin() as conn:  # what the app does not offer (yet): set directly
                conn.execute(text("UPDATE work_items SET confidential = :c, assignee_id = :a "
                                  "WHERE id = :i"),
                             {"i": made.id, "c": confidential,
                              "a": staff["alice"] if key == "b_mine" else None})
        apply(db.engine)
        for p, (r, _m, _l) in PEOPLE.items():
            PostgresLogins(db.engine).create_login(logins[p], "correct horse battery", r)
    finally:
        db.dispose()
    return SecuredDesk(url, roles, logins, staff, team_ids, items)
