"""The article editor beside the knowledge list: fields, the Markdown body with a rendered
preview (the article's pictures drawn from the database), Insert picture (Ctrl+Alt+I), the
lifecycle buttons, votes, links, and the versions dialog with a diff."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.knowledge import DEFAULT_REVIEW_AFTER, Step
from deskapp.services.knowledge_dto import (
    ArticleDetail,
    ArticleDraft,
    VersionDiff,
    VersionSummary,
    VersionText,
)
from deskapp.ui.knowledge.markdown_view import MarkdownView

if TYPE_CHECKING:
    from deskapp.services.dto import Choice


def status_text(status: str) -> str:
    labels = {"draft": QCoreApplication.translate("Knowledge", "Draft"),
              "in_review": QCoreApplication.translate("Knowledge", "In review"),
              "published": QCoreApplication.translate("Knowledge", "Published"),
              "retired": QCoreApplication.translate("Knowledge", "Retired")}
    return labels.get(status, status)


class ArticleEditor(QWidget):
    """Edits one article. Buttons emit signals; the view runs the services."""

    save_requested = Signal()
    step_requested = Signal(str)  # a Step value
    vote_requested = Signal(bool)
    history_requested = Signal()
    confirm_review_requested = Signal()
    insert_picture_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: ArticleDetail | None = None
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #555;")
        self.review_note = QLabel(self)
        self.review_note.setWordWrap(True)
        self.review_note.setStyleSheet("color: #8a4b00;")

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.keywords_edit = QLineEdit(self)
        self.keywords_edit.setMaxLength(300)
        self.keywords_edit.setPlaceholderText(self.tr("Words people search for"))
        self.owner_combo = QComboBox(self)
        self.service_combo = QComboBox(self)
        self.review_check = QCheckBox(self.tr("Review &by"), self)
        self.review_date = QDateEdit(self)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("yyyy-MM-dd")
        self.review_date.setEnabled(False)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_date, 1)
        self.ci_label = QLabel(self)
        form = QFormLayout()
        for text, widget in ((self.tr("&Title:"), self.title_edit),
                             (self.tr("Ke&ywords:"), self.keywords_edit),
                             (self.tr("&Owner:"), self.owner_combo),
                             (self.tr("Se&rvice:"), self.service_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Review:"), review_row)
        form.addRow(self.tr("CI:"), self.ci_label)

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(self.tr(
            "Markdown: ## Symptoms, ## Cause, ## Resolution. Insert picture (Ctrl+Alt+I) "
            "stores a PNG, JPEG, GIF or WebP file with the article and shows it here."))
        self.preview = MarkdownView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.preview, self.tr("R&ead"))
        self.tabs.addTab(self.body_edit, self.tr("&Write"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.picture_button = QPushButton(self.tr("Insert pi&cture…"), self)
        self.picture_button.setToolTip(self.tr("Store a PNG, JPEG, GIF or WebP file with the "
                                               "article and show it where the cursor is "
                                               "(Ctrl+Alt+I)"))
        self.picture_button.clicked.connect(self._ask_picture)
        QShortcut(QKeySequence("Ctrl+Alt+I"), self, self._ask_picture,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Insert a picture into the article"))
        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        steps.addWidget(self.save_button)
        steps.addWidget(self.picture_button)
        for step, text in ((Step.SUBMIT, self.tr("Send for rev&iew")),
                           (Step.PUBLISH, self.tr("&Publish")),
                           (Step.SEND_BACK, self.tr("Send b&ack")),
                           (Step.REVISE, self.tr("Revise te&xt")),
                           (Step.RETIRE, self.tr("Retire artic&le")),
                           (Step.REOPEN, self.tr("Reopen as draft"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=str(step): self.step_requested.emit(s))
            steps.addWidget(button)
            self.step_buttons[str(step)] = button
        steps.addStretch(1)
        self.confirm_button = QPushButton(self.tr("Still valid…"), self)
        self.confirm_button.setToolTip(self.tr("The article was checked: set its next review "
                                               "date"))
        self.confirm_button.clicked.connect(self.confirm_review_requested)
        self.helpful_button = QPushButton(self.tr("Helpful"), self)
        self.helpful_button.setCheckable(True)
        self.unhelpful_button = QPushButton(self.tr("Not helpful"), self)
        self.unhelpful_button.setCheckable(True)
        self.helpful_button.clicked.connect(lambda: self.vote_requested.emit(True))
        self.unhelpful_button.clicked.connect(lambda: self.vote_requested.emit(False))
        self.history_button = QPushButton(self.tr("Versions…"), self)
        self.history_button.setToolTip(self.tr("Versions and their differences (Ctrl+Shift+H)"))
        self.history_button.clicked.connect(self.history_requested)
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.history_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Versions of the article and their differences"))
        extra = QHBoxLayout()
        for button in (self.helpful_button, self.unhelpful_button, self.confirm_button):
            extra.addWidget(button)
        extra.addStretch(1)
        extra.addWidget(self.history_button)
        self.links_label = QLabel(self)
        self.links_label.setWordWrap(True)
        self.links_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.meta)
        layout.addWidget(self.review_note)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.links_label)
        layout.addLayout(steps)
        layout.addLayout(extra)
        self.set_article(None)

    # -- choices and records ----------------------------------------------------------------
    def set_choices(self, staff: list[Choice], services: list[Choice]) -> None:
        for combo, choices, none in ((self.owner_combo, staff, self.tr("(no owner)")),
                                     (self.service_combo, services, self.tr("(any service)"))):
            keep = combo.currentData()
            combo.clear()
            combo.addItem(none, None)
            for choice in choices:
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0))

    def _select(self, combo: QComboBox, value: uuid.UUID | None, label: str) -> None:
        found = combo.findData(value)
        if found < 0 and value is not None:
            combo.addItem(label, value)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))

    def start_new(self, draft: ArticleDraft | None = None) -> None:
        """A blank (or prefilled) article that is not saved yet."""
        self.article = None
        self.header.setText(self.tr("New article"))
        self.meta.setText(self.tr("Draft: send it for review when it is ready; a colleague "
                                  "publishes it."))
        self.review_note.hide()
        self.title_edit.setText(draft.title if draft else "")
        self.keywords_edit.setText(draft.keywords if draft else "")
        self.body_edit.setPlainText(draft.body if draft else "")
        self._select(self.owner_combo, draft.owner_id if draft else None, "")
        self._select(self.service_combo, draft.service_id if draft else None, "")
        self._set_review(draft.review_due_on if draft else None)
        self.source_item_id = draft.source_item_id if draft else None
        self.ci_id = draft.ci_id if draft else None
        self.ci_label.setText("–")
        self._enable(editable=True, steps=(), published=False)
        self.tabs.setCurrentWidget(self.body_edit)
        self.title_edit.setFocus()

    def set_article(self, article: ArticleDetail | None) -> None:
        self.article = article
        self.source_item_id = None
        self.ci_id = article.ci_id if article else None
        if article is None:
            self.header.setText(self.tr("No article chosen"))
            self.meta.setText(self.tr("Choose an article in the list, or press Ctrl+N to "
                                      "write one."))
            self.review_note.hide()
            for edit in (self.title_edit, self.keywords_edit):
                edit.clear()
            self.body_edit.clear()
            self.preview.show_markdown("")
            self.links_label.clear()
            self.ci_label.setText("–")
            self._enable(editable=False, steps=(), published=False)
            return
        self.header.setText(f"{article.number}  {article.title}")
        meta = self.tr("{status} · written by {author}").format(
            status=status_text(article.status), author=article.author)
        if article.published_version:
            meta += self.tr(" · version {n}, published by {reviewer}").format(
                n=article.published_version, reviewer=article.reviewer or "–")
        meta += self.tr(" · {helpful} helpful, {unhelpful} not, used {uses} times").format(
            helpful=article.helpful, unhelpful=article.not_helpful, uses=article.uses)
        self.meta.setText(meta)
        self.review_note.setVisible(bool(article.review_comment))
        self.review_note.setText(self.tr("Sent back: {reason}").format(
            reason=article.review_comment))
        self.title_edit.setText(article.title)
        self.keywords_edit.setText(article.keywords)
        self.body_edit.setPlainText(article.body)
        self.preview.show_markdown(article.body, article.id)
        self._select(self.owner_combo, article.owner_id, article.owner)
        self._select(self.service_combo, article.service_id, article.service)
        self._set_review(article.review_due_on)
        self.ci_label.setText(article.ci or "–")
        self.links_label.setText(self.tr("Linked: {items}").format(items=", ".join(
            f"{link.number} ({link.relation})" for link in article.links))
            if article.links else "")
        self.helpful_button.setChecked(article.my_vote is True)
        self.unhelpful_button.setChecked(article.my_vote is False)
        editable = article.status in ("draft", "in_review", "published")
        self._enable(editable=editable, steps=article.steps,
                     published=article.status == "published",
                     text_editable=article.status in ("draft", "in_review"))
        self.tabs.setCurrentWidget(self.preview)

    def show_problem(self, text: str) -> None:
        """A sentence under the header: what was refused or cleaned, and what to do."""
        self.review_note.setText(text)
        self.review_note.setVisible(bool(text))

    def _set_review(self, value: date | None) -> None:
        self.review_check.setChecked(value is not None)
        shown = value or (date.today() + DEFAULT_REVIEW_AFTER)
        self.review_date.setDate(QDate(shown.year, shown.month, shown.day))

    def _enable(self, *, editable: bool, steps: tuple[str, ...], published: bool,
                text_editable: bool | None = None) -> None:
        text_ok = editable if text_editable is None else text_editable
        self.title_edit.setReadOnly(not text_ok)
        self.body_edit.setReadOnly(not text_ok)
        self.picture_button.setEnabled(text_ok)
        for widget in (self.keywords_edit, self.owner_combo, self.service_combo,
                       self.review_check, self.save_button):
            widget.setEnabled(editable)
        self.review_date.setEnabled(editable and self.review_check.isChecked())
        for step, button in self.step_buttons.items():
            button.setVisible(step in steps)
        for widget in (self.helpful_button, self.unhelpful_button, self.confirm_button):
            widget.setVisible(published)
        self.history_button.setEnabled(self.article is not None)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.preview.show_markdown(self.body_edit.toPlainText(),
                                       self.article.id if self.article else None)

    def _ask_picture(self) -> None:
        if self.picture_button.isEnabled():
            self.insert_picture_requested.emit()

    def insert_markdown(self, markdown: str) -> None:
        """Put ``markdown`` (a picture's reference) at the cursor of the text, on a line of its
        own, and go on writing after it."""
        self.tabs.setCurrentWidget(self.body_edit)
        cursor = self.body_edit.textCursor()
        before = "" if cursor.atBlockStart() else "\n"
        after = "" if cursor.atBlockEnd() and not cursor.atEnd() else "\n"
        cursor.insertText(f"{before}{markdown}{after}")
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def draft(self) -> ArticleDraft:
        review = self.review_date.date().toPython() if self.review_check.isChecked() else None
        return ArticleDraft(
            title=self.title_edit.text(), body=self.body_edit.toPlainText(),
            keywords=self.keywords_edit.text(), owner_id=self.owner_combo.currentData(),
            review_due_on=review if isinstance(review, date) else None,
            service_id=self.service_combo.currentData(), ci_id=self.ci_id,
            source_item_id=self.source_item_id)

    def dirty(self) -> bool:
        if self.article is None:
            return bool(self.title_edit.text().strip() or self.body_edit.toPlainText().strip())
        d = self.draft()
        a = self.article
        return (d.title != a.title or d.body != a.body or d.keywords != a.keywords
                or d.owner_id != a.owner_id or d.review_due_on != a.review_due_on
                or d.service_id != a.service_id)


class VersionsDialog(QDialog):
    """The publications of an article; choosing two shows what changed between them, choosing
    one shows it as it was read (with its pictures)."""

    diff_requested = Signal(int, int)
    read_requested = Signal(int)

    def __init__(self, number: str, versions: tuple[VersionSummary, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of {number}").format(number=number))
        self.resize(820, 560)
        self.versions = QListWidget(self)
        self.versions.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        for v in versions:
            item = QListWidgetItem(self.tr("Version {n} · {when} · {title} (by {author}, "
                                           "published by {reviewer})").format(
                n=v.number, when=v.published_at.strftime("%Y-%m-%d %H:%M"), title=v.title,
                author=v.author, reviewer=v.published_by))
            item.setData(Qt.ItemDataRole.UserRole, v.number)
            self.versions.addItem(item)
        self.compare_button = QPushButton(self.tr("&Compare the two chosen"), self)
        self.compare_button.clicked.connect(self._compare)
        self.read_button = QPushButton(self.tr("&Show the chosen version"), self)
        self.read_button.clicked.connect(self._read)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setReadOnly(True)
        self.reader = MarkdownView(self)
        self.reader.hide()
        self.summary = QLabel(self.tr("Choose two versions and press Compare."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.versions, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.compare_button)
        choose.addWidget(self.read_button)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.diff_view, 2)
        layout.addWidget(self.reader, 2)
        layout.addWidget(buttons)
        if self.versions.count() >= 2:
            self.versions.item(0).setSelected(True)
            self.versions.item(1).setSelected(True)

    def _compare(self) -> None:
        chosen = sorted(int(i.data(Qt.ItemDataRole.UserRole))
                        for i in self.versions.selectedItems())
        if len(chosen) != 2:
            self.summary.setText(self.tr("Choose exactly two versions to compare."))
            return
        self.diff_requested.emit(chosen[0], chosen[1])

    def _read(self) -> None:
        chosen = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.versions.selectedItems()]
        if len(chosen) != 1:
            self.summary.setText(self.tr("Choose exactly one version to show."))
            return
        self.read_requested.emit(chosen[0])

    def show_version(self, version: VersionText) -> None:
        """The version as it was read, its pictures included."""
        self.summary.setText(self.tr("Version {n} as published on {when}.").format(
            n=version.number, when=version.published_at.strftime("%Y-%m-%d %H:%M")))
        self.diff_view.hide()
        self.reader.show()
        self.reader.show_markdown(f"# {version.title}\n\n{version.body}", version.article_id)

    def show_diff(self, diff: VersionDiff) -> None:
        self.reader.hide()
        self.diff_view.show()
        self.summary.setText(self.tr("Version {a} → {b}: {added} lines added, {removed} "
                                     "removed.").format(a=diff.older, b=diff.newer,
                                                        added=diff.added, removed=diff.removed))
        self.diff_view.clear()
        cursor = self.diff_view.textCursor()
        colours = {"+": "#1b6e20", "-": "#b3261e", "@": "#555555"}
        for line in diff.lines:
            fmt = QTextCharFormat()
            if line.sign in colours:
                fmt.setForeground(QColor(colours[line.sign]))
            prefix = "" if line.sign == "@" else f"{line.sign} "
            cursor.insertText(prefix + line.text + "\n", fmt)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.diff_view.setTextCursor(cursor)
