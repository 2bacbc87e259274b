"""The service catalogue (Service Design): what callers may order, under a catalogue service.

An offering carries its request form, its approval rule (the shared engine's rule, empty for
none), its fulfilment plan and the SLA its requests are measured by, each as the domain's JSON
(:mod:`deskapp.domain.request_form`, :mod:`deskapp.domain.approvals`,
:mod:`deskapp.domain.fulfilment`). A retired offering stays (its requests point at it) and can no
longer be ordered.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class CatalogueOffering(Record):
    __tablename__ = "catalogue_offerings"
    __table_args__ = (
        Index("uq_catalogue_offerings_live_name", "name", unique=True,
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    # who may order: everyone (both empty), or callers of an organisation / a department
    audience_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"))
    audience_department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"))
    form: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # ApprovalRule.to_json(); [] asks no approval
    approval: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    plan: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # the request's target time: an SLA definition (its resolution target) on the SLA engine
    sla_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_definitions.id"))
    # the team that owns the request itself (its tasks go to the plan's teams)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    retired_at: Mapped[datetime | None] = mapped_column()
    # an access offering: a request raised from it asks for this entitlement (an ACC- item);
    # no foreign key (adding one would make SQLite rebuild the table), checked by the service
    entitlement_id: Mapped[uuid.UUID | None] = mapped_column()
