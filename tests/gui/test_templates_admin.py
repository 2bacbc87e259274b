"""The Templates page of the Administration window, and an incident template applied to a new
incident with Ctrl+Alt+N; "Create article…" on a resolved incident opens a pre-filled draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from deskapp.ui.admin.templates_tab import TemplatesTab
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from tests.gui.test_incident_form import new_editor, opened
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
WAIT = 10_000


@pytest.fixture
def tab(qtbot: QtBot, ctx: UiContext) -> TemplatesTab:
    t = TemplatesTab(ctx)
    qtbot.addWidget(t)
    t.resize(900, 560)
    t.show()
    t.reload()
    qtbot.waitUntil(lambda: t.service_combo.count() > 1, timeout=WAIT)
    return t


def test_write_a_canned_response_refuse_a_placeholder_then_delete(
        qtbot: QtBot, tab: TemplatesTab, ctx: UiContext) -> None:
    assert not tab.title.isVisible()  # a canned response has no incident fields
    qtbot.keyClicks(tab.name, "Reset done")
    qtbot.keyClicks(tab.body, "Hello {customer}")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot fill the placeholder {customer}" in tab.message.text(),
                    timeout=WAIT)
    assert ctx.services.templates.manageable() == []  # nothing saved
    tab.body.clear()
    qtbot.keyClicks(tab.body, "Hello {caller_first_name}, {number} is done.")
    tab.audience.setCurrentIndex(tab.audience.findData("everyone"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=WAIT)
    saved = ctx.services.templates.manageable()
    assert [(t.name, t.personal) for t in saved] == [("Reset done", False)]
    assert "Reset done" in tab.list.item(0).text()
    # delete asks first, No is the default; Yes deletes
    qtbot.waitUntil(tab.delete_button.isVisible, timeout=WAIT)

    def answer_yes() -> None:
        box = tab.question
        assert box is not None and box.defaultButton() == box.button(
            QMessageBox.StandardButton.No)
        assert "no longer offered to everyone on the desk" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 0, timeout=WAIT)
    assert ctx.services.templates.manageable() == []


def test_an_incident_template_prefills_a_new_incident(
        qtbot: QtBot, tab: TemplatesTab, view: OperationView, ctx: UiContext,
        desk: Desk) -> None:
    qtbot.mouseClick(tab.new_incident, Qt.MouseButton.LeftButton)
    assert tab.title.isVisible()
    qtbot.keyClicks(tab.name, "Mail client broken")
    qtbot.keyClicks(tab.title, "Outlook does not start")
    tab.category.setCurrentText("Software")
    tab.service_combo.setCurrentIndex(tab.service_combo.findText("Email"))
    tab.impact.setCurrentIndex(tab.impact.findData(3))
    tab.urgency.setCurrentIndex(tab.urgency.findData(2))
    tab.body.setPlainText("Outlook version: \nError text: \nLogged by {agent}")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=WAIT)

    editor = new_editor(qtbot, view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    assert editor.panel.templates.button.isVisible()
    qtbot.keyClick(editor.details.title, Qt.Key.Key_N, CTRL_ALT)
    templates = editor.panel.templates
    qtbot.waitUntil(lambda: templates.picker is not None and templates.picker.isVisible(),
                    timeout=WAIT)
    qtbot.keyClick(templates.picker.filter, Qt.Key.Key_Return)
    details = editor.details
    qtbot.waitUntil(lambda: details.title.text() == "Outlook does not start", timeout=WAIT)
    values = details.values()
    assert (values["category"], values["impact"], values["urgency"]) == ("Software", 3, 2)
    assert values["service_id"] == desk.service_id
    assert values["description"].endswith(f"Logged by {ctx.services.actor.full_name}")
    assert editor.is_dirty()  # pre-filled, not saved


def test_create_article_from_a_resolved_incident(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    incident = ctx.services.incidents.create({
        "title": "VPN drops every hour", "caller_id": desk.caller_id, "impact": 3,
        "urgency": 3, "description": "The Cisco client disconnects."})
    editor = opened(qtbot, view, incident.id)
    button = editor.panel.article.button
    assert not button.isVisible()  # not resolved yet: Ctrl+Alt+K says why
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    editor.details.description.setFocus()
    qtbot.keyClick(editor.details.description, Qt.Key.Key_K, CTRL_ALT)
    qtbot.waitUntil(lambda: "is not resolved yet" in editor.notice.full_text(), timeout=WAIT)
    with ctx.database.uow() as uow:
        item = uow.work_items.get_incident(incident.id)
        item.status, item.status_category = "resolved", "done"
        item.resolution_notes = "Raised the DPD timeout to 300 s."
        uow.commit()
    editor.reload()
    qtbot.waitUntil(button.isVisible, timeout=WAIT)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    target = editor.details.description  # read-only once resolved, still focusable
    target.setFocus()
    assert target.isEnabled(), [w.objectName() for w in (target,)]
    with qtbot.waitSignal(view.article_draft_requested, timeout=WAIT) as blocker:
        qtbot.keyClick(target, Qt.Key.Key_K, CTRL_ALT)
    draft = blocker.args[0]
    assert draft.title == "VPN drops every hour" and draft.source_item_id == incident.id
    assert "Raised the DPD timeout to 300 s." in draft.body
