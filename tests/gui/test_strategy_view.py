"""The Strategy area: the service portfolio opens with data, filters, creates and edits services
from the keyboard, refuses bad input inline, detects a lost update and asks to open incidents."""

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
from deskapp.ui.strategy.editor import CiLineModel
from deskapp.ui.strategy.models import PortfolioFilter, ServiceTableModel
from deskapp.ui.strategy.view import StrategyView
from deskapp.ui.strategy.widgets import OpenIncidentModel
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 300, seed=3)
    return make_context(sqlite_database, qapp)


class Host(QMainWindow):
    """Stands in for the main window: it owns the record shortcuts and forwards them."""

    def __init__(self, view: StrategyView) -> None:
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
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[StrategyView]:
    v = StrategyView(ctx)
    host = Host(v)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and v.editor.record is not None)
    qtbot.waitUntil(lambda: v.editor.ci_model.rowCount() > 0)
    yield v
    ctx.runner.wait_idle()


def _visible(view: StrategyView) -> list[str]:
    return [view.proxy.index(r, ServiceTableModel.NAME).data()
            for r in range(view.proxy.rowCount())]


def test_opens_with_the_portfolio_and_its_open_work(view: StrategyView, ctx: UiContext,
                                                    qtbot: QtBot) -> None:
    portfolio = ctx.services.portfolio.portfolio()
    assert view.model.rowCount() == len(portfolio.services) > 20
    assert _visible(view) == sorted(_visible(view), key=str.lower)
    for status in (None, "pipeline", "catalogue", "retired"):
        n = len(portfolio.services) if status is None else portfolio.count(status)
        assert f"({n})" in view.status_buttons[status].text()
    shown = view.editor.record
    assert shown is not None and view.editor.name_edit.text() == shown.name
    assert view.editor.title.text() == shown.name
    detail = ctx.services.portfolio.detail(shown.id)
    qtbot.waitUntil(lambda: view.editor.incident_model.rowCount()
                    == len(detail.open_incidents))
    assert view.editor.ci_model.rowCount() == len(detail.cis)
    busiest = max(portfolio.services, key=lambda s: s.open_incidents)
    row = view.model.row_of(busiest.id)
    assert view.model.index(row, ServiceTableModel.OPEN).data() == str(busiest.open_incidents)
    assert str(sum(s.open_incidents for s in portfolio.services)) in view.summary_label.text()


def test_filter_by_typing_and_by_status(view: StrategyView, ctx: UiContext,
                                        qtbot: QtBot) -> None:
    total = view.model.rowCount()
    view.filter_edit.setFocus()
    qtbot.keyClicks(view.filter_edit, "pay")
    assert _visible(view) == ["Payroll"]
    assert f"1 of {total} services" in view.summary_label.text()
    view.filter_edit.clear()
    assert view.proxy.rowCount() == total

    qtbot.mouseClick(view.status_buttons["pipeline"], Qt.MouseButton.LeftButton)
    portfolio = ctx.services.portfolio.portfolio()
    pipeline = sorted(s.name for s in portfolio.services if s.portfolio_status == "pipeline")
    assert sorted(_visible(view)) == pipeline and pipeline
    qtbot.mouseClick(view.status_buttons[None], Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == total


def test_create_a_service_from_the_keyboard(view: StrategyView, ctx: UiContext,
                                            qtbot: QtBot) -> None:
    published: list[Changes] = []
    ctx.bus.changed.connect(published.append)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is None and view.editor.name_edit.hasFocus()
    qtbot.keyClicks(view.editor.name_edit, "Quantum Ledger")
    qtbot.keyClick(view.editor.name_edit, Qt.Key.Key_Tab)  # -> portfolio status
    assert view.editor.status_combo.hasFocus()
    qtbot.keyClick(view.editor.status_combo, Qt.Key.Key_Down)  # pipeline -> catalogue
    qtbot.keyClick(view.editor.status_combo, Qt.Key.Key_Tab)  # -> criticality
    qtbot.keyClick(view.editor.criticality_combo, Qt.Key.Key_Down)  # medium -> high
    qtbot.keyClick(view.editor.criticality_combo, Qt.Key.Key_Tab)  # -> availability target
    assert view.editor.target_spin.hasFocus()
    view.editor.target_spin.lineEdit().selectAll()
    qtbot.keyClicks(view.editor.target_spin, "99.5")
    qtbot.keyClick(view.editor.target_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(view.editor.owner_edit, "Finance Director")
    assert view.editor.dirty
    qtbot.keyClick(view.editor.owner_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.record is not None
                    and view.model.row_of(view.editor.record.id) >= 0)
    saved = next(s for s in ctx.services.portfolio.portfolio().services
                 if s.name == "Quantum Ledger")
    assert (saved.portfolio_status, saved.criticality, saved.business_owner,
            saved.availability_target) == ("catalogue", "high", "Finance Director", 99.5)
    assert not view.editor.dirty and view.editor.record is not None
    assert view.editor.record.id == saved.id
    assert any(c.kind == "service" and c.created and saved.id in c.ids for c in published)
    assert view.table.selectionModel().selectedRows()[0].data() == "Quantum Ledger"


def test_bad_input_is_refused_inline_and_nothing_is_saved(view: StrategyView, ctx: UiContext,
                                                         qtbot: QtBot) -> None:
    before = len(ctx.services.portfolio.portfolio().services)
    view.new_record()
    qtbot.keyClick(view.editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.errors["name"].isVisible())
    assert "needs a name" in view.editor.errors["name"].text()
    assert view.editor.banner.isVisible()
    qtbot.keyClicks(view.editor.name_edit, "payroll")  # exists as "Payroll"
    view.editor.description_edit.setPlainText("x" * 4001)
    view.save()
    qtbot.waitUntil(lambda: "already a service" in view.editor.errors["name"].text())
    assert "4001 characters" in view.editor.errors["description"].text()
    assert view.editor.name_edit.hasFocus()
    assert len(ctx.services.portfolio.portfolio().services) == before


def test_a_lost_update_is_detected_and_their_version_offered(view: StrategyView,
                                                             ctx: UiContext,
                                                             qtbot: QtBot) -> None:
    mine = view.editor.record
    assert mine is not None
    values = {k: getattr(mine, k) for k in ("name", "portfolio_status", "criticality",
                                           "business_owner", "description", "owner_team_id")}
    theirs = ctx.services.portfolio.save(mine.id, mine.version,
                                         {**values, "business_owner": "Someone Else"})
    view.editor.owner_edit.setFocus()
    view.editor.owner_edit.selectAll()
    qtbot.keyClicks(view.editor.owner_edit, "Me")
    view.save()
    qtbot.waitUntil(lambda: view.editor.banner.reload_button.isVisible())
    assert "Someone else saved" in view.editor.banner.label.text()
    again = next(s for s in ctx.services.portfolio.portfolio().services if s.id == mine.id)
    assert again.business_owner == "Someone Else"  # nothing of mine overwrote theirs
    qtbot.mouseClick(view.editor.banner.reload_button, Qt.MouseButton.LeftButton)
    assert view.editor.owner_edit.text() == "Someone Else"
    assert view.editor.record is not None and view.editor.record.version == theirs.version
    assert not view.editor.dirty


def test_double_click_on_an_open_incident_asks_to_open_it(view: StrategyView, ctx: UiContext,
                                                         qtbot: QtBot) -> None:
    busiest = max(ctx.services.portfolio.portfolio().services, key=lambda s: s.open_incidents)
    view.set_status_filter(None)
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(busiest.id), 0)).row()
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.editor.incident_model.rowCount() > 0
                    and view.editor.record_id == busiest.id)
    table = view.editor.incident_table
    table.scrollToTop()
    first = view.editor.incident_model.row_at(0)
    asked: list[object] = []
    view.open_incident_requested.connect(asked.append)
    rect = table.visualRect(table.model().index(0, 1))
    with qtbot.waitSignal(view.open_incident_requested) as opened:
        # A real double-click starts with a press (the view checks both hit the same row).
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first.id] and isinstance(first.id, uuid.UUID)
    assert asked == [first.id]  # once per double-click
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the keyboard way
    assert asked == [first.id, first.id]
    assert first.priority == min(i.priority for i in view.editor.incident_model.rows())


def test_next_and_previous_record_walk_the_list(view: StrategyView, qtbot: QtBot) -> None:
    view.table.selectRow(0)
    first = view.editor.record
    qtbot.keyClick(view.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    second = view.editor.record
    assert first is not None and second is not None and second.id != first.id
    assert second.name == view.proxy.index(1, 0).data()
    qtbot.keyClick(view.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is not None and view.editor.record.id == first.id


def test_layout_persists(view: StrategyView, ctx: UiContext, qtbot: QtBot) -> None:
    view.splitter.setSizes([500, 700])
    view.table.horizontalHeader().resizeSection(0, 333)
    view.set_status_filter("retired")
    settings = QSettings()
    settings.beginGroup("areas/strategy")
    view.save_state(settings)
    settings.endGroup()
    other = StrategyView(ctx)
    qtbot.addWidget(other)
    settings.beginGroup("areas/strategy")
    other.restore_state(settings)
    settings.endGroup()
    assert other.table.horizontalHeader().sectionSize(0) == 333
    assert other.splitter.saveState() == view.splitter.saveState()
    assert other.proxy.status == "retired"
    assert other.status_buttons["retired"].isChecked()


def test_models_pass_the_model_tester(view: StrategyView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.editor.incident_model)
    qtmodeltester.check(view.editor.ci_model)
    fresh = PortfolioFilter()
    fresh.setSourceModel(ServiceTableModel())
    qtmodeltester.check(fresh)
    qtmodeltester.check(OpenIncidentModel())
    qtmodeltester.check(CiLineModel())


def test_a_new_service_form_stays_compact_at_the_top(view: StrategyView, qtbot: QtBot) -> None:
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.record is None and not view.editor.work_box.isVisible()
    box = view.editor.details_box
    qtbot.waitUntil(lambda: box.height() <= box.sizeHint().height() + 4)
    assert box.y() < 120  # under the title, not pushed down
