"""My approvals: the approval lines waiting for the signed-in person or for whoever they stand
in for today, decided one by one or several at once, and the delegations while someone is away.

A bulk decision first says how many approvals it will decide (and which items) and opens on no
decision; the service decides all of them or none. Enter or a double click opens the item.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.operation.access_reviews_view import MyReviewLines
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.approval_dialogs import DecisionDialog, numbers_text
from deskapp.ui.work_items.icons import kind_icon
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    # types only: the approvals service loads on the worker that first asks it
    from deskapp.services.approvals import (
        ApproverChoices,
        BulkDecision,
        DelegationDTO,
        MyApprovalDTO,
    )
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex


class MyApprovalsModel(RowsModel["MyApprovalDTO"]):
    HEADERS = ("Number", "Title", "Stage", "Asked of", "Asked")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return kind_icon(row.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        approver = self.tr("{name} (you stand in)").format(name=row.approver) \
            if row.on_behalf else row.approver
        values = (row.number, row.title, f"{row.stage}/{row.stages}", approver,
                  local_time(row.asked_at))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class ApprovalsView(QWidget):
    """The list and its commands; ``open_requested(item_id, kind)`` opens an item."""

    open_requested = Signal(object, str)
    back_requested = Signal()
    message = Signal(str)
    #: approvals were decided (items may have moved on): queues and forms refresh
    decided = Signal(object)
    #: how many approvals are waiting (the queue list shows it)
    count_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myApprovals")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.model = MyApprovalsModel(self)
        self.table = read_only_table("myApprovalsTable", (110, 320, 60, 180))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(self._open)
        self.title = QLabel()
        self.title.setObjectName("myApprovalsTitle")
        self.approve_button = QPushButton(self.tr("&Approve selected…"))
        self.approve_button.setObjectName("approveSelected")
        self.approve_button.clicked.connect(lambda: self.ask_bulk(True))
        self.reject_button = QPushButton(self.tr("Re&ject selected…"))
        self.reject_button.setObjectName("rejectSelected")
        self.reject_button.clicked.connect(lambda: self.ask_bulk(False))
        self.decide_button = QPushButton(self.tr("&Decide selected…"))
        self.decide_button.setObjectName("decideSelected")
        self.decide_button.clicked.connect(lambda: self.ask_bulk(None))
        self.delegate_button = QPushButton(self.tr("De&legate approvals…"))
        self.delegate_button.setObjectName("delegateApprovals")
        self.delegate_button.setToolTip(self.tr("Who decides your approvals while you are away "
                                                "(Ctrl+Shift+D)"))
        self.delegate_button.clicked.connect(self.open_delegations)
        self.back_button = QPushButton(self.tr("Back to &queues"))
        self.back_button.setObjectName("backToQueues")
        self.back_button.clicked.connect(self.back_requested)
        # F5 is the window's Refresh (it refreshes this list too): a second F5 here would
        # make the key ambiguous
        for keys, slot, what in (
                ("Ctrl+Shift+D", self.open_delegations, self.tr("Delegate approvals")),
                ("Escape", self.back_requested.emit, self.tr("Back to the queues"))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.delegate_button)
        top.addWidget(self.back_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        # access review lines asked of me (an access review's grants to keep or revoke)
        self.review_lines = MyReviewLines(ctx)
        self.review_lines.message.connect(self.message)
        self.review_lines.answered.connect(lambda: self.decided.emit(None))
        # the badge counts both: approvals and access review lines waiting for me
        self._waiting = {"approvals": 0, "reviews": 0}
        self.review_lines.count_changed.connect(lambda n: self._count("reviews", n))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.review_lines, 1)
        self.dialog: QDialog | None = None
        self.set_rows([])

    # -- list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self.ctx.services  # the service is built on the worker, not here
        self.runner.run(lambda: services.approvals.my_approvals(), self.set_rows,
                        lambda exc: self.message.emit(user_message(exc)))
        self.review_lines.refresh()

    def set_rows(self, rows: list[MyApprovalDTO]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._enable()
        self._count("approvals", len(rows))

    def _count(self, what: str, n: int) -> None:
        self._waiting[what] = n
        total = sum(self._waiting.values())
        self.title.setText(self.tr("<b>My approvals</b> · %n waiting", "", total))
        self.count_changed.emit(total)

    def selected(self) -> list[MyApprovalDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row(i) for i in rows) if r is not None]

    def _enable(self) -> None:
        some = bool(self.selected())
        for button in (self.approve_button, self.reject_button, self.decide_button):
            button.setEnabled(some)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_requested.emit(row.item_id, row.kind)

    # -- deciding -------------------------------------------------------------------------
    def ask_bulk(self, approve: bool | None) -> DecisionDialog | None:
        chosen = self.selected()
        if not chosen:
            self.message.emit(self.tr("Select the approvals to decide first."))
            return None
        numbers = [r.number for r in chosen]
        summary = self.tr("This decides %n approval(s): {numbers}.", "", len(chosen)).format(
            numbers=numbers_text(numbers))
        title = self.tr("Decide %n approval(s)", "", len(chosen))
        dialog = DecisionDialog(title, summary, approve=approve, parent=self)
        ids = [r.id for r in chosen]
        service = self.ctx.services.approvals

        def submit(ok: bool, comment: str, _channel: object) -> None:
            def done(result: BulkDecision) -> None:
                dialog.accept()
                self.message.emit(
                    self.tr("Approved %n approval(s).", "", result.decided) if ok
                    else self.tr("Rejected %n approval(s).", "", result.decided))
                self.decided.emit(result)
                self.refresh()

            self.runner.run(lambda: service.decide_many(ids, ok, comment), done,
                            lambda exc: dialog.show_error(user_message(exc)))

        dialog.submitted.connect(submit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- delegation -----------------------------------------------------------------------
    def open_delegations(self) -> None:
        service = self.ctx.services.approvals
        self.runner.run(lambda: (service.choices(), service.delegations()),
                        lambda found: self._show_delegations(*found),
                        lambda exc: self.message.emit(user_message(exc)))

    def _show_delegations(self, choices: ApproverChoices,
                          delegations: list[DelegationDTO]) -> None:
        dialog = DelegationDialog(self.ctx, choices, delegations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()


class DelegationDialog(QDialog):
    """The signed-in person's delegations: add one (to whom, from, to), or remove one."""

    def __init__(self, ctx: UiContext, choices: ApproverChoices,
                 delegations: list[DelegationDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationDialog")
        self.setWindowTitle(self.tr("Delegate approvals"))
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        me = ctx.services.actor.staff_id
        self.listing = QComboBox()
        self.listing.setObjectName("delegationList")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeDelegation")
        self.remove_button.clicked.connect(self._remove)
        self.to = QComboBox()
        self.to.setObjectName("delegateTo")
        for choice in choices.staff:
            if choice.id != me:
                self.to.addItem(choice.label, choice.id)
        self.to.setCurrentIndex(-1)
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.starts.setObjectName("delegateFrom")
        self.starts.setCalendarPopup(True)
        self.ends = QDateEdit(today.addDays(7))
        self.ends.setObjectName("delegateUntil")
        self.ends.setCalendarPopup(True)
        self.message = error_label()
        current = QHBoxLayout()
        current.addWidget(self.listing, 1)
        current.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Yours now:"), current)
        form.addRow(self.tr("&Stand-in:"), self.to)
        form.addRow(self.tr("&From:"), self.starts)
        form.addRow(self.tr("&Until (included):"), self.ends)
        lay_out_form_dialog(self, form, self.message, self.tr("&Delegate"), self._submit)
        self.show_error("")
        self.set_delegations(delegations)

    def set_delegations(self, delegations: list[DelegationDTO]) -> None:
        me = self.ctx.services.actor.staff_id
        self.delegations = [d for d in delegations if d.from_id == me]
        self.listing.clear()
        for d in self.delegations:
            self.listing.addItem(self.tr("{to}, {start} to {end}").format(
                to=d.to_name, start=d.starts.isoformat(), end=d.ends.isoformat()), d.id)
        if not self.delegations:
            self.listing.addItem(self.tr("No delegation"))
        self.remove_button.setEnabled(bool(self.delegations))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _reload(self, note: str) -> None:
        service = self.ctx.services.approvals

        def done(found: list[DelegationDTO]) -> None:
            self.set_delegations(found)
            self.show_error(note)

        self.runner.run(service.delegations, done,
                        lambda exc: self.show_error(user_message(exc)))

    def _submit(self) -> None:
        if self.to.currentIndex() < 0:
            self.show_error(self.tr("Pick who decides your approvals while you are away."))
            return
        to: uuid.UUID = self.to.currentData()
        starts, ends = _day(self.starts.date()), _day(self.ends.date())
        service = self.ctx.services.approvals
        self.runner.run(lambda: service.add_delegation(to, starts, ends),
                        lambda d: self._reload(self.tr("{name} stands in for you from {start} "
                                                       "to {end}.").format(
                            name=d.to_name, start=d.starts.isoformat(),
                            end=d.ends.isoformat())),
                        lambda exc: self.show_error(user_message(exc)))

    def _remove(self) -> None:
        index = self.listing.currentIndex()
        if not 0 <= index < len(self.delegations):
            return
        chosen = self.delegations[index]
        service = self.ctx.services.approvals
        self.runner.run(lambda: service.remove_delegation(chosen.id, chosen.version),
                        lambda _r: self._reload(self.tr("Delegation removed.")),
                        lambda exc: self.show_error(user_message(exc)))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
