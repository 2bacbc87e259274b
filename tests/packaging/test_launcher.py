"""The frozen ``deskapp`` launcher turns an error that escapes the app into a message, not a
silent exit or a traceback window (packaging/launchers/run_deskapp.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "launchers"))

import run_deskapp  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> list[str]:
    """Message boxes the launcher would show (offscreen, a modal box would block the test)."""
    texts: list[str] = []

    def critical(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        assert title == "DeskApp"
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return texts


@pytest.fixture
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DESKAPP_DEBUG", raising=False)
    return tmp_path / "data"


def test_exit_code_of_the_app_is_passed_on(shown: list[str], data_dir: Path) -> None:
    assert run_deskapp.run(lambda: 0) == 0
    assert run_deskapp.run(lambda: 1) == 1
    assert run_deskapp.run(lambda: None) == 0
    assert shown == []
    assert not (data_dir / "logs" / "crash.log").exists()


def test_unexpected_error_becomes_a_message_and_a_crash_log(
    shown: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> int:
        raise KeyError("area")

    assert run_deskapp.run(broken) == run_deskapp.EXIT_FAILED
    log = data_dir / "logs" / "crash.log"
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert "in broken" in log.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert shown[0].startswith("DeskApp stopped because of an unexpected error (KeyError")
    assert str(log) in shown[0]
    err = capsys.readouterr().err
    assert "Traceback" not in err  # the person sees a sentence; the details are in the file
    assert err.startswith("deskapp: DeskApp stopped")


def test_deskapp_error_is_shown_as_written(shown: list[str], data_dir: Path) -> None:
    message = "DeskApp's 'resources' folder is missing (looked in /x); reinstall DeskApp."

    def missing() -> int:
        raise ConfigError(message)

    assert run_deskapp.run(missing) == 1
    assert shown == [message]


def test_unwritable_data_folder_still_shows_the_message(
    shown: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(blocker))

    def broken() -> int:
        raise RuntimeError("boom")

    assert run_deskapp.run(broken) == 1
    assert len(shown) == 1
    assert "RuntimeError: boom" in shown[0]
    assert "details are in" not in shown[0]  # no log could be written; it does not pretend


def test_quitting_is_not_an_error(shown: list[str], data_dir: Path) -> None:
    def interrupted() -> int:
        raise SystemExit(3)

    with pytest.raises(SystemExit):
        run_deskapp.run(interrupted)
    assert shown == []


def test_python_dash_m_deskapp_is_the_desktop_app() -> None:
    """``python -m deskapp`` reaches deskapp.app.main (its --version answers before Qt loads)."""
    import subprocess

    import deskapp

    result = subprocess.run([sys.executable, "-m", "deskapp", "--version"], capture_output=True,
                            text=True, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"DeskApp {deskapp.__version__}"
    helped = subprocess.run([sys.executable, "-m", "deskapp", "--help"], capture_output=True,
                            text=True, timeout=60, cwd=REPO)
    assert "usage: deskapp" in helped.stdout  # the GUI's options, not deskapp-admin's commands
