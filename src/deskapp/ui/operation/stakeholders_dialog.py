"""A major incident's stakeholders (the Stakeholders… button of the Major incidents board):
the callers subscribed to its service (they get the updates of every major incident on it;
those who opted out of mail or have no address are listed with the reason) and the addresses
named on this incident only. Changes apply at once and are audited; the count at the bottom is
how many an update mailed now reaches."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.admin.scaffold import fill_table, plain_table
from deskapp.ui.queues.model import OneAtATime, SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.major_incidents import MajorIncidentService, Stakeholders
    from deskapp.ui.context import UiContext


class StakeholdersDialog(QDialog):
    def __init__(self, ctx: UiContext, major_id: uuid.UUID, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholdersDialog")
        self.setWindowTitle(self.tr("Stakeholders of {n}").format(n=number))
        self.ctx, self.major_id = ctx, major_id
        self._run = SafeRunner(self, ctx.runner)
        # each change answers with the whole list: one at a time, so the last answer is newest
        self._changes = OneAtATime(self._run)
        self.shown: Stakeholders | None = None
        self.subscribers = plain_table(self, [self.tr("Caller"), self.tr("Address"),
                                              self.tr("Not mailed because")])
        self.subscribers.setObjectName("subscribers")
        self.subscribers.setColumnWidth(0, 190)
        self.subscribers.setColumnWidth(1, 290)
        self.subscriber_address = QLineEdit(self)
        self.subscriber_address.setObjectName("subscriberAddress")
        self.subscriber_address.setPlaceholderText(self.tr("a caller's e-mail address"))
        self.subscribe_button = QPushButton(self.tr("Su&bscribe"), self)
        self.unsubscribe_button = QPushButton(self.tr("&Unsubscribe"), self)
        self.named = plain_table(self, [self.tr("Address"), self.tr("Name")])
        self.named.setObjectName("namedAddresses")
        self.named.setColumnWidth(0, 290)
        self.named_address = QLineEdit(self)
        self.named_address.setObjectName("namedAddress")
        self.named_address.setPlaceholderText(self.tr("it-manager@example.com"))
        self.named_name = QLineEdit(self)
        self.named_name.setPlaceholderText(self.tr("name (optional)"))
        self.name_button = QPushButton(self.tr("&Name address"), self)
        self.remove_button = QPushButton(self.tr("&Remove address"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("stakeholderSummary")
        self.summary.setWordWrap(True)
        self.service_box = QGroupBox(self.tr("Callers following the service"), self)
        box = QVBoxLayout(self.service_box)
        box.addWidget(self.subscribers)
        row = QHBoxLayout()
        for widget in (self.subscriber_address, self.subscribe_button,
                       self.unsubscribe_button):
            row.addWidget(widget)
        box.addLayout(row)
        named_box = QGroupBox(self.tr("Addresses named on this incident"), self)
        box2 = QVBoxLayout(named_box)
        box2.addWidget(self.named)
        row2 = QHBoxLayout()
        for widget in (self.named_address, self.named_name, self.name_button,
                       self.remove_button):
            row2.addWidget(widget)
        box2.addLayout(row2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.service_box)
        layout.addWidget(named_box)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        # no default button: Enter in an address field adds it (returnPressed) and must not
        # also press a button or close the dialog
        for button in (self.subscribe_button, self.unsubscribe_button, self.name_button,
                       self.remove_button, buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.subscribe_button.clicked.connect(self.subscribe)
        self.subscriber_address.returnPressed.connect(self.subscribe)
        self.unsubscribe_button.clicked.connect(self.unsubscribe)
        self.name_button.clicked.connect(self.name_address)
        self.named_address.returnPressed.connect(self.name_address)
        self.remove_button.clicked.connect(self.remove_address)
        self.resize(720, 520)
        self.reload()

    @property
    def _service(self) -> MajorIncidentService:
        return self.ctx.services.major_incidents

    def reload(self) -> None:
        major_id, service = self.major_id, self._service
        self._run.run(lambda: service.stakeholders(major_id), self.show_stakeholders,
                      self._failed)

    def show_stakeholders(self, found: Stakeholders) -> None:
        self.shown = found
        reasons = {"opted out of mail": self.tr("opted out of mail"),
                   "no e-mail address": self.tr("no e-mail address")}
        fill_table(self.subscribers, [(s.name, s.email, reasons.get(s.left_out, s.left_out))
                                      for s in found.subscribers])
        fill_table(self.named, [(n.address, n.name) for n in found.named])
        self.service_box.setTitle(
            # a service named "Backup & Restore" must not turn into a mnemonic
            self.tr("Callers following {service}").format(
                service=found.service_name.replace("&", "&&"))
            if found.service_name else self.tr("Callers following the service (none set)"))
        self.service_box.setEnabled(found.service_id is not None)
        text = self.tr("An update mailed now goes to %n stakeholder(s).", "", found.count)
        if not found.sending:
            text += " " + self.tr("Sending mail is switched off for this desk (Tools > Mail).")
        self.summary.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(user_message(exc))

    def _act(self, work: Callable[[], Stakeholders], clear: list[QLineEdit]) -> None:
        def done(found: Stakeholders) -> None:
            for edit in clear:
                edit.clear()
            self.show_stakeholders(found)

        self._changes.run(work, done, self._failed)

    @staticmethod
    def _selected(table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def subscribe(self) -> None:
        major_id, service = self.major_id, self._service
        address = self.subscriber_address.text()
        self._act(lambda: service.subscribe(major_id, address), [self.subscriber_address])

    def unsubscribe(self) -> None:
        row = self._selected(self.subscribers)
        if self.shown is None or not 0 <= row < len(self.shown.subscribers):
            self.summary.setText(self.tr("Select the caller to unsubscribe first."))
            return
        chosen, major_id, service = self.shown.subscribers[row].id, self.major_id, \
            self._service
        self._act(lambda: service.unsubscribe(major_id, chosen), [])

    def name_address(self) -> None:
        major_id, service = self.major_id, self._service
        address, name = self.named_address.text(), self.named_name.text()
        self._act(lambda: service.name_address(major_id, address, name),
                  [self.named_address, self.named_name])

    def remove_address(self) -> None:
        row = self._selected(self.named)
        if self.shown is None or not 0 <= row < len(self.shown.named):
            self.summary.setText(self.tr("Select the address to remove first."))
            return
        chosen, major_id, service = self.shown.named[row].id, self.major_id, self._service
        self._act(lambda: service.remove_address(major_id, chosen), [])
