"""Approval requests, their lines and delegations. Reads and writes only; the rules are in
:mod:`deskapp.domain.approvals` and the use cases in :mod:`deskapp.services.approvals`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Approval,
    ApprovalDelegation,
    ApprovalRequest,
    StaffUser,
    TeamMember,
    WorkItem,
)


class ApprovalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: ApprovalRequest | Approval | ApprovalDelegation) -> None:
        self.session.add(row)

    def request(self, request_id: uuid.UUID) -> ApprovalRequest | None:
        found = self.session.get(ApprovalRequest, request_id)
        return found if found is not None and found.deleted_at is None else None

    def requests_of(self, item_id: uuid.UUID) -> Sequence[ApprovalRequest]:
        """Live requests of an item, the newest first."""
        return self.session.scalars(
            select(ApprovalRequest)
            .where(ApprovalRequest.work_item_id == item_id, ApprovalRequest.deleted_at.is_(None))
            .order_by(ApprovalRequest.created_at.desc(), ApprovalRequest.id)).all()

    def lines(self, request_ids: Sequence[uuid.UUID]) -> Sequence[Approval]:
        if not request_ids:
            return []
        return self.session.scalars(
            select(Approval)
            .where(Approval.request_id.in_(request_ids), Approval.deleted_at.is_(None))
            .order_by(Approval.stage, Approval.approver_name, Approval.id)).all()

    def line(self, approval_id: uuid.UUID) -> Approval | None:
        found = self.session.get(Approval, approval_id)
        return found if found is not None and found.deleted_at is None else None

    def many(self, approval_ids: Sequence[uuid.UUID]) -> Sequence[Approval]:
        return self.session.scalars(
            select(Approval).where(Approval.id.in_(approval_ids), Approval.deleted_at.is_(None))
            .order_by(Approval.created_at, Approval.id)).all()

    def waiting_for(self, staff_ids: Sequence[uuid.UUID],
                    limit: int) -> Sequence[tuple[Approval, WorkItem, int]]:
        """Undecided lines of these staff approvers in the stage their request is asking now,
        on live items, the oldest first: each with its item and how many stages its
        request's rule has (from the join, not a read of each request: an approver with
        hundreds of lines waiting read them one by one, about 100 ms at 1M)."""
        return [(line, item, len(rule or ()) or 1) for line, item, rule in self.session.execute(
            select(Approval, WorkItem, ApprovalRequest.rule)
            .join(ApprovalRequest, ApprovalRequest.id == Approval.request_id)
            .join(WorkItem, WorkItem.id == Approval.work_item_id)
            .where(Approval.approver_staff_id.in_(staff_ids), Approval.decision == "pending",
                   Approval.deleted_at.is_(None), ApprovalRequest.state == "pending",
                   ApprovalRequest.deleted_at.is_(None),
                   ApprovalRequest.current_stage == Approval.stage,
                   WorkItem.deleted_at.is_(None))
            .order_by(Approval.created_at, Approval.id).limit(limit))]

    def delegations(self) -> Sequence[ApprovalDelegation]:
        """Every live delegation (a small table: a few per person and year)."""
        return self.session.scalars(
            select(ApprovalDelegation).where(ApprovalDelegation.deleted_at.is_(None))
            .order_by(ApprovalDelegation.starts_on.desc(), ApprovalDelegation.id)).all()

    def delegation(self, delegation_id: uuid.UUID) -> ApprovalDelegation | None:
        found = self.session.get(ApprovalDelegation, delegation_id)
        return found if found is not None and found.deleted_at is None else None

    def staff_with_email(self, email: str) -> StaffUser | None:
        """The active staff member with this e-mail (any case), if exactly one has it."""
        found = self.session.scalars(
            select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower(),
                                    StaffUser.active.is_(True),
                                    StaffUser.deleted_at.is_(None)).limit(2)).all()
        return found[0] if len(found) == 1 else None

    def team_leads(self, team_id: uuid.UUID) -> Sequence[StaffUser]:
        return self.session.scalars(
            select(StaffUser).join(TeamMember, TeamMember.staff_id == StaffUser.id)
            .where(TeamMember.team_id == team_id, TeamMember.is_lead.is_(True),
                   StaffUser.active.is_(True), StaffUser.deleted_at.is_(None))
            .order_by(StaffUser.full_name)).all()
