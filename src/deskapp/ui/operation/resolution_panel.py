"""How a resolved incident was resolved: code, notes, who and when, on the form itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from deskapp.domain.incident import IncidentStatus
from deskapp.ui.labels import tr_label
from deskapp.ui.operation.models import local_time

if TYPE_CHECKING:
    from deskapp.services.dto import EventDTO, IncidentDTO


class ResolutionPanel(QGroupBox):
    """Hidden unless the incident is resolved or closed. ``labels`` maps a stored code to its
    label and whether it is still offered (a retired code still names old items)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resolution"), parent)
        self.setObjectName("resolutionPanel")
        self.code = self._value("resolutionCodeShown")
        self.resolved = self._value("resolvedByShown")
        self.notes = self._value("resolutionNotesShown")
        form = QFormLayout(self)
        form.setVerticalSpacing(2)
        form.addRow(self.tr("Resolution code:"), self.code)
        form.addRow(self.tr("Resolved:"), self.resolved)
        form.addRow(self.tr("Resolution notes:"), self.notes)
        self.hide()

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def show_resolution(self, dto: IncidentDTO | None, history: Sequence[EventDTO],
                        labels: Mapping[str, tuple[str, bool]]) -> None:
        done = dto is not None and IncidentStatus(dto.status) in (IncidentStatus.RESOLVED,
                                                                  IncidentStatus.CLOSED)
        if dto is None or not done:
            self.hide()
            return
        code = dto.resolution_code or ""
        label, active = labels.get(code, (code, True))
        shown = tr_label(label) if label else self.tr("(none)")
        self.code.setText(shown if active else self.tr("{label} (retired)").format(label=shown))
        self.code.setToolTip(self.tr("Stored code: {code}").format(code=code) if code else "")
        step = next((e for e in reversed(history)
                     if e.field == "status" and e.new_value == IncidentStatus.RESOLVED.value),
                    None)
        when = local_time(dto.resolved_at or (step.occurred_at if step else None))
        who = step.actor if step is not None else ""
        self.resolved.setText(self.tr("{when} by {who}").format(when=when, who=who) if who
                              else when)
        self.notes.setText(dto.resolution_notes or "")
        self.show()
