"""Reference aggregates the desk picks from: people, staff and teams, services and CIs, SLAs,
settings. Small read-mostly repositories kept in one module."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    AppSetting,
    BusinessCalendar,
    CalendarHours,
    ConfigurationItem,
    Holiday,
    Person,
    Service,
    SlaDefinition,
    SlaTarget,
    StaffRole,
    StaffUser,
    Team,
    TeamMember,
)


class PeopleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, person_id: uuid.UUID) -> Person | None:
        return self.session.get(Person, person_id)

    def search(self, text: str, limit: int = 20) -> Sequence[Person]:
        """Callers whose name or email starts with ``text`` (for completion)."""
        prefix = f"{text.strip().lower()}%"
        return self.session.scalars(
            select(Person)
            .where(
                Person.deleted_at.is_(None),
                or_(func.lower(Person.full_name).like(prefix),
                    func.lower(Person.email).like(prefix)),
            )
            .order_by(Person.full_name)
            .limit(limit)
        ).all()

    def add(self, person: Person) -> None:
        self.session.add(person)


class StaffRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, staff_id: uuid.UUID) -> StaffUser | None:
        return self.session.get(StaffUser, staff_id)

    def by_username(self, username: str) -> StaffUser | None:
        return self.session.scalar(select(StaffUser).where(StaffUser.username == username))

    def roles(self, staff_id: uuid.UUID) -> list[str]:
        return list(self.session.scalars(
            select(StaffRole.role).where(StaffRole.staff_id == staff_id).order_by(StaffRole.role)
        ))

    def add(self, staff: StaffUser, roles: Sequence[str] = ()) -> None:
        self.session.add(staff)
        self.session.flush()
        for role in roles:
            self.session.add(StaffRole(staff_id=staff.id, role=role))

    def active(self) -> Sequence[StaffUser]:
        return self.session.scalars(
            select(StaffUser).where(StaffUser.active.is_(True), StaffUser.deleted_at.is_(None))
            .order_by(StaffUser.full_name)
        ).all()

    def team(self, team_id: uuid.UUID) -> Team | None:
        return self.session.get(Team, team_id)

    def teams(self) -> Sequence[Team]:
        return self.session.scalars(
            select(Team).where(Team.deleted_at.is_(None)).order_by(Team.name)
        ).all()

    def teams_of(self, staff_id: uuid.UUID) -> Sequence[Team]:
        return self.session.scalars(
            select(Team).join(TeamMember, TeamMember.team_id == Team.id)
            .where(TeamMember.staff_id == staff_id, Team.deleted_at.is_(None)).order_by(Team.name)
        ).all()

    def members(self, team_id: uuid.UUID) -> Sequence[StaffUser]:
        return self.session.scalars(
            select(StaffUser).join(TeamMember, TeamMember.staff_id == StaffUser.id)
            .where(TeamMember.team_id == team_id, StaffUser.active.is_(True))
            .order_by(StaffUser.full_name)
        ).all()

    def is_member(self, team_id: uuid.UUID, staff_id: uuid.UUID) -> bool:
        return self.session.get(TeamMember, (team_id, staff_id)) is not None


class CatalogRepository:
    """Services and configuration items."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def service(self, service_id: uuid.UUID) -> Service | None:
        return self.session.get(Service, service_id)

    def services(self) -> Sequence[Service]:
        return self.session.scalars(
            select(Service).where(Service.deleted_at.is_(None)).order_by(Service.name)
        ).all()

    def ci(self, ci_id: uuid.UUID) -> ConfigurationItem | None:
        return self.session.get(ConfigurationItem, ci_id)

    def cis(self, service_id: uuid.UUID | None = None) -> Sequence[ConfigurationItem]:
        stmt = select(ConfigurationItem).where(ConfigurationItem.deleted_at.is_(None))
        if service_id is not None:
            stmt = stmt.where(ConfigurationItem.service_id == service_id)
        return self.session.scalars(stmt.order_by(ConfigurationItem.name)).all()


class SlaRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def definition(self, sla_id: uuid.UUID) -> SlaDefinition | None:
        return self.session.get(SlaDefinition, sla_id)

    def default_definition(self) -> SlaDefinition | None:
        return self.session.scalar(
            select(SlaDefinition).where(SlaDefinition.is_default.is_(True),
                                        SlaDefinition.deleted_at.is_(None))
        )

    def definitions(self) -> Sequence[SlaDefinition]:
        return self.session.scalars(
            select(SlaDefinition).where(SlaDefinition.deleted_at.is_(None))
            .order_by(SlaDefinition.name)
        ).all()

    def target(self, sla_id: uuid.UUID, priority: int) -> SlaTarget | None:
        return self.session.get(SlaTarget, (sla_id, priority))

    def targets(self, sla_id: uuid.UUID) -> Sequence[SlaTarget]:
        return self.session.scalars(
            select(SlaTarget).where(SlaTarget.sla_id == sla_id).order_by(SlaTarget.priority)
        ).all()

    def calendar(self, calendar_id: uuid.UUID) -> BusinessCalendar | None:
        return self.session.get(BusinessCalendar, calendar_id)

    def calendars(self) -> Sequence[BusinessCalendar]:
        return self.session.scalars(
            select(BusinessCalendar).where(BusinessCalendar.deleted_at.is_(None))
            .order_by(BusinessCalendar.name)
        ).all()

    def hours(self, calendar_id: uuid.UUID) -> Sequence[CalendarHours]:
        return self.session.scalars(
            select(CalendarHours).where(CalendarHours.calendar_id == calendar_id)
            .order_by(CalendarHours.weekday, CalendarHours.start_minute)
        ).all()

    def holidays(self, calendar_id: uuid.UUID) -> Sequence[Holiday]:
        return self.session.scalars(
            select(Holiday).where(Holiday.calendar_id == calendar_id).order_by(Holiday.day)
        ).all()


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.session.scalar(select(AppSetting).where(AppSetting.key == key))
        return None if row is None else dict(row.value)

    def put(self, key: str, value: dict[str, Any]) -> None:
        row = self.session.scalar(select(AppSetting).where(AppSetting.key == key))
        if row is None:
            self.session.add(AppSetting(key=key, value=value))
        else:
            row.value = value
