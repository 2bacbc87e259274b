"""Notifications as an agent meets them: a colleague assigns an item from another DeskApp, the
bell counts it, Ctrl+Shift+J lists it, choosing it opens the item; the settings dialog opens on
the current settings and keeps what is chosen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from deskapp.domain.notifications import NoticeKind
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.notifications import badge_icon, load_preferences
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise", "grabbing the keyboard")
WAIT = 15_000


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.isVisible():
        win.close()
    ctx.runner.wait_idle()


def _visible_menu() -> QMenu | None:
    popup = QApplication.activePopupWidget()
    return popup if isinstance(popup, QMenu) else None


def test_an_assignment_from_another_desk_is_counted_listed_and_opened(
        qtbot: QtBot, window: MainWindow, ctx: UiContext, sqlite_database: Database,
        desk: Desk) -> None:
    center = window.notifications.center
    qtbot.waitUntil(lambda: center.seen is not None, timeout=WAIT)  # the baseline look
    assert window.notifications.bell.text() == ""
    lead = ensure_staff(sqlite_database.uow, "sam.lead", "Sam Lead", ("agent", "supervisor"))
    other = Services.build(sqlite_database.uow, lead)  # another DeskApp on the same desk
    item = other.incidents.create({"title": "Scanner offline in the post room", "impact": 2,
                                   "urgency": 2, "caller_id": desk.caller_id})
    other.incidents.assign(item.id, item.version, None, ctx.services.actor.staff_id)
    with qtbot.waitSignal(center.arrived, timeout=WAIT) as arrived:
        center.poke()  # what live refresh does when the other desk commits
    assert [(n.kind, n.item.number) for n in arrived.args[0]] == [
        (NoticeKind.ASSIGNED, item.number)]
    assert window.notifications.bell.text() == "1"
    assert "1 new notification" in window.notifications.bell.toolTip()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_J,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _visible_menu() is not None, timeout=WAIT)
    menu = _visible_menu()
    assert menu is not None
    entry = next(a for a in menu.actions() if a.text().startswith(item.number))
    assert "Assigned to me" in entry.text() and entry.toolTip() == \
        "Assigned to you by Sam Lead."
    menu.close()
    entry.trigger()
    view = window.views["operation"]
    assert isinstance(view, OperationView)
    qtbot.waitUntil(lambda: any(e.shown_id == item.id for e in view.editors()), timeout=WAIT)
    assert window.current_key == "operation"
    assert window.notifications.bell.text() == ""  # read


def test_settings_open_on_what_is_set_and_keep_what_is_chosen(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.notifications.open_settings()
    qtbot.waitExposed(dialog)
    assert all(box.isChecked() for box in dialog.kind_boxes.values())
    assert not dialog.quiet.isChecked() and not dialog.quiet_from.isEnabled()
    # no tray on this desktop (offscreen): the tray choice says why it is off
    assert not dialog.to_tray.isEnabled() and dialog.to_tray.toolTip()
    watched = dialog.kind_boxes[NoticeKind.CALLER_REPLIED]
    qtbot.mouseClick(watched, Qt.MouseButton.LeftButton,  # on the box, not the empty width
                     pos=QPoint(8, watched.height() // 2))
    dialog.quiet.setChecked(True)
    assert dialog.quiet_from.isEnabled()
    dialog.quiet_from.setTime(dialog.quiet_from.time().fromString("22:00", "HH:mm"))
    dialog.quiet_to.setTime(dialog.quiet_to.time().fromString("07:30", "HH:mm"))
    assert not dialog.kind_boxes[NoticeKind.CALLER_REPLIED].isChecked()
    dialog.accept()
    prefs, to_tray = load_preferences(QSettings())
    assert NoticeKind.CALLER_REPLIED not in prefs.kinds and len(prefs.kinds) == len(NoticeKind) - 1
    assert (prefs.quiet_from, prefs.quiet_to, to_tray) == (time(22, 0), time(7, 30), False)
    assert prefs.quiet_at(time(23, 15)) and not prefs.quiet_at(time(12, 0))
    again = window.notifications.open_settings()
    assert not again.kind_boxes[NoticeKind.CALLER_REPLIED].isChecked()
    assert again.quiet.isChecked()
    again.reject()


def test_the_tray_icon_carries_the_count(qapp: QApplication, settings_dir: Path) -> None:
    from PySide6.QtGui import QIcon, QPixmap

    base = QPixmap(64, 64)
    base.fill(Qt.GlobalColor.darkBlue)
    icon = QIcon(base)
    assert badge_icon(icon, 0) is icon
    marked = badge_icon(icon, 3).pixmap(64, 64).toImage()
    assert marked.pixelColor(45, 45).red() > 150  # the red disc in the corner
    assert marked.pixelColor(5, 5) == base.toImage().pixelColor(5, 5)
