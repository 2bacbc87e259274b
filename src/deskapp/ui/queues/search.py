"""Global search (the main window opens it with Ctrl+K): type, arrow down, Enter opens."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.kinds import ACTIVE, REGISTRY, status_label
from deskapp.services.search import DEFAULT_LIMIT, MAX_LIMIT, SearchResult
from deskapp.ui.labels import tr_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

TYPE_DELAY_MS = 150
IdRole = Qt.ItemDataRole.UserRole + 1
ArticleRole = Qt.ItemDataRole.UserRole + 2


class SearchDialog(QDialog):
    """Numbers first, then titles, descriptions and comments. ``incident_activated(uuid)``."""

    incident_activated = Signal(object)
    #: a knowledge article was chosen (its UUID): the main window shows it in Transition
    article_activated = Signal(object)
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
        # narrowing: open items only, one kind; remembered between sessions
        settings = QSettings()
        self.open_only = QCheckBox(self.tr("&Open items only"))
        self.open_only.setObjectName("searchOpenOnly")
        self.open_only.setChecked(bool(settings.value("search/open_only", False, type=bool)))
        self.kind = QComboBox()
        self.kind.setObjectName("searchKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for key in ACTIVE:
            self.kind.addItem(tr_label(REGISTRY[key].plural), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.value("search/kind", ""))))
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        self.more = QPushButton(self.tr("&More results"))
        self.more.setObjectName("searchMore")
        self.more.setVisible(False)
        self.more.setAutoDefault(False)
        filters = QHBoxLayout()
        filters.addWidget(self.open_only)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        filters.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addLayout(filters)
        layout.addWidget(self.hint)
        layout.addWidget(self.results)
        self._sequence = 0
        self._shown = 0
        self._limit = DEFAULT_LIMIT
        self.last: SearchResult | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _t: self._restart())
        self.open_only.toggled.connect(lambda _on: self._narrowed())
        self.kind.currentIndexChanged.connect(lambda _i: self._narrowed())
        self.more.clicked.connect(self.show_more)
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

    def _restart(self) -> None:
        self._limit = DEFAULT_LIMIT  # new words start again from the first page
        self._timer.start()

    def _narrowed(self) -> None:
        settings = QSettings()
        settings.setValue("search/open_only", self.open_only.isChecked())
        settings.setValue("search/kind", self.kind.currentData())
        self._limit = DEFAULT_LIMIT
        if self.input.text().strip():
            self.run_search()

    def show_more(self) -> None:
        """The next page of matches (the list keeps its place: the first rows stay the same)."""
        self._limit = min(self._limit + DEFAULT_LIMIT, MAX_LIMIT)
        self.run_search()

    def run_search(self) -> None:
        text = self.input.text()
        self._sequence += 1
        sequence = self._sequence
        service = self.ctx.services.search
        limit, open_only = self._limit, self.open_only.isChecked()
        kinds = (self.kind.currentData(),) if self.kind.currentData() else ()

        def done(result: SearchResult) -> None:
            if sequence == self._sequence:  # an older, slower answer never wins
                self._show(result)

        def failed(exc: BaseException) -> None:
            if sequence == self._sequence:
                self.hint.setText(user_message(exc))

        SafeRunner(self, self.ctx.runner).run(
            lambda: service.search(text, limit, open_only=open_only, kinds=kinds), done, failed)

    def _show(self, result: SearchResult) -> None:
        self.last = result
        row = self.results.currentRow()
        self.results.clear()
        for hit in result.hits:
            status = status_label(hit.status, hit.kind)
            where = self.tr(" (in a comment)") if hit.via_comment else ""
            item = QListWidgetItem(
                f"{hit.number}  {hit.title}  —  {tr_label(status)}, "
                f"{tr_label(PRIORITY_LABELS.get(hit.priority, str(hit.priority)))}{where}")
            item.setData(IdRole, hit.id)
            self.results.addItem(item)
        for article in result.articles:
            item = QListWidgetItem(self.tr("{number}  {title}  —  knowledge article").format(
                number=article.number, title=article.title))
            item.setData(ArticleRole, article.id)
            self.results.addItem(item)
        if result.hint:
            self.hint.setText(self.tr(result.hint))
        elif result.more and len(result.hits) >= MAX_LIMIT:
            self.hint.setText(self.tr(
                "Showing the first %Ln match(es); add words, or filter a queue (Ctrl+F) to see "
                "them all.", "", len(result.hits)))
        elif result.more:
            how = self.tr("best first") if result.ranked else self.tr("newest first")
            self.hint.setText(self.tr("Showing the first %Ln match(es), {how}; add words to "
                                      "narrow the search or press Alt+M for more.", "",
                                      len(result.hits)).format(how=how))
        else:
            self.hint.setText(self.tr("%Ln match(es).", "", len(result.hits)))
        self.more.setVisible(result.more and len(result.hits) < MAX_LIMIT)
        if self.results.count():
            # after "More results" the person stays where they were
            self.results.setCurrentRow(min(max(row, 0), self.results.count() - 1))
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
        article_id = item.data(ArticleRole)
        if isinstance(article_id, uuid.UUID):
            self.article_activated.emit(article_id)
            self.accept()
            return
        incident_id = item.data(IdRole)
        if isinstance(incident_id, uuid.UUID):
            self.incident_activated.emit(incident_id)
            self.accept()
