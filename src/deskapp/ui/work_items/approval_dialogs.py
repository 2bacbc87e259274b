"""The dialogs of approvals: ask for approval (stages of named staff, teams, the caller's
manager, the service owner; any / all / majority), decide one (a rejection needs a comment),
record the decision of an approver without a login, and decide several at once.

A decision dialog that may approve or reject opens on no decision: Enter alone never decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from deskapp.domain.approvals import (
    COMMENT_MAX,
    ApprovalRule,
    ApproverKind,
    ApproverSpec,
    Policy,
    StageRule,
)
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog

if TYPE_CHECKING:
    from deskapp.services.approvals import ApproverChoices


def policy_text(policy: str) -> str:
    return {
        "any": QCoreApplication.translate("Approvals", "Any one"),
        "all": QCoreApplication.translate("Approvals", "All"),
        "majority": QCoreApplication.translate("Approvals", "A majority"),
    }.get(policy, policy)


def decision_text(decision: str) -> str:
    return {
        "pending": QCoreApplication.translate("Approvals", "Waiting"),
        "approved": QCoreApplication.translate("Approvals", "Approved"),
        "rejected": QCoreApplication.translate("Approvals", "Rejected"),
    }.get(decision, decision)


def channel_text(channel: str | None) -> str:
    if channel is None:
        return ""
    return {"phone": QCoreApplication.translate("Approvals", "by phone"),
            "email": QCoreApplication.translate("Approvals", "by e-mail")}.get(channel, channel)


class _ErrorsMixin:
    message: QLabel

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class RequestApprovalDialog(_ErrorsMixin, QDialog):
    """Build the stages; ``submitted(rule)``. The stage being built is added on OK too."""

    submitted = Signal(object)

    def __init__(self, choices: ApproverChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestApprovalDialog")
        self.setWindowTitle(self.tr("Request approval"))
        self.stages: list[StageRule] = []
        self._pending: list[tuple[ApproverSpec, str]] = []
        self.stage_list = QListWidget()
        self.stage_list.setObjectName("approvalStages")
        self.stage_list.setMaximumHeight(90)
        self.policy = QComboBox()
        self.policy.setObjectName("approvalPolicy")
        for policy in Policy:
            self.policy.addItem(policy_text(policy.value), policy.value)
        self.staff = QComboBox()
        self.staff.setObjectName("approvalStaff")
        for choice in choices.staff:
            self.staff.addItem(choice.label, choice.id)
        self.add_staff = QPushButton(self.tr("Add &person"))
        self.add_staff.setObjectName("addApprovalStaff")
        self.add_staff.clicked.connect(self._add_staff)
        self.team = QComboBox()
        self.team.setObjectName("approvalTeam")
        for choice in choices.teams:
            self.team.addItem(choice.label, choice.id)
        self.add_team = QPushButton(self.tr("Add t&eam"))
        self.add_team.setObjectName("addApprovalTeam")
        self.add_team.clicked.connect(self._add_team)
        self.manager = QCheckBox(self.tr("The caller's &manager"))
        self.manager.setObjectName("approvalManager")
        self.owner = QCheckBox(self.tr("The ser&vice owner"))
        self.owner.setObjectName("approvalOwner")
        self.approvers = QListWidget()
        self.approvers.setObjectName("approvalApprovers")
        self.approvers.setMaximumHeight(90)
        self.next_stage = QPushButton(self.tr("Add &stage"))
        self.next_stage.setObjectName("addApprovalStage")
        self.next_stage.setToolTip(self.tr("Close this stage; the next one is asked only after "
                                           "it is approved"))
        self.next_stage.clicked.connect(self._close_stage)
        self.message = error_label()
        staff_row, team_row = QHBoxLayout(), QHBoxLayout()
        staff_row.addWidget(self.staff, 1)
        staff_row.addWidget(self.add_staff)
        team_row.addWidget(self.team, 1)
        team_row.addWidget(self.add_team)
        dynamic = QHBoxLayout()
        dynamic.addWidget(self.manager)
        dynamic.addWidget(self.owner)
        dynamic.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Stages so far:"), self.stage_list)
        form.addRow(self.tr("&Decided by:"), self.policy)
        for text, buddy, row in ((self.tr("Pe&rson:"), self.staff, staff_row),
                                 (self.tr("&Team:"), self.team, team_row)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, row)
        form.addRow(self.tr("Also ask:"), dynamic)
        form.addRow(self.tr("This stage asks:"), self.approvers)
        form.addRow("", self.next_stage)
        lay_out_form_dialog(self, form, self.message, self.tr("Re&quest"), self._submit)
        self.show_error("")

    def _add(self, spec: ApproverSpec, label: str) -> None:
        if any(s == spec for s, _ in self._pending):
            return
        self._pending.append((spec, label))
        self.approvers.addItem(label)

    def _add_staff(self) -> None:
        if self.staff.currentIndex() >= 0:
            self._add(ApproverSpec(ApproverKind.STAFF, self.staff.currentData()),
                      self.staff.currentText())

    def _add_team(self) -> None:
        if self.team.currentIndex() >= 0:
            self._add(ApproverSpec(ApproverKind.TEAM, self.team.currentData()),
                      self.tr("{team} (team)").format(team=self.team.currentText()))

    def _stage_being_built(self) -> StageRule | None:
        specs = [s for s, _ in self._pending]
        if self.manager.isChecked():
            specs.append(ApproverSpec(ApproverKind.CALLER_MANAGER))
        if self.owner.isChecked():
            specs.append(ApproverSpec(ApproverKind.SERVICE_OWNER))
        if not specs:
            return None
        return StageRule(tuple(specs), Policy(str(self.policy.currentData())))

    def _close_stage(self) -> bool:
        stage = self._stage_being_built()
        if stage is None:
            self.show_error(self.tr("Add at least one approver to this stage first."))
            return False
        labels = [label for _, label in self._pending]
        if self.manager.isChecked():
            labels.append(self.manager.text().replace("&", ""))
        if self.owner.isChecked():
            labels.append(self.owner.text().replace("&", ""))
        self.stages.append(stage)
        self.stage_list.addItem(self.tr("{n}. {policy} of: {who}").format(
            n=len(self.stages), policy=policy_text(stage.policy.value), who=", ".join(labels)))
        self._pending.clear()
        self.approvers.clear()
        self.manager.setChecked(False)
        self.owner.setChecked(False)
        self.show_error("")
        return True

    def rule(self) -> ApprovalRule:
        stage = self._stage_being_built()
        return ApprovalRule(tuple(self.stages) + ((stage,) if stage else ()))

    def _submit(self) -> None:
        rule = self.rule()
        if not rule.stages:
            self.show_error(self.tr("Name at least one approver."))
            return
        self.submitted.emit(rule)


class DecisionDialog(_ErrorsMixin, QDialog):
    """Decide one or several approvals: ``submitted(approve, comment, channel)``.

    ``approve`` None: the person chooses (the dialog opens on no decision); ``channel``
    True: recording for an approver without a login (phone or e-mail asked too)."""

    submitted = Signal(bool, str, object)

    def __init__(self, title: str, summary: str, *, approve: bool | None,
                 recording: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDecisionDialog")
        self.setWindowTitle(title)
        self.fixed = approve
        self.summary = QLabel(summary)
        self.summary.setObjectName("decisionSummary")
        self.summary.setWordWrap(True)
        self.approve_choice = QRadioButton(self.tr("&Approve"))
        self.approve_choice.setObjectName("decisionApprove")
        self.reject_choice = QRadioButton(self.tr("Re&ject"))
        self.reject_choice.setObjectName("decisionReject")
        group = QButtonGroup(self)
        group.addButton(self.approve_choice)
        group.addButton(self.reject_choice)
        choose = QHBoxLayout()
        choose.addWidget(self.approve_choice)
        choose.addWidget(self.reject_choice)
        choose.addStretch(1)
        self.channel = QComboBox()
        self.channel.setObjectName("decisionChannel")
        for key in ("phone", "email"):
            self.channel.addItem(channel_text(key), key)
        self.channel.setCurrentIndex(-1)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("decisionComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Required when rejecting: say why."))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.summary)
        if approve is None:
            form.addRow(self.tr("Decision:"), choose)
        else:
            self.approve_choice.setChecked(approve)
            self.reject_choice.setChecked(not approve)
        if recording:
            form.addRow(self.tr("&Came:"), self.channel)
        self.recording = recording
        form.addRow(self.tr("C&omment:"), self.comment)
        ok = self.tr("&Approve") if approve is True else self.tr("Re&ject") \
            if approve is False else self.tr("&Decide")
        lay_out_form_dialog(self, form, self.message, ok, self._submit)
        self.show_error("")
        self.comment.setFocus()

    def _submit(self) -> None:
        if not (self.approve_choice.isChecked() or self.reject_choice.isChecked()):
            self.show_error(self.tr("Choose Approve or Reject."))
            return
        comment = self.comment.toPlainText().strip()
        if self.reject_choice.isChecked() and not comment:
            self.show_error(self.tr("Say why in the comment: a rejection needs a reason."))
            self.comment.setFocus()
            return
        if len(comment) > COMMENT_MAX:
            self.show_error(self.tr("The comment is too long; keep it under %n characters.",
                                    "", COMMENT_MAX))
            return
        channel = None
        if self.recording:
            if self.channel.currentIndex() < 0:
                self.show_error(self.tr("Say how the decision came: by phone or by e-mail."))
                return
            channel = str(self.channel.currentData())
        self.submitted.emit(self.approve_choice.isChecked(), comment, channel)


def numbers_text(numbers: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")
