"""The CIs a work item impacts and the services they affect (the CIs tab of every form).

The item's main CI (the form's CI field) comes first; more are added with a picker and removed
here, each change saved at once with an event in the item's history. The services affected are
computed by the CMDB from the graph (upstream of the CIs), so they follow the CMDB as it changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.labels import ci_type_label
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.cmdb_dto import TicketCis
    from deskapp.services.dto import Choice

_ID = Qt.ItemDataRole.UserRole + 1


class CisTab(QWidget):
    message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cis: TicketCis | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("cisTable")
        self.table.setHorizontalHeaderLabels([self.tr("CI"), self.tr("Type"), self.tr("Role")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setAccessibleName(self.tr("Impacted configuration items"))
        self.services = QListWidget(self)
        self.services.setObjectName("affectedServices")
        self.services.setAccessibleName(self.tr("Services affected"))
        self.services_label = QLabel(self.tr("Services affected (from the CMDB):"), self)
        self.services_label.setBuddy(self.services)
        self.add_button = QPushButton(self.tr("Add &CI…"), self)
        self.add_button.setObjectName("addCi")
        self.remove_button = QPushButton(self.tr("Remove C&I"), self)
        self.remove_button.setObjectName("removeCi")
        self.add_button.clicked.connect(self.ask_ci)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.services_label)
        right.addWidget(self.services, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._update_buttons()

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (ImpactService) on ``runner`` for the form's item."""
        self._service, self._runner, self._item_id = service, runner, item_id

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None:
            self.show_cis(None)
            return
        service = self._service

        def done(cis: TicketCis) -> None:
            if self._item_id() == item_id:
                self.show_cis(cis)

        self._runner.run(lambda: service.ticket_cis(item_id), done,
                         lambda exc: self.message.emit(user_message(exc)))

    def show_cis(self, cis: TicketCis | None) -> None:
        self.cis = cis
        rows = cis.cis if cis else ()
        self.table.setRowCount(len(rows))
        for n, ci in enumerate(rows):
            role = self.tr("main CI") if cis and ci.id == cis.main_ci_id else self.tr("impacted")
            for column, text in enumerate((ci.name, ci_type_label(ci.ci_type), role)):
                item = QTableWidgetItem(text)
                item.setData(_ID, ci.id)
                self.table.setItem(n, column, item)
        self.services.clear()
        for svc in cis.services if cis else ():
            self.services.addItem(self.tr("{name} ({n} hops)").format(name=svc.name,
                                                                     n=svc.depth))
        if cis is not None and not cis.services:
            self.services.addItem(self.tr("No service found within {n} hops.").format(
                n=cis.depth))
        self._update_buttons()

    def _extra(self) -> list[uuid.UUID]:
        if self.cis is None:
            return []
        return [c.id for c in self.cis.cis if c.id != self.cis.main_ci_id]

    def _save(self, ci_ids: list[uuid.UUID], done_text: str) -> None:
        item_id, service = self._item_id(), self._service
        if item_id is None:
            return

        def done(cis: TicketCis) -> None:
            self.show_cis(cis)
            self.message.emit(done_text)
            self.changed.emit()

        self._runner.run(lambda: service.set_ticket_cis(item_id, ci_ids), done,
                         lambda exc: self.message.emit(user_message(exc)))

    def add_ci(self, choice: Choice) -> None:
        if choice.id in {c.id for c in (self.cis.cis if self.cis else ())}:
            self.message.emit(self.tr("{name} is already listed.").format(name=choice.label))
            return
        self._save([*self._extra(), choice.id],
                   self.tr("{name} added to the impacted CIs.").format(name=choice.label))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if self.cis is None or row < 0:
            return
        ci = self.cis.cis[row]
        if ci.id == self.cis.main_ci_id:
            self.message.emit(self.tr("The main CI is changed in the CI field of the form."))
            return
        self._save([c for c in self._extra() if c != ci.id],
                   self.tr("{name} removed from the impacted CIs.").format(name=ci.name))

    def ask_ci(self) -> None:
        if self._item_id() is None:
            return
        dialog = CiPickDialog(self._service, self._runner, self)
        if dialog.exec() and (choice := dialog.chosen()) is not None:
            self.add_ci(choice)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(
            self.cis is not None and 0 <= row < len(self.cis.cis)
            and self.cis.cis[row].id != self.cis.main_ci_id)


class CiPickDialog(QDialog):
    """Find a CI in use by name."""

    def __init__(self, service: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ciPickDialog")
        self.setWindowTitle(self.tr("Add an impacted CI"))
        self._service, self._runner = service, runner
        self._generation = 0
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the CI's name"))
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.search)
        self.results = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 380)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemSelectionChanged.connect(self._update_ok)
        self.results.itemActivated.connect(lambda _i: self.accept())
        self._update_ok()
        self._search()

    def chosen(self) -> Choice | None:
        item = self.results.currentItem()
        return item.data(_ID) if item is not None and item.isSelected() else None

    def _search(self) -> None:
        self._generation += 1
        generation, text, service = self._generation, self.search.text().strip(), self._service

        def done(found: list[Choice]) -> None:
            if generation != self._generation:
                return
            self.results.clear()
            for choice in found:
                item = QListWidgetItem(f"{choice.label}   ({ci_type_label(choice.detail)})")
                item.setData(_ID, choice)
                self.results.addItem(item)
            self._update_ok()

        self._runner.run(lambda: service.pick_cis(text, 50), done, lambda _e: None)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None)
