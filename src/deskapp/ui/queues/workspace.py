"""The queue workspace: navigator, the lazy queue table, filters, bulk actions, export.

Everything that touches the database goes through ``ctx.runner``; the table reads rows through
:class:`QueueTableModel`, which never holds more than a few thousand of them.
"""

from __future__ import annotations

import html
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.kinds import ACTIVE, REGISTRY, all_statuses
from deskapp.domain.permissions import Action, Decision, Resource
from deskapp.domain.queue import (
    BUILT_IN_BY_KEY,
    COLUMN_BY_KEY,
    GROUPABLE,
    SLA_STATES,
    QueueDefinition,
)
from deskapp.domain.refresh_pacing import COUNTS, ROWS, RefreshPacer
from deskapp.services.queues import BulkReport, ExportResult, QueueInfo
from deskapp.ui.labels import (
    priority_label,
    sla_state_label,
    status_label,
    tr_label,
)
from deskapp.ui.permissions import guard
from deskapp.ui.queues.actions import QueueActions
from deskapp.ui.queues.dialogs import ColumnChooser, FilterDialog, Reference
from deskapp.ui.queues.grouped import GroupedQueueModel, GroupedQueueView
from deskapp.ui.queues.live import ChangeWatcher, watcher_for
from deskapp.ui.queues.model import IdRole, QueueTableModel, SafeRunner
from deskapp.ui.queues.navigator import QueueNavigator
from deskapp.ui.workers import CancelToken, user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Changes, Choice
    from deskapp.ui.context import UiContext

ROW_HEIGHT = 24
SETTINGS = "queues"
REFRESH_DELAY_MS = 150
#: A refresh still unanswered after this long no longer holds back the next one.
REFRESH_STUCK_S = 10.0
SAVE_DELAY_MS = 1000
#: Default widths, in characters of the table's font, of columns holding free text; the other
#: columns fit their widest value (a number, a date, a priority or status label). At 1366x768
#: the default columns then fit the grid beside the area bar.
TEXT_CHARS = {"title": 38, "team_name": 15, "assignee_name": 16, "caller_name": 16,
              "service_name": 16, "ci_name": 16, "category": 12}
DATE_SAMPLE = "0000-00-00 00:00"
#: Status labels up to this long set the status column's width.
STATUS_CHARS = 12
#: Space a cell needs around its text (margins and the focus frame).
CELL_PADDING = 14
KIND_ICON_GAP = 4


class QueueTable(QTableView):
    """The queue grid; says when its width changes so the Title column can take the rest."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


#: Bus change kinds that mean work items changed (one per kind of work item).
WORK_ITEM_CHANGES = frozenset(ACTIVE)

class QueueWorkspace(QueueActions, QWidget):
    """Queues for agents and supervisors. ``incident_activated(uuid)`` opens a ticket."""

    incident_activated = Signal(object)
    message_shown = Signal(str)
    #: The message line with this text was hidden: what it said no longer holds.
    message_cleared = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueWorkspace")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.service = ctx.services.queues
        self.ref = Reference()
        self.key: str | None = None
        self.info: QueueInfo | None = None
        self.definition = QueueDefinition()
        self._dirty = False
        self._last_report: BulkReport | None = None
        self.last_export: ExportResult | None = None
        self.export_token: CancelToken | None = None
        self.bulk_token: CancelToken | None = None
        self._live_notice: str | None = None  # the "live updates paused" line, while shown
        self._navigator_detached = False

        self.navigator = QueueNavigator()
        self.navigator.queue_chosen.connect(self.open_queue)
        self.model = QueueTableModel(self.service, ctx.runner, self)
        self.model.failed.connect(self.show_message)
        # one live refresh in flight at a time; changes meanwhile make one more afterwards
        self._refresh_started: float | None = None
        self._refresh_pending = False
        # what the next refresh re-reads besides the rows: None (nothing pending) or whether
        # the counts too; other clients' changes count only on the pacer's slower lane
        self._counts_wanted: bool | None = None
        # a crowd of clients on a shared server spread out; a local desk re-reads at once
        self._pacer = RefreshPacer.local() if ctx.database.engine.dialect.name == "sqlite" \
            else RefreshPacer()
        self._default_widths: dict[tuple[str, str, str, str], int] = {}
        # the items other clients changed since the last rows refresh (None: not known)
        self._changed_ids: list[uuid.UUID] | None = []
        self._reselect: Callable[[], None] | None = None
        self._counting = False
        self._count_again = False
        self.model.refreshed.connect(self._refresh_landed)
        self.model.failed.connect(self._refresh_finished)
        self.model.opened.connect(self._refresh_finished)
        self.model.resolved.connect(self._resolved)
        self.model.count_changed.connect(self._count_changed)
        self.view = self._make_view()
        # another queue, sort or filter starts at its top (a refresh keeps the position)
        self.model.opened.connect(self.view.scrollToTop)
        self.title = QLabel()
        self.title.setObjectName("queueTitle")
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.empty_state = QLabel(self.tr("No incidents match this queue; change the filter."))
        self.empty_state.setObjectName("queueEmpty")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setVisible(False)
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Filter this queue (words or a number)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._apply_text)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_text)

        self.group_box = QComboBox()
        self.group_box.setObjectName("queueGroupBy")
        self.group_box.addItem(self.tr("No grouping"), None)
        for key in GROUPABLE:
            self.group_box.addItem(self.tr("Group by {col}").format(
                col=tr_label(COLUMN_BY_KEY[key].label)), key)
        self.group_box.activated.connect(self._group_chosen)
        # a grouped queue shows its groups (counts first, rows per opened group) instead of
        # the flat grid; the flat model stays open behind it for take next and the counts
        self.grouped_model = GroupedQueueModel(self.service, self.runner, self)
        self.grouped_model.failed.connect(self.show_message)
        self.grouped_model.loaded.connect(self._groups_loaded)
        self.grouped_view = GroupedQueueView(self.grouped_model)
        self.grouped_view.item_activated.connect(self._grouped_activated)
        self.grouped_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions())
        self._reopen_groups: set[Any] = set()
        self.toolbar = self._make_toolbar()
        header_row = QHBoxLayout()
        header_row.addWidget(self.title)
        header_row.addStretch()
        header_row.addWidget(self.count_label)
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.addLayout(header_row)
        rlayout.addWidget(self.toolbar)
        rlayout.addWidget(self.message)
        rlayout.addWidget(self.empty_state)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.view)
        self.grid_stack.addWidget(self.grouped_view)
        rlayout.addWidget(self.grid_stack)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._pace_timer = QTimer(self, singleShot=True)
        self._pace_timer.timeout.connect(self._paced)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_layout)
        ctx.bus.changed.connect(self._bus_changed)
        self.watcher: ChangeWatcher | None = watcher_for(ctx.database.url, ctx.runner, self)
        if self.watcher is not None:
            self.watcher.changed.connect(self._changed_elsewhere)
            self.watcher.connection_lost.connect(self._live_lost)
            self.watcher.connection_restored.connect(self._live_restored)
            self.watcher.start()
        self._restore_settings()
        self._load_reference()
        last = self._settings().value("last_queue", "my_open")
        self.reload_queues(open_key=last if isinstance(last, str) else None)

    # -- building -----------------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QueueTable()
        view.setObjectName("queueTable")
        view.resized.connect(self._fit_title)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setCornerButtonEnabled(False)
        vertical = view.verticalHeader()
        # Fixed row height: Qt never measures rows, so 1M rows cost nothing to lay out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        view.verticalScrollBar().valueChanged.connect(self._prefetch_visible)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        header.sectionMoved.connect(self._section_moved)
        header.sectionResized.connect(self._section_resized)
        view.activated.connect(self._row_activated)
        view.doubleClicked.connect(self._row_activated)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        return view

    def _action(self, text: str, slot: Any, shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)  # callers pass self.tr(...) so lupdate finds them
        # a new command makes the last one's message old news; connected first, so a message
        # the command itself shows (at once or later) stays
        action.triggered.connect(lambda _checked=False: self.outdate_message())
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.take_next_action = self._action(
            self.tr("&Take next"), self.take_next, "Ctrl+T",
            self.tr("Claim the most urgent unassigned ticket (Ctrl+T)"))
        self.assign_me_action = self._action(
            self.tr("Assign to &me"), self.assign_selection_to_me, "Ctrl+M",
            self.tr("Make the selected items yours (Ctrl+M)"))
        # F5 and Ctrl+S belong to the main window (refresh the area, save the open record)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh)
        self.filter_action = self._action(self.tr("F&ilter…"), self.edit_filter,
                                          "Ctrl+Shift+F")
        self.columns_action = self._action(self.tr("&Columns…"), self.choose_columns)
        self.save_action = self._action(self.tr("&Save queue"), self.save_queue)
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_queue_as,
                                           "Ctrl+Shift+S")
        self.rename_action = self._action(self.tr("Re&name…"), self.rename_queue)
        self.share_action = self._action(self.tr("Share with tea&m…"), self.share_queue)
        self.delete_action = self._action(self.tr("&Delete queue"), self.delete_queue)
        self.export_action = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E")
        self.bulk_actions = {
            "assign": self._action(self.tr("&Assign…"), lambda: self.bulk_dialog("assign"),
                                   "Ctrl+Shift+A"),
            "status": self._action(self.tr("Set &status…"), lambda: self.bulk_dialog("status")),
            "priority": self._action(self.tr("Set &priority…"),
                                     lambda: self.bulk_dialog("priority")),
            "team": self._action(self.tr("Move to &team…"), lambda: self.bulk_dialog("team")),
        }
        focus_search = self._action(self.tr("Filter &text"), self.search.setFocus, "Ctrl+F")
        focus_search.setVisible(False)
        bar.addAction(self.take_next_action)
        bar.addAction(self.assign_me_action)
        bar.addAction(self.refresh_action)
        bar.addWidget(self.search)
        bar.addAction(self.filter_action)
        bar.addWidget(self.group_box)
        bulk = QToolButton()
        bulk.setText(self.tr("&Bulk"))
        bulk.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(bulk)
        for action in self.bulk_actions.values():
            menu.addAction(action)
        bulk.setMenu(menu)
        self.bulk_menu = menu
        bar.addWidget(bulk)
        queue_button = QToolButton()
        queue_button.setText(self.tr("&Queue"))
        queue_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        qmenu = QMenu(queue_button)
        for action in (self.save_action, self.save_as_action, self.rename_action,
                       self.share_action, self.delete_action, self.columns_action,
                       self.export_action):
            qmenu.addAction(action)
        queue_button.setMenu(qmenu)
        bar.addWidget(queue_button)
        return bar

    def add_selection_actions(self, text: str, actions: list[QAction]) -> None:
        """A section of an area's own commands on the selected rows (a problem from the
        selected incidents...) in the Bulk menu (a toolbar button more would not fit a
        laptop's width)."""
        self.bulk_menu.addSection(text)
        self.bulk_menu.addActions(actions)

    def _prefetch_visible(self, _value: int) -> None:
        """A scroll or jump: ask for the rows now on screen before the view paints them."""
        view = self.view
        first = view.rowAt(0)
        if first < 0:
            return
        last = view.rowAt(view.viewport().height() - 1)
        self.model.prefetch(first, last if last >= 0 else self.model.rowCount() - 1)

    # -- settings ---------------------------------------------------------------------------
    def _settings(self) -> QSettings:
        settings = QSettings()
        settings.beginGroup(SETTINGS)
        return settings

    def detach_navigator(self) -> QueueNavigator:
        """Hand the queue list to a host (the main window's area bar); the grid takes the
        workspace's whole width."""
        if not self._navigator_detached:
            self._navigator_detached = True
            self.navigator.setParent(None)
        return self.navigator

    def _restore_settings(self) -> None:
        state = self._settings().value("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([220, 900])

    def _save_layout(self) -> None:
        """Column order and widths: QSettings always, the saved queue when it is ours."""
        settings = self._settings()
        if not self._navigator_detached:
            settings.setValue("splitter", self.splitter.saveState())
        if self.key is None:
            return
        settings.setValue(f"layout/{self.key}", self.definition.to_json())
        info = self.info
        if info is not None and info.editable and info.version is not None and self._dirty:
            key, version, definition = info.key, info.version, self.definition
            self.runner.run(lambda: self.service.update(key, version, definition=definition),
                                self._saved, self.show_message)
            self._dirty = False

    # -- queues -----------------------------------------------------------------------------
    def reload_queues(self, open_key: str | None = None) -> None:
        """Re-list the queues; ``open_key`` opens one (a built-in at once, without waiting)."""
        if open_key is not None and open_key in BUILT_IN_BY_KEY:
            self.open_queue(open_key)
            open_key = None

        def done(infos: list[QueueInfo]) -> None:
            self.navigator.set_queues(infos, open_key or self.key)
            # a queue saved, renamed or shared just now: show its new name and version
            fresh = next((i for i in infos if i.key == self.key), None)
            if fresh is not None and not open_key:
                self.info = fresh
                self._show_title()
                self._update_actions()
            if open_key and any(i.key == open_key for i in infos):
                self.open_queue(open_key)
            elif open_key:
                self.open_queue("my_open")

        self.runner.run(lambda: self.service.list_queues(with_counts=False), done,
                            self.show_message)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Re-count the navigator's queues; one pass at a time, so a late answer can never
        overwrite a newer one, and a busy desk does not queue up counts."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True

        def done(counts: Any) -> None:
            self._counting = False
            self.navigator.set_counts(counts)
            if self._count_again:
                self._count_again = False
                self.refresh_counts()

        def failed(exc: BaseException) -> None:
            self._counting = False
            self._count_again = False
            self.show_message(exc)

        self.runner.run(self.service.refresh_counts, done, failed)

    def open_queue(self, key: str) -> None:
        info = self.navigator.info(key)
        if info is None and key in BUILT_IN_BY_KEY:
            b = BUILT_IN_BY_KEY[key]
            info = QueueInfo(b.key, b.name, "builtin", b.definition)
        if info is None:
            self.show_message(self.tr("That queue no longer exists; pick another one."))
            return
        self.key = key
        self.info = info
        self._dirty = False
        definition = info.definition
        stored = self._settings().value(f"layout/{key}")
        if isinstance(stored, dict) and info.kind == "builtin":
            try:
                saved = QueueDefinition.from_json(stored)
                definition = definition.with_columns(saved.columns, dict(saved.widths))
                definition = replace(definition, sort=saved.sort)
            except Exception:  # noqa: BLE001 - a broken stored layout is ignored
                pass
        self.apply_definition(definition)  # the read starts first; the rest overlaps it
        self._settings().setValue("last_queue", key)
        self.navigator.select_key(key)
        self.search.setText(definition.filter.text)

    def apply_definition(self, definition: QueueDefinition) -> None:
        """Show the current queue with another filter, sort or columns."""
        self.definition = definition
        self._show_title()
        self._show_grouping()  # grouped: its GROUP BY goes first, it is what paints
        self.model.open_saved(definition, definition.columns)
        self._update_actions()

    def _show_title(self) -> None:
        info = self.info
        name = info.name if info else ""
        name = tr_label(name) if info and info.kind == "builtin" else name
        self.title.setText(f"<b>{html.escape(name)}</b>")

    def _resolved(self, queue: Any) -> None:
        self.outdate_message()
        if queue.warnings:
            self.show_message(" ".join(queue.warnings))
        self._apply_header()
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(self.definition.group_by)))

    # -- grouping ---------------------------------------------------------------------------
    def grouped(self) -> bool:
        return self.definition.group_by is not None

    def _group_chosen(self, _index: int) -> None:
        self.outdate_message()
        column = self.group_box.currentData()
        self.definition = replace(self.definition, group_by=column)
        self._dirty = True
        self._save_timer.start()
        self._reopen_groups = set()
        self._show_grouping()
        self._update_actions()

    def _show_grouping(self, *, keep_open: bool = False) -> None:
        """The grouped tree for a grouped queue (its groups read again), else the grid."""
        if not self.grouped():
            self.grid_stack.setCurrentWidget(self.view)
            return
        if keep_open:
            self._reopen_groups = {g.value for g in self.grouped_model.groups if g.open}
        self.grid_stack.setCurrentWidget(self.grouped_view)
        self.grouped_model.open(self.definition)

    def _groups_loaded(self) -> None:
        """Groups the person had open stay open after a refresh (their rows read again)."""
        view, model = self.grouped_view, self.grouped_model
        for row, group in enumerate(model.groups):
            if group.value in self._reopen_groups:
                view.expand(model.index(row, 0))
        self._reopen_groups = set()
        self._update_actions()

    def _grouped_activated(self, item_id: object) -> None:
        self.outdate_message()
        self.incident_activated.emit(item_id)

    def _apply_header(self) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        for section, key in enumerate(self.definition.columns):
            width = self.definition.widths.get(key)  # the person's own width wins
            header.resizeSection(section, int(width) if width else self.default_width(section))
        self._fit_title()
        first = self.definition.sort[0]
        if first.column in self.definition.columns:
            header.setSortIndicator(self.definition.columns.index(first.column),
                                    Qt.SortOrder.DescendingOrder if first.descending
                                    else Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _fit_title(self) -> None:
        """Until the person sizes it, the Title column takes the width the others leave."""
        columns = self.definition.columns
        if "title" not in columns or "title" in self.definition.widths:
            return
        header = self.view.horizontalHeader()
        if header.count() != len(columns):
            return
        section = columns.index("title")
        others = sum(header.sectionSize(s) for s in range(header.count()) if s != section)
        width = max(self.default_width(section), self.view.viewport().width() - others)
        if width != header.sectionSize(section):
            was = header.blockSignals(True)
            header.resizeSection(section, width)
            header.blockSignals(was)

    def default_width(self, section: int) -> int:
        """Wide enough for the header (with its sort arrow) and the column's usual values,
        in the font on screen; free text gets a number of characters and ends in "…".

        Kept per column, header text and fonts: measuring every column's samples again on
        each queue open cost about 0.8 ms of a 20 ms open (issue 11's side-by-side)."""
        key = self.definition.columns[section]
        header = self.view.horizontalHeader()
        label = self.model.headerData(section, Qt.Orientation.Horizontal)
        cache_key = (key, str(label), self.view.font().key(), header.font().key())
        known = self._default_widths.get(cache_key)
        if known is None:
            known = self._measure_default_width(section, key)
            self._default_widths[cache_key] = known
        return known

    def _measure_default_width(self, section: int, key: str) -> int:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        if key in TEXT_CHARS:
            content = metrics.averageCharWidth() * TEXT_CHARS[key]
        else:
            if key == "number":
                samples = ["INC-000000", "ITASK-000000"]
            elif key == "kind":
                samples = [tr_label(REGISTRY[k].label) for k in ACTIVE]
            elif key == "priority":
                samples = [priority_label(p) for p in PRIORITY_LABELS]
            elif key == "status":
                # the usual statuses whole; a rare long one ("Under investigation") ends in
                # "…" with the full label as tooltip, so a laptop still shows every column
                samples = [label for s in all_statuses()
                           if len(label := status_label(s)) <= STATUS_CHARS]
            elif key == "sla_state":
                samples = [sla_state_label(state) for state in SLA_STATES]
            else:
                samples = [DATE_SAMPLE]
            content = max(metrics.horizontalAdvance(text) for text in samples)
            if key == "kind":  # the label sits beside the kind's icon
                content += self.view.style().pixelMetric(
                    QStyle.PixelMetric.PM_SmallIconSize) + KIND_ICON_GAP
        return int(max(header.sectionSizeHint(section), content + CELL_PADDING))

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln item(s)", "", count))
        self.empty_state.setVisible(count == 0)
        # the navigator counts the queue as saved, not a filter tried on it for a moment
        if self.key is not None and self.info is not None \
                and self.definition.filter == self.info.definition.filter:
            self.navigator.set_counts({self.key: count})

    # -- sort, filter, columns ------------------------------------------------------------------
    def _header_clicked(self, section: int) -> None:
        key = self.definition.columns[section]
        column = COLUMN_BY_KEY[key]
        if column.sort is None:
            self.show_message(self.tr("The {col} column cannot be sorted: queues sort only by "
                                      "columns the database keeps in order.").format(
                                          col=tr_label(column.label)))
            self._apply_header()
            return
        first = self.definition.sort[0]
        descending = not first.descending if first.column == column.sort else False
        self._dirty = True
        self.apply_definition(self.definition.sorted_by(column.sort, descending))
        self._save_timer.start()

    def sort_by(self, column: str, descending: bool = False) -> None:
        self.apply_definition(self.definition.sorted_by(column, descending))

    def _apply_text(self) -> None:
        text = self.search.text().strip()
        if text == self.definition.filter.text:
            return
        try:
            flt = replace(self.definition.filter, text=text)
        except Exception as exc:  # noqa: BLE001 - a ValidationError with its sentence
            self.show_message(user_message(exc))
            return
        self.apply_definition(self.definition.with_filter(flt))

    def edit_filter(self) -> None:
        dialog = FilterDialog(self.definition.filter, self.ref, self)
        dialog.accepted.connect(lambda: self.set_filter(dialog.queue_filter()))
        dialog.open()

    def set_filter(self, flt: Any) -> None:
        self._dirty = True
        self.search.setText(flt.text)
        self.apply_definition(self.definition.with_filter(flt))

    def choose_columns(self) -> None:
        dialog = ColumnChooser(self.definition.columns, self)
        dialog.accepted.connect(lambda: self.set_columns(dialog.columns()))
        dialog.open()

    def set_columns(self, columns: tuple[str, ...]) -> None:
        if not columns:
            self.show_message(self.tr("Keep at least one column."))
            return
        self.definition = self.definition.with_columns(columns)
        self.model.set_columns(columns)
        self._apply_header()
        self._dirty = True
        self._save_timer.start()

    def _section_moved(self, _logical: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        order = [self.definition.columns[header.logicalIndex(v)]
                 for v in range(header.count())]
        widths = {k: header.sectionSize(self.definition.columns.index(k)) for k in order}
        # rebuild the model in the new order so the definition and the view agree
        self.definition = self.definition.with_columns(order, widths)
        header.blockSignals(True)
        for visual in range(header.count()):
            header.moveSection(header.visualIndex(visual), visual)
        header.blockSignals(False)
        self.model.set_columns(self.definition.columns)
        self._apply_header()
        self._dirty = True
        self._save_timer.start()

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if 0 <= section < len(self.definition.columns):
            key = self.definition.columns[section]
            widths = dict(self.definition.widths)
            widths[key] = new
            self.definition = self.definition.with_columns(self.definition.columns, widths)
            self._dirty = True
            self._save_timer.start()
            if key != "title":
                self._fit_title()  # a wider column takes from the Title, not off the screen

    # -- live refresh ------------------------------------------------------------------------
    def _bus_changed(self, changes: Changes) -> None:
        if changes.kind in WORK_ITEM_CHANGES:
            self._schedule_refresh()

    def _changed_elsewhere(self, payload: dict[str, Any]) -> None:
        """Another client's change: refresh paced (coalesced, jittered; counts less often),
        so a desk of hundreds does not re-query in the same millisecond after every commit."""
        if payload.get("table") in (None, "work_items"):
            if self._changed_ids is not None:
                try:
                    self._changed_ids.extend(uuid.UUID(str(i)) for i in payload["ids"])
                except (KeyError, TypeError, ValueError):  # too many to list, or unreadable
                    self._changed_ids = None
            now = time.monotonic()
            due = self._pacer.note(now)
            self._pace_timer.start(max(0, round((due - now) * 1000)))

    def _paced(self) -> None:
        now = time.monotonic()
        lanes = self._pacer.take(now)
        if ROWS in lanes:
            changed, self._changed_ids = self._changed_ids, []
            self._refresh_if_touched(changed, counts=COUNTS in lanes)
        elif COUNTS in lanes:
            self._recount()
        due = self._pacer.next_due()
        if due is not None:
            self._pace_timer.start(max(0, round((due - now) * 1000)))

    def _refresh_if_touched(self, changed: list[uuid.UUID] | None, *, counts: bool) -> None:
        """Re-read the window for other clients' changes only when they can alter it (an item
        shown changed, or a changed item is in the queue now; one primary-key probe). On a
        busy shared desk, every client re-reading its rows for every commit was most of the
        server's work. Grouped views and unknown changes always re-read."""
        queue = self.model.queue
        if changed is None or queue is None or self.grouped():
            self._schedule_refresh(counts=counts, at_once=True)
            return
        shown = set(self.model.loaded_ids())
        service = self.service

        def checked(touched: bool) -> None:
            if touched:
                self._schedule_refresh(counts=counts, at_once=True)
            elif counts:
                self._recount()

        self.runner.run(lambda: service.touched_by(queue, changed, shown), checked,
                        lambda _error: self._schedule_refresh(counts=counts, at_once=True))

    def _recount(self) -> None:
        """The counts alone, read again (the pacer's slower lane)."""
        self.service.invalidate_counts()
        self.refresh_counts()

    def _schedule_refresh(self, counts: bool = True, at_once: bool = False) -> None:
        """A max-wait debounce: refresh at most REFRESH_DELAY_MS after the first pending change.

        Restarting the timer on every notification starved a busy desk (commits every 100 ms
        never let a 150 ms timer fire); changes arriving while it runs join that refresh.
        """
        self._counts_wanted = counts or bool(self._counts_wanted)
        started = self._refresh_started
        if started is not None and time.monotonic() - started < REFRESH_STUCK_S:
            # a refresh is being read: starting another would discard it (each one supersedes
            # the last), and at 1M tickets a busy desk would then never see a refresh land
            self._refresh_pending = True
            return
        if at_once:
            self._refresh_timer.stop()
            self.refresh()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_landed(self) -> None:
        reselect, self._reselect = self._reselect, None
        if reselect is not None:
            reselect()
        self._refresh_finished()

    def _refresh_finished(self, *_args: object) -> None:
        self._refresh_started = None
        if self._refresh_pending:
            self._refresh_pending = False
            self._schedule_refresh(counts=self._counts_wanted is not False)

    def refresh(self) -> None:
        """Re-read counts and what is on screen, keeping the selection and scroll position.

        A selection of loaded rows follows its tickets (rows may move); a large one (more than
        a bulk action takes) or one that reaches unloaded rows keeps its row ranges instead:
        re-selecting 6,000 rows by id blocked the UI thread for 318 ms on every refresh.
        Counts are re-read too unless only the pacer's rows lane asked for this refresh.
        """
        counts, self._counts_wanted = self._counts_wanted is not False, None
        now = time.monotonic()
        self._pacer.ran(ROWS, now)
        if counts:
            self._pacer.ran(COUNTS, now)
            self.service.invalidate_counts()
        by_id = not self.selection_too_large()
        selected: list[uuid.UUID] = []
        if by_id:
            for first, last in self.selected_spans():
                for row in range(first, last + 1):
                    loaded = self.model.row_at(row)
                    if loaded is None:
                        by_id = False
                        break
                    selected.append(loaded.id)
                if not by_id:
                    break
        current = self.view.currentIndex().data(IdRole)
        top = self.view.rowAt(0)
        if top < 0:
            top = 0

        def reselect() -> None:
            selection = self.view.selectionModel()
            rows = self.model.loaded_ids()
            if by_id:
                chosen = QItemSelection()
                last_column = self.model.columnCount() - 1
                for incident_id in selected:
                    row = rows.get(incident_id)
                    if row is not None:
                        chosen.select(self.model.index(row, 0),
                                      self.model.index(row, last_column))
                # rows may have moved: select by ticket, not by row (one call, one signal)
                selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            row = rows.get(current) if isinstance(current, uuid.UUID) else None
            if row is not None:
                selection.setCurrentIndex(self.model.index(row, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)

        self._reselect = reselect  # one slot, replaced by a newer refresh: nothing piles up
        if self.model.refresh(top):
            self._refresh_started = time.monotonic()
        else:
            self._reselect = None
        if self.grouped():
            self._show_grouping(keep_open=True)
        if counts:
            self.refresh_counts()

    # -- misc -------------------------------------------------------------------------------
    def _row_activated(self, index: Any) -> None:
        self.outdate_message()
        incident_id = index.data(IdRole)
        if isinstance(incident_id, uuid.UUID):
            self.incident_activated.emit(incident_id)

    def _update_actions(self) -> None:
        has_selection = (self.grouped_view if self.grouped() else self.view
                         ).selectionModel().hasSelection()
        may_work = self.ctx.services.may(Action.EDIT, Resource.WORK_ITEM)
        for action in (*self.bulk_actions.values(), self.assign_me_action):
            # rows the person may not change are refused one by one, with the reason, in the
            # bulk report; someone who may change no item at all (an auditor) is told here
            guard(action, may_work if not may_work else Decision(has_selection))
        info = self.info
        editable = info is not None and info.editable and info.version is not None
        why = info.why_not if info is not None and info.why_not else self.tr(
            "Built-in queues cannot be changed; use Save as to keep your own copy.")
        for action in (self.rename_action, self.share_action, self.delete_action):
            guard(action, Decision(editable, "" if editable else why))

    def show_message(self, message: object) -> None:
        text = user_message(message) if isinstance(message, BaseException) else str(message)
        self.message.setText(text)
        self.message.setVisible(True)
        self.message_shown.emit(text)

    def hide_message(self) -> None:
        if self.message.isVisible():
            self.message.setVisible(False)
            self.message_cleared.emit(self.message.text())

    def outdate_message(self) -> None:
        """The person moved on (another command, queue, filter or an opened row): the last
        message is old news. A paused live refresh is still true, so its line comes back."""
        notice = self._live_notice
        if notice is None:
            self.hide_message()
        elif self.message.text() != notice or not self.message.isVisible():
            self.hide_message()
            self.message.setText(notice)
            self.message.setVisible(True)

    def _live_lost(self, text: str) -> None:
        self._live_notice = text
        self.show_message(text)

    def _live_restored(self) -> None:
        """Hide the 'live updates paused' line, but not a message shown since then."""
        notice, self._live_notice = self._live_notice, None
        if notice is not None and self.message.isVisible() and self.message.text() == notice:
            self.hide_message()

    def _load_reference(self) -> None:
        reference = self.ctx.services.reference

        def work() -> Reference:
            return Reference(reference.teams(), reference.staff(), reference.services(),
                             reference.cis())

        def done(ref: Reference) -> None:
            self.ref = ref

        self.runner.run(work, done, self.show_message)

    def teams(self) -> list[Choice]:
        return list(self.ref.teams)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Override QWidget::closeEvent
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop live refresh and keep the layout (the main window calls this on close)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
        self._save_layout()
        if self.watcher is not None:
            self.watcher.stop()
