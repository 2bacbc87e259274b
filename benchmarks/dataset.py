"""Create or reuse a benchmark database filled by ``deskapp-admin demo-data``.

A database is reused when it already holds at least the wanted number of work items; one with
fewer gets the missing tickets added (demo-data reuses its reference data). PostgreSQL
databases are created on the server when missing (the URL's user needs CREATEDB).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL

from deskapp.config.urls import parse_database_url, redacted
from deskapp.db.models import WorkItem

DEFAULT_DIR = Path("/tmp/deskapp-bench")
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/deskapp_bench{suffix}"


def suffix(tickets: int) -> str:
    return "1m" if tickets == 1_000_000 else f"{tickets // 1000}k" if tickets % 1000 == 0 \
        else str(tickets)


def default_sqlite(tickets: int, folder: Path = DEFAULT_DIR) -> str:
    return f"sqlite:///{folder / f'bench{suffix(tickets)}.db'}"


def default_postgres(tickets: int) -> str:
    return DEFAULT_POSTGRES.format(suffix=suffix(tickets))


def _admin(url: URL, *args: str) -> None:
    cmd = [sys.executable, "-m", "deskapp.cli", "--database",
           url.render_as_string(hide_password=False), *args]
    subprocess.run(cmd, check=True)


def _create_postgres_database(url: URL) -> None:
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": url.database}).first()
            if exists is None:
                print(f"creating database {url.database}", flush=True)
                conn.exec_driver_sql(f'CREATE DATABASE "{url.database}"')
    finally:
        server.dispose()


def incident_count(url: URL) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(WorkItem.__table__))
                       .scalar_one())
    finally:
        engine.dispose()


def ensure(url_text: str, tickets: int, open_ratio: float = 0.3) -> URL:
    """The database at ``url_text``, migrated and holding at least ``tickets`` work items."""
    url = parse_database_url(url_text)
    if url.get_backend_name() == "sqlite":
        assert url.database
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    else:
        _create_postgres_database(url)
    _admin(url, "db", "upgrade")
    have = incident_count(url)
    if have < tickets:
        print(f"{redacted(url)}: {have:,} work items, adding {tickets - have:,} "
              "(deskapp-admin demo-data)", flush=True)
        t0 = time.perf_counter()
        _admin(url, "demo-data", "--tickets", str(tickets - have),
               "--open-ratio", str(open_ratio))
        print(f"  generated in {time.perf_counter() - t0:.0f} s", flush=True)
    else:
        print(f"{redacted(url)}: reusing {have:,} work items", flush=True)
    return url
