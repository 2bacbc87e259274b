"""Pieces shared by the Design editors: the editor base, inline error labels and the banner."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui import theme


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label under a field; hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(theme.error_style())
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def clear_on_edit(field: QWidget, *labels: QLabel) -> None:
    """Hide ``labels`` (the field's inline messages) as soon as the field changes: a message
    that stays after the person corrected the value reads as if the fix did not work."""

    def clear(*_args: object) -> None:
        for label in labels:
            if label.text():
                show_error(label, None)

    if isinstance(field, QLineEdit):
        field.textEdited.connect(clear)
    elif isinstance(field, QPlainTextEdit):
        field.textChanged.connect(clear)
    elif isinstance(field, QComboBox):
        field.currentIndexChanged.connect(clear)
        if field.isEditable():
            field.editTextChanged.connect(clear)
    elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
        field.valueChanged.connect(clear)
    elif isinstance(field, QDateTimeEdit):
        field.dateTimeChanged.connect(clear)
    elif isinstance(field, QAbstractButton):
        field.toggled.connect(clear)
    else:
        raise TypeError(f"no edit signal known for {type(field).__name__}")


class Banner(QFrame):
    """The editor's one-line summary: what went wrong and, on a conflict, a way to reload."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorBanner")
        background, border = theme.ERROR_BANNER[theme.is_dark()]
        self.setStyleSheet(f"#editorBanner {{ background: {background}; border: 1px solid "
                           f"{border}; border-radius: 3px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(theme.error_style())
        self.reload_button = QPushButton(self.tr("&Reload their version"), self)
        self.reload_button.clicked.connect(self.reload_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.hide()

    def show_message(self, message: str, *, conflict: bool = False) -> None:
        self.label.setText(message)
        self.reload_button.setVisible(conflict)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def stacked(field: QWidget, error: QLabel, beside: QWidget | None = None) -> QWidget:
    """A field with its message under it (and ``beside`` it, say a length counter)."""
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(2)
    if beside is None:
        v.addWidget(field)
    else:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(beside)
        v.addLayout(row)
    v.addWidget(error)
    return box


class RecordEditor(QWidget):
    """What every Design editor has: the record's id and version, a dirty flag, a title and
    the banner. ``changed`` fires on every edit the person makes (not while loading)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: uuid.UUID | None = None
        self._version: int | None = None
        self._loading = False
        self.dirty = False
        self.banner = Banner(self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")

    @property
    def record_id(self) -> uuid.UUID | None:
        return self._id

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()
