"""Change enablement: the change's and the change task's detail tables on the work-item core, and
what the change manager configures around them (standard-change templates, CAB rules per type
and risk, freeze windows, releases), plus the conflicts a change was scheduled over on purpose.

The change's affected CIs are the core's ``ci_id`` and its ``work_item_cis`` (shared with every
kind); its implementer is the core's assignee. The window is indexed (start, end, id): the
conflict finder asks for the windows overlapping one, and a window is at most
:data:`deskapp.domain.kinds.change.MAX_WINDOW` long, so that lookup is one index range whose
ends are checked in the index itself.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, SmallInteger, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record
from deskapp.db.models.work_item import WorkItem

_LIVE = text("deleted_at IS NULL")


class Change(WorkItem):
    __tablename__ = "change_details"
    __mapper_args__ = {"polymorphic_identity": "change"}  # noqa: RUF012
    __table_args__ = (  # type: ignore[assignment]
        # the conflict finder's window lookup: a range of starts, the ends checked in the
        # index, only the overlapping windows' rows read
        Index("ix_change_details_window", "planned_start", "planned_end", "work_item_id"),
    )

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    change_type: Mapped[str] = mapped_column(String(12))
    template_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("change_templates.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    implementation_plan: Mapped[str | None] = mapped_column(Text)
    backout_plan: Mapped[str | None] = mapped_column(Text)
    test_plan: Mapped[str | None] = mapped_column(Text)
    planned_start: Mapped[datetime | None] = mapped_column()
    planned_end: Mapped[datetime | None] = mapped_column()
    # deskapp.domain.change_risk: question key -> answer key; the score and level it gave
    risk_answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    risk_score: Mapped[int | None] = mapped_column(SmallInteger)
    risk_level: Mapped[str | None] = mapped_column(String(10))
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    release_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("releases.id"), index=True)
    actual_start: Mapped[datetime | None] = mapped_column()
    actual_end: Mapped[datetime | None] = mapped_column()
    # the post-implementation review (deskapp.domain.kinds.change.Outcome) and its lessons
    review_outcome: Mapped[str | None] = mapped_column(String(24))
    review_notes: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None] = mapped_column()


class ChangeTask(WorkItem):
    __tablename__ = "change_task_details"
    __mapper_args__ = {"polymorphic_identity": "change_task"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # order within its change (1, 2, ...)
    position: Mapped[int] = mapped_column(SmallInteger, default=1)


class ChangeTemplate(Record):
    """A pre-approved standard change: its plans are the change's and cannot be edited there."""

    __tablename__ = "change_templates"
    __table_args__ = (
        Index("uq_change_templates_live_name", "name", unique=True, sqlite_where=_LIVE,
              postgresql_where=_LIVE),
    )
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"))
    implementation_plan: Mapped[str] = mapped_column(Text)
    backout_plan: Mapped[str] = mapped_column(Text)
    test_plan: Mapped[str] = mapped_column(Text)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    retired_at: Mapped[datetime | None] = mapped_column()


class ChangeApprovalRule(Record):
    """Who authorises a change of a type and risk level (None: any level without its own rule):
    an :class:`deskapp.domain.approvals.ApprovalRule` (the CAB, the emergency CAB)."""

    __tablename__ = "change_approval_rules"
    __table_args__ = (
        Index("uq_change_approval_rules_live", "change_type", "risk_level", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )
    change_type: Mapped[str] = mapped_column(String(12))
    risk_level: Mapped[str | None] = mapped_column(String(10))
    rule: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class FreezeWindow(Record):
    """A period no change may be made in (blackout): desk-wide, or for one service."""

    __tablename__ = "freeze_windows"
    __table_args__ = (Index("ix_freeze_windows_starts_at", "starts_at"),)
    name: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class Release(Record):
    """Changes shipped together, with a target window and a status."""

    __tablename__ = "releases"
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    target_start: Mapped[datetime | None] = mapped_column()
    target_end: Mapped[datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="planned")


class ChangeConflictAcceptance(Record):
    """A conflict the change manager accepted for a change, with the justification.
    ``conflict_key`` names what it collides with ("change:<id>", "implementer:<id>",
    "freeze:<id>"), so moving the window keeps an acceptance for the same collision."""

    __tablename__ = "change_conflict_acceptances"
    __table_args__ = (
        Index("uq_change_conflict_acceptances_live", "work_item_id", "conflict_key",
              unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
    )
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    conflict_key: Mapped[str] = mapped_column(String(60))
    justification: Mapped[str] = mapped_column(Text)
    accepted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
