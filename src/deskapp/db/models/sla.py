"""Business-hours calendars and SLA definitions (targets in business minutes per priority)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record
from deskapp.domain.ids import new_id


class BusinessCalendar(Record):
    __tablename__ = "business_calendars"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")


class CalendarHours(Base):
    """A working interval on a weekday (0 = Monday), minutes from local midnight, end exclusive."""

    __tablename__ = "calendar_hours"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    calendar_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("business_calendars.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(SmallInteger)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)


class Holiday(Base):
    __tablename__ = "calendar_holidays"
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    calendar_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("business_calendars.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(80), default="")


class SlaDefinition(Record):
    __tablename__ = "sla_definitions"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    calendar_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business_calendars.id"))
    pause_statuses: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["pending"])
    # pending reasons that stop the clock in a pause status (None: every reason does)
    pause_reasons: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaTarget(Base):
    __tablename__ = "sla_targets"
    sla_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sla_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    priority: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
