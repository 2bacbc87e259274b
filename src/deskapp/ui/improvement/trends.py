"""Improvement tabs over the chosen period: every figure split by team, agent, service...
(:class:`FiguresPanel`) and one figure by week or month beside the previous period
(:class:`TrendsPanel`), whose points open the queue of their items (:class:`DrillDialog`).

Both load through the view's runner; a newer request wins over an older one still running.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.kpi import Figure, Grain, Grouping, Period
from deskapp.domain.kpi_catalogue import ITEMS, MINUTES, PERCENT
from deskapp.domain.queries import DEFAULT_SORT, WorkItemFilter
from deskapp.domain.queue import DEFAULT_COLUMNS
from deskapp.services.queues import ResolvedQueue
from deskapp.ui.improvement.charts import TrendChart, bucket_label
from deskapp.ui.labels import count_text, duration_text, tr_label
from deskapp.ui.queues.model import QueueTableModel, SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.kpi import CatalogueEntry, FigureGroup, KpiService, Series
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def figure_text(unit: str, value: float | int | None) -> str:
    if value is None:
        return "—"
    if unit == MINUTES:
        return duration_text(float(value))
    if unit == PERCENT:
        return f"{value:.1f} %"
    if unit == ITEMS:
        return count_text(int(value))
    return f"{value:.2f}"


def grouping_choices(combo: QComboBox, tr: Any, none_text: str) -> None:
    combo.addItem(none_text, "")
    for text, g in ((tr("Team"), Grouping.TEAM), (tr("Agent"), Grouping.AGENT),
                    (tr("Service"), Grouping.SERVICE), (tr("Category"), Grouping.CATEGORY),
                    (tr("Priority"), Grouping.PRIORITY), (tr("Kind"), Grouping.KIND)):
        combo.addItem(text, g.value)


def _grouping(combo: QComboBox) -> Grouping | None:
    value = combo.currentData()
    return Grouping(value) if value else None


class FigureMatrixModel(QAbstractTableModel):
    """Rows: the groups; columns: the group's name, then one per figure. Not split: one row.
    A header's tooltip is the figure's basis; an unmeasured figure's cells say why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[FigureGroup] = []
        self._names: list[Figure] = []

    def set_groups(self, groups: Sequence[FigureGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._names = list(groups[0].figures) if groups else []
        self.endResetModel()

    def figure_at(self, column: int) -> Figure | None:
        return self._names[column - 1] if 1 <= column <= len(self._names) else None

    def group_at(self, row: int) -> FigureGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    # Override QAbstractItemModel::rowCount
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._groups)

    # Override QAbstractItemModel::columnCount
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._names)

    # Override QAbstractItemModel::data
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        group = self.group_at(index.row()) if index.isValid() else None
        if group is None:
            return None
        if index.column() == 0:
            if role == _DISPLAY:
                return self.tr("(none)") if group.label is None else str(group.label)
            return None
        f = group.figures[index.column() - 1] if index.column() - 1 < len(group.figures) \
            else None
        if f is None:
            return None
        if role == _DISPLAY:
            return figure_text(f.unit, f.value) if f.measured else self.tr("not measured yet")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not f.measured:
                return self.tr("Not measured yet: {why}").format(why=f.why)
            return self.tr("{basis} (over {n})").format(basis=f.basis, n=count_text(f.count))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    # Override QAbstractItemModel::headerData
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Group") if role == _DISPLAY else None
        f = self.figure_at(section)
        if f is None:
            return None
        if role == _DISPLAY:
            return tr_label(f.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.basis if f.measured else self.tr("Not measured yet: {why}").format(
                why=f.why)
        return None


class FiguresPanel(QWidget):
    """Every figure of the period, split by what the person picks; the basis of the figure
    under the cursor is spelled out below the table."""

    def __init__(self, service: KpiService, run: SafeRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._run = run
        self._generation = 0
        self.period: Period | None = None
        self.split = QComboBox(self)
        grouping_choices(self.split, self.tr, self.tr("Not split"))
        split_label = QLabel(self.tr("Sp&lit by:"), self)
        split_label.setBuddy(self.split)
        self.model = FigureMatrixModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(split_label)
        bar.addWidget(self.split)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.basis)
        self.split.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    def load(self, period: Period) -> None:
        self.period = period
        self.reload()

    def reload(self) -> None:
        if self.period is None:
            return
        self._generation += 1
        generation, period, by = self._generation, self.period, _grouping(self.split)
        service = self._service
        self.status.setText(self.tr("Calculating…"))
        self._run.run(lambda: service.figures(period, by),
                      lambda groups: self._loaded(generation, groups),
                      lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, groups: tuple[FigureGroup, ...]) -> None:
        if generation != self._generation:
            return
        self.model.set_groups(groups)
        self.status.setText(self.tr("{n} groups").format(n=count_text(len(groups)))
                            if _grouping(self.split) else "")
        self._current_changed(self.table.currentIndex())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(user_message(exc))

    def _current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        f = self.model.figure_at(index.column()) if index.isValid() else None
        if f is None:
            self.basis.setText(self.tr("Pick a figure to read what it counts; a column "
                                       "header's tooltip says the same."))
        elif not f.measured:
            self.basis.setText(self.tr("{label}: not measured yet — {why}.").format(
                label=tr_label(f.label), why=f.why))
        else:
            self.basis.setText(self.tr("{label}: {basis}.").format(label=tr_label(f.label),
                                                                   basis=f.basis))


class TrendsPanel(QWidget):
    """One figure by week or month, the previous period dashed beside it; a click on a
    point opens the queue of that point's items."""

    open_item = Signal(object)

    def __init__(self, ctx: UiContext, run: SafeRunner, zone: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._service = ctx.services.kpi
        self._run = run
        self._zone = zone
        self._generation = 0
        self.period: Period | None = None
        self.series: Series | None = None
        self.figure = QComboBox(self)
        self.grain = QComboBox(self)
        self.grain.addItem(self.tr("Weekly"), Grain.WEEK.value)
        self.grain.addItem(self.tr("Monthly"), Grain.MONTH.value)
        self.split = QComboBox(self)
        grouping_choices(self.split, self.tr, self.tr("Whole desk"))
        labels = []
        for text, buddy in ((self.tr("Fig&ure:"), self.figure), (self.tr("Gr&ain:"), self.grain),
                            (self.tr("Sp&lit:"), self.split)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            labels.append(label)
        self.chart = TrendChart(self)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for label, combo in zip(labels, (self.figure, self.grain, self.split), strict=True):
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.basis)
        for combo in (self.figure, self.grain, self.split):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.chart.point_clicked.connect(self.drill)
        self._fill_figures(self._service.catalogue())

    def _fill_figures(self, entries: Sequence[CatalogueEntry]) -> None:
        blocked = self.figure.blockSignals(True)
        model = self.figure.model()
        for e in entries:
            self.figure.addItem(tr_label(e.declaration.label), e.declaration.name)
            row = self.figure.count() - 1
            if not e.availability.measured:
                item = getattr(model, "item", None)
                if item is not None:
                    item(row).setEnabled(False)
                self.figure.setItemData(row, self.tr("Not measured yet: {why}").format(
                    why=e.availability.why), Qt.ItemDataRole.ToolTipRole)
            else:
                self.figure.setItemData(row, e.declaration.basis, Qt.ItemDataRole.ToolTipRole)
        self.figure.setCurrentIndex(max(0, self.figure.findData("opened")))
        self.figure.blockSignals(blocked)

    def choose(self, name: str, grain: Grain = Grain.WEEK,
               by: Grouping | None = None) -> None:
        for combo in (self.figure, self.grain, self.split):
            combo.blockSignals(True)
        self.figure.setCurrentIndex(self.figure.findData(name))
        self.grain.setCurrentIndex(self.grain.findData(grain.value))
        self.split.setCurrentIndex(self.split.findData(by.value if by else ""))
        for combo in (self.figure, self.grain, self.split):
            combo.blockSignals(False)
        self.reload()

    def load(self, period: Period) -> None:
        self.period = period
        self.reload()

    def reload(self) -> None:
        if self.period is None or self.figure.currentData() is None:
            return
        self._generation += 1
        generation, period = self._generation, self.period
        name, grain = str(self.figure.currentData()), Grain(self.grain.currentData())
        by, zone, service = _grouping(self.split), self._zone, self._service
        self.status.setText(self.tr("Calculating…"))
        self._run.run(lambda: service.series(name, period, grain, zone, by),
                      lambda series: self._loaded(generation, series),
                      lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, series: Series) -> None:
        if generation != self._generation:
            return
        self.series = series
        title = tr_label(series.label)
        if not series.measured:
            self.status.setText(self.tr("Not measured yet: {why}.").format(why=series.why))
        else:
            self.status.setText(self.tr("Click a point to open its items."))
        self.chart.show_series(series, title)
        self.basis.setText(self.tr("{label}: {basis}. Dashed: the same weeks or months of "
                                   "the previous period.").format(label=title,
                                                                  basis=series.basis))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(user_message(exc))

    def drill(self, line: int, bucket: int) -> DrillDialog | None:
        """Open the queue of the items behind point ``bucket`` of ``line``."""
        series = self.series
        if series is None or not 0 <= line < len(series.lines):
            return None
        points = series.lines[line].points
        if not 0 <= bucket < len(points):
            return None
        point = points[bucket]
        try:
            flt = self._service.drill(series.name, point.bucket.start, point.bucket.end,
                                      series.by, series.lines[line].key)
        except Exception as exc:  # noqa: BLE001 - a ValidationError with its sentence
            self.status.setText(user_message(exc))
            return None
        label = series.lines[line].label
        title = self.tr("{figure}, {when}{group}").format(
            figure=tr_label(series.label), when=bucket_label(series.grain, point.bucket.first),
            group="" if series.by is None else f" — {'—' if label is None else label}")
        dialog = DrillDialog(self.ctx, flt, title, self)
        dialog.item_activated.connect(self.open_item)
        dialog.open()
        return dialog


class DrillDialog(QDialog):
    """The queue of one chart point's items (lazy and keyset-paged like any queue);
    Enter or a double click opens an item."""

    item_activated = Signal(object)

    def __init__(self, ctx: UiContext, flt: WorkItemFilter, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.model = QueueTableModel(ctx.services.queues, ctx.runner, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.model.count_changed.connect(
            lambda n: self.count.setText(self.tr("{n} items").format(n=count_text(n))))
        self.model.failed.connect(self.count.setText)
        self.table.activated.connect(self._activated)
        self.model.open(ResolvedQueue(flt, DEFAULT_SORT), DEFAULT_COLUMNS)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.item_activated.emit(row.id)
