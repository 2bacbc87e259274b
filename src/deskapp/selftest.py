"""``deskapp-admin self-test``: prove an installation (wheel or frozen bundle) works.

Runs on a fresh temporary profile so it never touches the person's real data.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Report = Callable[[str], None]


@contextmanager
def _temporary_profile() -> Iterator[Path]:
    keys = ("DESKAPP_DATA_DIR", "DESKAPP_CONFIG_DIR", "DESKAPP_DATABASE_URL")
    saved = {k: os.environ.get(k) for k in keys}
    with tempfile.TemporaryDirectory(prefix="deskapp-selftest-") as tmp:
        os.environ["DESKAPP_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["DESKAPP_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ.pop("DESKAPP_DATABASE_URL", None)
        try:
            yield Path(tmp)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


def run_self_test(report: Report) -> bool:
    from deskapp import __version__

    report(f"DeskApp {__version__} self-test")
    started = time.perf_counter()
    results: list[bool] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        t0 = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # every failure is reported, never raised
            report(f"  FAIL  {name}: {type(exc).__name__}: {exc}")
            if os.environ.get("DESKAPP_DEBUG"):
                report(traceback.format_exc())
            results.append(False)
            return
        took = (time.perf_counter() - t0) * 1000
        report(f"  ok    {name} ({took:.0f} ms){': ' + detail if detail else ''}")
        results.append(True)

    with _temporary_profile():
        state: dict[str, object] = {}

        def locate() -> str:
            from deskapp.config.locations import migrations_dir, resources_dir

            return f"migrations {migrations_dir()}, resources {resources_dir()}"

        def database() -> str:
            from deskapp.config.profiles import resolve_url
            from deskapp.db import migrate
            from deskapp.runtime import open_database

            db = open_database(resolve_url())
            state["db"] = db
            return f"{db.display_url} at revision {migrate.current_revision(db.engine)}"

        def incident() -> str:
            from deskapp.runtime import Database
            from deskapp.services.container import Services
            from deskapp.services.staff import ensure_staff

            db = state["db"]
            assert isinstance(db, Database)
            actor = ensure_staff(db.uow, "selftest", "Self Test")
            services = Services.build(db.uow, actor)
            state["services"] = services
            created = services.incidents.create(
                {"title": "Self-test incident", "impact": 2, "urgency": 2})
            moved = services.incidents.transition(created.id, created.version, "in_progress")
            back = services.incidents.get(created.id)
            if back.status != "in_progress" or back.number != created.number:
                raise AssertionError(f"read back {back.number} in status {back.status}")
            events = services.incidents.history(created.id)
            return f"{moved.number} {back.status}, priority P{back.priority}, {len(events)} events"

        def window() -> str:
            if importlib.util.find_spec("PySide6") is None:
                return "skipped: Qt is not installed"
            from deskapp.app import smoke_main_window
            from deskapp.runtime import Database
            from deskapp.services.container import Services

            db, services = state["db"], state["services"]
            assert isinstance(db, Database) and isinstance(services, Services)
            return smoke_main_window(db, services)

        check("bundled files found", locate)
        check("database created and migrated", database)
        if results[-1]:
            check("incident created, transitioned and read back", incident)
        if len(results) == 3 and results[-1]:
            check("main window built offscreen", window)
        db = state.get("db")
        if db is not None:
            db.dispose()  # type: ignore[attr-defined]

    ok = bool(results) and all(results) and len(results) == 4
    report(f"{'PASSED' if ok else 'FAILED'} in {time.perf_counter() - started:.1f} s")
    return ok
