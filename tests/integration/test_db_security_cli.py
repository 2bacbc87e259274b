"""``deskapp-admin security apply`` and ``staff add --login`` as an administrator runs them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from deskapp.cli import main
from deskapp.db.engine import make_engine
from deskapp.db.security.names import DeskRoles
from deskapp.runtime import Database
from tests.support.fixtures import PostgresDatabases
from tests.support.security import fresh_desk
from tests.unit.test_credentials import _MemoryKeyring


@pytest.fixture
def desk_url(pg_databases: PostgresDatabases, pg_template: URL) -> Iterator[URL]:
    with fresh_desk(pg_databases, pg_template) as url:
        yield url


@pytest.fixture
def memory_keyring() -> Iterator[_MemoryKeyring]:
    before = keyring.get_keyring()
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _cli(url: URL, *args: str) -> int:
    return main(["--database", url.render_as_string(hide_password=False), *args])


def test_apply_then_a_login_from_the_keyring(desk_url: URL, memory_keyring: _MemoryKeyring,
                                             pg_databases: PostgresDatabases,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    login = f"carol_{uuid.uuid4().hex[:6]}"
    memory_keyring.set_password("desk-logins", login, "a long passphrase")
    try:
        assert _cli(desk_url, "security", "apply") == 0
        assert f"owner role:  {DeskRoles(str(desk_url.database)).owner}" in capsys.readouterr().out
        assert _cli(desk_url, "staff", "add", login, "--name", "Carol", "--role", "agent",
                    "--role", "supervisor", "--login", "--password-from-keyring",
                    "desk-logins") == 0
        assert "database login ready" in capsys.readouterr().out
        with pg_databases.engine.connect() as conn:
            secret = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                                  {"r": login}).scalar_one()
            groups = set(conn.execute(text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r"), {"r": login})
                .scalars())
        roles = DeskRoles(str(desk_url.database))
        assert secret.startswith("SCRAM-SHA-256$4096:") and "passphrase" not in secret
        assert groups == {roles.group("agent"), roles.group("supervisor")}
    finally:
        with pg_databases.engine.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def test_a_login_without_a_password_source_creates_nothing(
        desk_url: URL, pg_databases: PostgresDatabases,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(desk_url, "security", "apply") == 0
    login = f"dave_{uuid.uuid4().hex[:6]}"
    assert _cli(desk_url, "staff", "add", login, "--login") == 2  # stdin is not a terminal
    assert "typed at a terminal" in capsys.readouterr().err
    engine = make_engine(desk_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM staff_users WHERE username = :u"),
                                {"u": login}).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :u"),
                                {"u": login}).scalar() == 0
    finally:
        engine.dispose()


def test_a_login_before_security_is_applied_is_refused(
        desk_url: URL, memory_keyring: _MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    memory_keyring.set_password("svc", "erin", "a long passphrase")
    assert _cli(desk_url, "staff", "add", "erin", "--login", "--password-from-keyring",
                "svc") == 2
    assert "security apply' first" in capsys.readouterr().err
    engine = make_engine(desk_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM staff_users WHERE username = "
                                     "'erin'")).scalar() == 0
    finally:
        engine.dispose()


def test_sqlite_desks_have_no_logins(capsys: pytest.CaptureFixture[str],
                                     sqlite_database: Database) -> None:
    url = sqlite_database.url
    assert _cli(url, "staff", "add", "frank", "--login") == 2
    assert "SQLite desks have no database logins" in capsys.readouterr().err
    assert _cli(url, "security", "apply") == 2
    assert "single-user" in capsys.readouterr().err
