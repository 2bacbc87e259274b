"""A queue torn off as a wallboard: Ctrl+Shift+B in Service Operation, large counts (open,
breached, at risk), the oldest breach and the most urgent items, refreshed when the desk
changes; Ctrl+W closes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from deskapp.db.models import WorkItem
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.labels import count_text
from deskapp.ui.operation.view import OperationView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise", "grabbing the keyboard")
WAIT = 15_000


def test_the_wallboard_counts_and_follows_the_desk(qtbot: QtBot, view: OperationView,
                                                   ctx: UiContext,
                                                   sqlite_database: Database) -> None:
    made = [ctx.services.incidents.create({"title": f"Outage report {n}", "impact": 2,
                                           "urgency": 2}) for n in range(5)]
    now = datetime.now(UTC)
    with sqlite_database.uow() as uow:
        for item, (state, late_h) in zip(made, [("breached", 5), ("breached", 2),
                                                 ("warning", 0)], strict=False):
            uow.session.execute(update(WorkItem).where(WorkItem.id == item.id).values(
                sla_state=state, resolution_due_at=now - timedelta(hours=late_h)))
        uow.commit()
    view.queues.open_queue("all_open")
    qtbot.waitUntil(lambda: view.queues.model.rowCount() >= 5, timeout=WAIT)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=WAIT)
    view.queues.view.setFocus()
    qtbot.keyClick(view.queues.view, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(view.wallboards), timeout=WAIT)
    board = view.wallboards[0]
    qtbot.waitUntil(lambda: board.figures is not None, timeout=WAIT)
    assert board.isWindow() and board.windowTitle().startswith("Wallboard: ")
    count = board.figures.open if board.figures else -1
    assert board.open_tile.value.text() == count_text(count) and count >= 5
    assert board.breached_tile.value.text() == "2"
    assert board.risk_tile.value.text() == "1"
    first = made[0]
    assert board.oldest_tile.caption.text() == f"oldest breach: {first.number}"
    assert board.oldest_tile.value.text().startswith("5 h")
    assert board.table.rowCount() == min(count, 12)
    # a new item from elsewhere: live refresh pokes, the board reads again
    ctx.services.incidents.create({"title": "Badge reader dead at gate B", "impact": 1,
                                   "urgency": 1})
    board.poke()
    qtbot.waitUntil(lambda: board.figures is not None and board.figures.open == count + 1,
                    timeout=WAIT)
    assert board.open_tile.value.text() == count_text(count + 1)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board, timeout=WAIT)
    qtbot.keyClick(board, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.wallboards, timeout=WAIT)
