"""Post a stakeholder update on a major incident: to whom, what they were told, when the next
update is due (or that none is promised), and whether it is mailed to the stakeholders (the
service's subscribers and the addresses named on the incident), whose count is shown before
sending; the box starts unticked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from deskapp.domain.major_incident import AUDIENCES, MAX_NEXT_UPDATE_MINUTES
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog

if TYPE_CHECKING:
    from deskapp.services.major_incidents import Stakeholders

DEFAULT_NEXT_MINUTES = 30


class PostUpdateDialog(QDialog):
    """``submitted(audience, body, next_update_minutes or None, send_to or None)``: send_to is
    the number of stakeholders the person saw when they ticked "Mail it" (the service refuses
    when the list changed since)."""

    submitted = Signal(str, str, object, object)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postUpdateDialog")
        self.setWindowTitle(self.tr("Stakeholder update on {n}").format(n=number))
        self.audience = QComboBox()
        self.audience.setObjectName("updateAudience")
        self.audience.setEditable(True)
        self.audience.addItems(list(AUDIENCES))
        self.body = QPlainTextEdit()
        self.body.setObjectName("updateBody")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("What is affected, what is being done, what "
                                             "users should do meanwhile"))
        self.next_minutes = QSpinBox()
        self.next_minutes.setObjectName("nextUpdateMinutes")
        self.next_minutes.setRange(5, MAX_NEXT_UPDATE_MINUTES)
        self.next_minutes.setSingleStep(15)
        self.next_minutes.setValue(DEFAULT_NEXT_MINUTES)
        self.next_minutes.setSuffix(self.tr(" min"))
        self.no_more = QCheckBox(self.tr("No further update &promised"))
        self.no_more.setObjectName("noFurtherUpdate")
        self.no_more.toggled.connect(lambda on: self.next_minutes.setEnabled(not on))
        self.send = QCheckBox(self.tr("&Mail it to the stakeholders"))
        self.send.setObjectName("mailStakeholders")
        self.send.setEnabled(False)
        self.recipients = QLabel(self.tr("Counting the stakeholders…"))
        self.recipients.setObjectName("stakeholderCount")
        self.recipients.setWordWrap(True)
        self.stakeholders: Stakeholders | None = None
        self.message = error_label()
        form = QFormLayout()
        audience_label = QLabel(self.tr("&To:"))
        audience_label.setBuddy(self.audience)
        body_label = QLabel(self.tr("&Update:"))
        body_label.setBuddy(self.body)
        next_label = QLabel(self.tr("&Next update in:"))
        next_label.setBuddy(self.next_minutes)
        form.addRow(audience_label, self.audience)
        form.addRow(body_label, self.body)
        form.addRow(next_label, self.next_minutes)
        form.addRow("", self.no_more)
        form.addRow("", self.send)
        form.addRow("", self.recipients)
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("Post up&date"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resize(520, 340)

    def submit(self) -> None:
        body = self.body.toPlainText().strip()
        audience = self.audience.currentText().strip()
        if not audience:
            self.show_error(self.tr("Say who the update went to."))
            return
        if not body:
            self.show_error(self.tr("Type what the stakeholders were told."))
            return
        self.ok_button.setEnabled(False)
        minutes = None if self.no_more.isChecked() else self.next_minutes.value()
        send_to = self.stakeholders.count if self.send.isChecked() and self.stakeholders \
            else None
        self.submitted.emit(audience, body, minutes, send_to)

    def set_stakeholders(self, found: Stakeholders) -> None:
        """Show how many the update would be mailed to (and to whom) before anyone sends."""
        self.stakeholders = found
        names = ", ".join(r.name or r.address for r in found.recipients[:5])
        if len(found.recipients) > 5:
            names += ", …"
        if not found.sending:
            text = self.tr("Sending mail is switched off for this desk (Tools > Mail); the "
                           "update is only logged.")
        elif not found.count:
            text = self.tr("No stakeholders to mail yet: subscribe callers to the service or "
                           "name addresses (Stakeholders…).")
        else:
            text = self.tr("Mailing goes to %n stakeholder(s): {names}.", "",
                           found.count).format(names=names)
        self.send.setEnabled(found.sending and found.count > 0)
        self.send.setText(self.tr("&Mail it to %n stakeholder(s)", "", found.count)
                          if found.count else self.tr("&Mail it to the stakeholders"))
        if not self.send.isEnabled():
            self.send.setChecked(False)
        self.recipients.setText(text)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(text)
        self.message.setVisible(bool(text))
