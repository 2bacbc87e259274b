"""The incident form driven by keyboard and mouse, on a real SQLite database."""

from __future__ import annotations

import re
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.dto import IncidentDTO
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.operation.conflict_dialog import CHOICE, FieldConflict
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.models import ChoiceListModel, HistoryModel
from deskapp.ui.operation.resolve_dialog import ResolveDialog
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.step_dialogs import PendingDialog, ReopenDialog
from tests.support.factories import Desk

# the offscreen platform cannot raise windows or grab the keyboard (the completion popup asks)
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


def new_editor(qtbot: QtBot, view: OperationView) -> IncidentEditor:
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    return editor


def opened(qtbot: QtBot, view: OperationView, incident_id: uuid.UUID) -> IncidentEditor:
    editor = view.open_incident(incident_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an entry with the keyboard: focus the combo, then arrow until it shows."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, key)


def save(qtbot: QtBot, editor: IncidentEditor) -> object:
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        qtbot.keyClick(editor.details.title, Qt.Key.Key_S, CTRL)
    return blocker.args[0]


def click_and_wait(qtbot: QtBot, editor: IncidentEditor, button: QWidget) -> object:
    assert button.isVisible() and button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def open_resolve(qtbot: QtBot, editor: IncidentEditor) -> ResolveDialog:
    """Resolve…: the dialog opens once the list's codes are read."""
    qtbot.mouseClick(editor.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.resolve_dialog is not None, timeout=WAIT)
    assert editor.resolve_dialog is not None
    return editor.resolve_dialog


def test_create_find_assign_pend_resolve_reopen(qtbot: QtBot, view: OperationView,
                                                 ctx: UiContext, desk: Desk) -> None:
    editor = new_editor(qtbot, view)
    assert editor.details.title.hasFocus()
    # no lifecycle step is offered before the incident exists
    assert not any(b.isVisible() for b in (editor.start_button, editor.pending_button,
                                           editor.resolve_button, editor.close_button))
    qtbot.keyClicks(editor.details.title, "Outlook crashes on start")
    assert editor.is_dirty() and view.tabs.tabText(0) == "New incident *"
    # caller: type, wait for the completion list, arrow down, Enter
    details = editor.details
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Cas")
    qtbot.waitUntil(lambda: details.completer.popup().isVisible(), timeout=WAIT)
    popup = details.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert details.caller is not None and details.caller.id == desk.caller_id
    assert details.caller_edit.text() == "Casey Caller"
    # service, then the CI list follows the service
    pick(qtbot, details.service, "Email")
    qtbot.waitUntil(lambda: details.ci.findText("mail-01") >= 0, timeout=WAIT)
    pick(qtbot, details.ci, "mail-01")
    # priority follows impact x urgency live
    assert "P3" in details.priority.text()
    pick(qtbot, details.impact, "1 - High")
    assert "P2" in details.priority.text()
    dto = save(qtbot, editor)
    assert dto.number == "INC-000001" and dto.priority == 2 and dto.status == "new"
    assert view.tabs.tabText(0) == "INC-000001" and not editor.is_dirty()
    saved = ctx.services.incidents.get(dto.id)
    assert (saved.caller.id, saved.service.id, saved.ci.id) == (desk.caller_id,
                                                                  desk.service_id, desk.ci_id)
    assert editor.start_button.isVisible() and editor.resolve_button.isVisible()
    assert not editor.pending_button.isVisible()  # New -> Pending is not a legal step

    # close the tab, find the incident in the queue, open it with Enter
    qtbot.keyClick(editor.details.title, Qt.Key.Key_W, CTRL)
    assert view.tabs.count() == 0
    ws = view.queues
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: ws.model.row_of(dto.id) is not None, timeout=WAIT)
    ws.view.setFocus()
    ws.view.setCurrentIndex(ws.model.index(ws.model.row_of(dto.id), 0))
    qtbot.keyClick(ws.view, Qt.Key.Key_Return)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.dto is not None, timeout=WAIT)
    assert editor.dto.id == dto.id

    # assign: team, then a member of that team
    details = editor.details
    pick(qtbot, details.team, "Service Desk")
    qtbot.waitUntil(lambda: details.assignee.findText("Morgan Member") >= 0, timeout=WAIT)
    pick(qtbot, details.assignee, "Morgan Member")
    dto = save(qtbot, editor)
    assert dto.status == "assigned" and dto.assignee.label == "Morgan Member"

    # Pending asks why: the resolution clock pauses and the panel says so in words
    qtbot.mouseClick(editor.pending_button, Qt.MouseButton.LeftButton)
    pending = editor.step_dialog
    assert isinstance(pending, PendingDialog) and not pending.ok_button.isEnabled()
    pending.reason.setCurrentIndex(pending.reason.findData("caller"))
    dto = click_and_wait(qtbot, editor, pending.ok_button)
    assert dto.status == "pending"
    resolution = editor.sla_panel.resolution
    assert resolution.state == "paused" and "PAUSED" in resolution.state_label.text()
    assert editor.start_button.text().replace("&", "") == "Resume work"

    # Resolve with the fields missing: inline messages, nothing saved
    dialog = open_resolve(qtbot, editor)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.code_error.isVisible()
    assert dialog.code_error.text() == "Choose a resolution code."
    assert dialog.notes_error.text() == "Enter resolution notes."
    assert ctx.services.incidents.get(dto.id).status == "pending"
    # ... then properly: code from the list, notes typed
    dialog.code.setFocus()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.notes, "Profile rebuilt; Outlook starts again.")
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dto = blocker.args[0]
    assert dto.status == "resolved" and dto.resolution_code == "Solved (permanently)"
    assert editor.reopen_button.isVisible() and editor.close_button.isVisible()
    assert not editor.pending_button.isVisible()

    # Reopen asks why
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    reopen = editor.step_dialog
    assert isinstance(reopen, ReopenDialog) and not reopen.ok_button.isEnabled()
    qtbot.keyClicks(reopen.reason, "Outlook crashes again on start")
    dto = click_and_wait(qtbot, editor, reopen.ok_button)
    assert dto.status == "in_progress" and dto.reopen_count == 1
    # the history tab reads names, not ids
    qtbot.waitUntil(lambda: editor.history.model.rowCount() >= 8, timeout=WAIT)
    model = editor.history.model
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(5)]
    assert "Morgan Member" in texts and "Pending" in texts and "Resolved" in texts


def test_client_and_service_validation_inline(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext) -> None:
    editor = new_editor(qtbot, view)
    details = editor.details
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.is_marked("title")
    assert details.error_text("title") == "Enter a title."
    assert editor.notice.full_text() == "Not saved: Enter a title."
    assert details.title.hasFocus()
    qtbot.keyClicks(details.title, "x" * 205)
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.error_text("title") == \
        "The title is 205 characters long; the limit is 200."
    # a caller typed but not picked from the list is refused before saving
    details.title.setText("Printer offline")
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Nobody Known")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.is_marked("caller_id")
    assert not details.is_marked("title")
    ctx.runner.wait_idle()
    assert ctx.services.incidents.count() == 0


def test_service_side_validation_shown_inline(qtbot: QtBot, view: OperationView,
                                             ctx: UiContext, desk: Desk) -> None:
    dto = ctx.services.incidents.create({"title": "VPN drops", "impact": 2, "urgency": 2})
    editor = opened(qtbot, view, dto.id)
    details = editor.details
    # an assignee who is not in the chosen team: the service refuses, the field says why
    outsider = next(c for c in ctx.services.reference.staff() if c.label == "Olly Outsider")
    pick(qtbot, details.team, "Service Desk")
    qtbot.waitUntil(lambda: details.assignee.findText("Morgan Member") >= 0, timeout=WAIT)
    details.assignee.addItem(outsider.label, outsider.id)  # stale list entry
    pick(qtbot, details.assignee, "Olly Outsider")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: details.is_marked("assignee_id"), timeout=WAIT)
    assert "not a member" in details.error_text("assignee_id")
    assert editor.is_dirty()
    assert ctx.services.incidents.get(dto.id).version == dto.version


def test_comments_and_work_notes(qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    dto = ctx.services.incidents.create({"title": "Teams echo", "impact": 3, "urgency": 3})
    editor = opened(qtbot, view, dto.id)
    editor.tabs.setCurrentWidget(editor.comments)
    comments = editor.comments
    qtbot.mouseClick(comments.note_button, Qt.MouseButton.LeftButton)
    assert comments.error.isVisible() and "required" in comments.error.text()
    comments.text.setFocus()
    qtbot.keyClicks(comments.text, "Checked the headset driver.")
    qtbot.mouseClick(comments.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: comments.comment_count() == 1, timeout=WAIT)
    qtbot.keyClicks(comments.text, "We are looking into it.")
    qtbot.mouseClick(comments.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: comments.comment_count() == 2, timeout=WAIT)
    kinds = [e.kind for e in comments.shown if e.kind != "change"]
    assert kinds == ["work_note", "comment"]
    assert comments.text.toPlainText() == ""
    stored = ctx.services.incidents.comments(dto.id)
    assert [(c.body, c.work_note) for c in stored] == [
        ("Checked the headset driver.", True), ("We are looking into it.", False)]
    # a reply to the caller is the first response: the response clock stopped
    qtbot.waitUntil(lambda: editor.sla_panel.response.state in ("met", "breached"),
                    timeout=WAIT)
    # a stopped clock has nothing left to count down; times read as durations everywhere do
    response = editor.sla_panel.response
    assert response.remaining.isHidden() and response.remaining_caption.isHidden()
    assert not editor.sla_panel.resolution.remaining.isHidden()
    for label in (response.target, response.elapsed, editor.sla_panel.resolution.remaining):
        assert re.fullmatch(r"\d+ min|\d+ h \d\d min|\d+ d \d+ h", label.text()), label.text()


def test_edit_conflict_from_second_connection(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext, desk: Desk,
                                              qapp: QApplication) -> None:
    dto = ctx.services.incidents.create({"title": "Laptop slow", "impact": 2, "urgency": 2,
                                         "category": "Hardware"})
    editor = opened(qtbot, view, dto.id)
    # someone else, on their own connection, changes title and category
    other_db = open_database(ctx.database.engine.url)
    try:
        other = Services.build(other_db.uow, ensure_staff(other_db.uow, "second", "Sam Second"))
        other.incidents.update(dto.id, dto.version, {"title": "Laptop very slow since update",
                                                     "category": "Software"})
    finally:
        other_db.dispose()
    details = editor.details
    details.title.selectAll()
    qtbot.keyClicks(details.title, "Laptop slow after docking")
    details.description.setFocus()
    qtbot.keyClicks(details.description, "Fan runs constantly.")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=WAIT)
    dialog = editor.conflict_dialog
    assert dialog is not None
    assert "Sam Second" in dialog.intro.text() and "Sam Second" in editor.notice.text()
    rows = {r.field: r for r in dialog.model.rows}
    assert set(rows) == {"title", "description", "category"}
    assert rows["title"].both_changed and not rows["title"].take_theirs
    assert not rows["description"].take_theirs  # only mine changed
    assert rows["category"].take_theirs  # only theirs changed
    assert rows["title"].theirs_text == "Laptop very slow since update"
    # take their title: Space on the row's "Use theirs" cell
    title_row = [r.field for r in dialog.model.rows].index("title")
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(title_row, CHOICE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.model.rows[title_row].take_theirs
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    merged = blocker.args[0]
    stored = ctx.services.incidents.get(dto.id)
    assert stored.title == "Laptop very slow since update"  # theirs, as chosen
    assert stored.description == "Fan runs constantly."  # mine kept
    assert stored.category == "Software"  # their other change kept
    assert merged.version == stored.version == dto.version + 2
    assert not editor.is_dirty() and details.title.text() == stored.title


def test_discard_prompt_keeps_or_drops_edits(qtbot: QtBot, view: OperationView) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    editor = new_editor(qtbot, view)
    qtbot.keyClicks(editor.details.title, "Half typed")

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(b for b in view.findChildren(QMessageBox, "discardBox") if b.isVisible())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor.details.title, Qt.Key.Key_W, CTRL)
    assert view.tabs.count() == 1 and editor.details.title.text() == "Half typed"
    view.activateWindow()  # the closed message box had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=WAIT)
    editor.details.title.setFocus()
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor.details.title, Qt.Key.Key_W, CTRL)
    assert view.tabs.count() == 0


def test_item_models_pass_model_tester(qtmodeltester: object, ctx: UiContext,
                                       desk: Desk) -> None:
    from deskapp.ui.operation.conflict_dialog import ConflictModel

    choices = ChoiceListModel()
    choices.set_choices(ctx.services.reference.callers("Cas"))
    qtmodeltester.check(choices)  # type: ignore[attr-defined]
    dto = ctx.services.incidents.create({"title": "Disk full", "impact": 1, "urgency": 2})
    ctx.services.incidents.add_comment(dto.id, "line one\nline two", work_note=True)
    history = HistoryModel()
    history.set_rows(ctx.services.incidents.readable_history(dto.id))
    qtmodeltester.check(history)  # type: ignore[attr-defined]
    conflict = ConflictModel([FieldConflict("title", "Title", "a", "a", "b", "b", True, False)])
    qtmodeltester.check(conflict)  # type: ignore[attr-defined]


def test_unknown_caller_closes_the_popup_then_new_caller_creates_and_selects(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    from deskapp.ui.operation.caller_dialog import NewCallerDialog

    editor = new_editor(qtbot, view)
    details = editor.details
    qtbot.keyClicks(details.title, "Monitor flickers")
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Cas")
    qtbot.waitUntil(lambda: details.completer.popup().isVisible(), timeout=WAIT)
    qtbot.keyClicks(details.caller_edit, "sandra Newman")  # nobody matches any more
    qtbot.waitUntil(lambda: not details.completer.popup().isVisible(), timeout=WAIT)
    ctx.runner.wait_idle()
    assert details.caller_model.rowCount() == 0
    # the next keys reach the field, not an invisible popup
    qtbot.keyClick(details.caller_edit, Qt.Key.Key_Backspace)
    assert details.caller_edit.text() == "Cassandra Newma"
    qtbot.keyClicks(details.caller_edit, "n")

    # Ctrl+Shift+N opens the dialog with the typed name
    qtbot.keyClick(details.caller_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = editor.caller_dialog
    assert isinstance(dialog, NewCallerDialog) and dialog.isVisible()
    assert dialog.full_name.text() == "Cassandra Newman"
    # a missing name and a bad address are refused inline; editing a field clears its message
    dialog.full_name.selectAll()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.email, "cassandra-at-example")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["full_name"].isVisible() and "required" in \
        dialog.errors["full_name"].text()
    assert "name@example.com" in dialog.errors["email"].text()
    assert dialog.focusWidget() is dialog.full_name
    qtbot.keyClicks(dialog.full_name, "Cassandra Newman")
    assert not dialog.errors["full_name"].isVisible()
    assert dialog.errors["email"].isVisible()
    dialog.email.selectAll()
    qtbot.keyClicks(dialog.email, "cassandra@example.com")
    assert not dialog.errors["email"].isVisible()
    qtbot.keyClicks(dialog.organisation, "Acme Ltd")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert details.caller is not None and details.caller.label == "Cassandra Newman"
    assert details.caller_edit.text() == "Cassandra Newman"
    assert not details.is_marked("caller_id")
    dto = click_and_wait(qtbot, editor, editor.save_button)
    assert isinstance(dto, IncidentDTO)
    assert dto.caller is not None and dto.caller.id == details.caller.id
    assert [c.label for c in ctx.services.reference.callers("cassandra")] == \
        ["Cassandra Newman"]


def test_new_caller_button_has_a_mnemonic_and_the_error_clears_on_edit(
        qtbot: QtBot, view: OperationView) -> None:
    editor = new_editor(qtbot, view)
    details = editor.details
    assert "&" in details.new_caller_button.text()
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.is_marked("title")
    qtbot.keyClicks(details.title, "Printer")
    assert not details.is_marked("title")  # corrected: the message goes at once
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Nobody Known")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.is_marked("caller_id")
    assert "New caller" in details.error_text("caller_id")
    details.caller_edit.setFocus()
    qtbot.keyClick(details.caller_edit, Qt.Key.Key_Backspace)
    assert not details.is_marked("caller_id")
    qtbot.mouseClick(details.new_caller_button, Qt.MouseButton.LeftButton)
    assert editor.caller_dialog is not None and editor.caller_dialog.isVisible()
    assert editor.caller_dialog.full_name.text() == "Nobody Know"
    editor.caller_dialog.reject()


# -- issue 13: limits, stale messages, a form that stays put, resolution codes ---------------

#: what stretches with the space the view gives the form (the queue above it may take a few
#: pixels more or less): their height is not a field moving
_STRETCHING = {"tabs", "description"}


def _positions(editor: IncidentEditor) -> dict[str, tuple[int, ...]]:
    """Where every field and the tabs sit, in the editor's coordinates."""
    widgets = {w.objectName() or type(w).__name__: w for w in editor.details.tab_order()}
    widgets["tabs"] = editor.tabs
    out = {}
    for name, w in widgets.items():
        top_left = w.mapTo(editor, w.rect().topLeft())
        out[name] = (top_left.x(), top_left.y(), w.width()) + (
            () if name in _STRETCHING else (w.height(),))
    return out


def test_a_title_over_the_limit_is_never_cut(qtbot: QtBot, view: OperationView,
                                            ctx: UiContext) -> None:
    editor = new_editor(qtbot, view)
    details = editor.details
    counter = details.title_counter
    qtbot.keyClicks(details.title, "x" * 150)
    assert not counter.isVisible()  # far from the limit: no counter
    qtbot.keyClicks(details.title, "x" * 10)
    assert counter.isVisible() and counter.text() == "160 / 200"
    QApplication.clipboard().setText("y" * 300)
    details.title.selectAll()
    qtbot.keyClick(details.title, Qt.Key.Key_V, CTRL)
    assert len(details.title.text()) == 300  # was cut to 250 while the message said 200
    assert counter.text() == "300 / 200" and "100 characters too long" in counter.toolTip()
    details.category.setFocus()
    qtbot.keyClicks(details.category.lineEdit(), "c" * 90)
    assert len(details.category.currentText()) == 90  # was cut to 80
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert details.error_text("title") == "The title is 300 characters long; the limit is 200."
    assert details.error_text("category") == "The category is 90 characters long; the limit " \
        "is 60."
    ctx.runner.wait_idle()
    assert ctx.services.incidents.count() == 0


def test_not_saved_goes_once_its_causes_are_corrected(qtbot: QtBot, view: OperationView,
                                                      ctx: UiContext, desk: Desk) -> None:
    editor = new_editor(qtbot, view)
    details = editor.details
    shown: list[str] = []
    editor.message.connect(shown.append)
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert editor.notice.full_text() == "Not saved: Enter a title."
    qtbot.keyClicks(details.title, "P")  # the cause is gone, and so is the message
    assert editor.notice.full_text() == "" and editor.notice.text() == ""
    assert shown[-1] == ""  # the status bar's copy too
    # two causes: the message keeps the one still standing
    details.title.clear()
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Nobody Known")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert editor.notice.full_text().startswith("Not saved: Enter a title. Pick the caller")
    qtbot.keyClicks(details.title, "Printer offline")
    assert editor.notice.full_text().startswith("Not saved: Pick the caller")
    details.caller_edit.clear()
    qtbot.keyClicks(details.caller_edit, "x")
    qtbot.keyClick(details.caller_edit, Qt.Key.Key_Backspace)
    assert editor.notice.full_text() == ""
    # a message that is not about a field stays until the form shows another state
    save(qtbot, editor)
    assert editor.notice.full_text() == ""


def test_messages_appear_without_moving_the_fields(qtbot: QtBot, view: OperationView,
                                                  ctx: UiContext, desk: Desk) -> None:
    editor = new_editor(qtbot, view)
    details = editor.details
    before = _positions(editor)
    caller_at = details.caller_edit.mapTo(editor, details.caller_edit.rect().center())
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Nobody Known")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)  # no title, caller not picked
    assert details.is_marked("title") and details.is_marked("caller_id")
    assert editor.notice.full_text().startswith("Not saved: Enter a title.")
    assert _positions(editor) == before
    # the click meant for Caller lands on Caller (it opened the Service list)
    target = editor.childAt(caller_at)
    assert target is details.caller_edit
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(editor, caller_at))
    assert details.caller_edit.hasFocus() and not details.service.view().isVisible()
    # a service-side refusal on an existing incident moves nothing either
    dto = ctx.services.incidents.create({"title": "VPN drops", "impact": 2, "urgency": 2})
    editor = opened(qtbot, view, dto.id)
    details = editor.details
    before = _positions(editor)
    outsider = next(c for c in ctx.services.reference.staff() if c.label == "Olly Outsider")
    pick(qtbot, details.team, "Service Desk")
    qtbot.waitUntil(lambda: details.assignee.findText("Morgan Member") >= 0, timeout=WAIT)
    details.assignee.addItem(outsider.label, outsider.id)
    pick(qtbot, details.assignee, "Olly Outsider")
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: details.is_marked("assignee_id"), timeout=WAIT)
    assert "not a member" in details.assignee.toolTip()
    assert _positions(editor) == before


def test_resolve_offers_the_active_codes_and_the_form_shows_the_resolution(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    codes = ctx.services.resolution_codes
    costly = next(c for c in codes.active() if c.code == "Not solved (too costly)")
    codes.retire(costly.id, costly.version)
    dto = ctx.services.incidents.create({"title": "Scanner jams", "impact": 3, "urgency": 3})
    editor = opened(qtbot, view, dto.id)
    assert not editor.details.resolution.isVisible()
    dialog = open_resolve(qtbot, editor)
    combo = dialog.code
    assert not combo.isEditable() and combo.currentIndex() == -1  # no choice made for you
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [c.code for c in codes.active()] and costly.code not in offered
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == codes.active()[0].description
    # Enter on the untouched dialog resolves nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.code_error.text() == "Choose a resolution code."
    assert dialog.notes_error.text() == "Enter resolution notes."
    assert dialog.isVisible() and ctx.services.incidents.get(dto.id).status == "new"
    pick(qtbot, combo, "Solved (workaround)")
    assert not dialog.code_error.isVisible()  # the cause is gone
    qtbot.keyClicks(dialog.notes, "Fed the paper by hand; roller ordered.")
    assert not dialog.notes_error.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    panel = editor.details.resolution
    qtbot.waitUntil(lambda: "Gui Agent" in panel.resolved.text(), timeout=WAIT)
    assert panel.isVisible()
    assert panel.code.text() == "Solved (workaround)"
    assert panel.notes.text() == "Fed the paper by hand; roller ordered."
    resolved = ctx.services.incidents.get(dto.id)
    assert resolved.resolved_at is not None
    assert resolved.resolved_at.astimezone().strftime("%Y-%m-%d %H:%M") in panel.resolved.text()
    # the code is retired later: the item keeps it and says so
    workaround = next(c for c in codes.active() if c.code == "Solved (workaround)")
    codes.retire(workaround.id, workaround.version)
    editor.reload()
    qtbot.waitUntil(lambda: "(retired)" in panel.code.text(), timeout=WAIT)
    assert panel.code.text() == "Solved (workaround) (retired)"
