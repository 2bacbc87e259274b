"""Service Strategy's demand-and-cost panel and Service Design's Availability tab load their
numbers from the demo desk, change period from the keyboard, and leave Design's record
commands off while Availability is on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.design.view import DesignView
from deskapp.ui.strategy.view import StrategyView
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 600, seed=11)
    return make_context(sqlite_database, qapp)


def test_strategy_shows_demand_and_cost(ctx: UiContext, qtbot: QtBot) -> None:
    view = StrategyView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 760)
    view.show()
    panel = view.demand
    qtbot.waitUntil(lambda: panel.model.rowCount() > 3, timeout=15000)
    rows = [panel.model.row(r) for r in range(panel.model.rowCount())]
    assert any(r is not None and r.cost > 0 for r in rows)  # demo teams have rates
    first = panel.model.row(0)
    assert first is not None and len(first.weekly) >= 12
    before = first.total
    panel.weeks.setFocus()
    qtbot.keyClick(panel.weeks, Qt.Key.Key_Down)  # 26 weeks
    qtbot.waitUntil(lambda: (r := panel.model.row(0)) is not None and len(r.weekly) >= 26,
                    timeout=15000)
    assert (panel.model.row(0) or first).total >= before
    panel.table.viewport().grab()  # the sparklines paint


def test_design_availability_tab(ctx: UiContext, qtbot: QtBot) -> None:
    view = DesignView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 760)
    view.show()
    assert view.supports_save()
    view.tabs.setCurrentWidget(view.availability)
    assert not view.supports_save() and not view.supports_new()
    qtbot.waitUntil(lambda: view.availability.model.rowCount() > 0, timeout=15000)
    # the worst service first; one without a target may lead when a major incident fell in
    # the period (the demo desk is made at the current time), so look at those with one
    rows = [view.availability.model.row(r) for r in range(view.availability.model.rowCount())]
    row = next((r for r in rows if r is not None and r.target is not None), None)
    assert row is not None
    assert 0 <= row.availability <= 100
