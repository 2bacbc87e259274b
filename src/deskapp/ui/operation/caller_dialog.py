"""A new caller from the incident form: on an empty desk nobody can be picked until one exists.

The dialog only collects and checks the fields; the editor runs the service call off the UI
thread and hands the service's messages back through :meth:`NewCallerDialog.show_errors`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from deskapp.services.reference import (
    CALLER_EMAIL_MAX,
    CALLER_NAME_MAX,
    CALLER_PHONE_MAX,
    ORGANISATION_MAX,
    CallerDraft,
    caller_errors,
)
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog

#: Room to paste a little too much, then a clear message instead of a silent cut.
_PASTE_ROOM = 20


class NewCallerDialog(QDialog):
    """``submitted(CallerDraft)`` once the fields pass the checks that need no database."""

    submitted = Signal(object)

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCallerDialog")
        self.setWindowTitle(self.tr("New caller"))
        self.full_name = self._edit("callerName", CALLER_NAME_MAX,
                                    self.tr("First and last name"))
        self.full_name.setText(name.strip())
        self.email = self._edit("callerEmail", CALLER_EMAIL_MAX, self.tr("name@example.com"))
        self.phone = self._edit("callerPhone", CALLER_PHONE_MAX, self.tr("Optional"))
        self.organisation = self._edit("callerOrganisation", ORGANISATION_MAX,
                                       self.tr("Optional; a new name is added to the list"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name_, text, edit in (("full_name", self.tr("&Name:"), self.full_name),
                                  ("email", self.tr("&E-mail:"), self.email),
                                  ("phone", self.tr("&Phone:"), self.phone),
                                  ("organisation", self.tr("&Organisation:"), self.organisation)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            error = error_label()
            error.setObjectName(f"error_{name_}")
            self.errors[name_] = error
            form.addRow("", error)
            edit.textEdited.connect(lambda _t, n=name_: self._clear(n))
        self.message = error_label()
        self.buttons = lay_out_form_dialog(self, form, self.message,
                                           self.tr("&Create caller"), self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.setMinimumWidth(460)
        self.full_name.setFocus()

    def _edit(self, name: str, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(limit + _PASTE_ROOM)
        edit.setPlaceholderText(placeholder)
        return edit

    def draft(self) -> CallerDraft:
        return CallerDraft(self.full_name.text(), self.email.text(), self.phone.text(),
                           self.organisation.text())

    def submit(self) -> None:
        draft = self.draft()
        fields = caller_errors(draft)
        self.show_errors(fields)
        if not fields:
            self.ok_button.setEnabled(False)
            self.submitted.emit(draft)

    def show_errors(self, fields: Mapping[str, str], message: str = "") -> None:
        self.ok_button.setEnabled(True)
        for name, label in self.errors.items():
            text = fields.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        other = message if not fields else ""
        self.message.setText(other)
        self.message.setVisible(bool(other))
        edits = {"full_name": self.full_name, "email": self.email, "phone": self.phone,
                 "organisation": self.organisation}
        first = next((n for n in edits if n in fields), None)
        if first is not None:
            edits[first].setFocus()

    def _clear(self, name: str) -> None:
        label = self.errors[name]
        if label.text():
            label.clear()
            label.setVisible(False)
