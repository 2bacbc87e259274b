"""Canned responses typed into a real comment box: Ctrl+Shift+T in the conversation, type to
find, Enter inserts at the cursor with the placeholders filled; a value the item lacks is said
in a sentence and nothing is inserted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.services.templates import TemplateDraft
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.template_picker import TemplatePicker
from tests.gui.test_incident_form import opened
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 10_000


def _responses(ctx: UiContext) -> None:
    templates = ctx.services.templates
    templates.save(TemplateDraft("response", "Password reset done",
                                 "Hello {caller_first_name}, your password is reset "
                                 "({number}).", personal=False))
    templates.save(TemplateDraft("response", "Printer ticket received",
                                 "We have your printer call {number}.", personal=False))
    templates.save(TemplateDraft("response", "Dear caller", "Dear {caller},"))


def _picker(qtbot: QtBot, editor: object) -> TemplatePicker:
    canned = editor.canned  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: canned.picker is not None and canned.picker.isVisible(),
                    timeout=WAIT)
    return canned.picker


def test_ctrl_shift_t_types_a_canned_response_into_the_comment_box(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    _responses(ctx)
    incident = ctx.services.incidents.create({"title": "Password expired", "caller_id":
                                              desk.caller_id, "impact": 3, "urgency": 3})
    editor = opened(qtbot, view, incident.id)
    editor.tabs.setCurrentWidget(editor.comments)
    box = editor.comments.text
    box.setFocus()
    qtbot.keyClicks(box, "Thanks for calling. ")
    qtbot.keyClick(box, Qt.Key.Key_T, CTRL_SHIFT)
    picker = _picker(qtbot, editor)
    assert picker.list.count() == 3 and picker.list.item(0).text() == "Dear caller (mine)"
    qtbot.keyClicks(picker.filter, "passw")
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == [
        "Password reset done"]
    assert "{caller_first_name}" in picker.preview.toPlainText()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    expected = (f"Thanks for calling. Hello Casey, your password is reset "
                f"({incident.number}).")
    qtbot.waitUntil(lambda: box.toPlainText() == expected, timeout=WAIT)
    assert editor.canned.picker is None  # type: ignore[attr-defined]
    # the agent goes on typing where the response ends, and adds it as a comment
    qtbot.keyClicks(box, " Bye.")
    with qtbot.waitSignal(editor.comments.add_requested, timeout=WAIT) as blocker:
        qtbot.mouseClick(editor.comments.comment_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == expected + " Bye."


def test_arrows_choose_and_a_missing_caller_is_said_not_inserted(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    _responses(ctx)
    incident = ctx.services.incidents.create({"title": "Nobody called", "impact": 3,
                                              "urgency": 3})
    editor = opened(qtbot, view, incident.id)
    editor.tabs.setCurrentWidget(editor.comments)
    editor.comments.text.setFocus()
    qtbot.mouseClick(editor.comments.canned_button, Qt.MouseButton.LeftButton)
    picker = _picker(qtbot, editor)
    # Down from the filter moves the highlight without leaving the filter
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.current() is not None and picker.current().name == "Password reset done"
    assert picker.filter.hasFocus() or not QApplication.focusWidget()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    assert picker.current().name == "Dear caller"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    error = editor.comments.error
    qtbot.waitUntil(lambda: error.isVisible() and "has no caller yet" in error.text(),
                    timeout=WAIT)
    assert editor.comments.text.toPlainText() == ""
    # Esc closes the picker and inserts nothing
    view.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(editor.comments.text, Qt.Key.Key_T, CTRL_SHIFT)
    picker = _picker(qtbot, editor)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.canned.picker is None, timeout=WAIT)  # type: ignore[attr-defined]
    assert editor.comments.text.toPlainText() == ""


def test_a_new_item_asks_to_be_saved_first(qtbot: QtBot, view: OperationView) -> None:
    from tests.gui.test_incident_form import new_editor

    editor = new_editor(qtbot, view)
    editor.tabs.setCurrentWidget(editor.comments)
    editor.comments.canned_requested.emit()
    assert "Save the item first" in editor.comments.error.text()
    assert editor.canned.picker is None  # type: ignore[attr-defined]
