"""Event-loop helpers for timing Qt views: wait for a condition, then for the paint after it.

Waiting runs a ``QEventLoop`` (never a busy ``processEvents`` spin), so the UI thread sleeps
while DeskApp's worker threads run: a spin would compete with them for the GIL and the cores.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0,
               poll_ms: int = 1) -> bool:
    """Run the event loop until ``condition()`` holds (checked every ``poll_ms``)."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    met = [False]

    def check() -> None:
        if condition():
            met[0] = True
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(poll_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return met[0]


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class PaintAfter(QObject):
    """Set ``done`` once a paint of ``widget`` has *finished* while ``ready()`` held.

    The filter sees the Paint event before the widget handles it; a zero-length timer started
    then fires after the paint, so the time taken includes painting the rows.
    """

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__()
        self.widget = widget
        self.ready = ready
        self.done = False
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.done and self.ready():
            QTimer.singleShot(0, self._finished)
        return False

    def _finished(self) -> None:
        if not self.done:
            self.done = True
            self.painted_at = time.perf_counter()

    def remove(self) -> None:
        self.widget.removeEventFilter(self)


def timed_paint(view: QAbstractItemView, action: Callable[[], object],
                ready: Callable[[], bool], timeout_s: float = 60.0) -> float | None:
    """Milliseconds from ``action()`` to the end of the first paint of ``view`` that shows what
    ``ready()`` checks for; None when it did not happen within ``timeout_s``."""
    probe = PaintAfter(view.viewport(), ready)
    t0 = time.perf_counter()
    # No forced update() here: it made the view repaint the *previous* rows before the new ones
    # arrived (7 ms with a full screen, competing with the worker for the interpreter), a paint
    # no person's action causes. The model's reset or dataChanged schedules the paint timed.
    action()
    ok = wait_until(lambda: probe.done, timeout_s)
    probe.remove()
    return (probe.painted_at - t0) * 1000 if ok else None


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_for_paint_widget(widget: QWidget, cap_s: float = 60.0) -> bool:
    """Show ``widget`` and run events until it has painted once."""
    probe = _Painted()
    widget.installEventFilter(probe)
    deadline = time.perf_counter() + cap_s
    widget.show()
    while not probe.painted and time.perf_counter() < deadline:
        QApplication.processEvents()
    QApplication.processEvents()
    widget.removeEventFilter(probe)
    return probe.painted


def visible_rows(view: QAbstractItemView) -> range:
    """The rows the view shows now (by geometry: fixed row height)."""
    model = view.model()
    count = model.rowCount()
    if count == 0:
        return range(0)
    first = max(0, view.rowAt(0))  # type: ignore[attr-defined]
    last = view.rowAt(view.viewport().height() - 1)  # type: ignore[attr-defined]
    if last < 0:
        last = count - 1
    return range(first, last + 1)
