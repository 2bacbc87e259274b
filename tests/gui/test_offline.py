"""Work offline from the app: make a replica with progress, open it as its technician, see the
badge that says what it is, and sync it with Ctrl+Alt+Y (real PostgreSQL desk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.app import sign_in
from deskapp.config.urls import sqlite_url
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.offline import ReplicaBadge, WorkOfflineDialog
from deskapp.ui.workers import Runner
from tests.support.factories import make_desk
from tests.support.fixtures import new_database_url
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise")


@pytest.fixture
def desk_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db = open_database(new_database_url("postgresql", request, tmp_path), auto_upgrade=False)
    yield db
    db.dispose()


def test_make_a_team_replica_then_sync_it_from_the_badge(qtbot: QtBot, qapp: QApplication,
                                                         desk_db: Database, tmp_path: Path,
                                                         settings_dir: Path) -> None:
    desk = make_desk(desk_db)
    ctx = make_context(desk_db, qapp)  # a member of the first team by name: Network
    services = ctx.services
    services.incidents.create({"title": "Core switch fan noise", "impact": 2, "urgency": 2,
                               "team_id": desk.other_team_id})
    desk_window = MainWindow(ctx)
    qtbot.addWidget(desk_window)
    assert desk_window.offline_action.isEnabled()  # File > Work offline… on a shared desk
    dialog = WorkOfflineDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    target = tmp_path / "field.sqlite3"
    dialog.path.setText(str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &team
    qtbot.waitUntil(dialog.team.isChecked)  # a mnemonic clicks after a short animation
    assert dialog.teams.isEnabled()
    dialog.teams.setCurrentText("Network")
    assert dialog.scope() == "team:Network"
    with qtbot.waitSignal(dialog.made, timeout=30_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert target.is_file() and "1 work item" in dialog.status.text()

    replica = open_database(sqlite_url(target))
    try:
        actor = sign_in(replica)
        assert actor.username == services.actor.username
        rctx = UiContext(replica, Services.build(replica.uow, actor), Runner(qapp))
        info = rctx.services.replica.info()
        assert info is not None
        badge = ReplicaBadge(rctx, info)
        qtbot.addWidget(badge)
        badge.show()
        qtbot.waitExposed(badge)
        badge.activateWindow()  # in the app it sits in the main window's status bar
        qtbot.waitUntil(lambda: QApplication.activeWindow() is badge)
        assert badge.label.text().startswith("Offline replica")
        assert "sent to the desk exactly once" in badge.toolTip()
        services.incidents.create({"title": "Patch panel relabel", "impact": 3, "urgency": 3,
                                   "team_id": desk.other_team_id})
        with qtbot.waitSignal(badge.message, timeout=30_000) as said:
            qtbot.keyClick(badge, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.AltModifier)
        assert said.args[0].startswith("Synced:")
        assert rctx.services.incidents.page(limit=10)  # the replica shows the work
        window = MainWindow(rctx)  # the main window on a replica wears the badge
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.replica_badge is not None)
        assert not window.offline_action.isEnabled()  # a replica of a replica: no
        window.close()
        rctx.runner.wait_idle()
    finally:
        replica.dispose()
    ctx.runner.wait_idle()
