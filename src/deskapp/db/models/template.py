"""Templates (issue 21, part 3): incident templates that pre-fill a new incident and canned
responses inserted into a comment or work note. The rules (placeholders, who sees which) are in
:mod:`deskapp.domain.templates`."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class WorkTemplate(Record):
    """One template. ``owner_id`` set: personal (its owner's alone); None: shared, with
    ``team_id``'s members or (None) everyone. ``fields`` holds what an incident template
    pre-fills besides title and description (category, service_id, impact, urgency,
    assign_team_id); a canned response keeps it empty."""

    __tablename__ = "work_templates"
    __table_args__ = (Index("ix_work_templates_kind_name", "kind", "name"),)

    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
