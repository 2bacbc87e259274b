"""Tools > Mail… (Ctrl+Shift+E): the desk's mail settings, the outbox (what failed and why,
send again, cancel), the review list (messages naming an item from someone who is not its
caller) and the message templates. Administrators change settings and the outbox; others
read with the controls off and the reason as tooltip. Every call to the services runs off the
UI thread."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.mail.settings import MailSettings
from deskapp.domain.mail.templates import LANGUAGES
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ValidationError
from deskapp.ui.admin.mail_templates_tab import MailTemplatesTab
from deskapp.ui.admin.scaffold import TabbedWindow, fill_table, plain_table
from deskapp.ui.permissions import guard_all
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.mail_admin import MailStatus, OutboxRow, ReviewRow
    from deskapp.ui.context import UiContext

SETTINGS_KEY = "mail/geometry"


class SettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.loaded = MailSettings()
        self.send_enabled = QCheckBox(self.tr("Send &mail to callers and staff"), self)
        self.smtp_host = QLineEdit(self)
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox(self)
        self.smtp_security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.smtp_security.addItem(self.tr("TLS (port 465)"), "tls")
        self.smtp_username = QLineEdit(self)
        self.smtp_password = QLineEdit(self)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(self)
        self.from_name = QLineEdit(self)
        self.language = QComboBox(self)
        for code, label in zip(LANGUAGES, (self.tr("English"), self.tr("German")), strict=True):
            self.language.addItem(label, code)
        self.receive_enabled = QCheckBox(self.tr("&Read the desk's mailbox"), self)
        self.imap_host = QLineEdit(self)
        self.imap_port = QSpinBox(self)
        self.imap_port.setRange(1, 65535)
        self.imap_username = QLineEdit(self)
        self.imap_auth = QComboBox(self)
        self.imap_auth.addItem(self.tr("Password"), "password")
        self.imap_auth.addItem(self.tr("OAuth 2 token (XOAUTH2)"), "xoauth2")
        self.imap_secret = QLineEdit(self)
        self.imap_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.imap_folder = QLineEdit(self)
        self.reopen_days = QSpinBox(self)
        self.reopen_days.setRange(0, 90)
        self.reopen_days.setSuffix(self.tr(" days"))
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("(the computer's trusted authorities)"))
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.round_button = QPushButton(self.tr("Send and receive &now"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        out = QGroupBox(self.tr("Outgoing (SMTP)"), self)
        form = QFormLayout(out)
        form.addRow(self.send_enabled)
        for text, widget in ((self.tr("&Host:"), self.smtp_host),
                             (self.tr("P&ort:"), self.smtp_port),
                             (self.tr("Securit&y:"), self.smtp_security),
                             (self.tr("&User name:"), self.smtp_username),
                             (self.tr("Pass&word:"), self.smtp_password),
                             (self.tr("Desk &address:"), self.from_address),
                             (self.tr("Sender na&me:"), self.from_name),
                             (self.tr("&Language:"), self.language)):
            form.addRow(text, widget)
        incoming = QGroupBox(self.tr("Incoming (IMAP over TLS)"), self)
        form2 = QFormLayout(incoming)
        form2.addRow(self.receive_enabled)
        for text, widget in ((self.tr("H&ost:"), self.imap_host),
                             (self.tr("Por&t:"), self.imap_port),
                             (self.tr("User na&me:"), self.imap_username),
                             (self.tr("Sign &in with:"), self.imap_auth),
                             (self.tr("Password or to&ken:"), self.imap_secret),
                             (self.tr("&Folder:"), self.imap_folder),
                             (self.tr("A reply &reopens within:"), self.reopen_days),
                             (self.tr("Company &CA file:"), self.ca_file)):
            form2.addRow(text, widget)
        columns = QHBoxLayout()
        columns.addWidget(out)
        columns.addWidget(incoming)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.round_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("Passwords and tokens are kept in this computer's "
                                         "keyring, never in the database or a file. Leave "
                                         "them empty to keep the stored ones."), self))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.round_button.clicked.connect(self.send_and_receive)
        may = ctx.services.may(Action.EDIT, Resource.SETTING)
        guard_all([self.save_button, self.round_button], may)
        if not may:
            self.message.setText(may.reason)

    def show_status(self, status: MailStatus) -> None:
        s = self.loaded = status.settings
        self.send_enabled.setChecked(s.send_enabled)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_port.setValue(s.smtp_port)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(s.smtp_security)))
        self.smtp_username.setText(s.smtp_username)
        self.from_address.setText(s.from_address)
        self.from_name.setText(s.from_name)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.receive_enabled.setChecked(s.receive_enabled)
        self.imap_host.setText(s.imap_host)
        self.imap_port.setValue(s.imap_port)
        self.imap_username.setText(s.imap_username)
        self.imap_auth.setCurrentIndex(max(0, self.imap_auth.findData(s.imap_auth)))
        self.imap_folder.setText(s.imap_folder)
        self.reopen_days.setValue(s.reopen_days)
        self.ca_file.setText(s.ca_file)
        stored, missing = self.tr("(stored in the keyring)"), self.tr("(none stored)")
        self.smtp_password.setPlaceholderText(stored if status.smtp_secret_stored else missing)
        self.imap_secret.setPlaceholderText(stored if status.imap_secret_stored else missing)

    def settings(self) -> MailSettings:
        return replace(
            self.loaded, send_enabled=self.send_enabled.isChecked(),
            smtp_host=self.smtp_host.text(), smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_username=self.smtp_username.text(), from_address=self.from_address.text(),
            from_name=self.from_name.text(), language=str(self.language.currentData()),
            receive_enabled=self.receive_enabled.isChecked(), imap_host=self.imap_host.text(),
            imap_port=self.imap_port.value(), imap_username=self.imap_username.text(),
            imap_auth=str(self.imap_auth.currentData()), imap_folder=self.imap_folder.text(),
            reopen_days=self.reopen_days.value(), ca_file=self.ca_file.text().strip())

    def save(self) -> None:
        settings = self.settings()
        smtp_password = self.smtp_password.text() or None
        imap_secret = self.imap_secret.text() or None
        service = self.ctx.services.mail
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def done(saved: MailSettings) -> None:
            self.loaded = saved
            self.smtp_password.clear()
            self.imap_secret.clear()
            self.save_button.setEnabled(True)
            self.message.setText(self.tr("Saved."))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.setText(user_message(exc))
            if isinstance(exc, ValidationError) and exc.fields:
                widget = getattr(self, next(iter(exc.fields)), None)
                if isinstance(widget, QWidget):
                    widget.setFocus()

        self._run.run(lambda: service.save_settings(settings, smtp_password=smtp_password,
                                                    imap_secret=imap_secret), done, failed)

    def send_and_receive(self) -> None:
        """One worker round now: the connection test an administrator wants after saving."""
        from deskapp.mail.worker import MailWorker

        worker = MailWorker(self.ctx.database.uow)
        self.round_button.setEnabled(False)
        self.message.setText(self.tr("Talking to the mail servers…"))

        def done(report: Any) -> None:
            self.round_button.setEnabled(True)
            got = sum(report.received.values())
            text = self.tr("Sent %1, failed %2, received %3.").replace(
                "%1", str(report.sent)).replace("%2", str(report.failed)).replace("%3", str(got))
            self.message.setText(" ".join([text, *report.errors]))

        def failed(exc: BaseException) -> None:
            self.round_button.setEnabled(True)
            self.message.setText(user_message(exc))

        self._run.run(worker.run_once, done, failed)

    def reload(self) -> None:
        self._run.run(self.ctx.services.mail.status, self.show_status,
                      lambda exc: self.message.setText(user_message(exc)))


class OutboxTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.rows: list[OutboxRow] = []
        self.show_sent = QCheckBox(self.tr("Show s&ent messages too"), self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.retry_button = QPushButton(self.tr("Send a&gain"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel sending…"), self)
        self.table = plain_table(self, [self.tr("Queued"), self.tr("To"), self.tr("Subject"),
                                   self.tr("State"), self.tr("Tries"), self.tr("Next try"),
                                   self.tr("Why it failed")])
        for column, width in enumerate((130, 210, 330, 80, 50, 130)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.show_sent, self.refresh_button, self.retry_button,
                       self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.refresh_button.clicked.connect(lambda _c=False: self.reload())
        self.show_sent.toggled.connect(lambda _on=False: self.reload())
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        may = ctx.services.may(Action.EDIT, Resource.SETTING)
        guard_all([self.retry_button, self.cancel_button], may)
        viewing = ctx.services.may(Action.VIEW, Resource.SETTING)
        guard_all([self.refresh_button, self.show_sent], viewing)

    def reload(self, note: str = "") -> None:
        """Read the outbox again; ``note`` (what an action changed) is shown after the rows,
        which otherwise replace it with their own summary at once."""
        if not self.refresh_button.isEnabled():
            return
        states = ("failed", "pending", "sent") if self.show_sent.isChecked() \
            else ("failed", "pending")
        service = self.ctx.services.mail

        def shown(rows: list[OutboxRow]) -> None:
            self.show_rows(rows)
            if note:
                self.summary.setText(note)

        self._run.run(lambda: service.outbox(states), shown,
                      lambda exc: self.summary.setText(user_message(exc)))

    def show_rows(self, rows: list[OutboxRow]) -> None:
        self.rows = rows
        labels = {"failed": self.tr("Failed"), "pending": self.tr("Waiting"),
                  "sent": self.tr("Sent"), "cancelled": self.tr("Cancelled")}
        fill_table(self.table, [
            (row.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), row.recipient,
             row.subject, labels.get(row.state, row.state), str(row.attempts),
             row.next_attempt_at.astimezone().strftime("%Y-%m-%d %H:%M")
             if row.next_attempt_at and row.state == "pending" else "", row.last_error or "")
            for row in rows], tooltips=True)
        failed = sum(1 for row in rows if row.state == "failed")
        self.summary.setText(self.tr("%1 message(s) shown, %2 failed.").replace(
            "%1", str(len(rows))).replace("%2", str(failed)))

    def selected(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def retry(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.summary.setText(self.tr("Select the messages to send again first."))
            return
        service = self.ctx.services.mail
        self._run.run(lambda: service.retry(chosen), self._done,
                      lambda exc: self.summary.setText(user_message(exc)))

    def cancel(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.summary.setText(self.tr("Select the messages not to send first."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel sending"),
                          self.tr("Never send %1 selected message(s)? Sent ones stay sent.")
                          .replace("%1", str(len(chosen))), parent=self)
        yes = box.addButton(self.tr("Cancel &sending"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not yes:
            return
        service = self.ctx.services.mail
        self._run.run(lambda: service.cancel(chosen), self._done,
                      lambda exc: self.summary.setText(user_message(exc)))

    def _done(self, count: int) -> None:
        note = self.tr("%1 message(s) changed.").replace("%1", str(count))
        self.summary.setText(note)
        self.reload(note)


class ReviewTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.rows: list[ReviewRow] = []
        self.table = plain_table(self, [self.tr("Received"), self.tr("From"), self.tr("Subject")])
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 240)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.accept_button = QPushButton(self.tr("&Add to the item"), self)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.note = QLabel(self.tr("Messages that name an item but come from someone who is "
                                   "not its caller (a forwarded or forged number). Add one "
                                   "to its item as the caller's comment, or dismiss it."), self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._show_body)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.dismiss_button.clicked.connect(lambda: self._decide(False))

    def reload(self) -> None:
        self._run.run(self.ctx.services.mail.reviews, self.show_rows,
                      lambda exc: self.note.setText(user_message(exc)))

    def show_rows(self, rows: list[ReviewRow]) -> None:
        self.rows = rows
        fill_table(self.table, [(row.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                                 row.sender, row.subject) for row in rows])
        self.body.clear()

    def _show_body(self) -> None:
        row = self.table.currentRow()
        self.body.setPlainText(self.rows[row].body if 0 <= row < len(self.rows) else "")

    def _decide(self, accept: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.note.setText(self.tr("Select a message first."))
            return
        review_id = self.rows[row].id
        service = self.ctx.services.mail
        work = (lambda: service.accept_review(review_id)) if accept else \
            (lambda: service.dismiss_review(review_id))
        self._run.run(work, lambda _r: self.reload(),
                      lambda exc: self.note.setText(user_message(exc)))


class MailWindow(TabbedWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(SETTINGS_KEY, parent, size=(1000, 640))
        self.setWindowTitle(self.tr("Mail"))
        self.settings_tab = SettingsTab(ctx, self)
        self.outbox_tab = OutboxTab(ctx, self)
        self.review_tab = ReviewTab(ctx, self)
        self.templates_tab = MailTemplatesTab(ctx, self)
        self.tabs.addTab(self.settings_tab, self.tr("Se&ttings"))
        self.tabs.addTab(self.outbox_tab, self.tr("Out&box"))
        self.tabs.addTab(self.review_tab, self.tr("Re&view"))
        self.tabs.addTab(self.templates_tab, self.tr("T&emplates"))
        self.settings_tab.reload()
        self.outbox_tab.reload()
        self.review_tab.reload()
        self.templates_tab.load()
