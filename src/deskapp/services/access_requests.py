"""Access requests (ACC-): the work that changes who holds what.

* **grant** (:meth:`AccessRequestService.request_grant`): for a person and an entitlement; one
  that needs approval waits (Pending) for the system owner on the shared approval engine;
  closing it records the grant (a leaver or a duplicate is refused then too, nothing saved);
* **revoke** (:meth:`~AccessRequestService.request_revoke`, and the expiry sweep, reviews and
  leavers through :meth:`~AccessRequestService.open_revocation`): names its grants; closing it
  revokes them (who and when stamped, the grants' history kept); cancelling it releases them;
* **leaver** (:meth:`~AccessRequestService.leaver`): sets the person's leaving date and opens
  one revocation per system owner for everything they hold; it closes by itself when the last
  revocation is done.

The item's form, history, assignment, SLA and queues are the work-item core's (the task
machinery of :class:`~deskapp.services.incident_tasks.IncidentTaskService`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import AccessGrant, AccessRequest, Person, WorkItem
from deskapp.domain.access import (
    ACTION_LABELS,
    EXPIRY_LEAD,
    NOTE_MAX,
    Action,
    Expiring,
    GrantFacts,
    GrantState,
    Source,
    check_grant,
    check_revocable,
    expiry_tasks,
)
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Decision, StageRule
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, TITLE_MAX
from deskapp.domain.kinds import Category
from deskapp.domain.kinds import access_request as acc
from deskapp.domain.kinds.access_request import ACCESS_REQUEST
from deskapp.domain.numbers import format_number
from deskapp.domain.request_form import RequestForm, answers_to_json
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.access import GrantDTO, grant_dto, grant_event, record_grant
from deskapp.services.approvals import ApprovalService
from deskapp.services.authorization import Action as Do
from deskapp.services.authorization import require, require_visible
from deskapp.services.dto import Actor, Choice, IncidentTaskDTO
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import _matrix
from deskapp.services.service_requests import (
    answer_dtos,
    audience_refusal,
    checked_answers,
    orderable,
)
from deskapp.services.work_items import Clock

DONE = Category.DONE.value
#: grants a sweep batch (or "Open revocation tasks") opens revocations for at most
EXPIRY_BATCH = 200


@dataclass(frozen=True)
class GrantRequestDraft:
    person_id: uuid.UUID | None
    entitlement_id: uuid.UUID | None
    expires_at: datetime | None = None
    reason: str = ""


@dataclass(frozen=True)
class AccessOrder:
    """An access offering ordered from the catalogue (the New request dialog sends it)."""

    offering_id: uuid.UUID
    caller_id: uuid.UUID | None
    answers: Mapping[str, object] = field(default_factory=dict)
    expires_at: datetime | None = None


@dataclass(frozen=True)
class AccessRequestInfo:
    """What an ACC item is about (its form's header and access tab)."""

    id: uuid.UUID
    number: str
    action: str
    person: Choice
    entitlement: str | None  # "SAP Finance: AP clerk" (grant requests)
    expires_at: datetime | None
    grants: tuple[GrantDTO, ...]  # granted by it, or on it to revoke
    children: tuple[tuple[str, str, str], ...]  # (number, title, status) of a leaver's tasks
    awaiting_approval: bool


class AccessRequestService(IncidentTaskService):
    _KIND = ACCESS_REQUEST
    _PARENT = ACCESS_REQUEST
    _MODEL = AccessRequest  # type: ignore[assignment]

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, approvals: ApprovalService,
                 clock: Clock = utcnow) -> None:
        super().__init__(uow, actor, clock)
        self._approvals = approvals

    # -- reading --------------------------------------------------------------------------
    def info(self, item_id: uuid.UUID) -> AccessRequestInfo:
        with self._uow(read_only=True) as uow:
            item = self._load(uow, item_id)
            require_visible(self.actor, item, uow)
            assert isinstance(item, AccessRequest)
            person = uow.people.get(item.person_id)
            label = None
            if item.entitlement_id is not None:
                e = uow.access.entitlement(item.entitlement_id)
                s = uow.access.system(e.system_id) if e else None
                label = f"{s.name}: {e.name}" if e and s else None
            if item.action == Action.GRANT:
                grant = uow.access.grant(item.grant_id) if item.grant_id else None
                grants = [grant] if grant else []
            else:
                grants = list(uow.access.on_revocation(item.id))
            children = tuple((c.number, c.title, ACCESS_REQUEST.life.label(c.status))
                             for c in uow.access.children(item.id))
            return AccessRequestInfo(
                item.id, item.number, item.action,
                Choice(item.person_id, person.full_name if person else "?"), label,
                item.expires_at, tuple(grant_dto(uow, g) for g in grants), children,
                self._awaiting(uow, item))

    # -- asking ---------------------------------------------------------------------------
    def request_grant(self, draft: GrantRequestDraft) -> IncidentTaskDTO:
        """Ask for an entitlement for a person: refused at once for a leaver, a duplicate or a
        retired entitlement; the system owner is asked to approve when the entitlement needs
        it, otherwise the system's team works it straight away."""
        require(self.actor, Do.CREATE, ACCESS_REQUEST.key)
        now = self._clock()
        problems: dict[str, str] = {}
        if draft.person_id is None:
            problems["person_id"] = "Pick the person who needs the access."
        if draft.entitlement_id is None:
            problems["entitlement_id"] = "Pick the system and the entitlement."
        if len(draft.reason) > NOTE_MAX:
            problems["reason"] = msg("Shorten the reason to {limit} characters.", limit=NOTE_MAX)
        if problems:
            raise ValidationError.for_fields(problems)
        assert draft.person_id is not None and draft.entitlement_id is not None
        with self._uow() as uow:
            item = self._raise_grant(uow, draft.person_id, draft.entitlement_id,
                                     draft.expires_at, draft.reason.strip() or None, now)
            return self._commit(uow, item)

    def order(self, order: AccessOrder) -> IncidentTaskDTO:
        """Order an access offering from the catalogue for a caller: its form is checked as a
        service request's would be, then it becomes an access request for the offering's
        entitlement, with the same rules and approval as :meth:`request_grant` (the system
        owner approves when the entitlement asks for it; the system's team works it). The
        answers are kept in the description; the offering's service is the item's."""
        require(self.actor, Do.CREATE, ACCESS_REQUEST.key)
        now = self._clock()
        with self._uow() as uow:
            offering = orderable(uow, order.offering_id)
            if offering.entitlement_id is None:
                raise ValidationError(msg("{name} grants no access; raise it as a service "
                                          "request.", name=offering.name),
                                      {"offering_id": "not access"})
            form = RequestForm.from_json(offering.form)
            problems: dict[str, str] = {}
            caller = uow.people.get(order.caller_id) if order.caller_id else None
            if caller is None or caller.deleted_at is not None:
                problems["caller_id"] = "Pick the caller the request is for."
            answers = checked_answers(uow, form, order.answers, problems)
            if caller is not None and "caller_id" not in problems:
                refusal = audience_refusal(uow, offering, caller)
                if refusal:
                    problems["caller_id"] = refusal
            if problems:
                raise ValidationError.for_fields(problems)
            assert caller is not None
            lines = [f"{a.label}: {a.text}" for a in answer_dtos(uow, form, answers_to_json(
                form, answers)) if a.text]
            description = "\n".join([f"Ordered from the catalogue: {offering.name}.", *lines])
            item = self._raise_grant(uow, caller.id, offering.entitlement_id, order.expires_at,
                                     description[:DESCRIPTION_MAX], now)
            if offering.service_id is not None:
                item.service_id = offering.service_id
            self._event(uow, item, "offering", None, offering.name, now)
            return self._commit(uow, item)

    def _raise_grant(self, uow: UnitOfWork, person_id: uuid.UUID, entitlement_id: uuid.UUID,
                     expires_at: datetime | None, description: str | None,
                     now: datetime) -> AccessRequest:
        person = uow.people.get(person_id)
        entitlement = uow.access.entitlement(entitlement_id)
        system = uow.access.system(entitlement.system_id) if entitlement else None
        if person is None or person.deleted_at is not None:
            raise ValidationError("That person no longer exists; pick another.",
                                  {"person_id": "unknown"})
        if entitlement is None or system is None:
            raise ValidationError("That entitlement no longer exists; pick another.",
                                  {"entitlement_id": "unknown"})
        label = f"{system.name}: {entitlement.name}"
        check_grant(GrantFacts(person.full_name, person.left_at, label,
                               entitlement.retired_at is None and system.retired_at is None,
                               uow.access.live_grant(person.id, entitlement.id) is not None),
                    now, expires_at)
        item = self._new(uow, Action.GRANT, person, f"Grant {label} to {person.full_name}",
                         description, now, team_id=system.team_id, ci_id=system.ci_id,
                         entitlement_id=entitlement.id, expires_at=expires_at)
        if entitlement.approval_required and system.owner_id is not None:
            self._set_status(uow, item, acc.PENDING, now)
            self._sla.recompute(uow, item, now)
            self._approvals.ask(uow, item, ApprovalRule((StageRule((
                ApproverSpec(ApproverKind.STAFF, system.owner_id),)),)), now)
        return item

    def request_revoke(self, grant_ids: Sequence[uuid.UUID], reason: str) -> IncidentTaskDTO:
        """Ask for grants of one person to be revoked (their system's team does it)."""
        require(self.actor, Do.CREATE, ACCESS_REQUEST.key)
        if not grant_ids:
            raise ValidationError("Choose the grants to revoke.", {"grant_id": "none"})
        if len(reason) > NOTE_MAX:
            raise ValidationError(msg("Shorten the reason to {limit} characters.",
                                      limit=NOTE_MAX), {"reason": "too long"})
        now = self._clock()
        with self._uow() as uow:
            grants = self._revocable(uow, grant_ids)
            if len({g.person_id for g in grants}) > 1:
                raise ValidationError("A revocation is for one person's grants; choose grants "
                                      "of one person, or raise one request per person.",
                                      {"grant_id": "several people"})
            item = self.open_revocation(uow, grants, reason.strip() or None, now)
            return self._commit(uow, item)

    def leaver(self, person_id: uuid.UUID, left_at: datetime, reason: str = "") -> IncidentTaskDTO:
        """One request for a leaver: their leaving date is set (no access can be granted from
        then on), and every live grant is revoked by one task per system owner; the request
        closes when the last task is done (at once when they held nothing)."""
        require(self.actor, Do.CREATE, ACCESS_REQUEST.key)
        if left_at.tzinfo is None:
            raise ValidationError("Give the leaving date with its time zone.",
                                  {"left_at": "naive"})
        now = self._clock()
        with self._uow() as uow:
            person = uow.people.get(person_id)
            if person is None or person.deleted_at is not None:
                raise ValidationError("That person no longer exists; pick another.",
                                      {"person_id": "unknown"})
            for other in uow.access.leavers_of(person.id):
                if other.status_category != DONE:
                    raise ValidationError(msg("{number} already handles {person} leaving; work "
                                              "that one.", number=other.number,
                                              person=person.full_name), {"person_id": "open"})
            person.left_at = left_at
            person.updated_at = now
            grants = list(uow.access.grants(person_id=person.id))
            busy = [g for g in grants if g.revoke_item_id is not None]
            free = [g for g in grants if g.revoke_item_id is None]
            description = reason.strip() or None
            parent = self._new(uow, Action.LEAVER, person,
                               f"Leaver: remove all access of {person.full_name}", description,
                               now, team_id=None, ci_id=None,
                               due_at=left_at if left_at > now else None)
            self._set_status(uow, parent, acc.IN_PROGRESS, now)
            groups: dict[object, list[AccessGrant]] = {}
            for g in free:
                system = uow.access.system(g.system_id)
                key = system.owner_id if system and system.owner_id else ("system", g.system_id)
                groups.setdefault(key, []).append(g)
            for batch in groups.values():
                self.open_revocation(uow, batch, f"{person.full_name} leaves.", now,
                                     parent=parent, due_at=left_at if left_at > now else None)
            if busy:
                numbers = sorted({self._number(uow, g.revoke_item_id) for g in busy})
                self._event(uow, parent, "note", None,
                            f"{len(busy)} grant(s) already on {', '.join(numbers)}", now)
            if not free:
                self._close(uow, parent, f"{person.full_name} held no access to revoke."
                            if not busy else "Every grant was already being revoked "
                            "elsewhere.", now)
            self._sla.recompute(uow, parent, now)
            return self._commit(uow, parent)

    def open_expiry_tasks(self) -> list[str]:
        """Open now what the next sweep would open (an agent's "Open revocation tasks"):
        a revocation task, due at the expiry, for every live grant expiring within the lead
        time that is on no revocation yet; returns their numbers."""
        require(self.actor, Do.CREATE, ACCESS_REQUEST.key)
        now = self._clock()
        with self._uow() as uow:
            numbers = [i.number for i in self._open_expiry(uow, now, EXPIRY_BATCH)]
            uow.commit()
            return numbers

    def expiry_preview(self) -> list[GrantDTO]:
        """What the next sweep will do: the grants it opens a revocation task for (expiring
        within the lead time, on no revocation yet), the soonest first."""
        now = self._clock()
        with self._uow(read_only=True) as uow:
            return [grant_dto(uow, g) for g in self._expiry_due(uow, now, EXPIRY_BATCH)]

    def _expiry_due(self, uow: UnitOfWork, now: datetime, limit: int, *,
                    lock: bool = False) -> list[AccessGrant]:
        grants = list(uow.access.expiring_untasked(now + EXPIRY_LEAD, limit, lock=lock))
        chosen = set(expiry_tasks([Expiring(g.id, g.expires_at, g.revoked_at is not None,
                                            g.revoke_item_id is not None) for g in grants],
                                  now))
        return [g for g in grants if g.id in chosen]

    def _open_expiry(self, uow: UnitOfWork, now: datetime, limit: int, *,
                     lock: bool = False) -> list[AccessRequest]:
        items = []
        for g in self._expiry_due(uow, now, limit, lock=lock):
            assert g.expires_at is not None
            when = "expired" if g.expires_at <= now else "expires"
            items.append(self.open_revocation(
                uow, [g], f"The grant {when} on {g.expires_at:%Y-%m-%d %H:%M} UTC.", now,
                due_at=max(g.expires_at, now)))
        return items

    # -- inside other operations' transactions ---------------------------------------------
    def open_revocation(self, uow: UnitOfWork, grants: Sequence[AccessGrant],
                        reason: str | None, now: datetime, *, parent: WorkItem | None = None,
                        review_id: uuid.UUID | None = None,
                        due_at: datetime | None = None) -> AccessRequest:
        """A revocation item for ``grants`` (one person's), done by the first grant's system
        team; the grants are marked as being revoked by it."""
        first = grants[0]
        person = uow.people.get(first.person_id)
        assert person is not None
        system = uow.access.system(first.system_id)
        labels = [self._label(uow, g) for g in grants]
        title = (f"Revoke {labels[0]} from {person.full_name}" if len(grants) == 1 else
                 f"Revoke {len(grants)} grants on {system.name if system else '?'} from "
                 f"{person.full_name}")
        body = "\n".join([reason or "", "", *(f"- {x}" for x in labels)]).strip()
        item = self._new(uow, Action.REVOKE, person, title, body, now,
                         team_id=system.team_id if system else None,
                         ci_id=system.ci_id if system else None, parent=parent,
                         review_id=review_id, due_at=due_at)
        for g in grants:
            g.revoke_item_id = item.id
            g.updated_at = now
            grant_event(uow, self._grant_actor, g, "revocation_opened", item.number, now)
        uow.flush()
        self._sla.recompute(uow, item, now)
        return item

    def approval_decided(self, uow: UnitOfWork, item: WorkItem, outcome: Decision,
                         reasons: str, now: datetime) -> None:
        """The approval engine's hook: a rejected grant request closes with the reasons (the
        engine has moved the status: approved -> In Progress, rejected -> Rejected)."""
        if isinstance(item, AccessRequest) and outcome is Decision.REJECTED \
                and item.status == acc.REJECTED:
            self._change(uow, item, "resolution_notes",
                         f"Rejected by the system owner. {reasons}".strip(), now)
            self._change(uow, item, "resolved_at", now, now)
            self._change(uow, item, "closed_at", now, now)
            self._sla.recompute(uow, item, now)

    # -- the task machinery's hooks ---------------------------------------------------------
    def _check_step(self, uow: UnitOfWork, task: object, to: str) -> None:
        assert isinstance(task, AccessRequest)
        if self._awaiting(uow, task) and to != acc.CANCELLED:
            raise ValidationError(msg("{number} waits for the system owner's approval; it moves "
                                      "on when they decide (or cancel it).", number=task.number))
        if task.action == Action.LEAVER and to == acc.CLOSED:
            left = [c.number for c in uow.access.children(task.id) if c.status_category != DONE]
            if left:
                raise ValidationError(msg("{n} revocation(s) are still open ({shown}); the "
                                          "leaver request closes by itself when they are done.",
                                          n=len(left), shown=", ".join(left[:3])))

    def _after_step(self, uow: UnitOfWork, task: object, now: datetime) -> None:
        assert isinstance(task, AccessRequest)
        if task.status == acc.CLOSED:
            if task.action == Action.GRANT and task.grant_id is None:
                assert task.entitlement_id is not None
                grant = record_grant(uow, self.actor, task.person_id, task.entitlement_id, now,
                                     expires_at=task.expires_at, source=Source.REQUEST,
                                     request=task)
                task.grant_id = grant.id
            elif task.action == Action.REVOKE:
                for g in uow.access.on_revocation(task.id):
                    if g.revoked_at is None:
                        g.revoked_at, g.revoked_by_id = now, self.actor.staff_id
                        g.revoke_reason = task.title
                        g.updated_at = now
                        grant_event(uow, self._grant_actor, g, "revoked", task.number, now)
        elif task.status == acc.CANCELLED:
            if task.action == Action.REVOKE:
                for g in uow.access.on_revocation(task.id):
                    if g.revoked_at is None:
                        g.revoke_item_id = None
                        g.updated_at = now
                        grant_event(uow, self._grant_actor, g, "revocation_cancelled", task.number,
                                    now)
            elif task.action == Action.LEAVER:
                for child in uow.access.children(task.id):
                    if child.status_category != DONE:
                        self._set_status(uow, child, acc.CANCELLED, now)
                        self._after_step(uow, child, now)
                        self._sla.recompute(uow, child, now)
        if task.status_category == DONE and task.parent_id is not None:
            parent = uow.access.request(task.parent_id)
            uow.flush()
            if parent is not None and parent.status_category != DONE and all(
                    c.status_category == DONE for c in uow.access.children(parent.id)):
                done = sum(c.status == acc.CLOSED for c in uow.access.children(parent.id))
                total = len(uow.access.children(parent.id))
                self._close(uow, parent, f"All access removed: {done} of {total} "
                                         "revocation(s) done.", now)

    # -- helpers ------------------------------------------------------------------------
    @property
    def _grant_actor(self) -> Actor | None:
        """Who a grant's history names (DeskApp's own steps: nobody)."""
        return self.actor

    def _new(self, uow: UnitOfWork, action: Action, person: Person, title: str,
             description: str | None, now: datetime, *, team_id: uuid.UUID | None,
             ci_id: uuid.UUID | None, entitlement_id: uuid.UUID | None = None,
             expires_at: datetime | None = None, parent: WorkItem | None = None,
             review_id: uuid.UUID | None = None,
             due_at: datetime | None = None) -> AccessRequest:
        life = ACCESS_REQUEST.life
        if team_id is not None and uow.staff.team(team_id) is None:
            team_id = None
        item = AccessRequest(
            id=new_id(), kind=ACCESS_REQUEST.key,
            number=format_number(ACCESS_REQUEST.prefix,
                                 uow.work_items.allocate_number(ACCESS_REQUEST.prefix)),
            title=title[:TITLE_MAX], description=description, status=life.initial,
            status_category=Category.OPEN.value, caller_id=person.id, ci_id=ci_id,
            channel="phone", impact=3, urgency=3, priority=_matrix(uow).priority(3, 3),
            opened_at=now, created_at=now, updated_at=now, reopen_count=0, team_id=team_id,
            assignee_id=None, parent_id=parent.id if parent else None, due_at=due_at,
            action=action.value, person_id=person.id, entitlement_id=entitlement_id,
            expires_at=expires_at, review_id=review_id, requested_by_id=self._event_actor_id)
        uow.work_items.add(item)
        self._event(uow, item, "created", None, item.number, now)
        self._event(uow, item, "status", None, life.initial, now)
        self._event(uow, item, "access_action", None, ACTION_LABELS[action], now)
        if parent is not None:
            self._event(uow, parent, "task_added", None, item.number, now)
        self._first_assignment(uow, item, now)
        self._sla.recompute(uow, item, now)  # before the flush: a flushed item is not replayed
        uow.flush()
        return item

    def _commit(self, uow: UnitOfWork, task: Any) -> IncidentTaskDTO:
        return super()._commit(uow, task)

    def _close(self, uow: UnitOfWork, item: AccessRequest, notes: str, now: datetime) -> None:
        self._change(uow, item, "resolution_notes", notes, now)
        self._change(uow, item, "resolved_at", now, now)
        self._change(uow, item, "closed_at", now, now)
        self._set_status(uow, item, acc.CLOSED, now)
        self._sla.recompute(uow, item, now)

    def _revocable(self, uow: UnitOfWork, grant_ids: Sequence[uuid.UUID]) -> list[AccessGrant]:
        out = []
        for grant_id in dict.fromkeys(grant_ids):
            g = uow.access.grant(grant_id)
            state = None if g is None else GrantState(
                g.id, self._label(uow, g), g.revoked_at is not None,
                self._number(uow, g.revoke_item_id) if g.revoke_item_id else None)
            check_revocable(state)
            assert g is not None
            out.append(g)
        return out

    def _label(self, uow: UnitOfWork, g: AccessGrant) -> str:
        e = uow.access.entitlement(g.entitlement_id)
        s = uow.access.system(g.system_id)
        return f"{s.name if s else '?'}: {e.name if e else '?'}"

    def _number(self, uow: UnitOfWork, item_id: uuid.UUID | None) -> str:
        item = uow.session.get(WorkItem, item_id) if item_id else None
        return item.number if item else "?"

    def _awaiting(self, uow: UnitOfWork, item: WorkItem) -> bool:
        return item.status == acc.PENDING and any(
            r.state == Decision.PENDING for r in uow.approvals.requests_of(item.id))

    def _load(self, uow: UnitOfWork, task_id: uuid.UUID) -> AccessRequest:  # type: ignore[override]
        item = uow.work_items.get(task_id)
        if not isinstance(item, AccessRequest):
            raise NotFound("That access request no longer exists; refresh the list.")
        return item

class AccessExpirySweep(AccessRequestService):
    """The SLA sweep's access step (DeskApp's own, no staff actor): a grant expiring within the
    lead time, or already past its end, gets its revocation task without anyone pressing a
    button. The grant is tasked, not revoked: the access still exists in the system until the
    system's team removes it, and closing the task is what records the revocation."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = utcnow) -> None:
        from deskapp.services.auto_close import SYSTEM

        super().__init__(uow, SYSTEM, ApprovalService(uow, SYSTEM, clock), clock)

    def open_due(self, now: datetime | None = None,
                 limit: int = EXPIRY_BATCH) -> frozenset[uuid.UUID]:
        """Open the due revocation tasks in one transaction; the new items' ids."""
        now = now or self._clock()
        with self._uow() as uow:
            opened = frozenset(i.id for i in self._open_expiry(uow, now, limit, lock=True))
            if opened:
                uow.commit()
            return opened

    @property
    def _event_actor_id(self) -> uuid.UUID | None:
        return None

    @property
    def _grant_actor(self) -> Actor | None:
        return None


__all__ = ["AccessExpirySweep", "AccessOrder", "AccessRequestInfo", "AccessRequestService",
           "GrantRequestDraft"]
