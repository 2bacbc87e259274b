"""Strategy's demand and cost and Design's availability per service, on SQLite and
PostgreSQL, against the hand-built desk of ``test_kpi_cli`` plus time entries, a team rate,
an availability target and two overlapping major incidents (worked out in the comments)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from deskapp.db.models import Incident, Service, StaffUser, Team, TimeEntry, WorkItem
from deskapp.domain.kpi import Period
from deskapp.runtime import Database
from deskapp.services.kpi import KpiService
from deskapp.services.service_numbers import ServiceNumbersService
from tests.integration.test_kpi_cli import at, build_desk

WEEK = Period.between_dates(date(2025, 3, 1), date(2025, 3, 7), UTC)


@pytest.fixture
def desk(database: Database) -> Database:
    build_desk(database)
    with database.uow() as uow:
        s = uow.session
        staff = s.scalars(select(StaffUser.id).where(StaffUser.full_name == "Morgan Member")).one()
        s.scalars(select(Team).where(Team.name == "Service Desk")).one().hourly_rate = \
            Decimal("60.00")
        email = s.scalars(select(Service)).one()
        email.availability_target = 99.0
        number = {n: i for n, i in s.execute(select(WorkItem.number, WorkItem.id))}
        for item, minutes, day in (("X-000002", 30, 2), ("X-000003", 90, 5),  # A, C: Email
                                   ("X-000001", 60, 3),  # B: Network (no rate), no service
                                   ("X-000002", 45, 9)):  # after the week
            s.add(TimeEntry(work_item_id=number[item], staff_id=staff, worked_at=at(3, day, 9),
                            minutes=minutes))
        for n, (opened, resolved) in enumerate(((at(3, 2, 10), at(3, 2, 12)),
                                                (at(3, 2, 11), at(3, 2, 13)))):
            s.add(Incident(id=uuid.uuid4(), number=f"M-{n}", title="mail down", impact=1,
                           urgency=1, priority=1, status="resolved", status_category="done",
                           opened_at=opened, resolved_at=resolved, created_at=opened,
                           updated_at=opened, service_id=email.id, is_major=True))
        uow.commit()
    return database


def numbers(db: Database) -> ServiceNumbersService:
    return ServiceNumbersService(db.uow, KpiService(db.uow))


def test_cost_per_service_and_ticket(desk: Database) -> None:
    by_name = {d.name: d for d in numbers(desk).demand(WEEK, UTC)}
    email = by_name["Email"]
    assert (email.minutes, email.cost, email.tickets_worked) == (120, 120.0, 2)  # 2 h at 60
    assert email.cost_per_ticket == 60.0
    assert email.unrated_minutes == 0
    none = by_name["(no service)"]
    assert (none.minutes, none.cost, none.unrated_minutes) == (60, 0.0, 60)  # never "free"
    # demand: A C and the two majors opened on Email in the week (tasks are not demand)
    assert email.total == 4
    assert sum(email.weekly) == 4


def test_availability_against_the_target(desk: Database) -> None:
    (email,) = numbers(desk).availability(WEEK, datetime(2025, 4, 1, tzinfo=UTC))
    assert (email.majors, email.outage_minutes) == (2, 180.0)  # 10:00-13:00, overlap once
    assert email.period_minutes == 7 * 1440
    assert email.availability == pytest.approx(100 * (1 - 180 / 10080))
    assert email.met is False  # 98.2 % < 99 %
