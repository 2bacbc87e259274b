"""Approvals in the UI: the Approvals tab of the incident form (ask, approve, record a decision
taken by phone), My approvals in Service Operation (Ctrl+Shift+P, bulk decisions that say how
many they decide and open on no decision, Enter opens the item) and the delegation dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.db.models import Person
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.runtime import Database
from deskapp.services.reference import CallerDraft
from deskapp.ui.context import UiContext
from deskapp.ui.operation.approvals_view import DelegationDialog
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.approval_dialogs import DecisionDialog, RequestApprovalDialog
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _editor(qtbot: QtBot, view: OperationView, item_id: object) -> IncidentEditor:
    editor = view.open_incident(item_id)
    assert isinstance(editor, IncidentEditor)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _mine(ctx: UiContext) -> ApprovalRule:
    return ApprovalRule((StageRule((ApproverSpec(ApproverKind.STAFF,
                                                 ctx.services.actor.staff_id),)),))


def test_ask_and_approve_in_the_approvals_tab(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext) -> None:
    item = ctx.services.incidents.create({"title": "New starter needs ERP account",
                                          "impact": 3, "urgency": 3})
    editor = _editor(qtbot, view, item.id)
    tab = editor.approvals_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.request_button.isEnabled, timeout=WAIT)
    assert "No approval" in tab.summary.text()
    assert not tab.approve_button.isEnabled()

    qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, RequestApprovalDialog), timeout=WAIT)
    dialog = tab.dialog
    assert isinstance(dialog, RequestApprovalDialog)
    _ok(dialog)  # nobody named yet
    assert dialog.message.text() == "Name at least one approver."
    dialog.staff.setCurrentIndex(dialog.staff.findText("Gui Agent"))
    qtbot.mouseClick(dialog.add_staff, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_stage, Qt.MouseButton.LeftButton)
    assert dialog.stage_list.count() == 1
    dialog.policy.setCurrentIndex(dialog.policy.findData("all"))
    dialog.staff.setCurrentIndex(dialog.staff.findText("Morgan Member"))
    qtbot.mouseClick(dialog.add_staff, Qt.MouseButton.LeftButton)
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert [tab.model.index(r, 1).data() for r in range(2)] == ["Gui Agent", "Morgan Member"]
    assert tab.model.index(1, 2).data() == "Not asked yet"
    assert "stage 1 of 2" in tab.summary.text()
    assert not tab.request_button.isEnabled()  # one approval at a time

    assert tab.approve_button.isEnabled()
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, DecisionDialog), timeout=WAIT)
    decision = tab.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.keyClicks(decision.comment, "Budget confirmed.")
    _ok(decision)
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Approved", timeout=WAIT)
    assert tab.model.index(0, 3).data() == "Budget confirmed."
    assert tab.model.index(1, 2).data() == "Waiting"  # stage 2 asked now: Morgan's
    assert not tab.approve_button.isEnabled()
    # History shows the decision
    model = editor.history.model
    qtbot.waitUntil(lambda: any(model.index(r, 2).data() == "Approval"
                                and "approved by Gui Agent: Budget confirmed." in
                                str(model.index(r, 4).data())
                                for r in range(model.rowCount())), timeout=WAIT)


def test_record_a_decision_taken_by_phone(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                          sqlite_database: Database, desk: Desk) -> None:
    with sqlite_database.uow() as uow:
        manager = Person(full_name="Maria Manager", email="maria@example.com")
        uow.session.add(manager)
        uow.session.flush()
        caller = uow.session.get(Person, desk.caller_id)
        assert caller is not None
        caller.manager_id = manager.id
        uow.commit()
    item = ctx.services.incidents.create({"title": "Laptop upgrade", "impact": 3,
                                          "urgency": 3, "caller_id": desk.caller_id})
    ctx.services.approvals.request(item.id, ApprovalRule((StageRule((
        ApproverSpec(ApproverKind.CALLER_MANAGER),)),)))
    editor = _editor(qtbot, view, item.id)
    tab = editor.approvals_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.record_button.isEnabled(), timeout=WAIT)
    assert tab.model.index(0, 1).data() == "Maria Manager (no login)"
    assert not tab.approve_button.isEnabled()

    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, DecisionDialog), timeout=WAIT)
    dialog = tab.dialog
    assert isinstance(dialog, DecisionDialog)
    assert not dialog.approve_choice.isChecked() and not dialog.reject_choice.isChecked()
    _ok(dialog)  # Enter alone never decides
    assert dialog.message.text() == "Choose Approve or Reject."
    qtbot.mouseClick(dialog.reject_choice, Qt.MouseButton.LeftButton)
    _ok(dialog)
    assert "needs a reason" in dialog.message.text()
    qtbot.keyClicks(dialog.comment, "Not this year.")
    _ok(dialog)
    assert "by phone or by e-mail" in dialog.message.text()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Rejected", timeout=WAIT)
    assert tab.model.index(0, 5).data() == "Gui Agent (by phone)"
    assert tab.summary.text().startswith("Rejected on")


def test_my_approvals_bulk_and_open(qtbot: QtBot, view: OperationView,
                                    ctx: UiContext) -> None:
    items = [ctx.services.incidents.create({"title": f"Access request {n}", "impact": 3,
                                            "urgency": 3}) for n in range(3)]
    for item in items:
        ctx.services.approvals.request(item.id, _mine(ctx))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    mine = view.approvals
    qtbot.waitUntil(lambda: view.top.currentWidget() is mine and mine.model.rowCount() == 3,
                    timeout=WAIT)
    assert "3 waiting" in mine.title.text()
    assert [mine.model.index(r, 0).data() for r in range(3)] == [i.number for i in items]

    # Enter opens the item below
    mine.table.setFocus()
    mine.table.setCurrentIndex(mine.model.index(1, 0))
    qtbot.keyClick(mine.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.current_editor() is not None
                    and view.current_editor().shown_id == items[1].id, timeout=WAIT)

    # "Decide selected" says how many it decides and opens on no decision
    mine.table.setFocus()
    mine.table.selectAll()
    qtbot.mouseClick(mine.decide_button, Qt.MouseButton.LeftButton)
    dialog = mine.dialog
    assert isinstance(dialog, DecisionDialog)
    assert dialog.windowTitle() == "Decide 3 approvals"
    assert dialog.summary.text().startswith("This decides 3 approvals: " + items[0].number)
    _ok(dialog)
    assert dialog.message.text() == "Choose Approve or Reject."
    qtbot.mouseClick(dialog.approve_choice, Qt.MouseButton.LeftButton)
    _ok(dialog)
    qtbot.waitUntil(lambda: mine.model.rowCount() == 0, timeout=WAIT)
    assert "0 waiting" in mine.title.text()
    for item in items:
        assert ctx.services.approvals.approvals(item.id)[0].state == "approved"

    # Escape goes back to the queues
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    mine.table.setFocus()
    qtbot.keyClick(mine.table, Qt.Key.Key_Escape)
    assert view.top.currentWidget() is view.queues


def test_reject_in_bulk_needs_a_reason_and_the_delegation_dialog(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    item = ctx.services.incidents.create({"title": "VPN token", "impact": 3, "urgency": 3})
    ctx.services.approvals.request(item.id, _mine(ctx))
    view.show_approvals()
    mine = view.approvals
    qtbot.waitUntil(lambda: mine.model.rowCount() == 1, timeout=WAIT)
    qtbot.mouseClick(mine.reject_button, Qt.MouseButton.LeftButton)
    dialog = mine.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.reject_choice.isChecked()
    assert dialog.summary.text() == f"This decides 1 approval: {item.number}."
    _ok(dialog)
    assert "needs a reason" in dialog.message.text()
    qtbot.keyClicks(dialog.comment, "Use the shared token.")
    _ok(dialog)
    qtbot.waitUntil(lambda: mine.model.rowCount() == 0, timeout=WAIT)
    assert ctx.services.approvals.approvals(item.id)[0].state == "rejected"

    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    mine.table.setFocus()
    qtbot.keyClick(mine.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(mine.dialog, DelegationDialog), timeout=WAIT)
    delegation = mine.dialog
    assert isinstance(delegation, DelegationDialog)
    assert delegation.listing.currentText() == "No delegation"
    _ok(delegation)
    assert "Pick who decides" in delegation.message.text()
    delegation.to.setCurrentIndex(delegation.to.findText("Morgan Member"))
    _ok(delegation)
    qtbot.waitUntil(lambda: delegation.listing.currentText().startswith("Morgan Member, "),
                    timeout=WAIT)
    assert "stands in for you" in delegation.message.text()
    assert [d.to_name for d in ctx.services.approvals.delegations()] == ["Morgan Member"]
    qtbot.mouseClick(delegation.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: delegation.listing.currentText() == "No delegation", timeout=WAIT)
    assert ctx.services.approvals.delegations() == []


def test_set_a_callers_manager_in_the_people_window(qtbot: QtBot, view: OperationView,
                                                    ctx: UiContext, desk: Desk) -> None:
    ctx.services.reference.create_caller(CallerDraft("Maria Manager", "maria@example.com"))
    dialog = view.open_people()
    page = dialog.callers
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.current is not None,
                    timeout=WAIT)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.fields.full_name.text() == "Casey Caller", timeout=WAIT)
    assert page.manager.choice.currentText() == "No manager"
    qtbot.keyClicks(page.manager.find, "Mar")
    qtbot.waitUntil(lambda: page.manager.choice.count() == 2, timeout=WAIT)
    assert page.manager.choice.currentText() == "Maria Manager · maria@example.com"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved caller Casey Caller" in dialog.message.text(), timeout=WAIT)
    saved = ctx.services.people.caller(desk.caller_id)
    assert saved.manager_name == "Maria Manager"
    assert page.manager.choice.currentText() == "Maria Manager"
    dialog.close()
