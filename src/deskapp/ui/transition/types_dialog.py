"""CI types and their attributes (administrators): the list of types, and for the chosen one
its name, description and attribute rows (key, label, kind, required, choices).

A save sends the whole type; the service checks it and answers with a sentence (a duplicate key,
a choice without values, renaming a type CIs carry ...) shown in the dialog, nothing saved.
Removing asks first and is refused while CIs carry the type.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.cmdb import ATTRIBUTE_KINDS, AttributeDef
from deskapp.ui import theme
from deskapp.ui.labels import ci_type_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.cmdb_dto import CiTypeDTO
    from deskapp.ui.context import UiContext

_TYPE = Qt.ItemDataRole.UserRole + 1
KEY, LABEL, KIND, REQUIRED, CHOICES = range(5)


class CiTypesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ciTypesDialog")
        self.setWindowTitle(self.tr("CI types and attributes"))
        self._ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.current: CiTypeDTO | None = None
        self.changed_any = False
        self.types = QListWidget(self)
        self.types.setAccessibleName(self.tr("CI types"))
        self.new_button = QPushButton(self.tr("New &type"), self)
        self.name_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        self.usage = QLabel(self)
        self.usage.setStyleSheet(theme.muted_style())
        self.attributes = QTableWidget(0, 5, self)
        self.attributes.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Label"), self.tr("Kind"), self.tr("Required"),
            self.tr("Choices (comma-separated)")])
        self.attributes.horizontalHeader().setStretchLastSection(True)
        self.attributes.verticalHeader().setVisible(False)
        self.attributes.setAccessibleName(self.tr("Attributes of the type"))
        self.add_attr = QPushButton(self.tr("&Add attribute"), self)
        self.remove_attr = QPushButton(self.tr("Remo&ve attribute"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.error_style())
        self.save_button = QPushButton(self.tr("&Save type"), self)
        self.remove_button = QPushButton(self.tr("&Remove type…"), self)
        close = QPushButton(self.tr("Close"), self)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        description_label = QLabel(self.tr("&Description:"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(description_label, self.description_edit)
        attr_buttons = QHBoxLayout()
        attr_buttons.addStretch(1)
        attr_buttons.addWidget(self.remove_attr)
        attr_buttons.addWidget(self.add_attr)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.usage)
        right.addWidget(self.attributes, 1)
        right.addLayout(attr_buttons)
        right.addWidget(self.message)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.types, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.resize(900, 520)

        self.types.currentItemChanged.connect(lambda item, _old: self._show(
            item.data(_TYPE) if item is not None else None))
        self.new_button.clicked.connect(self.new_type)
        self.add_attr.clicked.connect(lambda: self._add_row(AttributeDef("", "")))
        self.remove_attr.clicked.connect(self._remove_row)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self, select: uuid.UUID | None = None, note: str = "") -> None:
        """Read the types again and show ``select``; ``note`` (a "Saved" sentence) is shown
        after that, since showing a type clears the message line."""
        self._run.run(self._ctx.services.ci_types.all,
                      lambda found: self._loaded(found, select, note),
                      lambda exc: self.message.setText(user_message(exc)))

    def _loaded(self, found: list[CiTypeDTO], select: uuid.UUID | None,
                note: str = "") -> None:
        self.types.clear()
        for t in found:
            item = QListWidgetItem(ci_type_label(t.name))
            item.setData(_TYPE, t)
            self.types.addItem(item)
            if t.id == select:
                self.types.setCurrentItem(item)
        if self.types.currentItem() is None and self.types.count():
            self.types.setCurrentRow(0)
        if note:
            self.message.setStyleSheet(theme.success_style())
            self.message.setText(note)

    def new_type(self) -> None:
        self.types.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    def _show(self, t: CiTypeDTO | None) -> None:
        self.current = t
        self.message.clear()
        self.name_edit.setText(t.name if t else "")
        self.description_edit.setText(t.description if t else "")
        self.usage.setText(self.tr("{n} CIs have this type; it keeps its name.").format(
            n=t.in_use) if t and t.in_use else self.tr("No CI has this type yet.") if t
            else self.tr("A new type."))
        self.attributes.setRowCount(0)
        for d in t.attributes if t else ():
            self._add_row(d)
        self.remove_button.setEnabled(t is not None and not t.in_use)

    def _add_row(self, d: AttributeDef) -> None:
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        self.attributes.setItem(row, KEY, QTableWidgetItem(d.key))
        self.attributes.setItem(row, LABEL, QTableWidgetItem(d.label))
        kind = QComboBox(self.attributes)
        for k in ATTRIBUTE_KINDS:
            kind.addItem(k, k)
        kind.setCurrentIndex(max(kind.findData(d.kind), 0))
        self.attributes.setCellWidget(row, KIND, kind)
        required = QCheckBox(self.attributes)
        required.setChecked(d.required)
        self.attributes.setCellWidget(row, REQUIRED, required)
        self.attributes.setItem(row, CHOICES, QTableWidgetItem(", ".join(d.choices)))
        if not d.key:
            self.attributes.setCurrentCell(row, KEY)
            key_item = self.attributes.item(row, KEY)
            if key_item is not None:  # set just above
                self.attributes.editItem(key_item)

    def _remove_row(self) -> None:
        row = self.attributes.currentRow()
        if row >= 0:
            self.attributes.removeRow(row)

    def rows(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for row in range(self.attributes.rowCount()):
            def cell(column: int, r: int = row) -> str:
                item = self.attributes.item(r, column)
                return item.text().strip() if item is not None else ""
            kind = self.attributes.cellWidget(row, KIND)
            required = self.attributes.cellWidget(row, REQUIRED)
            out.append({"key": cell(KEY), "label": cell(LABEL),
                        "kind": kind.currentData() if isinstance(kind, QComboBox) else "text",
                        "required": isinstance(required, QCheckBox) and required.isChecked(),
                        "choices": [c.strip() for c in cell(CHOICES).split(",") if c.strip()]})
        return out

    def save(self) -> None:
        service, current = self._ctx.services.ci_types, self.current
        name, description, rows = self.name_edit.text(), self.description_edit.text(), \
            self.rows()
        type_id = current.id if current else None
        version = current.version if current else None
        self.message.clear()

        def saved(t: CiTypeDTO) -> None:
            self.changed_any = True
            self.reload(t.id, self.tr("Saved {name}.").format(name=t.name))

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet(theme.error_style())
            self.message.setText(self.tr("Not saved: {message}").format(
                message=user_message(exc)))

        self._run.run(lambda: service.save(type_id, version, name, description, rows),
                      saved, failed)

    def remove(self) -> None:
        current = self.current
        if current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove CI type"),
            self.tr("Remove the type '{name}'? No CI carries it; its attribute definitions "
                    "go with it.").format(name=current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self._ctx.services.ci_types

        def removed(_r: object) -> None:
            self.changed_any = True
            self.reload()

        self._run.run(lambda: service.remove(current.id, current.version), removed,
                      lambda exc: self.message.setText(user_message(exc)))
