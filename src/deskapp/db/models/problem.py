"""A problem's own columns (``problem_details``), keyed by its work item's id.

The problem statement is the core's description (searchable with every kind), the impacted
service and CI the core's service and CI columns; what only a problem has is its diagnosis:
root cause and its category, the workaround agents apply on incidents meanwhile, the permanent
fix, and when it became a known error.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.models.work_item import WorkItem


class Problem(WorkItem):
    __tablename__ = "problem_details"
    __mapper_args__ = {"polymorphic_identity": "problem"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    root_cause: Mapped[str | None] = mapped_column(Text)
    root_cause_category: Mapped[str | None] = mapped_column(String(40))
    workaround: Mapped[str | None] = mapped_column(Text)
    permanent_fix: Mapped[str | None] = mapped_column(Text)
    #: when it last became a known error (None: it is not one, or never was)
    known_error_at: Mapped[datetime | None] = mapped_column()
