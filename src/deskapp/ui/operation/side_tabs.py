"""The work-item form's history (event log) tab and the table and pane helpers the form's
tabs share. The conversation is :mod:`deskapp.ui.work_items.conversation`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.operation.models import HistoryModel

if TYPE_CHECKING:
    from deskapp.services.dto import EventDTO

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


def two_panes(name: str, orientation: Qt.Orientation, first: QWidget, second: QWidget,
              stretch: tuple[int, int]) -> QSplitter:
    """Two panes a person can resize but never fold away."""
    split = QSplitter(orientation)
    split.setObjectName(name)
    split.setChildrenCollapsible(False)
    split.addWidget(first)
    split.addWidget(second)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: on a short screen its boxes scroll
    instead of being squeezed over each other."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'pane'}Scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def apply_widths(table: QTableView) -> None:
    widths = table.property("default_widths") or ()
    for column, width in enumerate(widths):
        table.horizontalHeader().resizeSection(column, int(width))


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
