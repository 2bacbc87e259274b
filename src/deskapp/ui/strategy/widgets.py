"""Pieces the Strategy and Transition views share: a DTO table model, the open-incident list,
inline field errors and the editor banner.

(Kept here rather than in a ``ui/common`` package the two areas do not own; Transition imports
them from this module.)
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from deskapp.services.portfolio_dto import OpenIncident
from deskapp.ui import labels, theme

_Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROW_HEIGHT = 26

T = TypeVar("T")


def tr(text: str) -> str:
    """Translate a module-level label (context "deskapp")."""
    return QCoreApplication.translate("deskapp", text)


def incident_status_label(status: str) -> str:
    """As the lifecycle names it, in the shared vocabulary ("In Progress")."""
    return labels.status_label(status)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, the text a cell shows, and the value it sorts by."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    numeric: bool = False
    colour: Callable[[T], str | None] | None = None


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of frozen DTOs (each with an ``id``); columns are :class:`Column` s."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[T]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, record_id: uuid.UUID | None) -> int:
        return next((i for i, r in enumerate(self._rows)
                     if getattr(r, "id", None) == record_id), -1)

    # Override QAbstractItemModel::rowCount
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    # Override QAbstractItemModel::columnCount
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    # Override QAbstractItemModel::data
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == SortRole:
            return column.sort(row) if column.sort is not None else column.text(row).lower()
        if role == IdRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return theme.readable(colour) if colour else None
        return None

    # Override QAbstractItemModel::headerData
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None


def priority_colour(priority: int) -> str | None:
    return {1: "#b3261e", 2: "#c25e00"}.get(priority)


class OpenIncidentModel(DtoTableModel[OpenIncident]):
    """Open incidents of a service or CI: number, title, priority, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column[OpenIncident](tr("Number"), lambda i: i.number),
            Column[OpenIncident](tr("Title"), lambda i: i.title),
            Column[OpenIncident](tr("Priority"), lambda i: f"P{i.priority}",
                                 lambda i: i.priority, colour=lambda i: priority_colour(
                                     i.priority)),
            Column[OpenIncident](tr("Status"), lambda i: incident_status_label(i.status)),
        ], parent)


def data_table(parent: QWidget | None = None, *, stretch_last: bool = True) -> QTableView:
    """A read-only, single-row-selection table with fixed row heights (cheap on many rows)."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.horizontalHeader().setHighlightSections(False)
    return table


def stretch_column(table: QTableView, stretch: int) -> None:
    """Size every column to its contents and give the rest of the width to ``stretch``.

    Only for the short, bounded lists of a detail panel (a few hundred rows at most)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label under a field; hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(theme.error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


class Banner(QFrame):
    """The editor's one-line summary: what went wrong and, on a conflict, a way to reload."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaBanner")
        self.setStyleSheet("#areaBanner { background: #fdecea; border: 1px solid #f5c2c0;"
                           " border-radius: 3px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(theme.error_style())
        self.reload_button = QPushButton(self.tr("&Keep their version"), self)
        self.reload_button.clicked.connect(self.reload_requested)
        layout.addWidget(self.label, 1)
        self.reload_button.setToolTip(self.tr(
            "Show the saved version; then make your change again and save"))
        layout.addWidget(self.reload_button)
        self.hide()

    def show_message(self, message: str, *, conflict: bool = False) -> None:
        self.label.setText(message)
        self.reload_button.setVisible(conflict)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def save_layout(settings: QSettings, splitters: dict[str, QSplitter],
                tables: dict[str, QTableView]) -> None:
    for name, splitter in splitters.items():
        settings.setValue(f"{name}/splitter", splitter.saveState())
    for name, table in tables.items():
        settings.setValue(f"{name}/header", table.horizontalHeader().saveState())


def restore_layout(settings: QSettings, splitters: dict[str, QSplitter],
                   tables: dict[str, QTableView]) -> None:
    for name, splitter in splitters.items():
        value = settings.value(f"{name}/splitter")
        if isinstance(value, QByteArray):
            splitter.restoreState(value)
    for name, table in tables.items():
        value = settings.value(f"{name}/header")
        if isinstance(value, QByteArray):
            table.horizontalHeader().restoreState(value)
