"""The Audit trail page: who changed what, newest first, filtered by date, record type and
person. Reads a page at a time (keyset) and fetches more on request, never the whole trail."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.ui.permissions import guard_all
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.repositories.audit import AuditCursor
    from deskapp.services.audit_trail import TrailEntry, TrailPage
    from deskapp.ui.context import UiContext

#: rows fetched per request
PAGE = 200
DEFAULT_DAYS = 7


class AuditTab(QWidget):
    COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.service = ctx.services.audit
        self.after: AuditCursor | None = None
        self.entries: list[TrailEntry] = []

        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.record_type = QComboBox(self)
        self.record_type.addItem(self.tr("Any record"), None)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Anyone"), None)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.show_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.more)
        self.more_button.setEnabled(False)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("Action"),
            self.tr("Field"), self.tr("From"), self.tr("To")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)

        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        buttons = QHBoxLayout()
        for text, widget in ((self.tr("Changes &since:"), self.since),
                             (self.tr("Record &type:"), self.record_type),
                             (self.tr("&By:"), self.person)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            buttons.addWidget(label)
            buttons.addWidget(widget)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        may = ctx.services.may(Action.VIEW, Resource.AUDIT)
        guard_all([self.show_button, self.since, self.record_type, self.person], may)
        if not may:
            self.count.setText(may.reason)

    def load_choices(self) -> None:
        """Record types and staff for the filters (once, when the page is first shown)."""
        service = self.service
        for key, label in service.record_types():
            self.record_type.addItem(label, key)
        self._run.run(service.people, self._people_loaded)

    def _people_loaded(self, people: list[Any]) -> None:
        for p in people:
            self.person.addItem(p.label, p.id)

    def since_value(self) -> datetime:
        day = self.since.date().toPython()
        return datetime.combine(day, time.min).astimezone().astimezone(UTC)  # type: ignore[arg-type]

    def reload(self) -> None:
        self.after = None
        self.entries = []
        self.table.setRowCount(0)
        self._fetch()

    def more(self) -> None:
        if self.after is not None:
            self._fetch()

    def _fetch(self) -> None:
        if not self.show_button.isEnabled():
            return
        since, kind = self.since_value(), self.record_type.currentData()
        person, after, service = self.person.currentData(), self.after, self.service
        self.show_button.setEnabled(False)
        self._run.run(lambda: service.trail(since, kind, person, after, PAGE), self._loaded,
                      self._failed)

    def _loaded(self, page: TrailPage) -> None:
        self.show_button.setEnabled(True)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.entries))
        for n, e in enumerate(page.entries):
            cells = (e.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.actor,
                     f"{e.record_type_label}: {e.record_label}", e.action, e.field,
                     e.old_value or "", e.new_value or "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(start + n, c, item)
        if start == 0:
            self.table.resizeColumnsToContents()
        self.entries.extend(page.entries)
        self.after = page.next_after
        self.more_button.setEnabled(page.next_after is not None)
        self.count.setText(self.tr("%n change(s) shown", "", len(self.entries))
                           + (self.tr("; more are older") if page.next_after else ""))

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.count.setText(user_message(exc))
