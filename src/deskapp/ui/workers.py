"""Database work off the UI thread.

Shape borrowed from Anki's ``CollectionOp``/``QueryOp``: a view hands a plain callable (a service
call) to :class:`Runner`; it runs on a worker thread and the result or the error comes back on the
UI thread through signals. Views never block on the database and never see a traceback:
:class:`~deskapp.errors.DeskAppError` messages are shown as they are, anything else as a short
generic sentence (and logged).
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, QTimer, Signal

from deskapp.errors import DeskAppError

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong ({kind}); nothing was saved. Try again, or see the log."


def user_message(exc: BaseException) -> str:
    if isinstance(exc, DeskAppError):
        return str(exc)
    return UNEXPECTED.format(kind=type(exc).__name__)


class Cancelled(Exception):
    """Raised inside a job when the person pressed Cancel."""


class CancelToken:
    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class _Bridge(QObject):
    """The one QObject workers talk to: it lives on the UI thread for the Runner's lifetime.

    Jobs used to be QRunnable subclasses that each owned a signals QObject. When the pool
    auto-deleted a finished runnable on its worker thread, that QObject (owned by the UI
    thread) could be destroyed there, racing the UI thread: a segmentation fault in a pooled
    thread, seen twice in the 1M benchmarks (the same bug novelWriter fixed in #2926). Now a
    job is a plain callable, nothing Qt is created or destroyed off the UI thread, and only the
    job number travels on this object's signals: the outcome waits in the Runner's outbox so
    that the last reference to it (and to the job's callable and token) is dropped on the UI
    thread (see ``Runner._start``).
    """

    done = Signal(int)  # the outcome waits in the Runner's outbox
    progress = Signal(int, int, int)


class MainThreadGc(QObject):
    """Python's cycle collector runs on the UI thread only.

    Left automatic, it runs in whichever thread happens to allocate when a threshold is
    crossed: often a worker reading rows. If the garbage then holds a Qt object (a closed
    dialog kept in a cycle by a connected lambda, say), its C++ destructor runs on that worker
    thread, which Qt does not allow: the 1M benchmark died that way ("Garbage-collecting" in a
    pool thread). So automatic collection is switched off and this timer collects, generation
    by generation with Python's own thresholds, on the UI thread. Reference counting (which
    frees almost everything) is untouched. One per process: the collector is global.
    """

    _installed: MainThreadGc | None = None

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        gc.disable()

    @classmethod
    def install(cls) -> None:
        app = QCoreApplication.instance()
        if app is None or cls._installed is not None:
            return
        if QThread.currentThread() is not app.thread():
            return  # only the UI thread may own it
        cls._installed = cls(app)

    def check(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest generation due also collects the younger
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


@dataclass
class _Callbacks:
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    fn: Callable[..., Any] | None = None
    token: CancelToken | None = None


class Runner(QObject):
    """Runs jobs on a small thread pool; ``busy_changed`` drives a status-bar indicator."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._bridge = _Bridge(self)  # owned by the Runner on the C++ side
        self._bridge.done.connect(self._done)
        self._bridge.progress.connect(self._progress)
        self._jobs: dict[int, _Callbacks] = {}
        self._outbox: dict[int, tuple[bool, object]] = {}
        self._lock = threading.Lock()
        self._next = itertools.count(1)
        MainThreadGc.install()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn()`` off the UI thread; callbacks run on the UI thread."""
        self._start(fn, _Callbacks(on_success, on_error, None), CancelToken(),
                    with_progress=False)

    def run_with_progress(
        self,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> CancelToken:
        """Long work: ``fn(token, progress)`` reports progress and checks ``token``."""
        token = CancelToken()
        self._start(fn, _Callbacks(on_success, on_error, on_progress), token,
                    with_progress=True)
        return token

    def _start(self, fn: Callable[..., Any], callbacks: _Callbacks, token: CancelToken,
               *, with_progress: bool) -> None:
        job = next(self._next)
        callbacks.fn, callbacks.token = fn, token  # the UI thread keeps them until delivery
        self._jobs[job] = callbacks
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        bridge, outbox, lock = self._bridge, self._outbox, self._lock
        handed: list[Any] = [fn, token]

        def work() -> None:  # on a pool thread
            job_fn, job_token = handed
            handed.clear()
            try:
                if with_progress:
                    outcome: tuple[bool, object] = (True, job_fn(job_token, (
                        lambda done, total: bridge.progress.emit(job, done, total))))
                else:
                    outcome = (True, job_fn())
            except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
                if not isinstance(exc, DeskAppError | Cancelled):
                    log.exception("background job failed")
                outcome = (False, exc)
            with lock:
                outbox[job] = outcome
            # Drop this thread's references before telling the UI thread: the last reference
            # to anything the job touched (a token whose cancel() is connected to a dialog, a
            # result holding a Qt wrapper) must go on the UI thread. Dropped here, Python
            # would run PySide's disconnect callbacks on this thread: a segfault in
            # QMetaObject::Connection's destructor, seen in CI.
            del outcome, job_fn, job_token
            try:
                bridge.done.emit(job)
            except RuntimeError:  # the Runner (and its bridge) went away during the job
                log.debug("background job finished after its runner was deleted")

        self._pool.start(work)

    def _finish(self, job: int) -> _Callbacks | None:
        callbacks = self._jobs.pop(job, None)
        if callbacks is not None and not self._jobs:
            self.busy_changed.emit(False)
        return callbacks

    def _done(self, job: int) -> None:
        with self._lock:
            ok, payload = self._outbox.pop(job, (True, None))
        callbacks = self._finish(job)
        if callbacks is None:
            return
        if ok and callbacks.on_success is not None:
            callbacks.on_success(payload)
        elif not ok and callbacks.on_error is not None:
            assert isinstance(payload, BaseException)
            callbacks.on_error(payload)

    def _progress(self, job: int, done: int, total: int) -> None:
        callbacks = self._jobs.get(job)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait for running jobs (their signals still need the loop)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)
