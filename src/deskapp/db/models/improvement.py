"""The CSI register: improvement initiatives and the work items (problems, changes...) that
serve them. An initiative aims one declared KPI (:mod:`deskapp.domain.kpi_catalogue`) at a
scope (e.g. MTTR of P2 on the Network team); its baseline is measured when it is created and
kept, its progress is measured live."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class ImprovementInitiative(Record):
    __tablename__ = "improvement_initiatives"

    title: Mapped[str] = mapped_column(String(200))
    #: why the desk wants it (the problem it answers)
    reason: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"),
                                                       index=True)
    #: a KPI's name in the catalogue, and the scope it is measured over (Scope.as_dict)
    kpi: Mapped[str] = mapped_column(String(40))
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: the KPI over the baseline period, measured once when the initiative was registered
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_count: Mapped[int] = mapped_column(Integer, default=0)
    baseline_start: Mapped[datetime] = mapped_column()
    baseline_end: Mapped[datetime] = mapped_column()
    target: Mapped[float] = mapped_column(Float)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="proposed")
    notes: Mapped[str | None] = mapped_column(Text)


class ImprovementLink(Record):
    """A work item that serves an initiative (a problem, a change...). A removed link is a
    tombstone; one live link joins an initiative and an item."""

    __tablename__ = "improvement_links"
    __table_args__ = (
        Index("uq_improvement_links_live", "initiative_id", "work_item_id", unique=True,
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("improvement_initiatives.id"),
                                                     index=True)
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
