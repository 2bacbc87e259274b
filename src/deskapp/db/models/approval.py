"""Approvals on any work item: a request (the rule, its state), one line per approver and
stage, and delegations while someone is away. The rules are in :mod:`deskapp.domain.approvals`.

A request stores its rule: later stages are resolved (team members, the caller's manager, the
service owner) when they open, so they ask whoever holds the role then. A line names a staff
approver, or an approver without a login (a caller's manager: a person record, with the name and
e-mail copied so the line reads the same if the person changes). ``decided_by_id`` is who
recorded the decision: the approver, their delegate, or an agent who took it by phone or
e-mail (``channel``; ``recorded_by_proxy`` then set).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class ApprovalRequest(Record):
    """One approval asked on a work item (a new one may be asked after a rejection)."""

    __tablename__ = "approval_requests"
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    # ApprovalRule.to_json(): the stages, each with its policy and approvers
    rule: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    current_stage: Mapped[int | None] = mapped_column(SmallInteger, default=1)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()


class Approval(Record):
    """One approver's line in one stage of a request."""

    __tablename__ = "approvals"
    __table_args__ = (
        # "my approvals": pending lines of a staff approver
        Index("ix_approvals_approver_decision", "approver_staff_id", "decision"),
    )
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("approval_requests.id"),
                                                  index=True)
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    stage: Mapped[int] = mapped_column(SmallInteger)
    approver_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    approver_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    approver_name: Mapped[str] = mapped_column(String(120))
    approver_email: Mapped[str | None] = mapped_column(String(254))
    # why this approver was asked: staff / team / caller_manager / service_owner
    source: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(10), default="pending")
    comment: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    recorded_by_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str | None] = mapped_column(String(10))


class ApprovalDelegation(Record):
    """``from_staff`` is away from ``starts_on`` to ``ends_on`` (both included); ``to_staff``
    decides their approvals meanwhile."""

    __tablename__ = "approval_delegations"
    from_staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), index=True)
    to_staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
