"""The CMDB beyond the CI itself: CI types with their attribute definitions, typed relations
between CIs (and from services to CIs), and the CIs a work item impacts.

Relations read "source <type> target". The two covering indexes serve the recursive impact walk
in both directions (``deskapp.repositories.cmdb_graph``); a removed relation is a tombstone, and
only one live relation of a type joins the same two ends.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record

_LIVE = text("deleted_at IS NULL")


class CiType(Record):
    """A kind of configuration item and the attributes its CIs carry. ``name`` is what
    ``config_items.ci_type`` holds."""

    __tablename__ = "ci_types"
    name: Mapped[str] = mapped_column(String(40), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    # deskapp.domain.cmdb.AttributeDef.as_json() of each attribute, in form order
    attributes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class CiRelation(Record):
    """A typed, directed relation: CI -> CI, or service -> CI (``source_service_id``)."""

    __tablename__ = "ci_relations"
    __table_args__ = (
        CheckConstraint("(source_ci_id IS NULL) <> (source_service_id IS NULL)",
                        name="one_source"),
        Index("ix_ci_relations_down", "source_ci_id", "relation_type", "target_ci_id",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_ci_relations_up", "target_ci_id", "relation_type", "source_ci_id",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("uq_ci_relations_live", "source_ci_id", "target_ci_id", "relation_type",
              unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("uq_ci_relations_service_live", "source_service_id", "target_ci_id",
              "relation_type", unique=True, sqlite_where=_LIVE, postgresql_where=_LIVE),
    )

    relation_type: Mapped[str] = mapped_column(String(20))
    source_ci_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("config_items.id"))
    source_service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"))
    target_ci_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("config_items.id"))


class WorkItemCi(Record):
    """A CI a work item impacts (several per item; ``work_items.ci_id`` stays its main CI)."""

    __tablename__ = "work_item_cis"
    __table_args__ = (
        Index("uq_work_item_cis_live", "work_item_id", "ci_id", unique=True,
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_work_item_cis_ci", "ci_id", "work_item_id",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )

    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"))
    ci_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("config_items.id"))
