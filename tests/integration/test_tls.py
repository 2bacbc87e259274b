"""Shared connections over TLS, against a private PostgreSQL cluster with a self-signed CA
(``tests/support/tls_postgres.py``: hostssl only, a certificate for ``localhost``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from deskapp import cli
from deskapp.config.profiles import Profile
from deskapp.db.engine import ENCRYPTED, LOCAL, UNENCRYPTED, connection_security
from deskapp.errors import ConfigError
from deskapp.runtime import Database, connect
from tests.support.tls_postgres import CERT_HOST, TlsServer, running_tls_server


@pytest.fixture(scope="session")
def tls_server() -> Iterator[TlsServer]:
    with running_tls_server() as server:
        yield server


def shared_profile(server: TlsServer, host: str = CERT_HOST, **tls: Any) -> Profile:
    url = server.url(host).set(drivername="postgresql")
    return Profile("Team server", url.render_as_string(hide_password=False), **tls)


def ssl_in_use(profile: Profile) -> tuple[bool, str]:
    """(TLS in use as the server sees it, DeskApp's reading of the connection)."""
    engine = connect(profile.database_url())
    try:
        with engine.connect() as conn:
            ssl = conn.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one()
        return bool(ssl), connection_security(engine)
    finally:
        engine.dispose()


def refusal(profile: Profile) -> str:
    with pytest.raises(ConfigError) as caught:
        connect(profile.database_url()).dispose()
    return str(caught.value)


def test_verify_full_with_the_ca_file_connects_encrypted(tls_server: TlsServer) -> None:
    profile = shared_profile(tls_server, sslrootcert=str(tls_server.ca_file))
    assert profile.database_url().query["sslmode"] == "verify-full"  # the default with a CA
    assert ssl_in_use(profile) == (True, ENCRYPTED)


def test_require_without_a_ca_file_connects_encrypted(tls_server: TlsServer) -> None:
    profile = shared_profile(tls_server)
    assert profile.database_url().query["sslmode"] == "require"  # the default without a CA
    assert ssl_in_use(profile) == (True, ENCRYPTED)


def test_a_host_name_not_on_the_certificate_is_refused(tls_server: TlsServer) -> None:
    message = refusal(shared_profile(tls_server, "127.0.0.1",
                                     sslrootcert=str(tls_server.ca_file)))
    assert "The server's TLS certificate is for localhost, not for 127.0.0.1, so DeskApp did " \
           "not connect" in message
    assert "Connect with the host name on the certificate" in message


def test_a_certificate_signed_by_another_authority_is_refused(tls_server: TlsServer) -> None:
    message = refusal(shared_profile(tls_server, sslrootcert=str(tls_server.other_ca_file)))
    assert "was not signed by the certificate authority this connection trusts" in message


def test_a_missing_ca_file_is_named(tls_server: TlsServer, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "ca.crt"
    message = refusal(shared_profile(tls_server, sslrootcert=str(missing)))
    assert f"The CA file {missing} does not exist" in message


def test_plaintext_is_refused_by_a_tls_only_server(tls_server: TlsServer) -> None:
    profile = shared_profile(tls_server, sslmode="disable", allow_plaintext=True)
    assert profile.database_url().query["sslmode"] == "disable"
    message = refusal(profile)
    assert "The server accepts only encrypted (TLS) connections; choose sslmode require" in \
        message


def test_an_unconfirmed_plaintext_mode_is_not_used(tls_server: TlsServer) -> None:
    """sslmode=disable without the explicit choice (e.g. typed into a profile file): the
    default (require) is used, and the connection is encrypted."""
    profile = shared_profile(tls_server, sslmode="disable")
    assert profile.database_url().query["sslmode"] == "require"
    assert ssl_in_use(profile) == (True, ENCRYPTED)


def test_the_command_line_says_why_in_one_sentence(tls_server: TlsServer,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://postgres@127.0.0.1:{tls_server.port}/postgres?sslmode=verify-full" \
          f"&sslrootcert={tls_server.ca_file}&password=s3cret-pw"
    assert cli.main(["--database", url, "db", "current"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "not for 127.0.0.1" in err
    assert "s3cret-pw" not in err and "password=***" in err
    assert "Traceback" not in err


def test_the_shared_test_database_reports_what_it_is(database: Database) -> None:
    """The status bar's source: local for SQLite; for the shared test server, what the server
    itself says about the connection."""
    if database.is_local:
        assert connection_security(database.engine) == LOCAL
        return
    with database.engine.connect() as conn:
        ssl = conn.execute(text(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one()
    assert connection_security(database.engine) == (ENCRYPTED if ssl else UNENCRYPTED)
