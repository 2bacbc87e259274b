"""The conversation: comments, work notes and field changes of one work item as one readable
timeline (author, time, who sees it, the full text with its lines), newest first or last as the
person prefers, and the editor for a new comment or work note underneath.

Which entries show (comments, work notes, field changes) and their order are remembered
(QSettings) for every form. Field changes come from the item's history as the service reads it
(names, not ids); the events that merely echo a comment or note are left out, the note itself
is shown.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import NOTE_MAX, validate_text
from deskapp.domain.time_spent import check_minutes, parse_minutes
from deskapp.errors import ValidationError
from deskapp.ui import theme
from deskapp.ui.operation.models import event_value, field_label, local_time
from deskapp.ui.operation.resolve_dialog import error_label

if TYPE_CHECKING:
    from deskapp.services.dto import CommentDTO, EventDTO

SETTINGS = "work_item_form/conversation"
#: events that repeat a comment or work note (the note itself is in the timeline)
ECHOES = frozenset({"comment", "work_note"})
CANNED_KEYS = "Ctrl+Shift+T"
COLOURS = {"comment": "#1b5e20", "work_note": "#7a4f00", "change": "#555555"}


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: ``kind`` is comment, work_note or change."""

    at: datetime
    kind: str
    author: str
    text: str


def entries(comments: list[CommentDTO], events: list[EventDTO]) -> list[Entry]:
    """Comments, notes and changes, oldest first (a change made with a note stays after it)."""
    out = [Entry(c.created_at, "work_note" if c.work_note else "comment", c.author, c.body)
           for c in comments]
    for e in events:
        if e.field in ECHOES:
            continue
        old, new = event_value(e.field, e.old_value), event_value(e.field, e.new_value)
        label = field_label(e.field)
        text = f"{label}: {old} → {new}" if old else f"{label}: {new}"
        out.append(Entry(e.occurred_at, "change", e.actor, text))
    return sorted(out, key=lambda entry: entry.at)


class ConversationTab(QWidget):
    """``add_requested(body, work_note, minutes)`` asks the form to save a comment or note,
    with the time spent typed beside it (0: none) logged in the same operation."""

    add_requested = Signal(str, bool, int)
    #: Ctrl+Shift+T or the button: the form offers the canned responses (CannedResponses)
    canned_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = QSettings()
        settings.beginGroup(SETTINGS)
        self.show_comments = QCheckBox(self.tr("Co&mments"))
        self.show_notes = QCheckBox(self.tr("&Work notes"))
        self.show_changes = QCheckBox(self.tr("F&ield changes"))
        self.newest_first = QCheckBox(self.tr("Newest firs&t"))
        for box, key, default in ((self.show_comments, "comments", True),
                                  (self.show_notes, "work_notes", True),
                                  (self.show_changes, "changes", True),
                                  (self.newest_first, "newest_first", False)):
            box.setObjectName(f"conversation_{key}")
            box.setChecked(bool(settings.value(key, default, type=bool)))
            box.toggled.connect(lambda on, k=key: self._remember(k, on))
            box.toggled.connect(lambda _on: self._render())
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("conversationTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setPlaceholderText(self.tr("Nothing written yet."))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for box in (self.show_comments, self.show_notes, self.show_changes):
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.newest_first)

        self.text = QPlainTextEdit()
        self.text.setObjectName("commentText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Write a reply to the caller or an internal note"))
        self.text.setMaximumHeight(90)
        label = QLabel(self.tr("Note te&xt:"))
        label.setBuddy(self.text)
        self.error = error_label()
        # time spent on what the note says (optional): logged with it, in one transaction
        self.minutes = QLineEdit()
        self.minutes.setObjectName("noteMinutes")
        self.minutes.setPlaceholderText(self.tr("e.g. 1h 30m"))
        self.minutes.setMaximumWidth(110)
        minutes_label = QLabel(self.tr("Time s&pent:"))
        minutes_label.setBuddy(self.minutes)
        self.comment_button = QPushButton(self.tr("Add &comment (caller sees it)"))
        self.comment_button.setObjectName("addComment")
        self.note_button = QPushButton(self.tr("A&dd work note (internal)"))
        self.note_button.setObjectName("addWorkNote")
        self.comment_button.clicked.connect(lambda: self._add(work_note=False))
        self.note_button.clicked.connect(lambda: self._add(work_note=True))
        # no mnemonic: the form's letters are spoken for; Ctrl+Shift+T works in the whole tab
        self.canned_button = QPushButton(self.tr("Canned response…"))
        self.canned_button.setObjectName("cannedResponse")
        self.canned_button.setToolTip(self.tr("Insert a canned response at the cursor, its "
                                              "placeholders filled from this item "
                                              "(Ctrl+Shift+T)"))
        self.canned_button.clicked.connect(self.canned_requested)
        self.canned_shortcut = QShortcut(QKeySequence(CANNED_KEYS), self)
        self.canned_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.canned_shortcut.setWhatsThis(self.tr("Insert a canned response"))  # F1 lists it
        self.canned_shortcut.activated.connect(self.canned_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.canned_button)
        buttons.addWidget(self.error, 1)
        buttons.addStretch(1)  # keeps the time label beside its field while there is no error
        buttons.addWidget(minutes_label)
        buttons.addWidget(self.minutes)
        buttons.addWidget(self.comment_button)
        buttons.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self._comments: list[CommentDTO] = []
        self._events: list[EventDTO] = []
        self.shown: list[Entry] = []

    # -- the timeline ---------------------------------------------------------------------
    def set_conversation(self, comments: list[CommentDTO], events: list[EventDTO]) -> None:
        self._comments, self._events = list(comments), list(events)
        self._render()

    def set_comments(self, comments: list[CommentDTO]) -> None:
        self._comments = list(comments)
        self._render()

    def comment_count(self) -> int:
        return len(self._comments)

    def _remember(self, key: str, on: bool) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS}/{key}", on)

    def _render(self) -> None:
        wanted = {"comment": self.show_comments.isChecked(),
                  "work_note": self.show_notes.isChecked(),
                  "change": self.show_changes.isChecked()}
        shown = [e for e in entries(self._comments, self._events) if wanted[e.kind]]
        if self.newest_first.isChecked():
            shown.reverse()
        self.shown = shown
        blocks = [self._block(e) for e in shown]
        self.timeline.setHtml("".join(blocks))
        bar = self.timeline.verticalScrollBar()
        bar.setValue(bar.minimum() if self.newest_first.isChecked() else bar.maximum())

    def _block(self, entry: Entry) -> str:
        who, when = html.escape(entry.author), html.escape(local_time(entry.at))
        colour = theme.readable(COLOURS[entry.kind]).name()  # lightened in dark mode
        if entry.kind == "change":
            return (f"<p style='color:{colour}; margin:2px 0 2px 0;'>{who} · {when} · "
                    f"{html.escape(entry.text)}</p>")
        kind = self.tr("Work note (internal)") if entry.kind == "work_note" \
            else self.tr("Comment (caller sees it)")
        body = html.escape(entry.text).replace("\n", "<br>")
        return (f"<p style='margin:8px 0 0 0;'><b>{who}</b> · {when} · "
                f"<span style='color:{colour}'>{html.escape(kind)}</span></p>"
                f"<p style='margin:2px 0 6px 12px;'>{body}</p>")

    def reading(self) -> str:
        """What the timeline shows, as plain text (tests and screen readers)."""
        return self.timeline.toPlainText()

    # -- writing --------------------------------------------------------------------------
    def insert_text(self, text: str) -> None:
        """Put ``text`` at the cursor of the note editor (replacing a selection) and give it
        the focus, so the agent goes on typing where the response ends."""
        cursor = self.text.textCursor()
        cursor.insertText(text)
        self.text.setTextCursor(cursor)
        self.text.setFocus()
        self.show_error("")

    def _add(self, *, work_note: bool) -> None:
        fields: dict[str, str] = {}
        body = validate_text(fields, "body", self.text.toPlainText(),
                             label=self.tr("The note") if work_note else self.tr("The comment"),
                             required=True, limit=NOTE_MAX)
        minutes = 0
        if not fields:
            try:
                typed = parse_minutes(self.minutes.text())
                minutes = check_minutes(typed) if typed is not None else 0
            except ValidationError as exc:
                fields["minutes"] = str(exc)
        self.show_error(next(iter(fields.values()), ""))
        if body and not fields:
            self.set_busy(True)
            self.add_requested.emit(body, work_note, minutes)

    def added(self) -> None:
        self.text.clear()
        self.minutes.clear()
        self.set_busy(False)
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.comment_button.setEnabled(not busy)
        self.note_button.setEnabled(not busy)
