"""A private primary and its streaming replica for the reporting-replica tests.

``initdb`` a primary on a free port, migrate a desk into it, then ``pg_basebackup -R`` a hot
standby on another port and start it (``tests/support/pg_cluster.py``). The shared test server
is left alone. When the clusters cannot be made the tests skip on a laptop and fail in CI
(``CI`` or ``DESKAPP_TEST_POSTGRES_URL`` set): ``.ci/run`` installs the server binaries.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from tests.support.fixtures import PG_ENV
from tests.support.pg_cluster import Cluster, ClusterUnavailable, wait_until

DATABASE = "desk"


@dataclass(frozen=True)
class ReplicaPair:
    primary: Cluster
    standby: Cluster

    def url(self, cluster: Cluster, username: str = "postgres") -> URL:
        return make_url(cluster.url(DATABASE, username)).set(drivername="postgresql+psycopg")

    def caught_up(self, timeout: float = 30.0) -> bool:
        """Wait until the standby has replayed everything the primary has written."""
        primary = create_engine(self.url(self.primary))
        standby = create_engine(self.url(self.standby))
        try:
            with primary.connect() as conn:
                lsn = conn.execute(text("SELECT pg_current_wal_lsn()")).scalar_one()

            def replayed() -> bool:
                with standby.connect() as conn:
                    return bool(conn.execute(text(
                        "SELECT pg_last_wal_replay_lsn() >= CAST(:lsn AS pg_lsn)"),
                        {"lsn": lsn}).scalar_one())
            return wait_until(replayed, timeout)
        finally:
            primary.dispose()
            standby.dispose()


def unavailable(what: str, reason: str) -> None:
    message = f"cannot start the private {what}: {reason}"
    if os.environ.get("CI") or os.environ.get(PG_ENV):
        pytest.fail(message + " (CI installs the server binaries: see .ci/run)", pytrace=False)
    pytest.skip(message)


@contextmanager
def running_replica_pair() -> Iterator[ReplicaPair]:
    """A primary holding a migrated desk and its hot standby, both started; removed after."""
    root = Path(tempfile.mkdtemp(prefix="deskapp-replica-"))
    primary = Cluster(root / "primary")
    standby: Cluster | None = None
    try:
        try:
            primary.give_to_owner(root)  # as root the server runs as postgres: it must enter
            primary.init("max_connections = 40\nshared_buffers = 16MB\nfsync = off\n"
                         "wal_level = replica\nmax_wal_senders = 4\nhot_standby = on\n")
            primary.start()
        except ClusterUnavailable as exc:
            unavailable("primary PostgreSQL cluster", str(exc))
        from deskapp.db import migrate

        admin = create_engine(make_url(primary.url()).set(drivername="postgresql+psycopg"),
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {DATABASE}")
        admin.dispose()
        desk = create_engine(make_url(primary.url(DATABASE)).set(
            drivername="postgresql+psycopg"))
        migrate.upgrade(desk)
        desk.dispose()
        try:
            standby = primary.standby(root / "standby")
        except ClusterUnavailable as exc:
            unavailable("streaming replica (pg_basebackup)", str(exc))
        assert standby is not None
        pair = ReplicaPair(primary, standby)
        if not pair.caught_up(60):
            unavailable("streaming replica", "it did not catch up with the primary in 60 s")
        yield pair
    finally:
        if standby is not None:
            standby.stop("immediate")
        primary.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
