"""DeskApp started as a new user would: first-run choices, sign-in, shared connections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from deskapp.app import Application, parse_args
from deskapp.config.profiles import ProfileStore
from deskapp.db import demo
from deskapp.db.models import BusinessCalendar, SlaDefinition, Team, TeamMember, WorkItem
from deskapp.runtime import Database
from deskapp.services.staff import ensure_staff
from deskapp.ui.connection import FirstRunDialog, ProfileDialog, login_name
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def fresh_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               settings_dir: Path) -> Iterator[Path]:
    """A person who never ran DeskApp: empty data and config folders, no URL override."""
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DESKAPP_DATABASE_URL", raising=False)
    yield tmp_path


def when_modal(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog of ``kind`` as soon as it is on screen."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def close_app(app: Application) -> None:
    window = app.window
    assert isinstance(window, MainWindow)
    window.close()
    app.runner.wait_idle()
    if app.database is not None:
        app.database.dispose()


def test_first_run_start_empty_creates_a_ready_desk(qtbot: QtBot, fresh_user: Path) -> None:
    def choose(widget: QWidget) -> None:
        assert isinstance(widget, FirstRunDialog)
        widget.full_name.clear()
        qtbot.keyClicks(widget.full_name, "Alex Morgan")
        qtbot.mouseClick(widget.empty_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, FirstRunDialog, choose)
    app = Application(parse_args([]))
    assert app.start()
    window = app.window
    assert isinstance(window, MainWindow)
    assert window.ctx.services.actor.full_name == "Alex Morgan"
    assert window.ctx.services.actor.username == login_name()
    assert window.ctx.database.is_local
    assert (fresh_user / "data" / "deskapp.sqlite3").exists() or any(
        (fresh_user / "data").glob("*.sqlite3"))
    with window.ctx.database.uow(read_only=True) as uow:
        s = uow.session
        team = s.scalars(select(Team).where(Team.name == "Service Desk")).one()
        assert s.get(TeamMember, (team.id, window.ctx.services.actor.staff_id)) is not None
        assert s.scalar(select(func.count()).select_from(SlaDefinition)) == 1
        assert s.scalar(select(func.count()).select_from(WorkItem)) == 0
    assert "Local" in window.profile_label.text()
    assert "Alex Morgan" in window.user_label.text()
    qtbot.waitUntil(lambda: "Connected" in window.connection_label.text(), timeout=5000)
    close_app(app)

    # The second start goes straight to the window, same database, same person.
    store = ProfileStore.load()
    assert store.first_run_done and store.current == "Local"
    again = Application(parse_args([]))
    assert again.start()
    assert isinstance(again.window, MainWindow)
    assert again.window.ctx.services.actor.full_name == "Alex Morgan"
    close_app(again)


def test_first_run_with_sample_data(qtbot: QtBot, fresh_user: Path) -> None:
    def choose(widget: QWidget) -> None:
        assert isinstance(widget, FirstRunDialog)
        qtbot.mouseClick(widget.sample_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, FirstRunDialog, choose)
    app = Application(parse_args([]))
    assert app.start()
    window = app.window
    assert isinstance(window, MainWindow)
    with window.ctx.database.uow(read_only=True) as uow:
        s = uow.session
        # --tickets counts incidents and their tasks; the demo's problems and service
        # requests (made from them) and the calls an open major incident collected (its
        # child incidents) come on top
        calls = s.scalar(select(func.count()).select_from(WorkItem).where(
            WorkItem.kind == "incident", WorkItem.parent_id.is_not(None)))
        assert calls is not None and 2 <= calls <= 4 * 3
        assert s.scalar(select(func.count()).select_from(WorkItem).where(
            WorkItem.kind.in_(("incident", "incident_task")))) == 2000 + calls
        assert s.scalar(select(func.count()).select_from(WorkItem).where(
            WorkItem.kind.in_(("problem", "service_request")))) > 0
        # the demo's calendars only: no starter "24x7" / "Office hours" beside them
        assert sorted(s.scalars(select(BusinessCalendar.name))) == [
            demo.CALENDAR_24X7, demo.CALENDAR_OFFICE]
        team = s.scalars(select(Team).where(Team.name == "Service Desk")).one()
        assert s.get(TeamMember, (team.id, window.ctx.services.actor.staff_id)) is not None
    close_app(app)


def test_cancelled_first_run_leaves_nothing_behind(qtbot: QtBot, fresh_user: Path) -> None:
    when_modal(qtbot, FirstRunDialog, lambda w: w.close())
    app = Application(parse_args([]))
    assert not app.start()
    assert not ProfileStore.load().first_run_done
    assert not any((fresh_user / "data").glob("*.sqlite3"))


def test_empty_name_is_refused_inline(qtbot: QtBot, fresh_user: Path) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.clear()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is None and dialog.isVisible()
    assert "name" in dialog.error.text()


def test_profile_dialog_validates_and_never_keeps_the_password(qtbot: QtBot,
                                                               fresh_user: Path) -> None:
    from deskapp.ui.workers import Runner

    dialog = ProfileDialog(Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.clear()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result_value is None and "server" in dialog.message.text()
    qtbot.keyClicks(dialog.host, "db.example.com")
    qtbot.keyClicks(dialog.password, "s3cret!")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    shared = dialog.result_value
    assert shared is not None
    assert "s3cret" not in shared.profile.url
    store = ProfileStore.load()
    store.upsert(shared.profile)
    store.save()
    assert "s3cret" not in ProfileStore.file().read_text(encoding="utf-8")


def test_unreachable_server_offers_retry_change_or_quit(qtbot: QtBot, fresh_user: Path) -> None:
    seen: list[str] = []

    def quit_box(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        texts = [b.text() for b in widget.buttons()]
        seen.extend(texts)
        quit_button = next(b for b in widget.buttons() if "Quit" in b.text())
        quit_button.click()

    when_modal(qtbot, QMessageBox, quit_box)
    app = Application(parse_args(["--database",
                                  "postgresql://nobody@127.0.0.1:1/deskapp"]))
    assert not app.start()
    assert "Cannot reach the database server" in seen[0]
    assert any("Retry" in t for t in seen) and any("Change connection" in t for t in seen)


def test_database_login_is_the_staff_member(qtbot: QtBot, database: Database,
                                            fresh_user: Path) -> None:
    """Shared databases sign in as the database login; local ones as the computer login."""
    username = database.url.username if not database.is_local else login_name()
    assert username
    ensure_staff(database.uow, username, "Sam Shared")
    app = Application(parse_args(["--database",
                                  database.url.render_as_string(hide_password=False)]))
    assert app.start()
    window = app.window
    assert isinstance(window, MainWindow)
    assert window.ctx.services.actor.username == username
    where = "Local database" if database.is_local else "Shared database"
    assert where in window.profile_label.toolTip()  # the name is the text
    close_app(app)
    assert not ProfileStore.load().first_run_done  # an explicit URL is not a first run


def test_window_layout_lives_in_the_config_dir_when_it_is_overridden(
        qtbot: QtBot, fresh_user: Path) -> None:
    from PySide6.QtCore import QSettings

    from deskapp.app import configure_settings

    configure_settings()
    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert Path(settings.fileName()).is_relative_to(fresh_user / "config")
    assert settings.fileName().endswith(".ini") and Path(settings.fileName()).exists()


def test_first_run_name_box_holds_what_the_staff_column_holds(qtbot: QtBot,
                                                               fresh_user: Path) -> None:
    from deskapp.services.staff import FULL_NAME_MAX

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert FULL_NAME_MAX == 120
    dialog.full_name.setText("N" * 130)  # a paste is never cut (issue 13); choosing refuses it
    assert len(dialog.full_name.text()) == 130
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is None and not dialog.error.isHidden()
    assert "130 characters long; the limit is 120" in dialog.error.text()
    dialog.full_name.setText("N" * 120)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is not None
