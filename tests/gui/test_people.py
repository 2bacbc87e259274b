"""Callers driven through the UI (issue 13): the New caller dialog's duplicate warning and
e-mail/phone checks, caller completion that tells namesakes apart, and the "Callers and
organisations" window's edits and merges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from deskapp.db.models import Person
from deskapp.runtime import Database
from deskapp.services.reference import CallerDraft
from deskapp.ui.context import UiContext
from deskapp.ui.operation.caller_dialog import NewCallerDialog
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.merge_dialog import MergeDialog
from deskapp.ui.operation.people_dialog import (
    CallerLinesModel,
    OrganisationsModel,
    PeopleDialog,
    _Page,
)
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard",
                                       "does not support activateWindow")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
WAIT = 10_000


def people_count(db: Database) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)


def new_caller_dialog(qtbot: QtBot, view: OperationView) -> tuple[IncidentEditor,
                                                                    NewCallerDialog]:
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    editor.details.caller_edit.setFocus()
    qtbot.keyClick(editor.details.caller_edit, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = editor.caller_dialog
    assert isinstance(dialog, NewCallerDialog) and dialog.isVisible()
    return editor, dialog


def type_caller(qtbot: QtBot, dialog: NewCallerDialog, name: str, email: str = "",
                phone: str = "") -> None:
    qtbot.keyClicks(dialog.full_name, name)
    qtbot.keyClicks(dialog.email, email)
    qtbot.keyClicks(dialog.phone, phone)


def test_an_exact_duplicate_is_offered_and_use_existing_returns_it_to_the_form(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk,
        sqlite_database: Database) -> None:
    editor, dialog = new_caller_dialog(qtbot, view)
    type_caller(qtbot, dialog, "Casey Caller", "CASEY@example.com")  # the desk's caller
    qtbot.mouseClick(dialog.ok_button, LEFT)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert "Casey Caller already has the e-mail casey@example.com" in panel.message.text()
    assert panel.list.item(0).text() == "Casey Caller — casey@example.com"
    assert dialog.isVisible() and people_count(sqlite_database) == 1
    assert panel.use_button.hasFocus()  # Enter takes the safe answer
    qtbot.keyClick(panel.use_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    details = editor.details
    assert details.caller is not None and details.caller.id == desk.caller_id
    assert details.caller_edit.text() == "Casey Caller"
    assert people_count(sqlite_database) == 1


def test_same_name_and_phone_warns_and_create_anyway_adds_a_second_caller(
        qtbot: QtBot, view: OperationView, ctx: UiContext,
        sqlite_database: Database) -> None:
    first = ctx.services.reference.create_caller(
        CallerDraft("Robin Hale", phone="+44 20 7946 0000", organisation="Acme Ltd"))
    editor, dialog = new_caller_dialog(qtbot, view)
    type_caller(qtbot, dialog, "robin hale", phone="+44 (20) 7946-0000")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    panel = dialog.duplicates
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert "same name and phone" in panel.message.text()
    assert panel.list.item(0).text() == "Robin Hale — Acme Ltd"
    # editing a field withdraws the question: it was about the old values
    qtbot.keyClicks(dialog.email, "x")
    assert not panel.isVisible()
    qtbot.keyClick(dialog.email, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    qtbot.mouseClick(panel.go_ahead_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    details = editor.details
    assert details.caller is not None and details.caller.id != first.id
    assert people_count(sqlite_database) == 3  # the desk's caller, Robin and the new Robin


def test_bad_phone_and_email_are_refused_inline(qtbot: QtBot, view: OperationView,
                                                 sqlite_database: Database) -> None:
    _editor, dialog = new_caller_dialog(qtbot, view)
    type_caller(qtbot, dialog, "Pat Doe", "pat@example", "call me")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "name@example.com" in dialog.errors["email"].text()
    assert "digits" in dialog.errors["phone"].text()
    assert dialog.errors["phone"].isVisible() and dialog.ok_button.isEnabled()
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "1234")
    assert not dialog.errors["phone"].isVisible()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "at least 5" in dialog.errors["phone"].text()
    assert people_count(sqlite_database) == 1
    dialog.reject()


def test_completion_rows_show_email_and_organisation(qtbot: QtBot, view: OperationView,
                                                      ctx: UiContext) -> None:
    ctx.services.reference.create_caller(CallerDraft("Alex Kim", "alex@acme.test",
                                                     organisation="Acme Ltd"))
    ctx.services.reference.create_caller(CallerDraft("Alex Kim", "akim@globex.test"))
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    details = editor.details
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Alex")
    qtbot.waitUntil(lambda: details.completer.popup().isVisible(), timeout=WAIT)
    model = details.caller_model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Alex Kim — akim@globex.test", "Alex Kim — alex@acme.test · Acme Ltd"]
    assert model.index(1, 0).data(Qt.ItemDataRole.EditRole) == "Alex Kim"


# -- the "Callers and organisations" window ------------------------------------------------------

def open_people(qtbot: QtBot, view: OperationView) -> PeopleDialog:
    view.queues.view.setFocus()
    qtbot.keyClick(view.queues.view, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = view.people_dialog
    assert isinstance(dialog, PeopleDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def select_rows(table: QTableView, *rows: int) -> None:
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(table.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def keep(qtbot: QtBot, merge: MergeDialog, index: int) -> None:
    """Click the radio button's circle (a click right of a short label misses it)."""
    button = merge.keep_buttons.button(index)
    qtbot.mouseClick(button, LEFT, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def find(qtbot: QtBot, page: _Page, text: str, rows: int) -> None:
    """Type in Find and wait for that search's rows (not the list shown before it)."""
    page.find.setFocus()
    page.find.selectAll()
    qtbot.keyClicks(page.find, text)
    qtbot.waitUntil(lambda: not page.search_timer.isActive() and not page.ctx.runner.busy
                    and page.model.rowCount() == rows, timeout=WAIT)


def test_edit_a_caller_in_the_people_window_with_a_version_check(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    dialog = open_people(qtbot, view)
    page = dialog.callers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    # the first match is selected and ready to edit; merging needs two
    assert page.save_button.isEnabled() and not page.merge_button.isEnabled()
    assert page.fields.full_name.text() == "Casey Caller"
    page.fields.phone.setFocus()
    qtbot.keyClicks(page.fields.phone, "12")  # too short
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.fields.errors["phone"].isVisible(), timeout=WAIT)
    page.fields.phone.selectAll()
    qtbot.keyClicks(page.fields.phone, "+44 20 7946 0000")
    qtbot.keyClicks(page.fields.organisation, "Acme Ltd")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Saved caller Casey Caller" in dialog.message.text(), timeout=WAIT)
    saved = ctx.services.people.caller(desk.caller_id)
    assert (saved.phone, saved.organisation) == ("+44 20 7946 0000", "Acme Ltd")
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Acme Ltd", timeout=WAIT)
    # someone else saves the caller meanwhile: this save is refused and theirs is shown
    current = page.current
    assert current is not None and current.version == saved.version
    ctx.services.people.update_caller(desk.caller_id, saved.version, CallerDraft(
        "Casey Caller", "casey@example.com", "+44 20 7946 9999", "Acme Ltd"))
    page.fields.full_name.selectAll()
    qtbot.keyClicks(page.fields.full_name, "Casey Mine")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Someone else saved" in page.status.text(), timeout=WAIT)
    assert page.fields.phone.text() == "+44 20 7946 9999"
    assert page.fields.full_name.text() == "Casey Caller"
    assert ctx.services.people.caller(desk.caller_id).full_name == "Casey Caller"


def test_merge_two_callers_moves_incidents_and_open_forms_follow(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    dupe = ctx.services.reference.create_caller(CallerDraft("C. Caller", "c.caller@example.com"))
    moved = [ctx.services.incidents.create({"title": f"Mouse {n}", "impact": 3, "urgency": 3,
                                            "caller_id": dupe.id}).id for n in range(2)]
    open_form = view.open_incident(moved[0])
    assert open_form is not None
    qtbot.waitUntil(lambda: open_form.dto is not None, timeout=WAIT)
    dialog = open_people(qtbot, view)
    page = dialog.callers
    find(qtbot, page, "c", 2)
    assert [page.model.index(r, 0).data() for r in range(2)] == ["C. Caller", "Casey Caller"]
    assert page.model.index(0, 4).data() == "2"
    select_rows(page.table, 0, 1)
    assert page.merge_button.isEnabled() and not page.save_button.isEnabled()
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, LEFT)
    merge = page.merge_dialog_open
    assert isinstance(merge, MergeDialog)
    qtbot.waitUntil(merge.isVisible, timeout=WAIT)
    # keep the first (C. Caller) is preselected: nothing moves from Casey
    casey, dupe_who = "Casey Caller (casey@example.com)", "C. Caller (c.caller@example.com)"
    qtbot.waitUntil(lambda: f"0 incidents move from {casey} to {dupe_who}" in
                    merge.preview_label.text(), timeout=WAIT)
    keep(qtbot, merge, 1)  # keep Casey Caller
    qtbot.waitUntil(merge.merge_button.isEnabled, timeout=WAIT)
    assert f"2 incidents move from {dupe_who} to {casey}" in merge.preview_label.text()
    qtbot.keyClick(merge, Qt.Key.Key_Return)  # Enter is Cancel: nothing merged
    assert not merge.isVisible()
    assert ctx.services.incidents.get(moved[0]).caller.id == dupe.id  # type: ignore[union-attr]

    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, LEFT)
    merge = page.merge_dialog_open
    assert isinstance(merge, MergeDialog)
    qtbot.waitExposed(merge)
    keep(qtbot, merge, 1)
    qtbot.waitUntil(merge.merge_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(merge.merge_button, LEFT)
    qtbot.waitUntil(lambda: f"Merged {dupe_who} into {casey}: 2 incidents moved" in
                    dialog.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    for incident_id in moved:
        caller = ctx.services.incidents.get(incident_id).caller
        assert caller is not None and caller.id == desk.caller_id
    # the open form reloaded (it had no edits) and shows the kept caller
    qtbot.waitUntil(lambda: open_form.details.caller_edit.text() == "Casey Caller",
                    timeout=WAIT)


def test_rename_and_merge_organisations(qtbot: QtBot, view: OperationView,
                                        ctx: UiContext) -> None:
    ctx.services.reference.create_caller(CallerDraft("Ann One", organisation="Acme Ltd"))
    ctx.services.reference.create_caller(CallerDraft("Bob Two", organisation="ACME Limitd"))
    dialog = open_people(qtbot, view)
    assert dialog.tabs.tabText(1) == "O&rganisations"  # Alt+R
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    page = dialog.organisations
    assert dialog.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    select_rows(page.table, 0)  # "ACME Limitd" sorts first
    assert page.name.text() == "ACME Limitd"
    page.name.selectAll()
    qtbot.keyClicks(page.name, "acme ltd")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(page.name_error.isVisible, timeout=WAIT)
    assert "merge the two" in page.name_error.text()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "ACME Limited")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: "Saved organisation ACME Limited" in dialog.message.text(),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "ACME Limited", timeout=WAIT)
    select_rows(page.table, 0, 1)
    assert page.merge_button.isEnabled()
    qtbot.mouseClick(page.merge_button, LEFT)
    merge = page.merge_dialog_open
    assert isinstance(merge, MergeDialog)
    qtbot.waitExposed(merge)
    qtbot.waitUntil(merge.merge_button.isEnabled, timeout=WAIT)
    keep(qtbot, merge, 1)  # keep Acme Ltd
    assert not merge.merge_button.isEnabled()  # until the new preview is in
    qtbot.waitUntil(merge.merge_button.isEnabled, timeout=WAIT)
    assert "1 caller and 0 departments move from ACME Limited to Acme Ltd" in \
        merge.preview_label.text()
    qtbot.mouseClick(merge.merge_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.index(0, 1).data() == "2"
    assert "Merged ACME Limited into Acme Ltd" in dialog.message.text()
    callers = dialog.callers
    qtbot.waitUntil(lambda: {callers.model.index(r, 3).data()
                             for r in range(callers.model.rowCount())} >= {"Acme Ltd"},
                    timeout=WAIT)
    assert ctx.services.reference.callers("bob")[0].detail == "Acme Ltd"


def test_people_models_pass_the_model_tester(qtmodeltester: object, ctx: UiContext) -> None:
    callers = CallerLinesModel()
    callers.set_rows(ctx.services.people.callers())
    qtmodeltester.check(callers)  # type: ignore[attr-defined]
    ctx.services.reference.create_caller(CallerDraft("Ann One", organisation="Acme Ltd"))
    organisations = OrganisationsModel()
    organisations.set_rows(ctx.services.people.organisations())
    qtmodeltester.check(organisations)  # type: ignore[attr-defined]
    assert organisations.index(0, 1).data() == "1"


def test_erase_a_caller_after_reading_what_goes(qtbot: QtBot, view: OperationView,
                                                ctx: UiContext, desk: Desk) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    dialog = open_people(qtbot, view)
    page = dialog.callers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.erase_button.isEnabled()  # the desk's person holds admin
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = next(b for b in page.findChildren(QMessageBox, "eraseBox") if b.isVisible())
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), LEFT)

    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.erase_button, LEFT)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert "Casey Caller" in asked[0] and "casey@example.com" in asked[0]
    assert "cannot be undone" in asked[0]
    assert ctx.services.people.caller(desk.caller_id).full_name == "Casey Caller"

    QTimer.singleShot(100, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.erase_button, LEFT)
    qtbot.waitUntil(lambda: "Erased the personal data" in dialog.message.text(), timeout=WAIT)
    erased = ctx.services.people.caller(desk.caller_id)
    assert erased.full_name.startswith("Erased person") and erased.email == ""
    assert page.fields.full_name.text() == erased.full_name


def test_a_caller_is_opted_out_of_mail_and_back(qtbot: QtBot, view: OperationView,
                                                 ctx: UiContext, desk: Desk) -> None:
    dialog = open_people(qtbot, view)
    page = dialog.callers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    select_rows(page.table, 0)
    qtbot.waitUntil(lambda: page.no_mail.isEnabled(), timeout=WAIT)
    assert not page.no_mail.isChecked()
    qtbot.mouseClick(page.no_mail, LEFT, pos=QPoint(6, page.no_mail.height() // 2))
    qtbot.waitUntil(lambda: "gets no e-mail" in page.status.text(), timeout=WAIT)
    assert ctx.services.mail.opted_out(desk.caller_id)
    page.no_mail.setFocus()
    qtbot.keyClick(page.no_mail, Qt.Key.Key_Space)  # and back, from the keyboard
    qtbot.waitUntil(lambda: "again" in page.status.text(), timeout=WAIT)
    assert not ctx.services.mail.opted_out(desk.caller_id)
    dialog.close()


def test_the_desk_writes_to_a_caller_in_their_language(qtbot: QtBot, view: OperationView,
                                                       ctx: UiContext, desk: Desk) -> None:
    dialog = open_people(qtbot, view)
    page = dialog.callers
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    select_rows(page.table, 0)
    qtbot.waitUntil(lambda: page.mail_language.isEnabled(), timeout=WAIT)
    combo = page.mail_language
    qtbot.waitUntil(lambda: "desk's language (English)" in combo.itemText(0), timeout=WAIT)
    assert combo.currentIndex() == 0
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # German
    qtbot.waitUntil(lambda: "in German now" in page.status.text(), timeout=WAIT)
    assert ctx.services.mail.caller_mail(desk.caller_id).language == "de"
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to the desk's
    qtbot.waitUntil(lambda: "desk's language" in page.status.text(), timeout=WAIT)
    assert ctx.services.mail.caller_mail(desk.caller_id).language is None
    dialog.close()
