"""Service Transition: the knowledge base.

The article list (number, title, status, owner, review date, service, votes, uses) filters by
text (full-text over number, title, keywords and body) and status, or shows the review queue
(published articles whose review date has come). The editor beside it writes an article, shows
its body rendered (with the article's pictures, read off the UI thread), inserts pictures
(Ctrl+Alt+I) and takes the lifecycle steps. Every read and write goes through ``ctx.runner``;
answers to an older filter are dropped.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.knowledge import DEFAULT_REVIEW_AFTER, Step
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.dto import Changes, Choice
from deskapp.services.knowledge_dto import (
    ArticleDetail,
    ArticleDraft,
    ArticleImage,
    ArticleList,
    ArticleSummary,
    SavedArticle,
    VersionDiff,
    VersionSummary,
)
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.widgets import (
    Column,
    DtoTableModel,
    data_table,
    restore_layout,
    save_layout,
    tr,
)
from deskapp.ui.transition.article_editor import ArticleEditor, VersionsDialog, status_text
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

FILTER_DELAY_MS = 250
DUE = "__due__"
_COLUMN_WIDTHS = (90, 300, 80, 130, 90, 120, 60, 50)


class ArticleTableModel(DtoTableModel[ArticleSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        c = Column[ArticleSummary]
        super().__init__([
            c(tr("Number"), lambda a: a.number),
            c(tr("Title"), lambda a: a.title),
            c(tr("Status"), lambda a: status_text(a.status),
              colour=lambda a: {"retired": "#777777", "in_review": "#8a4b00"}.get(a.status)),
            c(tr("Owner"), lambda a: a.owner),
            c(tr("Review by"), lambda a: a.review_due_on.isoformat() if a.review_due_on
              else "–", colour=lambda a: "#b3261e" if a.review_due else None),
            c(tr("Service"), lambda a: a.service),
            c(tr("Helpful"), lambda a: f"{a.helpful}/{a.helpful + a.not_helpful}",
              lambda a: a.helpful, numeric=True),
            c(tr("Uses"), lambda a: str(a.uses), lambda a: a.uses, numeric=True),
        ], parent)


class KnowledgeView(QWidget):
    """The knowledge page of Service Transition."""

    status_message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self._generation = 0
        self._loaded = False
        self._choices_loaded = False
        self._dialog: VersionsDialog | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Words or an article number (KB-…)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ("draft", "in_review", "published", "retired"):
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.addItem(self.tr("Due for review"), DUE)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #555;")
        self.new_button = QPushButton(self.tr("&New article"), self)
        self.new_button.setToolTip(self.tr("Write a new article (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        guard(self.new_button, ctx.services.may(Action.CREATE, Resource.KNOWLEDGE))
        bar = QHBoxLayout()
        for text, widget in ((self.tr("Fin&d:"), self.filter_edit),
                             (self.tr("Stat&us:"), self.status_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = ArticleTableModel(self)
        self.table = data_table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Knowledge articles"))
        for column, width in enumerate(_COLUMN_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)

        self.editor = ArticleEditor(self)
        guard(self.editor.save_button, ctx.services.may(Action.EDIT, Resource.KNOWLEDGE))
        self.editor.save_requested.connect(self.save)
        self.editor.step_requested.connect(self._step)
        self.editor.vote_requested.connect(self._vote)
        self.editor.history_requested.connect(self._history)
        self.editor.confirm_review_requested.connect(self._confirm_review)
        self.editor.insert_picture_requested.connect(self.insert_picture)
        self.editor.preview.set_image_reader(ctx.runner, ctx.services.knowledge_images.images)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        ctx.bus.changed.connect(self._bus_changed)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loaded = True
        reference = self.ctx.services.reference

        def choices() -> tuple[list[Choice], list[Choice]]:
            return reference.staff(), reference.services()

        self._run.run(choices, self._got_choices, self._error)
        self.reload()

    def _got_choices(self, result: tuple[list[Choice], list[Choice]]) -> None:
        self.editor.set_choices(*result)
        self._choices_loaded = True

    def reload(self) -> None:
        self._filter_timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.filter_edit.text()
        status = self.status_filter.currentData()
        service = self.ctx.services.knowledge
        due = status == DUE

        def work() -> ArticleList:
            return service.articles(text, None if due else status, due_only=due)

        self._run.run(work, lambda page: self._listed(generation, page), self._error)

    def _listed(self, generation: int, page: ArticleList) -> None:
        if generation != self._generation:
            return
        keep = self.editor.article.id if self.editor.article else None
        blocker = self.table.selectionModel().blockSignals(True)
        self.model.set_rows(page.items)
        self.table.selectionModel().blockSignals(blocker)
        shown = len(page.items)
        text = self.tr("%n article(s)", "", shown) + (self.tr(" (more match: narrow the "
                                                              "search)") if page.more else "")
        if page.due:
            text += self.tr(" · %n due for review", "", page.due)
        self.count_label.setText(text)
        if page.hint:
            self.status_message.emit(page.hint)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))
        elif keep is None and shown and self.editor.article is None and not self.editor.dirty():
            self.table.selectRow(0)

    def _row_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        summary = self.model.row_at(rows[0].row())
        if self.editor.article is not None and self.editor.article.id == summary.id:
            return
        if not self._confirm_discard():
            return
        self.open_article(summary.id)

    def open_article(self, article_id: uuid.UUID) -> None:
        service = self.ctx.services.knowledge
        self._run.run(lambda: service.article(article_id), self.editor.set_article, self._error)

    def _bus_changed(self, changes: Changes) -> None:
        if changes.kind == "kb_article" and self._loaded:
            self.reload()

    # -- commands ---------------------------------------------------------------------------
    def new_record(self, draft: ArticleDraft | None = None) -> None:
        if not self._confirm_discard():
            return
        self.table.clearSelection()
        self.editor.start_new(draft)
        self.status_message.emit(self.tr("New article: write it, save it, then send it for "
                                         "review."))

    def save(self) -> None:
        draft = self.editor.draft()
        service = self.ctx.services.knowledge
        article = self.editor.article
        if article is None:
            self._run.run(lambda: service.create(draft), self._saved, self._failed)
        else:
            article_id, version = article.id, article.version
            self._run.run(lambda: service.save(article_id, version, draft), self._saved,
                          self._failed)

    def _saved(self, saved: SavedArticle) -> None:
        self.editor.set_article(saved.article)
        message = self.tr("Saved {number}.").format(number=saved.article.number)
        if saved.removed:
            message += " " + " ".join(saved.removed)
            self.editor.show_problem(" ".join(saved.removed))
        self.status_message.emit(message)
        self.ctx.bus.publish(Changes("kb_article", frozenset({saved.article.id})))

    def _step(self, step_value: str) -> None:
        article = self.editor.article
        if article is None:
            return
        step = Step(step_value)
        if self.editor.dirty():
            QMessageBox.information(self, self.tr("Unsaved changes"), self.tr(
                "Save your changes first (Ctrl+S); the step applies to the saved article."))
            return
        comment = ""
        if step is Step.SEND_BACK:
            comment, ok = QInputDialog.getMultiLineText(
                self, self.tr("Send back"), self.tr("What should the author change?"))
            if not ok:
                return
        if step in (Step.RETIRE, Step.REVISE):
            question = (self.tr("Retire {number}? It stays readable but is never suggested "
                                "again.") if step is Step.RETIRE else
                        self.tr("Revise {number}? It goes back to draft and leaves the "
                                "suggestions until it is reviewed and published again."))
            answer = QMessageBox.question(
                self, self.tr("Knowledge"), question.format(number=article.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        service = self.ctx.services.knowledge
        article_id, version = article.id, article.version
        self._run.run(lambda: service.step(article_id, version, step, comment),
                      self._stepped, self._failed)

    def insert_picture(self) -> None:
        """Ctrl+Alt+I: choose a picture; it is stored with the article (off the UI thread) and
        its reference goes in at the cursor. A new article is saved first."""
        article = self.editor.article
        if article is None:
            self.editor.show_problem(self.tr("Save the new article first (Ctrl+S); pictures are "
                                             "stored with a saved article."))
            return
        path = choose_picture(self)
        if path is None:
            return
        service = self.ctx.services.knowledge_images
        article_id = article.id
        self.status_message.emit(self.tr("Storing {name}…").format(name=path.name))
        self._run.run(lambda: service.add_image(article_id, path), self._picture_added,
                      self._picture_failed)

    def _picture_added(self, image: ArticleImage) -> None:
        current = self.editor.article
        if current is None or current.id != image.article_id:
            self.status_message.emit(self.tr("{name} was stored with another article than the "
                                             "one shown now; insert it again here.").format(
                name=image.file_name))
            return
        self.editor.insert_markdown(image.markdown)
        self.status_message.emit(self.tr("{name} is stored with {number}; save the article to "
                                         "keep it in the text (Ctrl+S).").format(
            name=image.file_name, number=current.number))

    def _picture_failed(self, exc: BaseException) -> None:
        self.editor.show_problem(user_message(exc))
        self.status_message.emit(self.tr("No picture was inserted: {reason}").format(
            reason=user_message(exc)))

    def _stepped(self, article: ArticleDetail) -> None:
        self.editor.set_article(article)
        self.status_message.emit(self.tr("{number} is now {status}.").format(
            number=article.number, status=status_text(article.status).lower()))
        self.ctx.bus.publish(Changes("kb_article", frozenset({article.id})))

    def _vote(self, helpful: bool) -> None:
        article = self.editor.article
        if article is None:
            return
        service = self.ctx.services.knowledge
        article_id = article.id
        self._run.run(lambda: service.vote(article_id, helpful), self._stepped, self._failed)

    def _confirm_review(self) -> None:
        article = self.editor.article
        if article is None:
            return
        proposed = date.today() + DEFAULT_REVIEW_AFTER
        text, ok = QInputDialog.getText(
            self, self.tr("Still valid"), self.tr("Next review date (YYYY-MM-DD):"),
            text=proposed.isoformat())
        if not ok:
            return
        try:
            when = date.fromisoformat(text.strip())
        except ValueError:
            self.status_message.emit(self.tr("Write the date as YYYY-MM-DD, e.g. {example}.")
                                     .format(example=proposed.isoformat()))
            return
        service = self.ctx.services.knowledge
        article_id, version = article.id, article.version
        self._run.run(lambda: service.confirm_review(article_id, version, when),
                      self._stepped, self._failed)

    def _history(self) -> None:
        article = self.editor.article
        if article is None:
            return
        service = self.ctx.services.knowledge
        article_id, number = article.id, article.number
        self._run.run(lambda: service.versions(article_id),
                      lambda versions: self._show_versions(article_id, number, versions),
                      self._error)

    def _show_versions(self, article_id: uuid.UUID, number: str,
                       versions: tuple[VersionSummary, ...]) -> None:
        if not versions:
            self.status_message.emit(self.tr("{number} has not been published yet: it has no "
                                             "versions.").format(number=number))
            return
        dialog = VersionsDialog(number, versions, self)
        self._dialog = dialog
        service = self.ctx.services.knowledge

        def compare(older: int, newer: int) -> None:
            self._run.run(lambda: service.diff(article_id, older, newer),
                          lambda diff: self._show_diff(dialog, diff), self._error)

        def read(number: int) -> None:
            self._run.run(lambda: service.version_text(article_id, number),
                          dialog.show_version, self._error)

        dialog.diff_requested.connect(compare)
        dialog.read_requested.connect(read)
        dialog.reader.set_image_reader(self.ctx.runner,
                                       self.ctx.services.knowledge_images.images)
        dialog.open()

    def _show_diff(self, dialog: VersionsDialog, diff: VersionDiff) -> None:
        dialog.show_diff(diff)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError | ConflictError):
            self.editor.show_problem(user_message(exc))
        self.status_message.emit(self.tr("Nothing was saved: {reason}").format(
            reason=user_message(exc)))

    def _error(self, exc: BaseException) -> None:
        self.status_message.emit(user_message(exc))

    def _confirm_discard(self) -> bool:
        if not self.editor.dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved article"),
            self.tr("Discard your changes to this article?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def can_close(self) -> bool:
        return self._confirm_discard()

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, {"kb": self.splitter}, {"kb": self.table})

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, {"kb": self.splitter}, {"kb": self.table})


def choose_picture(parent: QWidget) -> Path | None:
    """The picture file the person chooses (None: cancelled); tests replace it."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("KnowledgeView", "Insert picture"), str(Path.home()),
        QCoreApplication.translate("KnowledgeView", "Pictures (*.png *.jpg *.jpeg *.gif "
                                   "*.webp);;All files (*)"))
    return Path(name) if name else None
