"""Incident tasks in the UI: the incident form's Tasks tab (list, open, create), the task form's
lifecycle, resolving an incident with open tasks (a reason is asked for), and the queue's Kind
column with its icon."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from deskapp.db.demo import generate
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.task_form import TaskEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.tasks_tab import NewTaskDialog
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _incident_editor(qtbot: QtBot, view: OperationView, incident_id: object) -> IncidentEditor:
    editor = view.open_incident(incident_id)
    assert isinstance(editor, IncidentEditor)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def test_tasks_tab_lists_opens_and_creates_tasks(qtbot: QtBot, view: OperationView,
                                                 ctx: UiContext, desk: Desk) -> None:
    services = ctx.services
    incident = services.incidents.create({"title": "Mail down", "impact": 2, "urgency": 2})
    task = services.incident_tasks.create(incident.id, {"title": "Restart relay",
                                                        "team_id": desk.team_id})
    editor = _incident_editor(qtbot, view, incident.id)
    tab = editor.tasks_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.model.index(0, 0).data() == task.number
    assert tab.model.index(0, 2).data() == "Assigned"
    assert "1 open" in tab.summary.text()

    # Enter on the task opens it in its own tab, in the task form
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(view.current_editor(), TaskEditor), timeout=WAIT)
    task_editor = view.current_editor()
    assert isinstance(task_editor, TaskEditor)
    qtbot.waitUntil(lambda: task_editor.dto is not None, timeout=WAIT)
    assert task_editor.dto is not None and task_editor.dto.number == task.number
    assert view.tabs.tabText(view.tabs.currentIndex()) == task.number
    assert not task_editor.sla_panel.response.isVisible()  # tasks: resolution clock only

    # the task's lifecycle: start work, then close; its incident's list follows
    with qtbot.waitSignal(task_editor.saved, timeout=WAIT):
        qtbot.mouseClick(task_editor.step_buttons["start"], Qt.MouseButton.LeftButton)
    assert task_editor.dto.status == "in_progress"
    with qtbot.waitSignal(task_editor.saved, timeout=WAIT):
        qtbot.mouseClick(task_editor.step_buttons["close"], Qt.MouseButton.LeftButton)
    assert task_editor.dto.status == "closed"
    assert task_editor.step_buttons["reopen"].isVisible()
    qtbot.waitUntil(lambda: "0 open" in tab.summary.text(), timeout=WAIT)

    # a new task from the tab: title and team in a small dialog
    view.tabs.setCurrentWidget(editor)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, NewTaskDialog)
    qtbot.keyClicks(dialog.title, "Call the ISP")
    dialog.team.setCurrentIndex(dialog.team.findText("Network"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert tab.model.index(1, 1).data() == "Call the ISP"
    assert tab.model.index(1, 3).data() == "Network"


def test_resolving_with_open_tasks_asks_why(qtbot: QtBot, view: OperationView,
                                            ctx: UiContext) -> None:
    services = ctx.services
    incident = services.incidents.create({"title": "VPN flaky", "impact": 2, "urgency": 2})
    services.incident_tasks.create(incident.id, {"title": "Check tunnel"})
    editor = _incident_editor(qtbot, view, incident.id)
    qtbot.mouseClick(editor.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.resolve_dialog is not None, timeout=WAIT)
    dialog = editor.resolve_dialog
    assert dialog is not None
    dialog.code.setFocus()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.notes, "Rerouted through the backup line.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.reason_dialog is not None, timeout=WAIT)
    reason = editor.reason_dialog
    assert isinstance(reason, QInputDialog) and "ITASK-000001" in reason.labelText()
    assert services.incidents.get(incident.id).status == "new"  # nothing saved yet
    reason.setTextValue("The network team closes its task tomorrow.")
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        reason.accept()
    assert blocker.args[0].status == "resolved"
    events = services.incidents.history(incident.id)
    assert any(e.field == "open_tasks_reason"
               and e.new_value == "The network team closes its task tomorrow." for e in events)


def test_queue_kind_column_shows_each_kind_with_its_icon(qtbot: QtBot, ctx: UiContext,
                                                         sqlite_database: Database,
                                                         view: OperationView) -> None:
    generate(sqlite_database.engine, 50, seed=5, open_ratio=0.9)
    ws = view.queues
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    model = ws.model
    assert model.columns[0] == "kind"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    qtbot.waitUntil(lambda: model.row_at(min(model.rowCount(), 31) - 1) is not None,
                    timeout=WAIT)
    shown = {}
    for row in range(min(model.rowCount(), 32)):
        found = model.row_at(row)
        assert found is not None
        shown[found.kind] = model.index(row, 0)
    assert set(shown) == {"incident", "incident_task"}
    for kind, index in shown.items():
        assert index.data() == {"incident": "Incident", "incident_task": "Incident task"}[kind]
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    # activating a task row opens the task form
    task_row = shown["incident_task"].row()
    ws.view.setCurrentIndex(model.index(task_row, 1))
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(view.current_editor(), TaskEditor), timeout=WAIT)


def test_the_grid_paints_what_the_model_says_for_every_role(qtbot: QtBot, ctx: UiContext,
                                                           sqlite_database: Database,
                                                           view: OperationView) -> None:
    """The delegate reads a cell's painted roles in one multiData call; what it gets (text,
    kind icon, SLA colour, a VIP caller's bold number) equals data() role by role."""
    generate(sqlite_database.engine, 120, seed=5, open_ratio=0.9)
    with sqlite_database.engine.begin() as conn:  # a VIP caller on some open items
        conn.exec_driver_sql("UPDATE people SET vip = 1 WHERE id IN (SELECT caller_id FROM "
                             "work_items WHERE caller_id IS NOT NULL LIMIT 5)")
    ws = view.queues
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    model = ws.model
    rows = min(model.rowCount(), 32)
    qtbot.waitUntil(lambda: model.row_at(rows - 1) is not None, timeout=WAIT)
    delegate = ws.view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    seen = {"icon": 0, "brush": 0, "bold": 0}
    for row in range(rows):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)  # calls index.multiData
            assert option.text == index.data()
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            assert option.icon.isNull() == (icon is None)
            seen["icon"] += icon is not None
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            if brush is not None:
                assert option.backgroundBrush == brush
                seen["brush"] += 1
            font = index.data(Qt.ItemDataRole.FontRole)
            assert option.font.bold() == (font is not None and font.bold())
            seen["bold"] += option.font.bold()
    assert seen["icon"] == rows and seen["brush"] and seen["bold"], seen


def test_task_saved_elsewhere_offers_the_field_by_field_merge(qtbot: QtBot, view: OperationView,
                                                              ctx: UiContext) -> None:
    """The task form has the incident form's conflict dialog (the shell gives it to both)."""
    services = ctx.services
    incident = services.incidents.create({"title": "Printer jam", "impact": 3, "urgency": 3})
    task = services.incident_tasks.create(incident.id, {"title": "Order toner"})
    editor = view.open_incident(task.id, "incident_task")
    assert isinstance(editor, TaskEditor)
    qtbot.waitUntil(lambda: editor.dto is not None, timeout=WAIT)
    # another agent saves a description and a title meanwhile
    services.incident_tasks.edit(task.id, task.version, {"description": "Two cartridges.",
                                                         "title": "Order black toner"})
    panel = editor.panel
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "Order toner today")
    qtbot.keyClick(panel.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=WAIT)
    dialog = editor.conflict_dialog
    assert dialog is not None and "choose what to keep" in editor.notice.full_text()
    rows = {r.field: r for r in dialog.model.rows}
    assert set(rows) == {"title", "description"}
    assert rows["title"].both_changed and not rows["title"].take_theirs  # mine by default
    assert rows["description"].take_theirs and rows["description"].theirs_text == \
        "Two cartridges."
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = blocker.args[0]
    assert (saved.title, saved.description) == ("Order toner today", "Two cartridges.")
    assert saved.version == task.version + 2 and not editor.is_dirty()
    assert panel.description.toPlainText() == "Two cartridges."


def test_links_tab_adds_shows_both_ways_and_removes(qtbot: QtBot, view: OperationView,
                                                    ctx: UiContext) -> None:
    from deskapp.ui.work_items.links_tab import LinkDialog

    services = ctx.services
    outage = services.incidents.create({"title": "Outage", "impact": 1, "urgency": 1})
    again = services.incidents.create({"title": "Same outage", "impact": 1, "urgency": 1})
    editor = _incident_editor(qtbot, view, again.id)
    tab = editor.links_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, LinkDialog)
    dialog.link_type.setCurrentIndex(dialog.link_type.findData("duplicate_of"))
    qtbot.keyClicks(dialog.number, "inc-999999")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "No ticket is numbered" in dialog.message.text(), timeout=WAIT)
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, outage.number.lower())
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert [tab.model.index(0, c).data() for c in range(2)] == ["Duplicate of", outage.number]
    # the other side reads it the other way round
    other = _incident_editor(qtbot, view, outage.id)
    qtbot.waitUntil(lambda: other.links_tab.model.rowCount() == 1, timeout=WAIT)
    assert other.links_tab.model.index(0, 0).data() == "Duplicated by"
    view.tabs.setCurrentWidget(editor)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT)
    assert services.work_items.links(outage.id) == []


def test_tasks_and_links_models_pass_the_model_tester(qapp: Any, qtmodeltester: Any) -> None:
    # the Kind icons come from the application style: a QApplication must exist (alone, or
    # first on an xdist worker, no earlier test has made one)
    import uuid
    from datetime import UTC, datetime

    from deskapp.services.dto import LinkDTO, WorkItemRow
    from deskapp.ui.work_items.links_tab import LinksModel
    from deskapp.ui.work_items.tasks_tab import TasksModel

    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    tasks = TasksModel()
    tasks.set_rows([WorkItemRow(uuid.uuid4(), 1, "ITASK-000001", "Check", "pending", 3, None,
                                "Network", None, None, None, None, now, now, None, "paused",
                                kind="incident_task", due_at=now)])
    qtmodeltester.check(tasks)
    links = LinksModel()
    links.set_rows([LinkDTO(uuid.uuid4(), "fixes", False, uuid.uuid4(), "incident",
                            "INC-000001", "Outage", "resolved")])
    qtmodeltester.check(links)
    assert links.index(0, 0).data() == "Fixed by" and tasks.index(0, 2).data() == "Pending"


def test_a_long_task_title_is_never_cut_and_is_refused_with_its_limit(qtbot: QtBot) -> None:
    """The task dialog cut a pasted title at 200 characters without a word (issue 13's rule:
    nothing is cut silently); now the text stays whole and Create says what is too long."""
    dialog = NewTaskDialog([])
    qtbot.addWidget(dialog)
    submitted: list[str] = []
    dialog.submitted.connect(lambda title, _team: submitted.append(title))
    dialog.title.setText("x" * 300)  # a paste
    assert len(dialog.title.text()) == 300
    assert dialog.title_counter.text() == "300 / 200"
    dialog._submit()
    assert submitted == []
    assert "300 characters long; the limit is 200" in dialog.message.text()
    dialog.title.setText("Replace the docking station")
    dialog._submit()
    assert submitted == ["Replace the docking station"]


def test_the_task_form_keeps_a_long_title_whole(qtbot: QtBot, ctx: UiContext) -> None:
    editor = TaskEditor(ctx)
    qtbot.addWidget(editor)
    editor.panel.title.setText("y" * 260)
    assert len(editor.panel.title.text()) == 260
    assert editor.panel.title_counter.text() == "260 / 200"
