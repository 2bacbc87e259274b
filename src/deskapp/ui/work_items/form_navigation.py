"""Moving about a work-item form and leaving it: its tabs by key, Ctrl+PgDn / Ctrl+PgUp and
Alt+1..9, the tab remembered per kind (QSettings), Ctrl+S where nothing else owns it, and Esc or
closing with a question about unsaved edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

if TYPE_CHECKING:
    from deskapp.domain.kinds import KindDeclaration

    # the mixin only ever runs as part of WorkItemForm, a QWidget: type-check it as one
    _FormBase = QWidget
else:
    _FormBase = object

SETTINGS_GROUP = "work_item_form"
DETAILS = "details"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkItemForm", text)


def ask_unsaved(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a form with unsaved edits (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Unsaved changes"),
                      _tr("{name} has changes that are not saved.").format(name=name),
                      parent=parent)
    box.setObjectName("discardBox")
    box.setInformativeText(_tr("Save them, discard them, or go back to the form?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save
                           | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    return answer



class FormNavigation(_FormBase):
    """The tab and key half of :class:`~deskapp.ui.work_items.form_shell.WorkItemForm`."""

    # set by WorkItemForm.__init__
    tabs: QTabWidget
    tab_keys: list[str]
    decl: KindDeclaration
    dto: Any
    _ready: bool
    _dirty: bool
    # methods WorkItemForm provides (plain annotations, so lupdate keeps the class context)
    save: Callable[..., bool]
    display_title: Callable[[], str]

    # -- tabs ---------------------------------------------------------------------------------
    def _add_tab(self, key: str, widget: QWidget, title: str) -> None:
        index = self.tabs.addTab(widget, title)
        self.tab_keys.append(key)
        if index < 9:
            self.tabs.setTabToolTip(index, _tr("Alt+{n}").format(n=index + 1))

    def tab(self, key: str) -> QWidget:
        widget = self.tabs.widget(self.tab_keys.index(key))
        assert widget is not None  # every key in tab_keys was added with its widget
        return widget

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.tab_keys.index(key))

    def current_tab(self) -> str:
        return self.tab_keys[self.tabs.currentIndex()]

    def _tab_shortcuts(self) -> None:
        def shortcut(keys: str, what: str, slot: Callable[[], None]) -> None:
            found = QShortcut(QKeySequence(keys), self)
            found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            found.setWhatsThis(what)
            found.activated.connect(slot)

        count = self.tabs.count()
        shortcut("Ctrl+PgDown", _tr("Next tab of the form"),
                 lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % count))
        shortcut("Ctrl+PgUp", _tr("Previous tab of the form"),
                 lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % count))
        for index in range(min(count, 9)):
            # one wording for every kind, so F1 lists each key once (the tab's tooltip says it)
            shortcut(f"Alt+{index + 1}", _tr("Tab {n} of the form").format(n=index + 1),
                     lambda i=index: self.tabs.setCurrentIndex(i))  # type: ignore[misc]

    def _settings_key(self) -> str:
        return f"{SETTINGS_GROUP}/{self.decl.key}/tab"

    def _remember_tab(self, index: int) -> None:
        if self._ready and self.dto is not None and 0 <= index < len(self.tab_keys):
            QSettings().setValue(self._settings_key(), self.tab_keys[index])

    def _restore_tab(self) -> None:
        """A saved item opens on the tab last used for its kind; a new one on Details."""
        key = QSettings().value(self._settings_key()) if self.dto is not None else DETAILS
        if isinstance(key, str) and key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))

    # -- keys and closing ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+S and Esc reach here only when no window, view or field took them."""
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.request_close()
            return
        super().keyPressEvent(event)

    def request_close(self) -> None:
        """Esc: ask the tab holding the form to close it (it asks about unsaved edits), or
        close the form's own window."""
        node = self.parentWidget()
        while node is not None and not isinstance(node, QTabWidget):
            node = node.parentWidget()
        if isinstance(node, QTabWidget) and node.indexOf(self) >= 0:
            node.tabCloseRequested.emit(node.indexOf(self))
        elif self.isWindow():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """A form in its own window asks before unsaved edits are lost."""
        if not self._dirty:
            super().closeEvent(event)
            return
        answer = ask_unsaved(self, self.display_title().rstrip(" *"))
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=self.close_without_asking)
            event.ignore()
        elif answer == QMessageBox.StandardButton.Discard:
            super().closeEvent(event)
        else:
            event.ignore()

    def close_without_asking(self) -> None:
        self._dirty = False
        self.close()
