"""The services container builds each service on first use, once, guarded, and the app's first
window imports none of the areas the person has not opened."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from deskapp.runtime import Database
from deskapp.services import container
from deskapp.services.container import Services, service_fields
from deskapp.services.staff import ensure_staff
from deskapp.services.validation import is_guarded


def test_every_declared_service_has_a_builder_and_every_builder_a_declaration() -> None:
    declared = set(Services.__annotations__) - {"actor"}
    assert declared == set(container._BUILDERS)  # noqa: SLF001
    for name, cls in service_fields().items():
        # the declaration names the class the builder makes
        assert Services.__annotations__[name] == cls.__name__, name


def test_a_service_is_built_once_on_first_use_and_guarded(sqlite_database: Database) -> None:
    services = Services.build(sqlite_database.uow,
                              ensure_staff(sqlite_database.uow, "agent1", "Alex Agent"))
    assert "changes" not in vars(services)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(services.changes))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(s) for s in seen}) == 1  # eight threads at once, one service
    assert services.changes is seen[0]
    assert services.changes._approvals is services.approvals  # noqa: SLF001  (the same one)
    assert is_guarded(type(services.changes).create)
    try:
        services.no_such_service  # noqa: B018
    except AttributeError as exc:
        assert "no_such_service" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


START = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from deskapp.runtime import open_database
    from deskapp.config.urls import parse_database_url
    from deskapp.services.container import Services
    from deskapp.services.staff import ensure_staff
    from deskapp.ui.context import UiContext
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.workers import Runner
    app = QApplication([])
    db = open_database(parse_database_url(sys.argv[1]))
    actor = ensure_staff(db.uow, "agent1", "Alex Agent")
    runner = Runner(app)
    window = MainWindow(UiContext(db, Services.build(db.uow, actor), runner))
    window.show()
    app.processEvents()
    runner.wait_idle()  # what the first window's background jobs load counts too
    app.processEvents()
    print(" ".join(sorted(m for m in sys.modules if m.startswith("deskapp."))))
    os._exit(0)
""")

#: Modules of areas and kinds a person has not opened yet: none is loaded by the first window.
NOT_AT_START = ("deskapp.services.changes", "deskapp.services.change_plan",
                "deskapp.services.knowledge", "deskapp.services.kpi",
                "deskapp.services.improvement", "deskapp.services.cmdb",
                "deskapp.services.mail_admin", "deskapp.ui.operation.access_view",
                "deskapp.ui.operation.incident_form", "deskapp.ui.transition.change_panel",
                "deskapp.ui.operation.major_incidents_view",
                # the status bar asks whether the desk is an offline replica: that must not
                # load the sync machinery (35 ms of imports beside the first paint)
                "deskapp.sync.push", "deskapp.sync.scope",
                # the forms' shell comes with the first form opened
                "deskapp.ui.work_items.form_shell")


def test_the_first_window_loads_only_what_it_shows(tmp_path: Path) -> None:
    """Start-up time is mostly imports (see docs/performance.md): the first window must not
    pull in the other areas, the kinds' forms or their services."""
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    out = subprocess.run([sys.executable, "-c", START, url], capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert "deskapp.ui.operation.view" in out and "deskapp.services.queues" in out
    loaded = [m for m in NOT_AT_START if m in out]
    assert loaded == []
