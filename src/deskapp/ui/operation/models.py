"""Small item models for the incident form: caller completion, comments, history.

Each holds a short, fully loaded list (a completion page, one ticket's comments or events), so
they are plain reset-on-load models; the lazy paging lives in the queue model.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from deskapp.domain.incident import PRIORITY_LABELS, IncidentStatus
from deskapp.domain.pending import REASON_LABELS
from deskapp.ui.labels import tr_label

if TYPE_CHECKING:
    from deskapp.services.dto import Choice, EventDTO

_Index = QModelIndex | QPersistentModelIndex
ChoiceRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentForm", text)


def local_time(value: datetime | None) -> str:
    """A UTC instant in the person's zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ChoiceListModel(QAbstractListModel):
    """Picker entries (a caller page): display shows the detail, edit role the bare label,
    so the completer puts only the name into the line edit."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> Choice | None:
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractListModel::rowCount: a flat list."""
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == _DISPLAY:
            # a caller reads "Name — e-mail · Organisation": namesakes are told apart
            return f"{choice.label} — {choice.detail}" if choice.detail else choice.label
        if role == _EDIT:
            return choice.label
        if role == ChoiceRole:
            return choice
        if role == _TOOLTIP:
            return choice.detail or None
        return None


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of frozen DTOs."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractTableModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractTableModel::columnCount."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::headerData: translated column titles."""
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return tr(self.headers[section])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.headers):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            text = self.cell(self._rows[index.row()], index.column(), full=role == _TOOLTIP)
            return text if role == _DISPLAY or text else None
        return None

    def cell(self, row: Any, column: int, *, full: bool) -> str:
        raise NotImplementedError


_FIELD_LABELS = {
    "created": "Created", "status": "Status", "title": "Title", "description": "Description",
    "caller_id": "Caller", "service_id": "Service", "ci_id": "Configuration item",
    "category": "Category", "channel": "Channel", "impact": "Impact", "urgency": "Urgency",
    "priority": "Priority", "is_major": "Major incident", "team_id": "Team",
    "assignee_id": "Assignee", "resolution_code": "Resolution code",
    "resolution_notes": "Resolution notes", "resolved_at": "Resolved at",
    "closed_at": "Closed at", "reopen_count": "Reopened", "comment": "Comment",
    "work_note": "Work note", "pending_reason": "Waiting for", "pending_until": "Pending until",
    "reopen_reason": "Reopened because", "pending_returned": "Back from pending",
    "auto_closed": "Closed automatically",
}


def field_label(name: str) -> str:
    return tr(_FIELD_LABELS.get(name, name.replace("_", " ").capitalize()))


def event_value(name: str, value: str | None) -> str:
    """An event's old/new text as a person reads it (statuses and priorities by name)."""
    if value is None:
        return ""
    if name == "status" and value in {s.value for s in IncidentStatus}:
        return tr(IncidentStatus(value).label)
    if name == "priority" and value.isdigit():
        return tr(PRIORITY_LABELS.get(int(value), value))
    if name == "pending_reason" and value in REASON_LABELS:
        return tr_label(REASON_LABELS[value])
    if name in ("resolved_at", "closed_at", "pending_until"):
        try:
            return local_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


class HistoryModel(_RowsModel):
    """The ticket's event log: who changed what, when, from what to what."""

    headers = ("When", "Who", "Field", "Old value", "New value")

    def cell(self, row: Any, column: int, *, full: bool) -> str:
        event: EventDTO = row
        if column == 0:
            return local_time(event.occurred_at)
        if column == 1:
            return event.actor
        if column == 2:
            return field_label(event.field)
        value = event.old_value if column == 3 else event.new_value
        text = event_value(event.field, value)
        return text if full else " ⏎ ".join(text.splitlines())
