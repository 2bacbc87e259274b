"""Alembic environment for DeskApp.

Runs with a connection handed in by ``deskapp.db.migrate`` (``config.attributes['connection']``),
or with ``-x url=...`` / ``DESKAPP_DATABASE_URL`` when run by the plain ``alembic`` command.
No ``logging.fileConfig``: the frozen app has no alembic.ini and must not reconfigure logging.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from deskapp.db.migrate import include_object
from deskapp.db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from deskapp.config.profiles import resolve_url
    from deskapp.db.engine import make_engine

    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = make_engine(resolve_url(url))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("DeskApp migrations run online only; use 'deskapp-admin db upgrade'.")
run_migrations_online()
