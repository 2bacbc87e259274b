"""The Improvement area's Figures and Trends tabs: a split table with each figure's basis, a
QtCharts trend with the previous period, and a click on a point opening its items."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.domain.kpi import Grain, Grouping
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.improvement.trends import DrillDialog
from deskapp.ui.improvement.view import ImprovementView
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 400, seed=5)
    return make_context(sqlite_database, qapp)


@pytest.fixture
def without_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk whose changes are not in use: the change success rate cannot be measured (the
    figure these tests use as the unmeasured one)."""
    import deskapp.services.kpi as kpi_service

    monkeypatch.setattr(kpi_service, "ACTIVE",
                        tuple(k for k in kpi_service.ACTIVE if k != "change"))


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[ImprovementView]:
    v = ImprovementView(ctx)
    qtbot.addWidget(v)
    v.resize(1366, 760)
    v.show()
    qtbot.waitUntil(lambda: v.report is not None and not v.busy.isVisible())
    yield v
    ctx.runner.wait_idle()


def test_figures_split_by_team_show_the_basis(without_changes: None, view: ImprovementView,
                                              qtbot: QtBot) -> None:
    panel = view.figures_panel
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&igures by group
    assert view.tabs.currentWidget() is panel
    panel.split.setFocus()
    panel.split.setCurrentIndex(panel.split.findData(Grouping.TEAM.value))
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1, timeout=10000)
    groups = [panel.model.group_at(r) for r in range(panel.model.rowCount())]
    assert any(g is not None and g.label == "Service Desk" for g in groups)
    column = next(c for c in range(1, panel.model.columnCount())
                  if (f := panel.model.figure_at(c)) is not None and f.name == "mttr_wall")
    panel.table.setCurrentIndex(panel.model.index(0, column))
    assert "mean wall-clock time from opening to the final resolution" in panel.basis.text()
    unmeasured = next(c for c in range(1, panel.model.columnCount())
                      if (f := panel.model.figure_at(c)) is not None and not f.measured)
    assert panel.model.index(0, unmeasured).data() == "not measured yet"
    panel.table.setCurrentIndex(panel.model.index(0, unmeasured))
    assert "not measured yet" in panel.basis.text()


def test_a_click_on_a_trend_point_opens_its_items(view: ImprovementView, qtbot: QtBot,
                                                  ctx: UiContext) -> None:
    trends = view.trends_panel
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Tre&nds
    assert view.tabs.currentWidget() is trends
    trends.choose("opened", Grain.WEEK)
    qtbot.waitUntil(lambda: trends.series is not None and trends.series.name == "opened"
                    and bool(trends.series.lines), timeout=10000)
    series = trends.series
    assert series is not None
    line = series.lines[0]
    assert len(line.previous) == len(line.points)  # the previous period beside
    bucket = max(range(len(line.points)), key=lambda k: line.points[k].value or 0)
    expected = line.points[bucket].value
    assert expected
    opened: list[DrillDialog] = []
    real = trends.drill

    def spy(li: int, b: int) -> DrillDialog | None:
        dialog = real(li, b)
        if dialog is not None:
            opened.append(dialog)
        return dialog

    trends.chart.point_clicked.disconnect()
    trends.chart.point_clicked.connect(spy)
    qtbot.mouseClick(trends.chart.viewport(), Qt.MouseButton.LeftButton,
                     pos=trends.chart.point_position(0, bucket).toPoint())
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == expected, timeout=10000)
    activated: list[object] = []
    view.open_incident_requested.connect(activated.append)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert activated and activated[0] == dialog.model.row_at(0).id  # type: ignore[union-attr]
    dialog.close()


def test_an_unmeasured_figure_cannot_be_picked(without_changes: None,
                                               view: ImprovementView) -> None:
    combo = view.trends_panel.figure
    row = combo.findData("change_success_rate")
    item = combo.model().item(row)  # type: ignore[attr-defined]
    assert not item.isEnabled()
    assert "not recorded" in combo.itemData(row, Qt.ItemDataRole.ToolTipRole)
