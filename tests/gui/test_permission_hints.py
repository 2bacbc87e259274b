"""What a person may not do is disabled with the reason as its tooltip: Service Design for
non-admins, services and CIs for agents, bulk changes for an auditor, someone else's shared
queue. The same sentences the services refuse with."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.queue import QueueDefinition
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import resolve_actor
from deskapp.ui.context import UiContext
from deskapp.ui.design.view import DesignView
from deskapp.ui.queues.workspace import QueueWorkspace
from deskapp.ui.strategy.view import StrategyView
from deskapp.ui.transition.view import TransitionView
from deskapp.ui.workers import Runner
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
As = Callable[..., UiContext]


@pytest.fixture
def desk(sqlite_database: Database) -> Desk:
    return make_desk(sqlite_database)


@pytest.fixture
def as_person(sqlite_database: Database, desk: Desk, qapp: QApplication,
              settings_dir: Path) -> Iterator[As]:
    admin = make_context(sqlite_database, qapp, "gui.admin", "Gui Admin")
    made: list[UiContext] = []

    def make(username: str, roles: list[str]) -> UiContext:
        staff = admin.services.administration.create_staff(username, username.title(), roles)
        admin.services.administration.add_member(desk.team_id, staff.id)
        actor = resolve_actor(sqlite_database.uow, username)
        ctx = UiContext(sqlite_database, Services.build(sqlite_database.uow, actor),
                        Runner(qapp))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.runner.wait_idle()


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_service_design_is_read_only_for_a_supervisor(qtbot: QtBot, as_person: As) -> None:
    ctx = as_person("sue", ["supervisor", "agent"])
    view = _shown(qtbot, DesignView(ctx))
    assert isinstance(view, DesignView)
    assert not view.supports_save() and not view.supports_new()
    assert "SLAs and calendars" in view.refusal()
    for pane in view.panes:
        assert not pane.editor.isEnabled()
        assert "only an administrator" in pane.editor.toolTip()


def test_agents_read_services_and_cis_but_do_not_save_them(qtbot: QtBot,
                                                           as_person: As) -> None:
    agent = as_person("ann", ["agent"])
    strategy = _shown(qtbot, StrategyView(agent))
    assert isinstance(strategy, StrategyView)
    assert not strategy.editor.save_button.isEnabled()
    assert "You may not change services" in strategy.editor.save_button.toolTip()
    transition = _shown(qtbot, TransitionView(agent))
    assert isinstance(transition, TransitionView)
    assert not transition.editor.save_button.isEnabled()
    assert "configuration items" in transition.editor.save_button.toolTip()
    owner = as_person("olga", ["service_owner"])
    theirs = _shown(qtbot, StrategyView(owner))
    assert isinstance(theirs, StrategyView)
    assert theirs.editor.save_button.isEnabled()
    assert theirs.editor.save_button.toolTip() == "Save the service (Ctrl+S)"


def test_bulk_is_refused_to_an_auditor_and_a_colleagues_queue_to_an_agent(
        qtbot: QtBot, as_person: As, desk: Desk) -> None:
    auditor = as_person("audrey", ["auditor"])
    ws = _shown(qtbot, QueueWorkspace(auditor))
    assert isinstance(ws, QueueWorkspace)
    ws._update_actions()
    assert not ws.bulk_actions["assign"].isEnabled()
    assert "You may not change work items" in ws.bulk_actions["assign"].toolTip()

    owner = as_person("quinn", ["agent"])
    saved = owner.services.queues.save_personal("Printers", QueueDefinition())
    owner.services.queues.share(saved.key, saved.version or 0, desk.team_id)
    colleague = as_person("rita", ["agent"])
    theirs = _shown(qtbot, QueueWorkspace(colleague))
    assert isinstance(theirs, QueueWorkspace)
    theirs.info = colleague.services.queues.get(saved.key)
    theirs._update_actions()
    assert not theirs.delete_action.isEnabled()
    assert "only your own queues" in theirs.delete_action.toolTip()
