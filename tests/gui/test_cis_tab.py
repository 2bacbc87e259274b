"""The CIs tab on the incident form: the main CI and impacted CIs added with the picker, the
services they affect computed from the CMDB, a removal, and the history event."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.services.cmdb_dto import RelationEdit
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.cis_tab import CiPickDialog, CisTab

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def test_impacted_cis_and_the_services_they_affect(qtbot: QtBot, view: OperationView,
                                                   ctx: UiContext) -> None:
    s = ctx.services
    crm = s.portfolio.save(None, None, {"name": "CRM", "portfolio_status": "catalogue"})
    switch = s.cmdb.save(None, None, {"name": "SW-CORE-9", "ci_type": "network switch"})
    host = s.cmdb.save(None, None, {"name": "HOST-9", "ci_type": "server",
                                    "relations": [RelationEdit("connected_to", True,
                                                               switch.id)]})
    s.cmdb.save(None, None, {"name": "CRM-APP-9", "ci_type": "application",
                             "service_id": crm.id,
                             "relations": [RelationEdit("runs_on", True, host.id)]})
    incident = s.incidents.create({"title": "Core switch flapping", "impact": 1,
                                   "urgency": 2})
    editor: Any = view.open_incident(incident.id)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    tab = editor.cis_tab
    assert isinstance(tab, CisTab)
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.cis is not None, timeout=WAIT)
    assert tab.table.rowCount() == 0

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CiPickDialog):
            QTimer.singleShot(30, pick)
            return
        if dialog.search.text() != "SW-CORE":
            qtbot.keyClicks(dialog.search, "SW-CORE")
        if dialog.results.count() != 1:
            QTimer.singleShot(30, pick)
            return
        dialog.results.setCurrentRow(0)
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT)
    assert tab.table.item(0, 0).text() == "SW-CORE-9"
    assert [tab.services.item(i).text() for i in range(tab.services.count())] == \
        ["CRM (2 hops)"]
    events = [(e.field, e.new_value) for e in s.work_items.history(incident.id)]
    assert ("impacted_cis", "SW-CORE-9") in events

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=WAIT)
    assert s.impact.ticket_cis(incident.id).cis == ()
