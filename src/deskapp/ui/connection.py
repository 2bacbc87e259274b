"""First run and connection profiles: start empty, start with sample data, or connect to a
shared PostgreSQL server. Passwords go to the OS keyring on request, never to a file."""

from __future__ import annotations

import enum
import getpass
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from deskapp.config import credentials
from deskapp.config.profiles import (
    PLAINTEXT_MODES,
    SSL_MODES,
    Profile,
    ProfileStore,
    default_sslmode,
)
from deskapp.config.urls import redacted
from deskapp.db.engine import UNENCRYPTED, connection_security
from deskapp.errors import ConfigError
from deskapp.runtime import connect
from deskapp.services.staff import FULL_NAME_MAX
from deskapp.ui import theme
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
        self.error.setStyleSheet(theme.error_style())
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
        labels = {
            "verify-full": self.tr("Encrypted, server verified (verify-full)"),
            "verify-ca": self.tr("Encrypted, certificate authority checked (verify-ca)"),
            "require": self.tr("Encrypted, server not verified (require)"),
            "prefer": self.tr("Unencrypted if the server has no TLS (prefer)"),
            "allow": self.tr("Unencrypted unless the server insists (allow)"),
            "disable": self.tr("Unencrypted (disable)"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(labels[mode], mode)
        self.sslmode.setToolTip(self.tr(
            "Without a choice of yours: verify-full when a CA file is given, require "
            "otherwise."))
        #: True once the person picked a mode; until then it follows the CA file
        self.mode_chosen = False
        self.sslmode.activated.connect(self._mode_picked)
        self.sslmode.currentIndexChanged.connect(self._update_plaintext_warning)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("PEM file from your administrator "
                                                "(optional)"))
        self.ca_file.setToolTip(self.tr("The certificate authority (CA) that signed the "
                                        "server's certificate, e.g. root.crt; or 'system' for "
                                        "the authorities this computer trusts"))
        self.ca_file.textChanged.connect(self._follow_ca_file)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        ca_widget = QWidget()
        ca_widget.setLayout(ca_row)
        self.plaintext_warning = QLabel(self.tr(
            "<b>Unencrypted:</b> your password and every ticket can be read, or changed, by "
            "anyone on the network between you and the server. Use this only on a network "
            "you trust, and only if the server cannot offer TLS."))
        self.plaintext_warning.setWordWrap(True)
        self.plaintext_warning.setStyleSheet(theme.error_style())
        self.allow_plaintext = QCheckBox(self.tr("Allo&w an unencrypted connection"))
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
            self.ca_file.setText(existing.sslrootcert)
            if existing.sslmode in SSL_MODES:
                self._select_mode(existing.sslmode)
                self.mode_chosen = True
            self.allow_plaintext.setChecked(existing.allow_plaintext)
        self._follow_ca_file()
        self._update_plaintext_warning()
        for label, widget in ((self.tr("Profile &name:"), self.name),
                              (self.tr("&Server:"), self.host), (self.tr("P&ort:"), self.port),
                              (self.tr("&Database:"), self.database),
                              (self.tr("&User:"), self.user),
                              (self.tr("&Password:"), self.password),
                              (self.tr("SS&L:"), self.sslmode),
                              (self.tr("CA f&ile:"), ca_widget)):
            buddy = QLabel(label)
            buddy.setBuddy(self.ca_file if widget is ca_widget else widget)
            form.addRow(buddy, widget)
        form.addRow("", self.plaintext_warning)
        form.addRow("", self.allow_plaintext)
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

    def _select_mode(self, mode: str) -> None:
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(mode), 0))

    def _mode_picked(self, _index: int) -> None:
        self.mode_chosen = True

    def _follow_ca_file(self) -> None:
        """Until the person picks a mode: verify-full with a CA file, require without."""
        if not self.mode_chosen:
            self._select_mode(default_sslmode(self.ca_file.text()))

    def _update_plaintext_warning(self) -> None:
        plaintext = self.mode() in PLAINTEXT_MODES
        self.plaintext_warning.setVisible(plaintext)
        self.allow_plaintext.setVisible(plaintext)

    def _browse_ca_file(self) -> None:
        start = self.ca_file.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CA certificate"), start,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if chosen:
            self.ca_file.setText(chosen)

    def mode(self) -> str:
        return str(self.sslmode.currentData())

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(theme.error_style() if error else theme.success_style())
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
        mode, ca_file = self.mode(), self.ca_file.text().strip()
        if mode in PLAINTEXT_MODES and not self.allow_plaintext.isChecked():
            raise ConfigError(self.tr(
                "SSL mode {mode} may send your password and tickets unencrypted; tick \"Allow "
                "an unencrypted connection\" to use it anyway, or choose an encrypted mode."
            ).format(mode=mode))
        # "system": libpq's word for the operating system's trusted authorities
        if ca_file and ca_file != "system" and not Path(ca_file).expanduser().is_file():
            raise ConfigError(self.tr("There is no CA file at {path}; choose the file your "
                                      "administrator gave you, or leave it empty.").format(
                                          path=ca_file))
        url = URL.create("postgresql", username=user, host=host, port=self.port.value(),
                         database=database)
        profile = Profile(name, url.render_as_string(hide_password=False), mode, ca_file,
                          allow_plaintext=mode in PLAINTEXT_MODES)
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
        self.edit = buttons.addButton(self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.edit.setToolTip(self.tr("Change the server, login or encryption of a shared "
                                     "profile"))
        self.edit.clicked.connect(self._edit)
        self.profiles.currentIndexChanged.connect(self._update_edit)
        self._update_edit()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _selected(self) -> Profile:
        return self.store.get(str(self.profiles.currentData()))

    def _update_edit(self) -> None:
        self.edit.setEnabled(not self._selected().is_local)

    def _add(self) -> None:
        self._open_profile_dialog(None)

    def _edit(self) -> None:
        self._open_profile_dialog(self._selected())

    def _open_profile_dialog(self, existing: Profile | None) -> None:
        dialog = ProfileDialog(self.runner, self, existing)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.shared = dialog.result_value
            self.chosen = dialog.result_value.profile
            self.accept()

    def _accept(self) -> None:
        self.chosen = self._selected()
        self.accept()


def unencrypted_label(engine: Engine) -> QLabel:
    """The status bar's warning: shown while the shared connection crosses the network without
    TLS (read from the live connection, whatever the profile or URL asked for)."""
    tr = QCoreApplication.translate
    label = QLabel(tr("Connection", "Unencrypted connection"))
    label.setObjectName("UnencryptedConnection")
    label.setStyleSheet(theme.error_style(" font-weight: bold;"))
    label.setToolTip(tr(
        "Connection",
        "This connection to the shared database is not encrypted: passwords and tickets cross "
        "the network in clear text. Ask your administrator to turn on TLS, then choose an "
        "encrypted SSL mode in File ▸ Switch connection ▸ Edit…."))
    try:
        unencrypted = connection_security(engine) == UNENCRYPTED
    except Exception:  # noqa: BLE001 - a lost connection says so elsewhere; no guess here
        unencrypted = False
    label.setVisible(unencrypted)
    return label
