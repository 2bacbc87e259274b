"""Database fixtures: a fresh, migrated database per test on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from deskapp.db import migrate
from deskapp.db.engine import make_engine
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff

PG_ENV = "DESKAPP_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def postgres_admin_url() -> URL | None:
    raw = os.environ.get(PG_ENV)
    if not raw:
        return None
    return make_url(raw).set(drivername="postgresql+psycopg")


def require_postgres() -> URL:
    url = postgres_admin_url()
    if url is None:
        pytest.skip(f"PostgreSQL not requested ({PG_ENV} is unset)")
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server must fail loudly
        pytest.fail(f"{PG_ENV} is set but PostgreSQL cannot be reached: {exc}", pytrace=False)
    return url


class PostgresDatabases:
    """Creates throwaway databases on the test server and drops them afterwards."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.engine = create_engine(admin, isolation_level="AUTOCOMMIT")

    def create(self, prefix: str = "deskapp_test") -> URL:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return self.admin.set(database=name)

    def drop(self, url: URL) -> None:
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PostgresDatabases]:
    admin = require_postgres()
    dbs = PostgresDatabases(admin)
    yield dbs
    dbs.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied per test (migrating every test would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> Iterator[URL]:
    """A migrated PostgreSQL template database, cloned per test with CREATE DATABASE TEMPLATE."""
    dbs: PostgresDatabases = request.getfixturevalue("pg_databases")
    url = dbs.create("deskapp_tpl")
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    dbs.drop(url)


def new_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "deskapp.sqlite3"
        shutil.copy(template, target)
        return URL.create("sqlite+pysqlite", database=str(target))
    dbs: PostgresDatabases = request.getfixturevalue("pg_databases")
    template_url: URL = request.getfixturevalue("pg_template")
    name = f"deskapp_test_{uuid.uuid4().hex[:10]}"
    with dbs.engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_url.database}"'))
    url = dbs.admin.set(database=name)
    request.addfinalizer(lambda: dbs.drop(url))
    return url


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    url = new_database_url(request.param, request, tmp_path)
    db = open_database(url, auto_upgrade=False)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db = open_database(new_database_url("sqlite", request, tmp_path))
    yield db
    db.dispose()


@pytest.fixture
def actor(database: Database) -> Actor:
    return ensure_staff(database.uow, "agent1", "Alex Agent")


@pytest.fixture
def services(database: Database, actor: Actor) -> Services:
    return Services.build(database.uow, actor)
