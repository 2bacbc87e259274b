"""The questions two lifecycle steps ask on every kind's form: why the item waits (and until
when), and why a finished item is reopened.

Both open on no answer (the reason combo on no choice, the reopen reason empty), so Enter never
puts an item on hold or reopens it with a reason nobody gave. The form runs the step and hands a
refusal back through :meth:`show_error`; the dialog closes when the step is saved.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from deskapp.domain.pending import REASON_LABELS, REASON_MAX, REASONS
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog


class PendingDialog(QDialog):
    """``submitted(reason, until)``: a reason key and an aware UTC datetime or None."""

    submitted = Signal(str, object)

    def __init__(self, number: str, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDialog")
        self.setWindowTitle(self.tr("{number}: {status}").format(number=number, status=status))
        self.reason = QComboBox()
        self.reason.setObjectName("pendingReason")
        for key in REASONS:
            self.reason.addItem(tr_label(REASON_LABELS[key]), key)
        self.reason.setPlaceholderText(self.tr("Choose why it waits"))
        self.reason.setCurrentIndex(-1)
        self.has_until = QCheckBox(self.tr("&Bring it back on"))
        self.has_until.setObjectName("pendingHasUntil")
        self.until = QDateTimeEdit()
        self.until.setObjectName("pendingUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = QDateTime.currentDateTime().addDays(3)
        self.until.setDateTime(start)
        self.until.setMinimumDateTime(QDateTime.currentDateTime())
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        hint = QLabel(self.tr("Without a date the item waits until someone resumes it. With "
                              "one, it goes back to work by itself at that time, with a note."))
        hint.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Waiting for:"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        form.addRow(self.has_until, self.until)
        form.addRow(hint)
        self.message = error_label()
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("Put on &hold"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason.currentIndexChanged.connect(lambda i: self.ok_button.setEnabled(i >= 0))

    def chosen_until(self) -> datetime | None:
        if not self.has_until.isChecked():
            return None
        # the stub says QDateTime.toPython() returns object; it returns a datetime
        return cast(datetime, self.until.dateTime().toPython()).astimezone(UTC)

    def submit(self) -> None:
        reason = self.reason.currentData()
        if not isinstance(reason, str):
            self.show_error(self.tr("Choose why the item waits."))
            return
        until = self.chosen_until()
        if until is not None and until <= datetime.now(UTC) + timedelta(minutes=1):
            self.show_error(self.tr("Pick a time later than now, or untick the date."))
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(reason, until)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(self.reason.currentIndex() >= 0)
        self.message.setText(text)
        self.message.setVisible(bool(text))


class ReopenDialog(QDialog):
    """``submitted(reason)`` once a reason is typed."""

    submitted = Signal(str)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen {number}").format(number=number))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("What is still wrong (kept in the history)."))
        self.counter = LengthCounter(self.reason, REASON_MAX)
        form = QFormLayout()
        label = QLabel(self.tr("&Why reopen it:"))
        label.setBuddy(self.reason)
        form.addRow(label, self.counter)
        form.addRow(self.reason)
        self.message = error_label()
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("&Reopen"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))
        self.resize(460, 240)

    def submit(self) -> None:
        text = self.reason.toPlainText().strip()
        problem = self.counter.problem(self.tr("The reason"))
        if not text or problem:
            self.show_error(problem or self.tr("Say why the item is reopened."))
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(text)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        self.message.setText(text)
        self.message.setVisible(bool(text))
