"""The CMDB on the CI form: relations added with the picker and saved with the CI (a "part of"
loop refused with nothing saved), typed attributes refused inline, and impact analysis as a
list and a graph whose CIs open on click."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from deskapp.db import demo
from deskapp.runtime import Database
from deskapp.services.cmdb_dto import RelationEdit
from deskapp.ui.context import UiContext
from deskapp.ui.transition.impact_graph import MAX_DRAWN, NodeItem
from deskapp.ui.transition.relations import RelationDialog
from deskapp.ui.transition.types_dialog import CiTypesDialog
from deskapp.ui.transition.view import TransitionView
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(sqlite_database: Database, qapp: QApplication, settings_dir: Path) -> UiContext:
    demo.generate(sqlite_database.engine, 100, seed=5)
    return make_context(sqlite_database, qapp)


@pytest.fixture
def view(ctx: UiContext, qtbot: QtBot) -> Iterator[TransitionView]:
    v = TransitionView(ctx)
    host = QMainWindow()
    host.setCentralWidget(v)
    host.resize(1400, 900)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and v.editor.record is not None)
    qtbot.waitUntil(lambda: bool(v.editor.type_defs))
    yield v
    ctx.runner.wait_idle()


def _open(view: TransitionView, qtbot: QtBot, name: str) -> None:
    view.filter_edit.setText(name)
    qtbot.waitUntil(lambda: [c.name for c in view.model.rows()] == [name])
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.editor.record is not None and view.editor.record.name == name
                    and view.editor.relations_box.isEnabled())


def _in_dialog(qtbot: QtBot, act: Callable[[RelationDialog], bool]) -> None:
    """Drive the relation dialog once it is up (it runs its own event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RelationDialog) and act(dialog):
            return
        QTimer.singleShot(30, poll)

    QTimer.singleShot(0, poll)


def _pick(kind: tuple[str, bool, bool], text: str, qtbot: QtBot) -> Callable[..., bool]:
    def act(dialog: RelationDialog) -> bool:
        index = next(i for i in range(dialog.kind_combo.count())
                     if tuple(dialog.kind_combo.itemData(i)) == kind)
        if dialog.kind_combo.currentIndex() != index:
            dialog.kind_combo.setCurrentIndex(index)
        if dialog.search_edit.text() != text:
            dialog.search_edit.setText(text)
            return False
        match = [i for i in range(dialog.results.count())
                 if dialog.results.item(i).text().startswith(text + " ")]
        if not match:
            return False
        dialog.results.setCurrentRow(match[0])
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
        return True
    return act


def test_relations_are_picked_saved_with_the_ci_and_a_loop_is_refused(
        view: TransitionView, ctx: UiContext, qtbot: QtBot) -> None:
    cmdb = ctx.services.cmdb
    rack = cmdb.save(None, None, {"name": "RACK-LDS-A1", "ci_type": "service component"})
    row = cmdb.save(None, None, {"name": "ROW-LDS-A", "ci_type": "service component",
                                 "relations": [RelationEdit("part_of", True, rack.id)]})
    assert row.name == "ROW-LDS-A"  # the row is part of the rack (entered the wrong way round)
    _open(view, qtbot, "ESX-LDS-01")
    before = {(r.relation_type, r.other_name) for r in cmdb.detail(view.editor.record.id)
              .relations}
    assert ("part_of", "ESX-CLUSTER-LDS") in before
    _in_dialog(qtbot, _pick(("part_of", True, False), "RACK-LDS-A1", qtbot))
    qtbot.keyClick(view.editor.relations.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(line.other_name == "RACK-LDS-A1"
                                for line in view.editor.relations.lines))
    assert view.editor.dirty
    view.save()
    qtbot.waitUntil(lambda: not view.editor.dirty)
    saved = {(r.relation_type, r.outgoing, r.other_name)
             for r in cmdb.detail(view.editor.record.id).relations}
    assert ("part_of", True, "RACK-LDS-A1") in saved and len(saved) == len(before) + 1

    # The rack part of the row: a loop (the row is part of the rack) - refused
    _open(view, qtbot, "RACK-LDS-A1")
    version = view.editor.record.version
    _in_dialog(qtbot, _pick(("part_of", True, False), "ROW-LDS-A", qtbot))
    view.editor.relations.add_button.click()
    qtbot.waitUntil(lambda: len(view.editor.relations.lines) == 3)
    view.editor.name_edit.setText("RACK-LDS-A1 renamed")
    view.save()
    qtbot.waitUntil(lambda: view.editor.relations_error.isVisible())
    assert "loop" in view.editor.relations_error.text()
    assert cmdb.items("RACK-LDS-A1").items[0].version == version  # nothing saved
    assert cmdb.items("renamed").items == ()
    # removing the offending line with Delete, then saving, works
    table = view.editor.relations.table
    table.selectRow(next(i for i, line in enumerate(view.editor.relations.lines)
                         if line.other_name == "ROW-LDS-A" and line.outgoing))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(view.editor.relations.lines) == 2
    view.save()
    qtbot.waitUntil(lambda: cmdb.items("renamed").items != ())


def test_a_wrong_attribute_is_refused_inline(view: TransitionView, ctx: UiContext,
                                             qtbot: QtBot) -> None:
    _open(view, qtbot, "ESX-LDS-02")
    cores = view.editor.attributes.fields["cpu_cores"]
    assert cores.text() == "64"
    cores.setFocus()
    cores.selectAll()
    qtbot.keyClicks(cores, "lots")
    view.save()
    error = view.editor.attributes.errors["cpu_cores"]
    qtbot.waitUntil(error.isVisible)
    assert "whole number" in error.text()
    assert ctx.services.cmdb.items("ESX-LDS-02").items[0].attribute("cpu_cores") == 64


def test_impact_list_and_graph_open_a_ci(view: TransitionView, ctx: UiContext,
                                         qtbot: QtBot) -> None:
    _open(view, qtbot, "CORE-SW-LDS-01")
    panel = view.editor.impact
    assert panel is not None
    view.editor.tabs.setCurrentWidget(panel)
    panel.depth_spin.setValue(5)
    qtbot.keyClick(panel.depth_spin, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.impact is not None, timeout=10_000)
    impact = panel.impact
    assert impact is not None and impact.total > 50 and panel.model.rowCount() == impact.total
    assert "Email" in {s.name for s in impact.services}
    assert panel.services_list.count() == len(impact.services)
    graph = panel.graph
    drawn = [i for i in graph.scene().items() if isinstance(i, NodeItem) and i.ci_id]
    assert 1 < len(drawn) <= MAX_DRAWN
    panel.views.setCurrentWidget(graph)
    host = next(i for i in drawn if i.ci_id != impact.root.id
                and i.toolTip().startswith("ESX-LDS-"))
    graph.centerOn(host)
    qtbot.wait(50)
    point = graph.mapFromScene(host.sceneBoundingRect().center())
    qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    qtbot.waitUntil(lambda: view.editor.record is not None
                    and view.editor.record.id == host.ci_id)
    # a list row opens on Enter as well
    view.editor.tabs.setCurrentWidget(panel)
    panel.direction_combo.setCurrentIndex(panel.direction_combo.findData("downstream"))
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.impact is not None and panel.impact.direction == "downstream"
                    and panel.impact.root.id == host.ci_id)
    names = [n.name for n in panel.impact.nodes]
    # the host needs the SAN and the core switches; the cluster needs the host, not the
    # other way round
    assert {"SAN-LDS-01", "CORE-SW-LDS-01"} <= set(names) and "ESX-CLUSTER-LDS" not in names
    panel.views.setCurrentIndex(0)
    row = names.index("SAN-LDS-01")
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editor.record is not None
                    and view.editor.record.name == "SAN-LDS-01")


def test_an_administrator_defines_a_type_and_its_attributes(view: TransitionView,
                                                            ctx: UiContext,
                                                            qtbot: QtBot) -> None:
    assert view.types_button.isEnabled()  # the demo desk's person is an administrator
    dialog = CiTypesDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.types.count() > 5, timeout=20_000)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Load balancer")
    qtbot.mouseClick(dialog.add_attr, Qt.MouseButton.LeftButton)
    dialog.attributes.item(0, 0).setText("vip")
    dialog.attributes.item(0, 1).setText("Virtual IP")
    qtbot.mouseClick(dialog.add_attr, Qt.MouseButton.LeftButton)
    dialog.attributes.item(1, 0).setText("mode")
    kind = dialog.attributes.cellWidget(1, 2)
    kind.setCurrentIndex(kind.findData("choice"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "list its values" in dialog.message.text(), timeout=20_000)
    assert "load balancer" not in {t.name for t in ctx.services.ci_types.all()}
    dialog.attributes.item(1, 4).setText("active-passive, active-active")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=20_000)
    saved = {t.name: t for t in ctx.services.ci_types.all()}["load balancer"]
    assert [(a.key, a.kind, a.choices) for a in saved.attributes] == [
        ("vip", "text", ()), ("mode", "choice", ("active-passive", "active-active"))]
