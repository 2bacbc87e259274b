"""The Improvement area: KPIs over a chosen period, the backlog chart, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.domain.calendar_rules import format_hmm
from deskapp.domain.kpi import Preset, format_duration
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.improvement.view import ImprovementView
from deskapp.ui.improvement.widgets import KpiTableModel
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 300, seed=3)
    return make_context(sqlite_database, qapp)


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[ImprovementView]:
    v = ImprovementView(ctx)
    qtbot.addWidget(v)
    v.resize(1366, 700)
    v.show()
    qtbot.waitUntil(lambda: v.report is not None and not v.busy.isVisible())
    yield v
    ctx.runner.wait_idle()


def wait_report(view: ImprovementView, qtbot: QtBot, before: object) -> None:
    qtbot.waitUntil(lambda: view.report is not before and not view.busy.isVisible())


def test_opens_with_kpis_that_match_the_service(view: ImprovementView, ctx: UiContext) -> None:
    assert view.preset is Preset.LAST_30_DAYS
    report = view.report
    assert report is not None
    expected = ctx.services.kpi.report(report.period)
    assert view.tiles["created"].value.text() == f"{expected.created:,}"
    assert view.tiles["mttr"].value.text() == format_duration(expected.mttr_minutes)
    assert view.tiles["backlog"].value.text() == f"{expected.backlog_total:,}"
    # business time reads as h:mm (a "day" of business time would mean 24 working hours)
    assert expected.mttr_business_minutes is not None
    assert view.tiles["mttr"].caption.text() == "business: " + \
        format_hmm(round(expected.mttr_business_minutes)) + " h"
    assert expected.backlog_total > 0
    assert [r.open for r in view.chart.rows()] == [b.open for b in expected.backlog]
    assert view.model.rowCount() == 9 + len(expected.backlog)
    view.chart.grab()  # paints without error


def test_changing_the_period_changes_the_numbers(view: ImprovementView, qtbot: QtBot,
                                                 ctx: UiContext) -> None:
    # a custom range over the whole demo window: every one of the 300 incidents was opened in it
    before = view.report
    view.from_edit.setDate(date.today() - timedelta(days=800))
    wait_report(view, qtbot, before)
    assert view.preset is Preset.CUSTOM
    assert view.tiles["created"].value.text() == "300"
    whole = view.report
    assert whole is not None and whole.resolved > 0

    # back to "Last 7 days" with the keyboard
    view.preset_combo.setFocus()
    qtbot.keyClick(view.preset_combo, Qt.Key.Key_Home)
    wait_report(view, qtbot, whole)
    assert view.preset is Preset.LAST_7_DAYS
    week = view.report
    assert week is not None
    assert week.created < 300
    assert view.tiles["created"].value.text() == f"{week.created:,}"
    assert week.created == ctx.services.kpi.report(week.period).created
    assert week.period.end - week.period.start == timedelta(days=7)


def test_impossible_range_is_refused_inline(view: ImprovementView, qtbot: QtBot) -> None:
    shown = view.report
    view.to_edit.setDate(view.from_edit.date().addDays(-3))
    assert view.period_error.isVisible()
    assert "ends before it starts" in view.period_error.text()
    assert view.report is shown and not view.busy.isVisible()


def test_export_csv(view: ImprovementView, qtbot: QtBot, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kpis.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert view.export_button.isEnabled()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["KPI", "Value", "Basis"]
    assert rows[1][0] == "Period start (UTC)"
    assert view.report is not None
    assert ["Incidents created", str(view.report.created), "opened in the period"] in rows
    assert len(rows) == 3 + view.model.rowCount()


def test_state_persists(view: ImprovementView, ctx: UiContext, qtbot: QtBot) -> None:
    view.from_edit.setDate(date(2024, 1, 1))
    view.to_edit.setDate(date(2024, 3, 31))
    settings = QSettings()
    settings.beginGroup("improvement")
    view.save_state(settings)
    settings.endGroup()
    again = ImprovementView(ctx)
    qtbot.addWidget(again)
    settings.beginGroup("improvement")
    again.restore_state(settings)
    settings.endGroup()
    assert again.preset is Preset.CUSTOM
    assert again.from_edit.date().toPython() == date(2024, 1, 1)
    assert again.to_edit.date().toPython() == date(2024, 3, 31)


def test_model(qtmodeltester: object, view: ImprovementView) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(KpiTableModel())  # type: ignore[attr-defined]
