"""The mail tests' fixtures (a pytest plugin, see tests/conftest.py): a memory keyring and the
real SMTP and IMAP servers of :mod:`tests.support.mail_servers`, one per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.mail_servers import (
    ImapServer,
    MemoryKeyring,
    SmtpServer,
    imap_server,
    memory_keyring,
    smtp_server,
)


@pytest.fixture
def keys() -> Iterator[MemoryKeyring]:
    with memory_keyring() as memory:
        yield memory


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def imap() -> Iterator[ImapServer]:
    with imap_server() as server:
        yield server
