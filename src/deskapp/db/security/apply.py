"""Apply DeskApp's security to a PostgreSQL desk: roles, ownership, grants, forced row-level
security, the lifecycle and history triggers (``deskapp-admin security apply``).

One transaction: either everything is in place or nothing changed. Refused, before anything
runs, on SQLite, for a login that is not a superuser, on a database not at the schema head and
on a schema holding tables DeskApp does not declare (foreign objects).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from deskapp.db.security.generate import (
    GENERATED_TRIGGER_FUNCTIONS,
    Desk,
    statements,
    strip_statements,
)
from deskapp.db.security.names import DeskRoles
from deskapp.domain.records import BOOKKEEPING, TABLES
from deskapp.errors import ConfigError, PermissionDenied
from deskapp.messages import msg

#: DeskApp's own functions that migrations create (the owner role takes them over).
_OWN_FUNCTION_PREFIX = "deskapp_"


@dataclass(frozen=True)
class Applied:
    """What ``security apply`` did: the roles and how many tables it protects."""

    owner: str
    groups: dict[str, str]
    tables: int
    statements: int


def desk_roles(conn: Connection) -> DeskRoles:
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return DeskRoles(str(database))


def is_applied(conn: Connection) -> bool:
    """Does this desk have security applied (its owner role exists)?"""
    if conn.dialect.name != "postgresql":
        return False
    owner = desk_roles(conn).owner
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": owner}).first() is not None


def inspect_desk(conn: Connection) -> Desk:
    """The desk as it stands; refuses foreign tables (nothing declared for them)."""
    from deskapp.db.models import Base

    schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
    rows = conn.execute(text(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
        "c.relnamespace WHERE n.nspname = :s AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
        {"s": schema}).all()
    names = {str(r[0]) for r in rows}
    foreign = sorted(names - set(TABLES) - BOOKKEEPING)
    if foreign:
        shown = ", ".join(foreign[:8]) + (", ..." if len(foreign) > 8 else "")
        raise ConfigError(
            msg("The schema {schema} holds {length} table(s) or view(s) DeskApp does not know "
                "({shown}); nothing was applied. Move them to another schema or database, or "
                "declare them in deskapp.domain.records, then run 'deskapp-admin security "
                "apply' again.", schema=schema, length=len(foreign), shown=shown))
    functions = conn.execute(text(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = :s AND p.proname LIKE 'deskapp\\_%' AND p.pronargs = 0 "
        "AND p.prorettype = 'trigger'::regtype ORDER BY 1"), {"s": schema}).scalars().all()
    tombstoned = frozenset(name for name, table in Base.metadata.tables.items()
                           if "deleted_at" in table.c)
    return Desk(schema=schema, roles=desk_roles(conn), present=frozenset(names),
                tombstoned=tombstoned,
                functions=tuple(str(f) for f in functions if str(f).startswith(
                    _OWN_FUNCTION_PREFIX) and f not in GENERATED_TRIGGER_FUNCTIONS))


def apply_on(conn: Connection) -> Applied:
    """Apply in the caller's transaction (``db upgrade`` reapplies inside its migration)."""
    if conn.dialect.name != "postgresql":
        raise ConfigError("Security is applied on a shared PostgreSQL desk; a SQLite desk is "
                          "single-user and keeps the app's own checks only.")
    superuser = conn.execute(text(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar_one()
    if not superuser:
        raise PermissionDenied(
            "Applying security creates roles and hands the tables to an owner role, which "
            "needs a superuser login; run 'deskapp-admin --database URL security apply' as one "
            "(e.g. postgres).")
    desk = inspect_desk(conn)
    sql = statements(desk)
    cursor = conn.connection.cursor()  # the driver's own: '%' in PL/pgSQL is not a placeholder
    try:
        for statement in sql:
            cursor.execute(statement)
    finally:
        cursor.close()
    return Applied(desk.roles.owner, desk.roles.groups(),
                   sum(1 for t in TABLES if t in desk.present), len(sql))


def strip_on(conn: Connection) -> None:
    """Drop DeskApp's policies and triggers (before a downgrade); roles, owners and grants stay,
    and forced row-level security without policies refuses every staff login meanwhile."""
    for statement in strip_statements(inspect_desk(conn)):
        conn.exec_driver_sql(statement.replace("%", "%%"))


def apply(engine: Engine) -> Applied:
    """``security apply``: one transaction, checked against the schema head first."""
    from deskapp.db import migrate

    current = migrate.current_revision(engine)
    if current != migrate.SCHEMA_HEAD:
        raise ConfigError(
            msg("The database is at revision {current}, not {schema_head}; run 'deskapp-admin "
                "--database URL db upgrade' first (it applies security too once it is applied).",
                current=current or 'empty', schema_head=migrate.SCHEMA_HEAD))
    with engine.begin() as conn:
        return apply_on(conn)
