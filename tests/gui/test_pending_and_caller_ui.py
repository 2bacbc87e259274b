"""Pending asks why (and until when), Reopen asks why, on the form of any kind; the caller beside
the form with their other items, one activation opening one (issue 14)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from deskapp.db.models import Person
from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.task_form import TaskEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.form_shell import WorkItemForm
from deskapp.ui.work_items.step_dialogs import PendingDialog, ReopenDialog
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000
D = TypeVar("D", bound=QDialog)


def _form(qtbot: QtBot, form: WorkItemForm, item_id: uuid.UUID) -> WorkItemForm:
    qtbot.addWidget(form)
    form.resize(1280, 760)
    form.show()
    form.load(item_id)
    qtbot.waitUntil(lambda: form.is_ready() and form.dto is not None, timeout=WAIT)
    return form


def _dialog(qtbot: QtBot, kind: type[D]) -> D:
    found: list[D] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT)
    return found[0]


def _step(form: WorkItemForm, name: str) -> None:
    button = form.lifecycle.buttons[name]
    assert button.isVisible() and button.isEnabled(), name
    button.click()


def test_pending_with_a_reason_and_a_date_then_resume(qtbot: QtBot, ctx: UiContext,
                                                      desk: Desk) -> None:
    services = ctx.services
    item = services.incidents.create({"title": "Toner ordered", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})
    item = services.incidents.transition(item.id, item.version, "in_progress")
    form = _form(qtbot, IncidentEditor(ctx), item.id)
    _step(form, "pending")
    dialog = _dialog(qtbot, PendingDialog)
    assert not dialog.ok_button.isEnabled()  # no reason is chosen for the person
    dialog.reason.setCurrentIndex(dialog.reason.findData("vendor"))
    qtbot.mouseClick(dialog.has_until, Qt.MouseButton.LeftButton,
                     pos=dialog.has_until.rect().center())
    when = QDateTime.currentDateTime().addDays(2)
    dialog.until.setDateTime(when)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.dto.status == "pending", timeout=WAIT)
    qtbot.waitUntil(lambda: "Awaiting vendor until" in form.header.plain_text(), timeout=WAIT)
    context = services.item_context.context(item.id)
    assert context.pending_reason == "vendor" and context.pending_until is not None
    assert abs((context.pending_until - when.toPython().astimezone(UTC)).total_seconds()) < 60
    # the conversation shows the change; resuming drops the reason
    assert "Waiting for" in form.comments.reading()
    _step(form, "start")
    qtbot.waitUntil(lambda: form.dto.status == "in_progress", timeout=WAIT)
    qtbot.waitUntil(lambda: "Awaiting" not in form.header.plain_text(), timeout=WAIT)
    assert services.item_context.context(item.id).pending_reason is None


def test_reopening_a_closed_task_asks_why(qtbot: QtBot, ctx: UiContext, desk: Desk) -> None:
    services = ctx.services
    parent = services.incidents.create({"title": "Outage", "impact": 2, "urgency": 2})
    task = services.incident_tasks.create(parent.id, {"title": "Swap switch",
                                                      "team_id": desk.team_id})
    task = services.incident_tasks.transition(task.id, task.version, "closed")
    form = _form(qtbot, TaskEditor(ctx), task.id)
    _step(form, "reopen")
    dialog = _dialog(qtbot, ReopenDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Port 12 still dead")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.dto.status == "in_progress", timeout=WAIT)
    history = services.work_items.history(task.id)
    assert ("reopen_reason", "Port 12 still dead") in [(e.field, e.new_value) for e in history]
    qtbot.waitUntil(lambda: "Reopened because" in form.comments.reading(), timeout=WAIT)


def test_cancelling_the_pending_question_changes_nothing(qtbot: QtBot, ctx: UiContext,
                                                         desk: Desk) -> None:
    services = ctx.services
    item = services.incidents.create({"title": "Badge", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})
    item = services.incidents.transition(item.id, item.version, "in_progress")
    form = _form(qtbot, IncidentEditor(ctx), item.id)
    version = form.dto.version
    _step(form, "pending")
    dialog = _dialog(qtbot, PendingDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert services.incidents.get(item.id).version == version


def test_the_caller_beside_the_form_opens_their_other_items(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    services = ctx.services
    with ctx.database.uow() as uow:
        uow.session.execute(update(Person).where(Person.id == desk.caller_id).values(vip=True))
        uow.commit()
    first = services.incidents.create({"title": "Phone dead", "impact": 3, "urgency": 3,
                                       "caller_id": desk.caller_id})
    other = services.incidents.create({"title": "Voicemail full", "impact": 3, "urgency": 3,
                                       "caller_id": desk.caller_id})
    editor = view.open_incident(first.id, "incident")
    assert editor is not None
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    panel = editor.caller_panel
    qtbot.waitUntil(lambda: panel.items.count() == 1, timeout=WAIT)
    text = panel.text()
    assert "Casey Caller" in text and "VIP" in text and "1 other open item" in text
    assert other.number in panel.items.item(0).text()
    panel.items.setFocus()
    panel.items.setCurrentRow(0)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tabs.count() == 2, timeout=WAIT)
    opened = view.current_editor()
    assert opened is not None
    qtbot.waitUntil(lambda: opened.dto is not None and opened.dto.id == other.id, timeout=WAIT)
    assert datetime.now(UTC) > first.opened_at
