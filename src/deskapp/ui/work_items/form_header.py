"""The top of every work-item form: what the item is (kind icon and label, number, status,
priority, SLA state) and the form's one-line message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.numbers import is_provisional
from deskapp.ui import theme
from deskapp.ui.labels import sla_state_label, status_label, tr_label
from deskapp.ui.operation.sla_panel import STATE_COLOURS
from deskapp.ui.work_items.icons import kind_icon

ICON_SIZE = 18


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormHeader", text)


class FormHeader(QWidget):
    """Icon, then "<b>INC-000042</b> · Incident · In Progress · P2 - High · SLA OK · note"."""

    def __init__(self, kind_key: str, kind_label: str, parent: QWidget | None = None, *,
                 has_clock: bool = True) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self.has_clock = has_clock  # a kind without SLA metrics (a change) shows no SLA state
        self.kind_label = kind_label
        self.icon = QLabel()
        self.icon.setObjectName("kindIcon")
        self.icon.setPixmap(kind_icon(kind_key).pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setToolTip(tr_label(kind_label))
        self.text = QLabel()
        self.text.setObjectName("formHeader")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.sla = QLabel()
        self.sla.setObjectName("headerSla")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(self.sla)
        layout.addStretch(1)

    def show_new(self, title: str, priority: int | None) -> None:
        parts = [f"<b>{title}</b>"]
        if priority is not None:
            parts.append(tr_label(PRIORITY_LABELS[priority]))
        self.text.setText(" · ".join(parts))
        self.text.setToolTip("")
        self._show_sla(None)

    def show_item(self, dto: Any, priority: int | None, note: str, tip: str) -> None:
        number = self.tr("{number} (provisional: the desk numbers it at the next sync)"
                         ).format(number=dto.number) if is_provisional(dto.number) else dto.number
        parts = [f"<b>{number}</b>", tr_label(self.kind_label),
                 status_label(dto.status, self.kind_key),
                 tr_label(PRIORITY_LABELS[priority if priority is not None else dto.priority])]
        if note:
            parts.append(note)
        self.text.setText(" · ".join(parts))
        self._show_sla(dto.sla_state)
        whole = self.plain_text()  # the line may be cut on a narrow form: whole in the tooltip
        self.text.setToolTip(f"{whole}\n{tip}" if tip else whole)

    def _show_sla(self, state: str | None) -> None:
        """The SLA state in words and colour; hidden when the item has no clock."""
        if not state or not self.has_clock:
            self.sla.hide()
            return
        fg, bg = STATE_COLOURS.get(state, STATE_COLOURS["ok"])
        self.sla.setText(_tr("SLA: {state}").format(state=sla_state_label(state)))
        self.sla.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; "
                               f"border: 1px solid {fg}; border-radius: 3px; padding: 0 4px; }}")
        self.sla.show()

    def plain_text(self) -> str:
        """What the header says, without markup (tests and screen readers)."""
        doc = QTextDocument()
        doc.setHtml(self.text.text())
        sla = " · " + self.sla.text() if self.sla.isVisibleTo(self) else ""
        return doc.toPlainText() + sla


class MessageLine(QLabel):
    """The form's message: one line that is always there (empty when all is well), so a
    message appearing moves nothing; a text too long for it is elided, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setObjectName("formMessage")
        self.setStyleSheet(theme.error_style())
        self.setFixedHeight(self.fontMetrics().height() + 4)
        self.setMinimumWidth(1)
        # its text is elided to the width it is given: its own size hint must not widen the form
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def show_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 40)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()
