"""Notifications that reach an agent busy in another window: the tray icon, the bell in the
status bar, and their settings.

:class:`NotificationCenter` looks at the desk (``services.notifications.look``, off the UI
thread) when live refresh says something changed, coalescing bursts, and once a minute; the
domain decides what is new. New notices join the unread list (the bell's menu and the tray's),
and pop up as the operating system's own notifications unless quiet hours say otherwise.
Clicking one opens its item. Settings: which kinds, quiet hours, and whether closing the window
keeps DeskApp running in the tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QSystemTrayIcon,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.notifications import Facts, Notice, NoticeKind, Preferences, Seen, notices

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

LOOK_EVERY_MS = 60_000  # SLA states move with the clock, not only with changes
COALESCE_MS = 1_000  # a burst of changes (a bulk edit elsewhere) is one look
UNREAD_MAX = 50
SETTINGS_GROUP = "notifications"


def kind_labels() -> dict[NoticeKind, str]:
    # QCoreApplication.translate spelled out: lupdate read a local alias ``tr(ctx, text)`` as
    # ``self.tr(text, comment)`` and listed every label under the source "Notifications"
    return {
        NoticeKind.ASSIGNED: QCoreApplication.translate("Notifications", "Assigned to me"),
        NoticeKind.CALLER_REPLIED: QCoreApplication.translate("Notifications",
                                                              "A caller replied"),
        NoticeKind.SLA_WARNING: QCoreApplication.translate("Notifications",
                                                           "My item's SLA warns"),
        NoticeKind.SLA_BREACHED: QCoreApplication.translate("Notifications",
                                                            "My item's SLA breached"),
        NoticeKind.APPROVAL_WAITING: QCoreApplication.translate("Notifications",
                                                                "An approval waits for me"),
        NoticeKind.WATCHED_CHANGED: QCoreApplication.translate(
            "Notifications", "Someone changed an item I watch"),
    }


def load_preferences(settings: QSettings | None = None) -> tuple[Preferences, bool]:
    """(the person's preferences, keep running in the tray when the window closes)."""
    s = settings or QSettings()
    s.beginGroup(SETTINGS_GROUP)
    try:
        off = {str(k) for k in (cast(list[object], s.value("off", [], type=list)) or [])}
        kinds = frozenset(k for k in NoticeKind if k.value not in off)
        start, end = s.value("quiet_from", ""), s.value("quiet_to", "")
        quiet_from = time.fromisoformat(str(start)) if start else None
        quiet_to = time.fromisoformat(str(end)) if end else None
        to_tray = str(s.value("close_to_tray", "false")).lower() == "true"
    except ValueError:  # a hand-edited settings file: fall back to everything on
        return Preferences(), False
    finally:
        s.endGroup()
    return Preferences(kinds, quiet_from, quiet_to), to_tray


def save_preferences(prefs: Preferences, to_tray: bool,
                     settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    s.beginGroup(SETTINGS_GROUP)
    s.setValue("off", sorted(k.value for k in NoticeKind if k not in prefs.kinds))
    s.setValue("quiet_from", prefs.quiet_from.isoformat("minutes") if prefs.quiet_from else "")
    s.setValue("quiet_to", prefs.quiet_to.isoformat("minutes") if prefs.quiet_to else "")
    s.setValue("close_to_tray", "true" if to_tray else "false")
    s.endGroup()


class NotificationCenter(QObject):
    """Looks at the desk for the signed-in person and keeps their unread notices."""

    #: new notices (already filtered by the person's kinds), newest last
    arrived = Signal(list)
    unread_changed = Signal(int)
    open_requested = Signal(object)  # a work item id

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preferences, self.close_to_tray = load_preferences()
        self.seen: Seen | None = None
        self.unread: list[Notice] = []
        self._looking = False
        self._again = False
        self._stopped = False
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.look)
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._coalesce.stop()

    def poke(self, *_args: object) -> None:
        """Something changed somewhere: look soon (bursts coalesce into one look)."""
        if not self._stopped and not self._coalesce.isActive():
            self._coalesce.start()

    def look(self) -> None:
        if self._stopped:
            return
        if self._looking:
            self._again = True
            return
        self._looking = True
        seen = self.seen
        service = self.ctx.services.notifications
        self.ctx.runner.run(lambda: service.look(seen), self._looked, self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._looking = False  # the connection label says why; the next look tries again

    def _looked(self, facts: object) -> None:
        self._looking = False
        assert isinstance(facts, Facts)
        found, self.seen = notices(self.seen, facts, self.ctx.services.actor.staff_id)
        wanted = self.preferences.wanted(found)
        if wanted:
            self.unread = (self.unread + wanted)[-UNREAD_MAX:]
            self.arrived.emit(wanted)
            self.unread_changed.emit(len(self.unread))
        if self._again:
            self._again = False
            self.look()

    def quiet_now(self) -> bool:
        return self.preferences.quiet_at(datetime.now().time())

    def open(self, notice: Notice) -> None:
        self.unread = [n for n in self.unread if n is not notice]
        self.unread_changed.emit(len(self.unread))
        self.open_requested.emit(notice.item.id)

    def mark_all_read(self) -> None:
        self.unread = []
        self.unread_changed.emit(0)

    def set_preferences(self, prefs: Preferences, to_tray: bool) -> None:
        self.preferences, self.close_to_tray = prefs, to_tray
        save_preferences(prefs, to_tray)
        kept = prefs.wanted(self.unread)
        if len(kept) != len(self.unread):
            self.unread = kept
            self.unread_changed.emit(len(kept))


def notice_title(notice: Notice) -> str:
    return f"{notice.item.number} {notice.item.title}"


def fill_menu(menu: QMenu, center: NotificationCenter, widget: QWidget) -> None:
    """The unread notices (newest first, each opens its item) and the commands after them."""
    menu.clear()
    labels = kind_labels()
    if not center.unread:
        empty = menu.addAction(widget.tr("No new notifications"))
        empty.setEnabled(False)
    for notice in reversed(center.unread):
        action = menu.addAction(f"{notice_title(notice)} — {labels[notice.kind]}")
        action.setToolTip(notice.text)
        action.triggered.connect(lambda _c=False, n=notice: center.open(n))
    menu.addSeparator()
    read = menu.addAction(widget.tr("&Mark all as read"), center.mark_all_read)
    read.setEnabled(bool(center.unread))


class NotificationBell(QToolButton):
    """The status bar's bell: the unread count, and the notices in its menu (Ctrl+Shift+J)."""

    settings_requested = Signal()

    def __init__(self, center: NotificationCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setObjectName("NotificationBell")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(QIcon.fromTheme("preferences-desktop-notification", self.style()
                                     .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)))
        # popped up, not exec()'d: a menu that runs its own loop would hold the whole UI
        self.menu_ = QMenu(self)
        self.clicked.connect(self.open_menu)
        center.unread_changed.connect(self._show_count)
        self._show_count(0)

    def open_menu(self) -> QMenu:
        fill_menu(self.menu_, self.center, self)
        self.menu_.addAction(self.tr("Notification &settings…"), self.settings_requested.emit)
        height = self.menu_.sizeHint().height()
        self.menu_.popup(self.mapToGlobal(QPoint(0, -height)))
        return self.menu_

    def _show_count(self, count: int) -> None:
        self.setText(str(count) if count else "")
        self.setAccessibleName(self.tr("%n new notification(s)", "", count))
        self.setToolTip(self.tr("%n new notification(s) (Ctrl+Shift+J)", "", count))


def badge_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with the unread count in a red disc (the tray shows it at a glance)."""
    if count <= 0:
        return base
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(26, 26, 38, 38)
    font = QFont()
    font.setPixelSize(24 if count < 10 else 18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(26, 26, 38, 38, Qt.AlignmentFlag.AlignCenter,
                     str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class TrayIcon(QSystemTrayIcon):
    """The tray icon: unread count on the icon, the notices in its menu, native pop-ups."""

    show_window = Signal()
    quit_requested = Signal()
    settings_requested = Signal()

    def __init__(self, center: NotificationCenter, icon: QIcon,
                 parent: QObject | None = None) -> None:
        super().__init__(icon, parent)
        self.center = center
        self.base_icon = icon
        self._last: Notice | None = None
        self.menu_ = QMenu()
        self.menu_.aboutToShow.connect(self._fill)
        self.setContextMenu(self.menu_)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self._message_clicked)
        center.unread_changed.connect(self._show_count)
        center.arrived.connect(self.pop_up)
        self._show_count(0)

    def _fill(self) -> None:
        fill_menu(self.menu_, self.center, self.menu_)
        self.menu_.addAction(self.tr("Notification &settings…"), self.settings_requested.emit)
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("&Show DeskApp"), self.show_window.emit)
        self.menu_.addAction(self.tr("&Quit DeskApp"), self.quit_requested.emit)

    def _show_count(self, count: int) -> None:
        self.setIcon(badge_icon(self.base_icon, count))
        self.setToolTip(self.tr("DeskApp: %n new notification(s)", "", count) if count
                        else self.tr("DeskApp"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window.emit()

    def pop_up(self, arrived: list[Notice]) -> None:
        """One native notification: the newest notice, and how many came with it."""
        if not arrived or self.center.quiet_now():
            return
        newest = arrived[-1]
        self._last = newest
        text = newest.text
        if len(arrived) > 1:
            text += "\n" + self.tr("and %n more", "", len(arrived) - 1)
        self.showMessage(f"{kind_labels()[newest.kind]}: {notice_title(newest)}", text,
                         QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _message_clicked(self) -> None:
        if self._last is not None:
            self.center.open(self._last)


class NotificationSettingsDialog(QDialog):
    """Which notices, quiet hours, and the tray. Opens on the current settings."""

    def __init__(self, center: NotificationCenter, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notification settings"))
        self.center = center
        prefs = center.preferences
        kinds_box = QGroupBox(self.tr("Notify me when"))
        kinds_layout = QVBoxLayout(kinds_box)
        self.kind_boxes: dict[NoticeKind, QCheckBox] = {}
        for kind, label in kind_labels().items():
            box = QCheckBox(label)
            box.setChecked(kind in prefs.kinds)
            kinds_layout.addWidget(box)
            self.kind_boxes[kind] = box
        self.quiet = QCheckBox(self.tr("&Quiet hours (no pop-ups; notices still wait in the "
                                       "bell)"))
        self.quiet.setChecked(prefs.quiet_from is not None and prefs.quiet_to is not None)
        self.quiet_from = QTimeEdit(_qtime(prefs.quiet_from, 18))
        self.quiet_to = QTimeEdit(_qtime(prefs.quiet_to, 8))
        for edit in (self.quiet_from, self.quiet_to):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.quiet_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.quiet_to)
        for widget in (from_label, self.quiet_from, to_label, self.quiet_to):
            hours.addWidget(widget)
        hours.addStretch(1)
        self.quiet.toggled.connect(self._quiet_toggled)
        self._quiet_toggled(self.quiet.isChecked())
        self.to_tray = QCheckBox(self.tr("&Keep DeskApp running in the tray when its window "
                                         "is closed"))
        self.to_tray.setChecked(center.close_to_tray and tray_available)
        self.to_tray.setEnabled(tray_available)
        if not tray_available:
            self.to_tray.setToolTip(self.tr("This desktop has no system tray."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.quiet)
        form.addRow(hours)
        layout = QVBoxLayout(self)
        layout.addWidget(kinds_box)
        layout.addLayout(form)
        layout.addWidget(self.to_tray)
        layout.addWidget(buttons)

    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_from.setEnabled(on)
        self.quiet_to.setEnabled(on)

    def chosen(self) -> tuple[Preferences, bool]:
        kinds = frozenset(k for k, box in self.kind_boxes.items() if box.isChecked())
        if self.quiet.isChecked():
            start = self.quiet_from.time().toPython()
            end = self.quiet_to.time().toPython()
            assert isinstance(start, time) and isinstance(end, time)
            return Preferences(kinds, start, end), self.to_tray.isChecked()
        return Preferences(kinds), self.to_tray.isChecked()

    def accept(self) -> None:
        prefs, to_tray = self.chosen()
        self.center.set_preferences(prefs, to_tray)
        super().accept()


def _qtime(value: time | None, default_hour: int) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else QTime(default_hour, 0)


class DesktopNotifications(QObject):
    """The main window's notification parts: the centre, the bell, the tray icon (where the
    desktop has a tray), Ctrl+Shift+J and the settings dialog."""

    def __init__(self, window: QMainWindow, ctx: UiContext,
                 open_item: Callable[[object], None]) -> None:
        super().__init__(window)
        self.window = window
        self.center = NotificationCenter(ctx, self)
        self.center.open_requested.connect(self._open)
        self._open_item = open_item
        self.bell = NotificationBell(self.center)
        self.bell.settings_requested.connect(self.open_settings)
        window.statusBar().addPermanentWidget(self.bell)
        self.show_action = QAction(self.tr("&Notifications"), window)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.show_action.setToolTip(self.tr("What is new for you (Ctrl+Shift+J)"))
        self.show_action.triggered.connect(self.bell.open_menu)
        window.addAction(self.show_action)
        self.settings_action = QAction(self.tr("Notification settings…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        self.dialog: NotificationSettingsDialog | None = None
        self.tray: TrayIcon | None = None
        self.quitting = False
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
            self.tray = TrayIcon(self.center, icon, self)
            self.tray.show_window.connect(self.bring_back)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.quit_requested.connect(self.quit)
            self.tray.show()

    def start(self) -> None:
        self.center.start()

    def stop(self) -> None:
        self.center.stop()
        if self.tray is not None:
            self.tray.hide()

    def _open(self, item_id: object) -> None:
        self.bring_back()
        self._open_item(item_id)

    def bring_back(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def keeps_running(self) -> bool:
        """Closing the window hides it to the tray (the person's setting) unless quitting."""
        return (not self.quitting and self.center.close_to_tray and self.tray is not None
                and self.tray.isVisible())

    def hidden_to_tray(self) -> None:
        if self.tray is not None:
            self.tray.showMessage(self.tr("DeskApp keeps running"), self.tr(
                "DeskApp is in the tray and will tell you what is new; quit it from the "
                "tray's menu."), QSystemTrayIcon.MessageIcon.Information, 5_000)

    def quit(self) -> None:
        self.quitting = True
        self.window.show()
        self.window.close()

    def open_settings(self) -> NotificationSettingsDialog:
        if self.dialog is None:
            self.dialog = NotificationSettingsDialog(self.center, self.tray is not None,
                                                     self.window)
            self.dialog.finished.connect(self._settings_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _settings_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
