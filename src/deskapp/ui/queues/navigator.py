"""The list of queues a person can open, with their (cached) counts.

Inside the main window the list sits in the area bar under Service Operation, in a
:class:`QueueSection` that folds away to give the queue grid the whole width.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.labels import count_text, tr_label
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from deskapp.services.queues import QueueInfo

KeyRole = Qt.ItemDataRole.UserRole + 1
KIND_HEADINGS = {"builtin": QT_TRANSLATE_NOOP("QueueNavigator", "Built-in"),
                 "personal": QT_TRANSLATE_NOOP("QueueNavigator", "My queues"),
                 "team": QT_TRANSLATE_NOOP("QueueNavigator", "Team queues")}
#: The entry under the queues that opens My approvals (not a queue: ``approvals_chosen``).
MY_APPROVALS = "approvals:mine"
#: Entries under the queues that open a view of Service Operation (``view_chosen(key)``).
KNOWN_ERRORS = "view:known_errors"
MAJOR_BOARD = "view:major_incidents"


class QueueNavigator(QListWidget):
    """Built-ins, then personal, then team queues; Enter or a click opens one."""

    queue_chosen = Signal(str)
    approvals_chosen = Signal()
    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueNavigator")
        self.setAccessibleName(self.tr("Queues"))
        self._infos: dict[str, QueueInfo] = {}
        self._counts: dict[str, int] = {}
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        # a narrow list: long names end in "…" (the full name is the tooltip), never scroll
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def set_queues(self, infos: list[QueueInfo], current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self._infos = {i.key: i for i in infos}
        kind = None
        for info in infos:
            if info.kind != kind:
                kind = info.kind
                heading = QListWidgetItem(self.tr(KIND_HEADINGS[kind]))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.addItem(heading)
            if info.count is not None:
                self._counts[info.key] = info.count
            item = QListWidgetItem()
            item.setData(KeyRole, info.key)
            self.addItem(item)
            self._label(item)
            if info.key == current:
                self.setCurrentItem(item)
        for title, key in ((self.tr("Approvals"), MY_APPROVALS),
                           (self.tr("Problems"), KNOWN_ERRORS),
                           (self.tr("Major incidents"), MAJOR_BOARD)):
            heading = QListWidgetItem(title)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.addItem(heading)
            item = QListWidgetItem()
            item.setData(KeyRole, key)
            self.addItem(item)
            self._label(item)
        self.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts.update(counts)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KeyRole) in counts:
                self._label(item)

    def info(self, key: str) -> QueueInfo | None:
        return self._infos.get(key)

    def count_of(self, key: str) -> int | None:
        return self._counts.get(key)

    def select_key(self, key: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KeyRole) == key:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def _label(self, item: QListWidgetItem) -> None:
        key = item.data(KeyRole)
        count = self._counts.get(key)
        if key == MY_APPROVALS:
            name = self.tr("My approvals")
            item.setText(f"{name}  {count_text(count)}" if count is not None else name)
            item.setToolTip(self.tr("Approvals waiting for you (Ctrl+Shift+P)"))
            return
        if key in (KNOWN_ERRORS, MAJOR_BOARD):
            name, tip = (self.tr("Known errors"), self.tr(
                "Problems with a known root cause and workaround, searchable "
                "(Ctrl+Shift+K)")) if key == KNOWN_ERRORS else (self.tr(
                    "Major incident board"), self.tr(
                    "Open major incidents: timeline, children, stakeholder updates "
                    "(Ctrl+Alt+J)"))
            item.setText(f"{name}  {count_text(count)}" if count is not None else name)
            item.setToolTip(tip)
            return
        info = self._infos[key]
        name = tr_label(info.name) if info.kind == "builtin" else info.name
        if info.team_name:
            name = f"{name} ({info.team_name})"
        item.setText(f"{name}  {count_text(count)}" if count is not None else name)
        item.setToolTip(name)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KeyRole)
        if key == MY_APPROVALS:
            self.approvals_chosen.emit()
        elif key in (KNOWN_ERRORS, MAJOR_BOARD):
            self.view_chosen.emit(key)
        elif key:
            self.queue_chosen.emit(key)


class QueueSection(QWidget):
    """The queue list under a header button that folds it away (the choice persists)."""

    collapsed_changed = Signal(bool)

    def __init__(self, navigator: QueueNavigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueSection")
        self.navigator = navigator
        self.toggle = QToolButton()
        self.toggle.setObjectName("queueSectionToggle")
        self.toggle.setText(self.tr("Queues"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.setAccessibleName(self.tr("Show or hide the queue list"))
        self.toggle.toggled.connect(lambda shown: self.set_collapsed(not shown))
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(line)
        layout.addWidget(self.toggle)
        layout.addWidget(navigator, 1)
        self._show_arrow()

    def is_collapsed(self) -> bool:
        return not self.navigator.isVisibleTo(self)

    def set_collapsed(self, collapsed: bool) -> None:
        self.navigator.setVisible(not collapsed)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not collapsed)
        self.toggle.blockSignals(False)
        self._show_arrow()
        # folded, the section is one line high and the area bar's filler takes the rest
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Maximum if collapsed
                           else QSizePolicy.Policy.Expanding)
        self.collapsed_changed.emit(collapsed)

    def _show_arrow(self) -> None:
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if self.is_collapsed()
                                 else Qt.ArrowType.DownArrow)
