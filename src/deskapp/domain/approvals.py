"""Approval rules, written once for every kind of work item (changes, requests, incidents).

A rule is a list of sequential stages. Each stage names its approvers (named staff, a team's
members, or a dynamic approver resolved when the stage opens: the caller's manager, the service
owner) and a policy: ``any`` (one approval is enough), ``all`` (every approver must approve) or
``majority`` (more than half). One arithmetic serves the three: a stage of ``n`` approvers needs
``needed(policy, n)`` approvals; it is approved once that many approved, and rejected as soon as
so many rejected that the rest can no longer reach it. So ``all`` is rejected by the first
rejection, ``any`` only when everyone rejected, ``majority`` once half (rounded up) rejected.

Stages run in order: stage 2 is asked only after stage 1 is approved; a rejected stage rejects
the whole approval. Decisions are checked here too: someone not asked, a decided stage, a
decided approval or a closed item are refused with a sentence.

Delegation: while someone is away (from, to: dates, both included) another staff member acts
for them. Delegations chain (A away to B, B away to C: C acts for A and B), and a loop
(A to B to A, or longer) on any shared day is refused, as is one person delegating to two
people at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from deskapp.errors import PermissionDenied, ValidationError
from deskapp.messages import msg

#: A rule has at most this many stages, a stage at most this many named entries.
MAX_STAGES = 5
MAX_APPROVERS = 50
COMMENT_MAX = 2000


class Policy(StrEnum):
    ANY = "any"
    ALL = "all"
    MAJORITY = "majority"


POLICY_LABELS = {Policy.ANY: "Any one approver", Policy.ALL: "All approvers",
                 Policy.MAJORITY: "A majority of approvers"}


class Decision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ApproverKind(StrEnum):
    STAFF = "staff"  # a named staff member (ref: staff id)
    TEAM = "team"  # every member of a team when the stage opens (ref: team id)
    CALLER_MANAGER = "caller_manager"  # the item's caller's manager (a person)
    SERVICE_OWNER = "service_owner"  # the leads of the item's service's owner team


#: Channels an agent may record an approver's decision from (approvers without a login).
CHANNELS = ("phone", "email")
CHANNEL_LABELS = {"phone": "by phone", "email": "by e-mail"}


@dataclass(frozen=True)
class ApproverSpec:
    """Who a stage asks, before resolution. ``ref`` is the staff or team id (None for the
    dynamic approvers)."""

    kind: ApproverKind
    ref: uuid.UUID | None = None

    def __post_init__(self) -> None:
        needs_ref = self.kind in (ApproverKind.STAFF, ApproverKind.TEAM)
        if needs_ref != (self.ref is not None):
            raise ValueError(f"approver {self.kind}: ref {'required' if needs_ref else 'unused'}")


@dataclass(frozen=True)
class StageRule:
    approvers: tuple[ApproverSpec, ...]
    policy: Policy = Policy.ANY


@dataclass(frozen=True)
class ApprovalRule:
    stages: tuple[StageRule, ...]

    def to_json(self) -> list[dict[str, object]]:
        return [{"policy": s.policy.value,
                 "approvers": [{"kind": a.kind.value, "ref": str(a.ref) if a.ref else None}
                               for a in s.approvers]} for s in self.stages]

    @classmethod
    def from_json(cls, data: Sequence[Mapping[str, object]]) -> ApprovalRule:
        return cls(tuple(
            StageRule(tuple(ApproverSpec(ApproverKind(str(a["kind"])),
                                         uuid.UUID(str(a["ref"])) if a.get("ref") else None)
                            for a in stage["approvers"]),  # type: ignore[attr-defined]
                      Policy(str(stage["policy"])))
            for stage in data))


def check_rule(rule: ApprovalRule) -> None:
    """A rule a person can request: 1..MAX_STAGES stages, each naming someone."""
    if not rule.stages:
        raise ValidationError("Add at least one approval stage.", {"stages": "empty"})
    if len(rule.stages) > MAX_STAGES:
        raise ValidationError(msg("An approval has at most {max_stages} stages; merge some.",
                                  max_stages=MAX_STAGES),
                              {"stages": "too many"})
    for number, stage in enumerate(rule.stages, start=1):
        if not stage.approvers:
            raise ValidationError(msg("Stage {number} names no approver; add one or remove the "
                                      "stage.", number=number), {"stages": f"stage {number} empty"})
        if len(stage.approvers) > MAX_APPROVERS:
            raise ValidationError(msg("Stage {number} names more than {max_approvers} "
                                      "approvers; use a team instead.",
                                      number=number, max_approvers=MAX_APPROVERS),
                                      {"stages": f"stage {number} too big"})


# -- the arithmetic -------------------------------------------------------------------------------
def needed(policy: Policy, approvers: int) -> int:
    """Approvals a stage of ``approvers`` needs (at least 1)."""
    if approvers < 1:
        raise ValueError("a stage has at least one approver")
    if policy is Policy.ANY:
        return 1
    if policy is Policy.ALL:
        return approvers
    return approvers // 2 + 1


def stage_outcome(policy: Policy, decisions: Iterable[Decision]) -> Decision:
    """Approved once enough approved; rejected once the rest cannot reach it; else pending."""
    votes = list(decisions)
    need = needed(policy, len(votes))
    approved = sum(d is Decision.APPROVED for d in votes)
    rejected = sum(d is Decision.REJECTED for d in votes)
    if approved >= need:
        return Decision.APPROVED
    if rejected > len(votes) - need:
        return Decision.REJECTED
    return Decision.PENDING


@dataclass(frozen=True)
class Vote:
    """One approver's line in one stage: ``approver`` is the staff id (None: someone without a
    login, e.g. a caller's manager, whose decision an agent records)."""

    key: uuid.UUID
    stage: int  # 1-based
    approver: uuid.UUID | None
    decision: Decision = Decision.PENDING


@dataclass(frozen=True)
class StageState:
    number: int
    policy: Policy
    opened: bool  # its approvers have been asked
    outcome: Decision
    needed: int
    approved: int
    rejected: int
    pending: int


@dataclass(frozen=True)
class ApprovalState:
    outcome: Decision
    stages: tuple[StageState, ...]
    current: int | None  # the stage being decided (None once the approval is decided)
    asked: frozenset[uuid.UUID]  # vote keys still waiting for a decision

    @property
    def next_to_open(self) -> int | None:
        """The stage whose approvers must be asked now (its predecessor was approved and it
        has no lines yet)."""
        if self.current is not None and not self.stages[self.current - 1].opened:
            return self.current
        return None


def evaluate(rule: ApprovalRule, votes: Sequence[Vote]) -> ApprovalState:
    """The state of each stage and of the whole approval, from the lines so far."""
    by_stage: dict[int, list[Vote]] = {}
    for vote in votes:
        if not 1 <= vote.stage <= len(rule.stages):
            raise ValueError(f"vote for stage {vote.stage} of a {len(rule.stages)}-stage rule")
        by_stage.setdefault(vote.stage, []).append(vote)
    stages: list[StageState] = []
    outcome: Decision | None = None
    current: int | None = None
    asked: frozenset[uuid.UUID] = frozenset()
    for number, stage in enumerate(rule.stages, start=1):
        lines = by_stage.get(number, [])
        decisions = [v.decision for v in lines]
        result = stage_outcome(stage.policy, decisions) if lines else Decision.PENDING
        stages.append(StageState(
            number, stage.policy, bool(lines), result,
            needed(stage.policy, len(lines)) if lines else 0,
            decisions.count(Decision.APPROVED), decisions.count(Decision.REJECTED),
            decisions.count(Decision.PENDING)))
        if outcome is None and result is not Decision.APPROVED:
            if result is Decision.REJECTED:
                outcome = Decision.REJECTED
            else:
                current = number
                asked = frozenset(v.key for v in lines if v.decision is Decision.PENDING)
                outcome = Decision.PENDING
    return ApprovalState(outcome or Decision.APPROVED, tuple(stages), current, asked)


# -- who may decide ---------------------------------------------------------------------------
def check_decision(state: ApprovalState, vote: Vote, *, item_open: bool, item_number: str,
                   acting_for: frozenset[uuid.UUID], approver_name: str,
                   recording: bool = False) -> None:
    """Refuse a decision that is not legal now, with the sentence a person reads.

    ``acting_for`` is the deciding staff member and everyone they stand in for today;
    ``recording`` is an agent recording the decision of an approver without a login.
    """
    if not item_open:
        raise ValidationError(msg("{item_number} is closed; its approvals can no longer be "
                                  "decided. Reopen it first if a decision is still needed.",
                                  item_number=item_number))
    if state.outcome is not Decision.PENDING:
        raise ValidationError(
            msg("The approval of {item_number} is already approved; nothing is waiting for a "
                "decision.", item_number=item_number) if state.outcome is Decision.APPROVED
            else msg("The approval of {item_number} is already rejected; nothing is waiting "
                     "for a decision.", item_number=item_number))
    if vote.stage != state.current:
        raise ValidationError(msg("Stage {stage} of {item_number} is already decided; only "
                                  "stage {current} is waiting for decisions.",
                                  stage=vote.stage, item_number=item_number, current=state.current))
    if vote.decision is not Decision.PENDING:
        raise ValidationError(
            msg("{approver_name} already approved {item_number}; a decision cannot be changed.",
                approver_name=approver_name, item_number=item_number)
            if vote.decision is Decision.APPROVED else
            msg("{approver_name} already rejected {item_number}; a decision cannot be changed.",
                approver_name=approver_name, item_number=item_number))
    if recording:
        if vote.approver is not None:
            raise ValidationError(msg("{approver_name} has a DeskApp login and decides in My "
                                      "approvals; a decision is recorded only for approvers "
                                      "without one.", approver_name=approver_name))
        return
    if vote.approver is None:
        raise ValidationError(msg("{approver_name} has no DeskApp login; use Record decision… "
                                  "to record what they said by phone or e-mail.",
                                  approver_name=approver_name))
    if vote.approver not in acting_for:
        raise PermissionDenied(msg("You were not asked to approve {item_number} (the approver "
                                   "is {approver_name}) and do not stand in for them today.",
                                   item_number=item_number, approver_name=approver_name))


# -- delegation -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Delegation:
    """``source`` is away from ``starts`` to ``ends`` (both included); ``target`` acts for them."""

    source: uuid.UUID
    target: uuid.UUID
    starts: date
    ends: date
    key: uuid.UUID | None = None

    def active_on(self, day: date) -> bool:
        return self.starts <= day <= self.ends

    def overlaps(self, other: Delegation) -> bool:
        return self.starts <= other.ends and other.starts <= self.ends


def acting_for(me: uuid.UUID, delegations: Iterable[Delegation], day: date) -> frozenset[uuid.UUID]:
    """``me`` and everyone whose approvals reach ``me`` today through active delegations
    (chains followed; a loop cannot exist, :func:`check_delegation` refuses it)."""
    towards: dict[uuid.UUID, set[uuid.UUID]] = {}
    for d in delegations:
        if d.active_on(day):
            towards.setdefault(d.target, set()).add(d.source)
    seen = {me}
    todo = [me]
    while todo:
        for source in towards.get(todo.pop(), ()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return frozenset(seen)


def delegate_of(staff: uuid.UUID, delegations: Iterable[Delegation],
                day: date) -> uuid.UUID | None:
    """Who acts for ``staff`` today (the end of the chain), or None when they are in."""
    active = {d.source: d.target for d in delegations if d.active_on(day)}
    current, seen = staff, {staff}
    while current in active and active[current] not in seen:
        current = active[current]
        seen.add(current)
    return None if current == staff else current


def check_delegation(new: Delegation, existing: Iterable[Delegation],
                     names: Mapping[uuid.UUID, str]) -> None:
    """Refuse a delegation to oneself, one ending before it starts, a second delegation of one
    person on overlapping dates, and one closing a loop on any day both are active."""
    def name(key: uuid.UUID) -> str:
        return names.get(key, "someone")

    if new.source == new.target:
        raise ValidationError("Nobody can delegate their approvals to themselves; pick someone "
                              "else.", {"target": "same person"})
    if new.ends < new.starts:
        raise ValidationError("The delegation ends before it starts; check the dates.",
                              {"ends": "before start"})
    others = [d for d in existing if new.key is None or d.key != new.key]
    for d in others:
        if d.source == new.source and d.overlaps(new):
            raise ValidationError(
                msg("{source} already delegates to {target} from {starts} to {ends}; change or "
                    "remove that delegation first.",
                    source=name(new.source), target=name(d.target), starts=d.starts.isoformat(),
                    ends=d.ends.isoformat()), {"starts": "overlaps"})
    # A loop needs every one of its delegations active on one day; the latest start among them
    # is such a day, and it is the new one's start or a start inside the new one's dates.
    days = {new.starts} | {d.starts for d in others if new.starts <= d.starts <= new.ends}
    for day in sorted(days):
        chain = [new.target]
        step = {d.source: d.target for d in others if d.active_on(day)}
        current = new.target
        while current in step:
            current = step[current]
            chain.append(current)
            if current == new.source:
                loop = " → ".join(name(k) for k in [new.source, *chain])
                raise ValidationError(
                    msg("This delegation would make a loop on {day} ({loop}): nobody would "
                        "decide. Pick someone outside the loop.", day=day.isoformat(), loop=loop),
                        {"target": "loop"})
            if len(chain) > len(step) + 1:
                break
