"""The Improvement area: KPIs over a chosen period, the backlog chart, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.domain.kpi import Preset
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.improvement.view import ImprovementView
from deskapp.ui.improvement.widgets import KpiTableModel
from deskapp.ui.labels import duration_text
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


def type_date(qtbot: QtBot, edit: QDateEdit, day: date, *, enter: bool = True) -> None:
    """Type ``day`` into ``edit`` the way a person does: section by section, then Enter."""
    edit.setFocus()
    for section, text in ((QDateTimeEdit.Section.YearSection, f"{day.year:04d}"),
                          (QDateTimeEdit.Section.MonthSection, f"{day.month:02d}"),
                          (QDateTimeEdit.Section.DaySection, f"{day.day:02d}")):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def reopened(view: ImprovementView, ctx: UiContext, qtbot: QtBot) -> ImprovementView:
    """A new view restored from what ``view`` saves (the next start)."""
    settings = QSettings()
    settings.beginGroup("improvement")
    view.save_state(settings)
    again = ImprovementView(ctx)
    qtbot.addWidget(again)
    again.restore_state(settings)
    settings.endGroup()
    return again


@pytest.fixture
def calls(view: ImprovementView, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every period the view asks the KPI service for, from now on."""
    seen: list[object] = []
    service = view.ctx.services.kpi
    real = service.report

    def report(period: object, *args: object, **kwargs: object) -> object:
        seen.append(period)
        return real(period, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "report", report)
    return seen


def test_opens_with_kpis_that_match_the_service(view: ImprovementView, ctx: UiContext) -> None:
    assert view.preset is Preset.LAST_30_DAYS
    report = view.report
    assert report is not None
    expected = ctx.services.kpi.report(report.period)
    assert view.tiles["created"].value.text() == QLocale().toString(expected.created)
    assert view.tiles["mttr"].value.text() == duration_text(expected.mttr_minutes)
    assert view.tiles["backlog"].value.text() == QLocale().toString(expected.backlog_total)
    # business time reads as every duration does
    assert expected.mttr_business_minutes is not None
    assert view.tiles["mttr"].caption.text() == "business: " + \
        duration_text(expected.mttr_business_minutes)
    assert expected.backlog_total > 0
    assert [r.open for r in view.chart.rows()] == [b.open for b in expected.backlog]
    assert view.model.rowCount() == 9 + len(expected.backlog)
    view.chart.grab()  # paints without error


def test_changing_the_period_changes_the_numbers(view: ImprovementView, qtbot: QtBot,
                                                 ctx: UiContext) -> None:
    # a custom range over the whole demo window: every one of the 180 incidents (of the 300
    # work items) was opened in it; the KPIs count incidents, not their tasks
    before = view.report
    type_date(qtbot, view.from_edit, date.today() - timedelta(days=800))
    wait_report(view, qtbot, before)
    assert view.preset is Preset.CUSTOM
    assert view.tiles["created"].value.text() == "180"
    whole = view.report
    assert whole is not None and whole.resolved > 0

    # back to "Last 7 days" with the keyboard
    view.preset_combo.setFocus()
    qtbot.keyClick(view.preset_combo, Qt.Key.Key_Home)
    wait_report(view, qtbot, whole)
    assert view.preset is Preset.LAST_7_DAYS
    week = view.report
    assert week is not None
    assert week.created < 180
    assert view.tiles["created"].value.text() == QLocale().toString(week.created)
    assert week.created == ctx.services.kpi.report(week.period).created
    assert week.period.end - week.period.start == timedelta(days=7)


def test_impossible_range_is_refused_inline(view: ImprovementView, qtbot: QtBot) -> None:
    shown = view.report
    type_date(qtbot, view.to_edit, view.from_edit.date().addDays(-3).toPython())
    assert view.period_error.isVisible()
    assert "ends before it starts" in view.period_error.text()
    assert view.report is shown and not view.busy.isVisible()
    # the figures on screen are of another period: marked so, and not exportable
    assert view.stale and not view.export_button.isEnabled()
    assert not view.tiles["created"].isEnabled() and not view.table.isEnabled()
    assert "not" in view.computed_label.text()


def test_typing_a_custom_period_recalculates_once_when_complete(
        view: ImprovementView, qtbot: QtBot, calls: list[object]) -> None:
    """Typing 2024-01-15 into From used to recalculate on every keystroke (year 0202 is a
    date too: "longer than 10 years" beside the old figures). Now: nothing while typing, the
    figures marked stale and Export off; Enter recalculates once, for the typed period."""
    before = view.report
    assert before is not None
    type_date(qtbot, view.from_edit, date(2024, 1, 15), enter=False)
    qtbot.wait(50)
    assert calls == []
    assert not view.period_error.isVisible()
    assert view.stale and not view.export_button.isEnabled()
    assert view.report is before
    qtbot.keyClick(view.from_edit, Qt.Key.Key_Return)
    wait_report(view, qtbot, before)
    assert len(calls) == 1
    assert view.report is not None and view.report.period is calls[0]
    assert view.report.period.local_dates(view._zone)[0] == date(2024, 1, 15)
    assert not view.stale and view.export_button.isEnabled()
    assert view.tiles["created"].isEnabled() and view.table.isEnabled()
    # typed From, then an impossible To: the calculation started on leaving From is dropped,
    # the error stands beside figures marked stale (not beside "Calculating…")
    shown = view.report
    type_date(qtbot, view.from_edit, date(2024, 2, 1), enter=False)
    type_date(qtbot, view.to_edit, date(2024, 1, 1))  # focus left From: that calculates
    assert view.period_error.isVisible() and not view.busy.isVisible()
    qtbot.wait(300)
    view.ctx.runner.wait_idle()
    assert view.report is shown and view.stale and not view.export_button.isEnabled()
    assert "Calculating" not in view.computed_label.text()
    type_date(qtbot, view.to_edit, date(2024, 3, 1))
    wait_report(view, qtbot, shown)
    assert not view.stale and len(calls) == 3
    # leaving the field without a change recalculates nothing
    qtbot.keyClick(view.from_edit, Qt.Key.Key_Return)
    view.preset_combo.setFocus()
    qtbot.wait(20)
    assert len(calls) == 3


def test_a_day_picked_in_the_calendar_recalculates(view: ImprovementView, qtbot: QtBot,
                                                   calls: list[object]) -> None:
    before = view.report
    edit = view.from_edit
    edit.setFocus()
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    table = calendar.findChild(QTableView)
    assert table is not None
    calendar.setSelectedDate(edit.date().addDays(-1))
    calendar.show()
    index = next(table.model().index(row, col) for row in range(6) for col in range(7)
                 if table.model().index(row, col).data() == calendar.selectedDate().day()
                 and table.model().index(row, col).flags() & Qt.ItemFlag.ItemIsEnabled)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    wait_report(view, qtbot, before)
    assert len(calls) == 1 and not view.stale


def test_an_invalid_period_is_never_saved(view: ImprovementView, qtbot: QtBot,
                                         ctx: UiContext) -> None:
    before = view.report
    type_date(qtbot, view.from_edit, date(2024, 2, 1))
    wait_report(view, qtbot, before)
    good = view.report
    assert good is not None
    type_date(qtbot, view.to_edit, date(2024, 1, 1))  # ends before it starts
    assert view.period_error.isVisible()
    again = reopened(view, ctx, qtbot)
    # the next start opens on the last period that had figures, not blank
    assert again.period().start == good.period.start and again.period().end == good.period.end
    again.show()
    qtbot.waitUntil(lambda: again.report is not None and not again.busy.isVisible())
    assert not again.period_error.isVisible()
    ctx.runner.wait_idle()


def test_a_broken_saved_period_opens_on_the_default(ctx: UiContext, qtbot: QtBot) -> None:
    """Settings an older version wrote (an impossible range) open on the last 30 days."""
    settings = QSettings()
    settings.beginGroup("improvement")
    settings.setValue("preset", Preset.CUSTOM.value)
    settings.setValue("from", "2024-03-01")
    settings.setValue("to", "2024-01-01")
    view = ImprovementView(ctx)
    qtbot.addWidget(view)
    view.restore_state(settings)
    settings.endGroup()
    assert view.preset is Preset.LAST_30_DAYS
    view.show()
    qtbot.waitUntil(lambda: view.report is not None and not view.busy.isVisible())
    assert not view.period_error.isVisible()
    ctx.runner.wait_idle()


def test_export_csv(view: ImprovementView, qtbot: QtBot, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kpis.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert view.export_button.isEnabled()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["KPI", "Value", "Unit", "Basis"]
    assert rows[1][0] == "Period start (UTC)"
    report = view.report
    assert report is not None
    assert ["Incidents created", str(report.created), "incidents",
            "opened in the period"] in rows
    assert len(rows) == 3 + view.model.rowCount()
    # numbers are numbers: no thousands separators, durations in minutes, shares in percent
    by_name = {r[0]: r for r in rows}
    assert report.mttr_minutes is not None and report.resolution_compliance is not None
    mttr = by_name["MTTR (wall clock)"]
    assert mttr[2] == "minutes" and float(mttr[1]) == pytest.approx(report.mttr_minutes, abs=0.05)
    share = by_name["Resolution SLA compliance"]
    assert share[2] == "%"
    assert float(share[1]) == pytest.approx(report.resolution_compliance, abs=0.05)
    for _name, value, _unit, _basis in rows[3:]:
        if value:
            float(value)  # raises on "1,234", "3 h 05 min" or "75.0 %"


def test_state_persists(view: ImprovementView, ctx: UiContext, qtbot: QtBot) -> None:
    view.from_edit.setDate(date(2024, 1, 1))
    view.to_edit.setDate(date(2024, 3, 31))
    again = reopened(view, ctx, qtbot)
    assert again.preset is Preset.CUSTOM
    assert again.from_edit.date().toPython() == date(2024, 1, 1)
    assert again.to_edit.date().toPython() == date(2024, 3, 31)


def test_model(qtmodeltester: object, view: ImprovementView) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(KpiTableModel())  # type: ignore[attr-defined]


def test_figures_from_a_reporting_replica_say_so_with_its_lag(view: ImprovementView,
                                                               qtbot: QtBot) -> None:
    from deskapp.services.reporting import ReadSource

    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    assert not view.source_label.isVisible()  # a local desk: read from itself, nothing shown
    view._show_source(ReadSource(True, 4.4))
    assert view.source_label.isVisible()
    assert view.source_label.text() == "Read from the reporting replica, 4 s behind the desk."
    view._show_source(ReadSource(True, 0.0))
    assert "up to date" in view.source_label.text()
    view._show_source(ReadSource(True, None))
    assert "not known yet" in view.source_label.text()
    view._show_source(ReadSource(False))
    assert not view.source_label.isVisible()
