"""The app's main flows as an agent's own PostgreSQL login (not a superuser), on a desk with
security applied: the queues show what row-level security lets the agent see, a new incident is
logged and worked through the lifecycle, and the history names the login's staff member."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import resolve_actor
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from deskapp.ui.workers import Runner
from tests.gui.test_incident_form import WAIT, click_and_wait, new_editor, save
from tests.support.security import SecuredDesk, secured_desk

pytestmark = [pytest.mark.postgres,
              pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                        "does not support raise", "grabbing the keyboard")]

desk = secured_desk


@pytest.fixture
def ctx(desk: SecuredDesk, qapp: QApplication, settings_dir: Path) -> Iterator[UiContext]:
    """The UI context as alice's own login (tests/gui/conftest.py's ``view`` shows it)."""
    login = desk.logins["alice"]
    db = open_database(desk.url.set(username=login), auto_upgrade=False)
    yield UiContext(db, Services.build(db.uow, resolve_actor(db.uow, login)), Runner(qapp))
    db.dispose()


def test_an_agent_login_works_a_ticket(qtbot: QtBot, view: OperationView,
                                       desk: SecuredDesk) -> None:
    ws = view.queues
    assert ws.watcher is not None  # live refresh listens as the login
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: ws.model.row_of(desk.items["a"]) is not None, timeout=WAIT)
    assert ws.model.row_of(desk.items["a_secret"]) is not None  # her team's confidential item
    assert ws.model.row_of(desk.items["b_secret"]) is None  # another team's: invisible

    editor = new_editor(qtbot, view)
    qtbot.keyClicks(editor.details.title, "Badge reader refuses every card")
    dto = save(qtbot, editor)
    assert dto.number.startswith("INC-") and dto.status == "new"
    dto = click_and_wait(qtbot, editor, editor.start_button)
    assert dto.status == "in_progress"
    with view.ctx.database.uow(read_only=True) as uow:
        actors = {e.actor_id for e in uow.work_items.events(dto.id)}
    assert actors == {desk.staff["alice"]}
    qtbot.keyClick(editor.details.title, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
