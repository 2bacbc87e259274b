"""Major incidents: the open ones (children counts, when the next stakeholder update is due,
in red once overdue) and, for the chosen one, its timeline, child incidents and
communications log. "Post update…" logs what stakeholders were told, promises the next update
and, when ticked, mails it to the stakeholders (their count shown first); "Stakeholders…"
lists and changes who they are. Enter opens the incident; Esc goes back to the queues."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.major_incident import NextUpdate, UpdateState
from deskapp.services.major_incidents import (
    MajorIncidentBoard,
    MajorIncidentRow,
    TimelineEntry,
    UpdateDTO,
)
from deskapp.ui import theme
from deskapp.ui.labels import count_text, duration_text, priority_label, status_label, tr_label
from deskapp.ui.operation.major_update_dialog import PostUpdateDialog
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.operation.stakeholders_dialog import StakeholdersDialog
from deskapp.ui.queues.model import SafeRunner, while_alive
from deskapp.ui.work_items.item_list import ItemList
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex


def next_update_text(state: NextUpdate) -> str:
    if state.state is UpdateState.OVERDUE:
        return QCoreApplication.translate("MajorIncidents", "overdue by {d}").format(
            d=duration_text(state.minutes))
    if state.state is UpdateState.DUE:
        return QCoreApplication.translate("MajorIncidents", "in {d}").format(
            d=duration_text(state.minutes))
    return ""


class MajorRowsModel(RowsModel[MajorIncidentRow]):
    HEADERS = ("Number", "Title", "Status", "Priority", "Service", "Children", "Next update")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        overdue = row.next_update.state is UpdateState.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and overdue:
            return QBrush(QColor(theme.ERROR[1 if theme.is_dark() else 0]))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.number, row.title, status_label(row.status, "incident"),
                  priority_label(row.priority), row.service_name or "",
                  f"{row.open_children}/{row.children}", next_update_text(row.next_update))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class TimelineModel(RowsModel[TimelineEntry]):
    HEADERS = ("When", "Who", "What", "Detail")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None or role not in (Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail if index.column() == 3 else None
        values = (local_time(row.at), row.who, tr_label(row.what),
                  " ".join(row.detail.split())[:300])
        return values[index.column()] if 0 <= index.column() < len(values) else None


class UpdatesModel(RowsModel[UpdateDTO]):
    HEADERS = ("Posted", "By", "Audience", "Update", "Next update due", "Mailed to")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.body
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (local_time(row.posted_at), row.posted_by, row.audience,
                  " ".join(row.body.split())[:300], local_time(row.next_update_due),
                  "" if row.mailed_to is None else count_text(row.mailed_to))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class MajorIncidentsView(QWidget):
    """``open_requested(item_id, kind)``, ``back_requested``, ``message(str)``, ``changed``
    (children or updates changed: queues refresh)."""

    open_requested = Signal(object, str)
    back_requested = Signal()
    message = Signal(str)
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("majorIncidents")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.board: MajorIncidentBoard | None = None
        self.dialog: PostUpdateDialog | None = None
        self.stakeholders_dialog: StakeholdersDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("majorIncidentsTitle")
        self.show_done = QCheckBox(self.tr("Show &resolved too"))
        self.show_done.setObjectName("showResolvedMajor")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.open_button = QPushButton(self.tr("&Open incident"))
        self.open_button.setObjectName("openMajor")
        self.open_button.clicked.connect(self._open_current)
        self.post_button = QPushButton(self.tr("Post &update…"))
        self.post_button.setObjectName("postUpdate")
        self.post_button.setToolTip(self.tr("Log a stakeholder update and when the next one "
                                            "is due"))
        self.post_button.clicked.connect(self.ask_update)
        self.stakeholders_button = QPushButton(self.tr("&Stakeholders…"))
        self.stakeholders_button.setObjectName("stakeholders")
        self.stakeholders_button.setToolTip(self.tr("Who updates are mailed to: callers "
                                                    "following the service and addresses "
                                                    "named on the incident"))
        self.stakeholders_button.clicked.connect(self.edit_stakeholders)
        self.back_button = QPushButton(self.tr("Back to &queues"))
        self.back_button.setObjectName("majorBack")
        self.back_button.clicked.connect(self.back_requested)
        self.model = MajorRowsModel(self)
        self.table = read_only_table("majorTable", (110, 260, 100, 110, 120, 80))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._load_board(current.row()))
        self.warning = QLabel()
        self.warning.setObjectName("updateOverdue")
        self.warning.setStyleSheet(theme.error_style())
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.timeline_model = TimelineModel(self)
        self.timeline = read_only_table("majorTimeline", (140, 140, 150))
        self.timeline.setModel(self.timeline_model)
        apply_widths(self.timeline)
        self.child_list = ItemList("majorChildren", self.tr("Open &child"))
        self.child_list.open_requested.connect(lambda i: self.open_requested.emit(i, "incident"))
        self.unlink_button = self.child_list.add_button(self.tr("Un&link child"), "unlinkChild")
        self.unlink_button.clicked.connect(self.unlink_child)
        self.updates_model = UpdatesModel(self)
        self.updates = read_only_table("majorUpdates", (140, 130, 130, 360, 140))
        self.updates.setModel(self.updates_model)
        apply_widths(self.updates)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("majorTabs")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.child_list, self.tr("Child incidents"))
        self.tabs.addTab(self.updates, self.tr("Communications"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.post_button)
        top.addWidget(self.stakeholders_button)
        top.addWidget(self.open_button)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.set_rows([])

    # -- list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        service, open_only = self.ctx.services.major_incidents, not self.show_done.isChecked()
        self.runner.run(lambda: service.major_incidents(open_only), self.set_rows,
                        lambda exc: self.message.emit(user_message(exc)))

    def set_rows(self, rows: list[MajorIncidentRow]) -> None:
        chosen = self.board.incident.id if self.board is not None else None
        self.model.set_rows(rows)
        overdue = sum(r.next_update.state is UpdateState.OVERDUE for r in rows)
        text = self.tr("<b>Major incidents</b> · %n shown", "", len(rows))
        if overdue:
            text += f" · <span style='{theme.error_style()}'>" + self.tr(
                "%n update(s) overdue", "", overdue) + "</span>"
        self.title.setText(text)
        self.open_button.setEnabled(bool(rows))
        self.post_button.setEnabled(bool(rows))
        self.stakeholders_button.setEnabled(bool(rows))
        index = next((i for i, r in enumerate(rows) if r.id == chosen), 0)
        if rows:
            self.table.selectRow(index)
            self._load_board(index)
        else:
            self._show_board(None)

    def _load_board(self, index: int) -> None:
        row = self.model.row(index)
        if row is None:
            self._show_board(None)
            return
        service, major_id = self.ctx.services.major_incidents, row.id
        self.runner.run(lambda: service.board(major_id), self._show_board,
                        lambda exc: self.message.emit(user_message(exc)))

    def _show_board(self, board: MajorIncidentBoard | None) -> None:
        self.board = board
        self.timeline_model.set_rows(list(reversed(board.timeline)) if board else [])
        self.child_list.set_rows(list(board.children) if board else [])
        self.updates_model.set_rows(list(reversed(board.updates)) if board else [])
        self.unlink_button.setEnabled(bool(board and board.children))
        if board is not None:
            still_open = sum(1 for c in board.children if c.status not in ("resolved",
                                                                             "closed"))
            self.child_list.summary.setText(self.tr("%n child incident(s), {open} open", "",
                                                  len(board.children)).format(open=still_open))
        state = board.next_update if board else None
        overdue = state is not None and state.state is UpdateState.OVERDUE
        self.warning.setVisible(overdue)
        if overdue and board is not None and state is not None:
            self.warning.setText(self.tr(
                "The next stakeholder update on {n} was due {when}: {late} overdue. Post an "
                "update (Alt+U).").format(n=board.incident.number,
                                                  when=local_time(state.due_at),
                                                  late=duration_text(state.minutes)))

    def _open_row(self, index: int) -> None:
        row = self.model.row(index)
        if row is not None:
            self.open_requested.emit(row.id, "incident")

    def _open_current(self) -> None:
        self._open_row(self.table.currentIndex().row())

    # -- commands -------------------------------------------------------------------------
    def ask_update(self) -> PostUpdateDialog | None:
        board = self.board
        if board is None:
            self.message.emit(self.tr("Choose a major incident first."))
            return None
        dialog = PostUpdateDialog(board.incident.number, self)
        service, major_id = self.ctx.services.major_incidents, board.incident.id

        def submit(audience: str, body: str, minutes: int | None, send_to: int | None) -> None:
            def done(update: UpdateDTO) -> None:
                dialog.accept()
                text = self.tr("Update to {who} logged on {n}.").format(
                    who=update.audience, n=board.incident.number)
                if update.mailed_to:
                    text += " " + self.tr("Mail to %n stakeholder(s) is on its way.", "",
                                          update.mailed_to)
                self.message.emit(text)
                self.changed.emit()
                self.refresh()

            self.runner.run(lambda: service.post_update(major_id, audience, body, minutes,
                                                        send_to=send_to),
                            done, lambda exc: dialog.show_error(user_message(exc)))

        dialog.submitted.connect(submit)
        # the dialog may be closed (and deleted) before the count arrives
        self.runner.run(lambda: service.stakeholders(major_id),
                        while_alive(dialog, dialog.set_stakeholders),
                        while_alive(dialog, lambda exc: dialog.recipients.setText(
                            user_message(exc))))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_stakeholders(self) -> StakeholdersDialog | None:
        board = self.board
        if board is None:
            self.message.emit(self.tr("Choose a major incident first."))
            return None
        dialog = StakeholdersDialog(self.ctx, board.incident.id, board.incident.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "stakeholders_dialog", None))
        dialog.finished.connect(lambda _r: self.refresh())
        self.stakeholders_dialog = dialog
        dialog.open()
        return dialog

    def unlink_child(self) -> None:
        board = self.board
        chosen = self.child_list.selected_ids() if board else []
        if board is None or not chosen:
            self.message.emit(self.tr("Choose the child incident to unlink first."))
            return
        service, major_id, child_id = self.ctx.services.major_incidents, board.incident.id, \
            chosen[0]

        def unlinked(_result: object) -> None:
            self.changed.emit()
            self.refresh()

        self.runner.run(lambda: service.unlink_child(major_id, child_id), unlinked,
                        lambda exc: self.message.emit(user_message(exc)))

    def select(self, major_id: uuid.UUID) -> None:
        """Show this major incident once the list has it."""
        for index in range(self.model.rowCount()):
            row = self.model.row(index)
            if row is not None and row.id == major_id:
                self.table.selectRow(index)
                return
