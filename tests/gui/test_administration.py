"""The Administration window driven as people use it: an admin adds staff, ticks roles, disables
someone and manages teams; a supervisor manages only the teams they lead; the audit trail shows
the changes; the main window opens it with Ctrl+Shift+M."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import resolve_actor
from deskapp.ui.admin.window import AdministrationWindow
from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.workers import Runner
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


@pytest.fixture
def desk(sqlite_database: Database) -> Desk:
    return make_desk(sqlite_database)


@pytest.fixture
def ctx(sqlite_database: Database, desk: Desk, qapp: QApplication,
        settings_dir: Path) -> UiContext:
    return make_context(sqlite_database, qapp, "gui.admin", "Gui Admin")


def _window(qtbot: QtBot, ctx: UiContext) -> AdministrationWindow:
    win = AdministrationWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.staff.table.rowCount() > 0 and win.teams.team_list.count() > 0)
    return win


@pytest.fixture
def admin_window(qtbot: QtBot, ctx: UiContext) -> Iterator[AdministrationWindow]:
    win = _window(qtbot, ctx)
    yield win
    win.close()
    ctx.runner.wait_idle()


def _row_of(win: AdministrationWindow, username: str) -> int:
    table = win.staff.table
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == username)


def _fill_new_staff(qtbot: QtBot, username: str, name: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        boxes = dialog.findChildren(QLineEdit)
        qtbot.keyClicks(boxes[0], username)
        qtbot.keyClicks(boxes[1], name)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(100, fill)


def test_admin_adds_staff_ticks_roles_and_disables(qtbot: QtBot, ctx: UiContext,
                                                   admin_window: AdministrationWindow) -> None:
    win = admin_window
    tab = win.staff
    assert not tab.password_button.isEnabled()  # SQLite: no database password
    _fill_new_staff(qtbot, "dana", "Dana Dispatcher")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Added Dana Dispatcher" in tab.message.text())
    qtbot.waitUntil(lambda: any(s.username == "dana" for s in tab.rows))
    tab.table.selectRow(_row_of(win, "dana"))
    assert tab.role_boxes["agent"].isChecked()
    box = tab.role_boxes["supervisor"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    qtbot.mouseClick(tab.save_roles_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the roles of Dana" in tab.message.text())
    staff = {s.username: s for s in ctx.services.administration.staff()}
    assert staff["dana"].roles == ("agent", "supervisor")

    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().username == "dana")
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Disabled Dana" in tab.message.text())
    assert not {s.username: s for s in ctx.services.administration.staff()}["dana"].active
    assert tab.password_button.toolTip().startswith("This desk is a local SQLite file")

    # the audit page shows what was just done
    win.tabs.setCurrentWidget(win.audit)
    qtbot.mouseClick(win.audit.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.record_label == "dana" and e.action == "disabled"
                                for e in win.audit.entries))
    texts = {win.audit.table.item(r, 3).text() for r in range(win.audit.table.rowCount())}
    assert {"created", "changed", "disabled"} <= texts


def test_admin_manages_teams_and_leads(qtbot: QtBot, ctx: UiContext, desk: Desk,
                                       admin_window: AdministrationWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tab = admin_window.teams
    monkeypatch.setattr("deskapp.ui.admin.teams_tab.QInputDialog.getText",
                        lambda *a, **k: ("Payroll help", True))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().name == "Payroll help")
    index = tab.candidate.findText("Morgan Member", Qt.MatchFlag.MatchStartsWith)
    tab.candidate.setCurrentIndex(index)
    qtbot.mouseClick(tab.candidate_lead, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, tab.candidate_lead.height() // 2))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.members.rowCount() == 1)
    assert tab.members.item(0, 2).checkState() == Qt.CheckState.Checked
    team = next(t for t in ctx.services.administration.teams() if t.name == "Payroll help")
    assert [(m.full_name, m.is_lead) for m in team.members] == [("Morgan Member", True)]
    tab.members.item(0, 2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "Saved the leads" in tab.message.text())
    team = ctx.services.administration.team(team.id)
    assert not team.members[0].is_lead


def test_admin_sets_and_clears_a_teams_hourly_rate(qtbot: QtBot, ctx: UiContext, desk: Desk,
                                                  admin_window: AdministrationWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tab = admin_window.teams
    qtbot.waitUntil(lambda: tab.current() is not None)
    team = tab.current()
    assert team is not None and team.hourly_rate is None
    assert "none" in tab.rate_label.text()
    typed: list[str] = []

    def answer(*_a: object, **k: object) -> tuple[str, bool]:
        typed.append(str(k.get("text")))  # the box opens on the stored rate, never on a new one
        return answers.pop(0), True

    answers = ["85.50", "-3", ""]
    monkeypatch.setattr("deskapp.ui.admin.teams_tab.QInputDialog.getText", answer)
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the hourly rate" in tab.message.text())
    qtbot.waitUntil(lambda: "85.50" in tab.rate_label.text())
    assert str(ctx.services.administration.team(team.id).hourly_rate) == "85.50"
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not saved" in tab.message.text())
    assert "above 0" in tab.message.text()
    assert str(ctx.services.administration.team(team.id).hourly_rate) == "85.50"
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.services.administration.team(team.id).hourly_rate is None)
    assert typed == ["", "85.50", "85.50"]


def test_supervisor_manages_only_teams_they_lead(qtbot: QtBot, ctx: UiContext, desk: Desk,
                                                 sqlite_database: Database,
                                                 qapp: QApplication) -> None:
    admin = ctx.services.administration
    sup = admin.create_staff("sue", "Sue Supervisor", ["agent", "supervisor"])
    admin.add_member(desk.team_id, sup.id, is_lead=True)
    services = Services.build(sqlite_database.uow, resolve_actor(sqlite_database.uow, "sue"))
    theirs = UiContext(sqlite_database, services, Runner(qapp))
    win = _window(qtbot, theirs)
    try:
        staff = win.staff
        assert not staff.new_button.isEnabled()
        assert "staff and roles" in staff.new_button.toolTip()
        assert not staff.role_boxes["admin"].isEnabled()
        teams = win.teams
        assert not teams.new_button.isEnabled()
        names = [teams.team_list.item(r).text() for r in range(teams.team_list.count())]
        teams.team_list.setCurrentRow(names.index("Network"))
        assert not teams.add_button.isEnabled()
        assert "only of teams you lead" in teams.add_button.toolTip()
        teams.team_list.setCurrentRow(names.index("Service Desk"))
        assert teams.add_button.isEnabled()
        index = teams.candidate.findText("Olly Outsider", Qt.MatchFlag.MatchStartsWith)
        teams.candidate.setCurrentIndex(index)
        qtbot.mouseClick(teams.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: teams.members.rowCount() == 3)
    finally:
        win.close()
        theirs.runner.wait_idle()


def test_agent_sees_the_audit_page_refused(qtbot: QtBot, ctx: UiContext,
                                           sqlite_database: Database,
                                           qapp: QApplication) -> None:
    ctx.services.administration.create_staff("ann", "Ann Agent", ["agent"])
    services = Services.build(sqlite_database.uow, resolve_actor(sqlite_database.uow, "ann"))
    theirs = UiContext(sqlite_database, services, Runner(qapp))
    win = _window(qtbot, theirs)
    try:
        assert not win.audit.show_button.isEnabled()
        assert "the audit trail" in win.audit.show_button.toolTip()
    finally:
        win.close()
        theirs.runner.wait_idle()


def test_main_window_opens_administration_with_its_shortcut(
        qtbot: QtBot, ctx: UiContext) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    main.current_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    try:
        qtbot.keyClick(main, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: getattr(main, "administration", None) is not None
                        and main.administration.isVisible())
        main.administration.close()
    finally:
        main.close()
        ctx.runner.wait_idle()


def test_admin_sets_a_staff_members_default_team(qtbot: QtBot, ctx: UiContext, desk: Desk,
                                                 admin_window: AdministrationWindow) -> None:
    """Among that person's own teams only; take next then puts their work there."""
    win = admin_window
    tab = win.staff
    with ctx.database.uow() as uow:
        member = uow.staff.get(desk.member_id)
        assert member is not None
        username = member.username
    tab.table.selectRow(_row_of(win, username))
    qtbot.waitUntil(lambda: tab.default_team.count() == 2 and tab.save_team_button.isEnabled())
    assert [tab.default_team.itemText(i) for i in range(2)][1] == "Service Desk"
    tab.default_team.setCurrentIndex(1)
    qtbot.mouseClick(tab.save_team_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "default team is now Service Desk" in tab.message.text())
    assert ctx.services.preferences.default_team(desk.member_id) == desk.team_id
