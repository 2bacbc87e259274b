"""Problems in Service Operation, driven as an agent would: a problem from three incidents
selected in the queue, its diagnosis typed in its form, the Known error step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from pytestqt.qtbot import QtBot

from deskapp.ui.context import UiContext
from deskapp.ui.operation.problem_form import ProblemEditor
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WAIT = 10_000


def _incidents(ctx: UiContext, desk: Desk, titles: list[str]) -> list[Any]:
    return [ctx.services.incidents.create({"title": t, "impact": 2, "urgency": 2,
                                           "service_id": desk.service_id}) for t in titles]


def _open_all(qtbot: QtBot, view: OperationView, rows: int) -> None:
    ws = view.queues
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: ws.model.row_at(rows - 1) is not None, timeout=WAIT)


def _problem_editor(qtbot: QtBot, view: OperationView) -> ProblemEditor:
    qtbot.waitUntil(lambda: isinstance(view.current_editor(), ProblemEditor), timeout=WAIT)
    editor = view.current_editor()
    assert isinstance(editor, ProblemEditor)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def test_problem_from_three_selected_incidents_reaches_known_error(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    made = _incidents(ctx, desk, ["Mail stuck in outbox", "Outbox not sending",
                                  "Mail queued for hours"])
    _open_all(qtbot, view, 3)
    ws = view.queues
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key.Key_A, CTRL)  # select all three
    qtbot.keyClick(ws.view, Qt.Key.Key_B, CTRL | ALT)  # New problem from selected incidents
    editor = _problem_editor(qtbot, view)
    assert editor.dto.linked_incidents == 3
    panel = editor.panel
    qtbot.waitUntil(lambda: panel.incidents.model.rowCount() == 3, timeout=WAIT)
    assert sorted(r.number for r in panel.incidents.rows()) == sorted(i.number for i in made)

    # Known error without a root cause: refused with the sentence, nothing saved
    known = editor.step_buttons["known_error"]
    qtbot.mouseClick(known, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "root cause" in editor.notice.text(), timeout=WAIT)
    assert ctx.services.problems.get(editor.dto.id).status == "new"

    qtbot.keyClicks(panel.root_cause, "The outbound relay rejects mail over 10 MB.")
    qtbot.keyClicks(panel.workaround, "Send large files as a OneDrive link.")
    panel.category.setCurrentIndex(panel.category.findData("Configuration error"))
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(panel.title, Qt.Key.Key_S, CTRL)
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(known, Qt.MouseButton.LeftButton)
    assert editor.dto.status == "known_error"
    saved = ctx.services.problems.get(editor.dto.id)
    assert saved.root_cause_category == "Configuration error"
    assert saved.workaround == "Send large files as a OneDrive link."


def test_new_problem_from_an_incident_form(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                           desk: Desk) -> None:
    (incident,) = _incidents(ctx, desk, ["Printer prints blank pages"])
    form = view.open_incident(incident.id, "incident")
    assert form is not None
    qtbot.waitUntil(lambda: form.dto is not None, timeout=WAIT)
    form.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow(), timeout=WAIT)
    form.panel.details.title.setFocus()
    qtbot.keyClick(form.panel.details.title, Qt.Key.Key_B, CTRL | ALT)
    editor = _problem_editor(qtbot, view)
    assert editor.dto.title == incident.title and editor.dto.linked_incidents == 1
    assert view.tabs.count() == 2


def _known_error(ctx: UiContext, desk: Desk) -> Any:
    made = _incidents(ctx, desk, ["Outbox stuck", "Mail not leaving", "Outbox full"])
    problems = ctx.services.problems
    problem = problems.create_from_incidents([i.id for i in made], title="Mail stuck in outbox")
    problem = problems.edit(problem.id, problem.version, {
        "root_cause": "Relay rejects large messages.",
        "workaround": "Send large files as a OneDrive link."})
    return problems.transition(problem.id, problem.version, "known_error")


def test_apply_a_known_errors_workaround_on_a_new_incident(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    known = _known_error(ctx, desk)
    (call,) = _incidents(ctx, desk, ["Cannot send the quarterly report"])
    form = view.open_incident(call.id, "incident")
    assert form is not None
    qtbot.waitUntil(lambda: form.dto is not None, timeout=WAIT)
    form.panel.details.title.setFocus()
    qtbot.keyClick(form.panel.details.title, Qt.Key.Key_W, CTRL | ALT)
    qtbot.waitUntil(lambda: form.panel.workaround_dialog is not None, timeout=WAIT)
    dialog = form.panel.workaround_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    assert dialog.chosen().number == known.number
    assert "OneDrive" in dialog.detail.toPlainText()
    assert not dialog.confirmed.isChecked()  # resolving is the caller's word
    box = dialog.confirmed  # a click on its box (the centre of a long label may be blank)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.dto is not None and form.dto.status == "resolved",
                    timeout=WAIT)
    steps = [(e.old_value, e.new_value) for e in ctx.services.work_items.history(call.id)
             if e.field == "status"]
    assert steps[-1] == ("new", "resolved")  # first-contact resolution
    assert ctx.services.problems.get(known.id).linked_incidents == 4


def test_known_errors_view_searches(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                    desk: Desk) -> None:
    known = _known_error(ctx, desk)
    view.queues.view.setFocus()
    qtbot.keyClick(view.queues.view, Qt.Key.Key_K, CTRL | SHIFT)
    page = view.known_errors
    assert view.top.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert known.number in page.detail.toPlainText()
    qtbot.keyClicks(page.search, "printer")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT)
    page.search.clear()
    qtbot.keyClicks(page.search, "onedrive")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = _problem_editor(qtbot, view)
    assert editor.dto.id == known.id


def test_declare_a_major_incident_and_link_two_children(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    outage, first, second = _incidents(ctx, desk, ["Email down for everyone",
                                                   "Cannot send mail", "Outlook offline"])
    form = view.open_incident(outage.id, "incident")
    assert form is not None
    qtbot.waitUntil(lambda: form.dto is not None, timeout=WAIT)
    major_box = form.panel.details.major
    assert major_box.isEnabled()  # this desk's person is a supervisor
    qtbot.mouseClick(major_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, major_box.height() // 2))
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.keyClick(form.panel.details.title, Qt.Key.Key_S, CTRL)
    assert form.dto.is_major

    _open_all(qtbot, view, 3)
    ws = view.queues
    rows = {ws.model.row_at(r).id: r for r in range(3)}
    selection = ws.view.selectionModel()
    for item in (first, second):
        selection.select(ws.model.index(rows[item.id], 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    view.link_to_major_action.trigger()  # Bulk > Link selected incidents to a major incident
    qtbot.waitUntil(lambda: view.link_dialog is not None, timeout=WAIT)
    view.link_dialog.setTextValue(outage.number)
    view.link_dialog.accept()
    qtbot.waitUntil(lambda: ctx.services.incidents.get(first.id).parent_id == outage.id,
                    timeout=WAIT)
    assert ctx.services.incidents.get(second.id).parent_id == outage.id

    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key.Key_J, CTRL | ALT)
    board = view.major_board
    assert view.top.currentWidget() is board
    qtbot.waitUntil(lambda: board.board is not None and len(board.board.children) == 2,
                    timeout=WAIT)
    assert board.model.rowCount() == 1
    # a stakeholder update through its dialog
    qtbot.mouseClick(board.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.dialog is not None, timeout=WAIT)
    dialog = board.dialog
    qtbot.keyClicks(dialog.body, "Mail relay down; next update in 30 minutes.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.board is not None and len(board.board.updates) == 1,
                    timeout=WAIT)
    assert board.updates_model.rowCount() == 1 and not board.warning.isVisible()
