"""Knowledge offered beside the incident form while the agent types.

The incident panel calls :meth:`SuggestionsPane.set_query` on every change of title,
description, service or CI; the pane waits ``DEBOUNCE_MS`` after the last one, then asks
``SuggestionService.suggest`` off the UI thread (an older answer arriving after a newer question
is dropped). Choosing a suggestion shows it in the reader below the list; *This solved it*
counts a use of the article and links it to the incident (a new incident is linked when it is
first saved: :meth:`pending_solved`).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.knowledge.markdown_view import MarkdownView
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import Runner, user_message

if TYPE_CHECKING:
    from deskapp.services.container import Services
    from deskapp.services.knowledge_dto import ArticleDetail, Suggestion, Suggestions

DEBOUNCE_MS = 250
IdRole = Qt.ItemDataRole.UserRole + 1


class SuggestionsPane(QWidget):
    #: a known error was chosen to open (its work item id)
    open_item_requested = Signal(object)
    #: suggestions for the latest question are on screen (tests and the benchmark wait on it)
    suggestions_shown = Signal(object)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPane")
        self._run: SafeRunner | None = None
        self._services: Services | None = None
        self._generation = 0
        self._query: tuple[str, str, uuid.UUID | None, uuid.UUID | None] = ("", "", None, None)
        self._asked: tuple[str, str, uuid.UUID | None, uuid.UUID | None] | None = None
        self.item_id: uuid.UUID | None = None
        self.solved: list[uuid.UUID] = []  # articles marked "This solved it" for the item shown
        self.pending: list[uuid.UUID] = []  # marked while the incident was new (not saved yet)
        self.shown: Suggestions | None = None
        self.current: Suggestion | None = None
        self.last_latency_ms: float | None = None  # debounce end -> suggestions on screen

        self.heading = QLabel(self.tr("Knowledge"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self.tr("Articles and known errors appear here as you type the "
                                   "title."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.list = QListWidget(self)
        self.list.setObjectName("suggestions")
        self.list.setAccessibleName(self.tr("Suggested articles"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._chosen)
        self.reader = MarkdownView(self)
        self.reader.setObjectName("suggestionReader")
        self.solved_button = QPushButton(self.tr("This s&olved it"), self)
        self.solved_button.setToolTip(self.tr("Count a use of this article and link it to the "
                                              "incident (Ctrl+Shift+Y)"))
        self.solved_button.setEnabled(False)
        self.solved_button.clicked.connect(self.mark_solved)
        QShortcut(QKeySequence("Ctrl+Shift+Y"), self, self.mark_solved,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("The suggested article solved it: count a use and link it"))
        self.open_button = QPushButton(self.tr("Open &problem"), self)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_item)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solved_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        reader_box = QWidget(self)
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addLayout(buttons)
        split.addWidget(reader_box)
        split.setSizes([160, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)

    def bind(self, services: Services, runner: Runner) -> None:
        self._services = services
        self._run = SafeRunner(self, runner)
        self.reader.set_image_reader(runner, services.knowledge_images.images)

    # -- asking -----------------------------------------------------------------------------
    def set_query(self, title: str, description: str, service_id: uuid.UUID | None,
                  ci_id: uuid.UUID | None) -> None:
        query = (title.strip(), description.strip(), service_id, ci_id)
        if query == self._query:
            return
        self._query = query
        self._timer.start()

    def set_item(self, item_id: uuid.UUID | None) -> None:
        """The incident shown (None: a new one): *This solved it* links to it. A new incident
        just saved keeps what was marked until :meth:`link_pending` links it."""
        if item_id != self.item_id:
            if not (self.item_id is None and item_id is not None):
                self.pending = []
            self.solved = []
        self.item_id = item_id
        self._update_buttons()

    def _ask(self) -> None:
        if self._run is None or self._services is None:
            return
        if self._query == self._asked:
            return
        self._asked = self._query
        self._generation += 1
        generation = self._generation
        title, description, service_id, ci_id = self._query
        suggest = self._services.suggestions.suggest
        started = time.perf_counter()

        def shown(result: Suggestions) -> None:
            if generation != self._generation:
                return  # a newer question is on its way
            self._show(result)
            self.last_latency_ms = (time.perf_counter() - started) * 1000

        self._run.run(lambda: suggest(title, description, service_id, ci_id), shown,
                      self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.hint.setText(user_message(exc))

    def _show(self, result: Suggestions) -> None:
        self.shown = result
        keep = self.current.id if self.current else None
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for s in result.items:
            if s.kind == "known_error":
                text = self.tr("Known error {number}: {title}").format(number=s.number,
                                                                         title=s.title)
            else:
                text = f"{s.number}  {s.title}"
            marks = []
            if s.same_ci:
                marks.append(self.tr("same CI"))
            elif s.same_service:
                marks.append(self.tr("same service"))
            if s.kind == "article":
                marks.append(self.tr("%n helpful", "", s.helpful))
                marks.append(self.tr("used %n times", "", s.uses))
            item = QListWidgetItem(text + "\n" + " · ".join(marks))
            item.setData(IdRole, s.id)
            item.setToolTip(s.excerpt)
            self.list.addItem(item)
        self.list.blockSignals(blocker)
        if not result.words:
            self.hint.setText(self.tr("Articles and known errors appear here as you type the "
                                      "title."))
        elif not result.items:
            self.hint.setText(self.tr("No published article matches yet."))
        else:
            self.hint.setText(self.tr("%n suggestion(s), the best first; choose one to read "
                                      "it.", "", len(result.items)))
        row = next((n for n, s in enumerate(result.items) if s.id == keep), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self.current = None
            self.reader.show_markdown("")
            self._update_buttons()
        self.suggestions_shown.emit(result)

    # -- reading and using ------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None or self.shown is None:
            return
        chosen = next((s for s in self.shown.items if s.id == item.data(IdRole)), None)
        self.current = chosen
        self._update_buttons()
        if chosen is None or self._run is None or self._services is None:
            return
        if chosen.kind == "known_error":
            self.reader.show_markdown(f"## {chosen.title}\n\n{chosen.excerpt}")
            return
        knowledge = self._services.knowledge
        article_id = chosen.id
        self._run.run(lambda: knowledge.article(article_id), self._read, self._failed)

    def _read(self, article: ArticleDetail) -> None:
        if self.current is not None and self.current.id == article.id:
            self.reader.show_markdown(f"# {article.title}\n\n{article.body}", article.id)

    def _update_buttons(self) -> None:
        s = self.current
        self.solved_button.setEnabled(s is not None and s.kind == "article"
                                      and s.id not in self.solved)
        self.open_button.setVisible(s is not None and s.kind == "known_error")

    def mark_solved(self) -> None:
        s = self.current
        if (s is None or s.kind != "article" or self._run is None or self._services is None
                or s.id in self.solved):
            return
        knowledge = self._services.knowledge
        article_id, item_id = s.id, self.item_id
        self.solved.append(article_id)
        if item_id is None:
            self.pending.append(article_id)
        self._update_buttons()

        def done(article: ArticleDetail) -> None:
            note = (self.tr("{number} counted as used and linked to this incident.")
                    if item_id is not None else
                    self.tr("{number} counted as used; it is linked to the incident when you "
                            "save it."))
            self.message.emit(note.format(number=article.number))

        def failed(exc: BaseException) -> None:
            for marks in (self.solved, self.pending):
                if article_id in marks:
                    marks.remove(article_id)
            self._update_buttons()
            self.message.emit(user_message(exc))

        self._run.run(lambda: knowledge.record_use(article_id, item_id), done, failed)

    def link_pending(self, item_id: uuid.UUID, then: Callable[[], None] | None = None) -> None:
        """The new incident was saved as ``item_id``: link the articles marked meanwhile."""
        pending, self.pending = self.pending, []
        self.item_id = item_id
        self.solved = list(dict.fromkeys([*self.solved, *pending]))
        if not pending or self._run is None or self._services is None:
            return
        knowledge = self._services.knowledge

        def work() -> None:
            for article_id in pending:
                knowledge.link(article_id, item_id, "solved")

        def done(_result: object) -> None:
            self.message.emit(self.tr("%n article(s) linked to the incident as its solution.",
                                      "", len(pending)))
            if then is not None:
                then()

        self._run.run(work, done, self._failed)

    def _open_item(self) -> None:
        if self.current is not None and self.current.kind == "known_error":
            self.open_item_requested.emit(self.current.id)
