"""The mail worker's own database login on a shared PostgreSQL desk (``deskapp-admin mail
login``): a staff record "Mail worker" holding only the ``mail_worker`` role, a LOGIN role in
that role's group (grants and row-level security generated from the rules like every role's),
and a random password that goes straight into this computer's keyring, never to the screen, a
file or an argument. Run it as the account the worker runs as; running it again gives a new
password."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from deskapp.config import credentials
from deskapp.domain.permissions import Role
from deskapp.errors import ConfigError, ValidationError

if TYPE_CHECKING:
    from deskapp.runtime import Database

DEFAULT_USERNAME = "deskapp_mail"
FULL_NAME = "Mail worker"
ROLES = (Role.MAIL_WORKER.value,)


def make_mail_login(db: Database, username: str = DEFAULT_USERNAME) -> bool:
    """Create (True) or renew (False) the mail worker's login; the password is in the keyring
    under the desk's host and database for ``username``."""
    from deskapp.db.security.apply import is_applied
    from deskapp.db.security.logins import NO_LOGINS, PostgresLogins
    from deskapp.services.staff import ensure_staff

    if db.is_local:
        raise ValidationError(NO_LOGINS + " A single-user desk's mail runs inside the app.")
    with db.engine.connect() as conn:
        if not is_applied(conn):
            raise ConfigError("This desk has no database security yet, so the mail worker's "
                              "login cannot be made; run 'deskapp-admin --database URL "
                              "security apply' first. Nothing was created.")
    if not credentials.secure_backend_available():
        raise ValidationError("This computer has no secure keyring (Windows Credential "
                              "Manager, macOS Keychain, the Secret Service), so the worker's "
                              "password could not be kept; DeskApp never writes it to a file. "
                              "Run this as the worker's account on a computer with a keyring. "
                              "Nothing was created.")
    with db.uow(read_only=True) as uow:
        existing = uow.staff.by_username(username)
        roles = tuple(uow.staff.roles(existing.id)) if existing is not None else ROLES
    if set(roles) != set(ROLES):
        raise ValidationError(f"The staff member {username} already exists with the roles "
                              f"{', '.join(sorted(roles))}; the mail worker's login holds the "
                              "mail worker role only. Choose another user name. Nothing was "
                              "changed.")
    ensure_staff(db.uow, username, FULL_NAME, ROLES)
    password = secrets.token_urlsafe(32)
    logins = PostgresLogins(db.engine)
    created = not logins.exists(username)
    logins.create_login(username, password, ROLES)  # creates, or renews the password and groups
    url = db.engine.url
    if not credentials.save_password(username, url.host or "", url.database or "", password):
        raise ValidationError("The keyring refused to store the worker's password, so the "
                              "login's new password is known to nobody; run the command again "
                              "once the keyring works.")
    return created
