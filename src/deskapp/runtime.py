"""The Qt-free half of the composition root, shared by the GUI and ``deskapp-admin``.

URL -> engine -> reachable? -> schema gate -> unit-of-work factory. Nothing is built at import.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from deskapp.config import credentials
from deskapp.config.urls import is_sqlite, redacted
from deskapp.db import migrate
from deskapp.db.engine import make_engine, operating_error, session_factories
from deskapp.errors import ConfigError, ConnectionFailed, LoginRefused
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

    @property
    def is_local(self) -> bool:
        return is_sqlite(self.url)

    @property
    def display_url(self) -> str:
        return redacted(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


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


def connect(url: URL, *, create: bool = True, read_only: bool | None = None) -> Engine:
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
                f"There is no DeskApp database at {file}; check the path, or create one with "
                "'deskapp-admin --database URL db upgrade'.")
        folder = file.resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"DeskApp cannot create its data folder {folder} ({exc.strerror}); choose a "
                "writable location with DESKAPP_DATA_DIR or --database."
            ) from None
    engine = make_engine(url, read_only=read_only)
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
                f"DeskApp cannot open the database file {url.database} ({detail}); check that "
                "the folder is writable."
            ) from None
        lowered = detail.lower()
        if "password" in lowered or "authentication" in lowered:
            raise LoginRefused(
                f"The server refused the login for {redacted(url)} ({detail}); check the user "
                "name and password."
            ) from None
        if "does not exist" in lowered:  # the server answered: no such database or role
            reason = detail.split("FATAL:", 1)[-1].strip()
            raise ConfigError(
                f"The server for {redacted(url)} answered, but {reason}; check the database and "
                "user names, or ask an administrator to create them."
            ) from None
        raise ConnectionFailed(
            f"Cannot reach the database server for {redacted(url)} ({detail}); check the host, "
            "port and network, then try again."
        ) from None
    except sa_exc.DBAPIError as exc:  # e.g. an option in the URL the driver does not know
        engine.dispose()
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise ConfigError(
            f"DeskApp cannot use the database URL {redacted(url)} ({detail}); check the options "
            "after '?' in the URL."
        ) from None
    return engine


def open_database(url: URL, *, auto_upgrade: bool | None = None) -> Database:
    """Connect and check the schema. Local SQLite upgrades itself; a shared server never does.

    A local desk also gets back any queue index or search trigger a killed bulk load left
    dropped (:func:`deskapp.db.maintenance.repair`; one catalogue query when nothing is
    missing). A SQLite file DeskApp may not write opens read-only (``Database.read_only``).
    """
    read_only = sqlite_is_read_only(url)
    engine = connect(url, read_only=read_only)
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
    return Database(url, engine, UnitOfWorkFactory(writer, reader), read_only=read_only)
