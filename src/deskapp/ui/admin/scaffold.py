"""What the administration windows share: a tabbed dialog that remembers its size and place
(Administration, Mail), and the plain read-only tables their tabs list rows in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class TabbedWindow(QDialog):
    """Pages on tabs (the subclass adds them to :attr:`tabs`) over a Close button; the geometry
    is kept under ``settings_key`` when the window hides (Close, Esc or the title bar)."""

    def __init__(self, settings_key: str, parent: QWidget | None = None,
                 size: tuple[int, int] = (1000, 620)) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.resize(*size)
        self.tabs = QTabWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        geometry = QSettings().value(settings_key)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue(self.settings_key, self.saveGeometry())
        super().hideEvent(event)


def plain_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    """A read-only table of whole rows: fixed row height, no row numbers, no wrapping."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], *,
               tooltips: bool = False) -> None:
    """Replace the table's rows with ``rows`` (text per column)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if tooltips:
                item.setToolTip(value)
            table.setItem(r, c, item)
