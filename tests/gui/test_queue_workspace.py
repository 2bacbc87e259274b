"""The queue workspace driven like a person would: open, sort, filter, save, bulk, take, export."""

from __future__ import annotations

import csv
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from deskapp.db.demo import generate
from deskapp.domain.bulk import BulkChange
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.runtime import Database
from deskapp.services.queues import BulkTarget
from deskapp.ui.queues import actions as actions_module
from deskapp.ui.queues.dialogs import BulkDialog, BulkReportDialog
from deskapp.ui.queues.model import BLOCK, PLACEHOLDER
from deskapp.ui.queues.workspace import QueueWorkspace
from tests.support.gui import make_context

TICKETS = 900  # about 270 open: three blocks of the lazy model
# the offscreen platform says this on every top-level show(); it is not a DeskApp problem
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def loaded_targets(ws: QueueWorkspace) -> list[BulkTarget] | None:
    """The selected rows as loaded in the view; None when some were never loaded."""
    targets = []
    for first, last in ws.selected_spans():
        for row in range(first, last + 1):
            loaded = ws.model.row_at(row)
            if loaded is None:
                return None
            targets.append(BulkTarget.of(loaded))
    return targets


@pytest.fixture
def desk_db(sqlite_database: Database) -> Database:
    generate(sqlite_database.engine, TICKETS, seed=7, open_ratio=0.3)
    return sqlite_database


@pytest.fixture
def workspace(qtbot: QtBot, qapp: QApplication, desk_db: Database,
              settings_dir: Path) -> Iterator[QueueWorkspace]:
    ctx = make_context(desk_db, qapp)
    ws = QueueWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    yield ws
    ws.shutdown()
    ctx.runner.wait_idle()


def kind_service(ws: QueueWorkspace, kind: str) -> Any:
    """The service of a row's kind: All open lists every kind, in an order that moves with the
    clock (the demo desk's ages are relative to now)."""
    return ws.service.kind_services[kind]


def open_queue(qtbot: QtBot, ws: QueueWorkspace, key: str) -> None:
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.open_queue(key)
    qtbot.waitUntil(lambda: ws.model.row_at(0) is not None)


def visible_numbers(ws: QueueWorkspace, first: int, n: int) -> list[str]:
    col = ws.model.columns.index("number")
    return [ws.model.index(r, col).data() for r in range(first, first + n)]


def test_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester: object,
                                      workspace: QueueWorkspace) -> None:
    with qtbot.waitSignal(workspace.model.checkpoints_ready, timeout=10_000):
        open_queue(qtbot, workspace, "all_open")
    qtmodeltester.check(workspace.model)  # type: ignore[attr-defined]


def test_open_sort_and_filter(qtbot: QtBot, workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    services = ws.ctx.services
    expected = services.queues.count(services.queues.resolve(
        BUILT_IN_BY_KEY["all_open"].definition), fresh=True)
    assert ws.model.rowCount() == expected > 2 * BLOCK
    assert ws.model.loaded_rows() <= 3 * BLOCK  # lazy: not everything
    assert f"{expected:,}" in ws.count_label.text()
    # sort by clicking the Number header: ascending, then descending
    header = ws.view.horizontalHeader()
    section = ws.definition.columns.index("number")
    x = header.sectionViewportPosition(section) + 5
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: ws.model.row_at(1) is not None)
    first = visible_numbers(ws, 0, 5)
    assert first == sorted(first) and ws.definition.sort[0].column == "number"
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: ws.model.row_at(1) is not None)
    desc = visible_numbers(ws, 0, 5)
    assert desc == sorted(desc, reverse=True) and ws.definition.sort[0].descending
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # a column the database cannot sort by says so and keeps the order
    team_section = ws.definition.columns.index("team_name")
    tx = header.sectionViewportPosition(team_section) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(tx, 5))
    assert "cannot be sorted" in ws.message.text() and ws.definition.sort[0].descending
    # filter by typing in the queue's filter field
    number = desc[0]
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.keyClicks(ws.search, number)
        qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    # the number itself, and any other open item whose text names the same number
    qtbot.waitUntil(lambda: 1 <= ws.model.rowCount() <= 3)
    qtbot.waitUntil(lambda: ws.model.row_at(ws.model.rowCount() - 1) is not None)
    assert number in visible_numbers(ws, 0, ws.model.rowCount())
    # the navigator keeps counting the queue as saved, not the filter tried on it
    qtbot.wait(300)  # the background recount of the filtered view has come back
    assert ws.navigator.count_of("all_open") == expected
    # a filter that matches nothing: an empty, usable view
    ws.search.clear()
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.keyClicks(ws.search, "zzzyyyxxx")
        qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0)
    ws.search.clear()
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.keyClicks(ws.search, "%%%")
        qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "letters or digits" in ws.message.text())


def test_jump_to_the_end_fetches_only_the_window(qtbot: QtBot,
                                                 workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    total = ws.model.rowCount()
    ws.view.setFocus()
    ws.view.setCurrentIndex(ws.model.index(0, 0))
    qtbot.keyClick(ws.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.model.row_at(total - 1) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: ws.model.index(total - 1, 0).data() != PLACEHOLDER)
    queue = ws.model.queue
    assert queue is not None
    everything = ws.ctx.services.queues.page(queue, None, 10_000)
    assert [ws.model.row_at(r).id for r in range(total - 5, total)] == \
        [r.id for r in everything[-5:]]  # type: ignore[union-attr]
    # the middle rows were never read
    assert ws.model.row_at(total // 2 - BLOCK // 2) is None or total < 4 * BLOCK
    # jump into the middle through the scroll bar: the read starts at once, before the view
    # has painted the placeholders that used to ask for it
    bar = ws.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = ws.view.rowAt(0)
    assert ws.model.fetching(top)
    qtbot.waitUntil(lambda: ws.model.row_at(top) is not None, timeout=10_000)
    assert ws.model.row_at(top).id == everything[top].id  # type: ignore[union-attr]
    # another sort starts at the top of the newly sorted list, not at the old position
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.sort_by("number", False)
    assert bar.value() == 0 and ws.view.rowAt(0) == 0


def test_save_personal_queue_and_find_it_after_restart(qtbot: QtBot, qapp: QApplication,
                                                       workspace: QueueWorkspace,
                                                       desk_db: Database) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.sort_by("opened_at", True)
    ws.set_columns(("number", "title", "opened_at"))
    with qtbot.waitSignal(ws.message_shown, timeout=10_000):
        ws.save_personal("Newest open")
    qtbot.waitUntil(lambda: any(ws.navigator.item(i).text().startswith("Newest open")
                                for i in range(ws.navigator.count())))
    ws.shutdown()
    ws.ctx.runner.wait_idle()
    # a new context and workspace: as after a restart
    again = QueueWorkspace(make_context(desk_db, qapp))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: any(again.navigator.item(i).text().startswith("Newest open")
                                for i in range(again.navigator.count())), timeout=10_000)
    qtbot.waitUntil(lambda: again.key is not None and again.info is not None
                    and again.info.name == "Newest open", timeout=10_000)
    assert again.definition.columns == ("number", "title", "opened_at")
    assert again.definition.sort[0].column == "opened_at"
    again.shutdown()
    again.ctx.runner.wait_idle()


def test_bulk_assign_shows_a_report(qtbot: QtBot, workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    qtbot.waitUntil(lambda: bool(ws.ref.teams), timeout=10_000)
    ws.view.setFocus()
    ws.view.selectRow(0)
    qtbot.keyClick(ws.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(ws.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert ws.selection_size() == 3
    # the rows as the bulk action took them (a live refresh may reload them before then)
    targets: list[BulkTarget] = []
    collect = ws.collect_targets
    ws.collect_targets = lambda done: collect(  # type: ignore[method-assign]
        lambda found: (targets.extend(found), done(found)))
    ws.bulk_actions["assign"].trigger()
    qtbot.waitUntil(lambda: ws.findChild(BulkDialog) is not None, timeout=10_000)
    dialog = ws.findChild(BulkDialog)
    assert dialog is not None and dialog.isVisible() and len(targets) == 3
    # someone else edits the middle row while the dialog is open: it must come back as a
    # conflict
    kind_service(ws, targets[1].kind).update(targets[1].id, targets[1].version,
                                             {"title": "Edited by someone else"})
    # a team none of the three rows is in, so every row changes
    team_id = next(c.id for c in ws.ref.teams if c.id not in {t.team_id for t in targets})
    dialog.team.select(team_id)
    dialog.assignee.setCurrentIndex(2)  # after "(no change)" and "(nobody)": a team member
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=10_000)
    report = ws.findChild(BulkReportDialog)
    assert report is not None and report.isVisible()
    assert [o.outcome for o in report.report.outcomes] == ["ok", "conflict", "ok"]
    assert report.table.rowCount() == 3 and "2 of 3" in report.summary.text()
    assert kind_service(ws, targets[0].kind).get(targets[0].id).team.id == team_id
    report.close()


def test_bulk_change_can_be_cancelled_from_its_progress_dialog(
        qtbot: QtBot, workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    ws.view.setFocus()
    ws.view.selectRow(0)
    for _ in range(3):
        qtbot.keyClick(ws.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    targets = loaded_targets(ws)
    assert targets is not None and len(targets) == 4
    # hold the worker at its first row until the person has pressed Cancel
    release = threading.Event()
    services = {kind_service(ws, kind) for kind in {t.kind for t in targets}}
    originals = {service: service.update for service in services}

    def slowed(original: Any) -> Any:
        def slow_update(*args: object, **kwargs: object) -> object:
            release.wait(10)
            return original(*args, **kwargs)
        return slow_update

    for service in services:
        service.update = slowed(originals[service])
    try:
        ws.run_bulk("priority", targets, BulkChange(impact=1, urgency=1))
        progress = ws.bulk_progress
        assert progress is not None
        qtbot.waitUntil(progress.isVisible, timeout=5_000)  # shown once the run takes a while
        qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Esc = Cancel
        token = ws.bulk_token
        assert token is not None
        qtbot.waitUntil(lambda: token.cancelled, timeout=2_000)
        release.set()
        qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=10_000)
    finally:
        release.set()
        for service in services:
            service.update = originals[service]
    report = ws.findChild(BulkReportDialog)
    assert report is not None
    assert [o.outcome for o in report.report.outcomes] == ["ok", "skipped", "skipped", "skipped"]
    assert "3 not tried" in report.summary.text()
    report.close()


def test_take_next_with_ctrl_t_opens_the_claimed_ticket(qtbot: QtBot,
                                                        workspace: QueueWorkspace) -> None:
    ws = workspace
    # new, unassigned calls in the agent's team (the small demo desk may have none left there)
    services = ws.ctx.services
    with ws.ctx.database.engine.connect() as conn:
        team_id = conn.execute(text("SELECT team_id FROM team_members WHERE staff_id = :s"),
                               {"s": services.actor.staff_id.hex}).scalar_one()
    for title in ("Laptop will not boot", "Badge does not open door 4"):
        services.incidents.create({"title": title, "impact": 2, "urgency": 2,
                                   "team_id": uuid.UUID(str(team_id))})
    open_queue(qtbot, ws, "unassigned_my_teams")
    expected = ws.model.rowCount()
    assert expected >= 2
    ws.view.setFocus()
    top = ws.model.row_at(0)
    with qtbot.waitSignal(ws.incident_activated, timeout=10_000) as blocker:
        qtbot.keyClick(ws.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert top is not None and blocker.args == [top.id]
    dto = kind_service(ws, top.kind).get(top.id)
    assert dto.assignee is not None and dto.assignee.id == ws.ctx.services.actor.staff_id
    qtbot.waitUntil(lambda: ws.model.rowCount() == expected - 1, timeout=10_000)
    # an empty queue says so instead of opening anything
    ws.apply_definition(ws.definition.with_filter(
        replace(ws.definition.filter, text="zzzyyyxxx")))
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0, timeout=10_000)
    with qtbot.assertNotEmitted(ws.incident_activated, wait=300):
        qtbot.keyClick(ws.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Nothing left" in ws.message.text(), timeout=10_000)


def test_export_csv_xlsx_and_a_read_only_folder(qtbot: QtBot, workspace: QueueWorkspace,
                                                tmp_path: Path) -> None:
    from tests.integration.test_queue_service import unwritable_folder

    ws = workspace
    open_queue(qtbot, ws, "all_open")
    total = ws.model.rowCount()
    for name in ("open.csv", "open.xlsx"):
        ws.last_export = None
        ws.export_to(tmp_path / name)
        qtbot.waitUntil(lambda: ws.last_export is not None, timeout=20_000)
        assert ws.last_export is not None and ws.last_export.rows == total
        assert "Exported" in ws.message.text()
    with (tmp_path / "open.csv").open(encoding="utf-8-sig") as fh:
        assert sum(1 for _ in csv.reader(fh)) == total + 1
    locked = unwritable_folder(tmp_path)
    ws.export_to(locked / "open.csv")
    qtbot.waitUntil(lambda: "cannot write to" in ws.message.text(), timeout=10_000)
    assert ws.view.isEnabled()


def test_server_going_away_mid_scroll_keeps_the_view_usable(qtbot: QtBot,
                                                            workspace: QueueWorkspace,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from deskapp.errors import ConnectionFailed

    ws = workspace
    open_queue(qtbot, ws, "all_open")
    service = ws.ctx.services.queues
    real_window = service.window
    down = [True]

    def window(*args: object, **kwargs: object) -> object:
        if down[0]:
            raise ConnectionFailed("The database server cannot be reached; check the network "
                                   "or the server and try again (nothing was saved).")
        return real_window(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "window", window)
    total = ws.model.rowCount()
    ws.view.scrollToBottom()
    qtbot.waitUntil(lambda: "cannot be reached" in ws.message.text(), timeout=10_000)
    assert ws.model.index(total - 1, 0).data() == PLACEHOLDER  # shown as loading, not lost
    assert ws.model.row_at(0) is not None  # what was loaded stays
    down[0] = False  # the server is back: the rows on screen load by themselves
    qtbot.waitUntil(lambda: ws.model.row_at(total - 1) is not None, timeout=10_000)


def test_grouped_queue_opens_groups_lazily_and_opens_items(
        qtbot: QtBot, qtmodeltester: object, workspace: QueueWorkspace) -> None:
    """Group by team: headers with counts first (no rows read); opening a group reads its
    first page, scrolling its "more" row reads the next; Enter on a row opens the item; the
    grouping is part of the queue's definition and survives a refresh."""
    from deskapp.ui.queues import grouped as grouped_module

    ws = workspace
    open_queue(qtbot, ws, "all_open")
    total = ws.model.rowCount()
    ws.group_box.setFocus()
    ws.group_box.setCurrentIndex(ws.group_box.findData("team_name"))
    ws.group_box.activated.emit(ws.group_box.currentIndex())
    model, view = ws.grouped_model, ws.grouped_view
    qtbot.waitUntil(lambda: ws.grid_stack.currentWidget() is view and model.groups != [],
                    timeout=10_000)
    assert model.total() == total
    assert all(g.rows == [] for g in model.groups)  # nothing read before a group opens
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert "(" in model.index(0, 0).data()  # "Service Desk (123)"
    biggest = max(range(len(model.groups)), key=lambda n: model.groups[n].count)
    count = model.groups[biggest].count

    def loaded() -> int:  # read afresh: a live refresh re-reads the groups (kept open)
        return len(model.groups[biggest].rows)
    old_page = grouped_module.PAGE
    grouped_module.PAGE = 20  # small pages, so the group has a "more" row
    ws.resize(1200, 330)  # a few rows on screen: the "more" row starts out of view
    try:
        view.setFocus()
        view.setCurrentIndex(model.index(biggest, 0))
        qtbot.keyClick(view, Qt.Key.Key_Right)  # opens the group
        qtbot.waitUntil(lambda: loaded() == min(20, count), timeout=10_000)
        parent = model.index(biggest, 0)
        if count > 20:
            assert model.is_more(model.index(20, 0, parent))
            view.scrollToBottom()  # the "more" row comes into view: the next page is read
            qtbot.waitUntil(lambda: loaded() == min(40, count), timeout=10_000)
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    finally:
        grouped_module.PAGE = old_page
    first = model.row_at(model.index(0, 0, parent))
    assert first is not None
    view.setCurrentIndex(model.index(0, 0, parent))
    with qtbot.waitSignal(ws.incident_activated, timeout=10_000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    assert ws.definition.group_by == "team_name"
    ws.refresh()  # a live refresh keeps the open group open
    qtbot.waitUntil(lambda: model.groups[biggest].open and model.groups[biggest].rows != [],
                    timeout=10_000)
    ws.group_box.setCurrentIndex(ws.group_box.findData(None))
    ws.group_box.activated.emit(ws.group_box.currentIndex())
    assert ws.grid_stack.currentWidget() is ws.view


def test_search_dialog_finds_and_opens(qtbot: QtBot, workspace: QueueWorkspace) -> None:
    from deskapp.ui.queues.search import SearchDialog

    ws = workspace
    open_queue(qtbot, ws, "all_open")
    row = ws.model.row_at(0)
    assert row is not None
    dialog = SearchDialog(ws.ctx, ws)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        qtbot.keyClicks(dialog.input, "@@@")
    assert dialog.results.count() == 0 and "letters and digits" in dialog.hint.text()
    dialog.input.clear()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        qtbot.keyClicks(dialog.input, row.number.lower())
    assert dialog.results.count() >= 1
    assert dialog.results.item(0).text().startswith(row.number)
    with qtbot.waitSignal(dialog.incident_activated, timeout=5000) as opened:
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert opened.args == [row.id] and not dialog.isVisible()
    # words: every hit shows its number and title
    dialog.show()
    dialog.input.clear()
    word = row.title.split()[0]
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        qtbot.keyClicks(dialog.input, word)
    assert dialog.results.count() >= 1


def test_live_refresh_is_not_starved_by_a_busy_desk_and_is_paced(
        qtbot: QtBot, workspace: QueueWorkspace) -> None:
    """Another client's changes every 50 ms for 2.5 s: the first refresh still lands soon
    (a restarting debounce never fired while they kept coming), it keeps up while the burst
    lasts, and the 50 notifications are coalesced into refreshes at least the pacer's gap
    apart (200 clients must not re-query after every commit)."""
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
    landed: list[float] = []
    ws.model.refreshed.connect(lambda *_: landed.append(time.perf_counter()))
    payload = {"table": "work_items", "op": "update", "ids": None}
    pulse = QTimer(ws)
    pulse.setInterval(50)
    pulse.timeout.connect(lambda: ws._changed_elsewhere(payload))
    started = time.perf_counter()
    ws._changed_elsewhere(payload)
    pulse.start()
    try:
        qtbot.waitUntil(lambda: time.perf_counter() - started >= 2.5, timeout=5_000)
    finally:
        pulse.stop()
    pacer = ws._pacer
    assert landed, "no refresh while changes kept coming"
    assert landed[0] - started < pacer.rows_delay_s + pacer.rows_jitter_s + 0.5
    assert len(landed) >= 2  # and it keeps up while the burst lasts
    assert len(landed) <= 2.5 / pacer.rows_gap_s + 1  # coalesced: not one per notification
    gaps = [b - a for a, b in zip(landed, landed[1:], strict=False)]
    assert min(gaps) >= pacer.rows_gap_s - 0.1


def test_live_refresh_rereads_rows_only_for_changes_that_touch_the_view(
        qtbot: QtBot, workspace: QueueWorkspace, desk_db: Database) -> None:
    """Another client's change of an item that is neither shown nor in the queue (a closed
    ticket, for All open) re-reads nothing; a change of a shown item, or of an item that is in
    the queue though not loaded, re-reads the window. Unknown changes always do."""
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
    loaded = ws.model.loaded_ids()
    with desk_db.engine.connect() as conn:
        closed = conn.execute(text("SELECT id FROM work_items WHERE status_category = 'done' "
                                   "LIMIT 1")).scalar_one()
        open_ids = [uuid.UUID(str(i)) if not isinstance(i, uuid.UUID) else i
                    for i in conn.execute(text(
                        "SELECT id FROM work_items WHERE status_category <> 'done' AND "
                        "deleted_at IS NULL")).scalars()]
    closed = closed if isinstance(closed, uuid.UUID) else uuid.UUID(str(closed))
    unloaded = next(i for i in open_ids if i not in loaded)
    shown = next(iter(loaded))
    reads: list[int] = []
    original = ws.service.page

    def counted_page(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return original(*args, **kwargs)

    ws.service.page = counted_page  # type: ignore[method-assign]
    pacer = ws._pacer
    settle_ms = round((pacer.rows_delay_s + pacer.rows_jitter_s + pacer.rows_gap_s) * 1000)
    try:
        qtbot.wait(settle_ms)  # the gap after the opening read has passed
        ws._changed_elsewhere({"table": "work_items", "op": "update", "ids": [str(closed)]})
        qtbot.wait(settle_ms + 300)
        qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
        assert reads == []  # nothing on screen or in the queue changed
        for ids in ([str(shown)], [str(unloaded)], None):
            with qtbot.waitSignal(ws.model.refreshed, timeout=10_000):
                ws._changed_elsewhere({"table": "work_items", "op": "update", "ids": ids})
            qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
        assert reads
    finally:
        ws.service.page = original  # type: ignore[method-assign]


def test_one_live_refresh_at_a_time_and_changes_meanwhile_get_one_more(
        qtbot: QtBot, workspace: QueueWorkspace) -> None:
    """A refresh supersedes the one before it: started every 150 ms while each read takes
    longer (a count at 1M tickets), none would ever land. Changes that arrive while one is
    being read wait for it and then make exactly one more."""
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
    release = threading.Event()
    original = ws.service.page
    reads: list[int] = []

    def slow_page(*args: object, **kwargs: object) -> object:
        reads.append(1)
        release.wait(10)
        return original(*args, **kwargs)

    ws.service.page = slow_page
    payload = {"table": "work_items", "op": "update", "ids": None}
    try:
        ws._changed_elsewhere(payload)
        qtbot.waitUntil(lambda: ws._refresh_started is not None, timeout=5_000)
        # in flight, held by slow_page
        for _ in range(5):  # five more changes while it is read
            ws._changed_elsewhere(payload)
            qtbot.wait(200)
        # the paced refresh they asked for comes while the first is read: it waits
        qtbot.waitUntil(lambda: ws._refresh_pending, timeout=5_000)
        assert not ws._refresh_timer.isActive()
        assert len(reads) == 1  # no second refresh superseded the first
        with qtbot.waitSignal(ws.model.refreshed, timeout=10_000):
            release.set()
        # the pending changes make one more refresh, which lands too (a paced refresh still
        # due may follow it: one at a time, never superseding)
        with qtbot.waitSignal(ws.model.refreshed, timeout=10_000):
            pass
        qtbot.waitUntil(lambda: not ws._refresh_pending and ws._reselect is None,
                        timeout=10_000)
        assert len(reads) <= 4
    finally:
        release.set()
        ws.service.page = original
    qtbot.waitUntil(lambda: not ws.ctx.runner.busy, timeout=10_000)
    assert ws._refresh_started is None


def test_a_filter_matching_nothing_says_so(qtbot: QtBot, workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    assert ws.model.rowCount() > 0
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.keyClicks(ws.search, "zzzyyyxxx")
        qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    assert ws.model.rowCount() == 0
    assert ws.count_label.text() == "0 items"  # not the count of the queue before
    assert ws.empty_state.isVisible() and "change the filter" in ws.empty_state.text()
    ws.search.clear()
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    assert ws.model.rowCount() > 0 and not ws.empty_state.isVisible()


def test_bulk_on_a_selection_with_rows_not_loaded(qtbot: QtBot,
                                                 workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    # incidents and their tasks (the demo's problems take no bulk status: their steps need a
    # root cause)
    two_kinds = ws.definition.with_filter(replace(ws.definition.filter,
                                                  kinds=("incident", "incident_task")))
    with qtbot.waitSignal(ws.model.opened, timeout=10_000):
        ws.apply_definition(two_kinds)
    total = ws.model.rowCount()
    ws.view.selectAll()
    assert loaded_targets(ws) is None  # most selected rows were never loaded
    # incident tasks have no bulk priority: with tasks selected it is not offered at all
    ws.bulk_actions["priority"].trigger()
    qtbot.waitUntil(lambda: "does not apply to Incident tasks" in ws.message.text(),
                    timeout=10_000)
    assert ws.findChild(BulkDialog) is None
    ws.bulk_actions["status"].trigger()
    qtbot.waitUntil(lambda: ws.findChild(BulkDialog) is not None, timeout=10_000)
    dialog = ws.findChild(BulkDialog)
    assert dialog is not None and f"{total:,} items" in dialog.windowTitle()
    # the steps every selected kind may take: no Resolved (tasks), no Cancelled (incidents)
    offered = list(dialog.status._values)
    assert "resolved" not in offered and "cancelled" not in offered and "pending" in offered
    dialog.status.select("pending")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    if dialog.planned.needs_confirmation:  # asked once more (over 50, or an assignee lost)
        assert dialog.confirmation is not None
        dialog.confirmation.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: ws.findChild(BulkReportDialog) is not None, timeout=60_000)
    report = ws.findChild(BulkReportDialog)
    assert report is not None
    queues = ws.ctx.services.queues
    queue = queues.resolve(two_kinds)
    rows = queues.page(queue, None, total + 10)
    assert {r.kind for r in rows} == {"incident", "incident_task"}
    assert len(report.report.outcomes) == total
    assert {o.id for o in report.report.outcomes} == {r.id for r in rows}
    assert report.report.ok > 0
    assert all(o.outcome in ("ok", "unchanged", "invalid") for o in report.report.outcomes)
    report.close()


def test_a_selection_over_the_bulk_limit_touches_no_rows(
        qtbot: QtBot, workspace: QueueWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    monkeypatch.setattr(actions_module, "MAX_BULK", 50)

    def no_rows(_row: int) -> BulkTarget:
        raise AssertionError("a selection over the limit must not read its rows")

    ws.view.selectAll()
    monkeypatch.setattr(ws.model, "row_at", no_rows)
    ws.bulk_actions["assign"].trigger()
    assert "up to 50 items" in ws.message.text()
    assert ws.findChild(BulkDialog) is None
    # a live refresh keeps the large selection as ranges instead of re-selecting by id
    with qtbot.waitSignal(ws.model.refreshed, timeout=10_000):
        ws.refresh()
    qtbot.wait(50)
    assert ws.selection_size() == ws.model.rowCount()


def test_reconnecting_hides_only_its_own_message(qtbot: QtBot,
                                                 workspace: QueueWorkspace) -> None:
    ws = workspace
    watcher = ws.watcher
    assert watcher is not None
    watcher.connection_lost.emit("Live updates paused")
    assert ws.message.isVisible() and ws.message.text() == "Live updates paused"
    watcher.connection_restored.emit()
    assert not ws.message.isVisible()
    watcher.connection_lost.emit("Live updates paused")
    ws.show_message("Saved as 'Mine' under My queues.")
    watcher.connection_restored.emit()
    assert ws.message.isVisible() and ws.message.text().startswith("Saved as")


# -- messages clear when their cause is gone (issue 13) -----------------------------------------
def test_an_export_message_clears_on_the_next_action(qtbot: QtBot, workspace: QueueWorkspace,
                                                    tmp_path: Path) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    cleared: list[str] = []
    ws.message_cleared.connect(cleared.append)
    ws.export_to(tmp_path / "open.csv")
    qtbot.waitUntil(lambda: ws.last_export is not None, timeout=20_000)
    assert ws.message.isVisible() and "Exported" in ws.message.text()
    ws.view.setFocus()
    ws.view.selectRow(2)  # choosing rows is not news: the message stays
    assert ws.message.isVisible()
    opened: list[object] = []
    ws.incident_activated.connect(opened.append)
    qtbot.keyClick(ws.view, Qt.Key.Key_Return)  # the next action: the row opens
    assert opened and not ws.message.isVisible()
    assert cleared and "Exported" in cleared[-1]
    # a command's own answer stays: Ctrl+T hides the old line and shows what it did
    ws.show_message("Old news")
    qtbot.keyClick(ws.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not ws.message.isVisible() or ws.message.text() != "Old news"
    qtbot.waitUntil(lambda: ws.message.isVisible(), timeout=10_000)
    assert ws.message.text() != "Old news"


def test_a_live_refresh_keeps_the_message_and_a_paused_notice_outlives_commands(
        qtbot: QtBot, workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    ws.view.selectRow(0)
    ws.show_message("Nothing left to take in this queue.")
    with qtbot.waitSignal(ws.model.refreshed, timeout=10_000):
        ws.refresh()  # re-selects the same rows: not the person's doing
    assert ws.message.isVisible() and ws.message.text().startswith("Nothing left")
    ws._live_lost("Live updates paused: the server is not answering.")
    ws.refresh_action.trigger()
    assert ws.message.isVisible() and ws.message.text().startswith("Live updates paused")


def test_a_saved_personal_queue_shows_its_own_name(qtbot: QtBot,
                                                  workspace: QueueWorkspace) -> None:
    ws = workspace
    open_queue(qtbot, ws, "all_open")
    assert "All open" in ws.title.text()
    with qtbot.waitSignal(ws.message_shown, timeout=10_000):
        ws.save_personal("Mine <urgent>")
    qtbot.waitUntil(lambda: "Mine &lt;urgent&gt;" in ws.title.text(), timeout=10_000)
    assert "All open" not in ws.title.text()
    assert ws.rename_action.isEnabled() and ws.delete_action.isEnabled()


def test_default_columns_fit_their_header_and_values(qtbot: QtBot,
                                                     workspace: QueueWorkspace) -> None:
    ws = workspace
    ws.resize(1600, 700)
    open_queue(qtbot, ws, "all_open")
    header = ws.view.horizontalHeader()
    for section, key in enumerate(ws.model.columns):
        assert header.sectionSize(section) >= header.sectionSizeHint(section), key
    # the title takes the width the others leave, until the person sizes it
    used = sum(header.sectionSize(s) for s in range(header.count()))
    assert used == ws.view.viewport().width()
    title = ws.model.columns.index("title")
    team = ws.model.columns.index("team_name")
    header.resizeSection(team, header.sectionSize(team) + 40)  # as a drag does
    assert sum(header.sectionSize(s) for s in range(header.count())) == used
    header.resizeSection(title, 200)
    ws.resize(ws.width() + 100, ws.height())
    qtbot.waitUntil(lambda: ws.view.viewport().width() > used)
    assert header.sectionSize(title) == 200
