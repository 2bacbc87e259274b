"""Passwords for shared databases live in the OS keyring, never in a file.

When no secure keyring backend exists (a headless Linux box, the ``fail`` or plaintext backends),
callers must ask the person each session; :func:`secure_backend_available` tells them which.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "DeskApp"
_INSECURE_BACKENDS = ("fail", "null", "plaintext", "PlaintextKeyring", "chainer")


def _account(username: str, host: str, database: str) -> str:
    return f"{username}@{host}/{database}"


def secure_backend_available() -> bool:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if any(marker in name for marker in _INSECURE_BACKENDS):
        # The chainer is secure only if it holds a real backend.
        backends = getattr(backend, "backends", [])
        return bool(backends) and "chainer" in name
    return getattr(backend, "priority", 0) > 0


def load_password(username: str, host: str, database: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(username, host, database))
    except keyring.errors.NoKeyringError:
        # No backend at all (a headless box): expected; the caller prompts instead.
        log.debug("no keyring backend; no stored password")
        return None
    except keyring.errors.KeyringError as exc:
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None


def save_password(username: str, host: str, database: str, password: str) -> bool:
    """Store the password if a secure backend exists; return whether it was stored."""
    if not secure_backend_available():
        return False
    try:
        keyring.set_password(SERVICE, _account(username, host, database), password)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring store failed: %s", type(exc).__name__)
        return False
    return True


def forget_password(username: str, host: str, database: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(username, host, database))
    except keyring.errors.KeyringError:
        pass


# -- mail server secrets (SMTP / IMAP passwords, OAuth 2 tokens) ------------------------------
# The account names a server and user (``smtp:desk@mail.example.com:587``); the secret never
# touches a file, a log or the database.

def load_secret(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except keyring.errors.NoKeyringError:
        log.debug("no keyring backend; no stored secret")
        return None
    except keyring.errors.KeyringError as exc:
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None


def save_secret(account: str, secret: str) -> bool:
    """Store ``secret`` if a secure backend exists; return whether it was stored."""
    if not secure_backend_available():
        return False
    try:
        keyring.set_password(SERVICE, account, secret)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring store failed: %s", type(exc).__name__)
        return False
    return True


def forget_secret(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except keyring.errors.KeyringError:
        pass
