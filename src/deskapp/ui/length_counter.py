"""A "characters / limit" counter shown beside a text field once it nears its limit.

Fields are never cut (no ``maxLength`` below what the column takes): a pasted text stays whole,
the counter turns red past the limit, and the save refuses it with the same limit in the
message. Beside a field the counter only narrows that field when it appears; it can also keep
its place while hidden (``keep_place``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from deskapp.domain.incident import COUNTER_FROM
from deskapp.ui import theme

NEAR_STYLE = "color: palette(placeholder-text);"


def too_long(what: str, count: int, limit: int) -> str:
    """The sentence for a text over its limit; ``what`` starts it ("The title")."""
    locale = QLocale()
    return QCoreApplication.translate(
        "LengthCounter", "{what} is {count} characters long; the limit is {limit}.").format(
            what=what, count=locale.toString(count), limit=locale.toString(limit))


def with_counter(field: QLineEdit, counter: QLabel) -> QWidget:
    """``field`` and its counter on one row, the field taking the width (for a form row)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(counter)
    return row


class LengthCounter(QLabel):
    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int,
                 parent: QWidget | None = None, *, keep_place: bool = False) -> None:
        super().__init__(parent)
        self._field = field
        self._limit = limit
        self.setObjectName(f"{field.objectName() or 'field'}Counter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_place)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        widest = self._text(limit * 10)
        bold = self.font()
        bold.setBold(True)  # the widest look (past the limit) must fit too
        self.setFixedWidth(QFontMetrics(bold).horizontalAdvance(widest) + 8)
        field.textChanged.connect(self.update_count)
        self.update_count()

    def _text(self, count: int) -> str:
        locale = QLocale()
        return self.tr("{count} / {limit}").format(count=locale.toString(count),
                                                   limit=locale.toString(self._limit))

    def count(self) -> int:
        field = self._field
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        return len(text.strip())  # what the save checks

    def problem(self, what: str) -> str:
        """The sentence when the text is over the limit, else ""."""
        count = self.count()
        return too_long(what, count, self._limit) if count > self._limit else ""

    def update_count(self, *_args: object) -> None:
        count = self.count()
        over = count > self._limit
        self.setText(self._text(count))
        self.setStyleSheet(theme.error_style(" font-weight: 600;") if over else NEAR_STYLE)
        self.setToolTip(self.tr("%Ln character(s) too long; shorten the text.", "",
                                count - self._limit) if over else
                        self.tr("The limit is {limit} characters.").format(
                            limit=QLocale().toString(self._limit)))
        self.setAccessibleName(self.toolTip())
        self.setVisible(count >= self._limit * COUNTER_FROM)
