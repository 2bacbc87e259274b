"""Every revision goes up and down with data in the tables, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from deskapp.db import migrate
from deskapp.db.engine import make_engine, session_factories
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.fixtures import PostgresDatabases
from tests.support.rows import insert_ticket, legacy_tables


def _revisions() -> list[str]:
    """Oldest first."""
    return [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]


def _fill(engine: Engine, n: int = 5) -> None:
    """Tickets with comments and events: through the services at the newest revision; at an
    older one (whose tables lack newer columns) as rows of the tables as they are then."""
    if migrate.current_revision(engine) != migrate.head_revision():
        _fill_rows(engine, n)
        return
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    actor = ensure_staff(uow, f"mig{n}", "Migration Tester")
    services = Services.build(uow, actor)
    for i in range(n):
        inc = services.incidents.create({"title": f"migration {i}", "impact": 2, "urgency": 3})
        services.incidents.add_comment(inc.id, f"note {i}", work_note=True)


def _fill_rows(engine: Engine, n: int) -> None:
    for _ in range(n):
        insert_ticket(engine)


def _counts(engine: Engine) -> tuple[int, int]:
    items = legacy_tables(engine)[0]
    with engine.connect() as conn:
        return (conn.scalar(text(f"SELECT count(*) FROM {items}")) or 0,
                conn.scalar(text("SELECT count(*) FROM ticket_events")) or 0)


def test_each_revision_up_and_down_with_data(empty_engine: Engine) -> None:
    revisions = _revisions()
    migrate.upgrade(empty_engine, revisions[0])
    _fill(empty_engine)
    for previous, revision in zip(revisions, revisions[1:], strict=False):
        before = _counts(empty_engine)
        migrate.upgrade(empty_engine, revision)
        assert _counts(empty_engine) == before, f"upgrade to {revision} lost rows"
        _fill(empty_engine, 2)
        after = _counts(empty_engine)
        migrate.downgrade(empty_engine, previous)
        assert _counts(empty_engine) == after, f"downgrade from {revision} lost rows"
        migrate.upgrade(empty_engine, revision)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    assert migrate.schema_differences(empty_engine) == []
    migrate.downgrade(empty_engine, "base")
    # asked before the connection below: a PostgreSQL engine holds one work connection
    assert migrate.current_revision(empty_engine) is None
    with empty_engine.connect() as conn:
        if empty_engine.dialect.name == "sqlite":
            names = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type='table'"))}
            # sqlite_stat1 is SQLite's own planner statistics table (written by ANALYZE)
            assert {n for n in names if not n.startswith("sqlite_")} <= {"alembic_version"}


def test_ensure_schema_refuses_newer_and_unmigrated_shared(empty_engine: Engine) -> None:
    from deskapp.errors import SchemaMismatch

    with pytest.raises(SchemaMismatch, match="db upgrade"):
        migrate.ensure_schema(empty_engine, auto_upgrade=False)
    migrate.ensure_schema(empty_engine, auto_upgrade=True)
    with empty_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff9'"))
    with pytest.raises(SchemaMismatch, match="newer DeskApp"):
        migrate.ensure_schema(empty_engine, auto_upgrade=True)


def _admin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskapp.cli", *args], capture_output=True,
                          text=True, timeout=120)


def test_cli_upgrade_then_check_is_clean(empty_engine: Engine) -> None:
    url = empty_engine.url.render_as_string(hide_password=False)
    up = _admin("--database", url, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    check = _admin("--database", url, "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "in step" in check.stdout
    current = _admin("--database", url, "db", "current")
    assert migrate.head_revision() in current.stdout


def test_cli_check_fails_when_models_and_schema_differ(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    with empty_engine.begin() as conn:
        conn.execute(text("CREATE TABLE stray_table (id INTEGER PRIMARY KEY)"))
    url = empty_engine.url.render_as_string(hide_password=False)
    check = _admin("--database", url, "db", "check")
    assert check.returncode == 1
    assert "stray_table" in check.stdout


def test_cli_refuses_bad_urls_with_a_sentence(tmp_path: Path) -> None:
    bad = _admin("--database", "not a url", "db", "current")
    assert bad.returncode == 2 and "is not a database URL" in bad.stderr
    assert "Traceback" not in bad.stderr
    unreachable = _admin("--database", "postgresql://nobody@127.0.0.1:1/x", "db", "current")
    assert unreachable.returncode == 2 and "Cannot reach the database server" in \
        unreachable.stderr
    mysql = _admin("--database", "mysql://u@h/db", "db", "current")
    assert mysql.returncode == 2 and "cannot use 'mysql'" in mysql.stderr
    for text_ in ("postgresql://postgres@127.0.0.1:abc/x", "postgresql://u:secret@[::1/x"):
        port = _admin("--database", text_, "db", "current")
        assert port.returncode == 2 and "is not a database URL" in port.stderr, port.stderr
        assert "Traceback" not in port.stderr and "secret" not in port.stderr
    memory = _admin("--database", "sqlite://", "db", "upgrade")
    assert memory.returncode == 2 and "names no file" in memory.stderr


def test_cli_names_a_missing_database_and_an_unknown_url_option(
        pg_databases: PostgresDatabases) -> None:
    server = pg_databases.admin
    missing = server.set(database="deskapp_no_such_database")
    gone = _admin("--database", missing.render_as_string(hide_password=False), "db", "current")
    assert gone.returncode == 2 and '"deskapp_no_such_database" does not exist' in gone.stderr
    assert "Cannot reach" not in gone.stderr
    option = server.render_as_string(hide_password=False) + "?foo=bar"
    bad = _admin("--database", option, "db", "current")
    assert bad.returncode == 2 and 'invalid connection option "foo"' in bad.stderr
    assert "Traceback" not in bad.stderr


def test_cli_refuses_unknown_revisions_and_url_options(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rev.sqlite3'}"
    assert _admin("--database", url, "db", "upgrade").returncode == 0
    for action in ("upgrade", "downgrade"):
        bogus = _admin("--database", url, "db", action, "bogus")
        assert bogus.returncode == 2 and "'bogus' is not a revision" in bogus.stderr
        assert "Traceback" not in bogus.stderr
    above = _admin("--database", url, "db", "downgrade", "head")  # already there: no-op
    assert above.returncode == 0, above.stderr
    down = _admin("--database", url, "db", "downgrade", "-1")
    assert down.returncode == 0 and "now at" in down.stdout
    assert _admin("--database", url, "db", "upgrade").returncode == 0


def test_cli_refuses_to_touch_a_database_from_a_newer_deskapp(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path}"
    assert _admin("--database", url, "db", "upgrade").returncode == 0
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_newer'"))
    engine.dispose()
    for args in (("db", "downgrade", "0001"), ("db", "check"), ("db", "upgrade")):
        result = _admin("--database", url, *args)
        assert result.returncode == 2 and "created by a newer DeskApp" in result.stderr, args
        assert "Traceback" not in result.stderr


def test_schema_head_names_alembics_head() -> None:
    """The start-up check compares with SCHEMA_HEAD; a new revision must move it too."""
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic (and Mako, and every revision file) is loaded only when a schema must move."""
    path = tmp_path / "current.sqlite3"
    assert _admin("--database", f"sqlite:///{path}", "db", "upgrade").returncode == 0
    probe = (
        "import sys\n"
        "from deskapp.config.urls import parse_database_url\n"
        "from deskapp.runtime import open_database\n"
        f"db = open_database(parse_database_url({f'sqlite:///{path}'!r}))\n"
        "db.dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]", result.stdout
