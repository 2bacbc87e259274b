"""Assign to me on the form (button and Ctrl+M) and in a queue (Ctrl+M on a selection); a person
in two teams is asked once for their default team (issue 14)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.db.models import TeamMember
from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.queues.workspace import QueueWorkspace
from deskapp.ui.work_items.default_team import DefaultTeamDialog
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(qtbot: QtBot, ctx: UiContext, item_id: uuid.UUID) -> IncidentEditor:
    form = IncidentEditor(ctx)
    qtbot.addWidget(form)
    form.resize(1200, 700)
    form.show()
    form.load(item_id)
    qtbot.waitUntil(lambda: form.is_ready() and form.dto is not None, timeout=WAIT)
    return form


def _dialog(qtbot: QtBot, parent: object) -> DefaultTeamDialog:
    found: list[DefaultTeamDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, DefaultTeamDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT)
    return found[0]


def test_ctrl_m_on_the_form_makes_the_item_mine_in_my_team(qtbot: QtBot, ctx: UiContext,
                                                           desk: Desk) -> None:
    services = ctx.services
    item = services.incidents.create({"title": "Screen flickers", "impact": 3, "urgency": 3})
    form = _editor(qtbot, ctx, item.id)
    assert form.assign_me_button.isVisible() and form.assign_me_button.isEnabled()
    form.setFocus()
    qtbot.keyClick(form, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: form.dto.assignee is not None, timeout=WAIT)
    assert form.dto.assignee.id == services.actor.staff_id
    assert form.dto.team.id == desk.other_team_id  # the person's only team ("Network")
    assert not form.assign_me_button.isVisible()  # already mine
    assert "yours now" in form.notice.text() or form.dto.status == "assigned"


def test_someone_in_two_teams_is_asked_once_which_team(qtbot: QtBot, ctx: UiContext,
                                                       desk: Desk) -> None:
    services = ctx.services
    with ctx.database.uow() as uow:
        uow.session.add(TeamMember(team_id=desk.team_id, staff_id=services.actor.staff_id))
        uow.commit()
    item = services.incidents.create({"title": "Keyboard missing keys", "impact": 3,
                                      "urgency": 3})
    form = _editor(qtbot, ctx, item.id)
    qtbot.mouseClick(form.assign_me_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, form)
    assert not dialog.ok.isEnabled()  # no team is picked for the person
    dialog.team.setCurrentIndex(dialog.team.findText("Service Desk"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.dto.assignee is not None, timeout=WAIT)
    assert form.dto.team.id == desk.team_id
    assert services.preferences.default_team() == desk.team_id
    # the next one is not asked about
    other = services.incidents.create({"title": "Mouse dead", "impact": 3, "urgency": 3})
    form.load(other.id)
    qtbot.waitUntil(lambda: form.is_ready() and form.dto.id == other.id, timeout=WAIT)
    qtbot.mouseClick(form.assign_me_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.dto.assignee is not None, timeout=WAIT)
    assert form.dto.team.id == desk.team_id


def test_ctrl_m_in_a_queue_assigns_the_selected_rows(qtbot: QtBot, ctx: UiContext,
                                                     desk: Desk) -> None:
    services = ctx.services
    made = [services.incidents.create({"title": f"Call {n}", "impact": 2, "urgency": 2})
            for n in range(3)]
    ws = QueueWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    with qtbot.waitSignal(ws.model.opened, timeout=WAIT):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: ws.model.row_at(2) is not None, timeout=WAIT)
    ws.view.setFocus()
    ws.view.selectRow(0)
    qtbot.keyClick(ws.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(ws.view, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: "assigned to you" in ws.message.text(), timeout=WAIT)
    mine = [services.incidents.get(i.id).assignee for i in made]
    assert sum(1 for a in mine if a is not None and a.id == services.actor.staff_id) == 2
    ws.shutdown()
    ctx.runner.wait_idle()
