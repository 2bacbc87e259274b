"""A grouped queue: collapsible groups with their counts, lazy at a million rows.

The first paint needs one GROUP BY (``QueueService.open_groups``): a header row per group with
its count, nothing else. Opening a group reads its first page of rows by keyset
(``QueueService.in_group`` narrows the queue to the group, so the rows come from the same
indexed pages as the flat queue); a group with more rows ends in a "more" row, and scrolling it
into view (or Enter on it) reads the next page. Rows are never read for closed groups, and a
group's rows are kept only while it is open (closing it drops them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from deskapp.domain.kinds import REGISTRY
from deskapp.domain.queries import Cursor, cursor_for
from deskapp.domain.queue import COLUMN_BY_KEY
from deskapp.ui.labels import count_text, priority_label, sla_state_label, status_label, tr_label
from deskapp.ui.queues.model import IdRole, display_text
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import WorkItemRow
    from deskapp.services.queues import QueueService, ResolvedQueue

#: rows read per page of an open group
PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
#: internal ids: 0 for group rows, group number + 1 for the rows under a group
_TOP = 0


def group_text(column: str, value: Any, label: str) -> str:
    """A group's name as the person reads it ("(none)" for no team, no assignee...)."""
    if value is None or value == "":
        return QCoreApplication.translate("GroupedQueueModel", "(none)")
    if column == "priority":
        return priority_label(int(value))
    if column == "status" and isinstance(value, str):
        return status_label(value)
    if column == "kind" and value in REGISTRY:
        return tr_label(REGISTRY[value].label)
    if column == "sla_state":
        return sla_state_label(str(value))
    return label or str(value)


@dataclass
class _Group:
    value: Any
    label: str
    count: int
    rows: list[WorkItemRow] = field(default_factory=list)
    cursor: Cursor | None = None
    loading: bool = False
    open: bool = False
    #: the "more" row after the loaded rows is in the model (changed only inside the model's
    #: begin/end signals)
    more_shown: bool = False


class GroupedQueueModel(QAbstractItemModel):
    """Groups (top level) and the loaded rows of the open ones (children). ``loaded`` tells
    the view the groups arrived; ``failed(str)`` a read that went wrong."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, service: QueueService, runner: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.queue: ResolvedQueue | None = None
        self.column: str | None = None
        self.columns: tuple[str, ...] = ()
        self.groups: list[_Group] = []
        self._generation = 0
        self._bold: QFont | None = None

    # -- loading ----------------------------------------------------------------------------
    def open(self, definition: Any) -> None:
        """Read the groups of ``definition`` (grouped) off the UI thread."""
        self._generation += 1
        generation = self._generation
        service = self.service

        def done(found: tuple[ResolvedQueue, list[tuple[Any, str, int]]]) -> None:
            if generation != self._generation:
                return  # another queue was opened meanwhile
            self.beginResetModel()
            self.queue, rows = found
            self.column = definition.group_by
            self.columns = tuple(definition.columns)
            self.groups = [_Group(v, group_text(definition.group_by, v, label), count)
                           for v, label, count in rows]
            self.endResetModel()
            self.loaded.emit()

        self.runner.run(lambda: service.open_groups(definition), done,
                        lambda exc: self.failed.emit(user_message(exc)))

    def set_open(self, group: int, is_open: bool) -> None:
        """A group was expanded (read its first page) or collapsed (drop its rows)."""
        g = self.groups[group]
        g.open = is_open
        if is_open:
            if not g.rows:
                self.fetch(group)
            return
        parent = self.index(group, 0)
        shown = self.rowCount(parent)
        if shown:
            self.beginRemoveRows(parent, 0, shown - 1)
            g.rows, g.cursor, g.more_shown = [], None, False
            self.endRemoveRows()
        g.loading = False

    def fetch(self, group: int) -> None:
        """Read the group's next page (nothing while one is being read or all are in)."""
        g = self.groups[group]
        if g.loading or not g.open or len(g.rows) >= g.count or self.queue is None \
                or self.column is None:
            return
        g.loading = True
        narrowed = self.service.in_group(self.queue, self.column, g.value)
        cursor, service, generation = g.cursor, self.service, self._generation

        def done(rows: list[WorkItemRow]) -> None:
            if generation != self._generation or not g.open or g.cursor is not cursor:
                g.loading = False
                return
            g.loading = False
            parent = self.index(group, 0)
            first = len(g.rows)
            if g.more_shown:  # the "more" row goes; the new rows take its place
                self.beginRemoveRows(parent, first, first)
                g.more_shown = False
                self.endRemoveRows()
            if rows:
                self.beginInsertRows(parent, first, first + len(rows) - 1)
                g.rows.extend(rows)
                g.cursor = cursor_for(rows[-1], narrowed.sort)
                self.endInsertRows()
            if len(rows) < PAGE:  # the group holds fewer rows than counted (changed since)
                g.count = len(g.rows)
            if len(g.rows) < g.count:
                end = len(g.rows)
                self.beginInsertRows(parent, end, end)
                g.more_shown = True
                self.endInsertRows()
            self.dataChanged.emit(self.index(group, 0), self.index(group, 0))

        def failed(exc: BaseException) -> None:
            g.loading = False
            self.failed.emit(user_message(exc))

        self.runner.run(lambda: service.page(narrowed, cursor, PAGE), done, failed)

    # -- what the view asks -----------------------------------------------------------------
    def total(self) -> int:
        return sum(g.count for g in self.groups)

    def row_at(self, index: _Index) -> WorkItemRow | None:
        """The work item of a row under a group (None: a group or a "more" row)."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        g = self.groups[index.internalId() - 1]
        return g.rows[index.row()] if index.row() < len(g.rows) else None

    def is_more(self, index: _Index) -> bool:
        if not index.isValid() or index.internalId() == _TOP:
            return False
        return index.row() >= len(self.groups[index.internalId() - 1].rows)

    def group_of(self, index: _Index) -> int:
        return index.row() if index.internalId() == _TOP else index.internalId() - 1

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel::index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel::parent."""
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractItemModel::rowCount: groups, or a group's rows (+ "more")."""
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        g = self.groups[parent.row()]
        return len(g.rows) + (1 if g.more_shown else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Override QAbstractItemModel::columnCount."""
        return len(self.columns)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Override QAbstractItemModel::hasChildren: a group with rows can be opened before
        any of them is read."""
        if not parent.isValid():
            return bool(self.groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return self.groups[parent.row()].count > 0
        return False

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags: rows select; groups and "more" rows do not."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP or self.is_more(index):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::headerData: the queue's column titles."""
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return tr_label(COLUMN_BY_KEY[self.columns[section]].label)
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            g = self.groups[index.row()]
            if role == _DISPLAY and index.column() == 0:
                return f"{g.label} ({count_text(g.count)})"
            if role == _FONT:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
            return None
        g = self.groups[index.internalId() - 1]
        if index.row() >= len(g.rows):
            if role == _DISPLAY and index.column() == 0:
                left = g.count - len(g.rows)
                return QCoreApplication.translate(
                    "GroupedQueueModel", "… {n} more (Enter or scroll here to load)").format(
                        n=count_text(left))
            return None
        row = g.rows[index.row()]
        if role == _DISPLAY:
            return display_text(row, self.columns[index.column()])
        if role == IdRole:
            return row.id
        return None


class GroupedQueueView(QTreeView):
    """The tree of a grouped queue. ``item_activated(id)`` opens a work item; groups open
    and close with a click, the arrow keys or Enter."""

    item_activated = Signal(object)

    def __init__(self, model: GroupedQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupedQueue")
        self.setModel(model)
        self.grouped = model
        self.setUniformRowHeights(True)  # fixed row height: Qt never measures rows
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(True)
        self.expanded.connect(lambda index: model.set_open(index.row(), True))
        self.collapsed.connect(lambda index: model.set_open(index.row(), False))
        self.activated.connect(self._activated)
        model.modelReset.connect(self._span_groups)
        model.rowsInserted.connect(lambda *_: self._load_visible_more())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._load_visible_more())

    def _span_groups(self) -> None:
        for row in range(self.grouped.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.internalId() == _TOP:
            self.setExpanded(index, not self.isExpanded(index))
            return
        if self.grouped.is_more(index):
            self.grouped.fetch(self.grouped.group_of(index))
            return
        row = self.grouped.row_at(index)
        if row is not None:
            self.item_activated.emit(row.id)

    def _load_visible_more(self) -> None:
        """A group's "more" row scrolled into view: read its next page."""
        top = self.indexAt(self.viewport().rect().topLeft())
        bottom = self.indexAt(self.viewport().rect().bottomLeft())
        index = top
        seen = 0
        while index.isValid() and seen < 200:
            if self.grouped.is_more(index):
                self.grouped.fetch(self.grouped.group_of(index))
            if index == bottom:
                break
            index = self.indexBelow(index)
            seen += 1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[WorkItemRow]:
        """The selected work items (all loaded: only rows of open groups can be selected)."""
        out = []
        for index in self.selectionModel().selectedRows():
            row = self.grouped.row_at(index)
            if row is not None:
                out.append(row)
        return out
