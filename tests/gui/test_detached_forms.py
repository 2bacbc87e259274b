"""Items in windows of their own: Ctrl+Shift+W takes the current form out of the tabs into a
window, opening the same item again brings that window forward, Ctrl+Shift+W in the window
puts it back, and the window's place is remembered for this screen set-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.ui.context import UiContext
from deskapp.ui.operation.detached import screen_setup
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.form_shell import WorkItemForm

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise", "grabbing the keyboard",
                                      "does not support setParent")
WAIT = 15_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot: QtBot, view: OperationView, ctx: UiContext, title: str) -> WorkItemForm:
    item = ctx.services.incidents.create({"title": title, "impact": 2, "urgency": 2})
    editor = view.open_incident(item.id)
    assert isinstance(editor, WorkItemForm)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def test_a_form_goes_into_its_own_window_and_back(qtbot: QtBot, view: OperationView,
                                                  ctx: UiContext) -> None:
    first = _open(qtbot, view, ctx, "Laptop battery swells")
    second = _open(qtbot, view, ctx, "Projector in room 2 flickers")
    assert view.current_editor() is second
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=WAIT)
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: second.isWindow() and second.isVisible(), timeout=WAIT)
    assert view.tabs.count() == 1 and view.current_editor() is first
    assert second.windowTitle().startswith(second.dto.number if second.dto else "?")
    assert set(view.editors()) == {first, second}
    # opening the item again (a search hit, a notification) brings its window forward
    assert view.open_incident(second.shown_id) is second
    assert view.tabs.count() == 1
    # it is still the same form: edits there are saved as anywhere
    second.move(QPoint(210, 140))
    qtbot.waitUntil(lambda: second.pos() == QPoint(210, 140), timeout=WAIT)
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=WAIT)
    qtbot.keyClick(second, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not second.isWindow(), timeout=WAIT)
    assert view.tabs.count() == 2 and view.current_editor() is second
    assert view.detached.editors() == []
    # out again: the window comes back where it was on this screen set-up
    view.tabs.setCurrentWidget(second)
    view.detach_current()
    qtbot.waitUntil(lambda: second.isWindow() and second.isVisible(), timeout=WAIT)
    assert second.pos() == QPoint(210, 140)
    assert screen_setup()  # a key for the screens attached
    # closing its window (Esc) closes the item; nothing is left behind
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=WAIT)
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.detached.editors() == [], timeout=WAIT)
    assert view.editors() == [first]


def test_closing_desk_closes_the_windows_too(qtbot: QtBot, view: OperationView,
                                             ctx: UiContext) -> None:
    editor = _open(qtbot, view, ctx, "Shared drive is read-only")
    view.detach_current()
    qtbot.waitUntil(lambda: editor.isWindow() and editor.isVisible(), timeout=WAIT)
    assert view.can_close()
    view.shutdown()
    qtbot.waitUntil(lambda: view.detached.editors() == [], timeout=WAIT)
