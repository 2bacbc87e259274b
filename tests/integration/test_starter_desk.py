"""First run "start empty": the starter desk is complete, idempotent and usable at once."""

from __future__ import annotations

from sqlalchemy import func, select

from deskapp.db.models import BusinessCalendar, CalendarHours, SlaDefinition, Team, TeamMember
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.setup import seed_starter_desk
from deskapp.services.staff import ensure_staff


def count(db: Database, model: type) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_starter_desk_is_ready_for_the_first_ticket(database: Database) -> None:
    actor = ensure_staff(database.uow, "first.user", "First User")
    assert seed_starter_desk(database.uow, actor, "Europe/Paris") is True
    with database.uow(read_only=True) as uow:
        s = uow.session
        team = s.scalars(select(Team).where(Team.name == "Service Desk")).one()
        team_id = team.id
        member = s.get(TeamMember, (team_id, actor.staff_id))
        assert member is not None and member.is_lead
        office = s.scalars(select(BusinessCalendar).where(
            BusinessCalendar.name == "Office hours")).one()
        assert office.timezone == "Europe/Paris"
        hours = s.scalars(select(CalendarHours).where(
            CalendarHours.calendar_id == office.id)).all()
        assert sorted(h.weekday for h in hours) == [0, 1, 2, 3, 4]
        sla = s.scalars(select(SlaDefinition)).one()
        assert sla.is_default and sla.pause_statuses == ["pending"]

    services = Services.build(database.uow, actor)
    created = services.incidents.create({"title": "Printer jammed", "impact": 3, "urgency": 3})
    assigned = services.incidents.assign(created.id, created.version, team_id, actor.staff_id)
    assert assigned.sla is not None and assigned.sla.sla_name == "Standard"


def test_starter_desk_runs_twice_without_duplicates(database: Database) -> None:
    actor = ensure_staff(database.uow, "again.user", "Again User")
    seed_starter_desk(database.uow, actor, "Not/AZone")  # unknown zone falls back to UTC
    before = [count(database, m) for m in (Team, BusinessCalendar, SlaDefinition, TeamMember)]
    assert seed_starter_desk(database.uow, actor, "UTC") is False
    after = [count(database, m) for m in (Team, BusinessCalendar, SlaDefinition, TeamMember)]
    assert before == after
    with database.uow(read_only=True) as uow:
        zone = uow.session.scalars(select(BusinessCalendar.timezone).where(
            BusinessCalendar.name == "Office hours")).one()
    assert zone == "UTC"


def test_starter_desk_after_sample_data_adds_no_second_calendars(database: Database) -> None:
    """First run "start with sample data": the demo brings its calendars and SLAs; the starter
    step only makes the person a member of the desk team."""
    from deskapp.db import demo

    actor = ensure_staff(database.uow, "sample.user", "Sample User")
    demo.generate(database.engine, 20, seed=7, parallel=False)
    before = [count(database, m) for m in (Team, BusinessCalendar, SlaDefinition)]
    seed_starter_desk(database.uow, actor, "Europe/Paris")
    assert [count(database, m) for m in (Team, BusinessCalendar, SlaDefinition)] == before
    with database.uow(read_only=True) as uow:
        s = uow.session
        names = sorted(s.scalars(select(BusinessCalendar.name)))
        assert names == [demo.CALENDAR_24X7, demo.CALENDAR_OFFICE]
        team = s.scalars(select(Team).where(Team.name == "Service Desk")).one()
        assert s.get(TeamMember, (team.id, actor.staff_id)) is not None
