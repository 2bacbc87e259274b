"""A client's budget of server connections on a shared PostgreSQL desk.

A desk of 200 clients on one server must not hold 200 x (pool of 5 + overflow of 10): each
client holds at most two connections, one for its work (this pool) and one that LISTENs for
live refresh (:mod:`deskapp.db.live`). The work connection is opened on first use, shared in
turn by the client's threads (a second operation waits for the first, as a desk person's
clicks do), and closed again after :data:`IDLE_RELEASE_S` without use, so a client left open
over lunch holds only its listener. The next operation reconnects (a few ms on a LAN).
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from typing import Any

from sqlalchemy import util
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

#: the work connections a client holds (its listener is the second connection)
WORK_CONNECTIONS = 1
#: seconds a work connection may sit unused before it is closed
IDLE_RELEASE_S = 30.0
#: seconds an operation waits for the client's work connection before giving up
CHECKOUT_TIMEOUT_S = float(os.environ.get("DESKAPP_CHECKOUT_TIMEOUT_S", "60"))


class IdleReleasingPool(QueuePool):
    """A ``QueuePool`` whose idle connections are closed after ``idle_release_s`` without use.

    A reaper thread (one per pool, only while connections are idle) closes them in place: the
    pool entry stays, and its next checkout reconnects, so the pool's size accounting never
    changes and no thread waiting for a connection is left waiting.
    """

    idle_release_s: float = IDLE_RELEASE_S

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_return = time.monotonic()
        self._reaper_lock = threading.Lock()
        self._reaper: threading.Thread | None = None

    def recreate(self) -> QueuePool:
        new = super().recreate()
        if isinstance(new, IdleReleasingPool):
            new.idle_release_s = self.idle_release_s
        return new

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        self._last_return = time.monotonic()
        super()._do_return_conn(record)
        with self._reaper_lock:
            if self._reaper is None:
                self._reaper = threading.Thread(target=_reap, args=(weakref.ref(self),),
                                                name="deskapp-idle-release", daemon=True)
                self._reaper.start()

    def release_idle(self) -> int:
        """Close every idle connection now; returns how many were open."""
        held: list[ConnectionPoolEntry] = []
        try:
            while True:
                held.append(self._pool.get(False))
        except util.queue.Empty:
            pass
        released = 0
        for record in held:
            try:
                if record.dbapi_connection is not None:
                    record.invalidate()  # closes it; the next checkout reconnects
                    released += 1
            finally:
                self._pool.put(record, False)
        return released


def _reap(ref: weakref.ref[IdleReleasingPool]) -> None:
    while True:
        pool = ref()
        if pool is None:
            return
        with pool._reaper_lock:
            wait = pool.idle_release_s - (time.monotonic() - pool._last_return)
            if wait <= 0:
                pool.release_idle()
                pool._reaper = None
                return
        del pool  # the pool of a disposed engine may go
        time.sleep(min(wait, 5.0))
