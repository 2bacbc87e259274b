"""A short list of work items inside a form (a problem's incidents, a major incident's
children): Enter or a double click opens the row's item; the owner adds its own buttons."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskapp.services.dto import WorkItemRow
from deskapp.ui.labels import priority_label, status_label
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.icons import kind_icon
from deskapp.ui.work_items.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Number", "Title", "Status", "Priority", "Team", "Assignee")


class ItemRowsModel(RowsModel[WorkItemRow]):
    """Work-item list rows, fully loaded (a form's list holds a handful to a few hundred)."""

    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return kind_icon(row.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.number, row.title, status_label(row.status, row.kind),
                  priority_label(row.priority), row.team_name or "", row.assignee_name or "")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class ItemList(QWidget):
    """``open_requested(item_id)``; :meth:`add_button` puts the owner's actions beside the
    summary line."""

    open_requested = Signal(object)

    def __init__(self, name: str, open_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemRowsModel(self)
        self.table = read_only_table(name, (110, 260, 120, 110, 130))
        self.table.setModel(self.model)
        apply_widths(self.table)
        # Enter (or a double click) on a row opens it: the view's own activation, so F1
        # does not list one more Enter per list
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.open_button = QPushButton(open_text)
        self.open_button.setObjectName(f"{name}Open")
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.summary, 1)
        self.buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.set_rows([])

    def add_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[WorkItemRow]) -> None:
        self.model.set_rows(rows)
        self.open_button.setEnabled(bool(rows))

    def rows(self) -> list[WorkItemRow]:
        return [r for i in range(self.model.rowCount()) if (r := self.model.row(i)) is not None]

    def _open(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None:
            self.open_requested.emit(found.id)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [r.id for i in sorted(rows) if (r := self.model.row(i)) is not None]
