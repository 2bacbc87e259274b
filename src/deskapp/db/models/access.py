"""Access management (Service Operation): systems and their entitlements, who holds which
(grants, with their history), access requests (ACC-, a kind on the work-item core) and access
reviews. The rules are in :mod:`deskapp.domain.access`.

A grant is never deleted: revoking it stamps who and when (and by which ACC item), so "who had
what on 3 March" stays answerable. A grant's own history (granted, revocation opened, revoked,
confirmed in a review) is an append-only table of its own.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record, utcnow
from deskapp.db.models.work_item import WorkItem
from deskapp.domain.ids import new_id

_LIVE = text("deleted_at IS NULL")


class AccessSystem(Record):
    """A system people get access to (often a CI): its owner decides and reviews, its team
    carries out grants and revocations."""

    __tablename__ = "access_systems"
    __table_args__ = (
        Index("uq_access_systems_live_name", "name", unique=True, sqlite_where=_LIVE,
              postgresql_where=_LIVE),
    )
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    ci_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("config_items.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    retired_at: Mapped[datetime | None] = mapped_column()


class Entitlement(Record):
    """A role, group or licence on a system."""

    __tablename__ = "access_entitlements"
    __table_args__ = (
        Index("uq_access_entitlements_live_name", "system_id", "name", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )
    system_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_systems.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default="role")
    description: Mapped[str | None] = mapped_column(Text)
    # a request for it waits for the system owner's approval
    approval_required: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[datetime | None] = mapped_column()


class AccessGrant(Record):
    """Person P holds entitlement E since ..., granted by request R (None: imported or found),
    until ... (None: no expiry). Revoked grants stay, stamped."""

    __tablename__ = "access_grants"
    __table_args__ = (
        # one live grant per person and entitlement: a duplicate is refused even in a race
        Index("uq_access_grants_live", "person_id", "entitlement_id", unique=True,
              sqlite_where=text("revoked_at IS NULL AND deleted_at IS NULL"),
              postgresql_where=text("revoked_at IS NULL AND deleted_at IS NULL")),
        Index("ix_access_grants_expires_at", "expires_at"),
    )
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    entitlement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_entitlements.id"),
                                                      index=True)
    system_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_systems.id"), index=True)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    granted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"))
    # request / import / found
    source: Mapped[str] = mapped_column(String(10), default="request")
    expires_at: Mapped[datetime | None] = mapped_column()
    # the open revocation (an ACC item) that will end it
    revoke_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"))
    revoked_at: Mapped[datetime | None] = mapped_column()
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class AccessGrantEvent(Base):
    """One line of a grant's history (append-only, like a ticket's events)."""

    __tablename__ = "access_grant_events"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    grant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_grants.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # granted / revocation_opened / revoked / confirmed / expiry_changed
    what: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(Text)


class AccessRequest(WorkItem):
    """An access request (ACC-): grant an entitlement, revoke grants, or a leaver's revocation
    of everything (its revocations are child ACC items, one per system owner)."""

    __tablename__ = "access_request_details"
    __mapper_args__ = {"polymorphic_identity": "access_request"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    # grant / revoke / leaver
    action: Mapped[str] = mapped_column(String(10))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    entitlement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("access_entitlements.id"))
    expires_at: Mapped[datetime | None] = mapped_column()
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("access_reviews.id"))
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # the grant this request recorded when it was fulfilled
    grant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("access_grants.id"))


class AccessReview(Record):
    """A periodic review of a system's or a department's grants."""

    __tablename__ = "access_reviews"
    title: Mapped[str] = mapped_column(String(200))
    system_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("access_systems.id"))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()


class AccessReviewItem(Record):
    """One grant in a review, asked of one reviewer; names are copied so the finished review
    reads the same after people, systems or entitlements are renamed."""

    __tablename__ = "access_review_items"
    __table_args__ = (
        Index("ix_access_review_items_reviewer", "reviewer_staff_id", "decision"),
    )
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_reviews.id"), index=True)
    grant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("access_grants.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(120))
    access_label: Mapped[str] = mapped_column(String(250))
    reviewer_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    reviewer_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    reviewer_name: Mapped[str] = mapped_column(String(120))
    # manager / owner
    reviewer_role: Mapped[str] = mapped_column(String(10))
    # pending / confirmed / revoked
    decision: Mapped[str] = mapped_column(String(10), default="pending")
    comment: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    recorded_by_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    revoke_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"))
