"""The attributes of a CI's type, as form fields built from the type's definitions.

Text, numbers and dates are typed (the service checks them by kind and answers with a sentence
per field: ``attr:<key>``); yes/no and choices are picked from a list whose first entry is
"not set", so an attribute is never given a value nobody chose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from deskapp.domain.cmdb import AttributeDef, AttributeKind, display_value
from deskapp.ui import theme
from deskapp.ui.design.forms import clear_on_edit
from deskapp.ui.strategy.widgets import error_label, show_error


class AttributeForm(QWidget):
    """One field per attribute of the chosen type; ``values()`` is what the CI save takes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defs: tuple[AttributeDef, ...] = ()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty_label = QLabel(self.tr("This type has no attributes."), self)
        self.empty_label.setStyleSheet(theme.muted_style())
        self._form.addRow(self.empty_label)

    def set_defs(self, defs: Sequence[AttributeDef], values: Mapping[str, Any]) -> None:
        """Rebuild the fields for ``defs`` showing ``values``."""
        while self._form.rowCount() > 1:
            self._form.removeRow(1)
        self.defs = tuple(defs)
        self.fields, self.errors = {}, {}
        self.empty_label.setVisible(not self.defs)
        for d in self.defs:
            widget: QLineEdit | QComboBox
            if d.kind in (AttributeKind.BOOLEAN, AttributeKind.CHOICE):
                widget = QComboBox(self)
                widget.addItem(self.tr("(not set)"), None)
                options: tuple[tuple[str, object], ...] = (
                    ((self.tr("yes"), True), (self.tr("no"), False))
                    if d.kind == AttributeKind.BOOLEAN else tuple((c, c) for c in d.choices))
                for text, value in options:
                    widget.addItem(text, value)
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
            else:
                widget = QLineEdit(self)
                if d.kind == AttributeKind.DATE:
                    widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
                elif d.kind in (AttributeKind.INTEGER, AttributeKind.DECIMAL):
                    widget.setPlaceholderText(self.tr("a number"))
                widget.textEdited.connect(lambda _t: self.changed.emit())
            widget.setAccessibleName(d.label)
            error = error_label(self)
            clear_on_edit(widget, error)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            label = QLabel(d.label + (" *" if d.required else "") + ":", self)
            label.setBuddy(widget)
            self._form.addRow(label, box)
            self.fields[d.key], self.errors[d.key] = widget, error
        self.set_values(values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        blockers = [w.blockSignals(True) for w in self.fields.values()]
        for d in self.defs:
            widget, value = self.fields[d.key], values.get(d.key)
            if isinstance(widget, QComboBox):
                found = widget.findData(value) if value is not None else 0
                widget.setCurrentIndex(max(found, 0))
            else:
                widget.setText(display_value(d, value))
        for widget, blocked in zip(self.fields.values(), blockers, strict=True):
            widget.blockSignals(blocked)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            value = widget.currentData() if isinstance(widget, QComboBox) \
                else widget.text().strip()
            if value is not None and value != "":
                out[key] = value
        return out

    def show_errors(self, fields: Mapping[str, str]) -> bool:
        """Show the ``attr:<key>`` messages; True if any was shown (the first gets focus)."""
        first = None
        for key, label in self.errors.items():
            message = fields.get(f"attr:{key}")
            show_error(label, message)
            if message and first is None:
                first = self.fields[key]
        if first is not None:
            first.setFocus()
        return first is not None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, None)
