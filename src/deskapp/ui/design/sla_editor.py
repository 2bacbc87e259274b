"""Editor for one SLA definition: name, calendar, targets per priority, pause statuses."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.calendar_rules import PAUSABLE_STATUSES, PRIORITIES, TARGET_MAX, format_hmm
from deskapp.domain.incident import PRIORITY_LABELS, IncidentStatus
from deskapp.domain.pending import REASON_LABELS, REASONS
from deskapp.services.service_levels import SlaDefinitionDTO, SlaDraft, SlaTargetDTO
from deskapp.ui.design.forms import RecordEditor, clear_on_edit, error_label, show_error, stacked
from deskapp.ui.labels import tr_label

if TYPE_CHECKING:
    from deskapp.services.dto import Choice

#: A new SLA starts from the common office targets (response, resolution) per priority.
NEW_TARGETS = {1: (30, 240), 2: (60, 480), 3: (240, 1440), 4: (480, 2880), 5: (1440, 7200)}


class _TargetRow:
    def __init__(self, response: QSpinBox, response_hmm: QLabel, resolution: QSpinBox,
                 resolution_hmm: QLabel, error: QLabel) -> None:
        self.response, self.response_hmm = response, response_hmm
        self.resolution, self.resolution_hmm = resolution, resolution_hmm
        self.error = error


class SlaEditor(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Standard"))
        self.name_error = error_label(self)
        self.calendar_combo = QComboBox(self)
        self.calendar_error = error_label(self)
        self.default_check = QCheckBox(
            self.tr("D&efault SLA (for incidents whose service names no SLA)"), self)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        cal_label = QLabel(self.tr("&Calendar:"), self)
        cal_label.setBuddy(self.calendar_combo)
        form.addRow(name_label, stacked(self.name_edit, self.name_error))
        form.addRow(cal_label, stacked(self.calendar_combo, self.calendar_error))
        form.addRow("", self.default_check)

        box = QGroupBox(self.tr("Targets in business minutes (counted on the calendar)"), self)
        grid = QGridLayout(box)
        for col, text in enumerate((self.tr("Priority"), self.tr("Response"), "",
                                    self.tr("Resolution"), "")):
            if text:
                grid.addWidget(QLabel(text, box), 0, col)
        self.targets: dict[int, _TargetRow] = {}
        for r, priority in enumerate(PRIORITIES, start=1):
            grid.addWidget(QLabel(tr_label(PRIORITY_LABELS[priority]), box), r, 0)
            spins = []
            for _ in range(2):
                spin = QSpinBox(box)
                spin.setRange(0, TARGET_MAX)
                spin.setSuffix(self.tr(" min"))
                spin.setAccelerated(True)
                spin.setMinimumWidth(110)
                spins.append(spin)
            row = _TargetRow(spins[0], QLabel(box), spins[1], QLabel(box), error_label(box))
            self.targets[priority] = row
            grid.addWidget(row.response, r, 1)
            grid.addWidget(row.response_hmm, r, 2)
            grid.addWidget(row.resolution, r, 3)
            grid.addWidget(row.resolution_hmm, r, 4)
            grid.addWidget(row.error, r, 5)
            row.response.valueChanged.connect(lambda _v, rw=row: self._target_edited(rw))
            row.resolution.valueChanged.connect(lambda _v, rw=row: self._target_edited(rw))
        grid.setColumnStretch(5, 1)
        self.targets_error = error_label(box)
        grid.addWidget(self.targets_error, len(PRIORITIES) + 1, 0, 1, 6)
        hint = QLabel(self.tr("Response must not be longer than resolution: resolving an "
                              "incident also counts as responding."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        grid.addWidget(hint, len(PRIORITIES) + 2, 0, 1, 6)

        pause_box = QGroupBox(self.tr("Pause the clocks while an incident is"), self)
        pause_layout = QHBoxLayout(pause_box)
        self.pause_checks: dict[str, QCheckBox] = {}
        for status in PAUSABLE_STATUSES:
            check = QCheckBox(tr_label(IncidentStatus(status).label), pause_box)
            self.pause_checks[status] = check
            pause_layout.addWidget(check)
            check.toggled.connect(self._edited)
        pause_layout.addStretch(1)
        self.pause_error = error_label(pause_box)
        # which pending reasons stop the clocks (waiting for the caller usually does, for a
        # vendor the desk chose often not)
        reason_box = QGroupBox(self.tr("While pending, pause only when the item is"), self)
        reason_layout = QHBoxLayout(reason_box)
        self.reason_checks: dict[str, QCheckBox] = {}
        for reason in REASONS:
            check = QCheckBox(tr_label(REASON_LABELS[reason]), reason_box)
            check.setObjectName(f"pauseReason_{reason}")
            self.reason_checks[reason] = check
            reason_layout.addWidget(check)
            check.toggled.connect(self._edited)
        reason_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(pause_box)
        layout.addWidget(self.pause_error)
        layout.addWidget(reason_box)
        layout.addStretch(1)

        clear_on_edit(self.name_edit, self.name_error)
        clear_on_edit(self.calendar_combo, self.calendar_error)
        for row in self.targets.values():
            for spin in (row.response, row.resolution):
                clear_on_edit(spin, row.error, self.targets_error)
        for check in self.pause_checks.values():
            clear_on_edit(check, self.pause_error)
        self.name_edit.textEdited.connect(self._edited)
        self.calendar_combo.currentIndexChanged.connect(self._edited)
        self.default_check.toggled.connect(self._edited)
        self.load(None)

    def set_calendars(self, choices: list[Choice]) -> None:
        self._loading = True
        try:
            current = self.calendar_combo.currentData()
            self.calendar_combo.clear()
            for c in choices:
                label = c.label if c.detail in c.label else f"{c.label} ({c.detail})"
                # ids are stored as text: QVariant compares Python objects by identity, so
                # findData(uuid) never matches an equal UUID
                self.calendar_combo.addItem(label, str(c.id))
            self._select_calendar(_uuid(current))
        finally:
            self._loading = False

    def _select_calendar(self, calendar_id: uuid.UUID | None) -> None:
        index = self.calendar_combo.findData(str(calendar_id)) if calendar_id else -1
        self.calendar_combo.setCurrentIndex(index if index >= 0 else
                                            (0 if self.calendar_combo.count() else -1))

    def load(self, dto: SlaDefinitionDTO | None) -> None:
        self._loading = True
        try:
            self.clear_errors()
            self._id = dto.id if dto else None
            self._version = dto.version if dto else None
            self.title.setText(dto.name if dto else self.tr("New SLA"))
            self.name_edit.setText(dto.name if dto else "")
            self._select_calendar(dto.calendar_id if dto else None)
            self.default_check.setChecked(bool(dto and dto.is_default))
            given = {t.priority: (t.response_minutes, t.resolution_minutes)
                     for t in dto.targets} if dto else NEW_TARGETS
            for priority, row in self.targets.items():
                response, resolution = given.get(priority, (0, 0))
                row.response.setValue(response)
                row.resolution.setValue(resolution)
                self._show_hmm(row)
            pauses = set(dto.pause_statuses) if dto else {"pending"}
            for status, check in self.pause_checks.items():
                check.setChecked(status in pauses)
            reasons = dto.pause_reasons if dto else None
            for reason, check in self.reason_checks.items():
                check.setChecked(reasons is None or reason in reasons)
        finally:
            self._loading = False
        self.dirty = False

    def draft(self) -> SlaDraft:
        return SlaDraft(
            name=self.name_edit.text(), calendar_id=_uuid(self.calendar_combo.currentData()),
            targets=tuple(SlaTargetDTO(p, row.response.value(), row.resolution.value())
                          for p, row in self.targets.items()),
            pause_statuses=tuple(s for s, c in self.pause_checks.items() if c.isChecked()),
            pause_reasons=tuple(r for r, c in self.reason_checks.items() if c.isChecked()),
            is_default=self.default_check.isChecked(), id=self._id, version=self._version)

    def clear_errors(self) -> None:
        self.banner.clear()
        for label in (self.name_error, self.calendar_error, self.targets_error,
                      self.pause_error, *(r.error for r in self.targets.values())):
            show_error(label, None)

    def show_errors(self, fields: dict[str, str]) -> None:
        show_error(self.name_error, fields.get("name"))
        show_error(self.calendar_error, fields.get("calendar_id"))
        show_error(self.targets_error, fields.get("targets"))
        show_error(self.pause_error, fields.get("pause_statuses"))
        for p, row in self.targets.items():
            msgs = [fields[k] for k in (f"targets.{p}.response", f"targets.{p}.resolution")
                    if k in fields]
            show_error(row.error, " ".join(msgs) or None)

    def _show_hmm(self, row: _TargetRow) -> None:
        row.response_hmm.setText(self.tr("= {hmm} h").format(hmm=format_hmm(row.response.value())))
        row.resolution_hmm.setText(
            self.tr("= {hmm} h").format(hmm=format_hmm(row.resolution.value())))

    def _target_edited(self, row: _TargetRow) -> None:
        self._show_hmm(row)
        self._edited()



def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(value) if isinstance(value, str) and value else None
