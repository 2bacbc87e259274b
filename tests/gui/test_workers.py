"""The Runner: results, errors and progress come back on the UI thread, many jobs at once."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.errors import ValidationError
from deskapp.ui.queues.model import OneAtATime, SafeRunner
from deskapp.ui.workers import CancelToken, Runner


def test_many_jobs_deliver_every_result_and_error_on_the_ui_thread(qtbot: QtBot,
                                                                   qapp: QApplication) -> None:
    runner = Runner(qapp)
    ui_thread = threading.get_ident()
    got: dict[int, object] = {}
    threads: set[int] = set()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    def job(n: int) -> int:
        if n % 7 == 0:
            raise ValidationError(f"job {n} refused")
        return n * n

    def ok(n: int, value: object) -> None:
        threads.add(threading.get_ident())
        got[n] = value

    def bad(n: int, exc: BaseException) -> None:
        threads.add(threading.get_ident())
        got[n] = str(exc)

    # many short jobs: finished jobs are cleaned up while others still run (the crash the
    # per-job QObjects caused happened exactly there)
    for n in range(600):
        runner.run(lambda n=n: job(n), lambda v, n=n: ok(n, v), lambda e, n=n: bad(n, e))
    qtbot.waitUntil(lambda: len(got) == 600, timeout=20_000)
    assert threads == {ui_thread}
    assert got[3] == 9 and got[14] == "job 14 refused"
    assert not runner.busy and busy[0] is True and busy[-1] is False


def test_progress_and_cancel(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner(qapp)
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    started = threading.Event()

    def long_job(token: CancelToken, progress: object) -> None:
        for i in range(1000):
            progress(i, 1000)  # type: ignore[operator]
            started.set()
            token.check()
            threading.Event().wait(0.002)

    token = runner.run_with_progress(long_job, None, errors.append,
                                     lambda d, t: seen.append((d, t)))
    assert started.wait(5)
    token.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert type(errors[0]).__name__ == "Cancelled"
    assert seen and seen[0] == (0, 1000) and len(seen) < 1000


def test_cycle_collection_happens_on_the_ui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    """Garbage cycles holding Qt objects must never be collected by a worker thread."""
    import gc

    Runner(qapp)
    assert not gc.isenabled()  # automatic (any-thread) collection is off
    collected_on: set[int] = set()

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.add(threading.get_ident())

    gc.callbacks.append(watch)
    try:
        for _ in range(3000):  # plenty of cycles, made on the UI thread
            a: list[object] = []
            a.append(a)
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)
    finally:
        gc.callbacks.remove(watch)
    assert collected_on == {threading.get_ident()}


def test_what_a_job_held_is_freed_on_the_ui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    """The job's callable, its token and its result are released on the UI thread.

    Released on a pool thread, an object with a connected slot makes PySide disconnect there:
    the CI crash in QMetaObject::Connection's destructor after the attachment drop tests.
    """
    runner = Runner(qapp)
    freed_on: list[int] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    delivered: list[object] = []
    for _ in range(200):
        captured, result = Held(), Held()
        runner.run(lambda captured=captured, result=result: result,  # type: ignore[misc]
                   lambda value: delivered.append(type(value)))
        del captured, result
        progress_token = runner.run_with_progress(lambda token, progress: Held())
        del progress_token
    qtbot.waitUntil(lambda: len(freed_on) == 600 and not runner.busy, timeout=20_000)
    assert set(freed_on) == {threading.get_ident()}
    assert len(delivered) == 200


def test_writes_applied_at_once_land_in_the_order_they_were_made(qtbot: QtBot,
                                                                qapp: QApplication) -> None:
    """Two quick changes of one control: the older write is slow, the newer fast. Side by side
    the older landed last (the CI failure of the caller's language); one at a time the newest
    is the last written and the last answered, and an error does not stop the ones after it."""
    owner = QObject()
    writes = OneAtATime(SafeRunner(owner, Runner(qapp, max_threads=2)))
    landed: list[str] = []
    answered: list[str] = []
    running = threading.Semaphore(1)  # more than one write at once fails the test

    def write(value: str, seconds: float) -> str:
        assert running.acquire(blocking=False), "two writes ran at once"
        try:
            time.sleep(seconds)
            if value == "refused":
                raise ValidationError("refused")
            landed.append(value)
            return value
        finally:
            running.release()

    for value, seconds in (("English", 0.3), ("refused", 0.0), ("German", 0.0)):
        writes.run(lambda v=value, s=seconds: write(v, s), answered.append,
                   lambda exc: answered.append(f"error: {exc}"))
    qtbot.waitUntil(lambda: len(answered) == 3, timeout=10_000)
    assert landed == ["English", "German"]
    assert answered == ["English", "error: refused", "German"]
