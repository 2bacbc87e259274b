"""The template picker: a keyboard-first list of canned responses (or incident templates).

Typing filters by name and text, Up/Down (and Page Up/Down) move through the list without
leaving the filter, Enter takes the highlighted one, Esc closes. The preview shows the text as
stored, placeholders and all; what is inserted is filled from the work item by the service.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.templates import RESPONSE

if TYPE_CHECKING:
    from deskapp.services.templates import TemplateDTO

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}


class TemplatePicker(QDialog):
    """``chosen(template id)`` when Enter (or Insert) takes one."""

    chosen = Signal(object)

    def __init__(self, templates: Sequence[TemplateDTO], kind: str = RESPONSE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.kind = kind
        self.setWindowTitle(self.tr("Canned responses") if kind == RESPONSE
                            else self.tr("Incident templates"))
        self.templates = list(templates)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("templateFilter")
        self.filter.setPlaceholderText(self.tr("Type to find by name or text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("templatesEmpty")
        self.empty.setWordWrap(True)
        hint = QLabel(self.tr("Up/Down choose, Enter inserts, Esc closes. Placeholders such as "
                              "{caller} are filled from the item."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.insert_button = self.buttons.addButton(
            self.tr("Insert") if kind == RESPONSE else self.tr("Apply"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.insert_button.setObjectName("insertTemplate")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(680, 380)
        self.filter.textChanged.connect(self._refill)
        self.list.currentRowChanged.connect(self._preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._refill()
        self.filter.setFocus()

    def _label(self, t: TemplateDTO) -> str:
        if t.personal:
            return self.tr("{name} (mine)").format(name=t.name)
        if t.team_name:
            return self.tr("{name} ({team})").format(name=t.name, team=t.team_name)
        return t.name

    def _refill(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        for t in self.templates:
            haystack = f"{t.name} {t.title} {t.body} {t.team_name}".casefold()
            if all(w in haystack for w in words):
                item = QListWidgetItem(self._label(t), self.list)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                item.setToolTip(t.body[:300])
        if not self.templates:
            self.empty.setText(
                self.tr("No canned responses yet. Add them in Tools > Administration > "
                        "Templates.") if self.kind == RESPONSE else
                self.tr("No incident templates yet. Add them in Tools > Administration > "
                        "Templates."))
        elif not self.list.count():
            self.empty.setText(self.tr("Nothing matches '{text}'; type less.").format(
                text=self.filter.text().strip()))
        self.empty.setVisible(not self.list.count())
        if self.list.count():
            self.list.setCurrentRow(0)
        self.insert_button.setEnabled(self.list.count() > 0)
        self._preview(self.list.currentRow())

    def _preview(self, row: int) -> None:
        found = self.current()
        if row < 0 or found is None:
            self.preview.clear()
            return
        text = found.body
        if found.title:
            text = f"{found.title}\n\n{text}"
        self.preview.setPlainText(text)

    def current(self) -> TemplateDTO | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == wanted), None)

    def choose(self, name: str) -> None:
        """Highlight the template called ``name`` (tests, and the filter's exact match)."""
        for row in range(self.list.count()):
            if self.list.item(row).text().startswith(name):
                self.list.setCurrentRow(row)
                return

    def accept(self) -> None:
        found = self.current()
        if found is None:
            return
        template_id: uuid.UUID = found.id
        super().accept()
        self.chosen.emit(template_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Override QObject::eventFilter: the filter's Up/Down move the list's highlight."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None and self.list.count():
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


class PickerSlot:
    """At most one open picker per owner: ``raise_open`` brings the open one forward, ``show``
    opens a new one (window modal) and forgets it when it closes."""

    def __init__(self) -> None:
        self.picker: TemplatePicker | None = None

    def raise_open(self) -> bool:
        if self.picker is None:
            return False
        self.picker.raise_()
        self.picker.activateWindow()
        return True

    def show(self, templates: Sequence[TemplateDTO], kind: str, parent: QWidget,
             chosen: Callable[[uuid.UUID], object]) -> TemplatePicker:
        picker = TemplatePicker(templates, kind, parent)
        picker.chosen.connect(chosen)
        picker.finished.connect(lambda _r: self._closed(picker))
        self.picker = picker
        picker.open()
        return picker

    def _closed(self, picker: TemplatePicker) -> None:
        if self.picker is picker:
            self.picker = None
        picker.deleteLater()
