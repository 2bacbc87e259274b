"""Access reviews: a supervisor asks, for every live grant of a system or a department, its
reviewer (the person's manager or the system owner) to confirm or revoke it.

Staff reviewers answer in My approvals (:meth:`AccessReviewService.mine`, :meth:`decide`; a
delegate answers for someone away, as for approvals); an agent records the answer of a reviewer
without a login (:meth:`record`). A revocation becomes an ACC revocation task at once; the
review finishes when every line is decided, and stays as a record an auditor reads (who asked,
who decided what, when, why, and which task revoked it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.db.base import utcnow
from deskapp.db.models import (
    AccessGrant,
    AccessReview,
    AccessReviewItem,
    Department,
    Person,
    WorkItem,
)
from deskapp.domain.access import (
    REVIEW_DAYS,
    Progress,
    ReviewCandidate,
    ReviewDecision,
    Reviewer,
    ReviewerRole,
    ReviewLine,
    assign_reviewers,
    check_decision,
    check_revoke_reason,
    overdue_reviewers,
    progress,
)
from deskapp.domain.approvals import Delegation, acting_for
from deskapp.domain.ids import new_id
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.access import grant_event
from deskapp.services.access_requests import AccessRequestService
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor
from deskapp.services.work_items import Clock

TITLE_MAX = 200


@dataclass(frozen=True)
class ReviewLineDTO:
    id: uuid.UUID
    version: int
    review_id: uuid.UUID
    review_title: str
    grant_id: uuid.UUID
    person: str
    access: str
    reviewer: str
    reviewer_role: str
    reviewer_has_login: bool
    decision: str
    comment: str
    decided_at: datetime | None
    decided_by: str | None
    recorded_by_proxy: bool
    revocation_number: str | None
    due_at: datetime


@dataclass(frozen=True)
class ReviewDTO:
    id: uuid.UUID
    title: str
    scope: str  # "System SAP Finance" / "Department Finance"
    started_by: str | None
    started_at: datetime
    due_at: datetime
    finished_at: datetime | None
    progress: Progress
    overdue: tuple[tuple[str, int], ...]  # reviewers late, with their open lines
    lines: tuple[ReviewLineDTO, ...] = ()


class AccessReviewService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, requests: AccessRequestService,
                 clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._requests = requests
        self._clock = clock

    # -- starting -------------------------------------------------------------------------
    def start(self, *, system_id: uuid.UUID | None = None,
              department_id: uuid.UUID | None = None,
              prefer: ReviewerRole = ReviewerRole.OWNER, due_at: datetime | None = None,
              title: str = "") -> ReviewDTO:
        """Start a review of a system's or a department's live grants (supervisors)."""
        require(self._actor, Action.MANAGE, Resource.ACCESS)
        if (system_id is None) == (department_id is None):
            raise ValidationError("Choose a system or a department to review.",
                                  {"scope": "missing"})
        now = self._clock()
        due = due_at or now + timedelta(days=REVIEW_DAYS)
        if due <= now:
            raise ValidationError("The due date must be in the future.", {"due_at": "past"})
        if len(title) > TITLE_MAX:
            raise ValidationError(msg("Shorten the title to {limit} characters.",
                                      limit=TITLE_MAX), {"title": "too long"})
        with self._uow() as uow:
            if system_id is not None:
                system = uow.access.system(system_id)
                if system is None:
                    raise ValidationError("That system no longer exists; pick another.",
                                          {"scope": "unknown"})
                scope = f"System {system.name}"
                grants = list(uow.access.grants(system_id=system_id))
            else:
                assert department_id is not None
                dept = uow.session.get(Department, department_id)
                if dept is None:
                    raise ValidationError("That department no longer exists; pick another.",
                                          {"scope": "unknown"})
                scope = f"Department {dept.name}"
                grants = list(uow.access.grants(department_id=department_id))
            labels = {g.id: _label(uow, g) for g in grants}
            people = {g.person_id: uow.people.get(g.person_id) for g in grants}
            assignments = assign_reviewers(
                [ReviewCandidate(g.id, f"{_name(people[g.person_id])}: {labels[g.id]}",
                                 self._manager_of(uow, people[g.person_id]),
                                 self._owner_of(uow, g)) for g in grants], prefer)
            review = AccessReview(id=new_id(), title=(title.strip() or f"Access review: {scope}"),
                                  system_id=system_id, department_id=department_id,
                                  started_by_id=self._actor.staff_id, started_at=now,
                                  due_at=due, created_at=now, updated_at=now)
            uow.access.add(review)
            uow.flush()
            by_id = {g.id: g for g in grants}
            for a in assignments:
                g = by_id[a.grant_id]
                uow.access.add(AccessReviewItem(
                    id=new_id(), review_id=review.id, grant_id=g.id,
                    person_name=_name(people[g.person_id]), access_label=labels[g.id][:250],
                    reviewer_staff_id=a.reviewer.staff_id,
                    reviewer_person_id=a.reviewer.person_id, reviewer_name=a.reviewer.name,
                    reviewer_role=a.role.value, decision=ReviewDecision.PENDING.value,
                    recorded_by_proxy=False, created_at=now, updated_at=now))
            uow.flush()
            dto = self._dto(uow, review, with_lines=True)
            uow.commit()
            return dto

    # -- reading --------------------------------------------------------------------------
    def reviews(self) -> list[ReviewDTO]:
        with self._uow(read_only=True) as uow:
            return [self._dto(uow, r, with_lines=False) for r in uow.access.reviews()]

    def review(self, review_id: uuid.UUID) -> ReviewDTO:
        with self._uow(read_only=True) as uow:
            found = uow.access.review(review_id)
            if found is None:
                raise NotFound("That review no longer exists; refresh the list.")
            return self._dto(uow, found, with_lines=True)

    def mine(self) -> list[ReviewLineDTO]:
        """Review lines waiting for me (or for someone I stand in for today)."""
        with self._uow(read_only=True) as uow:
            acting = self._acting(uow)
            reviews: dict[uuid.UUID, AccessReview | None] = {}
            out = []
            for line in uow.access.waiting_for(sorted(acting)):
                if line.review_id not in reviews:
                    reviews[line.review_id] = uow.access.review(line.review_id)
                review = reviews[line.review_id]
                if review is not None:
                    out.append(_line_dto(uow, line, review))
            return out

    # -- deciding -------------------------------------------------------------------------
    def decide(self, line_id: uuid.UUID, confirm: bool, comment: str = "") -> ReviewLineDTO:
        """Confirm or revoke as the reviewer asked (or their delegate)."""
        return self._decide(line_id, confirm, comment, recorded=False)

    def record(self, line_id: uuid.UUID, confirm: bool, comment: str = "") -> ReviewLineDTO:
        """Record the answer of a reviewer without a login (an agent, by phone or e-mail)."""
        require(self._actor, Action.EDIT, Resource.ACCESS)
        return self._decide(line_id, confirm, comment, recorded=True)

    def _decide(self, line_id: uuid.UUID, confirm: bool, comment: str, *,
                recorded: bool) -> ReviewLineDTO:
        decision = ReviewDecision.CONFIRMED if confirm else ReviewDecision.REVOKED
        now = self._clock()
        with self._uow() as uow:
            line = uow.access.review_item(line_id)
            review = uow.access.review(line.review_id) if line else None
            if line is None or review is None:
                raise NotFound("That review line no longer exists; refresh the list.")
            check_decision(_domain_line(line), review.finished_at is not None,
                           self._actor.staff_id, self._acting(uow), recorded=recorded,
                           comment=comment)
            check_revoke_reason(decision, comment)
            line.decision, line.comment = decision.value, comment.strip() or None
            line.decided_at, line.decided_by_id = now, self._actor.staff_id
            line.recorded_by_proxy = recorded
            line.updated_at = now
            grant = uow.access.grant(line.grant_id)
            how = f" (recorded for {line.reviewer_name})" if recorded else ""
            if grant is not None and decision is ReviewDecision.CONFIRMED:
                grant_event(uow, self._actor, grant, "confirmed",
                            f"{review.title}{how}", now)
            elif grant is not None and grant.revoked_at is None:
                if grant.revoke_item_id is None:
                    item = self._requests.open_revocation(
                        uow, [grant], f"Revoked in {review.title} by {line.reviewer_name}: "
                        f"{comment.strip()}", now, review_id=review.id)
                    line.revoke_item_id = item.id
                else:
                    line.revoke_item_id = grant.revoke_item_id
            uow.flush()
            lines = uow.access.review_items([review.id])
            if progress(ReviewDecision(x.decision) for x in lines).finished:
                review.finished_at = now
                review.updated_at = now
            uow.flush()
            dto = _line_dto(uow, line, review)
            uow.commit()
            return dto

    # -- helpers ------------------------------------------------------------------------
    def _acting(self, uow: UnitOfWork) -> frozenset[uuid.UUID]:
        delegations = [Delegation(d.from_staff_id, d.to_staff_id, d.starts_on, d.ends_on, d.id)
                       for d in uow.approvals.delegations()]
        return acting_for(self._actor.staff_id, delegations, self._clock().date())

    def _manager_of(self, uow: UnitOfWork, person: Person | None) -> Reviewer | None:
        """The person's manager: as a staff member when one has their e-mail (they decide in
        My approvals), else as a person an agent records the answer for."""
        if person is None or person.manager_id is None:
            return None
        manager = uow.people.get(person.manager_id)
        if manager is None or manager.deleted_at is not None:
            return None
        if manager.email:
            staff = uow.approvals.staff_with_email(manager.email)
            if staff is not None:
                return Reviewer(staff.full_name, staff_id=staff.id)
        return Reviewer(manager.full_name, person_id=manager.id)

    def _owner_of(self, uow: UnitOfWork, grant: AccessGrant) -> Reviewer | None:
        system = uow.access.system(grant.system_id)
        owner = uow.staff.get(system.owner_id) if system and system.owner_id else None
        return Reviewer(owner.full_name, staff_id=owner.id) if owner and owner.active else None

    def _dto(self, uow: UnitOfWork, review: AccessReview, *, with_lines: bool) -> ReviewDTO:
        lines = list(uow.access.review_items([review.id]))
        starter = uow.staff.get(review.started_by_id) if review.started_by_id else None
        if review.system_id is not None:
            system = uow.access.system(review.system_id)
            scope = f"System {system.name if system else '?'}"
        else:
            dept = (uow.session.get(Department, review.department_id)
                    if review.department_id else None)
            scope = f"Department {dept.name if dept else '?'}"
        domain_lines = [_domain_line(x) for x in lines]
        now = self._clock()
        return ReviewDTO(
            review.id, review.title, scope, starter.full_name if starter else None,
            review.started_at, review.due_at, review.finished_at,
            progress(x.decision for x in domain_lines),
            tuple(overdue_reviewers(domain_lines, review.due_at, now))
            if review.finished_at is None else (),
            tuple(_line_dto(uow, x, review) for x in lines) if with_lines else ())


def _domain_line(line: AccessReviewItem) -> ReviewLine:
    reviewer = (Reviewer(line.reviewer_name, staff_id=line.reviewer_staff_id)
                if line.reviewer_staff_id is not None else
                Reviewer(line.reviewer_name, person_id=line.reviewer_person_id))
    return ReviewLine(line.id, f"{line.person_name}: {line.access_label}", reviewer,
                      ReviewDecision(line.decision))


def _line_dto(uow: UnitOfWork, line: AccessReviewItem, review: AccessReview) -> ReviewLineDTO:
    decider = uow.staff.get(line.decided_by_id) if line.decided_by_id else None
    item = uow.session.get(WorkItem, line.revoke_item_id) if line.revoke_item_id else None
    return ReviewLineDTO(
        line.id, line.version, review.id, review.title, line.grant_id, line.person_name,
        line.access_label, line.reviewer_name, line.reviewer_role,
        line.reviewer_staff_id is not None, line.decision, line.comment or "",
        line.decided_at, decider.full_name if decider else None, line.recorded_by_proxy,
        item.number if item else None, review.due_at)


def _label(uow: UnitOfWork, g: AccessGrant) -> str:
    e = uow.access.entitlement(g.entitlement_id)
    s = uow.access.system(g.system_id)
    return f"{s.name if s else '?'}: {e.name if e else '?'}"


def _name(person: Person | None) -> str:
    return person.full_name if person else "?"


__all__ = ["AccessReviewService", "ReviewDTO", "ReviewLineDTO"]
