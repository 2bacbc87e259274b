"""Table models for the Design area: the calendar, SLA and resolution code lists and a
calendar's holidays."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from deskapp.domain.calendar_rules import format_hmm
from deskapp.ui.labels import status_label, tr_label

if TYPE_CHECKING:
    from deskapp.services.resolution_codes import ResolutionCodeDTO
    from deskapp.services.service_levels import CalendarSummary, HolidayEntry, SlaSummary

_Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _RowsModel(QAbstractTableModel):
    """Read-only rows of frozen DTOs; subclasses name the columns and format a cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def numeric_columns(self) -> frozenset[int]:
        return frozenset()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # Override QAbstractItemModel::rowCount
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    # Override QAbstractItemModel::columnCount
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    # Override QAbstractItemModel::data
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return self.cell(row, index.column())
        if role == IdRole:
            return row.id
        if role == _ALIGN and index.column() in self.numeric_columns():
            return _RIGHT
        return None

    # Override QAbstractItemModel::headerData
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return None


class CalendarListModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Calendar"), self.tr("Time zone"), self.tr("Hours a week"),
                self.tr("Holidays"), self.tr("Used by SLAs")]

    def numeric_columns(self) -> frozenset[int]:
        return frozenset({2, 3, 4})

    def cell(self, row: CalendarSummary, column: int) -> str:
        return (row.name, row.timezone, format_hmm(row.weekly_minutes), str(row.holidays),
                str(row.slas))[column]


class SlaListModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("SLA"), self.tr("Calendar"), self.tr("Default"),
                self.tr("P1 response"), self.tr("P1 resolution"), self.tr("Pauses in"),
                self.tr("Services")]

    def numeric_columns(self) -> frozenset[int]:
        return frozenset({3, 4, 6})

    def cell(self, row: SlaSummary, column: int) -> str:
        p1 = next((t for t in row.targets if t.priority == 1), None)
        return (
            row.name, row.calendar_name, self.tr("Yes") if row.is_default else "",
            format_hmm(p1.response_minutes) if p1 else "—",
            format_hmm(p1.resolution_minutes) if p1 else "—",
            ", ".join(status_label(s) for s in row.pause_statuses) or self.tr("(never)"),
            str(row.services),
        )[column]


class ResolutionCodeListModel(_RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Label"), self.tr("Offered"), self.tr("Position"), self.tr("Code")]

    def numeric_columns(self) -> frozenset[int]:
        return frozenset({2})

    def cell(self, row: ResolutionCodeDTO, column: int) -> str:
        return (tr_label(row.label), self.tr("Yes") if row.active else self.tr("Retired"),
                str(row.sort_order), row.code)[column]


class HolidayModel(QAbstractTableModel):
    """The holidays being edited (not yet saved); kept sorted by date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HolidayEntry] = []

    def entries(self) -> tuple[HolidayEntry, ...]:
        return tuple(self._rows)

    def set_entries(self, entries: Sequence[HolidayEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda h: h.day)
        self.endResetModel()

    def contains(self, day: date) -> bool:
        return any(h.day == day for h in self._rows)

    def add(self, entry: HolidayEntry) -> int:
        at = next((i for i, h in enumerate(self._rows) if h.day > entry.day), len(self._rows))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, entry)
        self.endInsertRows()
        return at

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

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
        h = self._rows[index.row()]
        if role == _DISPLAY:
            return (h.day.isoformat(), h.day.strftime("%A"), h.name)[index.column()]
        return None

    # Override QAbstractItemModel::headerData
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Date"), self.tr("Weekday"), self.tr("Name"))[section]
        return None
