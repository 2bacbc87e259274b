"""Reference data for tests, written through the ORM in one unit of work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from deskapp.db.models import (
    BusinessCalendar,
    CalendarHours,
    ConfigurationItem,
    Person,
    Service,
    SlaDefinition,
    SlaTarget,
    StaffUser,
    Team,
    TeamMember,
)
from deskapp.runtime import Database


@dataclass(frozen=True)
class Desk:
    team_id: uuid.UUID
    other_team_id: uuid.UUID
    member_id: uuid.UUID
    outsider_id: uuid.UUID
    caller_id: uuid.UUID
    service_id: uuid.UUID
    ci_id: uuid.UUID
    sla_id: uuid.UUID


def make_desk(db: Database, *, actor_id: uuid.UUID | None = None,
              calendar: str = "24x7") -> Desk:
    """A small desk: two teams, a member, a caller, a service with a CI and a default SLA."""
    with db.uow() as uow:
        s = uow.session
        team, other = Team(name="Service Desk"), Team(name="Network")
        member = StaffUser(username=f"m{uuid.uuid4().hex[:6]}", full_name="Morgan Member")
        outsider = StaffUser(username=f"o{uuid.uuid4().hex[:6]}", full_name="Olly Outsider")
        caller = Person(full_name="Casey Caller", email="casey@example.com")
        s.add_all([team, other, member, outsider, caller])
        s.flush()
        s.add(TeamMember(team_id=team.id, staff_id=member.id))
        s.add(TeamMember(team_id=other.id, staff_id=outsider.id))
        if actor_id is not None:
            s.add(TeamMember(team_id=team.id, staff_id=actor_id))
        cal = BusinessCalendar(name=f"cal-{calendar}", timezone="UTC"
                               if calendar == "24x7" else "Europe/London")
        s.add(cal)
        s.flush()
        if calendar == "24x7":
            s.add_all(CalendarHours(calendar_id=cal.id, weekday=d, start_minute=0,
                                    end_minute=1440) for d in range(7))
        else:
            s.add_all(CalendarHours(calendar_id=cal.id, weekday=d, start_minute=9 * 60,
                                    end_minute=17 * 60) for d in range(5))
        sla = SlaDefinition(name="Standard", calendar_id=cal.id, pause_statuses=["pending"],
                            is_default=True)
        s.add(sla)
        s.flush()
        s.add_all(SlaTarget(sla_id=sla.id, priority=p, response_minutes=30 * p,
                            resolution_minutes=240 * p) for p in range(1, 6))
        service = Service(name="Email", portfolio_status="catalogue", criticality="high")
        s.add(service)
        s.flush()
        ci = ConfigurationItem(name="mail-01", ci_type="server", service_id=service.id)
        s.add(ci)
        uow.commit()
        return Desk(team.id, other.id, member.id, outsider.id, caller.id, service.id, ci.id,
                    sla.id)
