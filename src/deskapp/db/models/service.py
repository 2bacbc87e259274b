"""The service portfolio and configuration items."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class Service(Record):
    __tablename__ = "services"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    portfolio_status: Mapped[str] = mapped_column(String(20), default="catalogue")
    business_owner: Mapped[str | None] = mapped_column(String(120))
    owner_team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    criticality: Mapped[str] = mapped_column(String(20), default="medium")
    annual_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    annual_cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    sla_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_definitions.id"))
    #: availability the service should reach, in % of the time (Service Design), e.g. 99.5
    availability_target: Mapped[float | None] = mapped_column(Float)


class ConfigurationItem(Record):
    __tablename__ = "config_items"
    name: Mapped[str] = mapped_column(String(120), index=True)
    ci_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="in_use")
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    serial_number: Mapped[str | None] = mapped_column(String(80))
    location: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    # values of the attributes its type defines (deskapp.domain.cmdb.attribute_values): key ->
    # text, integer, decimal as text, boolean or ISO date
    attributes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
