"""The CSI register tab: improvement initiatives with their KPI, baseline, target and progress
measured live (a sparkline of the last twelve weeks), and the work items that serve them.

The list loads through the view's runner; each initiative's progress is then measured in the
background one after another (a KPI over a scope is an aggregate query), so the list shows at
once and the figures fill in.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.improvement import BASELINE_DAYS, STATUS_LABELS, InitiativeStatus
from deskapp.domain.kpi_catalogue import BY_NAME, Scope
from deskapp.services.improvement import (
    ImprovementService,
    InitiativeDraft,
    InitiativeDTO,
    Progress,
    SavedInitiative,
)
from deskapp.ui import theme
from deskapp.ui.improvement.trends import figure_text
from deskapp.ui.labels import priority_label, tr_label
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.services.kpi import CatalogueEntry
    from deskapp.ui.context import UiContext
    from deskapp.ui.queues.model import SafeRunner

_Index = QModelIndex | QPersistentModelIndex
SPARK_ROLE = Qt.ItemDataRole.UserRole + 1


def scope_text(scope: Scope, names: dict[uuid.UUID, str]) -> str:
    parts = []
    if scope.team_id is not None:
        parts.append(names.get(scope.team_id, "?"))
    if scope.service_id is not None:
        parts.append(names.get(scope.service_id, "?"))
    if scope.assignee_id is not None:
        parts.append(names.get(scope.assignee_id, "?"))
    if scope.priority is not None:
        parts.append(priority_label(scope.priority))
    if scope.category is not None:
        parts.append(scope.category)
    return ", ".join(parts) or tr_label("Whole desk")


class RegisterModel(RowsModel[InitiativeDTO]):
    HEADERS = ("Initiative", "KPI", "Scope", "Owner", "Baseline", "Now", "Target", "Progress",
               "Last 12 weeks", "Due", "Status", "Linked items")
    SPARK_COLUMN = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.progress: dict[uuid.UUID, Progress] = {}
        self.names: dict[uuid.UUID, str] = {}

    def set_progress(self, p: Progress) -> None:
        self.progress[p.initiative_id] = p
        for r in range(self.rowCount()):
            row = self.row(r)
            if row is not None and row.id == p.initiative_id:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        unit = BY_NAME[row.kpi].unit if row.kpi in BY_NAME else ""
        p = self.progress.get(row.id)
        if role == SPARK_ROLE and index.column() == self.SPARK_COLUMN:
            return p.weekly if p else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4:
                return self.tr("{n} items, {start} to {end}").format(
                    n=row.baseline_count, start=f"{row.baseline_start:%Y-%m-%d}",
                    end=f"{row.baseline_end:%Y-%m-%d}")
            if index.column() == 1 and row.kpi in BY_NAME:
                return BY_NAME[row.kpi].basis
            return row.reason if index.column() == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and p is not None \
                and p.met is not None:
            return QColor(theme.SUCCESS[theme.is_dark()] if p.met else theme.ERROR[theme.is_dark()])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        measuring = self.tr("measuring…")
        values = (
            row.title,
            tr_label(BY_NAME[row.kpi].label) if row.kpi in BY_NAME else row.kpi,
            scope_text(row.scope, self.names),
            row.owner_name,
            figure_text(unit, row.baseline),
            measuring if p is None else figure_text(unit, p.now),
            figure_text(unit, row.target),
            measuring if p is None else ("—" if p.percent is None else f"{p.percent:.0f} %"),
            "",
            row.due_on.isoformat(),
            tr_label(STATUS_LABELS.get(InitiativeStatus(row.status), row.status))
            if row.status in {s.value for s in InitiativeStatus} else row.status,
            ", ".join(link.number for link in row.links),
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None


class SparklineDelegate(QStyledItemDelegate):
    """Weekly values as a small line (no axes): the shape of the trend at a glance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Override QStyledItemDelegate::paint
        super().paint(painter, option, index)
        values = index.data(SPARK_ROLE)
        points = [v for v in (values or ()) if v is not None]
        if len(points) < 2:
            return
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        low, high = min(points), max(points)
        span = (high - low) or 1.0
        step = rect.width() / max(len(values) - 1, 1)
        path = QPainterPath()
        started = False
        for k, v in enumerate(values):
            if v is None:
                continue
            x = rect.left() + k * step
            y = rect.bottom() - (v - low) / span * rect.height()
            if started:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                started = True
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1565c0"), 1.5))
        painter.drawPath(path)
        painter.restore()


class InitiativeDialog(QDialog):
    """Register or edit an initiative. The KPI and scope of a registered one are fixed (its
    baseline was measured for them)."""

    def __init__(self, catalogue: list[CatalogueEntry], teams: list[Choice],
                 services: list[Choice], staff: list[Choice],
                 current: InitiativeDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Edit initiative") if current else
                            self.tr("New improvement initiative"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.kpi = QComboBox(self)
        for e in catalogue:
            if e.availability.measured:
                self.kpi.addItem(tr_label(e.declaration.label), e.declaration.name)
                self.kpi.setItemData(self.kpi.count() - 1, e.declaration.basis,
                                     Qt.ItemDataRole.ToolTipRole)
        self.team, self.service, self.owner = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, choices, none in ((self.team, teams, self.tr("Any team")),
                                     (self.service, services, self.tr("Any service")),
                                     (self.owner, staff, self.tr("Nobody yet"))):
            combo.addItem(none, None)
            for c in choices:
                combo.addItem(c.label, str(c.id))
        self.priority = QComboBox(self)
        self.priority.addItem(self.tr("Any priority"), None)
        for p in range(1, 6):
            self.priority.addItem(priority_label(p), p)
        self.target = QDoubleSpinBox(self)
        self.target.setRange(0, 10_000_000)
        self.target.setDecimals(1)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addMonths(3))
        self.status = QComboBox(self)
        for s in InitiativeStatus:
            self.status.addItem(tr_label(STATUS_LABELS[s]), s.value)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.unit = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        form = QFormLayout()
        for text, widget in ((self.tr("&Title:"), self.title), (self.tr("&Why:"), self.reason),
                             (self.tr("&KPI:"), self.kpi), (self.tr("T&eam:"), self.team),
                             (self.tr("Ser&vice:"), self.service),
                             (self.tr("&Priority:"), self.priority),
                             (self.tr("Ta&rget:"), self.target), (self.tr("&Due:"), self.due),
                             (self.tr("&Owner:"), self.owner), (self.tr("&Status:"), self.status),
                             (self.tr("&Notes:"), self.notes)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.unit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kpi.currentIndexChanged.connect(self._kpi_changed)
        self._kpi_changed(0)
        if current is not None:
            self._fill(current)

    def _kpi_changed(self, _index: int) -> None:
        name = self.kpi.currentData()
        if name in BY_NAME:
            d = BY_NAME[name]
            self.unit.setText(self.tr("Target in {unit} ({better} is better). The baseline is "
                                      "this KPI over the {days} days before registering.")
                              .format(unit=d.unit, better=self.tr("lower") if
                                      d.better.value == "lower" else self.tr("higher"),
                                      days=BASELINE_DAYS))

    def _fill(self, c: InitiativeDTO) -> None:
        self.title.setText(c.title)
        self.reason.setPlainText(c.reason)
        for combo, value in ((self.kpi, c.kpi),
                             (self.team, str(c.scope.team_id) if c.scope.team_id else None),
                             (self.service, str(c.scope.service_id) if c.scope.service_id
                              else None),
                             (self.priority, c.scope.priority),
                             (self.owner, str(c.owner_id) if c.owner_id else None),
                             (self.status, c.status)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        for combo in (self.kpi, self.team, self.service, self.priority):
            combo.setEnabled(False)
            combo.setToolTip(self.tr("Fixed: the baseline was measured for this KPI and scope."))
        self.target.setValue(c.target)
        self.due.setDate(QDate(c.due_on.year, c.due_on.month, c.due_on.day))
        self.notes.setPlainText(c.notes)

    def draft(self) -> InitiativeDraft:
        def uid(combo: QComboBox) -> uuid.UUID | None:
            value = combo.currentData()
            return uuid.UUID(value) if value else None

        d = self.due.date()
        scope = Scope(kinds=(), team_id=uid(self.team), service_id=uid(self.service),
                      priority=self.priority.currentData())
        c = self.current
        return InitiativeDraft(
            self.title.text(), self.reason.toPlainText(), str(self.kpi.currentData() or ""),
            self.target.value(), date(d.year(), d.month(), d.day()),
            scope if c is None else c.scope, uid(self.owner), str(self.status.currentData()),
            self.notes.toPlainText(), c.id if c else None, c.version if c else None)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class RegisterPanel(QWidget):
    """The register's table and its commands."""

    open_item = Signal(object)

    def __init__(self, ctx: UiContext, run: SafeRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = run
        self.service: ImprovementService = ctx.services.improvement
        self._generation = 0
        self._queue: list[InitiativeDTO] = []
        self.dialog: InitiativeDialog | None = None
        self.model = RegisterModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(RegisterModel.SPARK_COLUMN,
                                            SparklineDelegate(self.table))
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(RegisterModel.SPARK_COLUMN, 110)
        self.add_button = QPushButton(self.tr("&Add initiative…"), self)
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.link_button = QPushButton(self.tr("&Link item…"), self)
        self.unlink_button = QPushButton(self.tr("&Unlink item…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        may = ctx.services.may
        from deskapp.domain.permissions import Action, Resource
        from deskapp.ui.permissions import guard

        self._create = may(Action.CREATE, Resource.IMPROVEMENT)
        self._edit = may(Action.EDIT, Resource.IMPROVEMENT)
        guard(self.add_button, self._create)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.link_button, self.unlink_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.link_button.clicked.connect(lambda: self.link())
        self.unlink_button.clicked.connect(lambda: self.unlink())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self._update()

    def _update(self) -> None:
        from deskapp.ui.permissions import guard

        chosen = self.current() is not None
        for b in (self.edit_button, self.link_button, self.unlink_button):
            guard(b, self._edit)
            if self._edit.allowed:
                b.setEnabled(chosen)

    def current(self) -> InitiativeDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        self._generation += 1
        generation = self._generation
        service, ref = self.service, self.ctx.services.reference

        def work() -> tuple[list[InitiativeDTO], dict[uuid.UUID, str]]:
            names = {c.id: c.label for c in (*ref.teams(), *ref.services(), *ref.staff())}
            return service.initiatives(), names

        self.status.setText(self.tr("Loading the register…"))
        self._run.run(work, lambda r: self._loaded(generation, r, select),
                      lambda exc: self.status.setText(user_message(exc)))

    def _loaded(self, generation: int, result: tuple[list[InitiativeDTO], dict[Any, str]],
                select: uuid.UUID | None) -> None:
        if generation != self._generation:
            return
        rows, names = result
        self.model.names = names
        self.model.progress.clear()
        self.model.set_rows(rows)
        for r, row in enumerate(rows):
            if row.id == select:
                self.table.selectRow(r)
        self.status.setText(self.tr("{n} initiatives; measuring their progress…").format(
            n=len(rows)) if rows else self.tr("No initiatives yet: Add initiative registers "
                                              "one with its KPI, baseline and target."))
        self._queue = list(rows)
        self._measure_next(generation)
        self._update()

    def _measure_next(self, generation: int) -> None:
        if generation != self._generation:
            return
        if not self._queue:
            if self.model.rowCount():
                self.status.setText(self.tr("Progress measured now over the same number of "
                                            "days as each baseline."))
            return
        item = self._queue.pop(0)
        service = self.service
        self._run.run(lambda: service.progress(item),
                      lambda p: self._measured(generation, p),
                      lambda exc: self.status.setText(user_message(exc)))

    def _measured(self, generation: int, p: Progress) -> None:
        if generation != self._generation:
            return
        self.model.set_progress(p)
        self._measure_next(generation)

    # -- commands --------------------------------------------------------------------------
    def add(self) -> None:
        if self._create.allowed:
            self._open_dialog(None)

    def edit(self) -> None:
        current = self.current()
        if current is not None and self._edit.allowed:
            self._open_dialog(current)

    def _open_dialog(self, current: InitiativeDTO | None) -> None:
        """Read the pickers' choices off the UI thread, then open the dialog
        (:attr:`dialog`)."""
        ref, kpi = self.ctx.services.reference, self.ctx.services.kpi

        def work() -> tuple[Any, ...]:
            return list(kpi.catalogue()), ref.teams(), ref.services(), ref.staff()


        def loaded(found: tuple[Any, ...]) -> None:
            self._show_dialog(current, *found)

        self._run.run(work, loaded, lambda exc: self.status.setText(user_message(exc)))

    def _show_dialog(self, current: InitiativeDTO | None, catalogue: list[CatalogueEntry],
                     teams: list[Choice], services: list[Choice],
                     staff: list[Choice]) -> InitiativeDialog:
        dialog = InitiativeDialog(catalogue, teams, services, staff, current, self)
        self.dialog = dialog
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

        def saved(result: SavedInitiative) -> None:
            save.setEnabled(True)
            dialog.accept()
            self.ctx.bus.changed.emit(result.changes)
            self.reload(result.record.id)

        def failed(exc: BaseException) -> None:
            save.setEnabled(True)
            dialog.show_error(user_message(exc))

        def submit() -> None:
            draft = dialog.draft()
            save.setEnabled(False)
            dialog.show_error(self.tr("Measuring the baseline…") if current is None else "")
            self._run.run(lambda: self.service.save(draft), saved, failed)

        dialog.buttons.accepted.connect(submit)
        dialog.open()
        return dialog

    def link(self, number: str | None = None) -> None:
        current = self.current()
        if current is None:
            return
        if number is None:
            number, ok = QInputDialog.getText(
                self, self.tr("Link a work item"),
                self.tr("Number of the problem, change or other item that serves "
                        "“{title}”:").format(title=current.title))
            if not ok or not number.strip():
                return
        self._run.run(lambda: self.service.link(current.id, number),
                      lambda r: self.reload(r.record.id),
                      lambda exc: self.status.setText(user_message(exc)))

    def unlink(self, number: str | None = None) -> None:
        current = self.current()
        if current is None or not current.links:
            return
        numbers = [link.number for link in current.links]
        if number is None:
            number, ok = QInputDialog.getItem(
                self, self.tr("Unlink a work item"),
                self.tr("Unlink which item from “{title}”? (1 link is removed)").format(
                    title=current.title), numbers, 0, False)
            if not ok:
                return
        link = next((x for x in current.links if x.number == number), None)
        if link is None:
            return
        self._run.run(lambda: self.service.unlink(current.id, link.id),
                      lambda r: self.reload(r.record.id),
                      lambda exc: self.status.setText(user_message(exc)))
