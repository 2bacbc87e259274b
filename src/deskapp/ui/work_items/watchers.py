"""Watching a work item from its form: the Watch button (Ctrl+Shift+G) and the Watchers
dialog (Ctrl+Alt+G) that lists who watches and adds or removes colleagues.

A mixin of :class:`~deskapp.ui.work_items.form_shell.WorkItemForm` plus its dialog, kept
apart so each file holds one concept. Every change runs off the UI thread through the form's
runner and is published on the change bus, so the "Watching" queue recounts at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.dto import Changes, Choice
from deskapp.ui.permissions import guard
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.watchers import Watchers
    from deskapp.ui.queues.model import SafeRunner
    from deskapp.ui.work_items.form_shell import WorkItemForm

WATCH_KEYS = "Ctrl+Shift+G"
WATCHERS_KEYS = "Ctrl+Alt+G"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkItemForm", text)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class FormWatchers:
    """Mixed into WorkItemForm; ``self`` is the form."""

    watch_button: QPushButton
    watchers_button: QPushButton
    watchers: Watchers | None = None
    watchers_dialog: WatchersDialog | None = None
    #: counts this form's own watch changes: a form load that read the watchers before the
    #: newest of them does not show what it read (it would undo the newer state on screen)
    watch_changes: int = 0

    def _make_watch_buttons(self: WorkItemForm) -> list[QPushButton]:
        self.watch_button = QPushButton(_tr("Watch"))
        self.watch_button.setObjectName("watch")
        self.watch_button.setCheckable(True)
        self.watch_button.clicked.connect(lambda _c=False: self.toggle_watch())
        self.watchers_button = QPushButton(_tr("Watchers…"))
        self.watchers_button.setObjectName("watchers")
        self.watchers_button.setToolTip(_tr("Who watches this item; add or remove colleagues "
                                            "({keys})").format(keys=_native(WATCHERS_KEYS)))
        self.watchers_button.clicked.connect(lambda: self.open_watchers())
        for keys, what, slot in ((WATCH_KEYS, _tr("Watch or stop watching the item"),
                                  self.toggle_watch),
                                 (WATCHERS_KEYS, _tr("Who watches the item"),
                                  self.open_watchers)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
        self.show_watchers(None)
        return [self.watch_button, self.watchers_button]

    def show_watchers(self: WorkItemForm, found: Watchers | None) -> None:
        """The button reads Watch or Watching (n) for the item shown; hidden on a new item."""
        if found is not None and found.item_id != self.item_id:
            return
        self.watchers = found
        shown = found is not None
        self.watch_button.setVisible(shown)
        self.watchers_button.setVisible(shown)
        if found is None:
            return
        self.watch_button.setChecked(found.watching)
        if found.watching:
            self.watch_button.setText(_tr("Watching ({n})").format(n=found.count))
            tip = _tr("You are told when someone else changes this item; click to stop "
                      "watching ({keys})")
        else:
            self.watch_button.setText(_tr("Watch") if not found.count
                                      else _tr("Watch ({n})").format(n=found.count))
            tip = _tr("Be told when someone else changes this item, and list it in the "
                      "Watching queue ({keys})")
        names = ", ".join(w.name for w in found.watchers)
        tip = tip.format(keys=_native(WATCH_KEYS))
        if names:
            tip += "\n" + _tr("Watched by: {names}").format(names=names)
        self.watch_button.setToolTip(tip)
        if self.watchers_dialog is not None:
            self.watchers_dialog.show_watchers(found)

    def toggle_watch(self: WorkItemForm) -> None:
        found, item_id = self.watchers, self.item_id
        if found is None or item_id is None or not self.watch_button.isVisible() \
                or not self.watch_button.isEnabledTo(self):  # the last click is on its way
            return
        self.watch_changes += 1
        service = self.ctx.services.watchers
        call = service.unwatch if found.watching else service.watch
        self.watch_button.setEnabled(False)

        def done(result: Watchers) -> None:
            self.watch_changes += 1
            self.watch_button.setEnabled(True)
            self.show_watchers(result)
            number = self.dto.number if self.dto is not None else ""
            self.message.emit((_tr("You watch {n} now.") if result.watching
                               else _tr("You no longer watch {n}.")).format(n=number))
            self._publish_watchers(result)

        def failed(exc: BaseException) -> None:
            self.watch_button.setEnabled(True)
            self.show_watchers(found)
            self.show_notice(user_message(exc))

        self.runner.run(lambda: call(item_id), done, failed)

    def open_watchers(self: WorkItemForm) -> WatchersDialog | None:
        found = self.watchers
        if found is None or self.dto is None:
            return None
        if self.watchers_dialog is None:
            dialog = WatchersDialog(self.dto.number, self.runner,
                                    self.ctx.services.watchers, self.ctx.services.reference.staff,
                                    self.ctx.services.actor.staff_id, self)
            dialog.changed.connect(self._watchers_changed)
            dialog.changed.connect(self._publish_watchers)
            dialog.finished.connect(lambda _r: setattr(self, "watchers_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.watchers_dialog = dialog
            dialog.show_watchers(found)
        self.watchers_dialog.open()
        return self.watchers_dialog

    def _watchers_changed(self: WorkItemForm, found: Watchers) -> None:
        self.watch_changes += 1
        self.show_watchers(found)

    def _publish_watchers(self: WorkItemForm, found: Watchers) -> None:
        """The Watching queue (and its count) follow at once."""
        self.ctx.bus.publish(Changes(self.decl.key, frozenset({found.item_id})))


class WatchersDialog(QDialog):
    """Who watches an item; add a colleague, remove one. ``changed(Watchers)`` after each."""

    changed = Signal(object)

    def __init__(self, number: str, runner: SafeRunner, service: Any,
                 staff: Callable[[], list[Choice]], me: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchersDialog")
        self.setWindowTitle(self.tr("{number}: watchers").format(number=number))
        self.runner, self.service, self.me = runner, service, me
        self.found: Watchers | None = None
        self.list = QListWidget()
        self.list.setObjectName("watcherList")
        self.people = QComboBox()
        self.people.setObjectName("watcherPerson")
        self.people.setPlaceholderText(self.tr("Choose a colleague"))
        self.people.setCurrentIndex(-1)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addWatcher")
        self.add_button.setEnabled(False)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeWatcher")
        self.remove_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("watchersMessage")
        self.message.setWordWrap(True)
        self.people.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Colleague:"))
        label.setBuddy(self.people)
        row.addWidget(label)
        row.addWidget(self.people, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("They are told when someone else changes the item and "
                                        "see it in their Watching queue.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 360)
        self.runner.run(staff, self._show_people, self._failed)

    def _show_people(self, people: list[Choice]) -> None:
        self.people.clear()
        for person in people:
            self.people.addItem(person.label, person.id)
        self.people.setCurrentIndex(-1)
        self._update_buttons()

    def show_watchers(self, found: Watchers) -> None:
        self.found = found
        self.list.clear()
        for watcher in found.watchers:
            text = watcher.name if watcher.added_by is None else self.tr(
                "{name} (added by {who})").format(name=watcher.name, who=watcher.added_by)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, watcher.staff_id)
            self.list.addItem(entry)
        if not found.watchers:
            self.message.setText(self.tr("Nobody watches this item yet."))
        self._update_buttons()

    def _selected(self) -> uuid.UUID | None:
        entry = self.list.currentItem()
        return None if entry is None else cast("uuid.UUID", entry.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        found = self.found
        may = found.may_change_others if found is not None else None
        person = self.people.currentData()
        watching = found is not None and any(w.staff_id == person for w in found.watchers)
        self.add_button.setEnabled(person is not None and not watching)
        selected = self._selected()
        self.remove_button.setEnabled(selected is not None)
        if may is not None and not may:
            # others are the item's business: only who may change it adds or removes them
            if person is not None and person != self.me:
                guard(self.add_button, may)
            if selected is not None and selected != self.me:
                guard(self.remove_button, may)

    def add(self) -> None:
        person = self.people.currentData()
        if self.found is None or person is None or not self.add_button.isEnabled():
            return
        item_id = self.found.item_id
        self._run(lambda: self.service.add(item_id, person))

    def remove(self) -> None:
        selected = self._selected()
        if self.found is None or selected is None or not self.remove_button.isEnabled():
            return
        item_id = self.found.item_id
        self._run(lambda: self.service.remove(item_id, selected))

    def _run(self, call: Callable[[], Watchers]) -> None:
        self.add_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.message.setText("")
        self.runner.run(call, self._done, self._failed)

    def _done(self, found: Watchers) -> None:
        self.show_watchers(found)
        self.people.setCurrentIndex(-1)
        self.message.setText(self.tr("%n watcher(s).", "", found.count))
        self.changed.emit(found)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        self._update_buttons()
