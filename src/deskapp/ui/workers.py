"""Database work off the UI thread.

Shape borrowed from Anki's ``CollectionOp``/``QueryOp``: a view hands a plain callable (a service
call) to :class:`Runner`; it runs on a worker thread and the result or the error comes back on the
UI thread through signals. Views never block on the database and never see a traceback:
:class:`~deskapp.errors.DeskAppError` messages are shown as they are, anything else as a short
generic sentence (and logged).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, token: CancelToken,
                 with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.token = token
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:  # Override QRunnable::run (worker thread)
        try:
            if self.with_progress:
                result = self.fn(self.token, self.signals.progress.emit)
            else:
                result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
            if not isinstance(exc, DeskAppError | Cancelled):
                log.exception("background job failed")
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit(result)


class Runner(QObject):
    """Runs jobs on a small thread pool; ``busy_changed`` drives a status-bar indicator."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active = 0
        self._keep: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn()`` off the UI thread; callbacks run on the UI thread."""
        self._start(fn, on_success, on_error, None, CancelToken(), with_progress=False)

    def run_with_progress(
        self,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> CancelToken:
        """Long work: ``fn(token, progress)`` reports progress and checks ``token``."""
        token = CancelToken()
        self._start(fn, on_success, on_error, on_progress, token, with_progress=True)
        return token

    def _start(self, fn: Callable[..., Any], on_success: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None,
               on_progress: Callable[[int, int], None] | None, token: CancelToken,
               *, with_progress: bool) -> None:
        signals = _Signals()
        self._keep.add(signals)

        def done() -> None:
            self._keep.discard(signals)
            self._active -= 1
            if self._active == 0:
                self.busy_changed.emit(False)

        def ok(result: object) -> None:
            done()
            if on_success is not None:
                on_success(result)

        def bad(exc: BaseException) -> None:
            done()
            if on_error is not None:
                on_error(exc)

        signals.succeeded.connect(ok)
        signals.failed.connect(bad)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._active += 1
        if self._active == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(fn, signals, token, with_progress))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait for running jobs (their signals still need the loop)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return self._active > 0
