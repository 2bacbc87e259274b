"""A new local desk: what a person needs to log the first ticket (first-run "start empty").

Creates, only where missing: the "Service Desk" team with the person as its lead, an office-hours
calendar in the person's time zone and a 24x7 calendar (only on a desk with no calendar at all:
sample data brings its own, and a second "Office hours" beside them is a trap), and a default
"Standard" SLA (only when the desk has no SLA). Running it again changes nothing.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from deskapp.db.models import (
    BusinessCalendar,
    CalendarHours,
    SlaDefinition,
    SlaTarget,
    Team,
    TeamMember,
)
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Actor

TEAM = "Service Desk"
OFFICE = "Office hours"
ALWAYS = "24x7"
STANDARD = "Standard"


def seed_starter_desk(uow_factory: UnitOfWorkFactory, actor: Actor, timezone: str) -> bool:
    """Create the starter records that are missing; return True when anything was added."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        timezone = "UTC"
    added = False
    with uow_factory() as uow:
        s = uow.session
        team = s.scalars(select(Team).where(Team.name == TEAM)).first()
        if team is None:
            team = Team(name=TEAM, description="First line: every new ticket lands here")
            s.add(team)
            s.flush()
            added = True
        if s.get(TeamMember, (team.id, actor.staff_id)) is None:
            s.add(TeamMember(team_id=team.id, staff_id=actor.staff_id, is_lead=True))
            added = True
        calendars = {c.name: c for c in s.scalars(
            select(BusinessCalendar).order_by(BusinessCalendar.name))}
        wanted = () if calendars else ((OFFICE, timezone, range(5), 8 * 60, 18 * 60),
                                       (ALWAYS, "UTC", range(7), 0, 1440))
        for name, zone, days, start, end in wanted:
            if name not in calendars:
                calendar = BusinessCalendar(name=name, timezone=zone)
                s.add(calendar)
                s.flush()
                s.add_all(CalendarHours(calendar_id=calendar.id, weekday=d, start_minute=start,
                                        end_minute=end) for d in days)
                calendars[name] = calendar
                added = True
        has_sla = s.scalar(select(func.count()).select_from(SlaDefinition)
                           .where(SlaDefinition.deleted_at.is_(None)))
        if not has_sla:
            from deskapp.db.demo import STANDARD_TARGETS  # the demo module is large: on demand

            office = calendars.get(OFFICE) or next(iter(calendars.values()))
            sla = SlaDefinition(name=STANDARD, calendar_id=office.id,
                                pause_statuses=["pending"], is_default=True)
            s.add(sla)
            s.flush()
            s.add_all(SlaTarget(sla_id=sla.id, priority=p, response_minutes=r,
                                resolution_minutes=t) for p, (r, t) in STANDARD_TARGETS.items())
            added = True
        uow.commit()
    return added
