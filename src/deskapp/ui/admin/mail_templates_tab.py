"""Tools > Mail… > Templates: the subject and text the desk writes for each message and
language, with the placeholders listed, a live preview on a real item (the latest one, or the
number typed), a template naming an unknown placeholder or a stray brace refused with a
sentence, and "Reset to built-in text". Administrators only; saving and resetting are audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.mail.templates import LANGUAGES, MailEvent
from deskapp.domain.permissions import Action, Resource
from deskapp.ui.permissions import guard_all
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.mail_admin import TemplatePreview, TemplateView
    from deskapp.ui.context import UiContext

SPLIT_KEY = "mail/templates_split"
PREVIEW_DELAY_MS = 400


class MailTemplatesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.shown: TemplateView | None = None
        self.event_box = QComboBox(self)
        self.event_box.setObjectName("templateEvent")
        for event, label in self._event_labels():
            self.event_box.addItem(label, event.value)
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguage")
        for code, label in zip(LANGUAGES, (self.tr("English"), self.tr("German")), strict=True):
            self.language.addItem(label, code)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.placeholders = QLabel(self)
        self.placeholders.setObjectName("templatePlaceholders")
        self.placeholders.setWordWrap(True)
        self.state = QLabel(self)
        self.number = QLineEdit(self)
        self.number.setObjectName("previewNumber")
        self.number.setPlaceholderText(self.tr("(the latest item)"))
        self.preview_subject = QLabel(self)
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.reset_button = QPushButton(self.tr("Reset to b&uilt-in text…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        for text, widget in ((self.tr("Messa&ge:"), self.event_box),
                             (self.tr("La&nguage:"), self.language),
                             (self.tr("Sub&ject:"), self.subject),
                             (self.tr("Te&xt:"), self.body)):
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        form.addRow("", self.placeholders)
        form.addRow("", self.state)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        on_row = QHBoxLayout()
        on_label = QLabel(self.tr("Previe&w on:"), self)
        on_label.setBuddy(self.number)
        on_row.addWidget(on_label)
        on_row.addWidget(self.number, 1)
        right_layout.addLayout(on_row)
        right_layout.addWidget(self.preview_subject)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        state = QSettings().value(SPLIT_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda _p, _i: QSettings().setValue(SPLIT_KEY, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.event_box.currentIndexChanged.connect(lambda _i: self.load())
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.subject.textEdited.connect(lambda _t: self._timer.start())
        self.body.textChanged.connect(self._timer.start)
        self.number.textEdited.connect(lambda _t: self._timer.start())
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.may = ctx.services.may(Action.EDIT, Resource.SETTING)
        guard_all([self.save_button, self.reset_button, self.subject, self.body, self.number],
                  self.may)
        if not self.may:
            self.message.setText(self.may.reason)

    def _event_labels(self) -> list[tuple[MailEvent, str]]:
        return [(MailEvent.LOGGED, self.tr("Caller: call logged")),
                (MailEvent.COMMENT, self.tr("Caller: a comment they see")),
                (MailEvent.NEEDS_INFO, self.tr("Caller: we need something")),
                (MailEvent.RESOLVED, self.tr("Caller: resolved, with the rating")),
                (MailEvent.ASSIGNED, self.tr("Staff: assigned to you")),
                (MailEvent.SLA_WARNING, self.tr("Staff: SLA at risk")),
                (MailEvent.SLA_BREACH, self.tr("Staff: SLA breached")),
                (MailEvent.MAJOR_UPDATE, self.tr("Stakeholders: major-incident update"))]

    def _which(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.event_box.currentData())

    def load(self) -> None:
        language, event = self._which()
        service = self.ctx.services.mail
        self._run.run(lambda: service.template(language, event), self.show_template,
                      lambda exc: self.message.setText(user_message(exc)))

    def show_template(self, view: TemplateView) -> None:
        if (view.language, view.event) != self._which():
            return  # the choice moved on meanwhile
        self.shown = view
        self.subject.setText(view.subject)
        self.body.setPlainText(view.body)
        self.placeholders.setText(self.tr("Placeholders: {names}").format(
            names=", ".join(f"{{{p}}}" for p in view.placeholders)))
        self.state.setText(self.tr("The desk's own text.") if view.custom
                           else self.tr("The built-in text."))
        self.reset_button.setEnabled(bool(self.may) and view.custom)
        self._timer.stop()
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if not self.may:
            return
        language, event = self._which()
        subject, body, number = self.subject.text(), self.body.toPlainText(), self.number.text()
        service = self.ctx.services.mail

        def shown(preview: TemplatePreview) -> None:
            self.preview_subject.setText(preview.subject)
            self.preview.setPlainText(preview.body)
            self.message.setText(self.tr("Preview on {number}.").format(number=preview.number))

        def refused(exc: BaseException) -> None:
            self.preview_subject.clear()
            self.preview.clear()
            self.message.setText(user_message(exc))

        self._run.run(lambda: service.preview_template(language, event, subject, body,
                                                       number), shown, refused)

    def save(self) -> None:
        language, event = self._which()
        subject, body = self.subject.text(), self.body.toPlainText()
        service = self.ctx.services.mail

        def saved(_t: object) -> None:
            self.message.setText(self.tr("Saved; the desk writes this text from now on."))
            self.state.setText(self.tr("The desk's own text."))
            self.reset_button.setEnabled(True)

        self._run.run(lambda: service.save_template(language, event, subject, body), saved,
                      lambda exc: self.message.setText(user_message(exc)))

    def reset(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset to built-in text"),
                          self.tr("Replace the desk's own text of this message with the "
                                  "built-in one? The desk's text is lost (the audit trail "
                                  "keeps it)."), parent=self)
        box.setObjectName("resetTemplateBox")
        yes = box.addButton(self.tr("&Reset"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not yes:
            return
        language, event = self._which()
        service = self.ctx.services.mail

        def done(view: TemplateView) -> None:
            self.show_template(view)
            self.message.setText(self.tr("Back to the built-in text."))

        self._run.run(lambda: service.reset_template(language, event), done,
                      lambda exc: self.message.setText(user_message(exc)))
