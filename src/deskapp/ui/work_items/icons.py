"""The icon of a kind of work item: its declared freedesktop name from the icon theme, else a
built-in Qt icon, so a queue's Kind column shows a symbol on every platform."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from deskapp.domain.kinds import REGISTRY

SP = QStyle.StandardPixmap
#: Built-in fallbacks for the declared icon names (Windows has no icon theme).
FALLBACK = {
    "dialog-warning": SP.SP_MessageBoxWarning,
    "view-task": SP.SP_FileDialogDetailedView,
    "dialog-error": SP.SP_MessageBoxCritical,
    "help-contents": SP.SP_DialogHelpButton,
    "system-run": SP.SP_BrowserReload,
    "dialog-password": SP.SP_DialogApplyButton,
}
_CACHE: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """The icon of ``kind`` (a key of deskapp.domain.kinds); an empty icon when unknown."""
    found = _CACHE.get(kind)
    if found is not None:
        return found
    decl = REGISTRY.get(kind)
    icon = QIcon()
    if decl is not None:
        icon = QIcon.fromTheme(decl.icon)
        if icon.isNull() and decl.icon in FALLBACK:
            icon = QApplication.style().standardIcon(FALLBACK[decl.icon])
    _CACHE[kind] = icon
    return icon
