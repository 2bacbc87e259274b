"""Work items in windows of their own: several side by side, on several screens.

A form is taken out of Service Operation's tabs into a top-level window of its own (and put
back with the same shortcut, Ctrl+Shift+W). The form is the window: it already asks about
unsaved edits when closed, and Esc closes it. Where each window goes is remembered per screen
set-up (the screens' names and geometries), so the same two monitors bring windows back where
they were and a laptop on its own does not put them off-screen.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from deskapp.ui.work_items.form_shell import WorkItemForm

SHORTCUT = "Ctrl+Shift+W"
CASCADE = 32  # each further window opens this many pixels down and right


def screen_setup() -> str:
    """A short key for the screens attached now (names and geometries, in order)."""
    screens = QGuiApplication.screens()
    text = "|".join(f"{s.name()}:{_rect(s.geometry())}" for s in screens)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()},{r.width()}x{r.height()}"


class DetachedEditors(QObject):
    """The forms in windows of their own, kept alive here (they have no parent)."""

    redock_requested = Signal(object)  # the form to put back into a tab

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forms: list[WorkItemForm] = []
        self._actions: dict[int, QAction] = {}

    def editors(self) -> list[WorkItemForm]:
        return list(self._forms)

    def __contains__(self, form: object) -> bool:
        return form in self._forms

    def detach(self, form: WorkItemForm, size_hint: tuple[int, int] = (900, 700)) -> None:
        """Make ``form`` a window of its own (it must already be out of its tab)."""
        slot = len(self._forms)
        form.setParent(None)
        form.setWindowFlag(Qt.WindowType.Window, True)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.setWindowTitle(form.display_title())
        action = QAction(form.tr("Back into a &tab"), form)
        action.setShortcut(QKeySequence(SHORTCUT))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.redock_requested.emit(form))
        form.addAction(action)
        self._actions[id(form)] = action
        self._forms.append(form)
        form.destroyed.connect(lambda _obj=None, f=form: self._gone(f))
        if not self._restore(form, slot):
            form.resize(*size_hint)
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                form.move(area.x() + 80 + CASCADE * slot, area.y() + 60 + CASCADE * slot)
        form.show()
        form.raise_()
        form.activateWindow()

    def take(self, form: WorkItemForm) -> None:
        """``form`` goes back into a tab: no longer a window; its place is remembered."""
        if form not in self._forms:
            return
        self._remember(form)
        action = self._actions.pop(id(form), None)
        if action is not None:
            form.removeAction(action)
            action.deleteLater()
        self._forms.remove(form)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        form.setWindowFlag(Qt.WindowType.Window, False)

    def show(self, form: WorkItemForm) -> None:
        form.showNormal() if form.isMinimized() else form.show()
        form.raise_()
        form.activateWindow()

    def close_all(self) -> None:
        """The app is closing (unsaved edits were asked about already)."""
        for form in list(self._forms):
            self._remember(form)
            form.close_without_asking()

    def retitle(self, form: WorkItemForm, text: str) -> None:
        if form in self._forms:
            form.setWindowTitle(text)

    def _gone(self, form: WorkItemForm) -> None:
        if form in self._forms:
            self._forms.remove(form)
        self._actions.pop(id(form), None)

    # -- where windows go, per screen set-up ------------------------------------------------
    @staticmethod
    def _key(slot: int) -> str:
        return f"detached/{screen_setup()}/{slot}"

    def _remember(self, form: QWidget) -> None:
        if form in self._forms:
            QSettings().setValue(self._key(self._forms.index(form)), form.saveGeometry())

    def _restore(self, form: QWidget, slot: int) -> bool:
        saved = QSettings().value(self._key(slot))
        return bool(saved) and form.restoreGeometry(saved)
