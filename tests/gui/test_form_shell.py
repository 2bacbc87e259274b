"""The work-item form shell driven for both kinds: lifecycle buttons legal per status, the tab
registry, tab keys and memory, the header, Ctrl+S and the unsaved-changes prompt."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.kinds import lifecycle
from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.task_form import TaskEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items import form_shell
from deskapp.ui.work_items.form_kind import FormKind, KindPanel
from deskapp.ui.work_items.form_shell import WorkItemForm
from deskapp.ui.work_items.form_tabs import SHARED_TABS, TabSpec
from deskapp.ui.work_items.step_dialogs import PendingDialog
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _loaded(qtbot: QtBot, form: WorkItemForm, item_id: uuid.UUID) -> WorkItemForm:
    form.load(item_id)
    qtbot.waitUntil(lambda: form.is_ready() and form.dto is not None, timeout=WAIT)
    return form


def _visible_steps(form: WorkItemForm) -> dict[str, str]:
    """object name -> target status of every step button on screen."""
    return {s.name: s.target for s in form.lifecycle.steps
            if form.lifecycle.buttons[s.name].isVisible()}


@pytest.mark.parametrize("make", [IncidentEditor, TaskEditor])
def test_step_buttons_are_exactly_the_legal_steps_of_each_status(
        qtbot: QtBot, ctx: UiContext, make: Callable[[UiContext], WorkItemForm]) -> None:
    form = make(ctx)
    qtbot.addWidget(form)
    form.show()
    life = lifecycle(form.decl.key)
    for status in life.statuses:
        form.lifecycle.show_status(status)
        shown = set(_visible_steps(form).values())
        # every legal step but the one assigning takes has a button, and nothing else does
        assert shown == set(life.allowed(status)) - {life.on_assign}, status
        names = list(_visible_steps(form))
        assert len(names) == len(set(shown)), f"two buttons for one step from {status}"
    form.lifecycle.show_status(None)
    assert _visible_steps(form) == {}  # nothing to step before the item exists


def test_steps_follow_the_saved_status_of_a_real_task(qtbot: QtBot, ctx: UiContext,
                                                      desk: Desk) -> None:
    services = ctx.services
    incident = services.incidents.create({"title": "Mail down", "impact": 2, "urgency": 2})
    task = services.incident_tasks.create(incident.id, {"title": "Restart relay",
                                                        "team_id": desk.team_id})
    form = TaskEditor(ctx)
    qtbot.addWidget(form)
    form.show()
    _loaded(qtbot, form, task.id)
    assert _visible_steps(form) == {"start": "in_progress", "pending": "pending",
                                    "close": "closed", "cancel": "cancelled"}
    qtbot.mouseClick(form.step_buttons["pending"], Qt.MouseButton.LeftButton)
    dialog = form.step_dialog  # Pending asks why, on every kind
    assert isinstance(dialog, PendingDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("change"))
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert form.dto.status == "pending"
    assert form.step_buttons["start"].text().replace("&", "") == "Resume work"
    assert "pending" not in _visible_steps(form)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.step_buttons["cancel"], Qt.MouseButton.LeftButton)
    assert _visible_steps(form) == {}  # cancelled is final
    assert not form.save_button.isEnabled()
    # the header says what it is, in words: number, kind, status, priority, SLA state
    header = form.header.plain_text()
    assert header.startswith(f"{task.number} · Incident task · Cancelled · P3 - Moderate")
    assert f"task of {incident.number}" in header and "SLA: " in header


class ProbeTab(QWidget):
    """A shared tab as the approvals, attachments and time tabs plug in."""

    message = Signal(str)
    changed = Signal()  # what it did changed the item (an approval moved it on, say)

    def __init__(self) -> None:
        super().__init__()
        self.service: Any = None
        self.shown: list[uuid.UUID | None] = []

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        self.service, self.runner, self.item_id = service, runner, item_id

    def refresh(self) -> None:
        self.shown.append(self.item_id())


def test_a_registered_tab_appears_on_the_kinds_it_applies_to(
        qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = TabSpec("probe", "Probe", ProbeTab, lambda services: services.work_items,
                    applies=lambda decl: decl.key == "incident")
    monkeypatch.setattr(form_shell, "SHARED_TABS", (*SHARED_TABS, probe))
    incident = ctx.services.incidents.create({"title": "Disk full", "impact": 2, "urgency": 2})
    form = IncidentEditor(ctx)
    qtbot.addWidget(form)
    assert form.tab_keys == ["details", "conversation", "tasks", "links", "cis", "approvals",
                             "attachments", "time", "satisfaction", "probe", "history"]
    tab = form.shared_tabs["probe"]
    assert form.tab("probe") is tab and tab.service is ctx.services.work_items
    _loaded(qtbot, form, incident.id)
    assert tab.shown == [incident.id]  # refreshed with the item on load
    shown: list[str] = []
    form.message.connect(shown.append)
    tab.message.emit("Probe says hello.")
    assert shown == ["Probe says hello."]
    assert form.probe_tab is tab  # type: ignore[attr-defined]
    # the tab changed the item behind the form: the form shows the new state
    ctx.services.incidents.edit(incident.id, incident.version, {"title": "Disk full again"})
    tab.changed.emit()
    qtbot.waitUntil(lambda: form.details.title.text() == "Disk full again", timeout=WAIT)
    assert tab.shown == [incident.id, incident.id] and not form.is_dirty()
    task_form = TaskEditor(ctx)
    qtbot.addWidget(task_form)
    assert task_form.tab_keys == ["details", "conversation", "links", "cis", "approvals",
                                  "attachments", "time", "history"]


def test_tab_keys_move_between_tabs_and_the_choice_is_kept_per_kind(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    first = ctx.services.incidents.create({"title": "One", "impact": 2, "urgency": 2})
    second = ctx.services.incidents.create({"title": "Two", "impact": 2, "urgency": 2})
    form = view.open_incident(first.id)
    assert isinstance(form, IncidentEditor)
    qtbot.waitUntil(lambda: form.dto is not None, timeout=WAIT)
    assert form.current_tab() == "details"
    form.details.title.setFocus()
    qtbot.keyClick(form.details.title, Qt.Key.Key_PageDown, CTRL)
    assert form.current_tab() == "conversation"
    form.comments.text.setFocus()
    qtbot.keyClick(form.comments.text, Qt.Key.Key_4, ALT)
    assert form.current_tab() == "links"
    qtbot.keyClick(form.links_tab.table, Qt.Key.Key_PageUp, CTRL)
    assert form.current_tab() == "tasks"
    assert QSettings().value("work_item_form/incident/tab") == "tasks"
    # the next incident opens on the same tab; a new one on Details, its title focused
    other = view.open_incident(second.id)
    assert other is not None
    qtbot.waitUntil(lambda: other.dto is not None, timeout=WAIT)
    assert other.current_tab() == "tasks"
    view.new_record()
    blank = view.current_editor()
    assert blank is not None
    qtbot.waitUntil(blank.is_ready, timeout=WAIT)
    assert blank.current_tab() == "details"
    # tasks remember their own choice
    assert QSettings().value("work_item_form/incident_task/tab") is None


def test_ctrl_s_saves_a_form_standing_alone(qtbot: QtBot, ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "Printer", "impact": 3, "urgency": 3})
    task = ctx.services.incident_tasks.create(incident.id, {"title": "Order toner"})
    form = TaskEditor(ctx)
    qtbot.addWidget(form)
    form.show()
    _loaded(qtbot, form, task.id)
    title = form.panel.title
    title.setFocus()
    qtbot.keyClicks(title, " now")
    assert form.is_dirty() and form.display_title() == f"{task.number} *"
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    assert blocker.args[0].title == "Order toner now" and not form.is_dirty()
    assert ctx.services.incident_tasks.get(task.id).title == "Order toner now"


def _answer(qtbot: QtBot, root: QWidget, button: QMessageBox.StandardButton) -> None:
    box = next(b for b in root.findChildren(QMessageBox, "discardBox") if b.isVisible())
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_esc_on_an_edited_form_asks_before_anything_is_lost(qtbot: QtBot,
                                                             ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "VPN", "impact": 3, "urgency": 3})
    form = IncidentEditor(ctx)
    qtbot.addWidget(form)
    form.show()
    _loaded(qtbot, form, incident.id)
    title = form.details.title
    title.setFocus()
    qtbot.keyClicks(title, " drops")
    QTimer.singleShot(50, lambda: _answer(qtbot, form, QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert form.isVisible() and form.is_dirty() and title.text() == "VPN drops"
    # Save: the edit is kept, then the form closes
    QTimer.singleShot(50, lambda: _answer(qtbot, form, QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
    assert ctx.services.incidents.get(incident.id).title == "VPN drops"


def test_esc_in_the_operation_view_closes_the_tab_like_its_close_button(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "Scanner", "impact": 3, "urgency": 3})
    form = view.open_incident(incident.id)
    assert isinstance(form, IncidentEditor)
    qtbot.waitUntil(lambda: form.dto is not None, timeout=WAIT)
    form.details.title.setFocus()
    qtbot.keyClicks(form.details.title, " jams")
    QTimer.singleShot(50, lambda: _answer(qtbot, view, QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(form.details.title, Qt.Key.Key_Escape)
    assert view.tabs.count() == 1 and form.is_dirty()
    QTimer.singleShot(50, lambda: _answer(qtbot, view, QMessageBox.StandardButton.Discard))
    qtbot.keyClick(form.details.title, Qt.Key.Key_Escape)
    assert view.tabs.count() == 0
    assert ctx.services.incidents.get(incident.id).title == "Scanner"


def test_the_conversation_is_one_timeline_of_notes_and_changes(qtbot: QtBot,
                                                                ctx: UiContext) -> None:
    """Comments, work notes and field changes in time order, in full (lines kept), filtered
    and ordered as the person chose, which is remembered for the next form."""
    services = ctx.services
    incident = services.incidents.create({"title": "Teams echo", "impact": 3, "urgency": 3})
    services.incidents.add_comment(incident.id, "Checked the driver.\nNo change.",
                                   work_note=True)
    now = services.incidents.get(incident.id)
    services.incidents.transition(incident.id, now.version, "in_progress")
    services.incidents.add_comment(incident.id, "We are on it.", work_note=False)
    form = IncidentEditor(ctx)
    qtbot.addWidget(form)
    form.show()
    _loaded(qtbot, form, incident.id)
    form.show_tab("conversation")
    comments = form.comments
    text = comments.reading()
    assert "Checked the driver.\nNo change." in text and "Work note (internal)" in text
    assert "Comment (caller sees it)" in text
    # oldest first: the note, then the status change, then the reply
    assert text.index("Checked the driver.") < text.index("In Progress") \
        < text.index("We are on it.")
    assert [e.kind for e in comments.shown][-1] == "comment"
    qtbot.mouseClick(comments.newest_first, Qt.MouseButton.LeftButton)
    assert comments.reading().index("We are on it.") < comments.reading().index("Checked")
    comments.show_changes.setFocus()
    qtbot.keyClick(comments.show_changes, Qt.Key.Key_Space)  # field changes hidden
    assert "In Progress" not in comments.reading()
    assert {e.kind for e in comments.shown} == {"comment", "work_note"}
    other = IncidentEditor(ctx)  # the choices stick for the next form
    qtbot.addWidget(other)
    assert other.comments.newest_first.isChecked()
    assert not other.comments.show_changes.isChecked()


class TitleOnlyPanel(KindPanel):
    """The least a kind brings: one field."""

    FIELDS = ("title",)

    def __init__(self) -> None:
        super().__init__()
        self.title = QLineEdit(self)
        self.title.textEdited.connect(lambda _t: self.changed.emit())

    def show_item(self, values: Mapping[str, Any], dto: Any) -> None:
        self.title.setText(values.get("title", ""))

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text()}


def test_a_kind_with_only_a_panel_and_a_declaration_gets_the_whole_form(
        qtbot: QtBot, ctx: UiContext) -> None:
    """No steps declared: every legal step still gets a button, named after its status."""
    services = ctx.services
    incident = services.incidents.create({"title": "Printer", "impact": 3, "urgency": 3})
    task = services.incident_tasks.create(incident.id, {"title": "Order toner"})
    bare = FormKind("incident_task", TitleOnlyPanel, lambda s: s.incident_tasks,
                    new_title="New incident task")
    form = WorkItemForm(ctx, bare)
    qtbot.addWidget(form)
    form.show()
    _loaded(qtbot, form, task.id)
    buttons = {n: b.text() for n, b in form.lifecycle.buttons.items() if b.isVisible()}
    assert buttons == {"in_progress": "In Progress", "closed": "Closed",
                       "cancelled": "Cancelled"}
    assert form.tab_keys == ["details", "conversation", "links", "cis", "approvals",
                             "attachments", "time", "history"]
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.lifecycle.buttons["in_progress"], Qt.MouseButton.LeftButton)
    assert form.dto.status == "in_progress" and form.lifecycle.buttons["pending"].isVisible()
    form.panel.title.setFocus()
    qtbot.keyClicks(form.panel.title, " now")
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        qtbot.keyClick(form.panel.title, Qt.Key.Key_S, CTRL)
    assert blocker.args[0].title == "Order toner now"


def test_another_teams_item_shows_why_it_cannot_be_changed(qtbot: QtBot, ctx: UiContext,
                                                            desk: Desk) -> None:
    """An agent opens another team's incident: the steps and Save are off, and say why."""
    from dataclasses import replace

    from deskapp.services.container import Services

    theirs = ctx.services.incidents.create({"title": "Router in Leeds down", "impact": 2,
                                            "urgency": 2, "team_id": desk.other_team_id})
    mine = ctx.services.incidents.create({"title": "Printer jams", "impact": 2, "urgency": 2,
                                          "team_id": desk.team_id})
    actor = ctx.services.actor
    agent = replace(actor, roles=("agent",), team_ids=frozenset({desk.team_id}))
    agent_ctx = replace(ctx, services=Services.build(ctx.database.uow, agent))
    form = IncidentEditor(agent_ctx)
    qtbot.addWidget(form)
    _loaded(qtbot, form, theirs.id)
    assert not form.lifecycle.isEnabled() and not form.save_button.isEnabled()
    assert "another team" in form.save_button.toolTip()
    assert "another team" in form.lifecycle.toolTip()
    form.load(mine.id)  # the same form on the agent's own item: all back
    qtbot.waitUntil(lambda: form.is_ready() and form.dto.id == mine.id, timeout=WAIT)
    assert form.lifecycle.isEnabled()
    assert "another team" not in form.save_button.toolTip()
