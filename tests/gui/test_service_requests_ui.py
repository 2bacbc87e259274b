"""Service requests in Service Operation: order a laptop for a new starter with New request
(Ctrl+Shift+R): bad input is shown next to its field, the caller's manager's approval is recorded
by the agent, the two tasks open one after the other from the request's Tasks tab, and the
request closes when the second is done."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.db.models import Person
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.domain.fulfilment import in_order
from deskapp.domain.request_form import FieldType, FormField, RequestForm
from deskapp.runtime import Database
from deskapp.services.catalogue import OfferingDraft
from deskapp.ui.context import UiContext
from deskapp.ui.operation.new_request_dialog import NewRequestDialog
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.approval_dialogs import DecisionDialog
from deskapp.ui.work_items.form_shell import WorkItemForm
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _catalogue(ctx: UiContext, desk: Desk, database: Database) -> None:
    with database.uow() as uow:
        manager = Person(full_name="Maria Manager", email="maria@example.com")
        uow.session.add(manager)
        uow.session.flush()
        caller = uow.session.get(Person, desk.caller_id)
        assert caller is not None
        caller.manager_id = manager.id
        uow.commit()
    catalogue = ctx.services.catalogue
    catalogue.save(OfferingDraft(desk.service_id, "Headset", "A USB headset."))
    catalogue.save(OfferingDraft(
        desk.service_id, "New starter laptop", "A laptop set up for someone joining.",
        form=RequestForm((
            FormField("model", "Model", FieldType.CHOICE, True, "Standard",
                      choices=("Standard", "Developer")),
            FormField("start", "Start date", FieldType.DATE, True, help="First working day"),
        )),
        approval=ApprovalRule((StageRule((ApproverSpec(ApproverKind.CALLER_MANAGER),)),)),
        plan=in_order(("order", "Order the laptop", desk.team_id, 48),
                      ("deliver", "Set up and deliver", desk.team_id, 24)),
        sla_id=desk.sla_id, team_id=desk.team_id))


def _close_task(qtbot: QtBot, view: OperationView, request: WorkItemForm, title: str) -> None:
    tab = request.tasks_tab
    request.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: any(tab.model.index(r, 1).data() == title
                                for r in range(tab.model.rowCount())), timeout=WAIT)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 1).data() == title)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "request_task" and e.dto is not None
                    and e.dto.title == title, timeout=WAIT)
    task = view.current_editor()
    assert task is not None and task.dto is not None
    assert task.panel.parent_button.text() == "Open re&quest"
    with qtbot.waitSignal(task.saved, timeout=WAIT):
        qtbot.mouseClick(task.lifecycle.buttons["close"], Qt.MouseButton.LeftButton)
    assert task.dto.status == "closed"
    view.tabs.setCurrentWidget(request)


def test_order_a_laptop_for_a_new_starter(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                          desk: Desk, sqlite_database: Database) -> None:
    _catalogue(ctx, desk, sqlite_database)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.request_dialog
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    qtbot.keyClicks(dialog.find, "laptop")
    assert dialog.list.count() == 1
    assert dialog.offering is not None and dialog.offering.name == "New starter laptop"
    assert "needs approval" in dialog.summary.text()
    assert set(dialog.form.editors) == {"model", "start"}

    # nothing picked: each sentence next to its field, nothing saved
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.caller_error.isVisible, timeout=WAIT)
    assert dialog.caller_error.text() == "Pick the caller the request is for."
    assert dialog.form.error_of("start") == "Start date is required; fill it in."
    assert ctx.services.catalogue.offering(dialog.offering.id).used == 0

    qtbot.keyClicks(dialog.caller.find, "Casey")
    dialog.caller.search_now()
    qtbot.waitUntil(lambda: dialog.caller.choice.count() == 2, timeout=WAIT)
    dialog.form.editors["model"].setCurrentIndex(2)  # (choose), Standard, Developer
    dialog.form.editors["start"].setDate(QDate(date(2027, 1, 4)))
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "service_request" and e.dto is not None, timeout=WAIT)
    request = view.current_editor()
    assert request is not None and request.dto is not None
    assert (request.dto.status, request.dto.awaiting_approval) == ("pending", True)
    assert [(a.label, a.text) for a in request.dto.answers] == [
        ("Model", "Developer"), ("Start date", "2027-01-04")]

    # the manager has no login: the agent records the approval given by phone
    approvals = request.approvals_tab
    request.tabs.setCurrentWidget(approvals)
    qtbot.waitUntil(approvals.record_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(approvals.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(approvals.dialog, DecisionDialog), timeout=WAIT)
    decision = approvals.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.mouseClick(decision.approve_choice, Qt.MouseButton.LeftButton)
    decision.channel.setCurrentIndex(decision.channel.findData("phone"))
    _ok(decision)
    qtbot.waitUntil(lambda: request.dto is not None and request.dto.status == "in_progress",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: request.tasks_tab.model.rowCount() == 1, timeout=WAIT)

    # in order: the second task opens only when the first is done
    _close_task(qtbot, view, request, "Order the laptop")
    request.reload()
    qtbot.waitUntil(lambda: request.tasks_tab.model.rowCount() == 2, timeout=WAIT)
    _close_task(qtbot, view, request, "Set up and deliver")
    request.reload()
    qtbot.waitUntil(lambda: request.dto is not None and request.dto.status == "closed",
                    timeout=WAIT)
    assert request.dto.resolution_notes == "Fulfilled: 2 of 2 task(s) done."
    assert ctx.services.approvals.approvals(request.dto.id)[0].state == "approved"


def test_an_incident_that_is_an_order_becomes_a_request(qtbot: QtBot, view: OperationView,
                                                        ctx: UiContext, desk: Desk,
                                                        sqlite_database: Database) -> None:
    _catalogue(ctx, desk, sqlite_database)
    incident = ctx.services.incidents.create({"title": "Need a headset", "impact": 3,
                                              "urgency": 3, "caller_id": desk.caller_id})
    editor = view.open_incident(incident.id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    button = editor.panel.convert_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.panel.convert_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert dialog.windowTitle() == f"Convert {incident.number} to a request"
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    dialog.choose("Headset")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "service_request" and e.dto is not None, timeout=WAIT)
    request = view.current_editor()
    assert request is not None and request.dto is not None
    assert request.dto.id == incident.id and request.dto.number.startswith("REQ-")
    assert request.dto.converted_from == incident.number
    assert view.tabs.count() == 1  # the incident's tab made way for the request's
    fields = [e.field for e in ctx.services.requests.history(incident.id)]
    assert fields[0] == "created" and "converted" in fields
