"""The change calendar (Service Transition): a week or a month of scheduled changes and freeze
windows, desk-wide or for one service.

Each day lists its changes (number, time, title; coloured by status, the emergency ones
marked); freeze days are shaded with the freeze's name. A click selects a change and lists
its conflicts beside the calendar; a double click or Enter opens it. `PgUp` / `PgDown` step a
week or a month, `Home` returns to today; the view and the service filter are remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.labels import status_label, tr_label
from deskapp.ui.operation.models import local_time
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.transition.conflicts_box import ConflictsBox
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.change_calendar import CalendarDTO, CalendarEntry, ConflictReport
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

WEEK, MONTH = "week", "month"
SETTINGS_MODE = "calendar_mode"
SETTINGS_SERVICE = "calendar_service"
_LINE = 18  # one entry's height in a day


@dataclass
class _Hit:
    rect: QRect
    entry: CalendarEntry


def _local_day(value: datetime) -> date:
    return value.astimezone().date()


def _span(mode: str, anchor: date) -> tuple[date, date]:
    """The first and the day after the last day shown."""
    if mode == WEEK:
        first = anchor - timedelta(days=anchor.weekday())
        return first, first + timedelta(days=7)
    first_of_month = anchor.replace(day=1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return first, first + timedelta(days=42)


class CalendarGrid(QWidget):
    """Days in columns (a week) or a 6 x 7 grid (a month), each listing its changes."""

    selected = Signal(object)  # CalendarEntry
    activated = Signal(object)  # CalendarEntry (double click, Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeCalendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(560, 320))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mode = WEEK
        self.first = date.today()
        self.days = 7
        self.data: CalendarDTO | None = None
        self.current: CalendarEntry | None = None
        self._hits: list[_Hit] = []

    def show_span(self, mode: str, first: date, days: int, data: CalendarDTO | None) -> None:
        self.mode, self.first, self.days, self.data = mode, first, days, data
        if data is not None and self.current is not None:
            self.current = next((e for e in data.changes if e.id == self.current.id), None)
        self.update()

    def entries_on(self, day: date) -> list[CalendarEntry]:
        if self.data is None:
            return []
        start = datetime.combine(day, time()).astimezone()
        end = start + timedelta(days=1)
        return [e for e in self.data.changes if e.starts < end and e.ends > start]

    def freezes_on(self, day: date) -> list[str]:
        if self.data is None:
            return []
        start = datetime.combine(day, time()).astimezone()
        end = start + timedelta(days=1)
        return [f.name for f in self.data.freezes if f.starts < end and f.ends > start]

    def _cells(self) -> list[tuple[date, QRect]]:
        rows = 1 if self.mode == WEEK else 6
        width, height = self.width() / 7, (self.height() - 22) / rows
        out = []
        for n in range(self.days):
            row, col = divmod(n, 7)
            out.append((self.first + timedelta(days=n),
                        QRect(int(col * width), 22 + int(row * height), int(width) - 1,
                              int(height) - 1)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self.width() / 7
        for col in range(7):
            name = (self.first + timedelta(days=col)).strftime("%a")
            painter.drawText(QRect(int(col * width), 0, int(width), 20),
                             Qt.AlignmentFlag.AlignCenter, name)
        self._hits = []
        today = date.today()
        freeze_colour = QColor(90, 140, 220, 45)
        for day, rect in self._cells():
            freezes = self.freezes_on(day)
            if freezes:
                painter.fillRect(rect, freeze_colour)
            painter.setPen(palette.mid().color())
            painter.drawRect(rect)
            painter.setPen(palette.text().color())
            label = day.strftime("%d %b") if self.mode == WEEK or day.day == 1 \
                else day.strftime("%d")
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, label)
            font.setBold(False)
            painter.setFont(font)
            y = rect.top() + _LINE + 2
            if freezes:
                painter.setPen(QColor(40, 80, 160))
                painter.drawText(QRect(rect.left() + 4, y, rect.width() - 8, _LINE),
                                 Qt.AlignmentFlag.AlignLeft,
                                 self.tr("❄ {names}").format(names=", ".join(freezes)))
                y += _LINE
            entries = self.entries_on(day)
            room = max((rect.bottom() - y) // _LINE, 1)
            for n, entry in enumerate(entries):
                if n == room - 1 and len(entries) > room:
                    painter.setPen(palette.text().color())
                    painter.drawText(QRect(rect.left() + 4, y, rect.width() - 8, _LINE),
                                     Qt.AlignmentFlag.AlignLeft,
                                     self.tr("+ %n more", "", len(entries) - n))
                    break
                box = QRect(rect.left() + 2, y, rect.width() - 4, _LINE - 2)
                painter.fillRect(box, self._colour(entry))
                if self.current is not None and entry.id == self.current.id:
                    painter.setPen(palette.highlight().color())
                    painter.drawRect(box.adjusted(0, 0, -1, -1))
                painter.setPen(QColor(20, 20, 20))
                when = entry.starts.astimezone().strftime("%H:%M") \
                    if _local_day(entry.starts) == day else "…"
                mark = "!" if entry.change_type == "emergency" else ""
                painter.drawText(box.adjusted(3, 0, -2, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 f"{mark}{when} {entry.number} {entry.title}")
                self._hits.append(_Hit(box, entry))
                y += _LINE
        painter.end()

    @staticmethod
    def _colour(entry: CalendarEntry) -> QColor:
        return {"closed": QColor(200, 200, 200), "implement": QColor(255, 214, 140),
                "review": QColor(220, 200, 240), "scheduled": QColor(170, 220, 170),
                "authorise": QColor(250, 235, 150)}.get(entry.status, QColor(200, 225, 245))

    def entry_at(self, x: int, y: int) -> CalendarEntry | None:
        return next((h.entry for h in self._hits if h.rect.contains(x, y)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        found = self.entry_at(int(event.position().x()), int(event.position().y()))
        if found is not None:
            self.current = found
            self.selected.emit(found)
            self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        found = self.entry_at(int(event.position().x()), int(event.position().y()))
        if found is not None:
            self.activated.emit(found)

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.activated.emit(self.current)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and self.data is not None \
                and self.data.changes:
            changes = list(self.data.changes)
            at = next((i for i, e in enumerate(changes) if self.current and
                       e.id == self.current.id), -1)
            step = 1 if key == Qt.Key.Key_Right else -1
            self.current = changes[max(0, min(len(changes) - 1, at + step))]
            self.selected.emit(self.current)
            self.update()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class ChangeCalendarView(QWidget):
    """The calendar page: its bar, the grid, the selected change with its conflicts."""

    open_requested = Signal(object)  # a change's id
    new_change_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeCalendar")
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self._generation = 0
        self.anchor = date.today()
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("Mo&nth"))
        self.modes = QButtonGroup(self)
        for button, mode in ((self.week_button, WEEK), (self.month_button, MONTH)):
            button.setCheckable(True)
            button.setProperty("mode", mode)
            self.modes.addButton(button)
        self.week_button.setChecked(True)
        self.modes.buttonClicked.connect(lambda _b: self.reload())
        self.previous_button = QPushButton(self.tr("◀"))
        self.previous_button.setToolTip(self.tr("Earlier (PgUp)"))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Later (PgDown)"))
        self.today_button = QPushButton(self.tr("To&day"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.service = QComboBox()
        self.service.setObjectName("calendarService")
        self.service.addItem(self.tr("All services"), None)
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        self.span_label = QLabel()
        self.span_label.setObjectName("calendarSpan")
        self.new_button = QPushButton(self.tr("New chang&e"))
        self.new_button.setToolTip(self.tr("Raise a change (Ctrl+Shift+C in Service Operation)"))
        self.new_button.clicked.connect(self.new_change_requested)
        bar = QHBoxLayout()
        for w in (self.week_button, self.month_button, self.previous_button, self.today_button,
                  self.next_button):
            bar.addWidget(w)
        service_label = QLabel(self.tr("Servi&ce:"))
        service_label.setBuddy(self.service)
        bar.addSpacing(12)
        bar.addWidget(service_label)
        bar.addWidget(self.service)
        bar.addSpacing(12)
        bar.addWidget(self.span_label, 1)
        bar.addWidget(self.new_button)
        self.grid = CalendarGrid()
        self.grid.selected.connect(self._selected)
        self.grid.activated.connect(lambda e: self.open_requested.emit(e.id))
        self.detail = QLabel(self.tr("Click a change to see its conflicts; double-click or "
                                     "Enter opens it."))
        self.detail.setObjectName("calendarDetail")
        self.detail.setWordWrap(True)
        self.conflicts = ConflictsBox()
        self.conflicts.runner = self._run
        self.conflicts.accept_with = ctx.services.change_calendar.accept
        self.freeze_list = QListWidget()
        self.freeze_list.setObjectName("freezeList")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(self.conflicts)
        side_layout.addWidget(QLabel(self.tr("Freeze windows shown:")))
        side_layout.addWidget(self.freeze_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        for keys, slot, what in (("PgUp", lambda: self.step(-1), self.tr("Earlier")),
                                 ("PgDown", lambda: self.step(1), self.tr("Later")),
                                 ("Home", self.go_today, self.tr("Back to today"))):
            shortcut = QShortcut(QKeySequence(keys), self, slot,
                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)

    @property
    def mode(self) -> str:
        checked = self.modes.checkedButton()
        return str(checked.property("mode")) if checked is not None else WEEK

    def set_services(self, services: list[Choice]) -> None:
        chosen = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        for s in services:
            self.service.addItem(s.label, s.id)
        self.service.setCurrentIndex(max(next((i for i in range(self.service.count())
                                               if self.service.itemData(i) == chosen), 0), 0))
        self.service.blockSignals(False)

    def step(self, direction: int) -> None:
        days = 7 if self.mode == WEEK else 31
        self.anchor = self.anchor + timedelta(days=direction * days)
        if self.mode == MONTH:
            self.anchor = self.anchor.replace(day=1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.reload()

    def show_date(self, day: date, mode: str | None = None) -> None:
        if mode is not None:
            (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self.anchor = day
        self.reload()

    def reload(self) -> None:
        first, after = _span(self.mode, self.anchor)
        start = datetime.combine(first, time()).astimezone().astimezone(UTC)
        end = datetime.combine(after, time()).astimezone().astimezone(UTC)
        service = self.service.currentData()
        self._generation += 1
        generation = self._generation
        calendar = self.ctx.services.change_calendar
        self.span_label.setText(self.tr("{first} to {last}").format(
            first=first.isoformat(), last=(after - timedelta(days=1)).isoformat()))

        def done(data: CalendarDTO) -> None:
            if generation != self._generation:
                return
            self.grid.show_span(self.mode, first, (after - first).days, data)
            self.freeze_list.clear()
            for f in data.freezes:
                self.freeze_list.addItem(self.tr("{name}: {start} to {end}").format(
                    name=f.name, start=local_time(f.starts), end=local_time(f.ends)))
            self.span_label.setText(self.tr("{first} to {last}: %n change(s)", "",
                                            len(data.changes)).format(
                first=first.isoformat(), last=(after - timedelta(days=1)).isoformat()))

        self._run.run(lambda: calendar.calendar(start, end, service), done,
                      lambda exc: self.message.emit(user_message(exc)))

    def _selected(self, entry: CalendarEntry) -> None:
        self.detail.setText(self.tr("{n}: {title}\n{start} to {end}, {status}, {who}").format(
            n=entry.number, title=entry.title, start=local_time(entry.starts),
            end=local_time(entry.ends), status=status_label(entry.status, "change"),
            who=entry.implementer or self.tr("no implementer")))
        self.detail.setToolTip(tr_label(entry.change_type.capitalize()))
        calendar = self.ctx.services.change_calendar
        self.conflicts.change_id = entry.id
        self.conflicts.ask = lambda: (lambda: self._check(calendar, entry))
        self.conflicts.schedule()

    @staticmethod
    def _check(calendar: object, entry: CalendarEntry) -> ConflictReport:
        report: ConflictReport = calendar.conflicts(  # type: ignore[attr-defined]
            entry.id, entry.starts, entry.ends)
        return report

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(SETTINGS_MODE, self.mode)
        settings.setValue(SETTINGS_SERVICE, str(self.service.currentData() or ""))
        settings.setValue("calendar_splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        mode = str(settings.value(SETTINGS_MODE, WEEK))
        (self.month_button if mode == MONTH else self.week_button).setChecked(True)
        state = settings.value("calendar_splitter")
        if state is not None:
            self.splitter.restoreState(state)
        wanted = str(settings.value(SETTINGS_SERVICE, "") or "")
        if wanted:
            self._wanted_service = wanted

    def apply_wanted_service(self) -> None:
        wanted = getattr(self, "_wanted_service", "")
        for i in range(self.service.count()):
            if str(self.service.itemData(i) or "") == wanted:
                self.service.setCurrentIndex(i)
                break

