"""Live refresh: tell open views that tickets changed, whoever changed them.

* PostgreSQL: ``LISTEN deskapp_changes`` on a dedicated psycopg connection whose socket is
  watched by a QSocketNotifier, so nothing polls and nothing blocks the UI. Migration 0002's
  statement triggers send the table, the operation and at most 50 ids; views re-query under
  their own rights. When the server goes away the watcher reconnects by itself (backoff from
  0.5 s to 10 s, the connect itself runs off the UI thread) and announces a change on
  reconnect, since notifications sent meanwhile are lost.
* SQLite: ``PRAGMA data_version`` on a connection of its own every 250 ms; the value changes
  when any other connection (another DeskApp, the sync, a script) commits.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from sqlalchemy.engine import URL

from deskapp.db import live
from deskapp.ui.queues.model import SafeRunner

if TYPE_CHECKING:
    from deskapp.ui.workers import Runner

log = logging.getLogger(__name__)

CHANNEL = live.CHANNEL
POLL_MS = 250  # a poll costs about 5 microseconds; a change shows within 250 ms + the debounce
BACKOFF_MS = (500, 1000, 2000, 4000, 10_000)


class ChangeWatcher(QObject):
    """Emits ``changed`` with a payload dict: ``{"table", "op", "ids"}`` (ids may be None)."""

    changed = Signal(object)
    connection_lost = Signal(str)
    connection_restored = Signal()

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class SqliteChangeWatcher(ChangeWatcher):
    def __init__(self, path: str, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._conn = sqlite3.connect(self._path, check_same_thread=False,
                                     isolation_level=None)
        self._version = self._read()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _read(self) -> int | None:
        if self._conn is None:
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def poll(self) -> None:
        version = self._read()
        if version is not None and version != self._version:
            self._version = version
            self.changed.emit({"table": None, "op": "commit", "ids": None})


class PostgresChangeWatcher(ChangeWatcher):
    def __init__(self, url: URL, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conninfo = live.conninfo(url)
        self._runner = SafeRunner(self, runner)
        self._conn: Any = None
        self._notifier: QSocketNotifier | None = None
        self._attempt = 0
        self._stopped = True
        self._connecting = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self.lost = False

    def start(self) -> None:
        self._stopped = False
        self._connect()

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()
        self._teardown()

    @property
    def listening(self) -> bool:
        return self._conn is not None

    def _connect(self) -> None:
        if self._stopped or self._connecting:
            return
        self._connecting = True
        conninfo = self._conninfo

        def work() -> Any:
            return live.listen(conninfo)

        self._runner.run(work, self._connected, self._connect_failed)

    def _connected(self, conn: Any) -> None:
        self._connecting = False
        if self._stopped:
            conn.close()
            return
        self._conn = conn
        self._attempt = 0
        self._notifier = QSocketNotifier(conn.pgconn.socket, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        if self.lost:
            self.lost = False
            self.connection_restored.emit()
            # notifications sent while we were away are gone: everyone re-reads
            self.changed.emit({"table": None, "op": "reconnect", "ids": None})

    def _connect_failed(self, exc: BaseException) -> None:
        self._connecting = False
        log.info("live refresh: cannot connect (%s)", type(exc).__name__)
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        if self._stopped:
            return
        delay = BACKOFF_MS[min(self._attempt, len(BACKOFF_MS) - 1)]
        self._attempt += 1
        self._retry.start(delay)

    def _teardown(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - the connection is already broken
                pass
            self._conn = None

    def _readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            payloads = live.drain(conn)
        except Exception as exc:  # noqa: BLE001 - any failure means the link is gone
            self._lost(exc)
            return
        for payload in payloads:
            self.changed.emit(payload)

    def _lost(self, exc: BaseException) -> None:
        log.info("live refresh: connection lost (%s)", exc)
        self._teardown()
        if not self.lost:
            self.lost = True
            self.connection_lost.emit(self.tr(
                "Live updates paused: the database server cannot be reached. DeskApp "
                "reconnects by itself."))
        self._schedule_retry()


def watcher_for(url: URL, runner: Runner, parent: QObject | None = None
                ) -> ChangeWatcher | None:
    """The right watcher for a database URL (None for an in-memory SQLite database)."""
    if url.get_backend_name() == "postgresql":
        return PostgresChangeWatcher(url, runner, parent)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return SqliteChangeWatcher(url.database, parent)
    return None
