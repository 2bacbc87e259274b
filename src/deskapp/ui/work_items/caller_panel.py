"""The caller beside a work-item form: who they are (VIP, organisation, department, manager,
e-mail and phone) and their other open and recent items; Enter or a double-click opens one.

Filled from :class:`deskapp.services.item_context.ItemContext` (read with the item, off the UI
thread); an item without a caller shows a line saying so.
"""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from deskapp.ui.labels import status_label

if TYPE_CHECKING:
    from deskapp.services.item_context import CallerContext, CallerItem

ITEM_ROLE = Qt.ItemDataRole.UserRole


class _ItemList(QListWidget):
    """Enter opens the current item as a double-click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class CallerPanel(QWidget):
    """``open_item(id, kind)`` asks the view to open one of the caller's items."""

    open_item = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerPanel")
        self.heading = QLabel()
        self.heading.setObjectName("callerHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_label = QLabel(self.tr("Their other &items:"))
        self.items = _ItemList()
        self.items.setObjectName("callerItems")
        self.items.setUniformItemSizes(True)
        self.items_label.setBuddy(self.items)
        self.items.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        self.caller: CallerContext | None = None
        self.show_caller(None)

    def show_caller(self, caller: CallerContext | None) -> None:
        self.caller = caller
        self.items.clear()
        if caller is None:
            self.heading.setText(self.tr("<b>Caller</b><br>No caller on this item."))
            self.items_label.hide()
            self.items.hide()
            return
        lines = [f"<b>{html.escape(caller.name)}</b>"]
        if caller.vip:
            lines[0] += (" <span style='color:#ffffff; background:#8e24aa; padding:0 4px;'>"
                         f"{html.escape(self.tr('VIP'))}</span>")
        where = " · ".join(x for x in (caller.organisation, caller.department) if x)
        if where:
            lines.append(html.escape(where))
        if caller.manager:
            lines.append(html.escape(self.tr("Manager: {name}").format(name=caller.manager)))
        reach = " · ".join(x for x in (caller.email, caller.phone) if x)
        if reach:
            lines.append(html.escape(reach))
        lines.append(html.escape(self.tr("%n other open item(s)", "", caller.open_total)))
        self.heading.setText("<br>".join(lines))
        for row in caller.open_items:
            self._add(row)
        if caller.recent_items:
            header = QListWidgetItem(self.tr("Recently finished"))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(header)
            for row in caller.recent_items:
                self._add(row)
        empty = not caller.open_items and not caller.recent_items
        self.items_label.setVisible(not empty)
        self.items.setVisible(not empty)

    def _add(self, row: CallerItem) -> None:
        text = self.tr("{number} · {status} · {title}").format(
            number=row.number, status=status_label(row.status, row.kind), title=row.title)
        item = QListWidgetItem(text)
        item.setData(ITEM_ROLE, (row.id, row.kind))
        item.setToolTip(self.tr("Opened {when}; Enter or double-click opens it").format(
            when=row.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        self.items.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        found = item.data(ITEM_ROLE)
        if isinstance(found, tuple) and isinstance(found[0], uuid.UUID):
            self.open_item.emit(found[0], str(found[1]))

    def text(self) -> str:
        """What the heading says, without markup (tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.heading.text())
        return doc.toPlainText()
