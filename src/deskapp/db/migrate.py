"""Programmatic Alembic: upgrade, downgrade, current, check and the start-up compatibility gate.

``script_location`` is an absolute path from :mod:`deskapp.config.locations`, so migrations run the
same from a checkout, an installed wheel or a frozen bundle, whatever the working directory.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import SAWarning

from deskapp.config.locations import migrations_dir
from deskapp.errors import ConfigError, PermissionDenied, SchemaMismatch
from deskapp.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The newest revision in migrations/versions. The app's start-up compares a database with it
#: without importing Alembic (Alembic, Mako and reading every revision file cost about 0.2 s of
#: a 1.3 s start); tests/migrations checks that it names Alembic's head.
SCHEMA_HEAD = "0037"

EXPRESSION_INDEX_WARNING = "Skipped unsupported reflection of expression-based index ix_queue_"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision as Alembic reads it from the migration files."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


@contextmanager
def _connected(engine: Engine) -> Iterator[Connection]:
    """One transaction for a migration. On SQLite it begins IMMEDIATE: the migration takes the
    write lock before reading anything and waits up to the busy timeout for a writer to
    finish, instead of failing half-way with "database is locked" when its first DDL runs.
    A lock held past the timeout (or a full disk, a read-only file) is a typed error."""
    from deskapp.db.engine import BEGIN_MODE, operating_error

    bind = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}) \
        if engine.dialect.name == "sqlite" else engine
    try:
        with bind.begin() as conn:
            if conn.dialect.name == "postgresql":
                # the history and lifecycle triggers of a secured desk let a migration through
                # (transaction-local: it ends with the migration)
                conn.execute(text("SELECT set_config('deskapp.migrating', 'on', true)"))
            yield conn
    except sa_exc.DBAPIError as exc:
        translated = operating_error(exc)
        if translated is None:
            raise
        raise translated from exc


def _reapply_security(conn: Connection) -> None:
    """A desk with security applied gets its grants and policies again after an upgrade to
    head (new tables, changed lifecycles), in the migration's transaction."""
    from deskapp.db.security.apply import apply_on, is_applied

    if is_applied(conn) and conn.execute(text(
            "SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD:
        apply_on(conn)


def _strip_security(conn: Connection) -> None:
    """Before a downgrade: an older schema may lack what the policies and triggers read, so
    they go (the desk then refuses every staff login until 'db upgrade' applies them again)."""
    from deskapp.db.security.apply import is_applied, strip_on

    if is_applied(conn):
        strip_on(conn)


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None: an empty database), read without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except sa_exc.ProgrammingError as exc:  # a login without DeskApp's grants
            if getattr(exc.orig, "sqlstate", None) != "42501":
                raise
            login = conn.engine.url.username
            raise PermissionDenied(
                msg("The login {login} has no DeskApp rights on this database; ask an "
                    "administrator to run 'deskapp-admin staff add {login} --login'.",
                    login=login)) from None
    if len(rows) > 1:  # DeskApp's history has one branch; more heads is not ours
        raise SchemaMismatch(msg("This database has several schema heads ({rows}); ask an "
                                 "administrator to check it with 'deskapp-admin db current'.",
                                 rows=', '.join(rows)))
    return rows[0] if rows else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.util import CommandError

    _known_target(revision)
    with _connected(engine) as conn:
        try:
            command.upgrade(alembic_config(conn), revision)
        except CommandError as exc:
            raise ConfigError(msg("Cannot upgrade to {revision}: {exc}; see 'db current'.",
                                  revision=revision, exc=exc)) from None
        _after_upgrade(conn)
        _reapply_security(conn)


def _after_upgrade(conn: Connection) -> None:
    """What follows the tables rather than a revision: the sync change log's triggers (from
    the table declarations), in the upgrade's own transaction."""
    from deskapp.db import changelog

    if inspect(conn).has_table("sync_log"):
        changelog.install(conn)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    _known_target(revision)
    with _connected(engine) as conn:
        _strip_security(conn)
        try:
            command.downgrade(alembic_config(conn), revision)
        except CommandError as exc:  # e.g. a "downgrade" to a revision above the current one
            raise ConfigError(msg("Cannot downgrade to {revision}: {exc}; see 'db current'.",
                                  revision=revision, exc=exc)) from None


def check_downgrade_target(revision: str) -> None:
    """Refuse an unknown downgrade target before anything (a backup, a question) happens."""
    _known_target(revision)


def revisions_to_undo(current: str | None, target: str) -> list[str]:
    """The revisions a downgrade from ``current`` to ``target`` runs (empty: nothing to do,
    or a target Alembic will refuse with its own message)."""
    if current is None:
        return []
    try:
        return [r.revision for r in script_directory().iterate_revisions(current, target)]
    except Exception:  # alembic raises several kinds for a target it cannot resolve
        return []


#: Tables migrations fill (number counters, 0005's resolution codes): rows there alone do not
#: make a database "in use" for the downgrade's confirmation.
SEEDED_TABLES = frozenset({"number_counters", "resolution_codes", "ci_types"})


def tables_with_rows(engine: Engine) -> list[str]:
    """DeskApp's tables that hold at least one row (what a downgrade could drop). Tables a
    migration seeds (:data:`SEEDED_TABLES`) do not count: on a desk in use, the staff table
    holds at least the person who signed in."""
    from deskapp.db.models import Base

    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names()) - SEEDED_TABLES
        return [name for name in sorted(Base.metadata.tables) if name in present and
                conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None]


def _known_target(revision: str) -> None:
    """Refuse a revision this DeskApp does not ship, before anything runs."""
    relative = revision[:1] in ("+", "-") or "@" in revision  # e.g. -1, head-1: Alembic checks
    if revision in ("head", "base") or relative or is_known(revision):
        return
    raise ConfigError(
        msg("'{revision}' is not a revision of this DeskApp (its newest is {newest}); use "
            "'head', 'base' or a revision that 'deskapp-admin db current' names.",
            revision=revision, newest=head_revision())
    )


def schema_differences(engine: Engine) -> list[Any]:
    """Differences between the models and the migrated database (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from deskapp.db.models import Base

    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite reflection cannot read expression indexes and says so; ours (ix_queue_due)
        # is left out by include_object anyway.
        warnings.filterwarnings("ignore", category=SAWarning, message=EXPRESSION_INDEX_WARNING)
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return list(compare_metadata(ctx, Base.metadata))


#: PostgreSQL's generated search columns, owned by their migrations (0002, 0018, 0027)
SEARCH_VECTORS = frozenset({"search_vector", "title_vector"})


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out objects that live outside the ORM models (search indexes kept by triggers,
    the queue keyset indexes and PostgreSQL's generated ``search_vector`` columns: migration
    0002 owns them)."""
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    if type_ == "table" and name == "alembic_version":
        return False
    if type_ == "column" and reflected and compare_to is None and name in SEARCH_VECTORS:
        return False
    return not (type_ == "index" and reflected and compare_to is None and name
                and name.startswith(("ix_search_", "ix_queue_")))


def is_known(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def ensure_schema(engine: Engine, *, auto_upgrade: bool) -> str:
    """Bring a local database to head, or refuse a shared one that is not exactly at head.

    Returns the revision the database is at. A shared database is never upgraded by the app:
    several clients use it and an administrator chooses when to migrate.
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return SCHEMA_HEAD
    head = head_revision()
    if current is not None and not is_known(current):
        raise SchemaMismatch(
            msg("This database (revision {current}) was created by a newer DeskApp; install the "
                "newer DeskApp or open another database.", current=current)
        )
    if auto_upgrade:
        upgrade(engine)
        return head
    raise SchemaMismatch(
        msg("The shared database is at revision {current} but this DeskApp needs {head}; ask an "
            "administrator to run 'deskapp-admin --database URL db upgrade'.",
            current=current or 'empty', head=head)
    )
