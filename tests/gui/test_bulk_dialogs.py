"""Bulk dialogs as a person meets them: they open on "(no change)", count what will change,
ask again before clearing a field or touching more than 50 incidents, and refuse a result the
lifecycle forbids before anything is written."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from deskapp.domain.queue import QueueFilter
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.ui.queues import actions as actions_module
from deskapp.ui.queues.dialogs import BulkDialog, BulkReportDialog
from deskapp.ui.queues.workspace import QueueWorkspace
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MANY = 55  # more than CONFIRM_ABOVE (50)


@dataclass(frozen=True)
class Tickets:
    desk: Desk
    working: list[uuid.UUID]  # In Progress, team Service Desk, assigned to the member
    waiting: list[uuid.UUID]  # Assigned, team Service Desk and the member
    fresh: list[uuid.UUID]  # New: no team, nobody
    many: list[uuid.UUID]  # MANY more New ones, titled "bulkload"


@pytest.fixture
def tickets(sqlite_database: Database, qapp: QApplication) -> Tickets:
    db = sqlite_database
    desk = make_desk(db)
    services = make_context(db, qapp).services

    def make(title: str, status: str | None = None, assign: bool = False) -> uuid.UUID:
        inc = services.incidents.create({"title": title, "impact": 3, "urgency": 3})
        if assign:
            inc = services.incidents.assign(inc.id, inc.version, desk.team_id, desk.member_id)
        if status:
            inc = services.incidents.transition(inc.id, inc.version, status)
        return inc.id

    return Tickets(desk, [make(f"desk alpha {n}", "in_progress", True) for n in range(3)],
                   [make(f"desk bravo {n}", None, True) for n in range(2)],
                   [make(f"charlie {n}") for n in range(2)],
                   [make(f"bulkload {n}") for n in range(MANY)])


@pytest.fixture
def workspace(qtbot: QtBot, qapp: QApplication, sqlite_database: Database, tickets: Tickets,
              settings_dir: Path) -> Iterator[QueueWorkspace]:
    ctx = make_context(sqlite_database, qapp)
    ws = QueueWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    qtbot.waitUntil(lambda: bool(ws.ref.teams) and ws.model.queue is not None, timeout=10_000)
    yield ws
    ws.shutdown()
    ctx.runner.wait_idle()


def select_by_title(qtbot: QtBot, ws: QueueWorkspace, word: str, expected: int) -> None:
    """Filter the queue to the word, then select every row (Ctrl+A in the table)."""
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.set_filter(QueueFilter(text=word))
    qtbot.waitUntil(lambda: ws.model.rowCount() == expected, timeout=10_000)
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert ws.selection_size() == expected


def open_bulk(qtbot: QtBot, ws: QueueWorkspace, action: str) -> BulkDialog:
    ws.bulk_actions[action].trigger()
    name = f"bulk-{action}"
    qtbot.waitUntil(lambda: ws.findChild(BulkDialog, name) is not None, timeout=10_000)
    dialog = ws.findChild(BulkDialog, name)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def ok_button(dialog: BulkDialog) -> object:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def versions(services: Services, ids: list[uuid.UUID]) -> list[int]:
    return [services.incidents.get(i).version for i in ids]


def choose(box: object, label: str) -> None:
    """Pick the entry shown as ``label``."""
    index = box.findText(label)  # type: ignore[attr-defined]
    assert index >= 0, label
    box.setFocus()  # type: ignore[attr-defined]
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def settle(qtbot: QtBot, ws: QueueWorkspace) -> None:
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)


@pytest.mark.parametrize("action", ["assign", "status", "priority", "team"])
def test_enter_on_a_fresh_bulk_dialog_changes_nothing(
        qtbot: QtBot, workspace: QueueWorkspace, tickets: Tickets, action: str) -> None:
    ws = workspace
    services = ws.ctx.services
    chosen = tickets.working + tickets.waiting
    select_by_title(qtbot, ws, "desk", len(chosen))
    before = versions(services, chosen)
    dialog = open_bulk(qtbot, ws, action)
    assert "5 items" in dialog.windowTitle()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert versions(services, chosen) == before
    every = services.incidents.get(tickets.working[0])
    assert every.assignee is not None and every.team is not None and every.priority == 5
    assert dialog.isVisible() and ws.findChild(BulkReportDialog) is None
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert "Nothing changes yet" in dialog.summary.text()
    dialog.reject()


def test_the_summary_counts_what_will_change(qtbot: QtBot, workspace: QueueWorkspace,
                                              tickets: Tickets) -> None:
    ws = workspace
    select_by_title(qtbot, ws, "desk", 5)
    dialog = open_bulk(qtbot, ws, "priority")
    choose(dialog.impact, "2 - Medium")
    assert dialog.summary.text() == "5 items will change: Impact → 2 - Medium"
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.reject()
    dialog = open_bulk(qtbot, ws, "status")
    choose(dialog.status, "In Progress")  # the three alpha rows already are
    assert dialog.summary.text().splitlines() == [
        "2 items will change: Status → In Progress",
        "3 already as asked (left as they are)."]
    ok_button(dialog).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=10_000)
    report = ws.findChild(BulkReportDialog)
    assert report is not None
    assert sorted(o.outcome for o in report.report.outcomes) == ["ok"] * 2 + ["unchanged"] * 3
    assert all(ws.ctx.services.incidents.get(i).status == "in_progress"
               for i in tickets.waiting)
    report.close()


def test_clearing_a_field_asks_again_naming_the_count(qtbot: QtBot, workspace: QueueWorkspace,
                                                      tickets: Tickets) -> None:
    ws = workspace
    services = ws.ctx.services
    select_by_title(qtbot, ws, "bravo", 2)
    before = versions(services, tickets.waiting)
    dialog = open_bulk(qtbot, ws, "assign")
    choose(dialog.assignee, "(nobody)")
    assert dialog.summary.text() == "2 items will change: Assignee → nobody"
    ok_button(dialog).click()  # type: ignore[attr-defined]
    box = dialog.findChild(QMessageBox, "bulkConfirm")
    assert box is not None and box.isVisible()
    assert "2 will have nobody assigned" in box.text()
    # Enter takes the safe answer: Cancel
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert dialog.isVisible() and versions(services, tickets.waiting) == before
    ok_button(dialog).click()  # type: ignore[attr-defined]
    box = dialog.confirmation
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=10_000)
    for i in tickets.waiting:
        after = services.incidents.get(i)
        assert after.assignee is None and after.team is not None and after.status == "assigned"


def test_more_than_fifty_incidents_ask_again(qtbot: QtBot, workspace: QueueWorkspace,
                                             tickets: Tickets) -> None:
    ws = workspace
    services = ws.ctx.services
    select_by_title(qtbot, ws, "bulkload", MANY)
    before = versions(services, tickets.many)
    dialog = open_bulk(qtbot, ws, "priority")
    choose(dialog.urgency, "1 - High")
    ok_button(dialog).click()  # type: ignore[attr-defined]
    box = dialog.findChild(QMessageBox, "bulkConfirm")
    assert box is not None and box.isVisible()
    assert f"This changes {MANY} items." in box.text()
    assert box.button(QMessageBox.StandardButton.Yes).text() == f"&Change {MANY} items"
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, ws)
    assert versions(services, tickets.many) == before
    ok_button(dialog).click()  # type: ignore[attr-defined]
    box = dialog.confirmation
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=20_000)
    report = ws.findChild(BulkReportDialog)
    assert report is not None and report.report.ok == MANY
    assert {services.incidents.get(i).priority for i in tickets.many} == {3}  # 3 + 1 - 1


def test_a_result_the_lifecycle_forbids_is_refused_in_the_dialog(
        qtbot: QtBot, workspace: QueueWorkspace, tickets: Tickets) -> None:
    ws = workspace
    services = ws.ctx.services
    select_by_title(qtbot, ws, "alpha", 3)
    dialog = open_bulk(qtbot, ws, "assign")
    choose(dialog.assignee, "(nobody)")
    assert dialog.problem.isVisible()
    assert "3 of the selected items would be In Progress with nobody assigned" \
        in dialog.problem.text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    # moving them to a team their assignee is not in would leave nobody on them too
    choose(dialog.assignee, "(no change)")
    choose(dialog.team, "Network")
    assert "would be In Progress with nobody" in dialog.problem.text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    choose(dialog.team, "(no change)")
    assert not dialog.problem.isVisible()
    dialog.reject()
    # New tickets have nobody: In Progress is refused, Resolved needs a code and notes
    select_by_title(qtbot, ws, "charlie", 2)
    dialog = open_bulk(qtbot, ws, "status")
    choose(dialog.status, "In Progress")
    assert "2 of the selected items would be In Progress" in dialog.problem.text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    choose(dialog.status, "Resolved")
    assert dialog.code.isVisible() and dialog.notes.isVisible()
    # the codes on offer are the list's active ones (Service Design), after "(choose a code)"
    assert [dialog.code.itemText(i) for i in range(1, dialog.code.count())] == [
        c.label for c in services.resolution_codes.active()]
    assert "Choose a resolution code." in dialog.problem.text()
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    choose(dialog.code, "Duplicate")
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.notes, "Same as INC-1")
    assert ok_button(dialog).isEnabled() and not dialog.problem.isVisible()  # type: ignore
    ok_button(dialog).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=10_000)
    for i in tickets.fresh:
        done = services.incidents.get(i)
        assert done.status == "resolved" and done.resolution_notes == "Same as INC-1"
    for i in tickets.working:
        assert services.incidents.get(i).assignee is not None


def test_a_bulk_message_goes_when_its_cause_does(
        qtbot: QtBot, workspace: QueueWorkspace, tickets: Tickets,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ws = workspace
    monkeypatch.setattr(actions_module, "MAX_BULK", 2)
    select_by_title(qtbot, ws, "alpha", 3)
    ws.bulk_actions["assign"].trigger()
    assert ws.message.isVisible() and "up to 2 items" in ws.message.text()
    ws.view.selectRow(0)  # a selection the action takes: the message is about nothing now
    assert not ws.message.isVisible()
    # a message of something else stays when the selection changes
    ws.show_message("Queue saved.")
    ws.view.selectRow(1)
    assert ws.message.isVisible() and ws.message.text() == "Queue saved."
