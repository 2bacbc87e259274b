"""Benchmarks as a staff member's own login with row-level security on (``--as-login NAME``).

The superuser URL prepares the desk (security applied if it is not, NAME's staff record as an
agent in every team, the login role in the agent group); the measurements then connect as NAME,
so every query runs under the generated policies. Child processes (start-up, peak RSS) learn the
staff name from :data:`ENV`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import URL

if TYPE_CHECKING:
    from deskapp.runtime import Database

ENV = "DESKAPP_BENCH_LOGIN"
DEFAULT_USER = "bench.agent"


def bench_username(default: str = DEFAULT_USER) -> str:
    """The staff record the benchmark works as: the login's, or the default one."""
    return os.environ.get(ENV) or default


def secure(db: Database) -> None:
    """Apply the desk's security (roles, grants, row-level security) unless it is applied."""
    from deskapp.db.security.apply import apply, is_applied

    with db.engine.connect() as conn:
        applied = is_applied(conn)
    if not applied:
        print(f"applying security to {db.url.database}", flush=True)
        apply(db.engine)


def join_teams(db: Database, staff_id: uuid.UUID, team_ids: Iterable[uuid.UUID]) -> None:
    """Make the staff member a member of each team (those they are in already are kept)."""
    from deskapp.db.models import TeamMember

    with db.uow() as uow:
        for team_id in team_ids:
            if uow.session.get(TeamMember, (team_id, staff_id)) is None:
                uow.session.add(TeamMember(team_id=team_id, staff_id=staff_id))
        uow.commit()


def as_login(url: URL, name: str) -> URL:
    """Prepare ``name`` on the desk at ``url`` (a superuser's URL); return the login's URL."""
    from deskapp.db.models import Team
    from deskapp.db.security.logins import PostgresLogins
    from deskapp.runtime import open_database
    from deskapp.services.staff import ensure_staff

    if url.get_backend_name() != "postgresql":
        raise SystemExit("--as-login needs a PostgreSQL database (SQLite desks have no logins)")
    db = open_database(url)
    try:
        secure(db)
        actor = ensure_staff(db.uow, name, "Benchmark Agent", ("agent",))
        with db.uow(read_only=True) as uow:
            teams = list(uow.session.scalars(select(Team.id)))
        join_teams(db, actor.staff_id, teams)
        PostgresLogins(db.engine).create_login(name, None, ("agent",))
    finally:
        db.dispose()
    os.environ[ENV] = name
    return url.set(username=name, password=os.environ.get("DESKAPP_BENCH_LOGIN_PASSWORD"))
