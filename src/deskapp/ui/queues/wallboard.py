"""A queue torn off as a wallboard for a team's screen: large type, the counts that matter (open,
breached, at risk), the oldest breach and the most urgent items, refreshed by itself.

It reads through the same queue service as the grid (counts and first pages are index-served),
off the UI thread, when live refresh says the desk changed (coalesced) and every 30 seconds.
F11 fills the screen, Esc leaves full screen, Ctrl+W closes it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.queue import QueueDefinition, canonical_sort
from deskapp.ui import theme
from deskapp.ui.labels import count_text, duration_text, priority_label, sla_state_label
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import WorkItemRow
    from deskapp.ui.context import UiContext
    from deskapp.ui.queues.live import ChangeWatcher

REFRESH_MS = 30_000
COALESCE_MS = 2_000
TOP = 12


@dataclass(frozen=True)
class WallboardFigures:
    open: int
    breached: int
    at_risk: int
    oldest_breach: WorkItemRow | None
    top: tuple[WorkItemRow, ...]
    read_at: datetime


def read_figures(ctx: UiContext, definition: QueueDefinition) -> WallboardFigures:
    """The wallboard's numbers (runs on a worker thread: service calls only)."""
    queues = ctx.services.queues
    base = queues.resolve(definition)
    wanted = definition.filter.sla_states

    def narrowed(state: str) -> QueueDefinition | None:
        if wanted and state not in wanted:
            return None  # the queue leaves that state out
        return replace(definition, filter=replace(definition.filter, sla_states=(state,)),
                       sort=canonical_sort("resolution_due_at"))

    def count(d: QueueDefinition | None) -> int:
        return queues.count(queues.resolve(d), fresh=True) if d is not None else 0

    breached_def = narrowed("breached")
    oldest = (queues.page(queues.resolve(breached_def), None, 1)
              if breached_def is not None else [])
    return WallboardFigures(
        queues.count(base, fresh=True), count(breached_def), count(narrowed("warning")),
        oldest[0] if oldest else None, tuple(queues.page(base, None, TOP)),
        datetime.now(UTC))


class _Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        cap_font = QFont(self.font())
        cap_font.setPointSizeF(cap_font.pointSizeF() * 1.4)
        self.caption.setFont(cap_font)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Wallboard(QWidget):
    """A window of its own showing one queue for a team's screen."""

    def __init__(self, ctx: UiContext, name: str, definition: QueueDefinition,
                 watcher: ChangeWatcher | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("Wallboard")
        self.ctx, self.definition = ctx, definition
        self.setWindowTitle(self.tr("Wallboard: {queue}").format(queue=name))
        self.figures: WallboardFigures | None = None
        self._reading = self._again = self._closed = False
        title = QLabel(name)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.2)
        title_font.setBold(True)
        title.setFont(title_font)
        self.stamp = QLabel()
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.stamp)
        self.open_tile = _Tile(self.tr("open"))
        self.breached_tile = _Tile(self.tr("breached"))
        self.risk_tile = _Tile(self.tr("at risk"))
        self.oldest_tile = _Tile(self.tr("oldest breach"))
        tiles = QGridLayout()
        for column, tile in enumerate((self.open_tile, self.breached_tile, self.risk_tile,
                                       self.oldest_tile)):
            tiles.addWidget(tile, 0, column)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Priority"), self.tr("Title"), self.tr("Assignee"),
            self.tr("SLA")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table_font = QFont(self.font())
        table_font.setPointSizeF(table_font.pointSizeF() * 1.6)
        self.table.setFont(table_font)
        self.table.verticalHeader().setDefaultSectionSize(int(table_font.pointSizeF() * 2.4))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(tiles)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        if watcher is not None:
            watcher.changed.connect(self.poke)
        ctx.bus.changed.connect(self.poke)
        self.resize(1280, 720)
        self.refresh()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def poke(self, *_args: object) -> None:
        if not self._closed and not self._coalesce.isActive():
            self._coalesce.start()

    def refresh(self) -> None:
        if self._closed:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        ctx, definition = self.ctx, self.definition
        self.ctx.runner.run(lambda: read_figures(ctx, definition), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        if self._closed:
            return
        self.error.setText(self.tr("Could not refresh: {reason} The figures above are from "
                                   "the last refresh; the next try is in 30 seconds.")
                           .format(reason=user_message(exc)))
        self.error.setVisible(True)

    def _show(self, figures: object) -> None:
        self._reading = False
        if self._closed:
            return
        assert isinstance(figures, WallboardFigures)
        self.figures = figures
        self.error.setVisible(False)
        self.open_tile.value.setText(count_text(figures.open))
        self.breached_tile.value.setText(count_text(figures.breached))
        self.risk_tile.value.setText(count_text(figures.at_risk))
        oldest = figures.oldest_breach
        if oldest is not None and oldest.resolution_due_at is not None:
            late = (figures.read_at - oldest.resolution_due_at).total_seconds() / 60
            self.oldest_tile.value.setText(duration_text(max(late, 0)))
            self.oldest_tile.caption.setText(self.tr("oldest breach: {number}").format(
                number=oldest.number))
        else:
            self.oldest_tile.value.setText("–")
            self.oldest_tile.caption.setText(self.tr("oldest breach"))
        self.table.setRowCount(len(figures.top))
        for row, item in enumerate(figures.top):
            values = (item.number, priority_label(item.priority), item.title,
                      item.assignee_name or self.tr("unassigned"),
                      sla_state_label(item.sla_state))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                brush = theme.sla_brush(item.sla_state) if column == 4 else None
                if brush is not None:
                    cell.setBackground(brush)
                self.table.setItem(row, column, cell)
        self.stamp.setText(self.tr("updated {time}").format(
            time=figures.read_at.astimezone().strftime("%H:%M:%S")))
        if self._again:
            self._again = False
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._closed = True
        self._timer.stop()
        self._coalesce.stop()
        super().closeEvent(event)
