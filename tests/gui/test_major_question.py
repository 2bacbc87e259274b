"""Logging an incident on a service with an open major incident asks "this looks like INC-…, link
as child?": Yes links it, No (the default) leaves it alone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


def log_incident(qtbot: QtBot, view: OperationView, title: str) -> IncidentEditor:
    """Ctrl+N, type a title, choose the Email service, Ctrl+S; the editor once saved."""
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    editor = view.current_editor()
    assert isinstance(editor, IncidentEditor)
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    qtbot.keyClicks(editor.details.title, title)
    combo = editor.details.service
    qtbot.waitUntil(lambda: combo.findText("Email") >= 0, timeout=WAIT)
    combo.setCurrentIndex(combo.findText("Email"))
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(editor.details.title, Qt.Key.Key_S, CTRL)
    return editor


def question(qtbot: QtBot, editor: IncidentEditor) -> QMessageBox:
    qtbot.waitUntil(lambda: editor.major_question is not None
                    and editor.major_question.isVisible(), timeout=WAIT)
    box = editor.major_question
    assert box is not None
    return box


def declared_outage(ctx: UiContext, desk: Desk) -> Any:
    """An open major incident on the desk's Email service."""
    incidents = ctx.services.incidents
    outage = incidents.create({"title": "Email down for everyone", "impact": 1, "urgency": 1,
                               "service_id": desk.service_id})
    return ctx.services.major_incidents.declare(outage.id, outage.version)


def test_a_new_incident_is_offered_as_child_of_the_open_major_incident(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    incidents, majors = ctx.services.incidents, ctx.services.major_incidents
    outage = declared_outage(ctx, desk)

    # Yes: linked as a child, and the form shows its parent
    editor = log_incident(qtbot, view, "Cannot send mail")
    box = question(qtbot, editor)
    assert outage.number in box.text() and "Email down for everyone" in box.text()
    assert editor.dto is not None and editor.dto.number in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    child = editor.dto.id
    assert incidents.get(child).parent_id is None  # nothing changes before the answer
    with qtbot.waitSignal(editor.message, timeout=WAIT) as said:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert said.args[0] == f"{editor.dto.number} is now a child of {outage.number}."
    assert incidents.get(child).parent_id == outage.id
    qtbot.waitUntil(lambda: editor.dto is not None and editor.dto.parent_id == outage.id,
                    timeout=WAIT)
    assert [c.id for c in majors.board(outage.id).children] == [child]


def test_no_the_default_leaves_the_new_incident_alone_and_is_asked_once(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    incidents, majors = ctx.services.incidents, ctx.services.major_incidents
    outage = declared_outage(ctx, desk)
    other = log_incident(qtbot, view, "Outlook offline")
    box = question(qtbot, other)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: other.major_question is None, timeout=WAIT)
    assert other.dto is not None
    assert incidents.get(other.dto.id).parent_id is None
    with qtbot.waitSignal(other.saved, timeout=WAIT):  # a later save does not ask again
        qtbot.keyClicks(other.details.title, " (2nd floor)")
        qtbot.keyClick(other.details.title, Qt.Key.Key_S, CTRL)
    ctx.runner.wait_idle()
    qtbot.wait(300)
    assert other.major_question is None
    assert majors.board(outage.id).children == ()


def test_no_question_without_an_open_major_incident_on_the_service(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    incidents, majors = ctx.services.incidents, ctx.services.major_incidents
    outage = incidents.create({"title": "Email down", "impact": 1, "urgency": 1,
                               "service_id": desk.service_id})
    majors.declare(outage.id, outage.version)
    stood_down = incidents.get(outage.id)
    majors.declare(outage.id, stood_down.version, major=False)
    editor = log_incident(qtbot, view, "Cannot send mail")
    ctx.runner.wait_idle()
    qtbot.wait(300)
    assert editor.major_question is None
