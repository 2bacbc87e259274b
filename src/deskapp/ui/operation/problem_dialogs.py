"""Resolving a problem: optional notes, and whether to resolve its open linked incidents with
it (how many, and how many stay open because they are another team's, shown first; off
until the person ticks it, with a resolution code nobody picked for them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from deskapp.ui.labels import tr_label
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog

if TYPE_CHECKING:
    from deskapp.services.problem_dto import ResolvePreview
    from deskapp.services.resolution_codes import ResolutionCodeDTO


class ProblemResolveDialog(QDialog):
    """``submitted(notes, resolve_incidents, incident_code, incident_notes)``; the form runs
    the step and closes the dialog, or hands the service's sentence back (:meth:`show_error`)."""

    submitted = Signal(str, bool, str, str)

    def __init__(self, preview: ResolvePreview, permanent_fix: str,
                 codes: Sequence[ResolutionCodeDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemResolveDialog")
        number = preview.problem_number
        self.setWindowTitle(self.tr("Resolve {number}").format(number=number))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("problemResolutionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("How the permanent fix was verified (optional)"))
        count = len(preview.resolvable)
        self.summary = QLabel(self._summary(preview))
        self.summary.setObjectName("resolveSummary")
        self.summary.setWordWrap(True)
        self.with_incidents = QCheckBox(self.tr(
            "Also resolve the %n open linked incident(s)", "", count))
        self.with_incidents.setObjectName("resolveIncidents")
        self.with_incidents.setChecked(False)  # never resolves other people's calls unasked
        self.with_incidents.setEnabled(count > 0)
        self.code = QComboBox()
        self.code.setObjectName("incidentCode")
        for item in codes:
            self.code.addItem(tr_label(item.label), item.code)
        self.code.setPlaceholderText(self.tr("Choose a code"))
        self.code.setCurrentIndex(-1)
        self.incident_notes = QPlainTextEdit()
        self.incident_notes.setObjectName("incidentNotes")
        self.incident_notes.setTabChangesFocus(True)
        self.incident_notes.setPlainText(self.tr("Resolved with {number}: {fix}").format(
            number=number, fix=permanent_fix))
        self.message = error_label()
        form = QFormLayout()
        notes_label = QLabel(self.tr("Resolution &notes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        form.addRow(self.summary)
        form.addRow(self.with_incidents)
        code_label = QLabel(self.tr("Incidents' &code:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        incident_label = QLabel(self.tr("Incidents' n&otes:"))
        incident_label.setBuddy(self.incident_notes)
        form.addRow(incident_label, self.incident_notes)
        self.buttons = lay_out_form_dialog(self, form, self.message, self.tr("&Resolve"),
                                           self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.with_incidents.toggled.connect(self._incidents_toggled)
        self._incidents_toggled(False)
        self.resize(560, 420)

    def _summary(self, preview: ResolvePreview) -> str:
        count, left = len(preview.resolvable), len(preview.left_open)
        if count == 0 and left == 0:
            return self.tr("No open incident is linked to {number}.").format(
                number=preview.problem_number)
        text = self.tr("%n open incident(s) linked to {number}: {numbers}.", "", count).format(
            number=preview.problem_number,
            numbers=", ".join(r.number for r in preview.resolvable[:8])
            + (", …" if count > 8 else ""))
        if left:
            text += " " + self.tr("%n more belong(s) to other teams and stay open.", "", left)
        return text

    def _incidents_toggled(self, on: bool) -> None:
        self.code.setEnabled(on)
        self.incident_notes.setEnabled(on)

    def submit(self) -> None:
        resolve = self.with_incidents.isChecked()
        code = self.code.currentData() if self.code.currentIndex() >= 0 else None
        if resolve and not isinstance(code, str):
            self.show_error(self.tr("Choose the resolution code the incidents get."))
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        notes = self.incident_notes.toPlainText().strip()
        if resolve and not notes:
            self.show_error(self.tr("Enter the notes the incidents' callers will read."))
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.notes.toPlainText().strip(), resolve,
                            code if isinstance(code, str) else "", notes)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(text)
        self.message.setVisible(bool(text))
