"""Time spent in the UI (issue 12 part 4): the Time tab on the incident and task forms (type the
time, add, correct, remove, total), the timer (runs while other tabs are shown; stopping offers
the entry filled in) and the time field beside the work-note editor."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from deskapp.db.demo import generate
from deskapp.domain.kpi import Preset
from deskapp.runtime import Database
from deskapp.services.time_entries import TimeEntryDTO, TimeSheet
from deskapp.ui.context import UiContext
from deskapp.ui.improvement.view import ImprovementView
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.task_form import TaskEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.time_tab import (
    TimeEntriesModel,
    TimeEntryDialog,
    TimeTab,
    spent_text,
)
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _editor(qtbot: QtBot, view: OperationView, item_id: object, kind: str | None = None) -> Any:
    editor = view.open_incident(item_id, kind)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    return editor


def _dialog(tab: TimeTab) -> TimeEntryDialog:
    dialog = tab.dialog
    assert isinstance(dialog, TimeEntryDialog)
    return dialog


def _ok(dialog: TimeEntryDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _rows(tab: TimeTab) -> list[list[str]]:
    return [[tab.model.index(r, c).data() for c in (1, 2, 3)]
            for r in range(tab.model.rowCount())]


def test_add_correct_and_remove_time_on_an_incident(qtbot: QtBot, view: OperationView,
                                                    ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "Printer jam", "impact": 3,
                                              "urgency": 3})
    editor = _editor(qtbot, view, incident.id)
    assert isinstance(editor, IncidentEditor)
    tab = editor.time_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.total.text() == "No time logged yet", timeout=WAIT)

    # a time nobody can read, then none at all, are refused in the dialog
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    qtbot.keyClicks(dialog.spent, "an hour")
    _ok(dialog)
    assert "is not a time DeskApp can read" in dialog.message.text()
    dialog.spent.clear()
    qtbot.keyClicks(dialog.spent, "0")
    _ok(dialog)
    assert "more than zero" in dialog.message.text()
    # ...and a date after today by the service
    dialog.spent.clear()
    qtbot.keyClicks(dialog.spent, "1h 30m")
    dialog.worked_at.setDateTime(dialog.worked_at.dateTime().addDays(2))
    _ok(dialog)
    qtbot.waitUntil(lambda: "after today" in dialog.message.text(), timeout=WAIT)
    assert tab.model.rowCount() == 0

    dialog.worked_at.setDateTime(dialog.worked_at.dateTime().addDays(-2))
    qtbot.keyClicks(dialog.note, "Cleared the jam")
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert _rows(tab) == [["Gui Agent", "1 h 30 min", "Cleared the jam"]]
    assert tab.total.text() == "Total: 1 h 30 min in 1 time log"

    # correct it (double click), then remove it
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    assert dialog.spent.text() == "1h 30m"
    dialog.spent.clear()
    qtbot.keyClicks(dialog.spent, "75")
    _ok(dialog)
    qtbot.waitUntil(lambda: _rows(tab) == [["Gui Agent", "1 h 15 min", "Cleared the jam"]],
                    timeout=WAIT)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT)
    fields = [e.field for e in ctx.services.work_items.history(incident.id)]
    assert fields.count("time_spent") == 3
    qtbot.waitUntil(lambda: "Time spent" in [editor.history.model.index(r, 2).data() for r in
                                             range(editor.history.model.rowCount())],
                    timeout=WAIT)


def test_the_timer_runs_while_other_tabs_are_shown_and_offers_the_entry(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "VPN drops", "impact": 2, "urgency": 2})
    editor = _editor(qtbot, view, incident.id)
    tab = editor.time_tab
    start = datetime.now(UTC) - timedelta(hours=1)
    clock = [start]
    tab.clock = lambda: clock[0]
    editor.tabs.setCurrentWidget(tab)
    view.activateWindow()  # mnemonics need the active window, as a person has it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=WAIT)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Start ti&mer
    qtbot.waitUntil(lambda: tab.timer_button.text() == "Stop ti&mer", timeout=WAIT)
    assert tab.elapsed.text() == "Timer: 0:00:00"

    editor.tabs.setCurrentWidget(editor.comments)  # work elsewhere in the form
    clock[0] = start + timedelta(minutes=24, seconds=10)
    qtbot.waitUntil(lambda: tab.elapsed.text() == "Timer: 0:24:10", timeout=WAIT)
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.timer_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    assert dialog.spent.text() == "25m"  # started minutes count whole
    assert dialog.worked_at.dateTime().toSecsSinceEpoch() == int(start.timestamp())
    assert tab.timer_button.text() == "Start ti&mer" and tab.elapsed.text() == ""
    qtbot.keyClicks(dialog.note, "Rebuilt the profile")
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert _rows(tab) == [["Gui Agent", "25 min", "Rebuilt the profile"]]


def test_a_work_note_with_time_spent_logs_both(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "Mailbox full", "impact": 3,
                                              "urgency": 3})
    editor = _editor(qtbot, view, incident.id)
    comments = editor.comments
    editor.tabs.setCurrentWidget(comments)
    qtbot.keyClicks(comments.text, "Archived old mail")
    qtbot.keyClicks(comments.minutes, "two hours")
    qtbot.mouseClick(comments.note_button, Qt.MouseButton.LeftButton)
    assert "is not a time DeskApp can read" in comments.error.text()
    assert ctx.services.incidents.comments(incident.id) == []
    comments.minutes.clear()
    qtbot.keyClicks(comments.minutes, "45m")
    qtbot.mouseClick(comments.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: comments.comment_count() == 1, timeout=WAIT)
    assert comments.minutes.text() == ""
    tab = editor.time_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert _rows(tab) == [["Gui Agent", "45 min", "Archived old mail"]]


def test_the_task_form_has_the_time_tab(qtbot: QtBot, view: OperationView,
                                        ctx: UiContext) -> None:
    incident = ctx.services.incidents.create({"title": "Server down", "impact": 2,
                                              "urgency": 2})
    task = ctx.services.incident_tasks.create(incident.id, {"title": "Swap the PSU"})
    ctx.services.time_entries.add(task.id, 40, None, "Ordered the part")
    editor = _editor(qtbot, view, task.id, "incident_task")
    assert isinstance(editor, TaskEditor)
    tab = editor.time_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.total.text() == "Total: 40 min in 1 time log"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    qtbot.keyClicks(dialog.spent, "1:05")
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert tab.total.text() == "Total: 1 h 45 min in 2 time logs"


def test_someone_elses_entry_cannot_be_changed_here(qtbot: QtBot) -> None:
    tab = TimeTab()
    qtbot.addWidget(tab)
    now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    theirs = TimeEntryDTO(uuid.uuid4(), 1, uuid.uuid4(), uuid.uuid4(), "Sam Second", now, 30,
                          None, now, own=False)
    tab.set_sheet(TimeSheet((theirs,), 30))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()


def test_the_entries_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    model = TimeEntriesModel()
    model.set_rows([TimeEntryDTO(uuid.uuid4(), 1, uuid.uuid4(), uuid.uuid4(), "Alex Agent",
                                 now, 1650, "Long night", now, own=True)])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "27 h 30 min"


def test_the_improvement_view_shows_time_by_person_for_the_period(
        qtbot: QtBot, sqlite_database: Database, qapp: QApplication,
        settings_dir: Path) -> None:
    generate(sqlite_database.engine, 400, seed=3)
    ctx = make_context(sqlite_database, qapp)
    view = ImprovementView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    panel = view.time_panel
    qtbot.waitUntil(lambda: view.report is not None and panel.model.rowCount() > 0,
                    timeout=WAIT)
    period = view.report.period if view.report else None
    assert period is not None
    expected = ctx.services.time_entries.totals_by_person(period.start, period.end)
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        p.staff_name for p in expected]
    assert panel.model.index(0, 1).data() == spent_text(expected[0].minutes)
    assert "logged" in panel.summary.text()
    # a shorter period: fewer people or less time, never more
    month_total = sum(p.minutes for p in expected)
    view.preset_combo.setCurrentIndex(view.preset_combo.findData(Preset.LAST_7_DAYS.value))
    qtbot.waitUntil(lambda: view.report is not None and view.report.period.start > period.start
                    and not view.busy.isVisible(), timeout=WAIT)
    week = view.report.period if view.report else period
    week_rows = ctx.services.time_entries.totals_by_person(week.start, week.end)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(week_rows), timeout=WAIT)
    assert sum(p.minutes for p in week_rows) <= month_total
    ctx.runner.wait_idle()
