"""The Qt-free half of the composition root, shared by the GUI and ``deskapp-admin``.

URL -> engine -> reachable? -> schema gate -> unit-of-work factory. Nothing is built at import.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from deskapp.config import credentials
from deskapp.config.urls import is_sqlite, redacted
from deskapp.db import migrate
from deskapp.db.engine import make_engine, operating_error, session_factories, tls_problem
from deskapp.errors import ConfigError, ConnectionFailed, LoginRefused
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass
class Database:
    url: URL
    engine: Engine
    uow: UnitOfWorkFactory
    #: a SQLite file DeskApp may not write (a read-only data folder): it opens for reading and
    #: the window shows a banner; every save is refused with ReadOnlyDatabase
    read_only: bool = False
    #: the reporting replica (a PostgreSQL hot standby) KPIs, reviews and exports read from
    reports: Database | None = None

    @property
    def is_local(self) -> bool:
        return is_sqlite(self.url)

    @property
    def display_url(self) -> str:
        return redacted(self.url)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.reports is not None:
            self.reports.dispose()


def open_reports(desk: Database, replica: URL) -> Database:
    """The desk's reporting replica, signed in as the desk's login (same user name and
    password: a streaming replica has the same roles and row-level security)."""
    if replica.username in (None, desk.url.username):
        replica = replica.set(username=desk.url.username, password=desk.url.password)
    else:
        replica = with_keyring_password(replica)
    from deskapp.db.pool import IdleReleasingPool

    return open_database(replica, auto_upgrade=False,
                         budget=isinstance(desk.engine.pool, IdleReleasingPool))


def with_keyring_password(url: URL) -> URL:
    """Fill in a shared database's password from the OS keyring when the URL has none."""
    if is_sqlite(url) or url.password or not url.username:
        return url
    password = credentials.load_password(url.username, url.host or "", url.database or "")
    return url.set(password=password) if password else url


def sqlite_is_read_only(url: URL) -> bool:
    """True for an existing SQLite file that DeskApp may not write, or in a folder it may not
    write (SQLite needs the folder for its -wal and -shm files)."""
    if not is_sqlite(url) or not url.database:
        return False
    file = Path(url.database).expanduser()
    return file.is_file() and not (os.access(file, os.W_OK) and os.access(
        file.resolve().parent, os.W_OK | os.X_OK))


def connect(url: URL, *, create: bool = True, read_only: bool | None = None,
            budget: bool = False) -> Engine:
    """Create the engine and prove the database answers, with a message a person can act on.

    ``create=False`` (``db current``, ``check``, ``downgrade``): a SQLite file that does not
    exist is an error, and no folder or empty file is made. ``read_only`` opens SQLite
    read-only (default: when DeskApp may not write the file or its folder)."""
    if read_only is None:
        read_only = sqlite_is_read_only(url)
    if is_sqlite(url) and url.database and url.database != ":memory:":
        file = Path(url.database).expanduser()
        if not create and not file.is_file():
            raise ConfigError(
                msg("There is no DeskApp database at {file}; check the path, or create one with "
                    "'deskapp-admin --database URL db upgrade'.", file=file))
        folder = file.resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                msg("DeskApp cannot create its data folder {folder} ({strerror}); choose a "
                    "writable location with DESKAPP_DATA_DIR or --database.",
                    folder=folder, strerror=exc.strerror)
            ) from None
    engine = make_engine(url, read_only=read_only, budget=budget)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except sa_exc.OperationalError as exc:
        engine.dispose()
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if is_sqlite(url):
            if (translated := operating_error(exc)) is not None:
                raise translated from None
            raise ConfigError(
                msg("DeskApp cannot open the database file {database} ({detail}); check that "
                    "the folder is writable.", database=url.database, detail=detail)
            ) from None
        if (tls := tls_problem(str(exc.orig or exc))) is not None:
            raise ConfigError(msg("{url}: {tls}", url=redacted(url), tls=tls)) from None
        lowered = detail.lower()
        if "password" in lowered or "authentication" in lowered:
            raise LoginRefused(
                msg("The server refused the login for {url} ({detail}); check the user name and "
                    "password.", url=redacted(url), detail=detail)
            ) from None
        if "does not exist" in lowered:  # the server answered: no such database or role
            reason = detail.split("FATAL:", 1)[-1].strip()
            raise ConfigError(
                msg("The server for {url} answered, but {reason}; check the database and user "
                    "names, or ask an administrator to create them.",
                    url=redacted(url), reason=reason)
            ) from None
        raise ConnectionFailed(
            msg("Cannot reach the database server for {url} ({detail}); check the host, port "
                "and network, then try again.", url=redacted(url), detail=detail)
        ) from None
    except sa_exc.DBAPIError as exc:  # e.g. an option in the URL the driver does not know
        engine.dispose()
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise ConfigError(
            msg("DeskApp cannot use the database URL {url} ({detail}); check the options after "
                "'?' in the URL.", url=redacted(url), detail=detail)
        ) from None
    return engine


def is_replica(engine: Engine) -> bool:
    """Whether the SQLite file is an offline replica of a desk (it has its replica record)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("replica_state"):
            return False
        return bool(conn.scalar(text("SELECT count(*) FROM replica_state")))


def open_database(url: URL, *, auto_upgrade: bool | None = None,
                  budget: bool = False) -> Database:
    """Connect and check the schema. Local SQLite upgrades itself; a shared server never does.

    A local desk also gets back any queue index or search trigger a killed bulk load left
    dropped (:func:`deskapp.db.maintenance.repair`; one catalogue query when nothing is
    missing). A SQLite file DeskApp may not write opens read-only (``Database.read_only``).
    ``budget``: the desktop client's connection budget on PostgreSQL (:mod:`deskapp.db.pool`).
    """
    read_only = sqlite_is_read_only(url)
    engine = connect(url, read_only=read_only, budget=budget)
    local = is_sqlite(url)
    try:
        migrate.ensure_schema(engine, auto_upgrade=not read_only and (
            local if auto_upgrade is None else auto_upgrade))
        if local and not read_only:
            from deskapp.db import maintenance

            repaired = maintenance.repair(engine)
            if repaired:
                log.warning("recreated after an interrupted bulk load: %s",
                            ", ".join(o.name for o in repaired))
    except Exception:
        engine.dispose()
        raise
    writer, reader = session_factories(engine)
    if local and is_replica(engine):
        from deskapp.sync import outbox
        from deskapp.sync.replica import note_schema

        if not read_only:
            note_schema(engine)  # an older file was just upgraded: it syncs on, work kept
        outbox.install(writer)  # every change made in a replica becomes an op to push
        outbox.mark_offline(reader)
    return Database(url, engine, UnitOfWorkFactory(writer, reader), read_only=read_only)
