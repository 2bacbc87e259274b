"""The incident form's secondary tabs: comments & work notes, and the history (event log)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import NOTE_MAX, validate_text
from deskapp.services.dto import CommentDTO, EventDTO
from deskapp.ui.operation.models import CommentsModel, HistoryModel
from deskapp.ui.operation.resolve_dialog import error_label

ROW_HEIGHT = 24


def read_only_table(name: str, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setProperty("default_widths", widths)
    return table


def apply_widths(table: QTableView) -> None:
    widths = table.property("default_widths") or ()
    for column, width in enumerate(widths):
        table.horizontalHeader().resizeSection(column, int(width))


class CommentsTab(QWidget):
    """The conversation: ``add_requested(body, work_note)`` asks the editor to save one."""

    add_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CommentsModel(self)
        self.table = read_only_table("commentsTable", (130, 150, 170))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.text = QPlainTextEdit()
        self.text.setObjectName("commentText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Write a reply to the caller or an internal note"))
        self.text.setMaximumHeight(90)
        label = QLabel(self.tr("Note te&xt:"))
        label.setBuddy(self.text)
        self.error = error_label()
        self.comment_button = QPushButton(self.tr("Add &comment (caller sees it)"))
        self.comment_button.setObjectName("addComment")
        self.note_button = QPushButton(self.tr("A&dd work note (internal)"))
        self.note_button.setObjectName("addWorkNote")
        self.comment_button.clicked.connect(lambda: self._add(work_note=False))
        self.note_button.clicked.connect(lambda: self._add(work_note=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.comment_button)
        buttons.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def set_comments(self, comments: list[CommentDTO]) -> None:
        self.model.set_rows(comments)
        if comments:
            self.table.scrollToBottom()

    def _add(self, *, work_note: bool) -> None:
        fields: dict[str, str] = {}
        body = validate_text(fields, "body", self.text.toPlainText(),
                             label=self.tr("The note") if work_note else self.tr("The comment"),
                             required=True, limit=NOTE_MAX)
        self.show_error(next(iter(fields.values()), ""))
        if body and not fields:
            self.set_busy(True)
            self.add_requested.emit(body, work_note)

    def added(self) -> None:
        self.text.clear()
        self.set_busy(False)
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.comment_button.setEnabled(not busy)
        self.note_button.setEnabled(not busy)


class HistoryTab(QWidget):
    """The event log, newest last, as the service reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = read_only_table("historyTable", (130, 150, 150, 220))
        self.table.setModel(self.model)
        apply_widths(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_events(self, events: list[EventDTO]) -> None:
        self.model.set_rows(events)
        if events:
            self.table.scrollToBottom()
