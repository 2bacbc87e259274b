"""The ``deskapp-admin`` side of security: what ``security apply`` prints, and where the
password of ``staff add --login`` comes from (a prompt asked twice, or the OS keyring)."""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

from deskapp.errors import ConfigError, ValidationError
from deskapp.messages import msg

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from deskapp.runtime import Database


def security_apply(engine: Engine) -> list[str]:
    from deskapp.config.urls import redacted
    from deskapp.db.security.apply import apply

    done = apply(engine)
    return [
        f"{redacted(engine.url)}: security applied ({done.statements} statements, one "
        "transaction)",
        f"  owner role:  {done.owner} (NOLOGIN; owns the {done.tables} DeskApp tables)",
        f"  role groups: {', '.join(done.groups.values())}",
        "  row-level security forced on every DeskApp table; history is append-only",
        "  next: 'deskapp-admin --database URL staff add USERNAME --role agent --login'",
    ]


def login_password(db: Database, username: str, keyring_service: str | None) -> str:
    """The new login's password: from the keyring entry, or typed twice at the terminal."""
    if db.is_local:
        from deskapp.db.security.logins import NO_LOGINS

        raise ValidationError(NO_LOGINS)
    from deskapp.db.security.apply import is_applied

    with db.engine.connect() as conn:  # refuse before the staff record is made
        if not is_applied(conn):
            raise ConfigError("This desk has no database security yet, so staff logins cannot "
                              "be made; run 'deskapp-admin --database URL security apply' "
                              "first. Nothing was created.")
    if keyring_service:
        import keyring
        import keyring.errors

        try:
            password = keyring.get_password(keyring_service, username)
        except keyring.errors.KeyringError as exc:
            raise ConfigError(msg("The keyring could not be read ({error}); type the "
                                  "password instead (leave out --password-from-keyring).",
                                  error=type(exc).__name__)) from None
        if not password:
            raise ConfigError(msg("The keyring has no password for {username} under "
                                  "'{keyring_service}'; store one there or leave out "
                                  "--password-from-keyring to type it.",
                                  username=username, keyring_service=keyring_service))
        return password
    if not sys.stdin.isatty():
        raise ConfigError("A new login's password is typed at a terminal (asked twice) or "
                          "read with --password-from-keyring SERVICE; it is never taken from "
                          "a file or an argument.")
    first = getpass.getpass(f"Password for the new login {username}: ")
    second = getpass.getpass("Type it again: ")
    if first != second:
        raise ValidationError("The two passwords differ; nothing was created. Run the command "
                              "again.")
    if len(first) < 8:
        raise ValidationError("Use a password of at least 8 characters; nothing was created.")
    return first
