"""The Transition area: configuration items open with data, filter on the server, page by
keyset as the list scrolls, create and edit from the keyboard, refuse bad input inline and ask
the main window to open an incident."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.runtime import Database
from deskapp.services.dto import Changes
from deskapp.ui.context import UiContext
from deskapp.ui.labels import ci_type_label
from deskapp.ui.transition.models import CiTableModel
from deskapp.ui.transition.view import TransitionView
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 300, seed=3)
    return make_context(sqlite_database, qapp)


class Host(QMainWindow):
    def __init__(self, view: TransitionView) -> None:
        super().__init__()
        self.setCentralWidget(view)
        for keys, slot in (("Ctrl+N", view.new_record), ("Ctrl+S", view.save),
                           ("Ctrl+.", view.next_record), ("Ctrl+,", view.previous_record)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(1366, 768)


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[TransitionView]:
    v = TransitionView(ctx)
    host = Host(v)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and v.editor.record is not None)
    qtbot.waitUntil(lambda: v.editor.service_combo.count() > 1)
    yield v
    ctx.runner.wait_idle()


def _names(view: TransitionView) -> list[str]:
    return [ci.name for ci in view.model.rows()]


def test_opens_with_configuration_items_and_open_incidents(view: TransitionView,
                                                           ctx: UiContext,
                                                           qtbot: QtBot) -> None:
    everything = ctx.services.cmdb.items(limit=10_000).items
    assert view.model.rowCount() == len(everything) == 300
    assert _names(view) == [ci.name for ci in everything]
    assert "300" in view.count_label.text()
    busiest = max(everything, key=lambda ci: ci.open_incidents)
    row = view.model.row_of(busiest.id)
    assert view.model.index(row, CiTableModel.OPEN).data() == str(busiest.open_incidents)
    view.table.selectRow(row)
    assert view.editor.name_edit.text() == busiest.name
    assert view.editor.type_combo.currentText() == ci_type_label(busiest.ci_type)
    assert view.editor.values()["ci_type"] == busiest.ci_type  # stored as it was
    assert view.editor.service_combo.currentText().startswith(busiest.service_name)
    qtbot.waitUntil(lambda: view.editor.incident_model.rowCount()
                    == min(busiest.open_incidents, 200))
    assert str(busiest.open_incidents) in view.editor.work_box.title()


def test_filter_by_typing_type_and_status(view: TransitionView, ctx: UiContext,
                                          qtbot: QtBot) -> None:
    view.filter_edit.setFocus()
    qtbot.keyClicks(view.filter_edit, "prn-")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < 300)
    assert all(name.lower().startswith("prn-") for name in _names(view))
    assert len(_names(view)) == 30

    view.filter_edit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 300)
    view.type_filter.setCurrentIndex(view.type_filter.findData("printer"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)
    assert {ci.ci_type for ci in view.model.rows()} == {"printer"}
    view.type_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData("retired"))
    retired = ctx.services.cmdb.items(status="retired").items
    qtbot.waitUntil(lambda: view.model.rowCount() == len(retired))
    assert {ci.status for ci in view.model.rows()} == {"retired"}


def test_the_list_loads_the_next_keyset_page_when_scrolled(view: TransitionView,
                                                          qtbot: QtBot) -> None:
    view.page_size = 50
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 50)
    assert "First 50" in view.count_label.text()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() >= 100)
    names = _names(view)
    assert len(set(names)) == len(names)
    assert [n.lower() for n in names] == sorted(n.lower() for n in names)


def test_create_a_ci_from_the_keyboard(view: TransitionView, ctx: UiContext,
                                       qtbot: QtBot) -> None:
    published: list[Changes] = []
    ctx.bus.changed.connect(published.append)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is None and view.editor.name_edit.hasFocus()
    qtbot.keyClicks(view.editor.name_edit, "PRN-ZZZ-01")
    qtbot.keyClick(view.editor.name_edit, Qt.Key.Key_Tab)
    line = view.editor.type_combo.lineEdit()
    assert line is not None and line.hasFocus()
    qtbot.keyClicks(line, "printer")
    qtbot.keyClick(view.editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.record is not None
                    and view.model.row_of(view.editor.record.id) >= 0)
    saved = ctx.services.cmdb.items("PRN-ZZZ-01").items
    assert [(c.name, c.ci_type, c.status) for c in saved] == [("PRN-ZZZ-01", "printer",
                                                               "in_use")]
    assert any(c.kind == "ci" and c.created and saved[0].id in c.ids for c in published)
    assert not view.editor.dirty

    # Edit it: move it to maintenance and give it a service.
    view.editor.status_combo.setCurrentIndex(view.editor.status_combo.findData("maintenance"))
    view.editor.service_combo.setCurrentIndex(1)
    chosen = view.editor.service_combo.currentText()
    qtbot.keyClick(view.editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.record is not None
                    and view.editor.record.status == "maintenance")
    again = ctx.services.cmdb.items("PRN-ZZZ-01").items[0]
    assert again.version == saved[0].version + 1 and chosen.startswith(again.service_name)
    assert view.model.row_at(view.model.row_of(again.id)).status == "maintenance"


def test_bad_input_is_refused_inline(view: TransitionView, ctx: UiContext,
                                     qtbot: QtBot) -> None:
    view.new_record()
    view.editor.location_edit.setText("l" * 121)
    view.save()
    qtbot.waitUntil(lambda: view.editor.errors["name"].isVisible())
    assert "required" in view.editor.errors["name"].text()
    assert "required" in view.editor.errors["ci_type"].text()
    assert "121 characters" in view.editor.errors["location"].text()
    assert view.editor.name_edit.hasFocus()
    assert len(ctx.services.cmdb.items(limit=10_000).items) == 300


def test_a_lost_update_is_detected(view: TransitionView, ctx: UiContext, qtbot: QtBot) -> None:
    mine = view.editor.record
    assert mine is not None
    ctx.services.cmdb.save(mine.id, mine.version, {"name": mine.name, "ci_type": mine.ci_type,
                                                   "location": "Moved by someone"})
    view.editor.location_edit.setText("Mine")
    view.save()
    qtbot.waitUntil(lambda: view.editor.banner.reload_button.isVisible())
    qtbot.mouseClick(view.editor.banner.reload_button, Qt.MouseButton.LeftButton)
    assert view.editor.location_edit.text() == "Moved by someone"


def test_double_click_on_an_open_incident_asks_to_open_it(view: TransitionView,
                                                         qtbot: QtBot) -> None:
    busiest = max(view.model.rows(), key=lambda ci: ci.open_incidents)
    view.table.selectRow(view.model.row_of(busiest.id))
    qtbot.waitUntil(lambda: view.editor.incident_model.rowCount() > 0)
    table = view.editor.incident_table
    first = view.editor.incident_model.row_at(0)
    rect = table.visualRect(table.model().index(0, 0))
    asked: list[object] = []
    view.open_incident_requested.connect(asked.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [first.id] and isinstance(first.id, uuid.UUID)


def test_next_and_previous_record_walk_the_list(view: TransitionView, qtbot: QtBot) -> None:
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is not None and view.editor.record.id == view.model.row_at(1).id
    qtbot.keyClick(view.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record.id == view.model.row_at(1).id


def test_layout_persists(view: TransitionView, ctx: UiContext, qtbot: QtBot) -> None:
    view.splitter.setSizes([400, 800])
    view.table.horizontalHeader().resizeSection(0, 311)
    settings = QSettings()
    settings.beginGroup("areas/transition")
    view.save_state(settings)
    settings.endGroup()
    other = TransitionView(ctx)
    qtbot.addWidget(other)
    settings.beginGroup("areas/transition")
    other.restore_state(settings)
    settings.endGroup()
    assert other.table.horizontalHeader().sectionSize(0) == 311
    assert other.splitter.saveState() == view.splitter.saveState()


def test_models_pass_the_model_tester(view: TransitionView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.editor.incident_model)
    qtmodeltester.check(CiTableModel())


def test_a_new_ci_form_stays_compact_at_the_top(view: TransitionView, qtbot: QtBot) -> None:
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is None and not view.editor.work_box.isVisible()
    box = view.editor.fields_box
    qtbot.waitUntil(lambda: box.height() <= box.sizeHint().height() + 4)
    assert box.y() < 120
