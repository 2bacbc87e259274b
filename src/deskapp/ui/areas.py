"""The contract between the main window and the five ITIL process-area views.

Each area package (``ui/strategy``, ``ui/design``, ``ui/transition``, ``ui/operation``,
``ui/improvement``) provides one :class:`AreaView` subclass. The main window owns the menus,
toolbar and shortcuts; it forwards the record commands (new, save, next, previous, refresh) to the
area on screen and enables each action only when that area says it supports it.

Views load their data lazily the first time they are shown (:meth:`AreaView.showEvent` calls
:meth:`refresh` once), always through ``ctx.runner`` so the UI never blocks on the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class AreaView(QWidget):
    """Base class for a process-area view. Override what the area supports."""

    #: Emitted with a one-line message for the main window's status bar.
    status_message = Signal(str)
    #: Emitted with a message shown earlier that no longer holds (the status bar drops it).
    status_cleared = Signal(str)
    #: Emitted when the set of supported commands or their enabled state changes.
    commands_changed = Signal()

    #: Stable key for QSettings and tests ("strategy", "design", ...).
    key = "area"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded_once = False

    # -- lifecycle -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def refresh(self) -> None:
        """Reload from the database (off the UI thread)."""

    def shutdown(self) -> None:
        """Stop timers and listeners before the window closes."""

    def can_close(self) -> bool:
        """Return False (after asking the person) to keep unsaved work open."""
        return True

    def side_panel(self) -> QWidget | None:
        """A panel for the area bar, under the area's name, shown while the area is (the
        Service Operation queue list); None when the area has none."""
        return None

    # -- persisted layout ------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        """Store splitter sizes and column choices under ``settings`` (already in a group)."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` stored."""

    # -- record commands forwarded by the main window ---------------------------------------
    def supports_new(self) -> bool:
        return False

    def refusal(self) -> str:
        """Why New and Save are off for the signed-in person ("" when they are not, or are off
        for another reason): the main window shows it as the actions' tooltip."""
        return ""

    def new_record(self) -> None:
        """Ctrl+N: start a new record of this area's main kind."""

    def supports_save(self) -> bool:
        return False

    def save(self) -> None:
        """Ctrl+S: save the record being edited."""

    def supports_navigation(self) -> bool:
        return False

    def next_record(self) -> None:
        """Ctrl+. (and Alt+Down): move to the next record in the current list."""

    def previous_record(self) -> None:
        """Ctrl+, (and Alt+Up): move to the previous record in the current list."""
