"""Editor for one resolution code: code (fixed once saved), label, description, place in the
list, and whether the resolve dialog offers it. Unticking "Offered" retires the code: tickets
that carry it keep it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import (
    RESOLUTION_CODE_MAX,
    RESOLUTION_DESCRIPTION_MAX,
    RESOLUTION_LABEL_MAX,
    SORT_ORDER_MAX,
)
from deskapp.services.resolution_codes import ResolutionCodeDraft, ResolutionCodeDTO
from deskapp.ui.design.forms import RecordEditor, clear_on_edit, error_label, show_error, stacked
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter


class ResolutionCodeEditor(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("resolutionCodeCode")
        self.code_edit.setPlaceholderText(self.tr("What tickets store, e.g. Solved (remotely)"))
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("resolutionCodeLabel")
        self.label_edit.setPlaceholderText(self.tr("What the desk reads in the resolve dialog"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("resolutionCodeDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.description_edit.setPlaceholderText(self.tr("When to choose it (shown as a tip)"))
        self.order_spin = QSpinBox(self)
        self.order_spin.setObjectName("resolutionCodeOrder")
        self.order_spin.setRange(0, SORT_ORDER_MAX)
        self.order_spin.setMaximumWidth(120)
        self.order_spin.setToolTip(self.tr("Lower numbers come first in the resolve dialog."))
        self.active_check = QCheckBox(self.tr("&Offered when resolving (untick to retire: "
                                              "tickets keep the code)"), self)
        self.active_check.setObjectName("resolutionCodeActive")
        self.code_hint = QLabel(self)
        self.code_hint.setWordWrap(True)
        self.code_hint.setStyleSheet("color: palette(placeholder-text);")

        self.code_error = error_label(self)
        self.label_error = error_label(self)
        self.description_error = error_label(self)
        self.order_error = error_label(self)
        counters = {
            self.code_edit: LengthCounter(self.code_edit, RESOLUTION_CODE_MAX, self),
            self.label_edit: LengthCounter(self.label_edit, RESOLUTION_LABEL_MAX, self),
            self.description_edit: LengthCounter(self.description_edit,
                                                 RESOLUTION_DESCRIPTION_MAX, self)}
        self.counters = list(counters.values())

        form = QFormLayout()
        for text, field, error in (
                (self.tr("Co&de:"), self.code_edit, self.code_error),
                (self.tr("La&bel:"), self.label_edit, self.label_error),
                (self.tr("Descr&iption:"), self.description_edit, self.description_error),
                (self.tr("&Position:"), self.order_spin, self.order_error)):
            label = QLabel(text, self)
            label.setBuddy(field)
            counter = counters.get(field)
            form.addRow(label, stacked(field, error, counter))
        form.addRow("", self.code_hint)
        form.addRow("", self.active_check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)

        clear_on_edit(self.code_edit, self.code_error)
        clear_on_edit(self.label_edit, self.label_error)
        clear_on_edit(self.description_edit, self.description_error)
        clear_on_edit(self.order_spin, self.order_error)
        for signal in (self.code_edit.textEdited, self.label_edit.textEdited,
                       self.description_edit.textChanged, self.order_spin.valueChanged,
                       self.active_check.toggled):
            signal.connect(self._edited)
        self.load(None)

    @property
    def name_edit(self) -> QLineEdit:
        """The first field to type in (the view focuses it for a new record)."""
        return self.code_edit if self._id is None else self.label_edit

    def load(self, dto: ResolutionCodeDTO | None, *, next_order: int = 0) -> None:
        self._loading = True
        try:
            self.clear_errors()
            self._id = dto.id if dto else None
            self._version = dto.version if dto else None
            self.title.setText(tr_label(dto.label) if dto else self.tr("New resolution code"))
            self.code_edit.setText(dto.code if dto else "")
            self.code_edit.setReadOnly(dto is not None)
            self.code_hint.setText(
                self.tr("The code is stored on tickets and cannot change; reword the label "
                        "instead.") if dto else
                self.tr("Tickets store the code and it cannot change once saved."))
            self.label_edit.setText(dto.label if dto else "")
            self.description_edit.setPlainText(dto.description if dto else "")
            self.order_spin.setValue(dto.sort_order if dto else next_order)
            self.active_check.setChecked(dto.active if dto else True)
        finally:
            self._loading = False
        self.dirty = False

    def draft(self) -> ResolutionCodeDraft:
        return ResolutionCodeDraft(
            code=self.code_edit.text(), label=self.label_edit.text(),
            description=self.description_edit.toPlainText(), active=self.active_check.isChecked(),
            sort_order=self.order_spin.value(), id=self._id, version=self._version)

    def clear_errors(self) -> None:
        self.banner.clear()
        for label in (self.code_error, self.label_error, self.description_error,
                      self.order_error):
            show_error(label, None)

    def show_errors(self, fields: dict[str, str]) -> None:
        show_error(self.code_error, fields.get("code"))
        show_error(self.label_error, fields.get("label"))
        show_error(self.description_error, fields.get("description"))
        show_error(self.order_error, fields.get("sort_order"))
