"""Frozen entry point of the windowed ``deskapp`` executable (``deskapp.app:main``).

A separate file, not named ``deskapp.py``: PyInstaller puts a script's folder on the search path
during analysis, and a ``deskapp.py`` there would shadow the package.

It is also the bundle's last line of defence. The windowed executable has no console and is built
with ``disable_windowed_traceback``, so an error that escapes ``deskapp.app.main`` would make the
app vanish without a word. Here such an error becomes a message box with one sentence and the
place of the details (``<data folder>/logs/crash.log``, the traceback never reaches the person),
and an ordinary exit status 1.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

EXIT_FAILED = 1


def crash_log_folder() -> Path:
    from deskapp.config import paths

    return paths.data_dir() / "logs"


def write_crash_log(exc: BaseException) -> Path | None:
    """Append the traceback to crash.log in the data folder; None when that is not writable."""
    try:
        folder = crash_log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')} DeskApp "
                      f"{_version()} ({sys.platform})\n")
            log.write("".join(traceback.format_exception(exc)))
        return path
    except Exception:  # the data folder itself may be the problem (read-only, missing drive)
        return None


def _version() -> str:
    try:
        from deskapp import __version__

        return __version__
    except Exception:
        return "?"


def message_for(exc: BaseException, log: Path | None) -> str:
    from deskapp.errors import DeskAppError

    if isinstance(exc, DeskAppError):  # already a sentence written for a person
        return str(exc)
    where = f" The details are in {log}." if log else ""
    return (f"DeskApp stopped because of an unexpected error ({type(exc).__name__}: {exc})."
            f"{where} Start DeskApp again; if it happens again, send that file to your "
            "administrator.")


def show_message(text: str) -> None:
    """A modal message box when a display is available; stderr always."""
    print(f"deskapp: {text}", file=sys.stderr)
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        title = QCoreApplication.translate("Launcher", "DeskApp")
        QMessageBox.critical(None, title, text)
        del app
    except Exception:  # no display, or Qt itself failed to load: stderr has it
        pass


def run(main: object = None) -> int:
    """Run ``deskapp.app.main`` (or ``main``) and turn an escaped error into a message."""
    try:
        if main is None:
            from deskapp.startup import hold_collector

            hold_collector()  # before the app's imports (deskapp.startup)
            from deskapp.app import main as app_main

            main = app_main
        return int(main() or 0)  # type: ignore[operator]
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as exc:
        log = write_crash_log(exc)
        if os.environ.get("DESKAPP_DEBUG"):
            traceback.print_exception(exc)
        show_message(message_for(exc, log))
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(run())
