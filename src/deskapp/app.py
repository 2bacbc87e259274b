"""The GUI composition root: arguments, first run, connection, sign-in, main window.

Everything that may block (opening or migrating the database, PostgreSQL logins, sample data)
runs on the worker pool behind a cancellable progress dialog; failures become a message with a
next step (retry, change connection, quit), never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL

from deskapp import __version__, messages
from deskapp.config import credentials, paths
from deskapp.config.locations import resources_dir
from deskapp.config.profiles import ENV_URL, LOCAL, Profile, ProfileStore, resolve_url
from deskapp.config.urls import is_sqlite, parse_database_url
from deskapp.errors import ConfigError, ConnectionFailed, DeskAppError
from deskapp.runtime import Database, open_database, open_reports, with_keyring_password
from deskapp.services.container import Services
from deskapp.services.setup import seed_starter_desk
from deskapp.services.staff import ensure_staff, resolve_actor

if TYPE_CHECKING:
    from deskapp.services.dto import Actor

log = logging.getLogger("deskapp")

SAMPLE_TICKETS = 2000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="deskapp", description="DeskApp service desk")
    parser.add_argument("--database", metavar="URL",
                        help=f"database URL (overrides {ENV_URL} and the profile)")
    parser.add_argument("--profile", help="connection profile to open")
    parser.add_argument("--reset-layout", action="store_true",
                        help="forget the saved window and column layout")
    parser.add_argument("--version", action="version", version=f"DeskApp {__version__}")
    return parser.parse_args(argv)


def configure_logging() -> Path | None:
    """Log to a rotating file in the data folder (never passwords: URLs are always redacted)."""
    try:
        folder = paths.data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        logging.basicConfig(level=logging.INFO)
        return None
    handler = logging.handlers.RotatingFileHandler(folder / "deskapp.log", maxBytes=2_000_000,
                                                   backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "deskapp.log"


def local_actor(database: Database, full_name: str | None = None) -> Actor:
    """The computer's login, created on first use; in an offline replica, the technician it
    was made for (their staff record and roles came with it)."""
    from deskapp.services.replica import ReplicaService
    from deskapp.ui.connection import login_name

    replica = ReplicaService(database.uow).info()
    if replica is not None:
        return resolve_actor(database.uow, replica.login)
    return ensure_staff(database.uow, login_name(), full_name or login_name())


def _sample_data(database: Database, token: Any, report: Callable[[int, int], None]) -> Any:
    """First-run sample data: a bulk load on an engine of its own (the client's connection
    budget is for its daily work), closed afterwards."""
    from deskapp.db.demo import generate
    from deskapp.db.engine import make_engine

    engine = make_engine(database.url) if not database.is_local else database.engine
    try:
        return generate(engine, SAMPLE_TICKETS, seed=7, progress=report,
                        cancel=lambda: token.cancelled, parallel=False, requests=True)
    finally:
        if engine is not database.engine:
            engine.dispose()


def shared_actor(database: Database) -> Actor:
    return resolve_actor(database.uow, database.url.username or "")


def sign_in(database: Database, full_name: str | None = None) -> Actor:
    """Local: the computer's login, created on first use. Shared: the database login."""
    return local_actor(database, full_name) if database.is_local else shared_actor(database)


class Application:
    """Owns the QApplication-level flow; kept small so tests can drive each step."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtWidgets import QApplication

        from deskapp.ui.workers import Runner

        self.args = args
        self.qapp = QApplication.instance()
        self.runner = Runner(self.qapp)
        self.window: Any = None
        self.database: Database | None = None
        self.session_passwords: dict[str, str] = {}

    # -- blocking work behind a progress dialog ---------------------------------------------
    def run_with_dialog(self, label: str, fn: Callable[..., Any], *,
                        progress: bool = False) -> Any:
        """Run ``fn`` on the worker pool while a modal dialog (with Cancel) keeps the UI alive."""
        from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        from deskapp.ui.workers import Cancelled

        dialog = QProgressDialog(label, QCoreApplication.translate("App", "Cancel"), 0, 0)
        dialog.setWindowTitle("DeskApp")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        box: dict[str, Any] = {}

        def ok(result: object) -> None:
            box["ok"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        def step(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        if progress:
            token = self.runner.run_with_progress(fn, ok, failed, step)
            dialog.canceled.connect(token.cancel)
        else:
            self.runner.run(fn, ok, failed)
            dialog.canceled.connect(loop.quit)
        loop.exec()
        dialog.close()
        if "error" in box:
            raise box["error"]
        if "ok" not in box:
            raise Cancelled()
        return box["ok"]

    # -- first run and connection -----------------------------------------------------------
    def start(self) -> bool:
        """First run (if needed), connect, sign in, show the window. False: the person quit."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from deskapp.ui.connection import FirstRunDialog, ProfileDialog, StartChoice

        try:
            store = ProfileStore.load()
        except ConfigError as exc:
            QMessageBox.critical(None, "DeskApp", str(exc))
            return False
        if self.args.profile:
            try:
                store = store.with_current(self.args.profile)
            except ConfigError as exc:
                QMessageBox.critical(None, "DeskApp", str(exc))
                return False
        explicit = self.args.database or os.environ.get(ENV_URL)
        choice, full_name = None, None
        if not store.first_run_done and not explicit:
            first = FirstRunDialog()
            if first.exec() != QDialog.DialogCode.Accepted or first.choice is None:
                return False
            choice, full_name = first.choice, first.full_name.text().strip()
            if choice is StartChoice.SHARED:
                dialog = ProfileDialog(self.runner)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
                    return False
                self._remember(store, dialog.result_value.profile,
                               dialog.result_value.password, dialog.result_value.remember)
            else:
                store = store.with_current(LOCAL)
        if not self.open(store, full_name=full_name, sample=choice is StartChoice.SAMPLE,
                         starter=choice is not None and choice is not StartChoice.SHARED):
            return False
        if not explicit:
            store.first_run_done = True
            try:
                store.save()
            except OSError as exc:
                log.warning("could not save profiles: %s", exc)
        return True

    def _remember(self, store: ProfileStore, profile: Profile, password: str,
                  remember: bool) -> None:
        store.upsert(profile)
        store.current = profile.name
        url = profile.database_url()
        if password:
            self.session_passwords[profile.name] = password
            if remember and not credentials.save_password(
                    url.username or "", url.host or "", url.database or "", password):
                log.info("no secure keyring: the password is kept for this session only")
        try:
            store.save()
        except OSError as exc:
            log.warning("could not save profiles: %s", exc)

    def _url_for(self, store: ProfileStore) -> tuple[str, URL]:
        if self.args.database:
            return "Command line", parse_database_url(self.args.database)
        if os.environ.get(ENV_URL):
            return "Environment", resolve_url(None, store)
        profile = store.current_profile()
        url = profile.database_url()
        password = self.session_passwords.get(profile.name)
        if password and not is_sqlite(url):
            url = url.set(password=password)
        return profile.name, url

    def open(self, store: ProfileStore, *, full_name: str | None = None, sample: bool = False,
             starter: bool = False) -> bool:
        """Connect (retrying on request), sign in and show the main window."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

        from deskapp.ui.connection import ChooseProfileDialog
        from deskapp.ui.workers import Cancelled, user_message

        tr = QCoreApplication.translate
        while True:
            try:
                name, url = self._url_for(store)
            except ConfigError as exc:
                QMessageBox.critical(None, "DeskApp", str(exc))
                return False
            try:
                database, actor = self._connect_once(name, url, full_name, starter=starter,
                                                     sample=sample)
            except Cancelled:
                return False
            except DeskAppError as exc:
                needs_password = isinstance(exc, ConnectionFailed) and not is_sqlite(url) \
                    and not url.password
                box = QMessageBox(QMessageBox.Icon.Warning, "DeskApp", user_message(exc))
                retry = box.addButton(tr("App", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
                password = box.addButton(tr("App", "Enter &password…"),
                                         QMessageBox.ButtonRole.ActionRole) \
                    if needs_password else None
                change = box.addButton(tr("App", "&Change connection…"),
                                       QMessageBox.ButtonRole.ActionRole)
                box.addButton(tr("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
                box.exec()
                clicked = box.clickedButton()
                if clicked is retry:
                    continue
                if password is not None and clicked is password:
                    text, ok = QInputDialog.getText(
                        None, "DeskApp", tr("App", "Password for {user}:").format(
                            user=url.username), QLineEdit.EchoMode.Password)
                    if ok:
                        self.session_passwords[store.current_profile().name] = text
                    continue
                if clicked is change:
                    chooser = ChooseProfileDialog(store, self.runner)
                    if chooser.exec() == QDialog.DialogCode.Accepted and chooser.chosen:
                        if chooser.shared is not None:
                            self._remember(store, chooser.shared.profile,
                                           chooser.shared.password, chooser.shared.remember)
                        store.current = chooser.chosen.name
                        self.args.database = None
                    continue
                return False
            break
        self.show_window(database, actor, name)
        self._store = store
        self.start_daily_backup(database, store)
        return True

    def start_daily_backup(self, database: Database, store: ProfileStore) -> None:
        """Today's backup of a local desk, on the worker pool (profiles.json: daily_backup,
        backups_kept); the status bar says where it went, or why it failed."""
        from PySide6.QtCore import QCoreApplication

        from deskapp.db import maintenance
        from deskapp.ui.workers import user_message

        file = maintenance.sqlite_file(database.engine)
        if not store.daily_backup or file is None or database.read_only:
            return
        tr = QCoreApplication.translate
        window = self.window

        def done(made: object) -> None:
            if made is not None and self.window is window:
                window.show_message(tr("App", "Daily backup saved to {path}.").format(path=made))

        def failed(exc: BaseException) -> None:
            log.warning("daily backup failed: %s", exc)
            if self.window is not window:
                return
            message = str(exc) if isinstance(exc, OSError) else user_message(exc)
            window.show_message(tr("App", "The daily backup failed: {reason}").format(
                reason=message))

        self.runner.run(lambda: maintenance.daily_backup(file, keep=store.backups_kept),
                        done, failed)

    def _connect_once(self, name: str, url: URL, full_name: str | None, *, starter: bool,
                      sample: bool) -> tuple[Database, Actor]:
        from PySide6.QtCore import QCoreApplication, QTimeZone


        tr = QCoreApplication.translate
        database: Database = self.run_with_dialog(
            tr("App", "Opening {name}…").format(name=name),
            lambda: open_database(with_keyring_password(url), budget=True))
        try:
            actor: Actor = self.run_with_dialog(tr("App", "Signing in…"),
                                                lambda: sign_in(database, full_name))
            self._open_reports(name, database)
            # Sample data first: it brings its own team, calendars and SLAs, so the starter step
            # afterwards only makes the person a member of the desk team (no second calendars).
            if sample:
                self.run_with_dialog(
                    tr("App", "Adding sample data…"),
                    lambda token, report: _sample_data(database, token, report),
                    progress=True)
            if starter:
                zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
                self.run_with_dialog(tr("App", "Preparing your desk…"),
                                     lambda: seed_starter_desk(database.uow, actor, zone))
        except BaseException:
            database.dispose()
            raise
        return database, actor

    def _open_reports(self, name: str, database: Database) -> None:
        """The profile's reporting replica, when it names one; reports read from the desk
        itself (logged) when the replica cannot be opened."""
        from PySide6.QtCore import QCoreApplication

        try:
            replica = ProfileStore.load().get(name).replica_database_url()
        except ConfigError:
            return  # --database or the environment: no profile, no replica
        if replica is None:
            return
        try:
            database.reports = self.run_with_dialog(
                QCoreApplication.translate("App", "Opening the reporting replica…"),
                lambda: open_reports(database, replica))
        except Exception as exc:  # noqa: BLE001 - reports fall back to the desk, logged
            log.warning("reporting replica not opened, reports read from the desk: %s", exc)

    def show_window(self, database: Database, actor: Actor, profile_name: str) -> None:
        from deskapp.ui.context import UiContext
        from deskapp.ui.main_window import MainWindow

        if self.window is not None:
            self.window.deleteLater()
        if self.database is not None:
            self.database.dispose()
        self.database = database
        reports = database.reports.uow if database.reports is not None else None
        ctx = UiContext(database, Services.build(database.uow, actor, reports=reports),
                        self.runner,
                        profile_name=profile_name)
        self.window = MainWindow(ctx)
        self.window.switch_connection_requested.connect(self.switch_connection)
        self.window.show()

    def switch_connection(self) -> None:
        from PySide6.QtWidgets import QDialog

        from deskapp.ui.connection import ChooseProfileDialog

        chooser = ChooseProfileDialog(self._store, self.runner, self.window)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen is None:
            return
        if not self.window.close():
            return
        if chooser.shared is not None:
            self._remember(self._store, chooser.shared.profile, chooser.shared.password,
                           chooser.shared.remember)
        self._store.current = chooser.chosen.name
        self.args.database = None
        old = self.window
        if not self.open(self._store):
            old.close()


def install_translations(qapp: Any, language: str | None = None) -> list[Any]:
    """Load DeskApp's English plural forms, then Qt's and DeskApp's translations for the chosen
    language (View > Language, or ``language``: "system", "en", "de"); "system" follows the OS
    locale when a translation for it is present (a translator installed later is asked first).

    Source strings say "%Ln item(s)"; ``deskapp_en.qm`` holds only their English singular and
    plural forms ("1 item", "1,031 items"), so it is the fallback under every other language.
    Returns the translators installed (a test removes them again).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from deskapp.ui import language as choice

    language = language or choice.chosen()
    if language != choice.SYSTEM:
        QLocale.setDefault(locale_for(language))  # numbers and dates follow the choice too
    folder = str(resources_dir() / "translations")
    installed: list[Any] = []
    english = QTranslator(qapp)
    if english.load("deskapp_en", folder):
        qapp.installTranslator(english)
        installed.append(english)
    if language == "en":
        return installed
    locale = QLocale.system() if language == "system" else QLocale(language)
    if locale.language() == QLocale.Language.English:
        return installed  # the plurals above are DeskApp's English
    for name, where in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                        ("deskapp", folder)):
        translator = QTranslator(qapp)
        if translator.load(locale, name, "_", where):
            qapp.installTranslator(translator)
            installed.append(translator)
    if installed:  # services' sentences too (deskapp.messages; Qt's translate is thread-safe)
        messages.install(partial(QCoreApplication.translate, "ServiceMessages"))
    return installed


def locale_for(language: str) -> Any:
    """The QLocale for a chosen language: the OS's country where that country uses the language
    (German on an Austrian PC is de_AT), else the language's main one (German on a British PC
    writes numbers as in Germany, 1.234,5)."""
    from PySide6.QtCore import QLocale

    wanted = QLocale(language)
    system = QLocale.system()
    local = QLocale(wanted.language(), system.territory())
    return local if local.territory() == system.territory() else wanted


def configure_settings() -> None:
    """With ``DESKAPP_CONFIG_DIR`` set (a portable install, a kiosk, a test), the window layout
    goes to an ini file in that folder with the profiles, not to the person's registry or
    ~/.config: the override means "keep everything of DeskApp here"."""
    from PySide6.QtCore import QSettings

    if os.environ.get("DESKAPP_CONFIG_DIR"):
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(paths.config_dir()))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging()
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setOrganizationName("DeskApp")
    qapp.setApplicationName("DeskApp")
    qapp.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "deskapp.svg"
    if icon.exists():
        qapp.setWindowIcon(QIcon(str(icon)))
    configure_settings()
    install_translations(qapp)
    if args.reset_layout:
        QSettings().clear()
    from deskapp.ui import theme

    theme.apply(qapp)  # the OS's light or dark scheme, or the person's choice (View menu)
    app = Application(args)
    try:
        started = app.start()
    except DeskAppError as exc:  # a problem with a sentence for the person, never a traceback
        from PySide6.QtWidgets import QMessageBox

        log.warning("start failed: %s", exc)
        QMessageBox.critical(None, "DeskApp", str(exc))
        return 1
    if not started:
        return 1
    from deskapp.startup import settle_collector

    settle_collector()  # the window is up: what start-up loaded stays for good
    code = int(qapp.exec())
    if app.database is not None:
        app.database.dispose()
    return code


def smoke_main_window(database: Database, services: Services) -> str:
    """Build the main window offscreen, visit every area, and report (used by self-test)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from deskapp.ui.context import UiContext
    from deskapp.ui.main_window import AREAS, MainWindow
    from deskapp.ui.workers import Runner

    qapp = QApplication.instance()
    if qapp is None:
        qapp = QApplication(["deskapp-self-test"])
        qapp.setOrganizationName("DeskApp self-test")  # never the person's own settings
        configure_settings()  # self-test points DESKAPP_CONFIG_DIR into its temporary profile
    runner = Runner(qapp)
    window = MainWindow(UiContext(database, services, runner, profile_name="Self-test"))
    window.show()
    for spec in AREAS:
        window.show_area(spec.key)
        qapp.processEvents()
    runner.wait_idle(20_000)
    qapp.processEvents()
    visited = len(AREAS)
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    qapp.processEvents()
    # Jobs the views started while closing (a queue's checkpoint read, say) must end before
    # the caller disposes the engine and removes the temporary profile under them.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if not runner.wait_idle(20_000):
        raise RuntimeError("background work did not finish within 20 s of closing the window")
    qapp.processEvents()
    return f"{visited} areas opened in '{title}'"


if __name__ == "__main__":
    raise SystemExit(main())
