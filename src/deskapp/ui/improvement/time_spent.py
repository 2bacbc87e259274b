"""Continual Service Improvement: time logged by person over the chosen period, for the
supervisor who asks "where did the team's time go?" (entries on any kind of work item)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskapp.services.time_entries import PersonTime
from deskapp.ui.labels import count_text
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.work_items.time_tab import spent_text
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.domain.kpi import Period

_Index = QModelIndex | QPersistentModelIndex


class PersonTimeModel(RowsModel[PersonTime]):
    HEADERS = ("Person", "Time", "Entries", "Items")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.staff_name, spent_text(row.minutes), count_text(row.entries),
                  count_text(row.items))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class TimeByPersonPanel(QWidget):
    """Who logged how much time on how many items in the period (most first)."""

    def __init__(self, service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._runner = service, runner
        self._generation = 0
        self.title = QLabel(self.tr("<b>Time logged by person</b>"))
        self.model = PersonTimeModel(self)
        self.table = read_only_table("timeByPerson", (130, 90, 60))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.summary = QLabel()
        self.summary.setObjectName("timeSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def load(self, period: Period) -> None:
        """Ask for the period's totals; a newer request wins over one still running."""
        self._generation += 1
        generation, service = self._generation, self._service

        def done(rows: list[PersonTime]) -> None:
            if generation == self._generation:
                self.show_rows(rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(user_message(exc))

        self._runner.run(lambda: service.totals_by_person(period.start, period.end), done,
                         failed)

    def show_rows(self, rows: list[PersonTime]) -> None:
        self.model.set_rows(rows)
        total = sum(r.minutes for r in rows)
        self.summary.setText(
            self.tr("%Ln staff member(s) logged {time} in the period", "", len(rows)).format(
                time=spent_text(total)) if rows else self.tr("No time logged in the period."))
