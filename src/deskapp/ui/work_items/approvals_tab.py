"""An item's approvals: the latest request's stages, approvers and decisions, and the buttons
to ask for approval, approve, reject, and record the decision of an approver without a login.

Approve and Reject act on the selected line when the signed-in person may decide it, else on
the first line waiting for them (or someone they stand in for). Every decision goes through
:class:`~deskapp.services.approvals.ApprovalService`, which refuses what is not allowed with a
sentence shown under the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.work_items.approval_dialogs import (
    DecisionDialog,
    RequestApprovalDialog,
    channel_text,
    decision_text,
    policy_text,
)
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.approvals import ApprovalLineDTO, ApprovalRequestDTO, ApproverChoices

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Stage", "Approver", "Decision", "Comment", "Decided", "Recorded by")


@dataclass(frozen=True)
class ApprovalRow:
    """A line of the table: an approver's line, or a stage not asked yet (``line`` None)."""

    stage: str
    approver: str
    decision: str
    comment: str = ""
    decided: str = ""
    recorded_by: str = ""
    line: ApprovalLineDTO | None = None


class ApprovalsModel(RowsModel[ApprovalRow]):
    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.comment or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.stage, row.approver, row.decision, row.comment, row.decided,
                  row.recorded_by)
        return values[index.column()] if 0 <= index.column() < len(values) else None


class ApprovalsTab(QWidget):
    message = Signal(str)
    #: an approval was asked or decided (the item's status may have moved: reload the form)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApprovalsModel(self)
        self.table = read_only_table("approvalsTable", (90, 160, 90, 220, 130))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.summary = QLabel()
        self.summary.setObjectName("approvalSummary")
        self.summary.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Re&quest approval…"))
        self.request_button.setObjectName("requestApproval")
        self.request_button.clicked.connect(self.ask_request)
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(lambda: self.ask_decision(True))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(lambda: self.ask_decision(False))
        self.record_button = QPushButton(self.tr("Record &decision…"))
        self.record_button.setObjectName("recordDecision")
        self.record_button.setToolTip(self.tr("Record what an approver without a DeskApp "
                                              "login said by phone or e-mail"))
        self.record_button.clicked.connect(self.ask_record)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.request_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.requests: list[ApprovalRequestDTO] = []
        self.rows: list[ApprovalRow] = []
        self.dialog: RequestApprovalDialog | DecisionDialog | None = None
        self._item_id: Callable[[], uuid.UUID | None] = lambda: None
        self.set_requests([])

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (ApprovalService) on ``runner`` for the item ``item_id()``
        names (the form's current item)."""
        self._service, self._runner, self._item_id = service, runner, item_id

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None:
            self.set_requests([])
            return
        service = self._service

        def done(requests: list[ApprovalRequestDTO]) -> None:
            if self._item_id() == item_id:
                self.set_requests(requests)

        self._runner.run(lambda: service.approvals(item_id), done,
                         lambda exc: self.message.emit(user_message(exc)))

    # -- showing --------------------------------------------------------------------------
    def set_requests(self, requests: list[ApprovalRequestDTO]) -> None:
        self.requests = list(requests)
        latest = self.requests[0] if self.requests else None
        rows: list[ApprovalRow] = []
        if latest is not None:
            total = len(latest.stages)
            for stage in latest.stages:
                label = self.tr("{n} of {total}").format(n=stage.number, total=total)
                if not stage.opened:
                    rows.append(ApprovalRow(label, stage.asks, self.tr("Not asked yet")))
                    continue
                for line in stage.lines:
                    how = channel_text(line.channel)
                    by = f"{line.decided_by} ({how})" if how else line.decided_by
                    rows.append(ApprovalRow(
                        label, line.approver if line.has_login
                        else self.tr("{name} (no login)").format(name=line.approver),
                        decision_text(line.decision), line.comment,
                        local_time(line.decided_at) if line.decided_at else "", by, line))
        self.rows = rows
        self.model.set_rows(rows)
        self.summary.setText(self._summary(latest))
        self._enable()

    def _summary(self, latest: ApprovalRequestDTO | None) -> str:
        if latest is None:
            return self.tr("No approval has been asked for this item.")
        earlier = len(self.requests) - 1
        more = self.tr(" (%n earlier approval(s) in the history)", "", earlier) if earlier \
            else ""
        if latest.state == "pending" and latest.current_stage is not None:
            stage = latest.stages[latest.current_stage - 1]
            return self.tr("Waiting for approval: stage {n} of {total}, {policy} of its "
                           "approvers must approve ({approved} of {needed} so far).{more}"
                           ).format(n=stage.number, total=len(latest.stages),
                                    policy=policy_text(stage.policy).lower(),
                                    approved=stage.approved, needed=stage.needed, more=more)
        return self.tr("{state} on {when}, asked by {who}.{more}").format(
            state=decision_text(latest.state),
            when=local_time(latest.decided_at) if latest.decided_at else "",
            who=latest.requested_by, more=more)

    def _lines(self) -> list[ApprovalLineDTO]:
        return [r.line for r in self.rows if r.line is not None]

    def _enable(self) -> None:
        has_item = self._item_id() is not None
        latest = self.requests[0] if self.requests else None
        self.request_button.setEnabled(has_item and (latest is None or
                                                     latest.state != "pending"))
        mine = any(x.can_decide for x in self._lines())
        self.approve_button.setEnabled(mine)
        self.reject_button.setEnabled(mine)
        self.record_button.setEnabled(any(x.can_record for x in self._lines()))

    def _target(self, want: Callable[[ApprovalLineDTO], bool]) -> ApprovalLineDTO | None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None and row.line is not None and want(row.line):
            return row.line
        return next((x for x in self._lines() if want(x)), None)

    # -- acting ---------------------------------------------------------------------------
    def ask_request(self) -> None:
        service = self._service
        self._runner.run(service.choices, self._open_request,
                         lambda exc: self.message.emit(user_message(exc)))

    def _open_request(self, choices: ApproverChoices) -> None:
        dialog = RequestApprovalDialog(choices, self)
        dialog.submitted.connect(self._request)
        self._show(dialog)

    def _request(self, rule: Any) -> None:
        item_id, service = self._item_id(), self._service
        if item_id is not None:
            self._save(lambda: service.request(item_id, rule), self.tr("Approval requested."))

    def ask_decision(self, approve: bool) -> None:
        line = self._target(lambda x: x.can_decide)
        if line is None:
            self.message.emit(self.tr("Nothing here is waiting for your decision."))
            return
        title = self.tr("Approve") if approve else self.tr("Reject")
        dialog = DecisionDialog(title, self.tr("Stage {n}, asked of {name}.").format(
            n=line.stage, name=line.approver), approve=approve, parent=self)
        service = self._service
        dialog.submitted.connect(lambda ok, comment, _c: self._save(
            lambda: service.decide(line.id, ok, comment),
            self.tr("Approved.") if ok else self.tr("Rejected.")))
        self._show(dialog)

    def ask_record(self) -> None:
        line = self._target(lambda x: x.can_record)
        if line is None:
            return
        dialog = DecisionDialog(
            self.tr("Record decision"),
            self.tr("What did {name} decide? Your name is kept as who recorded it.").format(
                name=line.approver), approve=None, recording=True, parent=self)
        service = self._service
        dialog.submitted.connect(lambda ok, comment, channel: self._save(
            lambda: service.record(line.id, ok, comment, channel),
            self.tr("Decision recorded.")))
        self._show(dialog)

    def _show(self, dialog: RequestApprovalDialog | DecisionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _save(self, call: Callable[[], ApprovalRequestDTO], text: str) -> None:
        dialog = self.dialog

        def done(_request: ApprovalRequestDTO) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.emit(text)
            self.refresh()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(user_message(exc))
            else:
                self.message.emit(user_message(exc))

        self._runner.run(call, done, failed)
