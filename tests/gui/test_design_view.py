"""The Design area: SLA definitions and calendars open with data, edit, save, bad input."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMainWindow, QTimeEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import demo
from deskapp.db.models import BusinessCalendar, CalendarHours, Holiday, SlaDefinition, SlaTarget
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.design.models import (
    CalendarListModel,
    HolidayModel,
    ResolutionCodeListModel,
    SlaListModel,
)
from deskapp.ui.design.view import CALENDAR_TAB, CODES_TAB, SLA_TAB, DesignView
from tests.support.gui import make_context

# The zone completer's popup asks the offscreen platform for raise() and a keyboard grab.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "does not support grabbing")

OFFICE = "Office hours (Europe/London)"


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 300, seed=3)
    return make_context(sqlite_database, qapp)


class Host(QMainWindow):
    """Stands in for the main window: Ctrl+N / Ctrl+S forwarded to the area, as it does."""

    def __init__(self, view: DesignView) -> None:
        super().__init__()
        self.setCentralWidget(view)
        for keys, slot in (("Ctrl+N", view.new_record), ("Ctrl+S", view.save)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(1366, 768)


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[DesignView]:
    v = DesignView(ctx)
    host = Host(v)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: v.slas.model.rowCount() > 0 and v.sla_editor.record_id is not None)
    yield v
    ctx.runner.wait_idle()


def db_state(db: Database) -> tuple[object, ...]:
    with db.uow(read_only=True) as uow:
        s = uow.session
        return (
            sorted((c.name, c.timezone, c.version) for c in s.scalars(select(BusinessCalendar))),
            sorted((str(h.calendar_id), h.weekday, h.start_minute, h.end_minute)
                   for h in s.scalars(select(CalendarHours))),
            sorted((str(h.calendar_id), h.day) for h in s.scalars(select(Holiday))),
            sorted((d.name, d.version) for d in s.scalars(select(SlaDefinition))),
            sorted((str(t.sla_id), t.priority, t.response_minutes, t.resolution_minutes)
                   for t in s.scalars(select(SlaTarget))),
        )


def open_calendar(view: DesignView, qtbot: QtBot, name: str = OFFICE) -> None:
    view.tabs.setCurrentIndex(CALENDAR_TAB)
    row = next(r for r in range(view.calendars.model.rowCount())
               if view.calendars.model.row_at(r).name == name)
    qtbot.mouseClick(view.calendars.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.calendars.table.visualRect(
                         view.calendars.model.index(row, 0)).center())
    qtbot.waitUntil(lambda: view.calendar_editor.name_edit.text() == name)


def type_time(qtbot: QtBot, edit: QTimeEdit, text: str) -> None:
    """Set ``HHMM`` with the arrow keys, section by section, as a keyboard user would."""
    hour, minute = int(text[:2]), int(text[2:])
    for section, now, want in ((QDateTimeEdit.Section.HourSection, edit.time().hour(), hour),
                               (QDateTimeEdit.Section.MinuteSection, edit.time().minute(),
                                minute)):
        edit.setCurrentSection(section)
        key = Qt.Key.Key_Up if want > now else Qt.Key.Key_Down
        for _ in range(abs(want - now)):
            qtbot.keyClick(edit, key)
    assert edit.time() == QTime(hour, minute)


def test_opens_with_the_demo_slas_and_calendars(view: DesignView) -> None:
    names = [view.slas.model.row_at(r).name for r in range(view.slas.model.rowCount())]
    assert names == ["Critical services 24x7", "Standard"]
    cals = [view.calendars.model.row_at(r).name for r in range(view.calendars.model.rowCount())]
    assert cals == ["24x7 (UTC)", OFFICE]
    # the first SLA is open in the editor with its targets
    assert view.sla_editor.name_edit.text() == "Critical services 24x7"
    assert view.sla_editor.targets[1].response.value() == 15
    assert view.sla_editor.targets[1].resolution_hmm.text() == "= 2:00 h"
    assert view.sla_editor.pause_checks["pending"].isChecked()


def test_edit_calendar_hours_and_save_with_ctrl_s(view: DesignView, qtbot: QtBot,
                                                   ctx: UiContext) -> None:
    open_calendar(view, qtbot)
    editor = view.calendar_editor
    assert editor.days[0].start.time() == QTime(8, 0)
    saturday = editor.days[5]
    assert not saturday.working.isChecked()
    qtbot.mouseClick(saturday.working, Qt.MouseButton.LeftButton)
    assert saturday.working.isChecked() and saturday.start.isEnabled()
    type_time(qtbot, saturday.start, "1000")
    type_time(qtbot, saturday.end, "1400")
    type_time(qtbot, editor.days[0].end, "1730")
    assert editor.dirty
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.dirty)
    assert not editor.banner.isVisible()
    # the list is re-read after the save: four 10-hour days, Monday to 17:30, Saturday 4 hours
    qtbot.waitUntil(lambda: view.calendars.model.row_at(
        view.calendars.model.row_of(editor.record_id)).weekly_minutes == 4 * 600 + 570 + 240)
    saved = ctx.services.service_levels.calendar(editor.record_id)  # type: ignore[arg-type]
    assert saved.hours[5] == ((600, 840),)
    assert saved.hours[0] == ((480, 1050),)
    assert len(saved.holidays) > 0  # the bank holidays survived the save


def test_bad_input_is_shown_inline_and_nothing_is_saved(view: DesignView, qtbot: QtBot,
                                                        ctx: UiContext) -> None:
    open_calendar(view, qtbot)
    editor = view.calendar_editor
    before = db_state(ctx.database)
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Delete)
    type_time(qtbot, editor.days[2].end, "0700")  # Wednesday ends before it starts
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.banner.isVisible())
    assert "required" in editor.name_error.text() and editor.name_error.isVisible()
    assert "Wednesday: the end (07:00)" in editor.days[2].error.text()
    assert editor.days[2].error.isVisible()
    ctx.runner.wait_idle()
    assert db_state(ctx.database) == before

    # fix the name and the day; switch every day off: "no working hours"
    qtbot.keyClicks(editor.name_edit, "Office hours")
    for row in editor.days:
        row.working.setChecked(False)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.hours_error.isVisible())
    assert "no working hours" in editor.hours_error.text()
    assert not editor.name_error.isVisible()
    ctx.runner.wait_idle()
    assert db_state(ctx.database) == before


def test_duplicate_holiday_and_unknown_zone(view: DesignView, qtbot: QtBot,
                                            ctx: UiContext) -> None:
    open_calendar(view, qtbot)
    editor = view.calendar_editor
    existing = editor.holidays.entries()[0].day
    editor.holiday_date.setDate(existing)
    count = editor.holidays.rowCount()
    qtbot.mouseClick(editor.add_holiday, Qt.MouseButton.LeftButton)
    assert editor.holidays.rowCount() == count
    assert "already in the list" in editor.holidays_error.text()

    editor.holiday_date.setDate(date(2031, 7, 4))
    qtbot.keyClicks(editor.holiday_name, "Founders' day")
    qtbot.mouseClick(editor.add_holiday, Qt.MouseButton.LeftButton)
    assert editor.holidays.rowCount() == count + 1 and not editor.holidays_error.isVisible()

    before = db_state(ctx.database)
    editor.zone_combo.setFocus()
    editor.zone_combo.lineEdit().selectAll()
    qtbot.keyClicks(editor.zone_combo.lineEdit(), "Europe/Atlantis")
    view.save()
    qtbot.waitUntil(lambda: editor.zone_error.isVisible())
    assert "not a known time zone" in editor.zone_error.text()
    ctx.runner.wait_idle()
    assert db_state(ctx.database) == before


def test_new_sla_with_ctrl_n_refuses_bad_targets_then_saves(view: DesignView, qtbot: QtBot,
                                                            ctx: UiContext) -> None:
    view.tabs.setCurrentIndex(SLA_TAB)
    editor = view.sla_editor
    qtbot.keyClick(view.slas.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is None and editor.name_edit.text() == ""
    qtbot.keyClicks(editor.name_edit, "Gold")
    p2 = editor.targets[2]
    p2.response.setFocus()
    p2.response.selectAll()
    qtbot.keyClicks(p2.response, "0")
    p3 = editor.targets[3]
    p3.response.setFocus()
    p3.response.selectAll()
    qtbot.keyClicks(p3.response, "2000")  # longer than the 1440-minute resolution target
    assert p3.response_hmm.text() == "= 33:20 h"
    before = db_state(ctx.database)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: p2.error.isVisible())
    assert "more than zero" in p2.error.text()
    assert "longer than the resolution target" in p3.error.text()
    ctx.runner.wait_idle()
    assert db_state(ctx.database) == before

    p2.response.setFocus()
    p2.response.selectAll()
    qtbot.keyClicks(p2.response, "45")
    p3.response.setFocus()
    p3.response.selectAll()
    qtbot.keyClicks(p3.response, "120")
    qtbot.mouseClick(editor.pause_checks["new"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.record_id is not None)
    ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: view.slas.model.rowCount() == 3)
    gold = ctx.services.service_levels.definition(editor.record_id)  # type: ignore[arg-type]
    assert gold.name == "Gold" and gold.pause_statuses == ("new", "pending")
    assert [(t.priority, t.response_minutes) for t in gold.targets][1:3] == [(2, 45), (3, 120)]


def test_state_persists(view: DesignView, ctx: UiContext, qtbot: QtBot) -> None:
    view.tabs.setCurrentIndex(CALENDAR_TAB)
    view.calendars.splitter.setSizes([300, 900])
    settings = QSettings()
    settings.beginGroup("design")
    view.save_state(settings)
    settings.endGroup()
    again = DesignView(ctx)
    qtbot.addWidget(again)
    settings.beginGroup("design")
    again.restore_state(settings)
    settings.endGroup()
    assert again.tabs.currentIndex() == CALENDAR_TAB


def test_models(qtmodeltester: object, view: DesignView) -> None:
    qtbot_wait_codes(view)
    for model in (view.slas.model, view.calendars.model, view.calendar_editor.holidays,
                  view.codes.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    for empty in (SlaListModel(), CalendarListModel(), HolidayModel(),
                  ResolutionCodeListModel()):
        qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_saving_an_sla_unchanged_keeps_its_calendar(view: DesignView, qtbot: QtBot,
                                                    ctx: UiContext) -> None:
    """The calendar combo must find the SLA's calendar even when it is not the first item
    (UUIDs as item data never matched with findData, so a save moved the SLA)."""
    view.tabs.setCurrentIndex(SLA_TAB)
    row = next(r for r in range(view.slas.model.rowCount())
               if view.slas.model.row_at(r).name == "Standard")
    standard = view.slas.model.row_at(row)
    before = ctx.services.service_levels.definition(standard.id)
    assert view.sla_editor.calendar_combo.count() > 1
    assert view.sla_editor.calendar_combo.itemText(0) != OFFICE  # not the first calendar
    qtbot.mouseClick(view.slas.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.slas.table.visualRect(view.slas.model.index(row, 0)).center())
    qtbot.waitUntil(lambda: view.sla_editor.record_id == standard.id)
    editor = view.sla_editor
    assert editor.calendar_combo.currentText() == OFFICE
    assert editor.draft().calendar_id == before.calendar_id
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.sla_editor.banner.isHidden() and not view._saving)
    ctx.runner.wait_idle()
    after = ctx.services.service_levels.definition(standard.id)
    assert after.calendar_id == before.calendar_id


def test_an_inline_error_goes_when_its_field_is_edited(view: DesignView, qtbot: QtBot) -> None:
    open_calendar(view, qtbot)
    editor = view.calendar_editor
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Delete)
    type_time(qtbot, editor.days[2].end, "0700")  # Wednesday ends before it starts
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.name_error.isVisible() and editor.days[2].error.isVisible())
    qtbot.keyClicks(editor.name_edit, "O")
    assert not editor.name_error.isVisible()
    assert editor.days[2].error.isVisible()  # only the edited field's message goes
    type_time(qtbot, editor.days[2].end, "1700")
    assert not editor.days[2].error.isVisible()

    view.tabs.setCurrentIndex(SLA_TAB)
    sla = view.sla_editor
    qtbot.keyClick(view.slas.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    p2 = sla.targets[2]
    p2.response.setFocus()
    p2.response.selectAll()
    qtbot.keyClicks(p2.response, "0")
    qtbot.keyClick(sla.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sla.name_error.isVisible() and p2.error.isVisible())
    qtbot.keyClicks(sla.name_edit, "Gold")
    assert not sla.name_error.isVisible() and p2.error.isVisible()
    p2.response.setFocus()
    qtbot.keyClick(p2.response, Qt.Key.Key_Up)
    assert not p2.error.isVisible()


def test_holiday_dates_fit_and_the_split_follows_the_width(view: DesignView,
                                                          qtbot: QtBot) -> None:
    open_calendar(view, qtbot)
    editor = view.calendar_editor
    assert editor.holidays.rowCount() > 0
    header = editor.holiday_view.horizontalHeader()
    metrics = editor.holiday_view.fontMetrics()
    text = editor.holidays.index(0, 0).data()
    assert header.sectionSize(0) > metrics.horizontalAdvance(text) + 8  # no "20…"
    name = editor.holiday_name
    assert name.width() >= name.fontMetrics().horizontalAdvance(name.placeholderText())
    for pane in (view.slas, view.calendars):
        sizes = pane.splitter.sizes()
        share = sizes[0] / sum(sizes)
        # a share of the width (not 420 pixels), widened as far as the list's headers need
        assert 0.3 < share < 0.5, sizes


# -- resolution codes (issue 13: a list kept here instead of free text) ----------------------

def qtbot_wait_codes(view: DesignView) -> None:
    assert view.codes.model.rowCount() > 0  # loaded with the other lists


def _code_rows(view: DesignView) -> list[tuple[str, str, str, str]]:
    model = view.codes.model
    return [tuple(model.index(r, c).data() for c in range(4))  # type: ignore[misc]
            for r in range(model.rowCount())]


def test_resolution_codes_are_listed_added_reworded_and_retired(
        view: DesignView, qtbot: QtBot, ctx: UiContext) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    view.tabs.setCurrentIndex(CODES_TAB)
    assert "Resolu&tion codes" == view.tabs.tabText(CODES_TAB)
    rows = _code_rows(view)
    assert rows[0] == ("Solved (permanently)", "Yes", "10", "Solved (permanently)")
    assert [r[0] for r in rows] == [c.label for c in ctx.services.resolution_codes.codes()]
    editor = view.code_editor
    qtbot.waitUntil(lambda: editor.record_id is not None)  # the first row opens

    # a new code with Ctrl+N: refused inline while incomplete, then saved
    qtbot.keyClick(view.codes.table, Qt.Key.Key_N, ctrl)
    assert editor.record_id is None and editor.code_edit.hasFocus()
    assert editor.order_spin.value() == 70  # after the last offered code
    qtbot.keyClicks(editor.code_edit, "Duplicate")  # exists already
    qtbot.keyClick(editor.code_edit, Qt.Key.Key_S, ctrl)
    qtbot.waitUntil(lambda: editor.label_error.isVisible())
    assert "already exists" in editor.code_error.text()
    assert editor.label_error.text() == "Enter the label the desk will see."
    editor.code_edit.clear()
    qtbot.keyClicks(editor.code_edit, "Solved (remotely)")
    assert not editor.code_error.isVisible()
    qtbot.keyClicks(editor.label_edit, "Solved remotely")
    qtbot.keyClicks(editor.description_edit, "Fixed over remote control.")
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_S, ctrl)
    qtbot.waitUntil(lambda: editor.record_id is not None)
    qtbot.waitUntil(lambda: view.codes.model.rowCount() == len(rows) + 1)
    made = ctx.services.resolution_codes.get(editor.record_id)  # type: ignore[arg-type]
    assert (made.code, made.label, made.active, made.sort_order) == (
        "Solved (remotely)", "Solved remotely", True, 70)
    # once saved the code is fixed: the label is what can be reworded
    assert editor.code_edit.isReadOnly()
    editor.label_edit.selectAll()
    qtbot.keyClicks(editor.label_edit, "Solved by remote control")
    # untick "Offered" to retire it; the resolve list no longer has it
    qtbot.mouseClick(editor.active_check, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_S, ctrl)
    qtbot.waitUntil(lambda: ("Solved by remote control", "Retired", "70", "Solved (remotely)")
                    in _code_rows(view))
    assert "Solved (remotely)" not in [c.code for c in ctx.services.resolution_codes.active()]
    assert _code_rows(view)[-1][3] == "Solved (remotely)"  # retired codes sort last


def test_resolution_code_fields_are_never_cut(view: DesignView, qtbot: QtBot,
                                              ctx: UiContext) -> None:
    view.tabs.setCurrentIndex(CODES_TAB)
    qtbot.keyClick(view.codes.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.code_editor
    QApplication.clipboard().setText("L" * 95)
    editor.label_edit.setFocus()
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.label_edit.text()) == 95
    counter = editor.counters[1]
    assert counter.isVisible() and counter.text() == "95 / 80"
    qtbot.keyClicks(editor.code_edit, "Too long label")
    qtbot.keyClick(editor.code_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.label_error.isVisible())
    assert "95 characters long; the limit is 80" in editor.label_error.text()


def test_auto_close_rule_is_set_from_the_keyboard(qtbot: QtBot, view: DesignView) -> None:
    box = view.auto_close
    qtbot.waitUntil(lambda: box.days.value() == 5 and box.days.suffix() == " business days")
    assert not box.apply.isEnabled()  # nothing changed yet: nothing to apply
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Auto-close
    assert box.days.hasFocus()
    box.days.selectAll()
    qtbot.keyClicks(box.days, "1")
    assert box.days.suffix() == " business day" and box.apply.isEnabled()
    with qtbot.waitSignal(box.message) as said:
        qtbot.mouseClick(box.apply, Qt.MouseButton.LeftButton)
    assert said.args == ["Resolved items now close after 1 business day."]
    assert view.ctx.services.auto_close.rule().business_days == 1
    assert not box.apply.isEnabled()


def test_auto_close_is_read_only_for_agents(qtbot: QtBot, sqlite_database: Database,
                                            qapp: QApplication, settings_dir: Path) -> None:
    from dataclasses import replace

    from deskapp.services.container import Services
    from deskapp.ui.design.auto_close_box import AutoCloseBox

    ctx = make_context(sqlite_database, qapp)
    agent = replace(ctx.services.actor, roles=("agent",))
    ctx = replace(ctx, services=Services.build(sqlite_database.uow, agent))
    box = AutoCloseBox(ctx)
    qtbot.addWidget(box)
    box.refresh()
    qtbot.waitUntil(lambda: box.days.value() == 5)
    assert not box.days.isEnabled() and not box.apply.isEnabled()
    assert "administrator" in box.days.toolTip()
    ctx.runner.wait_idle()
