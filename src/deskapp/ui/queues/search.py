"""Global search (the main window opens it with Ctrl+K): type, arrow down, Enter opens."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.kinds import status_label
from deskapp.services.search import SearchResult
from deskapp.ui.context import UiContext
from deskapp.ui.labels import tr_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

TYPE_DELAY_MS = 150
IdRole = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    """Numbers first, then titles, descriptions and comments. ``incident_activated(uuid)``."""

    incident_activated = Signal(object)
    results_shown = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.resize(640, 420)
        self.input = QLineEdit()
        self.input.setObjectName("searchInput")
        self.input.setPlaceholderText(self.tr("Ticket number, words, or \"a phrase\""))
        self.input.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setUniformItemSizes(True)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.hint)
        layout.addWidget(self.results)
        self._sequence = 0
        self._shown = 0
        self.last: SearchResult | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _t: self._timer.start())
        self.input.returnPressed.connect(self._enter)
        self.input.installEventFilter(self)
        self.results.itemActivated.connect(self._open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Override QObject::eventFilter: Down in the input moves into the results
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        text = self.input.text()
        self._sequence += 1
        sequence = self._sequence
        service = self.ctx.services.search

        def done(result: SearchResult) -> None:
            if sequence == self._sequence:  # an older, slower answer never wins
                self._show(result)

        def failed(exc: BaseException) -> None:
            if sequence == self._sequence:
                self.hint.setText(user_message(exc))

        SafeRunner(self, self.ctx.runner).run(lambda: service.search(text), done, failed)

    def _show(self, result: SearchResult) -> None:
        self.last = result
        self.results.clear()
        for hit in result.hits:
            status = status_label(hit.status, hit.kind)
            where = self.tr(" (in a comment)") if hit.via_comment else ""
            item = QListWidgetItem(
                f"{hit.number}  {hit.title}  —  {tr_label(status)}, "
                f"{tr_label(PRIORITY_LABELS.get(hit.priority, str(hit.priority)))}{where}")
            item.setData(IdRole, hit.id)
            self.results.addItem(item)
        if result.hint:
            self.hint.setText(self.tr(result.hint))
        elif result.more:
            self.hint.setText(self.tr("Showing the first {n} matches{how}; add words to narrow "
                                      "the search.").format(
                n=len(result.hits), how="" if result.ranked else self.tr(", newest first")))
        else:
            self.hint.setText(self.tr("{n} match(es).").format(n=len(result.hits)))
        if self.results.count():
            self.results.setCurrentRow(0)
        self._shown += 1
        self.results_shown.emit()

    def _enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
            return
        item = self.results.currentItem() or (self.results.item(0)
                                              if self.results.count() else None)
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        incident_id = item.data(IdRole)
        if isinstance(incident_id, uuid.UUID):
            self.incident_activated.emit(incident_id)
            self.accept()
