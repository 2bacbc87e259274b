"""Supervisors' reads off a streaming replica (issue 29): KPIs, service reviews and queue
exports read from the profile's reporting replica, with its lag shown; everything else, and
every write, goes to the desk. Against a private primary and a hot standby made with
``pg_basebackup`` (``tests/support/replica_postgres.py``; fails, not skips, in CI)."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from deskapp.config.profiles import Profile
from deskapp.domain.kpi import Period
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.errors import ConfigError
from deskapp.runtime import Database, open_database, open_reports
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.factories import make_desk
from tests.support.replica_postgres import ReplicaPair, running_replica_pair


@pytest.fixture(scope="module")
def pair() -> Iterator[ReplicaPair]:
    with running_replica_pair() as running:
        yield running


@pytest.fixture
def desk(pair: ReplicaPair) -> Iterator[Database]:
    db = open_database(pair.url(pair.primary))
    db.reports = open_reports(db, pair.url(pair.standby))
    yield db
    db.dispose()


def _replay(pair: ReplicaPair, action: str) -> None:
    engine = create_engine(pair.url(pair.standby), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f"SELECT pg_wal_replay_{action}()"))
    finally:
        engine.dispose()


def test_reports_read_the_replica_with_its_lag_and_writes_go_to_the_desk(
        pair: ReplicaPair, desk: Database, tmp_path: Path) -> None:
    assert desk.reports is not None
    actor = ensure_staff(desk.uow, "sam.supervisor", "Sam Supervisor", ("supervisor",))
    make_desk(desk, actor_id=actor.staff_id)
    services = Services.build(desk.uow, actor, reports=desk.reports.uow)
    desk_only = Services.build(desk.uow, actor)
    for n in range(3):
        services.incidents.create({"title": f"printer {n}", "impact": 2, "urgency": 2})
    assert pair.caught_up()
    now = datetime.now(UTC)
    period = Period(now - timedelta(days=1), now + timedelta(hours=1))
    assert services.kpi.report(period).created == 3
    source = services.reporting.source()
    assert source.standby and source.lag_seconds is not None and source.lag_seconds < 30
    assert not desk_only.reporting.source().standby

    _replay(pair, "pause")  # the replica falls behind
    try:
        for n in range(2):
            services.incidents.create({"title": f"late {n}", "impact": 3, "urgency": 3})
        time.sleep(1.5)
        assert desk_only.kpi.report(period).created == 5
        assert services.kpi.report(period).created == 3  # read off the replica
        behind = services.reporting.source()
        assert behind.standby and behind.lag_seconds is not None and behind.lag_seconds >= 1
        queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
        out = tmp_path / "open.csv"
        services.queues.export(queue, BUILT_IN_BY_KEY["all_open"].definition, out)
        with out.open(encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) == 1 + 3  # the header and what the replica had
    finally:
        _replay(pair, "resume")
    assert pair.caught_up()
    assert services.kpi.report(period).created == 5


def test_the_replica_refuses_writes(pair: ReplicaPair, desk: Database) -> None:
    assert desk.reports is not None
    with pytest.raises(Exception, match="read-only"), desk.reports.engine.begin() as conn:
        conn.execute(text("CREATE TABLE nope (id int)"))


def test_a_profile_names_its_replica_with_the_desk_tls_settings() -> None:
    profile = Profile("Team", "postgresql://ana@desk.example/itsm", sslmode="verify-full",
                      sslrootcert="/etc/ca.pem",
                      replica_url="postgresql://ana@replica.example/itsm")
    url = profile.replica_database_url()
    assert url is not None and url.host == "replica.example"
    assert url.query["sslmode"] == "verify-full" and url.query["sslrootcert"] == "/etc/ca.pem"
    assert Profile("Team", "postgresql://ana@desk.example/itsm").replica_database_url() is None
    with pytest.raises(ConfigError, match="password"):
        Profile("Team", "postgresql://ana@desk/itsm",
                replica_url="postgresql://ana:secret@replica/itsm").replica_database_url()
    with pytest.raises(ConfigError, match="standby of a shared desk"):
        Profile("Local", "", replica_url="postgresql://ana@replica/itsm").replica_database_url()
