"""A CAB rule: who authorises changes of one type and risk level, on the shared approval engine.

A rule is stages in order; each stage names staff and teams and decides by any one, all or a
majority of them (``deskapp.domain.approvals``). The type and level of a rule being edited are
fixed (another type or level is another rule); a new rule for a type and level that already
have one says so before it is saved, since saving replaces it. The save carries the version of
the rule the dialog shows (none: it expects no rule there): a rule someone else saved meanwhile
is shown instead, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.approvals import (
    MAX_STAGES,
    POLICY_LABELS,
    ApprovalRule,
    ApproverKind,
    ApproverSpec,
    Policy,
    StageRule,
)
from deskapp.domain.change_risk import LEVEL_LABELS, LEVELS
from deskapp.domain.kinds.change import TYPE_LABELS, ChangeType
from deskapp.services.change_dto import ApprovalRuleDTO
from deskapp.ui import theme
from deskapp.ui.labels import tr_label
from deskapp.ui.transition.plan_dialogs import PlanDialog, index_of

if TYPE_CHECKING:
    from deskapp.domain.permissions import Decision
    from deskapp.services.dto import Choice
    from deskapp.ui.workers import Runner

#: the types a CAB decides (standard changes are pre-approved by their template)
CAB_TYPES = (ChangeType.NORMAL.value, ChangeType.EMERGENCY.value)


@dataclass
class _Stage:
    policy: Policy = Policy.MAJORITY
    approvers: list[ApproverSpec] = field(default_factory=list)


class Names:
    """Staff and team names for the approvers a rule names (a removed one shows its id)."""

    def __init__(self, staff: list[Choice], teams: list[Choice]) -> None:
        self.staff = {c.id: c.label for c in staff}
        self.teams = {c.id: c.label for c in teams}

    def of(self, spec: ApproverSpec) -> str:
        if spec.kind is ApproverKind.TEAM:
            name = self.teams.get(spec.ref, str(spec.ref)) if spec.ref else ""
            return QCoreApplication.translate("CabRuleDialog", "Team {name}").format(name=name)
        if spec.kind is ApproverKind.STAFF:
            return self.staff.get(spec.ref, str(spec.ref)) if spec.ref else ""
        if spec.kind is ApproverKind.SERVICE_OWNER:
            return QCoreApplication.translate("CabRuleDialog", "the service owner")
        return QCoreApplication.translate("CabRuleDialog", "the requester's manager")

    def stage(self, number: int, policy: Policy, approvers: list[ApproverSpec]) -> str:
        who = ", ".join(self.of(a) for a in approvers) \
            or QCoreApplication.translate("CabRuleDialog", "nobody yet")
        return QCoreApplication.translate("CabRuleDialog", "Stage {n}: {policy}: {who}").format(
            n=number, policy=tr_label(POLICY_LABELS[policy]), who=who)


def rule_of(data: list[dict[str, Any]]) -> ApprovalRule:
    return ApprovalRule.from_json(data)


def type_label(change_type: str) -> str:
    return tr_label(TYPE_LABELS.get(change_type, change_type))


def level_label(level: str | None, any_level: str) -> str:
    return any_level if level is None else tr_label(LEVEL_LABELS.get(level, level))


class CabRuleDialog(PlanDialog):
    field_sentences = False
    def __init__(self, runner: Runner, decision: Decision, plan: Any, names: Names,
                 rules: list[ApprovalRuleDTO], rule: ApprovalRuleDTO | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, decision, self.tr("CAB rule") if rule
                         else self.tr("New CAB rule"), parent)
        self.setObjectName("cabRuleDialog")
        self.setMinimumWidth(640)
        self.plan, self.names, self.rules, self.rule = plan, names, rules, rule
        self.change_type = QComboBox()
        self.change_type.setObjectName("cabType")
        for kind in CAB_TYPES:
            self.change_type.addItem(type_label(kind), kind)
        self.risk = QComboBox()
        self.risk.setObjectName("cabRisk")
        self.risk.addItem(self.tr("Any level without a rule of its own"), None)
        for level in LEVELS:
            self.risk.addItem(tr_label(LEVEL_LABELS[level]), level)
        self.replaces = QLabel()
        self.replaces.setObjectName("cabReplaces")
        self.replaces.setWordWrap(True)
        self.replaces.setStyleSheet(theme.error_style())
        self.stages: list[_Stage] = []
        if rule is not None:
            self.change_type.setCurrentIndex(max(index_of(self.change_type, rule.change_type), 0))
            self.risk.setCurrentIndex(max(index_of(self.risk, rule.risk_level), 0))
            self.change_type.setEnabled(False)
            self.risk.setEnabled(False)
            self.stages = [_Stage(s.policy, list(s.approvers)) for s in rule_of(rule.rule).stages]
        else:
            self._first_free()
            self.stages = [_Stage()]
        self.change_type.currentIndexChanged.connect(lambda _i: self._check_replaces())
        self.risk.currentIndexChanged.connect(lambda _i: self._check_replaces())

        self.stage_list = QListWidget()
        self.stage_list.setObjectName("cabStages")
        self.stage_list.setMinimumHeight(90)
        self.stage_list.currentRowChanged.connect(lambda _r: self._show_stage())
        self.add_stage = QPushButton(self.tr("&New stage"))
        self.add_stage.setObjectName("cabAddStage")
        self.add_stage.clicked.connect(self._add_stage)
        self.remove_stage = QPushButton(self.tr("De&lete stage"))
        self.remove_stage.setObjectName("cabRemoveStage")
        self.remove_stage.clicked.connect(self._remove_stage)
        self.policy = QComboBox()
        self.policy.setObjectName("cabPolicy")
        for policy in (Policy.ANY, Policy.ALL, Policy.MAJORITY):
            self.policy.addItem(tr_label(POLICY_LABELS[policy]), policy.value)
        self.policy.currentIndexChanged.connect(lambda _i: self._policy_changed())
        self.approvers = QListWidget()
        self.approvers.setObjectName("cabApprovers")
        self.approvers.setMinimumHeight(90)
        self.who = QComboBox()
        self.who.setObjectName("cabWho")
        for team_id, name in sorted(names.teams.items(), key=lambda p: p[1].lower()):
            self.who.addItem(self.tr("Team {name}").format(name=name),
                             ApproverSpec(ApproverKind.TEAM, team_id))
        for staff_id, name in sorted(names.staff.items(), key=lambda p: p[1].lower()):
            self.who.addItem(name, ApproverSpec(ApproverKind.STAFF, staff_id))
        self.add_who = QPushButton(self.tr("&Add"))
        self.add_who.setObjectName("cabAddApprover")
        self.add_who.clicked.connect(self._add_approver)
        self.remove_who = QPushButton(self.tr("Re&move approver"))
        self.remove_who.setObjectName("cabRemoveApprover")
        self.remove_who.clicked.connect(self._remove_approver)

        self.add_row(self.tr("Change t&ype:"), self.change_type, "change_type")
        self.add_row(self.tr("&Risk level:"), self.risk, "risk_level")
        self.form.addRow("", self.replaces)
        stage_buttons = QHBoxLayout()
        stage_buttons.addWidget(self.add_stage)
        stage_buttons.addWidget(self.remove_stage)
        stage_buttons.addStretch(1)
        stage_box = QWidget()
        stage_layout = QVBoxLayout(stage_box)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self.stage_list)
        stage_layout.addLayout(stage_buttons)
        self.add_row(self.tr("S&tages:"), stage_box, "stages")
        self.add_row(self.tr("&Policy:"), self.policy)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.add_who)
        who_row.addWidget(self.remove_who)
        who_box = QWidget()
        who_layout = QVBoxLayout(who_box)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.approvers)
        who_layout.addLayout(who_row)
        self.add_row(self.tr("Appr&overs:"), who_box)
        self._fill_stages(0)
        self._check_replaces()
        self.lock([self.change_type, self.risk, self.add_stage, self.remove_stage, self.policy,
                   self.who, self.add_who, self.remove_who])

    # -- type and level ---------------------------------------------------------------------
    def _existing(self, kind: object, level: object) -> ApprovalRuleDTO | None:
        return next((r for r in self.rules if r.change_type == kind and r.risk_level == level),
                    None)

    def _first_free(self) -> None:
        """A new rule opens on a type and level without a rule, so Save never replaces one
        unasked."""
        for t in range(self.change_type.count()):
            for r in range(self.risk.count()):
                if self._existing(self.change_type.itemData(t), self.risk.itemData(r)) is None:
                    self.change_type.setCurrentIndex(t)
                    self.risk.setCurrentIndex(r)
                    return

    def _check_replaces(self) -> None:
        found = None if self.rule is not None else self._existing(
            self.change_type.currentData(), self.risk.currentData())
        self.replaces.setText("" if found is None else self.tr(
            "{type} changes of this risk level already have a rule; saving replaces it.")
            .format(type=self.change_type.currentText()))
        self.replaces.setVisible(found is not None)

    # -- stages -----------------------------------------------------------------------------
    def _fill_stages(self, select: int) -> None:
        blocker = self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for n, stage in enumerate(self.stages, start=1):
            self.stage_list.addItem(self.names.stage(n, stage.policy, stage.approvers))
        self.stage_list.blockSignals(blocker)
        self.stage_list.setCurrentRow(min(select, len(self.stages) - 1))
        self._show_stage()

    def current_stage(self) -> _Stage | None:
        row = self.stage_list.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _show_stage(self) -> None:
        stage = self.current_stage()
        blocker = self.policy.blockSignals(True)
        self.policy.setCurrentIndex(max(index_of(self.policy,
            stage.policy.value if stage else Policy.MAJORITY.value), 0))
        self.policy.blockSignals(blocker)
        self.approvers.clear()
        for spec in stage.approvers if stage else []:
            self.approvers.addItem(self.names.of(spec))
        if not self.read_only:
            self.remove_stage.setEnabled(len(self.stages) > 1)
            self.add_stage.setEnabled(len(self.stages) < MAX_STAGES)

    def _refresh_stage_text(self) -> None:
        row = self.stage_list.currentRow()
        stage = self.current_stage()
        if stage is not None:
            item = self.stage_list.item(row)
            item.setText(self.names.stage(row + 1, stage.policy, stage.approvers))

    def _add_stage(self) -> None:
        if len(self.stages) >= MAX_STAGES:
            return
        self.stages.append(_Stage())
        self._fill_stages(len(self.stages) - 1)
        self.who.setFocus()

    def _remove_stage(self) -> None:
        row = self.stage_list.currentRow()
        if len(self.stages) > 1 and 0 <= row < len(self.stages):
            del self.stages[row]
            self._fill_stages(row)

    def _policy_changed(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            stage.policy = Policy(str(self.policy.currentData()))
            self._refresh_stage_text()

    def _add_approver(self) -> None:
        stage, spec = self.current_stage(), self.who.currentData()
        if stage is None or not isinstance(spec, ApproverSpec):
            return
        if spec in stage.approvers:
            self.message.setText(self.tr("{who} is in this stage already.").format(
                who=self.names.of(spec)))
            return
        self.message.clear()
        stage.approvers.append(spec)
        self.approvers.addItem(self.names.of(spec))
        self.approvers.setCurrentRow(self.approvers.count() - 1)
        self._refresh_stage_text()

    def _remove_approver(self) -> None:
        stage, row = self.current_stage(), self.approvers.currentRow()
        if stage is None or not 0 <= row < len(stage.approvers):
            return
        del stage.approvers[row]
        self.approvers.takeItem(row)
        self._refresh_stage_text()

    # -- saving -----------------------------------------------------------------------------
    def approval_rule(self) -> ApprovalRule:
        return ApprovalRule(tuple(StageRule(tuple(s.approvers), s.policy)
                                  for s in self.stages))

    def show_theirs(self, theirs: object) -> bool:
        if not isinstance(theirs, ApprovalRuleDTO):
            return False
        self.rule = theirs
        self.rules = [r for r in self.rules if r.id != theirs.id] + [theirs]
        self.change_type.setCurrentIndex(max(index_of(self.change_type, theirs.change_type), 0))
        self.risk.setCurrentIndex(max(index_of(self.risk, theirs.risk_level), 0))
        self.change_type.setEnabled(False)
        self.risk.setEnabled(False)
        self.stages = [_Stage(s.policy, list(s.approvers)) for s in rule_of(theirs.rule).stages]
        self._fill_stages(0)
        self._check_replaces()
        return True

    def work(self) -> Callable[[], Any]:
        plan, rule = self.plan, self.approval_rule()
        kind, level = str(self.change_type.currentData()), self.risk.currentData()
        # the version of the rule shown (or of the one a new rule replaces); 0: none there
        seen = self.rule or self._existing(kind, level)
        version = seen.version if seen is not None else 0
        return lambda: plan.set_approval_rule(kind, level, rule, version)


def stage_lines(rule: ApprovalRuleDTO, names: Names) -> list[str]:
    """Each stage of a rule as a person reads it, with the names it asks."""
    return [names.stage(n, s.policy, list(s.approvers))
            for n, s in enumerate(rule_of(rule.rule).stages, start=1)]

