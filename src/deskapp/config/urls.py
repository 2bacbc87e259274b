"""Database URLs: parse, validate and normalise, with messages a person can act on."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from deskapp.errors import ConfigError
from deskapp.messages import msg

SUPPORTED = "sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE"


def parse_database_url(text: str) -> URL:
    """Return a SQLAlchemy URL using the drivers DeskApp ships (pysqlite, psycopg 3)."""
    raw = text.strip()
    if not raw:
        raise ConfigError(msg("The database URL is empty; give one such as {supported}.",
                              supported=SUPPORTED))
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number, a bad [IPv6]
        raise ConfigError(
            msg("'{raw}' is not a database URL; use the form {supported}.",
                raw=scrubbed(raw), supported=SUPPORTED)
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
                msg("The PostgreSQL URL '{url}' names no server; use the form {supported}.",
                    url=redacted(url), supported=SUPPORTED)
            )
        if not url.database:
            raise ConfigError(
                msg("The PostgreSQL URL '{url}' names no database; add '/DATABASE' at the end.",
                    url=redacted(url))
            )
        return url.set(drivername="postgresql+psycopg")
    raise ConfigError(
        msg("DeskApp cannot use '{backend}' databases; use SQLite or PostgreSQL ({supported}).",
            backend=backend, supported=SUPPORTED)
    )


#: Query-string keys that carry a secret (libpq's ``password`` and ``sslpassword``, and any
#: other spelling containing "password"): never shown, never stored in a profile.
_SECRET_KEY = re.compile(r"(?i)[a-z_]*password")
_SECRET_IN_TEXT = re.compile(r"(?i)\b([a-z_]*password)(\s*=\s*)('[^']*'|\"[^\"]*\"|[^&\s'\"]*)")
_CREDENTIALS_IN_TEXT = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]*):[^@\s/]*@")
MASK = "***"


def secret_keys(url: URL) -> list[str]:
    """The query-string keys of ``url`` that hold a secret (``?password=``, ``?sslpassword=``)."""
    return [key for key in url.query if _SECRET_KEY.fullmatch(key)]


def scrubbed(text: str) -> str:
    """``text`` (a message, a URL we could not parse, a driver's error) with any URL password
    and any ``password=`` / ``sslpassword=`` value masked."""
    text = _SECRET_IN_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _CREDENTIALS_IN_TEXT.sub(lambda m: f"{m.group(1)}:{MASK}@", text)


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def redacted(url: URL) -> str:
    """The URL as text with any password masked, in the user part and in the query string
    (``?password=``, ``?sslpassword=``): safe for logs, titles and messages."""
    return scrubbed(url.render_as_string(hide_password=True))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"
