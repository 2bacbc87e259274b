"""A catalogue offering's request form, generated from its definition: what the agent fills in
for a caller (New request), and the live preview in the catalogue editor.

One widget per field type; help text as a tooltip and a grey line under the field; "shown only
if" fields appear and disappear as the fields above them change; a sentence from the service
(or the domain's own check) is shown in red next to the bad field. Values come out as the
domain's answers (:func:`deskapp.domain.request_form.check_answers` checks them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.request_form import FieldType, FormField, RequestForm, is_shown
from deskapp.services.dto import Choice
from deskapp.ui import theme

#: The earliest date a date field holds; it reads as "no date" (QDateEdit always has a value).
NO_DATE = QDate(1900, 1, 1)
SEARCH_DELAY_MS = 250
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
Search = Callable[[str], Sequence[Choice]]
#: Runs ``job`` off the UI thread and hands its result to ``done`` (the form's runner).
Run = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class SearchPicker(QWidget):
    """Type part of a name to list matches, pick one (a person or a CI)."""

    #: the find box; the name shadows the static QWidget.find(id), which nothing here calls
    find: QLineEdit  # type: ignore[assignment]

    changed = Signal()

    def __init__(self, search: Search | None, run: Run | None, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._run = search, run
        self._query = 0
        self.find = QLineEdit()
        self.find.setPlaceholderText(placeholder)
        self.find.setClearButtonEnabled(True)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("(none)"), None)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.find.textEdited.connect(lambda _t: self.timer.start())
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.find, 1)
        row.addWidget(self.choice, 1)
        self.setFocusProxy(self.find)

    def search_now(self) -> None:
        text = self.find.text().strip()
        if len(text) < 2 or self._search is None or self._run is None:
            return
        self._query += 1
        query, search = self._query, self._search

        def done(found: Sequence[Choice]) -> None:
            if query == self._query:
                self.offer(found)

        self._run(lambda: list(search(text)), done)

    def offer(self, found: Sequence[Choice]) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("(none)"), None)
        for c in found:
            self.choice.addItem(f"{c.label} · {c.detail}" if c.detail else c.label, c.id)
        self.choice.setCurrentIndex(1 if found else 0)

    def value(self) -> uuid.UUID | None:
        data = self.choice.currentData()
        return data if isinstance(data, uuid.UUID) else None


class RequestFormWidget(QWidget):
    """The fields of one form. ``changed`` on every edit (the preview and dirty checks)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, people: Search | None = None,
                 cis: Search | None = None, run: Run | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestForm")
        self._people, self._cis, self._run = people, cis, run
        self._form = RequestForm(())
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        outer = QVBoxLayout(self)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        outer.addStretch(1)  # rows keep their height; the space left goes below them
        self.empty = QLabel(self.tr("This offering asks nothing more."))
        self.empty.setStyleSheet("color: #555")
        self.layout_.addRow(self.empty)

    # -- building ---------------------------------------------------------------------------
    def set_form(self, form: RequestForm, values: Mapping[str, Any] | None = None) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        self._rows.clear()
        self._form = form
        self.empty = QLabel(self.tr("This offering asks nothing more."))
        self.empty.setStyleSheet("color: #555")
        self.empty.setVisible(not form.fields)
        self.layout_.addRow(self.empty)
        start = {f.key: f.default for f in form.fields if f.default is not None}
        start.update(values or {})
        for f in form.fields:
            editor = self._editor(f)
            editor.setObjectName(f"answer_{f.key}")
            self._set(f, editor, start.get(f.key))
            error = QLabel()
            error.setObjectName(f"error_{f.key}")
            error.setStyleSheet(theme.error_style())
            error.setWordWrap(True)
            error.hide()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            if f.help:
                editor.setToolTip(f.help)
                help_line = QLabel(f.help)
                help_line.setStyleSheet("color: #555")
                help_line.setWordWrap(True)
                column.addWidget(help_line)
            column.addWidget(error)
            label = QLabel(f.label + (" *" if f.required else "") + ":")
            label.setBuddy(editor)
            self.layout_.addRow(label, box)
            self.editors[f.key] = editor
            self.errors[f.key] = error
            self._rows[f.key] = (label, box)
        self._update_shown()

    def _editor(self, f: FormField) -> QWidget:
        if f.type is FieldType.TEXT:
            line = QLineEdit()
            line.textEdited.connect(lambda _t, k=f.key: self._edited(k))
            return line
        if f.type is FieldType.LONG_TEXT:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            text.textChanged.connect(lambda k=f.key: self._edited(k))
            return text
        if f.type is FieldType.CHOICE:
            box = QComboBox()
            box.addItem(self.tr("(choose)"), None)
            for c in f.choices:
                box.addItem(c, c)
            box.currentIndexChanged.connect(lambda _i, k=f.key: self._edited(k))
            return box
        if f.type is FieldType.MULTI_CHOICE:
            items = QListWidget()
            for c in f.choices:
                item = QListWidgetItem(c)
                item.setCheckState(UNCHECKED)
                items.addItem(item)
            items.setFixedHeight(min(24 * len(f.choices) + 6, 130))
            items.itemChanged.connect(lambda _i, k=f.key: self._edited(k))
            return items
        if f.type is FieldType.DATE:
            when = QDateEdit()
            when.setCalendarPopup(True)
            when.setDisplayFormat("yyyy-MM-dd")
            when.setMinimumDate(NO_DATE)
            when.setSpecialValueText(self.tr("(no date)"))
            when.dateChanged.connect(lambda _d, k=f.key: self._edited(k))
            return when
        if f.type is FieldType.NUMBER:
            number = QLineEdit()
            number.setPlaceholderText(self.tr("a number"))
            number.textEdited.connect(lambda _t, k=f.key: self._edited(k))
            return number
        if f.type is FieldType.YES_NO:
            box = QComboBox()
            box.addItem(self.tr("(choose)"), None)
            box.addItem(self.tr("Yes"), True)
            box.addItem(self.tr("No"), False)
            box.currentIndexChanged.connect(lambda _i, k=f.key: self._edited(k))
            return box
        placeholder = (self.tr("Type a name to find the person") if f.type is FieldType.PERSON
                       else self.tr("Type a name to find the CI"))
        picker = SearchPicker(self._people if f.type is FieldType.PERSON else self._cis,
                              self._run, placeholder)
        picker.changed.connect(lambda k=f.key: self._edited(k))
        return picker

    def _set(self, f: FormField, editor: QWidget, value: Any) -> None:
        editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText("" if value is None else str(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0)
                                       if value is not None else 0)
            elif isinstance(editor, QListWidget):
                chosen = set(value or ())
                for row in range(editor.count()):
                    item = editor.item(row)
                    item.setCheckState(CHECKED if item.text() in chosen
                                       else UNCHECKED)
            elif isinstance(editor, QDateEdit):
                if isinstance(value, str):
                    try:
                        value = date.fromisoformat(value)
                    except ValueError:
                        value = None
                editor.setDate(QDate(value.year, value.month, value.day)
                               if isinstance(value, date) else NO_DATE)
        finally:
            editor.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What is typed, shown fields only; empty fields left out."""
        out: dict[str, Any] = {}
        for f in self._form.fields:
            value = self._value(self.editors[f.key])
            if value is not None and value != "" and value != []:
                out[f.key] = value
        return {k: v for k, v in out.items()
                if is_shown(self._form.field(k), out)}  # type: ignore[arg-type]

    def _value(self, editor: QWidget) -> Any:
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QListWidget):
            return [editor.item(r).text() for r in range(editor.count())
                    if editor.item(r).checkState() == CHECKED]
        if isinstance(editor, QDateEdit):
            chosen = editor.date()
            return None if chosen == NO_DATE else chosen.toPython()
        if isinstance(editor, SearchPicker):
            return editor.value()
        return None

    # -- messages ---------------------------------------------------------------------------
    def show_errors(self, fields: Mapping[str, str]) -> list[str]:
        """Put each sentence next to its field; returns the keys not on this form."""
        for key, label in self.errors.items():
            text = fields.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        first = next((k for k in self._form.fields if k.key in fields), None)
        if first is not None:
            self.editors[first.key].setFocus()
        return [k for k in fields if k not in self.errors]

    def error_of(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and label.isVisible() else ""

    def _edited(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.hide()
        self._update_shown()
        self.changed.emit()

    def _update_shown(self) -> None:
        typed: dict[str, Any] = {}
        for f in self._form.fields:
            value = self._value(self.editors[f.key])
            if value is not None and value != "" and value != []:
                typed[f.key] = value
        for f in self._form.fields:
            shown = is_shown(f, typed)
            label, box = self._rows[f.key]
            label.setVisible(shown)
            box.setVisible(shown)
            if not shown:
                typed.pop(f.key, None)
