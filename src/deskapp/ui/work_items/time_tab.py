"""Time spent on an item: the Time tab lists its entries with their total, logs time (typed as
"1h 30m", "90" or "1:30"), runs a timer, and corrects or removes the signed-in person's own
entries.

The timer belongs to the tab, not to the page shown: it keeps running while another tab (or
another part of the form) is in front, shows the time elapsed, and stopping it opens Add time
with the minutes and the start time filled in, for the item it was started on.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.time_spent import NOTE_MAX, check_minutes, parse_minutes
from deskapp.errors import ValidationError
from deskapp.services.time_entries import TimeEntryDTO, TimeSheet
from deskapp.ui.labels import duration_words
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("When", "Who", "Time", "Note")
Clock = Callable[[], datetime]


def spent_text(minutes: int) -> str:
    """Time spent in hours and minutes ("45 min", "27 h 30 min"): never in 24-hour days,
    which read like working days."""
    words = duration_words()
    if minutes < 60:
        return words.minutes.format(m=minutes)
    hours, mins = divmod(minutes, 60)
    return words.hours.format(h=hours, m=mins)


def typed_minutes(minutes: int) -> str:
    """Minutes as a person would type them ("1h 30m", "45m"): what Add time is filled with."""
    hours, mins = divmod(minutes, 60)
    return " ".join(part for part in (f"{hours}h" if hours else "",
                                      f"{mins}m" if mins else "") if part)


def elapsed_text(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _aware(value: QDateTime) -> datetime:
    """A QDateTimeEdit's local time as an aware datetime in the local zone."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC).astimezone()


class TimeEntriesModel(RowsModel[TimeEntryDTO]):
    """One item's live entries, in the order the work was done."""

    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        entry = self.row(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return entry.note
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (local_time(entry.worked_at), entry.staff_name, spent_text(entry.minutes),
                  entry.note or "")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class TimeTab(QWidget):
    """Bind it with :meth:`bind` (the time-entry service, the form's runner, the current
    item); ``message`` carries what the status bar should say, ``changed`` follows every
    entry saved or removed (the item's history has a new event)."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.model = TimeEntriesModel(self)
        self.table = read_only_table("timeTable", (130, 150, 90))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.total = QLabel()
        self.total.setObjectName("timeTotal")
        self.elapsed = QLabel()
        self.elapsed.setObjectName("timerElapsed")
        self.add_button = QPushButton(self.tr("Add &time…"))
        self.add_button.setObjectName("addTime")
        self.add_button.clicked.connect(lambda: self.ask_entry())
        self.timer_button = QPushButton(self.tr("Start ti&mer"))
        self.timer_button.setObjectName("timerButton")
        self.timer_button.clicked.connect(self.toggle_timer)
        self.edit_button = QPushButton(self.tr("&Edit entry…"))
        self.edit_button.setObjectName("editTime")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove entr&y"))
        self.remove_button.setObjectName("removeTime")
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total)
        buttons.addWidget(self.elapsed)
        buttons.addStretch(1)
        for button in (self.edit_button, self.remove_button, self.timer_button,
                       self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        #: (item id, started at) while the timer runs
        self.timing: tuple[uuid.UUID, datetime] | None = None
        self.dialog: TimeEntryDialog | None = None
        self._item_id: Callable[[], uuid.UUID | None] = lambda: None
        self.set_sheet(TimeSheet((), 0))

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (TimeEntryService) on ``runner`` for the item ``item_id()``
        names (the form's current item)."""
        self._service, self._runner, self._item_id = service, runner, item_id

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None:
            self.set_sheet(TimeSheet((), 0))
            return
        service = self._service

        def done(sheet: TimeSheet) -> None:
            if self._item_id() == item_id:
                self.set_sheet(sheet)

        self._runner.run(lambda: service.sheet(item_id), done,
                         lambda exc: self.message.emit(user_message(exc)))

    def set_sheet(self, sheet: TimeSheet) -> None:
        self.model.set_rows(sheet.entries)
        n = len(sheet.entries)
        self.total.setText(self.tr("Total: {time} in %Ln time log(s)", "", n).format(
            time=spent_text(sheet.total_minutes)) if n else self.tr("No time logged yet"))
        self._update_buttons()

    def selected(self) -> TimeEntryDTO | None:
        return self.model.row(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        entry = self.selected()
        own = entry is not None and entry.own
        self.edit_button.setEnabled(own)
        self.remove_button.setEnabled(own)

    # -- the timer ------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        if self.timing is None:
            self.start_timer()
        else:
            self.stop_timer()

    def start_timer(self) -> None:
        item_id = self._item_id()
        if item_id is None or self.timing is not None:
            return
        self.timing = (item_id, self.clock())
        self.timer_button.setText(self.tr("Stop ti&mer"))
        self._ticker.start()
        self._tick()
        self.message.emit(self.tr("Timer started."))

    def stop_timer(self) -> None:
        """Stop and offer the entry: the minutes (at least one) and the start time filled in,
        for the item the timer was started on."""
        if self.timing is None:
            return
        item_id, started = self.timing
        self.timing = None
        self._ticker.stop()
        self.elapsed.setText("")
        self.timer_button.setText(self.tr("Start ti&mer"))
        seconds = (self.clock() - started).total_seconds()
        minutes = min(24 * 60, max(1, math.ceil(seconds / 60)))
        self.ask_entry(minutes=minutes, worked_at=started, item_id=item_id)

    def _tick(self) -> None:
        if self.timing is None:
            return
        seconds = int((self.clock() - self.timing[1]).total_seconds())
        self.elapsed.setText(self.tr("Timer: {elapsed}").format(elapsed=elapsed_text(seconds)))

    # -- adding, correcting, removing -----------------------------------------------------
    def ask_entry(self, *, minutes: int | None = None, worked_at: datetime | None = None,
                  item_id: uuid.UUID | None = None) -> None:
        target = item_id or self._item_id()
        if target is None:
            return
        dialog = TimeEntryDialog(self, self.tr("Add time"), self.tr("&Add"))
        dialog.fill(minutes, worked_at or self.clock(), None)
        dialog.submitted.connect(lambda m, w, n: self._add(target, m, w, n))
        self._open(dialog)

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.own:
            return
        dialog = TimeEntryDialog(self, self.tr("Correct time entry"), self.tr("&Save"))
        dialog.fill(entry.minutes, entry.worked_at, entry.note)
        dialog.submitted.connect(lambda m, w, n: self._edit(entry, m, w, n))
        self._open(dialog)

    def _open(self, dialog: TimeEntryDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _saved(self, dialog: TimeEntryDialog | None, text: str) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.emit(text)
            self.refresh()
            self.changed.emit()
        return done

    def _failed(self, dialog: TimeEntryDialog | None) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(user_message(exc))
            else:
                self.message.emit(user_message(exc))
        return failed

    def _add(self, item_id: uuid.UUID, minutes: int, worked_at: datetime,
             note: str | None) -> None:
        service, dialog = self._service, self.dialog
        self._runner.run(lambda: service.add(item_id, minutes, worked_at, note),
                         self._saved(dialog, self.tr("Logged {time}.").format(
                             time=spent_text(minutes))), self._failed(dialog))

    def _edit(self, entry: TimeEntryDTO, minutes: int, worked_at: datetime,
              note: str | None) -> None:
        service, dialog = self._service, self.dialog
        self._runner.run(
            lambda: service.edit(entry.id, entry.version, minutes, worked_at, note),
            self._saved(dialog, self.tr("Time entry corrected.")), self._failed(dialog))

    def _remove(self) -> None:
        entry = self.selected()
        if entry is None or not entry.own:
            return
        service = self._service
        self._runner.run(lambda: service.remove(entry.id),
                         self._saved(None, self.tr("Time entry removed.")),
                         self._failed(None))

    def shutdown(self) -> None:
        self._ticker.stop()


class TimeEntryDialog(QDialog):
    """Time spent, when, and a note; ``submitted(minutes, worked_at, note)`` once the time reads
    and is within the rules (the service checks the rest and answers through
    :meth:`show_error`)."""

    submitted = Signal(int, object, object)

    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("timeEntryDialog")
        self.setWindowTitle(title)
        self.spent = QLineEdit()
        self.spent.setObjectName("timeSpent")
        self.spent.setPlaceholderText(self.tr("1h 30m, 90 or 1:30"))
        self.worked_at = QDateTimeEdit()
        self.worked_at.setObjectName("workedAt")
        self.worked_at.setCalendarPopup(True)
        self.worked_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit()
        self.note.setObjectName("timeNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("What was done (optional)"))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Time &spent:"), self.spent)
        form.addRow(self.tr("&When:"), self.worked_at)
        form.addRow(self.tr("&Note:"), self.note)
        lay_out_form_dialog(self, form, self.message, ok_text, self._submit)
        self.setMinimumWidth(420)

    def fill(self, minutes: int | None, worked_at: datetime, note: str | None) -> None:
        self.spent.setText(typed_minutes(minutes) if minutes else "")
        self.worked_at.setDateTime(_qdatetime(worked_at))
        self.note.setText(note or "")

    def _submit(self) -> None:
        try:
            minutes = check_minutes(parse_minutes(self.spent.text()))
        except ValidationError as exc:
            self.show_error(user_message(exc))
            self.spent.setFocus()
            return
        note = self.note.text().strip() or None
        self.submitted.emit(minutes, _aware(self.worked_at.dateTime()), note)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

