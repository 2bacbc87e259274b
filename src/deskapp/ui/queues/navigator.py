"""The list of queues a person can open, with their (cached) counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from deskapp.services.queues import QueueInfo
from deskapp.ui.labels import count_text, tr_label

KeyRole = Qt.ItemDataRole.UserRole + 1
KIND_HEADINGS = {"builtin": "Built-in", "personal": "My queues", "team": "Team queues"}


class QueueNavigator(QListWidget):
    """Built-ins, then personal, then team queues; Enter or a click opens one."""

    queue_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueNavigator")
        self.setAccessibleName(self.tr("Queues"))
        self._infos: dict[str, QueueInfo] = {}
        self._counts: dict[str, int] = {}
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

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
        info = self._infos[key]
        count = self._counts.get(key)
        name = tr_label(info.name) if info.kind == "builtin" else info.name
        if info.team_name:
            name = f"{name} ({info.team_name})"
        item.setText(f"{name}    {count_text(count)}" if count is not None else name)
        item.setToolTip(name)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KeyRole)
        if key:
            self.queue_chosen.emit(key)
