"""Resolving an incident asks for a resolution code from the list and notes; both are needed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import DESCRIPTION_MAX
from deskapp.ui import theme
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter

if TYPE_CHECKING:
    from deskapp.services.resolution_codes import ResolutionCodeDTO


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(theme.error_style())
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
    the dialog, or hands the service's messages back through :meth:`show_errors`.

    The codes are the list's active ones (Service Design keeps it); the combo cannot be typed
    in and opens on no choice, so Enter never resolves with a code nobody picked."""

    submitted = Signal(str, str)

    def __init__(self, number: str, codes: Sequence[ResolutionCodeDTO],
                 parent: QWidget | None = None, children: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve {number}").format(number=number))
        self.code = QComboBox()
        self.code.setObjectName("resolutionCode")
        self.code.setEditable(False)
        for item in codes:
            self.code.addItem(tr_label(item.label), item.code)
            if item.description:
                self.code.setItemData(self.code.count() - 1, item.description,
                                      Qt.ItemDataRole.ToolTipRole)
        self.code.setPlaceholderText(self.tr("Choose a code"))
        self.code.setCurrentIndex(-1)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("resolutionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was wrong and what fixed it (the caller "
                                              "reads this)."))
        self.notes_counter = LengthCounter(self.notes, DESCRIPTION_MAX)
        self.code_error = error_label()
        self.notes_error = error_label()
        self.message = error_label()
        form = QFormLayout()
        code_label = QLabel(self.tr("Resolution &code:"))
        code_label.setBuddy(self.code)
        notes_label = QLabel(self.tr("Resolution &notes:"))
        notes_label.setBuddy(self.notes)
        notes_head = QHBoxLayout()
        notes_head.addWidget(notes_label, 1)
        notes_head.addWidget(self.notes_counter)
        form.addRow(code_label, self.code)
        form.addRow("", self.code_error)
        form.addRow(notes_head)
        form.addRow(self.notes)
        form.addRow(self.notes_error)
        # a major incident's open children: resolved with it only when ticked
        self.with_children = QCheckBox(self.tr(
            "Also resolve its %n open child incident(s) with this resolution", "",
            len(children)))
        self.with_children.setObjectName("resolveChildren")
        self.with_children.setToolTip(", ".join(children))
        self.with_children.setChecked(False)
        self.with_children.setVisible(bool(children))
        form.addRow(self.with_children)
        if not codes:
            self.code.setEnabled(False)
            self.message.setText(self.tr("No resolution code is offered; ask whoever keeps "
                                         "Service Design to add or reactivate one."))
            self.message.setVisible(True)
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("&Resolve"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.code.currentIndexChanged.connect(lambda _i: self._clear("resolution_code"))
        self.notes.textChanged.connect(lambda: self._clear("resolution_notes"))
        self.resize(520, 320)

    def chosen_code(self) -> str | None:
        data = self.code.currentData()
        return data if isinstance(data, str) and self.code.currentIndex() >= 0 else None

    def submit(self) -> None:
        fields: dict[str, str] = {}
        code = self.chosen_code()
        if code is None:
            fields["resolution_code"] = self.tr("Choose a resolution code.")
        notes = self.notes.toPlainText().strip()
        if not notes:
            fields["resolution_notes"] = self.tr("Enter resolution notes.")
        elif problem := self.notes_counter.problem(self.tr("The resolution notes")):
            fields["resolution_notes"] = problem
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

    def _clear(self, name: str) -> None:
        """The person changed the field: its message no longer describes it."""
        label = self.code_error if name == "resolution_code" else self.notes_error
        if label.text():
            label.clear()
            label.setVisible(False)
