"""Regenerate docs/screenshots: the real main window on demo data, every area, two sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a throw-away SQLite database with 3,000 demo tickets, opens the main window as a signed-in
agent, visits each process area (plus the Design calendars tab and an incident with its SLA
panel) at 1366x768 and 1920x1080, each size on a fresh profile (default layout), waits for the
background loads to finish, and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

SCREEN = Path(__file__).resolve().parents[1] / "tests" / "support" / "offscreen_screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")

SIZES = ((1366, 768), (1920, 1080))


def settle(qapp: object, runner: object, seconds: float = 1.5) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        qapp.processEvents()
        runner.wait_idle(50)  # type: ignore[attr-defined]
        time.sleep(0.02)
    qapp.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--tickets", type=int, default=3000)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from deskapp.app import install_translations
    from deskapp.config.urls import sqlite_url
    from deskapp.db.demo import generate
    from deskapp.db.models import StaffUser
    from deskapp.runtime import open_database
    from deskapp.services.container import Services
    from deskapp.services.staff import resolve_actor
    from deskapp.ui.context import UiContext
    from deskapp.ui.design.view import CALENDAR_TAB, SLA_TAB, DesignView
    from deskapp.ui.main_window import AREAS, MainWindow
    from deskapp.ui.operation.view import OperationView
    from deskapp.ui.workers import Runner

    folder = Path(tempfile.mkdtemp(prefix="deskapp-shots-"))
    QCoreApplication.setOrganizationName("DeskAppScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("DeskApp")
    install_translations(qapp)  # as the app does: "23 items", not "23 item(s)"

    db = open_database(sqlite_url(folder / "shots.sqlite3"))
    generate(db.engine, args.tickets, seed=11, open_ratio=0.35)
    with db.uow(read_only=True) as uow:  # sign in as a real Service Desk agent from the demo
        username = uow.session.scalars(select(StaffUser.username)
                                       .order_by(StaffUser.username)).first()
    actor = resolve_actor(db.uow, username or "")
    runner = Runner(qapp)
    ctx = UiContext(db, Services.build(db.uow, actor), runner, profile_name="Local")
    saved: list[Path] = []
    for width, height in SIZES:
        # each size as a fresh profile shows it: no layout carried over from the other size
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / f"settings-{width}x{height}"))
        window = MainWindow(ctx)
        window.resize(width, height)
        window.show()
        for spec in AREAS:
            window.show_area(spec.key)
            settle(qapp, runner)
            path = args.out / f"{spec.key}-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
        design = window.show_area("design")
        assert isinstance(design, DesignView)
        design.tabs.setCurrentIndex(CALENDAR_TAB)
        settle(qapp, runner)
        path = args.out / f"design-calendars-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        design.tabs.setCurrentIndex(SLA_TAB)
        operation = window.show_area("operation")
        rows = ctx.services.incidents.page(limit=40)
        busy = next((r for r in rows if r.status in ("in_progress", "pending")), rows[0])
        assert isinstance(operation, OperationView)
        operation.open_incident(busy.id)
        settle(qapp, runner, 2.5)
        path = args.out / f"incident-form-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        window.close()
        window.deleteLater()
        settle(qapp, runner, 0.3)
    db.dispose()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
