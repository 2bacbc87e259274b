"""Resolving an incident asks for a resolution code and notes; both are required."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import (
    DESCRIPTION_MAX,
    RESOLUTION_CODE_MAX,
    RESOLUTION_CODES,
    validate_text,
)
from deskapp.ui.labels import tr_label

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, message: QLabel, ok_text: str,
                        submit: Callable[[], None]) -> QDialogButtonBox:
    """Form, message line and OK/Cancel under each other; OK (named ``ok_text``) submits, the
    dialog closes only when the caller accepts it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return buttons


class ResolveDialog(QDialog):
    """``submitted(code, notes)`` once the fields pass the checks; the editor saves and closes
    the dialog, or hands the service's messages back through :meth:`show_errors`."""

    submitted = Signal(str, str)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve {number}").format(number=number))
        self.code = QComboBox()
        self.code.setObjectName("resolutionCode")
        self.code.setEditable(True)
        self.code.addItem("")
        self.code.addItems([tr_label(c) for c in RESOLUTION_CODES])
        self.code.setCurrentIndex(0)
        self.code.lineEdit().setMaxLength(RESOLUTION_CODE_MAX + 1)
        self.code.lineEdit().setPlaceholderText(self.tr("Choose or type a code"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("resolutionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was wrong and what fixed it (the caller "
                                              "reads this)."))
        self.code_error = error_label()
        self.notes_error = error_label()
        self.message = error_label()
        form = QFormLayout()
        code_label = QLabel(self.tr("Resolution &code:"))
        code_label.setBuddy(self.code)
        notes_label = QLabel(self.tr("Resolution &notes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(code_label, self.code)
        form.addRow("", self.code_error)
        form.addRow(notes_label, self.notes)
        form.addRow("", self.notes_error)
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("&Resolve"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resize(520, 300)

    def submit(self) -> None:
        fields: dict[str, str] = {}
        code = validate_text(fields, "resolution_code", self.code.currentText(),
                             label=self.tr("Resolution code"), required=True,
                             limit=RESOLUTION_CODE_MAX)
        notes = validate_text(fields, "resolution_notes", self.notes.toPlainText(),
                              label=self.tr("Resolution notes"), required=True,
                              limit=DESCRIPTION_MAX)
        self.show_errors(fields)
        if not fields and code and notes:
            self.ok_button.setEnabled(False)
            self.submitted.emit(code, notes)

    def show_errors(self, fields: Mapping[str, str], message: str = "") -> None:
        self.ok_button.setEnabled(True)
        for name, label, widget in (("resolution_code", self.code_error, self.code),
                                    ("resolution_notes", self.notes_error, self.notes)):
            text = fields.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            widget.setAccessibleDescription(text)
        other = message if not fields else ""
        self.message.setText(other)
        self.message.setVisible(bool(other))
        if "resolution_code" in fields:
            self.code.setFocus()
        elif "resolution_notes" in fields:
            self.notes.setFocus()
