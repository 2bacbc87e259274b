"""PostgreSQL's LISTEN side of live refresh, without Qt: the GUI watches the socket with a
QSocketNotifier (``ui/queues/live.py``), the load harness with ``selectors``; both read
notifications here.

Migration 0002's statement triggers send ``{"table", "op", "ids"}`` (at most 50 ids) on
:data:`CHANNEL`; readers re-query under their own rights, so a notification never carries data.
This is a client's second connection to the server (the first is the engine's one work
connection, see :func:`deskapp.db.engine.make_engine`).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import URL

CHANNEL = "deskapp_changes"
APPLICATION_NAME = "DeskApp live refresh"


def conninfo(url: URL) -> str:
    """A libpq connection string for ``url`` (any SQLAlchemy PostgreSQL driver name)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def listen(url: URL | str, *, connect_timeout: int = 3,
           application_name: str = APPLICATION_NAME) -> Any:
    """A new autocommit psycopg connection that LISTENs on :data:`CHANNEL`. Blocking: call it
    off the UI thread. Its ``pgconn.socket`` becomes readable when notifications arrive."""
    import psycopg

    info = url if isinstance(url, str) else conninfo(url)
    conn = psycopg.connect(info, autocommit=True, connect_timeout=connect_timeout,
                           application_name=application_name)
    conn.execute(f"LISTEN {CHANNEL}")
    return conn


def drain(conn: Any) -> list[dict[str, Any]]:
    """The notifications that have arrived on ``conn`` (without blocking). Raises
    ``ConnectionError`` when the connection is gone (the caller reconnects)."""
    pgconn = conn.pgconn
    pgconn.consume_input()
    payloads: list[dict[str, Any]] = []
    while (note := pgconn.notifies()) is not None:
        payloads.append(decode(note.extra))
    if pgconn.status != 0:  # CONNECTION_OK == 0
        raise ConnectionError("connection closed")
    return payloads


def decode(extra: bytes) -> dict[str, Any]:
    """A notification's payload; anything unreadable means "something changed"."""
    try:
        data = json.loads(extra.decode("utf-8"))
        return data if isinstance(data, dict) else {"table": None, "ids": None}
    except (ValueError, UnicodeDecodeError):
        return {"table": None, "ids": None}
