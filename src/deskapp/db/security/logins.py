"""Staff logins in PostgreSQL: a LOGIN role per staff member, in the desk's role groups.

A login role is cluster-wide (one person may work on two desks of a server); its group
memberships are per desk (``dk_<database>_<role>``), so :meth:`PostgresLogins.set_roles` touches
only this desk's groups. Passwords are sent only as SCRAM-SHA-256 verifiers computed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from deskapp.db.security.names import DeskRoles, quote_ident, quote_literal
from deskapp.db.security.scram import verifier
from deskapp.domain.permissions import ROLES
from deskapp.errors import ConfigError, PermissionDenied, ValidationError
from deskapp.messages import msg
from deskapp.services.logins import Logins

if TYPE_CHECKING:
    from deskapp.repositories.uow import UnitOfWorkFactory

NO_LOGINS = ("SQLite desks have no database logins: the desk is single-user and whoever opens "
             "the file is its staff member. Use a shared PostgreSQL desk for separate logins.")


class SqliteLogins:
    """A single-user desk: nobody logs in but the person at the computer."""

    def create_login(self, username: str, password: str | None, roles: Sequence[str]) -> None:
        raise ValidationError(NO_LOGINS)

    def set_password(self, username: str, password: str) -> None:
        raise ValidationError(NO_LOGINS)

    def set_enabled(self, username: str, enabled: bool) -> None:
        """Nothing to do: the staff record's active flag is the whole story on SQLite."""

    def set_roles(self, username: str, roles: Sequence[str]) -> None:
        """Nothing to do: roles live in the staff record (staff_roles) only."""

    def exists(self, username: str) -> bool:
        return False


class PostgresLogins:
    """Login roles on a PostgreSQL desk with security applied (run as a superuser or a login
    with CREATEROLE that administers the desk's groups)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _desk(self, conn: Connection) -> DeskRoles:
        from deskapp.db.security.apply import desk_roles, is_applied

        if not is_applied(conn):
            raise ConfigError("This desk has no database security yet, so staff logins cannot "
                              "be made; run 'deskapp-admin --database URL security apply' "
                              "first.")
        return desk_roles(conn)

    def exists(self, username: str) -> bool:
        with self._engine.connect() as conn:
            return _role_exists(conn, username)

    def create_login(self, username: str, password: str | None, roles: Sequence[str]) -> None:
        _check_name(username)
        with self._engine.begin() as conn:
            desk = self._desk(conn)
            if username in {desk.owner, *desk.groups().values()}:
                raise ValidationError(msg("'{username}' is one of the desk's own roles; choose "
                                          "another user name.", username=username))
            row = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"),
                               {"r": username}).first()
            if row is not None and row[0]:
                raise ValidationError(
                    msg("'{username}' is a superuser login; a staff member's login must not be "
                        "one. Choose another user name.", username=username))
            options = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS " \
                      "INHERIT"
            if row is None:
                _execute(conn, f"CREATE ROLE {quote_ident(username)} {options}")
            else:
                _execute(conn, f"ALTER ROLE {quote_ident(username)} {options}")
            if password is not None:
                _set_password(conn, username, password)
            _set_groups(conn, desk, username, roles)

    def set_password(self, username: str, password: str) -> None:
        with self._engine.begin() as conn:
            self._desk(conn)
            _require_login(conn, username)
            _set_password(conn, username, password)

    def set_enabled(self, username: str, enabled: bool) -> None:
        """LOGIN or NOLOGIN. A login is cluster-wide: disabling it closes it on every desk of
        the server (the staff record's active flag closes one desk only, at once)."""
        with self._engine.begin() as conn:
            self._desk(conn)
            _require_login(conn, username)
            _execute(conn, f"ALTER ROLE {quote_ident(username)} "
                           f"{'LOGIN' if enabled else 'NOLOGIN'}")

    def set_roles(self, username: str, roles: Sequence[str]) -> None:
        with self._engine.begin() as conn:
            desk = self._desk(conn)
            _require_login(conn, username)
            _set_groups(conn, desk, username, roles)


def logins_for(engine: Engine) -> Logins:
    """The logins of the desk behind ``engine``."""
    if engine.dialect.name == "postgresql":
        return PostgresLogins(engine)
    return SqliteLogins()


def logins_for_uow(uow_factory: UnitOfWorkFactory) -> Logins:
    """The logins of the desk a unit-of-work factory writes to (no connection is opened)."""
    with uow_factory(read_only=True) as uow:
        bind = uow.session.get_bind()
    return logins_for(bind.engine)


def _execute(conn: Connection, statement: str) -> None:
    """Role statements take no bind parameters; names and verifiers are quoted here."""
    try:
        conn.exec_driver_sql(statement.replace("%", "%%"))
    except Exception as exc:
        from sqlalchemy import exc as sa_exc

        if isinstance(exc, sa_exc.ProgrammingError) and getattr(
                exc.orig, "sqlstate", None) == "42501":
            raise PermissionDenied(
                "Managing logins needs a superuser or a login with CREATEROLE that "
                "administers the desk's role groups; ask the database administrator.") from None
        raise


def _check_name(username: str) -> None:
    if not username or len(username) > 63 or "\x00" in username:
        raise ValidationError("A login name needs 1 to 63 characters.")


def _role_exists(conn: Connection, username: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": username}).first() is not None


def _require_login(conn: Connection, username: str) -> None:
    if not _role_exists(conn, username):
        raise ValidationError(msg("There is no database login '{username}'; create it with "
                                  "'deskapp-admin staff add {username} --login'.",
                                  username=username))


def _set_password(conn: Connection, username: str, password: str) -> None:
    if not password:
        raise ValidationError("The password is empty; type one (twice).")
    _execute(conn, f"ALTER ROLE {quote_ident(username)} PASSWORD "
                   f"{quote_literal(verifier(password))}")


def _set_groups(conn: Connection, desk: DeskRoles, username: str, roles: Sequence[str]) -> None:
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise ValidationError(msg("Unknown role '{bad}'; use {roles}.",
                                  bad=bad[0], roles=', '.join(ROLES)))
    held = set(conn.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u"),
        {"u": username}).scalars())
    for role, group in desk.groups().items():
        if role in roles and group not in held:
            _execute(conn, f"GRANT {quote_ident(group)} TO {quote_ident(username)}")
        elif role not in roles and group in held:
            _execute(conn, f"REVOKE {quote_ident(group)} FROM {quote_ident(username)}")
