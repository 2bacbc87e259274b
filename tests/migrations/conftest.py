"""An empty database per test, on SQLite and PostgreSQL, for the migrations to work on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from deskapp.db.engine import make_engine
from tests.support.fixtures import BACKENDS, PostgresDatabases


@pytest.fixture(params=BACKENDS)
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        url = URL.create("sqlite+pysqlite", database=str(tmp_path / "m.sqlite3"))
    else:
        dbs: PostgresDatabases = request.getfixturevalue("pg_databases")
        url = dbs.create("deskapp_mig")
        request.addfinalizer(lambda: dbs.drop(url))
    engine = make_engine(url)
    request.addfinalizer(engine.dispose)
    return engine
