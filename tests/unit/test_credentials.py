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
