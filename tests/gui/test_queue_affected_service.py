"""The queue filter's affected-service list: tick a service, the queue narrows to the items whose
CIs the service stands on (the CMDB graph), and the choice is saved with the queue."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from deskapp.db.demo import generate
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.runtime import Database
from deskapp.ui.queues.dialogs import FilterDialog
from deskapp.ui.queues.workspace import QueueWorkspace
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def desk(qtbot: QtBot, qapp: QApplication, sqlite_database: Database,
         settings_dir: Path) -> Iterator[QueueWorkspace]:
    generate(sqlite_database.engine, 300, seed=11, open_ratio=0.5)
    ws = QueueWorkspace(make_context(sqlite_database, qapp))
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    yield ws
    ws.shutdown()
    ws.ctx.runner.wait_idle()


def tick(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    """Click the check box of ``row`` where the style draws it."""
    item = widget.item(row)
    widget.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(widget)
    option.rect = widget.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = widget.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                        option, widget)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_ticking_an_affected_service_narrows_the_queue_and_is_saved(
        qtbot: QtBot, qapp: QApplication, desk: QueueWorkspace,
        sqlite_database: Database) -> None:
    ws = desk
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.open_queue("all_open")
    qtbot.waitUntil(lambda: bool(ws.ref.services), timeout=10_000)
    total = ws.model.rowCount()
    queues = ws.ctx.services.queues
    every = BUILT_IN_BY_KEY["all_open"].definition

    def count(service: str) -> int:
        flt = replace(every.filter, affected_services=(service,))
        return queues.count(queues.resolve(every.with_filter(flt)), fresh=True)

    # a service some open items affect, but not all
    row, expected = next((n, c) for n, c in enumerate(count(str(s.id)) for s in ws.ref.services)
                         if 0 < c < total)
    service = ws.ref.services[row]
    ws.edit_filter()
    qtbot.waitUntil(lambda: ws.findChild(FilterDialog) is not None)
    dialog = ws.findChild(FilterDialog)
    assert dialog is not None
    assert dialog.affected.count() == len(ws.ref.services)
    assert dialog.affected.item(row).text() == service.label
    tick(qtbot, dialog.affected, row)
    assert dialog.affected.item(row).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: ws.model.rowCount() == expected, timeout=10_000)
    assert ws.definition.filter.affected_services == (str(service.id),)
    # every row shown affects the service: its own service, or its CIs within its reach
    impact = ws.ctx.services.impact
    for r in range(min(expected, 20)):
        qtbot.waitUntil(lambda r=r: ws.model.row_at(r) is not None)
        loaded = ws.model.row_at(r)
        assert loaded is not None
        if loaded.service_name != service.label:
            affected = {a.id for a in impact.ticket_cis(loaded.id).services}
            assert service.id in affected

    # saved with the queue: a new workspace (as after a restart) opens it narrowed
    with qtbot.waitSignal(ws.message_shown, timeout=10_000):
        ws.save_personal("Affecting one service")
    qtbot.waitUntil(lambda: ws.info is not None and ws.info.name == "Affecting one service",
                    timeout=10_000)
    ws.shutdown()
    ws.ctx.runner.wait_idle()
    again = QueueWorkspace(make_context(sqlite_database, qapp))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.info is not None
                    and again.info.name == "Affecting one service", timeout=10_000)
    assert again.definition.filter.affected_services == (str(service.id),)
    qtbot.waitUntil(lambda: again.model.rowCount() == expected, timeout=10_000)
    # the dialog shows the saved tick, and Reset clears it
    qtbot.waitUntil(lambda: len(again.ref.services) > row, timeout=10_000)
    again.edit_filter()
    qtbot.waitUntil(lambda: again.findChild(FilterDialog) is not None)
    reopened = again.findChild(FilterDialog)
    assert reopened is not None
    assert reopened.affected.item(row).checkState() == Qt.CheckState.Checked
    reopened.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Reset).click()
    assert reopened.queue_filter().affected_services == ()
    reopened.reject()
    again.shutdown()
    again.ctx.runner.wait_idle()
