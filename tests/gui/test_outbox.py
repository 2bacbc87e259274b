"""Outbox and conflicts in a replica (real PostgreSQL desk): the status badge counts what waits,
the dialog lists conflicts and refusals, a conflicting field is answered with Keep mine by its
mnemonic, and a refusal is discarded after a confirmation that defaults to Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from deskapp.config.urls import sqlite_url
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff, resolve_actor
from deskapp.sync.push import synchronise
from deskapp.sync.replica import create_replica
from deskapp.sync.scope import Scope
from deskapp.ui.context import UiContext
from deskapp.ui.offline import ReplicaBadge
from deskapp.ui.outbox import OutboxDialog
from deskapp.ui.workers import Runner
from tests.gui.test_offline import desk_db
from tests.support.factories import make_desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise")


desk_db = desk_db  # the offline GUI tests' PostgreSQL desk


def test_answer_a_conflict_and_discard_a_refusal(qtbot: QtBot, qapp: QApplication,
                                                 desk_db: Database, tmp_path: Path,
                                                 settings_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tech = ensure_staff(desk_db.uow, "tech1", "Terry Technician", ("technician",))
    desk = make_desk(desk_db, actor_id=tech.staff_id)
    online = Services.build(desk_db.uow, tech)
    draft = {"impact": 2, "urgency": 2, "team_id": desk.team_id}
    item = online.incidents.create({**draft, "title": "Lift display dark"})
    gone = online.incidents.create({**draft, "title": "Car park barrier stuck"})
    path = tmp_path / "van.sqlite3"
    create_replica(desk_db.engine, path, Scope(team="Service Desk"), staff="tech1")
    replica = open_database(sqlite_url(path))
    try:
        services = Services.build(replica.uow, resolve_actor(replica.uow, "tech1"))
        ctx = UiContext(replica, services, Runner(qapp))
        services.incidents.edit(item.id, item.version, {"title": "Lift display: PSU failed"})
        services.incidents.add_comment(gone.id, "Barrier arm replaced", work_note=True)
        badge = ReplicaBadge(ctx, services.replica.info())  # type: ignore[arg-type]
        qtbot.addWidget(badge)
        badge.show()
        qtbot.waitExposed(badge)
        badge.activateWindow()  # in the app it sits in the main window's status bar
        qtbot.waitUntil(lambda: QApplication.activeWindow() is badge)
        qtbot.keyClick(badge, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)  # Work offline: no background sync
        qtbot.waitUntil(badge.offline.isChecked)
        qtbot.waitUntil(lambda: "2 pending" in badge.label.text(), timeout=20_000)
        assert "working offline" in badge.label.text()
        assert badge.offline.text() == "Go online"

        online.incidents.edit(item.id, item.version, {"title": "Lift display flickers"})
        with desk_db.engine.begin() as conn:
            conn.execute(text("UPDATE work_items SET deleted_at = now(), version = version + 1"
                              " WHERE id = :i"), {"i": gone.id})
        synchronise(desk_db.engine, replica.engine)

        dialog = OutboxDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
        assert "1 in conflict" in dialog.summary.text() and "1 refused" in dialog.summary.text()
        assert dialog.current() is not None and dialog.current().state == "conflict"
        assert dialog.fields.rowCount() == 1
        assert dialog.fields.item(0, 2).text() == "Lift display: PSU failed"
        assert dialog.fields.item(0, 3).text() == "Lift display flickers"
        assert dialog.keep_mine.isEnabled() and not dialog.retry.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Keep &mine
        qtbot.waitUntil(lambda: services.outbox.counts().pending == 1)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)  # the refusal and the new op
        refused = next(n for n, e in enumerate(dialog.model.entries) if e.state == "rejected")
        dialog.table.selectRow(refused)
        assert "deleted on the desk" in dialog.detail.text()
        assert dialog.discard.isEnabled() and dialog.retry.isEnabled()
        asked: list[QMessageBox] = []

        def answer(box: QMessageBox) -> QMessageBox.StandardButton:
            asked.append(box)
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            return QMessageBox.StandardButton.Discard

        monkeypatch.setattr(QMessageBox, "exec", answer)
        qtbot.mouseClick(dialog.discard, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: services.outbox.counts().rejected == 0)
        assert asked and "Discard 1 change" in asked[0].text()
        synchronise(desk_db.engine, replica.engine)
        assert online.incidents.get(item.id).title == "Lift display: PSU failed"
        dialog.reload()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        dialog.close()
        ctx.runner.wait_idle()
    finally:
        replica.dispose()


def test_an_incident_logged_offline_shows_a_provisional_number_until_the_sync(
        qtbot: QtBot, qapp: QApplication, desk_db: Database, tmp_path: Path,
        settings_dir: Path) -> None:
    from deskapp.ui.queues.model import display_text

    tech = ensure_staff(desk_db.uow, "tech1", "Terry Technician", ("technician",))
    desk = make_desk(desk_db, actor_id=tech.staff_id)
    path = tmp_path / "van.sqlite3"
    create_replica(desk_db.engine, path, Scope(team="Service Desk"), staff="tech1")
    replica = open_database(sqlite_url(path))
    try:
        services = Services.build(replica.uow, resolve_actor(replica.uow, "tech1"))
        ctx = UiContext(replica, services, Runner(qapp))
        made = services.incidents.create({"title": "Smoke from the lift motor room",
                                          "impact": 1, "urgency": 1, "team_id": desk.team_id})

        def shown() -> str:
            row = next(r for r in services.incidents.page(limit=500) if r.id == made.id)
            return display_text(row, "number")

        assert shown() == "INC-new-1 (provisional)"
        dialog = OutboxDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        label = dialog.model.index(0, 2).data()
        assert label.startswith("INC-new-1 ")
        assert dialog.model.index(0, 3).data() == "Logged offline: Smoke from the lift motor room"
        synchronise(desk_db.engine, replica.engine)
        number = services.incidents.get(made.id).number
        assert number.startswith("INC-0") and shown() == number
        dialog.reload()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        dialog.close()
        ctx.runner.wait_idle()
    finally:
        replica.dispose()


def test_a_refused_attachment_is_listed_and_retried_under_a_new_name(
        qtbot: QtBot, qapp: QApplication, desk_db: Database, tmp_path: Path,
        settings_dir: Path) -> None:
    from PySide6.QtCore import QTimer

    from deskapp.ui.outbox import EditChangeDialog
    from tests.integration.test_replica import settled

    tech = ensure_staff(desk_db.uow, "tech1", "Terry Technician", ("technician",))
    admin = Services.build(desk_db.uow, ensure_staff(desk_db.uow, "admin1", "Ada Admin",
                                                     ("admin",)))
    desk = make_desk(desk_db, actor_id=tech.staff_id)
    online = Services.build(desk_db.uow, tech)
    item = online.incidents.create({"impact": 2, "urgency": 2, "team_id": desk.team_id,
                                    "title": "Dock flickers"})
    path = tmp_path / "van.sqlite3"
    create_replica(desk_db.engine, path, Scope(team="Service Desk"), staff="tech1")
    replica = open_database(sqlite_url(path))
    try:
        services = Services.build(replica.uow, resolve_actor(replica.uow, "tech1"))
        ctx = UiContext(replica, services, Runner(qapp))
        data = bytes(range(256)) * 160  # 40 KiB
        services.attachments.add_bytes(item.id, "dock.png", data)
        admin.attachments.set_policy(max_bytes=20_000)  # lowered on the desk meanwhile
        synchronise(desk_db.engine, replica.engine)
        admin.attachments.set_policy(max_bytes=1_000_000)
        settled(desk_db.engine)
        synchronise(desk_db.engine, replica.engine)  # the replica checks against it too

        dialog = OutboxDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        assert dialog.model.index(0, 3).data() == "Attachment: dock.png (40 KB)"
        dialog.table.selectRow(0)
        assert "this desk takes attachments up to" in dialog.detail.text()
        assert dialog.edit.isEnabled()
        seen: list[list[str]] = []

        def answer() -> None:
            edit = next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, EditChangeDialog) and w.isVisible()), None)
            if edit is None:
                QTimer.singleShot(20, answer)
                return
            seen.append(list(edit.edits))
            edit.edits["file_name"].setText("dock-photo.png")
            edit.accept()

        QTimer.singleShot(0, answer)
        qtbot.mouseClick(dialog.edit, Qt.MouseButton.LeftButton)  # Edit and retry…
        assert seen == [["file_name"]]  # only the name: the content goes as it is
        qtbot.waitUntil(lambda: services.outbox.counts().pending == 1)
        synchronise(desk_db.engine, replica.engine)
        [sent] = online.attachments.attachments(item.id)
        assert (sent.file_name, sent.size) == ("dock-photo.png", len(data))
        dialog.close()
        ctx.runner.wait_idle()
    finally:
        replica.dispose()
