"""Organisations, departments, callers, staff, roles and teams (assignment groups)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record


class Organisation(Record):
    __tablename__ = "organisations"
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Department(Record):
    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))


class Person(Record):
    """A caller: someone the desk serves."""

    __tablename__ = "people"
    full_name: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    # The caller's manager: another caller, not a staff member. Managers are people the desk
    # serves (most have no DeskApp login); one who is also staff is matched by e-mail when an
    # approval asks them, so they decide in My approvals.
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    #: the language the desk writes to them in ("en", "de"); None: the desk's language
    language: Mapped[str | None] = mapped_column(String(5))
    # the day they leave (a leaver request sets it): no access may be granted from then on
    left_at: Mapped[datetime | None] = mapped_column()


class StaffUser(Record):
    """A desk agent, technician, supervisor... ``username`` is the database login when shared."""

    __tablename__ = "staff_users"
    username: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffRole(Base):
    __tablename__ = "staff_roles"
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), primary_key=True)


class Team(Record):
    __tablename__ = "teams"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str | None] = mapped_column(String(400))
    email: Mapped[str | None] = mapped_column(String(254))
    #: cost of an hour of the team's work (Strategy's cost per service and per ticket)
    hourly_rate: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))


class TeamMember(Base):
    __tablename__ = "team_members"
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff_users.id"), primary_key=True, index=True
    )
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
