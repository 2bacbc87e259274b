"""An item's tasks: the incident form's Tasks tab lists them; Enter or a double click opens one,
New task asks for a title and a team and creates it under the item."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import TITLE_MAX
from deskapp.services.dto import Choice, WorkItemRow
from deskapp.ui.labels import status_label
from deskapp.ui.length_counter import LengthCounter, with_counter
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.icons import kind_icon
from deskapp.ui.work_items.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Number", "Title", "Status", "Team", "Assignee", "Due")
TaskIdRole = Qt.ItemDataRole.UserRole + 1


class TasksModel(RowsModel[WorkItemRow]):
    """The tasks of one item, fully loaded (an item has a handful)."""

    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == TaskIdRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return kind_icon(row.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.number, row.title, status_label(row.status, row.kind),
                  row.team_name or "", row.assignee_name or "", local_time(row.due_at))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class TasksTab(QWidget):
    """``open_requested(task_id)`` and ``create_requested(title, team_id)``."""

    open_requested = Signal(object)
    create_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TasksModel(self)
        self.table = read_only_table("tasksTable", (110, 240, 100, 130, 130))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        enter = QAction(self.tr("Open task"), self.table)  # Enter on a row opens it
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self._open(self.table.currentIndex().row()))
        self.table.addAction(enter)
        self.summary = QLabel()
        self.summary.setObjectName("tasksSummary")
        self.new_button = QPushButton(self.tr("Ne&w task…"))
        self.new_button.setObjectName("newTask")
        self.new_button.clicked.connect(self.ask_new_task)
        self.open_button = QPushButton(self.tr("Open &task"))
        self.open_button.setObjectName("openTask")
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.teams: list[Choice] = []
        self.dialog: NewTaskDialog | None = None
        self.set_tasks([])

    def set_tasks(self, rows: Sequence[WorkItemRow]) -> None:
        self.model.set_rows(rows)
        open_tasks = sum(1 for r in rows if r.status not in ("closed", "cancelled"))
        self.summary.setText(self.tr("%Ln task(s), {open} open", "", len(rows)).format(
            open=open_tasks))
        self.open_button.setEnabled(bool(rows))

    def _open(self, row: int) -> None:
        found = self.model.row(row)
        if found is not None:
            self.open_requested.emit(found.id)

    def ask_new_task(self) -> None:
        dialog = NewTaskDialog(self.teams, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self.create_requested)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        dialog.open()


class NewTaskDialog(QDialog):
    """Title and team of a new task; ``submitted(title, team_id)``; the tab's owner creates
    it and closes the dialog (or shows the service's message in it)."""

    submitted = Signal(str, object)

    def __init__(self, teams: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTaskDialog")
        self.setWindowTitle(self.tr("New incident task"))
        self.title = QLineEdit()
        self.title.setObjectName("taskTitle")
        self.title_counter = LengthCounter(self.title, TITLE_MAX)  # never cut a paste
        self.team = QComboBox()
        self.team.setObjectName("taskTeam")
        self.team.addItem(self.tr("(no team yet)"), None)
        for c in teams:
            self.team.addItem(c.label, c.id)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), with_counter(self.title, self.title_counter))
        form.addRow(self.tr("T&eam:"), self.team)
        lay_out_form_dialog(self, form, self.message, self.tr("&Create"), self._submit)

    def _submit(self) -> None:
        title = self.title.text().strip()
        if not title:
            self.show_error(self.tr("Give the task a title."))
            return
        if problem := self.title_counter.problem(self.tr("The title")):
            self.show_error(problem)
            return
        team = self.team.currentData()
        self.submitted.emit(title, team if isinstance(team, uuid.UUID) else None)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
