"""Where a read comes from: the desk itself, or a streaming replica (a hot standby) and how
far behind it is. Supervisors' KPIs, reports and exports may read from a replica named in the
connection profile, so their heavy reads never slow the agents (docs/deployment.md)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class ReadSource:
    #: True: a PostgreSQL standby (in recovery); False: the desk's own database
    standby: bool
    #: seconds the standby's data is behind the desk (0 when it has replayed all it received;
    #: None when not a standby, or when it has replayed nothing yet)
    lag_seconds: float | None = None


def read_source(conn: Connection) -> ReadSource:
    if conn.dialect.name != "postgresql":
        return ReadSource(False)
    standby, lag = conn.execute(text(
        "SELECT pg_is_in_recovery(), CASE WHEN NOT pg_is_in_recovery() THEN NULL "
        "WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
        "ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END")).one()
    return ReadSource(bool(standby), None if lag is None else max(0.0, float(lag)))
