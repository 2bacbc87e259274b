"""The Attachments tab as an agent uses it: Add… (button or Ctrl+Shift+A; only the OS file
dialog is patched), dropping files from the desktop, pasting a screenshot with Ctrl+V, the
program warning, Open, Save as, Remove with its confirmation, and cancelling a large file."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from deskapp.services.attachments import AttachmentDTO
from deskapp.ui.context import UiContext
from deskapp.ui.operation.incident_form import IncidentEditor
from deskapp.ui.operation.task_form import TaskEditor
from deskapp.ui.operation.view import OperationView
from deskapp.ui.work_items.attachments_tab import AttachmentsModel, AttachmentsTab

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 15_000


def _editor(qtbot: QtBot, view: OperationView, ctx: UiContext,
            title: str = "VPN drops every hour") -> tuple[IncidentEditor, AttachmentsTab]:
    item = ctx.services.incidents.create({"title": title, "impact": 2, "urgency": 2})
    editor = view.open_incident(item.id)
    assert isinstance(editor, IncidentEditor)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    tab = editor.attachments_tab
    editor.tabs.setCurrentWidget(tab)
    return editor, tab


def _events(editor: Any) -> list[Any]:
    model = editor.history.model
    return [model.row(r) for r in range(model.rowCount())]


def _names(tab: AttachmentsTab) -> list[str]:
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def _drop(tab: AttachmentsTab, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    return drop.isAccepted()


def _answer(qtbot: QtBot, tab: AttachmentsTab, button_text: str) -> str:
    qtbot.waitUntil(lambda: tab.question is not None and tab.question.isVisible(),
                    timeout=WAIT)
    box = tab.question
    assert box is not None
    text = box.text()
    chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    return text


def test_add_by_button_and_shortcut_lists_the_file_and_its_history(
        qtbot: QtBot, view: OperationView, ctx: UiContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    report = tmp_path / "error report.pdf"
    report.write_bytes(b"%PDF-1.4 " + b"x" * 3000)
    chosen: list[list[str]] = [[str(report)], []]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (chosen.pop(0), "")))
    with qtbot.waitSignal(tab.message, timeout=WAIT) as said:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert said.args == ["1 file attached."]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert [tab.model.index(0, c).data() for c in range(3)] == [
        "error report.pdf", "2.9 KB", "Gui Agent"]
    qtbot.waitUntil(lambda: any(e.field == "attachment" for e in _events(editor)),
                    timeout=WAIT)
    # Ctrl+Shift+A opens the same dialog; cancelling it adds nothing
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chosen == []
    assert tab.model.rowCount() == 1


def test_dropping_files_from_the_desktop_attaches_them(
        qtbot: QtBot, view: OperationView, ctx: UiContext, tmp_path: Path) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    first, second = tmp_path / "trace.log", tmp_path / "photo.jpg"
    first.write_text("ping timeout\n" * 100)
    second.write_bytes(b"\xff\xd8\xff" + b"j" * 500)
    assert _drop(tab, [first, second])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert _names(tab) == ["trace.log", "photo.jpg"]
    assert not _drop(tab, [tmp_path])  # a folder is not a file: the drop is refused


def test_ctrl_v_pastes_a_screenshot_as_png(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                           tmp_path: Path) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c03030"))
    QApplication.clipboard().setImage(image)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    name = _names(tab)[0]
    stamp = datetime.strptime(name, "screenshot-%Y%m%d-%H%M%S.png")
    assert abs((datetime.now() - stamp).total_seconds()) < 120
    saved = ctx.services.attachments.save_to(tab.model.row(0).id, tmp_path / "back.png")
    back = QImage(str(saved))
    assert (back.width(), back.height(), back.pixelColor(5, 5).name()) == (64, 48, "#c03030")
    assert ctx.services.attachments.attachments(editor.incident_id)[0].media_type == "image/png"


def test_a_program_is_attached_only_after_the_warning_is_accepted(
        qtbot: QtBot, view: OperationView, ctx: UiContext, tmp_path: Path) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    tool = tmp_path / "fix-printer.bat"
    tool.write_text("@echo off\nnet stop spooler\n")
    assert _drop(tab, [tool])
    text = _answer(qtbot, tab, "Cancel")
    assert "fix-printer.bat is a program or script (.bat)" in text
    qtbot.waitUntil(lambda: tab.question is None, timeout=WAIT)
    ctx.runner.wait_idle()
    assert ctx.services.attachments.attachments(editor.incident_id) == []
    assert _drop(tab, [tool])
    _answer(qtbot, tab, "Attach anyway")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    # a type the desk does not take is refused with a sentence
    odd = tmp_path / "model.xyz"
    odd.write_text("?")
    with qtbot.waitSignal(tab.message, timeout=WAIT) as said:
        _drop(tab, [odd])
    assert "does not take '.xyz' files" in said.args[0]


def test_open_save_as_and_remove(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    source = tmp_path / "config.ini"
    source.write_text("[proxy]\nhost = 10.0.0.1\n")
    ctx.services.attachments.add_file(editor.incident_id, source)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert not tab.open_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.open_button.isEnabled() and tab.remove_button.isEnabled()

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    assert Path(opened[0]).name == "config.ini"
    assert Path(opened[0]).read_text() == source.read_text()

    target = tmp_path / "saved" / "copy.ini"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(tab.message, timeout=WAIT) as said:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Saved copy.ini."]
    assert target.read_text() == source.read_text()

    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    text = _answer(qtbot, tab, "Remove")
    assert text.startswith("Remove config.ini (24 bytes, added by Gui Agent)?")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT)
    assert ctx.services.attachments.attachments(editor.incident_id) == []
    qtbot.waitUntil(lambda: [e.old_value for e in _events(editor)
                             if e.field == "attachment" and e.new_value is None]
                    == ["config.ini (24 bytes)"], timeout=WAIT)


def test_a_large_file_shows_progress_and_cancel_keeps_nothing(
        qtbot: QtBot, view: OperationView, ctx: UiContext, tmp_path: Path) -> None:
    editor, tab = _editor(qtbot, view, ctx)
    ctx.services.attachments.set_policy(max_bytes=200 * 1024 * 1024)
    big = tmp_path / "capture.pcap"
    with big.open("wb") as out:
        for n in range(160):
            out.write(bytes([n]) * (256 * 1024))  # 40 MB
    assert _drop(tab, [big])
    qtbot.waitUntil(lambda: tab.progress is not None, timeout=WAIT)
    progress = tab.progress
    assert progress is not None and progress.labelText() == "Attaching capture.pcap…"
    with qtbot.waitSignal(tab.message, timeout=WAIT) as said:
        progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert said.args == ["Cancelled; capture.pcap was not attached."]
    ctx.runner.wait_idle()
    assert ctx.services.attachments.attachments(editor.incident_id) == []
    with ctx.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachment_chunks").scalar() == 0


def test_the_task_form_has_the_tab_too(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                       tmp_path: Path) -> None:
    incident = ctx.services.incidents.create({"title": "Office move", "impact": 3,
                                              "urgency": 3})
    task = ctx.services.incident_tasks.create(incident.id, {"title": "Move the printer"})
    editor = view.open_incident(task.id, "incident_task")
    assert isinstance(editor, TaskEditor)
    qtbot.waitUntil(lambda: editor.is_ready() and editor.dto is not None, timeout=WAIT)
    tab = editor.attachments_tab
    editor.tabs.setCurrentWidget(tab)
    floor = tmp_path / "floor plan.png"
    floor.write_bytes(b"\x89PNG fake")
    assert _drop(tab, [floor])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: any(e.field == "attachment" for e in _events(editor)),
                    timeout=WAIT)


def test_attachments_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = AttachmentsModel()
    model.set_rows([AttachmentDTO(uuid.uuid4(), 1, uuid.uuid4(), None, "a.txt", "text/plain",
                                  2048, "0" * 64, "Alex Agent",
                                  datetime(2026, 12, 6, 9, 30, tzinfo=UTC))])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "2 KB"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"



def test_the_tab_letters_neither_repeat_nor_take_a_menu_letter(
        qtbot: QtBot, view: OperationView, ctx: UiContext) -> None:
    from tests.gui.test_main_window import _mnemonics

    editor, tab = _editor(qtbot, view, ctx)
    qtbot.waitUntil(tab.add_button.isVisible, timeout=WAIT)
    letters = [letter for letter, _text in _mnemonics(editor, visible_only=True)]
    assert len(letters) == len(set(letters))
    assert not {"f", "g", "v", "h"} & set(letters)  # Alt+F/G/V/H open the menus
    assert {"a", "o", "e", "m"} <= set(letters)  # Add, Open, Save as, Remove
