"""An existing change opened from Service Transition on a 1366x768 laptop: the window and risk
column (planned start and end, conflicts, the risk questions) is whole inside the window. A
change has no SLA, so the form's SLA / caller side pane is not shown beside it and does not
take the column's width; an incident keeps the pane.

``DESKAPP_GRAB_DIR=/some/folder`` saves the window as PNGs there (to look at the layout)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.operation.view import OperationView
from deskapp.ui.transition.change_panel import ChangePanel
from deskapp.ui.transition.view import TransitionView
from deskapp.ui.work_items.form_shell import WorkItemForm
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000
START = datetime(2031, 5, 6, 19, 0, tzinfo=UTC)


@pytest.fixture
def win(qtbot: QtBot, ctx: UiContext) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for editor in w.views["operation"].editors():  # type: ignore[attr-defined]
        assert not editor.is_dirty()  # closing never stops on a "discard changes?" box
    w.close()
    ctx.runner.wait_idle()


def _grab(widget: QWidget, name: str) -> None:
    folder = os.environ.get("DESKAPP_GRAB_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _inside(widget: QWidget, win: QWidget) -> bool:
    """``widget`` is shown whole: inside the window and inside every ancestor's visible area
    (a scroll area's viewport included)."""
    rect = QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())
    if not win.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not win:
        seen = QRect(parent.mapTo(win, QPoint(0, 0)), parent.size())
        if not seen.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


def _open_change(qtbot: QtBot, ctx: UiContext, win: MainWindow, desk: Desk) -> WorkItemForm:
    change = ctx.services.changes.create({
        "change_type": "normal", "title": "Replace the core switch firmware",
        "reason": "Vendor advisory: the current firmware drops VLANs.",
        "implementation_plan": "Upload, stage, reboot switch A then B.",
        "backout_plan": "Boot the previous image from flash.",
        "test_plan": "Ping every VLAN gateway.", "service_id": desk.service_id,
        "ci_id": desk.ci_id, "planned_start": START, "planned_end": START + timedelta(hours=2)})
    transition = win.show_area("transition")
    assert isinstance(transition, TransitionView)
    transition.open_item_requested.emit(change.id, "change")  # as the calendar and plan do
    operation = win.views["operation"]
    assert isinstance(operation, OperationView)
    qtbot.waitUntil(lambda: isinstance(operation.current_editor(), WorkItemForm), timeout=WAIT)
    editor = operation.current_editor()
    assert isinstance(editor, WorkItemForm)
    qtbot.waitUntil(lambda: editor.dto is not None and editor.is_ready(), timeout=WAIT)
    return editor


def test_at_1366x768_a_changes_window_and_risk_column_is_whole(
        qtbot: QtBot, ctx: UiContext, win: MainWindow, desk: Desk) -> None:
    editor = _open_change(qtbot, ctx, win, desk)
    panel = editor.panel
    assert isinstance(panel, ChangePanel)
    qtbot.wait(50)  # let the layout settle after the load
    _grab(win, "change_1366x768")
    assert not editor.side_pane.isVisible()  # a change has no SLA: no empty SLA pane beside it
    assert not editor.header.sla.isVisible()  # nor an "SLA: OK" in its header
    for field in (panel.has_window, panel.planned_start, panel.planned_end):
        assert field.isVisible() and _inside(field, win), field.objectName()
        # not squeezed below what it needs to show its text
        assert field.width() >= field.minimumSizeHint().width(), field.objectName()
    for key, box in panel.risk.questions.items():
        panel.right_scroll.ensureWidgetVisible(box)
        _grab(win, f"change_1366x768_{key}")
        assert box.width() >= box.minimumSizeHint().width(), key
        assert _inside(box, win), key
    # the three columns share the width: the window column is not the leftover
    assert panel.right_scroll.width() >= 0.8 * panel.implementation_plan.width()
    assert not editor.is_dirty()


def test_an_incident_keeps_its_sla_and_caller_pane(qtbot: QtBot, ctx: UiContext,
                                                  win: MainWindow) -> None:
    operation = win.show_area("operation")
    assert isinstance(operation, OperationView)
    item = ctx.services.incidents.create({"title": "VPN drops every hour", "impact": 2,
                                          "urgency": 2})
    editor = operation.open_incident(item.id)
    assert isinstance(editor, WorkItemForm)
    qtbot.waitUntil(lambda: editor.dto is not None and editor.is_ready(), timeout=WAIT)
    _grab(win, "incident_1366x768")
    assert editor.side_pane.isVisible() and editor.side_pane.width() > 200
    assert editor.header.sla.isVisible()
