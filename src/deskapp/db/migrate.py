"""Programmatic Alembic: upgrade, downgrade, current, check and the start-up compatibility gate.

``script_location`` is an absolute path from :mod:`deskapp.config.locations`, so migrations run the
same from a checkout, an installed wheel or a frozen bundle, whatever the working directory.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SAWarning

from deskapp.config.locations import migrations_dir
from deskapp.db.models import Base
from deskapp.errors import ConfigError, SchemaMismatch

EXPRESSION_INDEX_WARNING = "Skipped unsupported reflection of expression-based index ix_queue_"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


@contextmanager
def _connected(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as conn:
        yield conn


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    _known_target(revision)
    with _connected(engine) as conn:
        try:
            command.upgrade(alembic_config(conn), revision)
        except CommandError as exc:
            raise ConfigError(f"Cannot upgrade to {revision}: {exc}; see 'db current'.") from None


def downgrade(engine: Engine, revision: str) -> None:
    _known_target(revision)
    with _connected(engine) as conn:
        try:
            command.downgrade(alembic_config(conn), revision)
        except CommandError as exc:  # e.g. a "downgrade" to a revision above the current one
            raise ConfigError(f"Cannot downgrade to {revision}: {exc}; see 'db current'.") from None


def _known_target(revision: str) -> None:
    """Refuse a revision this DeskApp does not ship, before anything runs."""
    relative = revision[:1] in ("+", "-") or "@" in revision  # e.g. -1, head-1: Alembic checks
    if revision in ("head", "base") or relative or is_known(revision):
        return
    raise ConfigError(
        f"'{revision}' is not a revision of this DeskApp (its newest is {head_revision()}); "
        "use 'head', 'base' or a revision that 'deskapp-admin db current' names."
    )


def schema_differences(engine: Engine) -> list[Any]:
    """Differences between the models and the migrated database (empty when in step)."""
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite reflection cannot read expression indexes and says so; ours (ix_queue_due)
        # is left out by include_object anyway.
        warnings.filterwarnings("ignore", category=SAWarning, message=EXPRESSION_INDEX_WARNING)
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return list(compare_metadata(ctx, Base.metadata))


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
    if type_ == "column" and reflected and compare_to is None and name == "search_vector":
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
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return head
    if current is not None and not is_known(current):
        raise SchemaMismatch(
            f"This database (revision {current}) was created by a newer DeskApp; "
            "install the newer DeskApp or open another database."
        )
    if auto_upgrade:
        upgrade(engine)
        return head
    raise SchemaMismatch(
        f"The shared database is at revision {current or 'empty'} but this DeskApp needs {head}; "
        "ask an administrator to run 'deskapp-admin --database URL db upgrade'."
    )
