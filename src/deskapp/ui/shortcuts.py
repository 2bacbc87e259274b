"""F1: every keyboard shortcut of the main window, read from its QActions and QShortcuts.

The list is generated, never written by hand, so it cannot drift from what the keys do: a new
action with keys appears by itself (a QShortcut has no text, so it says what it does with
``setWhatsThis``; ``tests/gui/test_main_window.py`` fails on one that does not). Panels built on
demand (the incident form) are read from a throwaway instance while none is open.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.areas import AreaView
from deskapp.ui.operation.details import IncidentDetails
from deskapp.ui.queues.workspace import QueueWorkspace


@dataclass(frozen=True)
class ShortcutEntry:
    where: str  # "Everywhere", an area's title, "In a queue", "In an incident form"
    keys: str  # native text, alternatives joined by " / "
    what: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_entries(window: QWidget, area_titles: Mapping[str, str]) -> list[ShortcutEntry]:
    """Every QAction and QShortcut with keys under ``window``, grouped by where it works.

    An area's action on keys the window itself owns (OperationView's own Ctrl+N/S when hosted)
    is left out: the window's meaning is the one that runs.
    """
    everywhere = _tr("Everywhere")
    queue = _tr("In a queue")
    form = _tr("In an incident form")
    entries: list[ShortcutEntry] = []
    taken: set[str] = set()

    def where(obj: QObject) -> str:
        node = obj.parent()
        while node is not None and node is not window:
            if isinstance(node, IncidentDetails):
                return form
            if isinstance(node, QueueWorkspace):
                return queue
            if isinstance(node, AreaView):
                return area_titles.get(node.key, everywhere)
            node = node.parent()
        return everywhere

    def add(group: str, sequences: list[QKeySequence], what: str) -> None:
        native = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in sequences]
        native = [k for k in native if k]
        if not native or (group != everywhere and set(native) <= taken):
            return
        if group == everywhere:
            taken.update(native)
        entry = ShortcutEntry(group, " / ".join(native), what)
        if entry not in entries:
            entries.append(entry)

    def collect(root: QObject, group: Callable[[QObject], str]) -> None:
        # the window's own actions first: they decide which keys are taken
        actions = sorted(root.findChildren(QAction), key=lambda a: group(a) != everywhere)
        for action in actions:
            add(group(action), action.shortcuts(), _plain(action.text()))
        for shortcut in root.findChildren(QShortcut):
            add(group(shortcut), [shortcut.key()], shortcut.whatsThis())

    collect(window, where)
    if not window.findChildren(IncidentDetails):
        spare = IncidentDetails()
        collect(spare, lambda _obj: form)
        spare.deleteLater()
    order = [everywhere, *area_titles.values(), queue, form]
    return sorted(entries, key=lambda e: order.index(e.where) if e.where in order else len(order))


def _plain(text: str) -> str:
    """Menu text without its mnemonic marker ("&Save" -> "Save", "A && B" -> "A & B")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


#: The list's height before it scrolls (the dialog then fits a 1366x768 screen).
LIST_MAX_HEIGHT = 580


class ShortcutsDialog(QDialog):
    """The entries in two columns of groups (it fits a 1366x768 screen); Esc or Enter closes."""

    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = entries
        groups: list[tuple[str, list[str]]] = []
        for e in entries:
            if not groups or groups[-1][0] != e.where:
                groups.append((e.where, []))
            groups[-1][1].append(f"<tr><td><b>{html.escape(e.keys)}</b></td>"
                                 f"<td>{html.escape(e.what)}</td></tr>")
        columns: list[list[str]] = [[], []]
        half = (sum(len(rows) + 1 for _where, rows in groups) + 1) // 2
        filled = 0
        for where, rows in groups:
            column = columns[0] if filled < half else columns[1]
            column.append(f"<tr><td colspan='2'><br><b>{html.escape(where)}</b></td></tr>")
            column.extend(rows)
            filled += len(rows) + 1
        cells = "".join(f"<td valign='top'><table cellpadding='2'>{''.join(c)}</table></td>"
                        for c in columns)
        self.text = QLabel(f"<table cellspacing='12'><tr>{cells}</tr></table>", self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("In a form: Alt + the underlined letter moves to a field or "
                              "presses a button."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        # the list grows with every kind's actions: past the height a 1366x768 screen leaves,
        # it scrolls instead of pushing the Close button off the screen
        scroll = QScrollArea(self)
        scroll.setObjectName("shortcutsScroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.text)
        wanted = self.text.sizeHint()
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(wanted.width() + bar + 4)
        scroll.setMinimumHeight(min(wanted.height(), LIST_MAX_HEIGHT))
        scroll.setMaximumHeight(wanted.height() + 4)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(hint)
        layout.addWidget(buttons)
