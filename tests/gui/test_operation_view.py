"""The Service Operation area: queue above, incident tabs below, record commands, layout."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from deskapp.db.demo import generate
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import HINT_HEIGHT, OperationView
from deskapp.ui.queues.model import IdRole
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    generate(sqlite_database.engine, 120, seed=3, open_ratio=0.5)
    return make_context(sqlite_database, qapp)


@pytest.fixture
def view(qtbot: QtBot, ctx: UiContext) -> Iterator[OperationView]:
    v = OperationView(ctx)
    qtbot.addWidget(v)
    v.resize(1300, 760)
    v.show()
    qtbot.waitExposed(v)
    ws = v.queues
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: ws.model.row_at(2) is not None, timeout=WAIT)
    yield v
    v.shutdown()
    ctx.runner.wait_idle()


def test_double_click_opens_tab_and_next_previous_walk_the_queue(qtbot: QtBot,
                                                               view: OperationView) -> None:
    ws = view.queues
    # incidents only: the demo's top rows may be tasks, which open in a task tab
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.apply_definition(ws.definition.with_filter(
            replace(ws.definition.filter, kinds=("incident",))))
    qtbot.waitUntil(lambda: ws.model.row_at(2) is not None, timeout=WAIT)
    rect = ws.view.visualRect(ws.model.index(1, 1))
    qtbot.mouseClick(ws.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ws.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    second = ws.model.index(1, 0).data(IdRole)
    editor = view.current_editor()
    assert editor is not None and view.tabs.count() == 1
    qtbot.waitUntil(lambda: editor.dto is not None and editor.dto.id == second, timeout=WAIT)
    # the same incident again: the tab is reused, not duplicated
    view.open_incident(second)
    assert view.tabs.count() == 1
    # next record (Ctrl+.) shows row 2 in the same tab; previous (Alt+Up) goes back
    qtbot.keyClick(editor.details.title, Qt.Key.Key_Period, CTRL)
    third = ws.model.index(2, 0).data(IdRole)
    qtbot.waitUntil(lambda: editor.dto is not None and editor.dto.id == third, timeout=WAIT)
    assert view.tabs.count() == 1 and ws.view.currentIndex().row() == 2
    assert view.tabs.tabText(0) == editor.dto.number
    qtbot.keyClick(editor.details.title, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.dto is not None and editor.dto.id == second, timeout=WAIT)
    # Ctrl+N adds a blank tab beside it; Ctrl+W closes the clean tabs without asking
    qtbot.keyClick(editor.details.title, Qt.Key.Key_N, CTRL)
    assert view.tabs.count() == 2 and view.incident_ids()[1] is None
    blank = view.current_editor()
    assert blank is not None
    qtbot.waitUntil(blank.is_ready, timeout=WAIT)
    qtbot.keyClick(blank.details.title, Qt.Key.Key_W, CTRL)
    qtbot.keyClick(editor.details.title, Qt.Key.Key_W, CTRL)
    assert view.tabs.count() == 0 and view.editors_area.currentIndex() == 0


def test_ctrl_enter_saves_and_closes(qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    before = ctx.services.incidents.count()
    qtbot.keyClick(view.queues.view, Qt.Key.Key_N, CTRL)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    qtbot.keyClicks(editor.details.title, "Badge reader refuses my card")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(editor.details.title, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: view.tabs.count() == 0, timeout=WAIT)
    assert ctx.services.incidents.count() == before + 1


def test_queue_takes_the_height_until_an_incident_opens_and_the_split_persists(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    queue_h, hint_h = view.splitter.sizes()
    assert hint_h <= HINT_HEIGHT + 2 and queue_h > 4 * hint_h  # nothing open: the queue gets it
    view.new_record()
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] > 2 * HINT_HEIGHT, timeout=WAIT)
    view.splitter.setSizes([200, 500])
    sizes = view.splitter.sizes()
    settings = QSettings()
    settings.beginGroup("areas/operation")
    view.save_state(settings)
    settings.endGroup()
    view.close_current()
    assert view.tabs.count() == 0 and view.splitter.sizes()[1] <= HINT_HEIGHT + 2

    other = OperationView(ctx)
    qtbot.addWidget(other)
    other.resize(view.size())
    settings.beginGroup("areas/operation")
    other.restore_state(settings)
    settings.endGroup()
    other.show()
    qtbot.waitExposed(other)
    other.new_record()
    assert other.splitter.sizes() == sizes
    other.close_current()
    other.shutdown()


def test_record_shortcuts_defer_to_a_host_window(qtbot: QtBot, ctx: UiContext) -> None:
    """Inside a window that already binds Ctrl+S (the main window) the view's own copy is off,
    so the key is not ambiguous; the host's action reaches the view through save()."""
    host = QMainWindow()
    qtbot.addWidget(host)
    v = OperationView(ctx)
    host.setCentralWidget(v)
    saves: list[bool] = []
    action = QAction("Save", host)
    action.setShortcut(QKeySequence("Ctrl+S"))
    action.triggered.connect(lambda: saves.append(True))
    host.addAction(action)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=WAIT)
    assert not any(a.isEnabled() for a in v.own_actions)
    assert v.close_action.isEnabled()  # Ctrl+W is the view's own
    qtbot.keyClick(v.queues.view, Qt.Key.Key_S, CTRL)
    assert saves == [True]
    v.shutdown()
    ctx.runner.wait_idle()



def test_the_queue_list_moves_to_a_host_and_its_fold_persists(qtbot: QtBot,
                                                              view: OperationView) -> None:
    ws = view.queues
    assert ws.isAncestorOf(ws.navigator)  # on its own the view keeps the list beside the grid
    section = view.side_panel()
    assert section is view.side_panel() and section.navigator is ws.navigator
    assert not ws.isAncestorOf(ws.navigator) and section.isAncestorOf(ws.navigator)
    qtbot.addWidget(section)
    section.show()
    section.set_collapsed(True)
    settings = QSettings()
    view.save_state(settings)
    assert settings.value("queues_folded") in (True, "true")
    section.set_collapsed(False)
    view.restore_state(settings)
    assert section.is_collapsed() and not ws.navigator.isVisible()
    # the grid's messages leave the area's status line with their cause
    cleared: list[str] = []
    view.status_cleared.connect(cleared.append)
    ws.show_message("Exported 3 items.")
    ws.refresh_action.trigger()
    assert cleared == ["Exported 3 items."]
