"""Encryption in the connection dialog and the status bar, driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from deskapp.config.profiles import LOCAL, Profile, ProfileStore
from deskapp.runtime import Database
from deskapp.ui.connection import ChooseProfileDialog, ProfileDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.workers import Runner
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProfileDialog:
    monkeypatch.setenv("DESKAPP_CONFIG_DIR", str(tmp_path / "config"))
    d = ProfileDialog(Runner())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.host.setFocus()
    qtbot.keyClicks(d.host, "db.example.com")
    return d


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    path = tmp_path / "team-ca.crt"
    path.write_text("-----BEGIN CERTIFICATE-----\n")
    return path


def connect_clicked(qtbot: QtBot, d: ProfileDialog) -> None:
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose_mode(qtbot: QtBot, d: ProfileDialog, mode: str, *, mnemonic: bool = True) -> None:
    """Pick a mode from the SSL list with the keyboard (Alt+L, arrows), as a person does."""
    if mnemonic:
        qtbot.keyClick(d, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        assert d.sslmode.hasFocus()
    target = d.sslmode.findData(mode)
    key = Qt.Key.Key_Down if target > d.sslmode.currentIndex() else Qt.Key.Key_Up
    while d.sslmode.currentIndex() != target:
        qtbot.keyClick(d.sslmode, key)


def test_the_mode_follows_the_ca_file_until_chosen(qtbot: QtBot, dialog: ProfileDialog,
                                                   ca_file: Path) -> None:
    assert dialog.mode() == "require"
    assert not dialog.plaintext_warning.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # CA f&ile
    assert dialog.ca_file.hasFocus()
    qtbot.keyClicks(dialog.ca_file, str(ca_file))
    assert dialog.mode() == "verify-full"
    dialog.ca_file.clear()
    assert dialog.mode() == "require"
    qtbot.keyClicks(dialog.ca_file, str(ca_file))
    connect_clicked(qtbot, dialog)
    shared = dialog.result_value
    assert shared is not None
    assert shared.profile.sslmode == "verify-full" and not shared.profile.allow_plaintext
    assert shared.url().query["sslrootcert"] == str(ca_file)


def test_a_chosen_mode_stays_whatever_the_ca_file(qtbot: QtBot, dialog: ProfileDialog,
                                                  ca_file: Path) -> None:
    choose_mode(qtbot, dialog, "verify-ca")
    qtbot.keyClicks(dialog.ca_file, str(ca_file))
    assert dialog.mode() == "verify-ca"


def test_plaintext_needs_an_explicit_choice_with_a_warning(qtbot: QtBot,
                                                           dialog: ProfileDialog) -> None:
    choose_mode(qtbot, dialog, "disable")
    assert dialog.plaintext_warning.isVisible() and dialog.allow_plaintext.isVisible()
    assert "read, or changed, by anyone on the network" in dialog.plaintext_warning.text()
    choose_mode(qtbot, dialog, "require")
    assert not dialog.plaintext_warning.isVisible()
    choose_mode(qtbot, dialog, "disable")
    connect_clicked(qtbot, dialog)
    assert dialog.result_value is None and dialog.isVisible()
    assert "Allow an unencrypted connection" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Allo&w
    qtbot.waitUntil(dialog.allow_plaintext.isChecked)  # a mnemonic clicks with an animation
    connect_clicked(qtbot, dialog)
    shared = dialog.result_value
    assert shared is not None
    assert (shared.profile.sslmode, shared.profile.allow_plaintext) == ("disable", True)
    assert shared.url().query["sslmode"] == "disable"


def test_a_ca_file_that_does_not_exist_is_refused(qtbot: QtBot, dialog: ProfileDialog,
                                                  tmp_path: Path) -> None:
    qtbot.keyClicks(dialog.ca_file, str(tmp_path / "missing.crt"))
    connect_clicked(qtbot, dialog)
    assert dialog.result_value is None
    assert f"There is no CA file at {tmp_path / 'missing.crt'}" in dialog.message.text()


def test_edit_opens_the_profile_with_its_encryption(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   ca_file: Path) -> None:
    monkeypatch.setenv("DESKAPP_CONFIG_DIR", str(tmp_path / "config"))
    store = ProfileStore()
    store.upsert(Profile("Team", "postgresql://ann@db.example.com/desk", "verify-full",
                         str(ca_file)))
    chooser = ChooseProfileDialog(store, Runner())
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.profiles.setCurrentIndex(chooser.profiles.findData(LOCAL))
    assert not chooser.edit.isEnabled()  # the local desk has nothing to edit
    chooser.profiles.setCurrentIndex(chooser.profiles.findData("Team"))
    assert chooser.edit.isEnabled()
    seen: list[tuple[str, str, str]] = []

    def change_it() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, ProfileDialog):
            QTimer.singleShot(20, change_it)
            return
        try:
            seen.append((editor.host.text(), editor.mode(), editor.ca_file.text()))
            editor.ca_file.clear()  # a chosen mode stays: verify-full without a CA file
            assert editor.mode() == "verify-full"
            # keys straight to the list: a nested dialog need not have the keyboard focus here
            choose_mode(qtbot, editor, "require", mnemonic=False)
            connect_clicked(qtbot, editor)
        finally:
            if editor.isVisible():  # a failed check must not leave the test waiting
                editor.reject()

    QTimer.singleShot(0, change_it)
    qtbot.mouseClick(chooser.edit, Qt.MouseButton.LeftButton)
    assert seen == [("db.example.com", "verify-full", str(ca_file))]
    assert chooser.shared is not None and chooser.chosen is not None
    assert (chooser.chosen.name, chooser.chosen.sslmode, chooser.chosen.sslrootcert) == (
        "Team", "require", "")


@pytest.fixture
def window(qtbot: QtBot, database: Database, qapp: QApplication,
           settings_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(make_context(database, qapp))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.ctx.runner.wait_idle()


def test_the_status_bar_says_when_the_connection_is_unencrypted(window: MainWindow) -> None:
    label = window.statusBar().findChild(QLabel, "UnencryptedConnection")
    assert label is window.unencrypted_label
    database = window.ctx.database
    if database.is_local:
        assert not label.isVisible()  # a file on this computer: nothing crosses a network
        return
    with database.engine.connect() as conn:
        ssl = conn.execute(text(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one()
    assert label.isVisible() is (not ssl)
    assert label.text() == "Unencrypted connection"
    assert "not encrypted" in label.toolTip() and "Switch connection" in label.toolTip()
