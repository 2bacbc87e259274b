"""Database URLs: parse, validate and normalise, with messages a person can act on."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from deskapp.errors import ConfigError

SUPPORTED = "sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"


def parse_database_url(text: str) -> URL:
    """Return a SQLAlchemy URL using the drivers DeskApp ships (pysqlite, psycopg 3)."""
    raw = text.strip()
    if not raw:
        raise ConfigError(f"The database URL is empty; give one such as {SUPPORTED}.")
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number, a bad [IPv6]
        raise ConfigError(
            f"'{_masked(raw)}' is not a database URL; use the form {SUPPORTED}."
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and "\x00" in url.database:
            raise ConfigError("The SQLite file name contains a NUL character, which no file "
                              "system allows; check the --database value.")
        if not url.database or url.database == ":memory:":
            raise ConfigError(
                "The SQLite URL names no file, so nothing would be kept; use sqlite:///PATH "
                "(for example sqlite:///C:/DeskApp/desk.sqlite3 or sqlite:////home/me/desk.db)."
            )
        return url.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        if not url.host and not url.query.get("host"):
            raise ConfigError(
                f"The PostgreSQL URL '{redacted(url)}' names no server; use the form {SUPPORTED}."
            )
        if not url.database:
            raise ConfigError(
                f"The PostgreSQL URL '{redacted(url)}' names no database; "
                "add '/DATABASE' at the end."
            )
        return url.set(drivername="postgresql+psycopg")
    raise ConfigError(
        f"DeskApp cannot use '{backend}' databases; use SQLite or PostgreSQL ({SUPPORTED})."
    )


def _masked(raw: str) -> str:
    """A URL we could not parse, with anything between 'user:' and '@' and any
    ``password=`` value hidden."""
    raw = re.sub(r"(?i)(password=)[^&\s]*", r"\1***", raw)
    scheme, sep, rest = raw.partition("://")
    if not sep or "@" not in rest:
        return raw
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}{':***' if ':' in credentials else ''}@{host}"


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def redacted(url: URL) -> str:
    """The URL as text with any password masked: safe for logs, titles and messages."""
    return url.render_as_string(hide_password=True)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"
