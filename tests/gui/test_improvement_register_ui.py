"""The CSI register tab: registering an initiative through its dialog (keys and clicks), the
baseline and live progress with its sparkline, linking a work item, and refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import demo
from deskapp.db.models import WorkItem
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.improvement.register import RegisterModel
from deskapp.ui.improvement.view import ImprovementView
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 300, seed=7)
    return make_context(sqlite_database, qapp)


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[ImprovementView]:
    v = ImprovementView(ctx)
    qtbot.addWidget(v)
    v.resize(1366, 760)
    v.show()
    qtbot.waitUntil(lambda: v.report is not None and not v.busy.isVisible())
    yield v
    ctx.runner.wait_idle()


def test_register_an_initiative_and_watch_its_progress(view: ImprovementView, qtbot: QtBot,
                                                       sqlite_database: Database) -> None:
    panel = view.register_panel
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &CSI register
    assert view.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: "No initiatives yet" in panel.status.text(), timeout=10000)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(),
                    timeout=10000)
    dialog = panel.dialog
    assert dialog is not None
    # Save with nothing typed: a sentence, nothing saved
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "title" in dialog.error.text(), timeout=10000)
    assert panel.model.rowCount() == 0
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Resolve P3 calls faster")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "Callers wait days for P3 fixes")
    dialog.kpi.setCurrentIndex(dialog.kpi.findData("mttr_wall"))
    dialog.priority.setCurrentIndex(dialog.priority.findData(3))
    dialog.target.setValue(600.0)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15000)
    row = panel.model.row(0)
    assert row is not None and row.title == "Resolve P3 calls faster"
    assert row.baseline is not None and row.baseline_count > 0
    qtbot.waitUntil(lambda: row.id in panel.model.progress, timeout=20000)
    progress = panel.model.progress[row.id]
    assert len(progress.weekly) >= 12
    assert panel.model.index(0, RegisterModel.SPARK_COLUMN).data(
        Qt.ItemDataRole.UserRole + 1) == progress.weekly
    panel.table.viewport().grab()  # the sparkline paints

    with sqlite_database.uow(read_only=True) as uow:
        number = uow.session.scalars(select(WorkItem.number).where(
            WorkItem.kind == "incident").limit(1)).one()
    panel.table.selectRow(0)
    panel.link(number)
    qtbot.waitUntil(lambda: (r := panel.model.row(0)) is not None and bool(r.links),
                    timeout=10000)
    assert number in panel.model.index(0, 11).data()


def test_an_agent_sees_the_register_but_cannot_add(ctx: UiContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from deskapp.domain.permissions import Decision

    monkeypatch.setattr(ctx.services, "may", lambda *_a, **_k: Decision(
        False, "You may not create improvement initiatives; ask a supervisor."))
    v = ImprovementView(ctx)
    qtbot.addWidget(v)
    assert not v.register_panel.add_button.isEnabled()
    assert "supervisor" in v.register_panel.add_button.toolTip()
