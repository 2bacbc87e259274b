"""Editor for one business-hours calendar: name, zone, hours per weekday, holidays.

The editor only collects input; every rule is checked by the service on save and the
problems come back as ``ValidationError.fields``, which :meth:`CalendarEditor.show_errors`
places under the fields they concern.
"""

from __future__ import annotations

from datetime import date, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.service_levels import CalendarDraft, CalendarDTO, HolidayEntry
from deskapp.ui.design.forms import RecordEditor, clear_on_edit, error_label, show_error, stacked
from deskapp.ui.design.models import HolidayModel

Interval = tuple[int, int]
DEFAULT_START, DEFAULT_END = 9 * 60, 17 * 60


def _to_qtime(minute: int) -> QTime:
    return QTime(0, 0) if minute >= 1440 else QTime(minute // 60, minute % 60)


def _minute(value: QTime, *, end: bool) -> int:
    m = value.hour() * 60 + value.minute()
    return 1440 if end and m == 0 else m


class _DayRow:
    """The widgets of one weekday and the intervals it was loaded with."""

    def __init__(self, working: QCheckBox, start: QTimeEdit, end: QTimeEdit,
                 note: QLabel, error: QLabel) -> None:
        self.working, self.start, self.end, self.note, self.error = \
            working, start, end, note, error
        self.loaded: tuple[Interval, ...] = ()
        self.touched = False

    def intervals(self) -> tuple[Interval, ...]:
        if not self.touched:
            return self.loaded
        if not self.working.isChecked():
            return ()
        return ((_minute(self.start.time(), end=False), _minute(self.end.time(), end=True)),)


class CalendarEditor(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        weekdays = [self.tr("&Monday"), self.tr("&Tuesday"), self.tr("&Wednesday"),
                    self.tr("Th&ursday"), self.tr("Fr&iday"), self.tr("Satur&day"),
                    self.tr("Sunda&y")]

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Office hours (Europe/London)"))
        self.name_error = error_label(self)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(available_timezones() | {"UTC"})
        self.zone_combo.addItems(zones)
        completer = QCompleter(zones, self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_error = error_label(self)
        self.used_by = QLabel(self)
        self.used_by.setWordWrap(True)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        zone_label = QLabel(self.tr("Time &zone:"), self)
        zone_label.setBuddy(self.zone_combo)
        form.addRow(name_label, stacked(self.name_edit, self.name_error))
        form.addRow(zone_label, stacked(self.zone_combo, self.zone_error))
        form.addRow(self.tr("Used by:"), self.used_by)

        hours_box = QGroupBox(self.tr("Working hours (local time in the calendar's zone)"), self)
        grid = QGridLayout(hours_box)
        grid.addWidget(QLabel(self.tr("Working day"), hours_box), 0, 0)
        grid.addWidget(QLabel(self.tr("From"), hours_box), 0, 1)
        grid.addWidget(QLabel(self.tr("Until"), hours_box), 0, 2)
        self.days: list[_DayRow] = []
        for d, label in enumerate(weekdays):
            working = QCheckBox(label, hours_box)
            start, end = QTimeEdit(hours_box), QTimeEdit(hours_box)
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
                edit.setMinimumWidth(80)
            end.setToolTip(self.tr("00:00 means midnight at the end of the day."))
            note, error = QLabel(hours_box), error_label(hours_box)
            row = _DayRow(working, start, end, note, error)
            self.days.append(row)
            grid.addWidget(working, d + 1, 0)
            grid.addWidget(start, d + 1, 1)
            grid.addWidget(end, d + 1, 2)
            grid.addWidget(note, d + 1, 3)
            grid.addWidget(error, d + 1, 4)
            working.toggled.connect(lambda _on, r=row: self._day_edited(r))
            start.timeChanged.connect(lambda _t, r=row: self._day_edited(r))
            end.timeChanged.connect(lambda _t, r=row: self._day_edited(r))
        grid.setColumnStretch(4, 1)
        self.hours_error = error_label(hours_box)
        grid.addWidget(self.hours_error, 8, 0, 1, 5)

        hol_box = QGroupBox(self.tr("Holidays (no working time all day)"), self)
        self.holidays = HolidayModel(self)
        self.holiday_view = QTableView(hol_box)
        self.holiday_view.setModel(self.holidays)
        self.holiday_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holiday_view.verticalHeader().hide()
        self.holiday_view.verticalHeader().setDefaultSectionSize(24)
        self.holiday_view.horizontalHeader().setStretchLastSection(True)
        # Fixed widths from the font: ResizeToContents measured the empty table and cut the
        # dates to "20…" once rows arrived.
        metrics = self.holiday_view.fontMetrics()
        header = self.holiday_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, metrics.horizontalAdvance("0000-00-00") + 24)
        header.resizeSection(1, max(metrics.horizontalAdvance(self.tr("Wednesday")),
                                    metrics.horizontalAdvance(self.tr("Weekday"))) + 24)
        self.holiday_view.setMinimumHeight(140)
        self.holiday_date = QDateEdit(hol_box)
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setDate(QDate.currentDate())
        self.holiday_name = QLineEdit(hol_box)
        self.holiday_name.setPlaceholderText(self.tr("Name, for example New Year's Day"))
        self.holiday_name.setMinimumWidth(
            self.holiday_name.fontMetrics().horizontalAdvance(
                self.holiday_name.placeholderText()) + 24)
        self.add_holiday = QPushButton(self.tr("&Add holiday"), hol_box)
        self.remove_holiday = QPushButton(self.tr("Rem&ove"), hol_box)
        self.holidays_error = error_label(hol_box)
        # Date and name on one row, the buttons under them: on one row the name field was
        # squeezed until its placeholder was cut off.
        adder = QHBoxLayout()
        adder.addWidget(self.holiday_date)
        adder.addWidget(self.holiday_name, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_holiday)
        buttons.addWidget(self.remove_holiday)
        hol_layout = QVBoxLayout(hol_box)
        hol_layout.addWidget(self.holiday_view, 1)
        hol_layout.addLayout(adder)
        hol_layout.addLayout(buttons)
        hol_layout.addWidget(self.holidays_error)
        self.add_holiday.clicked.connect(self._add_holiday)
        self.holiday_name.returnPressed.connect(self._add_holiday)
        self.remove_holiday.clicked.connect(self._remove_holiday)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(hours_box, 0, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(hol_box, 1)
        layout.addLayout(columns, 1)

        clear_on_edit(self.name_edit, self.name_error)
        clear_on_edit(self.zone_combo, self.zone_error)
        for row in self.days:
            for field in (row.working, row.start, row.end):
                clear_on_edit(field, row.error, self.hours_error)
        self.name_edit.textEdited.connect(self._edited)
        self.zone_combo.currentTextChanged.connect(self._edited)
        self.load(None)

    # -- state ----------------------------------------------------------------------------
    def load(self, dto: CalendarDTO | None, zone: str = "UTC") -> None:
        """Show ``dto``, or a new calendar (Monday to Friday 09:00-17:00 in ``zone``)."""
        self._loading = True
        try:
            self.clear_errors()
            self._id = dto.id if dto else None
            self._version = dto.version if dto else None
            self.title.setText(dto.name if dto else self.tr("New calendar"))
            self.name_edit.setText(dto.name if dto else "")
            self.zone_combo.setCurrentText(dto.timezone if dto else zone)
            week = dto.hours if dto else tuple(
                ((DEFAULT_START, DEFAULT_END),) if d < 5 else () for d in range(7))
            for row, intervals in zip(self.days, week, strict=True):
                row.loaded, row.touched = tuple(intervals), dto is None
                row.working.setChecked(bool(intervals))
                first = intervals[0] if intervals else (DEFAULT_START, DEFAULT_END)
                row.start.setTime(_to_qtime(first[0]))
                row.end.setTime(_to_qtime(intervals[-1][1] if intervals else first[1]))
                row.note.setText(self._split_note(intervals))
                self._sync_day(row)
            self.holidays.set_entries(dto.holidays if dto else ())
            if dto is None:
                self.used_by.setText(self.tr("Not saved yet"))
            else:
                self.used_by.setText(", ".join(dto.used_by) or self.tr("No SLA uses it yet"))
        finally:
            self._loading = False
        self.dirty = False

    def _split_note(self, intervals: tuple[Interval, ...]) -> str:
        if len(intervals) < 2:
            return ""
        spans = ", ".join(f"{_to_qtime(s).toString('HH:mm')}-{_to_qtime(e).toString('HH:mm')}"
                          for s, e in intervals)
        return self.tr("Split: {spans} (kept unless you edit this day)").format(spans=spans)

    def draft(self) -> CalendarDraft:
        return CalendarDraft(
            name=self.name_edit.text(), timezone=self.zone_combo.currentText(),
            hours={d: row.intervals() for d, row in enumerate(self.days)},
            holidays=self.holidays.entries(), id=self._id, version=self._version)

    # -- inline errors ----------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for label in (self.name_error, self.zone_error, self.hours_error, self.holidays_error,
                      *(row.error for row in self.days)):
            show_error(label, None)

    def show_errors(self, fields: dict[str, str]) -> None:
        show_error(self.name_error, fields.get("name"))
        show_error(self.zone_error, fields.get("timezone"))
        show_error(self.hours_error, fields.get("hours"))
        for d, row in enumerate(self.days):
            show_error(row.error, fields.get(f"hours.{d}"))
        holiday_msgs = [m for k, m in sorted(fields.items()) if k.startswith("holidays")]
        show_error(self.holidays_error, "\n".join(holiday_msgs) or None)

    # -- edits ----------------------------------------------------------------------------
    def _sync_day(self, row: _DayRow) -> None:
        row.start.setEnabled(row.working.isChecked())
        row.end.setEnabled(row.working.isChecked())

    def _day_edited(self, row: _DayRow) -> None:
        self._sync_day(row)
        if self._loading:
            return
        row.touched = True
        row.note.clear()
        self._edited()

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def set_day(self, weekday: int, start: time | None, end: time | None = None) -> None:
        """Set one weekday as a person would (None = day off); used by keyboard-less callers."""
        row = self.days[weekday]
        row.working.setChecked(start is not None)
        if start is not None and end is not None:
            row.start.setTime(QTime(start.hour, start.minute))
            row.end.setTime(QTime(end.hour, end.minute))

    def _add_holiday(self) -> None:
        qd = self.holiday_date.date()
        day = date(qd.year(), qd.month(), qd.day())
        if self.holidays.contains(day):
            show_error(self.holidays_error, self.tr(
                "{day} is already in the list; each date may appear once.").format(
                    day=day.isoformat()))
            return
        show_error(self.holidays_error, None)
        row = self.holidays.add(HolidayEntry(day, self.holiday_name.text().strip()))
        self.holiday_view.selectRow(row)
        self.holiday_name.clear()
        self._edited()

    def _remove_holiday(self) -> None:
        rows = self.holiday_view.selectionModel().selectedRows()
        if rows:
            show_error(self.holidays_error, None)
            self.holidays.remove(rows[0].row())
            self._edited()
