"""Approvals on any work item: ask, decide (in person, by a delegate, or recorded by an agent for
an approver without a login), in bulk, "my approvals", and delegations while away.

The one engine every kind uses: a kind configures where an approved or rejected item goes
(``KindDeclaration.on_approved`` / ``on_rejected``); nothing here names a kind. Rules and their
arithmetic are in :mod:`deskapp.domain.approvals`; this module resolves who a stage asks (a
team's members, the caller's manager, the service owner) when the stage opens, checks each
decision there, writes an event for every request, decision and outcome (the History tab shows
them), and saves each operation in one transaction or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from deskapp.db.base import utcnow
from deskapp.db.models import Approval, ApprovalDelegation, ApprovalRequest, WorkItem
from deskapp.domain import kinds
from deskapp.domain.approvals import (
    CHANNEL_LABELS,
    CHANNELS,
    COMMENT_MAX,
    ApprovalRule,
    ApprovalState,
    ApproverKind,
    ApproverSpec,
    Decision,
    Delegation,
    Policy,
    StageRule,
    Vote,
    acting_for,
    check_decision,
    check_delegation,
    check_rule,
    evaluate,
)
from deskapp.domain.ids import new_id
from deskapp.domain.permissions import Action
from deskapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import require_item, require_visible
from deskapp.services.dto import Actor, Choice
from deskapp.services.work_items import WorkItemOperations
from deskapp.services.work_items import _StaffNames as _Names

Clock = Callable[[], datetime]
#: "My approvals" lists at most this many lines (the oldest first).
MY_LIMIT = 500
#: A bulk decision takes at most this many lines at once.
BULK_MAX = 500


@dataclass(frozen=True)
class ApprovalLineDTO:
    id: uuid.UUID
    version: int
    stage: int
    approver: str
    approver_email: str
    has_login: bool
    source: str  # staff / team / caller_manager / service_owner
    decision: str
    comment: str
    decided_at: datetime | None
    decided_by: str  # who recorded it ("" while pending)
    channel: str | None  # phone / email when an agent recorded it
    can_decide: bool  # the signed-in person (or someone they stand in for) is asked now
    can_record: bool  # asked now, has no login: an agent may record their decision


@dataclass(frozen=True)
class StageDTO:
    number: int
    policy: str
    outcome: str
    opened: bool
    needed: int
    approved: int
    rejected: int
    asks: str  # who the rule names ("Network (team), the caller's manager")
    lines: tuple[ApprovalLineDTO, ...]


@dataclass(frozen=True)
class ApprovalRequestDTO:
    id: uuid.UUID
    work_item_id: uuid.UUID
    number: str
    state: str
    current_stage: int | None
    requested_by: str
    requested_at: datetime
    decided_at: datetime | None
    stages: tuple[StageDTO, ...]


@dataclass(frozen=True)
class MyApprovalDTO:
    """A line waiting for the signed-in person (or someone they stand in for)."""

    id: uuid.UUID
    item_id: uuid.UUID
    kind: str
    number: str
    title: str
    status: str
    stage: int
    stages: int
    approver: str
    on_behalf: bool  # asked of someone the signed-in person stands in for
    asked_at: datetime


@dataclass(frozen=True)
class BulkDecision:
    decided: int
    numbers: tuple[str, ...]
    outcomes: tuple[str, ...]  # the items whose approval this bulk decision closed


@dataclass(frozen=True)
class DelegationDTO:
    id: uuid.UUID
    version: int
    from_id: uuid.UUID
    from_name: str
    to_id: uuid.UUID
    to_name: str
    starts: date
    ends: date
    active: bool


@dataclass(frozen=True)
class ApproverChoices:
    staff: tuple[Choice, ...]
    teams: tuple[Choice, ...]


@dataclass
class _Approver:
    name: str
    source: ApproverKind
    staff_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    email: str | None = None


#: What a kind does, in the deciding transaction, once its approval is decided: (the unit of
#: work, the item, the outcome, the rejecting approvers' reasons, now). Service requests open
#: their fulfilment tasks on approval and record the reason on rejection.
OutcomeHook = Callable[[UnitOfWork, WorkItem, Decision, str, datetime], None]
#: Who never approves an item of a kind (a change's requester): they are left out when a stage
#: resolves its approvers, and refused if they try to decide (as a delegate too).
ExcludedHook = Callable[[UnitOfWork, WorkItem], frozenset[uuid.UUID]]


class ApprovalService(WorkItemOperations):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        super().__init__(uow, actor, clock)
        self._hooks: dict[str, OutcomeHook] = {}
        self._excluded: dict[str, ExcludedHook] = {}

    def on_outcome(self, kind: str, hook: OutcomeHook) -> None:
        """Have ``hook`` run when an approval of ``kind`` is decided (the composition root
        wires each kind's service that needs one)."""
        self._hooks[kind] = hook

    def never_approves(self, kind: str, hook: ExcludedHook) -> None:
        """Have ``hook`` name who may never approve an item of ``kind`` (the composition root
        wires it: a change's requester)."""
        self._excluded[kind] = hook

    def _excluded_of(self, uow: UnitOfWork, item: WorkItem) -> frozenset[uuid.UUID]:
        hook = self._excluded.get(item.kind)
        return hook(uow, item) if hook is not None else frozenset()

    # -- reading --------------------------------------------------------------------------
    def approvals(self, item_id: uuid.UUID) -> list[ApprovalRequestDTO]:
        """Every approval asked on an item, the newest first, with its stages and lines."""
        with self._uow(read_only=True) as uow:
            item = self._load_any(uow, item_id)
            require_visible(self.actor, item, uow)  # another team's confidential item
            acting = self._acting(uow)
            requests = uow.approvals.requests_of(item_id)
            lines = uow.approvals.lines([r.id for r in requests])
            return [self._request_dto(uow, item, r, [x for x in lines if x.request_id == r.id],
                                      acting) for r in requests]

    def my_approvals(self) -> list[MyApprovalDTO]:
        """Lines waiting for me or for anyone I stand in for today, the oldest first."""
        with self._uow(read_only=True) as uow:
            acting = self._acting(uow)
            return [MyApprovalDTO(
                line.id, item.id, item.kind, item.number, item.title, item.status,
                line.stage, stages, line.approver_name,
                line.approver_staff_id != self.actor.staff_id, line.created_at)
                for line, item, stages in uow.approvals.waiting_for(sorted(acting), MY_LIMIT)]

    def choices(self) -> ApproverChoices:
        """Active staff and teams, for the request and delegation dialogs."""
        with self._uow(read_only=True) as uow:
            return ApproverChoices(
                tuple(Choice(s.id, s.full_name, s.username) for s in uow.staff.active()),
                tuple(Choice(t.id, t.name) for t in uow.staff.teams()))

    def describe(self, rule: ApprovalRule) -> list[str]:
        """Each stage of a rule as a person reads it (the request dialog's summary)."""
        with self._uow(read_only=True) as uow:
            return [f"{_POLICY_WORDS[s.policy]}: {self._asks(uow, s)}" for s in rule.stages]

    # -- asking ---------------------------------------------------------------------------
    def request(self, item_id: uuid.UUID, rule: ApprovalRule) -> ApprovalRequestDTO:
        """Ask for approval under ``rule``: stage 1's approvers are resolved and asked now,
        later stages when the one before is approved (every stage is resolved now too, so a
        rule that could never finish is refused at once)."""
        check_rule(rule)
        now = self._clock()
        with self._uow() as uow:
            item = self._load_any(uow, item_id)
            require_item(self.actor, Action.EDIT, item, uow)  # asking is working the item
            dto = self.ask(uow, item, rule, now)
            uow.commit()
            return dto

    def ask(self, uow: UnitOfWork, item: WorkItem, rule: ApprovalRule,
            now: datetime) -> ApprovalRequestDTO:
        """Ask for approval inside the caller's unit of work (not committed here): a kind that
        asks as part of its own operation (a new service request) uses it; the caller has
        checked that the person may."""
        check_rule(rule)
        if not kinds.lifecycle(item.kind).is_open(item.status):
            raise ValidationError(msg("{number} is closed; approval can be asked only while an "
                                      "item is open.", number=item.number))
        for earlier in uow.approvals.requests_of(item.id):
            if earlier.state == Decision.PENDING:
                raise ValidationError(msg("{number} is already waiting for an approval; it must "
                                          "be decided before another is asked.",
                                          number=item.number))
        for number, stage in enumerate(rule.stages, start=1):
            self._resolve(uow, item, stage, number)  # refuses what cannot be asked
        request = ApprovalRequest(id=new_id(), work_item_id=item.id, rule=rule.to_json(),
                                  state=Decision.PENDING.value, current_stage=1,
                                  requested_by_id=self.actor.staff_id, created_at=now,
                                  updated_at=now)
        uow.approvals.add(request)
        uow.flush()
        asked = self._open_stage(uow, item, request, rule, 1, now)
        self._event(uow, item, "approval_requested", None,
                    f"{len(rule.stages)} stage(s); stage 1 asks {asked}", now)
        uow.flush()
        return self._request_dto(uow, item, request,
                                 list(uow.approvals.lines([request.id])),
                                 self._acting(uow))

    # -- deciding -------------------------------------------------------------------------
    def decide(self, approval_id: uuid.UUID, approve: bool,
               comment: str = "") -> ApprovalRequestDTO:
        """Approve or reject as the approver or as their delegate (a rejection needs a
        comment saying why)."""
        now = self._clock()
        with self._uow() as uow:
            line = self._line(uow, approval_id)
            item = self._decide(uow, line, approve, comment, now, channel=None)
            uow.flush()
            dto = self._request_dto_of(uow, item, line.request_id)
            uow.commit()
            return dto

    def record(self, approval_id: uuid.UUID, approve: bool, comment: str,
               channel: str) -> ApprovalRequestDTO:
        """Record what an approver without a login said by phone or e-mail; the line keeps
        who recorded it."""
        if channel not in CHANNELS:
            raise ValidationError(msg("Say how the decision came: {channels}.",
                                      channels=' or '.join(CHANNELS)),
                                  {"channel": "unknown"})
        now = self._clock()
        with self._uow() as uow:
            line = self._line(uow, approval_id)
            found = uow.work_items.get(line.work_item_id)
            if found is not None:  # writing down someone else's word is working the item
                require_item(self.actor, Action.EDIT, found, uow)
            item = self._decide(uow, line, approve, comment, now, channel=channel)
            uow.flush()
            dto = self._request_dto_of(uow, item, line.request_id)
            uow.commit()
            return dto

    def decide_many(self, approval_ids: Sequence[uuid.UUID], approve: bool,
                    comment: str = "") -> BulkDecision:
        """Decide several lines at once, all or none: one that cannot be decided refuses the
        lot with its item's number, and nothing is saved."""
        ids = list(dict.fromkeys(approval_ids))
        if not ids:
            raise ValidationError("Select at least one approval to decide.")
        if len(ids) > BULK_MAX:
            raise ValidationError(msg("Decide at most {bulk_max} approvals at once; select "
                                      "fewer.", bulk_max=BULK_MAX))
        now = self._clock()
        with self._uow() as uow:
            lines = {line.id: line for line in uow.approvals.many(ids)}
            missing = [i for i in ids if i not in lines]
            if missing:
                raise NotFound("One of the selected approvals no longer exists; refresh the "
                               "list (nothing was decided).")
            numbers: list[str] = []
            closed: list[str] = []
            for approval_id in ids:
                line = lines[approval_id]
                try:
                    item = self._decide(uow, line, approve, comment, now, channel=None)
                except (ValidationError, PermissionDenied) as exc:
                    number = self._number(uow, line.work_item_id)
                    raise type(exc)(f"{number}: {exc} Nothing was decided.") from exc
                numbers.append(item.number)
                request = uow.approvals.request(line.request_id)
                if request is not None and request.state != Decision.PENDING:
                    closed.append(item.number)
            uow.flush()
            uow.commit()
            return BulkDecision(len(numbers), tuple(numbers), tuple(closed))

    # -- delegation -----------------------------------------------------------------------
    def delegations(self) -> list[DelegationDTO]:
        """Every delegation (latest start first): everyone sees who stands in for whom."""
        with self._uow(read_only=True) as uow:
            today = self._clock().date()
            names = _Names(uow)
            return [_delegation_dto(d, names, today) for d in uow.approvals.delegations()]

    def add_delegation(self, to_staff_id: uuid.UUID, starts: date, ends: date,
                       from_staff_id: uuid.UUID | None = None) -> DelegationDTO:
        """``from_staff_id`` (default: me) is away from ``starts`` to ``ends``; ``to_staff_id``
        decides their approvals meanwhile. Only a supervisor sets one for someone else."""
        source = from_staff_id or self.actor.staff_id
        now = self._clock()
        with self._uow() as uow:
            self._may_delegate_for(source)
            row = ApprovalDelegation(id=new_id(), from_staff_id=source, to_staff_id=to_staff_id,
                                     starts_on=starts, ends_on=ends, created_at=now,
                                     updated_at=now)
            self._check_delegation(uow, row)
            uow.approvals.add(row)
            uow.flush()
            dto = _delegation_dto(row, _Names(uow), now.date())
            uow.commit()
            return dto

    def update_delegation(self, delegation_id: uuid.UUID, expected_version: int,
                          to_staff_id: uuid.UUID, starts: date, ends: date) -> DelegationDTO:
        now = self._clock()
        with self._uow() as uow:
            row = self._delegation(uow, delegation_id, expected_version)
            row.to_staff_id, row.starts_on, row.ends_on = to_staff_id, starts, ends
            self._check_delegation(uow, row)
            row.updated_at = now
            uow.flush()
            dto = _delegation_dto(row, _Names(uow), now.date())
            uow.commit()
            return dto

    def remove_delegation(self, delegation_id: uuid.UUID, expected_version: int) -> None:
        now = self._clock()
        with self._uow() as uow:
            row = self._delegation(uow, delegation_id, expected_version)
            row.deleted_at = now
            row.updated_at = now
            uow.flush()
            uow.commit()

    # -- internals ------------------------------------------------------------------------
    def _acting(self, uow: UnitOfWork) -> frozenset[uuid.UUID]:
        return acting_for(self.actor.staff_id, _delegations(uow), self._clock().date())

    def _line(self, uow: UnitOfWork, approval_id: uuid.UUID) -> Approval:
        line = uow.approvals.line(approval_id)
        if line is None:
            raise NotFound("That approval no longer exists; refresh the list.")
        return line

    def _number(self, uow: UnitOfWork, item_id: uuid.UUID) -> str:
        item = uow.work_items.get(item_id)
        return item.number if item is not None else "An item"

    def _decide(self, uow: UnitOfWork, line: Approval, approve: bool, comment: str,
                now: datetime, *, channel: str | None) -> WorkItem:
        text = comment.strip()
        if len(text) > COMMENT_MAX:
            raise ValidationError(msg("The comment is {length} characters long; the limit is "
                                      "{comment_max}.", length=len(text), comment_max=COMMENT_MAX),
                                      {"comment": "too long"})
        if not approve and not text:
            raise ValidationError("Say why in the comment: a rejection needs a reason the "
                                  "requester can act on.", {"comment": "required"})
        item = self._load_any(uow, line.work_item_id)
        request = uow.approvals.request(line.request_id)
        if request is None:
            raise NotFound("That approval was withdrawn; refresh the item.")
        rule = ApprovalRule.from_json(request.rule)
        lines = list(uow.approvals.lines([request.id]))
        state = evaluate(rule, [_vote(x) for x in lines])
        if self.actor.staff_id in self._excluded_of(uow, item):
            raise PermissionDenied(msg("You requested {number}; a requester never approves "
                                       "their own item (not as a stand-in either).",
                                       number=item.number))
        check_decision(state, _vote(line), item_open=kinds.lifecycle(item.kind).is_open(
                           item.status), item_number=item.number,
                       acting_for=self._acting(uow), approver_name=line.approver_name,
                       recording=channel is not None)
        decision = Decision.APPROVED if approve else Decision.REJECTED
        line.decision = decision.value
        line.comment = text or None
        line.decided_at = now
        line.decided_by_id = self.actor.staff_id
        line.recorded_by_proxy = channel is not None
        line.channel = channel
        line.updated_at = now
        how = f" {CHANNEL_LABELS[channel]}" if channel else ""
        stand_in = (f" for {line.approver_name}" if channel is None
                    and line.approver_staff_id != self.actor.staff_id else "")
        who = line.approver_name if channel else self.actor.full_name
        self._event(uow, item, "approval", Decision.PENDING.value,
                    f"Stage {line.stage}: {decision.value} by {who}{how}{stand_in}"
                    + (f": {text[:400]}" if text else ""), now)
        # the request row changes with every decision, so two people deciding one request at
        # the same moment meet a version conflict instead of both judging a stale state
        request.updated_at = now
        after = evaluate(rule, [_vote(x) for x in lines])
        if after.outcome is not Decision.PENDING:
            self._close(uow, item, request, after, now)
            hook = self._hooks.get(item.kind)
            if hook is not None:
                reasons = "; ".join(f"{x.approver_name}: {x.comment}" for x in lines
                                    if x.decision == Decision.REJECTED.value and x.comment)
                hook(uow, item, after.outcome, reasons, now)
        elif after.next_to_open is not None:
            request.current_stage = after.next_to_open
            asked = self._open_stage(uow, item, request, rule, after.next_to_open, now)
            self._event(uow, item, "approval_stage", str(after.next_to_open - 1),
                        f"stage {after.next_to_open} asks {asked}", now)
        return item

    def _close(self, uow: UnitOfWork, item: WorkItem, request: ApprovalRequest,
               state: ApprovalState, now: datetime) -> None:
        request.state = state.outcome.value
        request.current_stage = None
        request.decided_at = now
        self._event(uow, item, "approval_state", Decision.PENDING.value, state.outcome.value,
                    now)
        decl = kinds.kind(item.kind)
        target = decl.on_approved if state.outcome is Decision.APPROVED else decl.on_rejected
        life = decl.life
        if target is not None and target != item.status and target in life.allowed(item.status):
            self._set_status(uow, item, target, now)
            self._sla.recompute(uow, item, now)

    def _open_stage(self, uow: UnitOfWork, item: WorkItem, request: ApprovalRequest,
                    rule: ApprovalRule, number: int, now: datetime) -> str:
        approvers = self._resolve(uow, item, rule.stages[number - 1], number)
        for who in approvers:
            uow.approvals.add(Approval(
                id=new_id(), request_id=request.id, work_item_id=item.id, stage=number,
                approver_staff_id=who.staff_id, approver_person_id=who.person_id,
                approver_name=who.name, approver_email=who.email, source=who.source.value,
                decision=Decision.PENDING.value, recorded_by_proxy=False, created_at=now,
                updated_at=now))
        uow.flush()
        return ", ".join(a.name for a in approvers)

    def _resolve(self, uow: UnitOfWork, item: WorkItem, stage: StageRule,
                 number: int) -> list[_Approver]:
        """Who a stage asks now, each person once; a sentence when someone cannot be asked."""
        found: dict[object, _Approver] = {}
        excluded = self._excluded_of(uow, item)
        left_out: list[str] = []
        for spec in stage.approvers:
            for who in self._approvers_of(uow, item, spec, number):
                if who.staff_id is not None and who.staff_id in excluded:
                    left_out.append(who.name)
                    continue
                found.setdefault(who.staff_id or who.person_id, who)
        if not found and left_out:
            raise ValidationError(msg("Stage {number} would ask only {person}, who requested "
                                      "{item_number}; a requester never approves their own item. "
                                      "Add other approvers to the rule.",
                                      number=number, person=left_out[0], item_number=item.number))
        return sorted(found.values(), key=lambda a: a.name.lower())

    def _approvers_of(self, uow: UnitOfWork, item: WorkItem, spec: ApproverSpec,
                      number: int) -> list[_Approver]:
        where = msg("Stage {number}", number=number)
        if spec.kind is ApproverKind.STAFF:
            assert spec.ref is not None
            staff = uow.staff.get(spec.ref)
            if staff is None or not staff.active or staff.deleted_at is not None:
                raise ValidationError(msg("{where} names someone who is no longer an active "
                                          "staff member; pick another approver.", where=where))
            return [_Approver(staff.full_name, spec.kind, staff_id=staff.id, email=staff.email)]
        if spec.kind is ApproverKind.TEAM:
            assert spec.ref is not None
            team = uow.staff.team(spec.ref)
            if team is None or team.deleted_at is not None:
                raise ValidationError(msg("{where} names a team that no longer exists; pick "
                                          "another.", where=where))
            members = [m for m in uow.staff.members(team.id) if m.deleted_at is None]
            if not members:
                raise ValidationError(msg("{where}: the team {team_name} has no active members "
                                          "to ask; add members or name the approvers.",
                                          where=where, team_name=team.name))
            return [_Approver(m.full_name, spec.kind, staff_id=m.id, email=m.email)
                    for m in members]
        if spec.kind is ApproverKind.CALLER_MANAGER:
            caller = uow.people.get(item.caller_id) if item.caller_id else None
            if caller is None or caller.deleted_at is not None:
                raise ValidationError(msg("{where} asks the caller's manager, but {number} has "
                                          "no caller; set the caller or name the approvers.",
                                          where=where, number=item.number))
            manager = uow.people.get(caller.manager_id) if caller.manager_id else None
            if manager is None or manager.deleted_at is not None:
                raise ValidationError(msg("{where} asks the caller's manager, but {full_name} "
                                          "has no manager on record; set one in the caller's "
                                          "details or name the approvers.",
                                          where=where, full_name=caller.full_name))
            staff = uow.approvals.staff_with_email(manager.email) if manager.email else None
            if staff is not None:  # a manager who is also staff decides in My approvals
                return [_Approver(staff.full_name, spec.kind, staff_id=staff.id,
                                  person_id=manager.id, email=staff.email)]
            return [_Approver(manager.full_name, spec.kind, person_id=manager.id,
                              email=manager.email)]
        service = uow.catalog.service(item.service_id) if item.service_id else None
        if service is None:
            raise ValidationError(msg("{where} asks the service owner, but {number} names no "
                                      "service; set the service or name the approvers.",
                                      where=where, number=item.number))
        team = uow.staff.team(service.owner_team_id) if service.owner_team_id else None
        if team is None or team.deleted_at is not None:
            raise ValidationError(msg("{where} asks the service owner, but {service_name} has "
                                      "no owner team; set one in Service Strategy or name the "
                                      "approvers.", where=where, service_name=service.name))
        owners = list(uow.approvals.team_leads(team.id)) or [
            m for m in uow.staff.members(team.id) if m.deleted_at is None]
        if not owners:
            raise ValidationError(msg("{where} asks the owner of {service_name}, but its owner "
                                      "team {team_name} has no active members; add one.",
                                      where=where, service_name=service.name, team_name=team.name))
        return [_Approver(m.full_name, spec.kind, staff_id=m.id, email=m.email)
                for m in owners]

    def _asks(self, uow: UnitOfWork, stage: StageRule) -> str:
        parts = []
        for spec in stage.approvers:
            if spec.kind is ApproverKind.STAFF and spec.ref is not None:
                staff = uow.staff.get(spec.ref)
                parts.append(staff.full_name if staff else "a removed staff member")
            elif spec.kind is ApproverKind.TEAM and spec.ref is not None:
                team = uow.staff.team(spec.ref)
                parts.append(f"{team.name if team else 'a removed team'} (team)")
            elif spec.kind is ApproverKind.CALLER_MANAGER:
                parts.append("the caller's manager")
            else:
                parts.append("the service owner")
        return ", ".join(parts)

    def _request_dto_of(self, uow: UnitOfWork, item: WorkItem,
                        request_id: uuid.UUID) -> ApprovalRequestDTO:
        request = uow.approvals.request(request_id)
        assert request is not None
        return self._request_dto(uow, item, request, list(uow.approvals.lines([request_id])),
                                 self._acting(uow))

    def _request_dto(self, uow: UnitOfWork, item: WorkItem, request: ApprovalRequest,
                     lines: list[Approval], acting: frozenset[uuid.UUID]) -> ApprovalRequestDTO:
        rule = ApprovalRule.from_json(request.rule)
        state = evaluate(rule, [_vote(x) for x in lines])
        names = _Names(uow)
        item_open = kinds.lifecycle(item.kind).is_open(item.status)
        stages = []
        for stage_state, stage_rule in zip(state.stages, rule.stages, strict=True):
            own = [x for x in lines if x.stage == stage_state.number]
            stages.append(StageDTO(
                stage_state.number, stage_state.policy.value, stage_state.outcome.value,
                stage_state.opened, stage_state.needed, stage_state.approved,
                stage_state.rejected, self._asks(uow, stage_rule),
                tuple(self._line_dto(x, names, asked=item_open and x.id in state.asked,
                                     acting=acting) for x in own)))
        return ApprovalRequestDTO(request.id, item.id, item.number, state.outcome.value,
                                  state.current, names(request.requested_by_id),
                                  request.created_at, request.decided_at, tuple(stages))

    def _line_dto(self, line: Approval, names: _Names, *, asked: bool,
                  acting: frozenset[uuid.UUID]) -> ApprovalLineDTO:
        has_login = line.approver_staff_id is not None
        return ApprovalLineDTO(
            line.id, line.version, line.stage, line.approver_name, line.approver_email or "",
            has_login, line.source, line.decision, line.comment or "", line.decided_at,
            names(line.decided_by_id) if line.decided_by_id else "", line.channel,
            can_decide=asked and has_login and line.approver_staff_id in acting,
            can_record=asked and not has_login)

    def _may_delegate_for(self, source: uuid.UUID) -> None:
        if source != self.actor.staff_id and not self.actor.has_role("supervisor"):
            raise PermissionDenied("You may delegate only your own approvals; ask a supervisor "
                                   "to set a delegation for someone else.")

    def _delegation(self, uow: UnitOfWork, delegation_id: uuid.UUID,
                    expected_version: int) -> ApprovalDelegation:
        row = uow.approvals.delegation(delegation_id)
        if row is None:
            raise NotFound("That delegation was removed meanwhile; refresh the list.")
        self._may_delegate_for(row.from_staff_id)
        if row.version != expected_version:
            raise ConflictError(CONFLICT_MESSAGE)
        return row

    def _check_delegation(self, uow: UnitOfWork, row: ApprovalDelegation) -> None:
        for staff_id, label in ((row.from_staff_id, "The person away"),
                                (row.to_staff_id, "The stand-in")):
            staff = uow.staff.get(staff_id)
            if staff is None or not staff.active or staff.deleted_at is not None:
                raise ValidationError(msg("{label} is not an active staff member; pick another.",
                                          label=label),
                                      {"to_staff_id": "inactive"})
        names = _Names(uow)
        existing = list(uow.approvals.delegations())
        check_delegation(_delegation(row), [_delegation(d) for d in existing],
                         {k: names(k) for k in {row.from_staff_id, row.to_staff_id}
                          | {d.from_staff_id for d in existing}
                          | {d.to_staff_id for d in existing}})


_POLICY_WORDS = {Policy.ANY: "Any one of", Policy.ALL: "All of", Policy.MAJORITY: "A majority of"}


def _vote(line: Approval) -> Vote:
    return Vote(line.id, line.stage, line.approver_staff_id, Decision(line.decision))


def _delegation(row: ApprovalDelegation) -> Delegation:
    return Delegation(row.from_staff_id, row.to_staff_id, row.starts_on, row.ends_on, row.id)


def _delegations(uow: UnitOfWork) -> list[Delegation]:
    return [_delegation(d) for d in uow.approvals.delegations()]


def _delegation_dto(row: ApprovalDelegation, names: _Names, today: date) -> DelegationDTO:
    return DelegationDTO(row.id, row.version, row.from_staff_id, names(row.from_staff_id),
                         row.to_staff_id, names(row.to_staff_id), row.starts_on, row.ends_on,
                         row.starts_on <= today <= row.ends_on)
