"""Improvement widgets: the KPI table model, KPI tiles and the backlog bar chart (QPainter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from deskapp.ui.labels import count_text

if TYPE_CHECKING:
    from deskapp.services.kpi import BacklogRow

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

PRIORITY_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#2e7d32", 5: "#1565c0"}


@dataclass(frozen=True)
class KpiLine:
    """One KPI: what the table shows (``text``) and what a CSV file gets (``value`` in
    ``unit``: a plain number a spreadsheet can add up, or None when nothing was measured)."""

    name: str
    text: str
    basis: str
    value: int | float | None
    unit: str

    def csv_row(self) -> tuple[str, int | float | str, str, str]:
        value: int | float | str = "" if self.value is None else \
            round(self.value, 1) if isinstance(self.value, float) else self.value
        return (self.name, value, self.unit, self.basis)


class KpiTableModel(QAbstractTableModel):
    """Rows of :class:`KpiLine`: (KPI, value, basis) on screen."""

    VALUE_COLUMN = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KpiLine] = []

    def set_rows(self, rows: Sequence[KpiLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[KpiLine]:
        return list(self._rows)

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("KPI"), self.tr("Value"), self.tr("Basis"))

    def csv_headers(self) -> tuple[str, str, str, str]:
        return (self.tr("KPI"), self.tr("Value"), self.tr("Unit"), self.tr("Basis"))

    # Override QAbstractItemModel::rowCount
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    # Override QAbstractItemModel::columnCount
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    # Override QAbstractItemModel::data
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            line = self._rows[index.row()]
            return (line.name, line.text, line.basis)[index.column()] \
                if 0 <= index.column() < 3 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VALUE_COLUMN:
            return _RIGHT
        return None

    # Override QAbstractItemModel::headerData
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self.headers()[section]
        return None


class KpiTile(QFrame):
    """A titled big number with a caption underneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet("#kpiTile { background: palette(base); border: 1px solid "
                           "palette(mid); border-radius: 6px; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: palette(dark); font-weight: 600;")
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel("", self)
        self.caption.setStyleSheet("color: palette(dark);")
        for label in (self.title, self.value, self.caption):
            layout.addWidget(label)

    def set_value(self, value: str, caption: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class BacklogChart(QWidget):
    """Open incidents per priority as bars; the breached part of each bar is hatched darker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[BacklogRow, ...] = ()
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Open incidents by priority"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Override QWidget::sizeHint
        return QSize(420, 260)

    def set_rows(self, rows: tuple[BacklogRow, ...]) -> None:
        self._rows = rows
        self.setToolTip("\n".join(
            self.tr("P{p}: {n} open, {b} breached").format(p=r.priority, n=count_text(r.open),
                                                           b=count_text(r.breached))
            for r in rows))
        self.update()

    def rows(self) -> tuple[BacklogRow, ...]:
        return self._rows

    # Override QWidget::paintEvent
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.isEnabled():
            painter.setOpacity(0.4)  # the figures of other dates than those chosen
        pal = self.palette()
        text_colour = pal.color(pal.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(12, 8 + line, -12, -(10 + line))
        painter.setPen(text_colour)
        painter.drawText(QRectF(self.rect()).adjusted(12, 4, -12, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.tr("Open incidents by priority (darker: breached)"))
        if not self._rows:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No data yet"))
            return
        top = max(max(r.open for r in self._rows), 1)
        slot = area.width() / len(self._rows)
        bar_w = min(slot * 0.6, 90.0)
        usable = area.height() - line - 4
        painter.setPen(QPen(pal.color(pal.ColorRole.Mid), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, r in enumerate(self._rows):
            colour = QColor(PRIORITY_COLOURS.get(r.priority, "#607d8b"))
            x = area.left() + i * slot + (slot - bar_w) / 2
            h = usable * r.open / top
            bar = QRectF(x, area.bottom() - h, bar_w, h)
            painter.fillRect(bar, colour.lighter(135))
            if r.breached:
                bh = usable * r.breached / top
                painter.fillRect(QRectF(x, area.bottom() - bh, bar_w, bh), colour.darker(115))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x - 20, bar.top() - line - 2, bar_w + 40, line),
                             int(Qt.AlignmentFlag.AlignHCenter), count_text(r.open))
            painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 4, slot, line),
                             int(Qt.AlignmentFlag.AlignHCenter), f"P{r.priority}")
