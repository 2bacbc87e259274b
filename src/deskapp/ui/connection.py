"""First run and connection profiles: start empty, start with sample data, or connect to a
shared PostgreSQL server. Passwords go to the OS keyring on request, never to a file."""

from __future__ import annotations

import enum
import getpass
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from deskapp.config import credentials
from deskapp.config.profiles import Profile, ProfileStore
from deskapp.config.urls import redacted
from deskapp.errors import ConfigError
from deskapp.runtime import connect
from deskapp.services.staff import FULL_NAME_MAX
from deskapp.ui.workers import Runner, user_message


class StartChoice(enum.Enum):
    EMPTY = "empty"
    SAMPLE = "sample"
    SHARED = "shared"


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers, services)
        return "agent"


class FirstRunDialog(QDialog):
    """The first thing a new user sees: how do you want to start?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to DeskApp"))
        self.choice: StartChoice | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>Welcome to DeskApp</h2><p>How would you like to start? You can add a shared "
            "server later from <b>File ▸ Switch connection</b>.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.full_name = QLineEdit()
        # no maxLength: a pasted name stays whole and choosing says it is too long
        self.full_name.setPlaceholderText(self.tr("e.g. Alex Morgan"))
        self.full_name.setText(login_name().replace(".", " ").title())
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.full_name)
        form.addRow(name_label, self.full_name)
        layout.addLayout(form)

        self.empty_button = QCommandLinkButton(
            self.tr("Start with an &empty desk"),
            self.tr("A private database on this computer, with a default team, SLA and "
                    "calendar. Best for real work on your own or in the field."))
        self.sample_button = QCommandLinkButton(
            self.tr("Start with &sample data"),
            self.tr("The same private database, filled with 2,000 realistic incidents, "
                    "services and configuration items to explore DeskApp."))
        self.shared_button = QCommandLinkButton(
            self.tr("Connect to a s&hared server…"),
            self.tr("Your team's PostgreSQL server. You sign in with your database login."))
        for button, choice in ((self.empty_button, StartChoice.EMPTY),
                               (self.sample_button, StartChoice.SAMPLE),
                               (self.shared_button, StartChoice.SHARED)):
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
            layout.addWidget(button)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.empty_button.setFocus()

    def _choose(self, choice: StartChoice) -> None:
        name = self.full_name.text().strip()
        problem = ""
        if choice is not StartChoice.SHARED and not name:
            problem = self.tr("Enter your name first; it is shown on the tickets you work.")
        elif choice is not StartChoice.SHARED and len(name) > FULL_NAME_MAX:
            problem = self.tr("Your name is {count} characters long; the limit is {limit}. "
                              "Shorten it.").format(count=len(name), limit=FULL_NAME_MAX)
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            self.full_name.setFocus()
            return
        self.choice = choice
        self.accept()


@dataclass(frozen=True)
class SharedConnection:
    profile: Profile
    password: str
    remember: bool

    def url(self) -> URL:
        return self.profile.database_url().set(password=self.password or None)


class ProfileDialog(QDialog):
    """A shared PostgreSQL profile: server, database, login; the password is never stored here."""

    def __init__(self, runner: Runner, parent: QWidget | None = None,
                 existing: Profile | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_value: SharedConnection | None = None
        self.setWindowTitle(self.tr("Shared database"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else self.tr("Team server"))
        self.name.setMaxLength(60)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("db.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("deskapp")
        self.user = QLineEdit(login_name())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        if not credentials.secure_backend_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr(
                "No secure keyring is available on this computer; DeskApp will ask for the "
                "password each time it starts."))
        self.sslmode = QComboBox()
        for mode in ("prefer", "require", "verify-full", "disable"):
            self.sslmode.addItem(mode, mode)
        if existing is not None and existing.url:
            try:
                url = existing.database_url()
            except ConfigError:
                url = None
            if url is not None:
                self.host.setText(url.host or "")
                self.port.setValue(url.port or 5432)
                self.database.setText(url.database or "")
                self.user.setText(url.username or "")
            index = self.sslmode.findData(existing.sslmode or "prefer")
            self.sslmode.setCurrentIndex(max(index, 0))
        for label, widget in ((self.tr("Profile &name:"), self.name),
                              (self.tr("&Server:"), self.host), (self.tr("P&ort:"), self.port),
                              (self.tr("&Database:"), self.database),
                              (self.tr("&User:"), self.user),
                              (self.tr("&Password:"), self.password),
                              (self.tr("SS&L:"), self.sslmode)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b7f3b;")
        self.message.setText(text)

    def connection(self) -> SharedConnection:
        """The values as entered, validated; raises ConfigError with what to fix."""
        name = self.name.text().strip()
        host = self.host.text().strip()
        database = self.database.text().strip()
        user = self.user.text().strip()
        missing = [label for label, value in ((self.tr("profile name"), name),
                                              (self.tr("server"), host),
                                              (self.tr("database"), database),
                                              (self.tr("user"), user)) if not value]
        if missing:
            raise ConfigError(self.tr("Fill in the {fields}.").format(fields=", ".join(missing)))
        url = URL.create("postgresql", username=user, host=host, port=self.port.value(),
                         database=database)
        profile = Profile(name, url.render_as_string(hide_password=False),
                          str(self.sslmode.currentData()))
        profile.database_url()  # validates
        return SharedConnection(profile, self.password.text(), self.remember.isChecked())

    def test_connection(self) -> None:
        try:
            shared = self.connection()
        except ConfigError as exc:
            self._show(str(exc), error=True)
            return
        self._show(self.tr("Connecting to {url}…").format(url=redacted(shared.url())),
                   error=False)
        self.test_button.setEnabled(False)

        def probe() -> str:
            engine = connect(shared.url())
            engine.dispose()
            return redacted(shared.url())

        def ok(url: object) -> None:
            self.test_button.setEnabled(True)
            self._show(self.tr("Connected to {url}.").format(url=url), error=False)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._show(user_message(exc), error=True)

        self.runner.run(probe, ok, failed)

    def _accept(self) -> None:
        try:
            self.result_value = self.connection()
        except ConfigError as exc:
            self._show(str(exc), error=True)
            return
        self.accept()


class ChooseProfileDialog(QDialog):
    """File ▸ Switch connection: pick a saved profile or add a shared one."""

    def __init__(self, store: ProfileStore, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.chosen: Profile | None = None
        self.shared: SharedConnection | None = None
        self.setWindowTitle(self.tr("Switch connection"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.profiles = QComboBox()
        for profile in store.profiles:
            where = self.tr("this computer") if profile.is_local else profile.url
            self.profiles.addItem(f"{profile.name} — {where}", profile.name)
        self.profiles.setCurrentIndex(max(self.profiles.findData(store.current), 0))
        label = QLabel(self.tr("&Profile:"))
        label.setBuddy(self.profiles)
        form.addRow(label, self.profiles)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        add = buttons.addButton(self.tr("&New shared profile…"),
                                QDialogButtonBox.ButtonRole.ActionRole)
        add.clicked.connect(self._add)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self) -> None:
        dialog = ProfileDialog(self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.shared = dialog.result_value
            self.chosen = dialog.result_value.profile
            self.accept()

    def _accept(self) -> None:
        self.chosen = self.store.get(str(self.profiles.currentData()))
        self.accept()
