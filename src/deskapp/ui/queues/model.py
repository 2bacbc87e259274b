"""The lazy queue model: a million rows in the scrollbar, a few hundred in memory.

``rowCount`` is the queue's COUNT. Rows are fetched in blocks of ``BLOCK`` when the view asks
for them (``data`` on a row not yet loaded returns a placeholder and schedules the block), each
block by keyset from the nearest *known position*: a position is the keyset cursor before a row
number, known for row 0, for the row after any loaded row, at every ``CHECKPOINT_EVERY`` rows
once the background checkpoint pass has run, and from the end (the row count). A jump to row
250,000 therefore seeks from the closest of those (reading sort keys only, from a covering
index) and reads just the visible block. See docs/queues.md for the trade-offs.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from deskapp.domain.kinds import REGISTRY
from deskapp.domain.numbers import is_provisional
from deskapp.domain.pending import REASON_LABELS
from deskapp.domain.queries import Cursor, cursor_for
from deskapp.domain.queue import COLUMN_BY_KEY, QueueDefinition
from deskapp.services.queues import QueueService, ResolvedQueue, RowWindow
from deskapp.ui.labels import (
    duration_text,
    priority_label,
    sla_state_label,
    status_label,
    tr_label,
)
from deskapp.ui.theme import sla_brush
from deskapp.ui.work_items.icons import kind_icon
from deskapp.ui.workers import Runner, user_message

if TYPE_CHECKING:
    from deskapp.services.dto import WorkItemRow

BLOCK = 32
CHECKPOINT_EVERY = 2000
MAX_CACHED_BLOCKS = 128  # ~4,000 rows: memory stays flat however far the view scrolls
RETRY_AFTER_S = 1.0
INDEX_DELAY_MS = 150
PLACEHOLDER = "…"

#: Custom roles: the row's id (for activation and selection), its SLA state, the whole row.
IdRole = Qt.ItemDataRole.UserRole + 1
SlaRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
#: roles a paint asks for that this model never sets (answered without a call of data())
_NOT_PAINTED = frozenset(int(r.value) for r in (
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole))
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

_Index = QModelIndex | QPersistentModelIndex


def while_alive(owner: QObject, fn: Callable[..., None]) -> Callable[..., None]:
    """A runner callback that does nothing once ``owner`` is gone (its widget was closed
    while the database answered)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call


class SafeRunner:
    """``Runner.run`` for one owner: callbacks are dropped after the owner is deleted."""

    def __init__(self, owner: QObject, runner: Runner) -> None:
        self._owner = owner
        self.runner = runner

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self.runner.run(fn, while_alive(self._owner, on_success or (lambda _r: None)),
                        while_alive(self._owner, on_error or (lambda _e: None)))

    def run_with_progress(self, fn: Callable[..., Any], on_success: Callable[[Any], None],
                          on_error: Callable[[BaseException], None],
                          on_progress: Callable[[int, int], None]) -> Any:
        return self.runner.run_with_progress(fn, while_alive(self._owner, on_success),
                                             while_alive(self._owner, on_error),
                                             while_alive(self._owner, on_progress))


class OneAtATime:
    """Writes a control applies at once (a tick box, a language), one after another.

    Two quick changes ran side by side, so the older could land last: the database kept the
    older value and the status line named it. Here each write starts after the one before has
    answered, in the order they were made, so the newest is the last written and shown."""

    def __init__(self, runner: SafeRunner) -> None:
        self._runner = runner
        self._queue: deque[tuple[Callable[[], Any], Callable[[Any], None],
                                 Callable[[BaseException], None]]] = deque()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        self._queue.append((fn, on_success, on_error))
        if len(self._queue) == 1:
            self._next()

    def _next(self) -> None:
        fn, on_success, on_error = self._queue[0]

        def then(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                self._queue.popleft()
                try:
                    callback(result)
                finally:
                    if self._queue:
                        self._next()
            return call

        self._runner.run(fn, then(on_success), then(on_error))


@dataclass
class _Block:
    rows: list[WorkItemRow]
    before: Cursor | None  # the position the block starts at (None: the start of the queue)
    used: float
    texts: list[list[str] | None] = field(default_factory=list)  # display text, made lazily

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


class QueueTableModel(QAbstractTableModel):
    """Rows of one resolved queue, fetched lazily through the queue service."""

    resolved = Signal(object)  # the ResolvedQueue now shown (its warnings, its filter)
    opened = Signal()  # the first block of a newly opened queue is in
    block_loaded = Signal(int)  # first row of a block that arrived
    count_changed = Signal(int)
    failed = Signal(str)  # a fetch failed: a sentence for the person
    checkpoints_ready = Signal()
    refreshed = Signal()

    def __init__(self, service: QueueService, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = SafeRunner(self, runner)
        self._queue: ResolvedQueue | None = None
        self._columns: tuple[str, ...] = ()
        self._sla_column = -1
        self._kind_column = -1
        self._number_column = -1
        self._bold: QFont | None = None  # made on first use (needs the GUI application)
        self._set_columns(QueueDefinition().columns)
        self._count = 0
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._checkpoints: list[Cursor] = []
        self._anchors: dict[int, Cursor | None] = {}  # extra known positions (after refresh)
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._failed_at: dict[int, float] = {}
        self._generation = 0
        self._opening = False
        self._max_in_flight = 2
        self._dispatch_timer = QTimer(self)
        self._dispatch_timer.setSingleShot(True)
        self._dispatch_timer.setInterval(0)
        self._dispatch_timer.timeout.connect(self._dispatch)

    # -- opening ---------------------------------------------------------------------------
    @property
    def queue(self) -> ResolvedQueue | None:
        return self._queue

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def open(self, queue: ResolvedQueue, columns: tuple[str, ...]) -> None:
        """Show an already resolved queue."""
        self.open_definition(lambda: queue, columns)

    def open_definition(self, resolve: Callable[[], ResolvedQueue],
                        columns: tuple[str, ...]) -> None:
        """Show another queue (or the same with another sort or filter).

        One background job resolves the definition, takes the count (cached when the navigator
        already has it) and reads the first block; the rows on screen stay until it answers,
        so the view never flashes empty.
        """
        service = self._service

        def work() -> tuple[ResolvedQueue, int, list[WorkItemRow]]:
            queue = resolve()
            cached = service.cached_count(queue)
            count = cached if cached is not None else service.count(queue)
            return queue, count, service.page(queue, None, BLOCK)

        self._start_open(work, columns)

    def open_saved(self, definition: QueueDefinition, columns: tuple[str, ...]) -> None:
        """Like :meth:`open_definition` for a definition: resolve, count and first block in
        one read transaction (``QueueService.open``)."""
        service = self._service
        self._start_open(lambda: service.open(definition, BLOCK), columns)

    def _start_open(self, work: Callable[[], tuple[ResolvedQueue, int, list[WorkItemRow]]],
                    columns: tuple[str, ...]) -> None:
        self._generation += 1
        generation = self._generation
        self._wanted.clear()
        self._opening = True
        self._runner.run(work, lambda r: self._opened(generation, columns, r),
                         lambda e: self._failed(generation, e))

    def _opened(self, generation: int, columns: tuple[str, ...],
                result: tuple[ResolvedQueue, int, list[WorkItemRow]]) -> None:
        if generation != self._generation:
            return
        self._opening = False
        queue, count, rows = result
        self.beginResetModel()
        self._queue = queue
        self._set_columns(columns)
        self._count = 0
        self._clear_cache()
        self.endResetModel()
        self.resolved.emit(queue)
        self._store(0, rows, None)
        # announced even when 0 == 0: the count label and empty state belong to the new queue
        self._set_count(max(count, len(rows)), announce=True)
        self.opened.emit()
        # after the first paint: the background pass would otherwise compete with it for the
        # interpreter (measured: +15 ms to first paint on a 2-core machine)
        QTimer.singleShot(INDEX_DELAY_MS, self, lambda: self._recount_and_index(generation))

    def _recount_and_index(self, generation: int) -> None:
        """Background: an exact count (the cached one may be stale), then the checkpoints."""
        queue = self._queue
        if queue is None or generation != self._generation:
            return
        service = self._service

        def work() -> tuple[int, list[Cursor]]:
            count = service.count(queue, fresh=True)
            marks = service.checkpoints(queue, CHECKPOINT_EVERY,
                                        lambda: generation != self._generation)
            return count, marks

        def done(result: tuple[int, list[Cursor]]) -> None:
            if generation != self._generation:
                return
            count, marks = result
            self._checkpoints = marks
            self._anchors.clear()
            self._set_count(count)
            self.checkpoints_ready.emit()

        self._runner.run(work, done, lambda e: self._failed(generation, e))

    def set_columns(self, columns: tuple[str, ...]) -> None:
        self.beginResetModel()
        self._set_columns(columns)
        for blk in self._blocks.values():
            blk.texts = [None] * len(blk.rows)
        self.endResetModel()

    def _set_columns(self, columns: tuple[str, ...]) -> None:
        self._columns = columns
        self._sla_column = columns.index("sla_state") if "sla_state" in columns else -1
        self._kind_column = columns.index("kind") if "kind" in columns else -1
        self._number_column = columns.index("number") if "number" in columns else -1

    def refresh(self, first_visible: int = 0) -> bool:
        """Tickets changed: re-count and re-read what is shown, keeping the scroll position.

        The block on screen is re-read from the position it was read from, so the view stays
        on the same tickets even if rows were added above; exact positions (for jumps) return
        when the new checkpoints are in. False: nothing to do (``refreshed`` will not follow).
        """
        queue = self._queue
        if queue is None or self._opening:
            return False  # a queue being opened reads fresh rows anyway
        self._generation += 1
        generation = self._generation
        start = first_visible - first_visible % BLOCK
        blk = self._blocks.get(start)
        before = blk.before if blk is not None else None
        if blk is None:
            start = 0
        service = self._service

        def work() -> tuple[int, list[WorkItemRow], list[WorkItemRow]]:
            count = service.count(queue, fresh=True)
            head = service.page(queue, None, BLOCK) if start > 0 else []
            return count, head, service.page(queue, before, 3 * BLOCK)

        def done(result: tuple[int, list[WorkItemRow], list[WorkItemRow]]) -> None:
            if generation != self._generation:
                return
            count, head, rows = result
            self._blocks.clear()
            self._wanted.clear()
            self._checkpoints = []
            self._anchors = {start: before}
            if head:
                self._store(0, head, None)
            self._store(start, rows, before)
            self._set_count(max(count, start + len(rows)))
            if self._count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._count - 1, len(self._columns) - 1))
            self.refreshed.emit()
            self._recount_and_index(generation)

        self._runner.run(work, done, lambda e: self._failed(generation, e))
        return True

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._opening = False
            self.failed.emit(user_message(exc))

    # -- Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        # Override QAbstractTableModel::rowCount
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        # Override QAbstractTableModel::columnCount
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::headerData
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return tr_label(COLUMN_BY_KEY[self._columns[section]].label)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Override QAbstractTableModel::flags
        return _ROW_FLAGS if index.row() >= 0 else Qt.ItemFlag.NoItemFlags

    def multiData(self, index: _Index,  # noqa: N802
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        # Override QAbstractItemModel::multiData: the view's delegate asks for seven roles of
        # every cell it paints in one call, which by default is seven calls of data() from
        # C++ into Python. Here the painted roles are answered in one (27 rows x 10 columns:
        # 1,890 calls a paint down to 270); any other role goes through data().
        row, column = index.row(), index.column()
        slots = (roleDataSpan,) if isinstance(roleDataSpan, QModelRoleData) else cast(
            Iterable[QModelRoleData], roleDataSpan)  # iterable at run time; the stubs lack it
        for slot in slots:
            role = slot.role()
            if role == _DISPLAY:
                value: Any = self._display(row, column)
            elif role == _BACKGROUND:
                found = self._row(row) if column == self._sla_column else None
                value = sla_brush(found.sla_state) if found is not None else None
            elif role == _DECORATION:
                found = self._row(row) if column == self._kind_column else None
                value = kind_icon(found.kind) if found is not None else None
            elif role in _NOT_PAINTED:
                value = None
            else:
                value = self.data(index, role)
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _display(self, row: int, column: int) -> str | None:
        start = row - row % BLOCK
        blk = self._blocks.get(start)
        if blk is None or row - start >= len(blk.rows):
            if 0 <= row < self._count:
                self._want(row)
                return PLACEHOLDER
            return None
        texts = blk.texts[row - start]
        if texts is None:
            texts = blk.texts[row - start] = [display_text(blk.rows[row - start], key)
                                             for key in self._columns]
        if column == 0:
            blk.used = time.monotonic()  # on screen: the last block to evict
        return texts[column] if 0 <= column < len(texts) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Override QAbstractTableModel::data: what multiData does not answer itself (the
        # font, tooltips, the custom roles) and every caller that asks one role.
        row = index.row()
        if role == _DISPLAY:
            return self._display(row, index.column())
        if role == _BACKGROUND:
            if self._sla_column == index.column():
                found = self._row(row)
                if found is not None:
                    colour = sla_brush(found.sla_state)
                    return colour
            return None
        if role == _DECORATION:
            if self._kind_column == index.column():
                found = self._row(row)
                if found is not None:
                    return kind_icon(found.kind)
            return None
        if role == _FONT:
            # a VIP caller's items stand out by their number, whatever columns show
            if self._number_column == index.column():
                found = self._row(row)
                if found is not None and found.caller_vip:
                    if self._bold is None:
                        self._bold = QFont()
                        self._bold.setBold(True)
                    return self._bold
            return None
        if role in (_TOOLTIP, IdRole, SlaRole, RowRole):
            found = self._row(row)
            if found is None:
                return None
            if role == IdRole:
                return found.id
            if role == SlaRole:
                return found.sla_state
            if role == RowRole:
                return found
            key = self._columns[index.column()] if 0 <= index.column() < len(
                self._columns) else ""
            if key == "title":
                return found.title
            if key == "status":  # a long status may end in "…" (see the column's width)
                return status_label(found.status, found.kind)
            if key in ("number", "caller_name") and found.caller_vip:
                return QCoreApplication.translate("QueueTableModel", "The caller is a VIP.")
            if key in ("sla_state", "resolution_due_at"):
                return _due_tip(found)
            return None
        return None

    # -- rows --------------------------------------------------------------------------------
    def row_at(self, row: int) -> WorkItemRow | None:
        """The loaded row at ``row`` (None while it is being fetched)."""
        return self._row(row)

    def window_for(self, first: int, last: int) -> RowWindow:
        """How the service reaches rows ``first``..``last`` from the nearest known position
        (for rows that are not loaded, e.g. a selection that runs past them)."""
        cursor, skip, backwards = self._plan(first)
        return RowWindow(cursor, skip, last - first + 1, backwards)

    def loaded_ids(self) -> dict[uuid.UUID, int]:
        """Row number of every loaded ticket (one pass, for re-selecting after a refresh)."""
        return {r.id: start + offset for start, blk in self._blocks.items()
                for offset, r in enumerate(blk.rows)}

    def row_of(self, incident_id: uuid.UUID) -> int | None:
        for start, blk in self._blocks.items():
            for offset, r in enumerate(blk.rows):
                if r.id == incident_id:
                    return start + offset
        return None

    def loaded_rows(self) -> int:
        return sum(len(b.rows) for b in self._blocks.values())

    def _row(self, row: int) -> WorkItemRow | None:
        start = row - row % BLOCK
        blk = self._blocks.get(start)
        if blk is None or row - start >= len(blk.rows):
            return None
        blk.used = time.monotonic()
        return blk.rows[row - start]

    def _store(self, start: int, rows: list[WorkItemRow], before: Cursor | None) -> None:
        """Keep rows read from position ``before`` as blocks from row ``start`` (on the grid)."""
        queue = self._queue
        assert queue is not None and start % BLOCK == 0
        now = time.monotonic()
        for offset in range(0, len(rows), BLOCK):
            chunk = rows[offset:offset + BLOCK]
            self._blocks[start + offset] = _Block(chunk, before, now)
            self._blocks.move_to_end(start + offset)
            before = cursor_for(chunk[-1], queue.sort)
        self._evict()

    def _evict(self) -> None:
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            oldest = min(self._blocks, key=lambda b: self._blocks[b].used)
            del self._blocks[oldest]

    def _clear_cache(self) -> None:
        self._blocks.clear()
        self._checkpoints = []
        self._anchors = {}
        self._wanted.clear()
        self._in_flight.clear()
        self._failed_at.clear()

    def _set_count(self, count: int, *, announce: bool = False) -> None:
        """Resize to ``count`` rows; ``count_changed`` when it changed (or ``announce``)."""
        if count == self._count:
            if announce:
                self.count_changed.emit(count)
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            for start in [s for s in self._blocks if s >= count]:
                del self._blocks[start]
            self.endRemoveRows()
        self.count_changed.emit(count)

    # -- fetching -------------------------------------------------------------------------
    def _want(self, row: int) -> None:
        start = row - row % BLOCK
        if start in self._in_flight:
            return
        failed = self._failed_at.get(start)
        if failed is not None and time.monotonic() - failed < RETRY_AFTER_S:
            return
        self._wanted[start] = None
        self._wanted.move_to_end(start)
        while len(self._wanted) > 6:  # only what was asked for last is still on screen
            self._wanted.popitem(last=False)
        # after the paint that asked: by then every block the screen needs is wanted
        if not self._dispatch_timer.isActive():
            self._dispatch_timer.start()

    def prefetch(self, first: int, last: int) -> None:
        """Read the blocks of rows ``first``..``last`` now: the view scrolled or jumped there.

        Without this the read starts only after the view has painted placeholders for those
        rows (``data`` asks for them during the paint), so a jump cost a paint, then the read,
        then another paint; started here, the read runs while the placeholders are painted.
        """
        if self._queue is None or self._opening:
            return
        last = min(last, self._count - 1)
        if first < 0 or last < first:
            return
        for start in range(first - first % BLOCK, last + 1, BLOCK):
            if start not in self._blocks:
                self._want(start)
        self._dispatch_timer.stop()
        self._dispatch()

    def fetching(self, row: int) -> bool:
        """Whether a read of ``row``'s block is under way."""
        return row - row % BLOCK in self._in_flight

    def _dispatch(self) -> None:
        while self._wanted and len(self._in_flight) < self._max_in_flight:
            start, _ = self._wanted.popitem(last=True)  # the latest request first
            if start in self._blocks or start >= self._count:
                continue
            # a screen often straddles two blocks: read both with one seek
            blocks = [start]
            for neighbour in (start + BLOCK, start - BLOCK):
                if neighbour in self._wanted and neighbour not in self._blocks:
                    del self._wanted[neighbour]
                    blocks.append(neighbour)
            self._fetch(min(blocks), len(blocks))

    def _fetch(self, start: int, blocks: int = 1) -> None:
        queue = self._queue
        if queue is None:
            return
        cursor, skip, backwards = self._plan(start)
        limit = min(blocks * BLOCK, self._count - start)
        generation = self._generation
        service = self._service
        starts = [start + n * BLOCK for n in range(blocks)]
        self._in_flight.update(starts)

        def work() -> tuple[Cursor | None, list[WorkItemRow]]:
            return service.window(queue, cursor, skip, limit, backwards=backwards)

        def done(result: tuple[Cursor | None, list[WorkItemRow]]) -> None:
            self._in_flight.difference_update(starts)
            if generation != self._generation:
                self._dispatch()
                return
            before, rows = result
            self._failed_at.pop(start, None)
            self._store(start, rows, before)
            last = min(start + max(len(rows), 1), self._count) - 1
            if last >= start:
                self.dataChanged.emit(self.index(start, 0),
                                      self.index(last, len(self._columns) - 1))
            self.block_loaded.emit(start)
            self._dispatch()

        def bad(exc: BaseException) -> None:
            self._in_flight.difference_update(starts)
            if generation == self._generation:
                for first in starts:
                    self._failed_at[first] = time.monotonic()
                self.failed.emit(user_message(exc))
                # ask again later: repainting those rows re-wants whatever is still on screen
                QTimer.singleShot(int(RETRY_AFTER_S * 1000) + 50, self,
                                  lambda: self._repaint_rows(generation, start, limit))
            self._dispatch()

        self._runner.run(work, done, bad)

    def _repaint_rows(self, generation: int, start: int, limit: int) -> None:
        last = min(start + limit, self._count) - 1
        if generation == self._generation and last >= start:
            self.dataChanged.emit(self.index(start, 0),
                                  self.index(last, len(self._columns) - 1))

    def _plan(self, start: int) -> tuple[Cursor | None, int, bool]:
        """Where to seek from to reach the position before row ``start``: the nearest known
        position below (forward seek) or above (backward seek), whichever is closer."""
        queue = self._queue
        assert queue is not None
        below: tuple[int, Cursor | None] = (0, None)
        for pos, cur in self._anchors.items():
            if below[0] < pos <= start:
                below = (pos, cur)
        k = start // CHECKPOINT_EVERY
        if k > 0 and len(self._checkpoints) >= k and k * CHECKPOINT_EVERY > below[0]:
            below = (k * CHECKPOINT_EVERY, self._checkpoints[k - 1])
        above: tuple[int, Cursor | None] = (self._count, None)  # None: the end
        for first, blk in self._blocks.items():
            last = first + len(blk.rows) - 1
            if below[0] < last + 1 <= start:
                below = (last + 1, cursor_for(blk.rows[-1], queue.sort))
            if below[0] < first <= start:
                below = (first, blk.before)
            if start < first < above[0]:
                above = (first, blk.before)
        if k + 1 <= len(self._checkpoints):
            pos = (k + 1) * CHECKPOINT_EVERY
            if start < pos < above[0]:
                above = (pos, self._checkpoints[k])
        forward = start - below[0]
        backward = above[0] - start
        if backward < forward:
            return above[1], backward, True
        return below[1], forward, False


def display_text(row: WorkItemRow, key: str) -> str:
    """A cell's text as every queue grid shows it (labels translated, times local)."""
    value = getattr(row, key)
    if value is None:
        return ""
    if key == "priority":
        return priority_label(value)
    if key == "status":
        text = status_label(value, row.kind)
        reason = REASON_LABELS.get(row.pending_reason or "")
        return f"{text}: {tr_label(reason)}" if reason else text
    if key == "number" and is_provisional(value):
        return QCoreApplication.translate("QueueTableModel", "{number} (provisional)").format(
            number=value)
    if key == "caller_name" and row.caller_vip:
        return QCoreApplication.translate("QueueTableModel", "{name} (VIP)").format(name=value)
    if key == "kind":
        decl = REGISTRY.get(value)
        return tr_label(decl.label) if decl is not None else str(value)
    if key == "sla_state":
        return sla_state_label(value)
    if hasattr(value, "astimezone"):
        return str(value.astimezone().strftime("%Y-%m-%d %H:%M"))
    return str(value)



def _due_tip(row: WorkItemRow, now: datetime | None = None) -> str | None:
    """The SLA and Due cells' tooltip: the state and how far the resolution due time is, as
    every duration reads ("due in 3 h 05 min", "overdue by 213 d 12 h"). Wall-clock time, worked
    out on hover, so it never goes stale the way cached cell text would."""
    state = sla_state_label(row.sla_state)
    due = row.resolution_due_at
    if due is None:
        return state or None
    minutes = (due - (now or datetime.now(UTC))).total_seconds() / 60
    if minutes >= 0:
        when = QCoreApplication.translate("QueueTableModel", "due in {t}").format(
            t=duration_text(minutes))
    else:
        when = QCoreApplication.translate("QueueTableModel", "overdue by {t}").format(
            t=duration_text(minutes))
    return f"{state} · {when}" if state else when
