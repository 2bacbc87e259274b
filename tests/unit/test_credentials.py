"""Passwords go to the OS keyring only; without a backend the caller is told to prompt."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest

from deskapp.config import credentials


class _MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking backend holding passwords in memory for the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


class _NoKeyring(keyring.backend.KeyringBackend):
    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.usefixtures("restore_keyring")
def test_password_round_trips_through_a_secure_keyring() -> None:
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    assert credentials.secure_backend_available()
    assert credentials.save_password("agent", "db.example", "desk", "s3cret")
    assert backend.store == {("DeskApp", "agent@db.example/desk"): "s3cret"}
    assert credentials.load_password("agent", "db.example", "desk") == "s3cret"
    credentials.forget_password("agent", "db.example", "desk")
    assert credentials.load_password("agent", "db.example", "desk") is None
    credentials.forget_password("agent", "db.example", "desk")  # twice is harmless


@pytest.mark.usefixtures("restore_keyring")
def test_without_a_keyring_nothing_is_stored_and_nothing_alarms(
        caplog: pytest.LogCaptureFixture) -> None:
    keyring.set_keyring(_NoKeyring())
    assert not credentials.secure_backend_available()
    with caplog.at_level(logging.INFO, logger="deskapp.config.credentials"):
        assert credentials.load_password("agent", "db.example", "desk") is None
        assert not credentials.save_password("agent", "db.example", "desk", "s3cret")
    assert caplog.records == []  # expected on a headless box: the caller prompts


def test_admin_cli_asks_for_a_refused_password_once_and_keeps_it_nowhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse
    import sys

    from sqlalchemy.engine import URL

    from deskapp import cli
    from deskapp.errors import LoginRefused

    monkeypatch.setattr(cli, "_url", lambda args: URL.create(
        "postgresql+psycopg", username="jdoe", host="db.example.com", database="desk"))
    asked: list[str] = []
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: asked.append(prompt) or "s3cret")
    tried: list[str | None] = []

    def open_with(url: URL) -> str:
        tried.append(url.password)
        if url.password != "s3cret":
            raise LoginRefused("The server refused the login")
        return "connected"

    args = argparse.Namespace(database=None)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert cli._with_login(args, open_with) == "connected"
    assert tried == [None, "s3cret"] and asked == ["Password for jdoe@db.example.com/desk: "]
    # no terminal (a script, a scheduler): the refusal is reported, nobody is asked
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    asked.clear()
    with pytest.raises(LoginRefused):
        cli._with_login(args, open_with)
    assert asked == []
