"""The form keeps what was typed when the database is locked, and a read-only desk says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.db.engine import make_engine, session_factories
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.operation.view import OperationView
from tests.support.factories import make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


@pytest.fixture
def impatient(sqlite_database: Database) -> Iterator[Database]:
    """The same desk with a 200 ms busy timeout (the product waits 10 s)."""
    make_desk(sqlite_database)
    url = sqlite_database.engine.url
    engine = make_engine(url, busy_timeout_ms=200)
    yield Database(url, engine, UnitOfWorkFactory(*session_factories(engine)))
    engine.dispose()


def test_a_locked_database_keeps_the_edit_in_the_form(
        qtbot: QtBot, impatient: Database, qapp: QApplication, settings_dir: Path) -> None:
    ctx = make_context(impatient, qapp)
    dto = ctx.services.incidents.create({"title": "VPN drops", "impact": 2, "urgency": 2})
    view = OperationView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    editor = view.open_incident(dto.id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    assert impatient.engine.url.database
    other = sqlite3.connect(impatient.engine.url.database, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another program holds the file
        editor.details.title.selectAll()
        qtbot.keyClicks(editor.details.title, "VPN drops every hour")
        qtbot.keyClick(editor.details.title, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: "busy" in editor.notice.text(), timeout=WAIT)
        assert editor.notice.text().startswith("Not saved: The database is busy")
        assert "Something went wrong" not in editor.notice.text()
        assert editor.details.title.text() == "VPN drops every hour" and editor.is_dirty()
        other.execute("ROLLBACK")
    finally:
        other.close()
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(editor.details.title, Qt.Key.Key_S, CTRL)
    assert ctx.services.incidents.get(dto.id).title == "VPN drops every hour"
    view.shutdown()
    ctx.runner.wait_idle()


def test_a_read_only_desk_shows_a_banner(qtbot: QtBot, sqlite_database: Database,
                                         qapp: QApplication, settings_dir: Path) -> None:
    ctx: UiContext = make_context(sqlite_database, qapp)
    writable = MainWindow(ctx)
    qtbot.addWidget(writable)
    assert writable.read_only_banner is None
    writable.close()
    ctx.runner.wait_idle()
    sqlite_database.read_only = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("Read-only:")
    window.close()
    ctx.runner.wait_idle()
