"""KpiService on SQLite and PostgreSQL, checked against incidents with known timestamps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from deskapp.db.models import Incident
from deskapp.domain.kpi import Period
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.kpi import BacklogRow
from tests.support.factories import make_desk


def at(day: int, hour: int = 0, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


MARCH_WEEK = Period(at(1), at(8))


def add_incidents(db: Database, actor: Actor) -> None:
    """Incidents around the week of 1-8 March 2025 (see each comment for what it tests)."""
    desk = make_desk(db)
    n = 0

    def inc(priority: int, status: str, opened: datetime, *, responded: datetime | None = None,
            resolved: datetime | None = None, sla: bool = True, resp_min: float | None = None,
            res_min: float | None = None, resp_breached: bool = False,
            res_breached: bool = False, assigned: bool = True,
            deleted: bool = False) -> Incident:
        nonlocal n
        n += 1
        return Incident(
            id=uuid.uuid4(), number=f"INC-{n:06d}", title=f"case {n}", impact=1, urgency=1,
            priority=priority, status=status, opened_at=opened, created_at=opened,
            updated_at=opened, responded_at=responded, resolved_at=resolved,
            sla_id=desk.sla_id if sla else None, response_elapsed_min=resp_min,
            resolution_elapsed_min=res_min, response_breached=resp_breached,
            resolution_breached=res_breached,
            assignee_id=actor.staff_id if assigned else None,
            deleted_at=opened if deleted else None)

    rows = [
        # A: responded after 20 min, resolved after 2 h, all within target.
        inc(2, "resolved", at(2, 10), responded=at(2, 10, 20), resolved=at(2, 12),
            resp_min=20, res_min=120),
        # B: both targets breached; 60 min to respond (45 business), a day to resolve.
        inc(1, "closed", at(3, 9), responded=at(3, 10), resolved=at(4, 9), resp_min=45,
            res_min=480, resp_breached=True, res_breached=True),
        # C: still open, responded in 10 min; its resolution is already breached.
        inc(3, "in_progress", at(5, 8), responded=at(5, 8, 10), resp_min=10, res_breached=True),
        # D: opened (and responded) before the period, resolved in it, resolution breached.
        inc(4, "resolved", at(20, 0, month=2), responded=at(20, 0, 30, month=2),
            resolved=at(1, 6), resp_min=30, res_min=600, res_breached=True),
        # E: new, unassigned, no SLA.
        inc(1, "new", at(6, 12), sla=False, assigned=False),
        # F: opened exactly at the end of the period: not in it (half-open), but in the backlog.
        inc(2, "new", at(8), assigned=False),
        # G: all of it long before the period.
        inc(5, "closed", at(1, month=2), responded=at(1, 1, month=2), resolved=at(2, month=2),
            resp_min=60, res_min=1440),
        # H: resolved at first contact without a separate response (stops the response clock).
        inc(3, "resolved", at(7, 10), resolved=at(7, 10, 5), resp_min=5, res_min=5),
        # I: deleted: counted nowhere.
        inc(1, "new", at(4, 9), deleted=True, assigned=False),
    ]
    with db.uow() as uow:
        uow.session.add_all(rows)
        uow.commit()


@pytest.fixture
def seeded(database: Database, actor: Actor, services: Services) -> Services:
    add_incidents(database, actor)
    return services


def test_kpis_for_a_known_week(seeded: Services) -> None:
    r = seeded.kpi.report(MARCH_WEEK)
    assert r.period == MARCH_WEEK
    assert (r.created, r.resolved, r.responded) == (5, 4, 3)  # A B C E H / A B D H / A B C
    assert r.mtta_minutes == pytest.approx((20 + 60 + 10) / 3, abs=1e-3)
    assert r.mtta_business_minutes == pytest.approx((20 + 45 + 10) / 3, abs=1e-6)
    d_minutes = (at(1, 6) - at(20, month=2)).total_seconds() / 60
    assert r.mttr_minutes == pytest.approx((120 + 1440 + d_minutes + 5) / 4, abs=1e-3)
    assert r.mttr_business_minutes == pytest.approx((120 + 480 + 600 + 5) / 4, abs=1e-6)
    # response clocks stopped in the week under an SLA: A, B (breached), C, H
    assert (r.response_measured, r.response_met) == (4, 3)
    assert r.response_compliance == pytest.approx(75.0)
    # resolution clocks stopped in the week: A, B (breached), D (breached), H
    assert (r.resolution_measured, r.resolution_met) == (4, 2)
    assert r.resolution_compliance == pytest.approx(50.0)
    assert r.backlog == (
        BacklogRow(1, 1, 0, 1),  # E
        BacklogRow(2, 1, 0, 1),  # F
        BacklogRow(3, 1, 1, 0),  # C, breached
        BacklogRow(4, 0, 0, 0),
        BacklogRow(5, 0, 0, 0),
    )
    assert r.backlog_total == 3


def test_a_different_period_gives_different_numbers(seeded: Services) -> None:
    february = seeded.kpi.report(Period(at(1, month=2), at(1)))
    assert (february.created, february.resolved, february.responded) == (2, 1, 2)  # D G / G / D G
    assert february.mtta_minutes == pytest.approx((30 + 60) / 2, abs=1e-3)
    assert february.mttr_minutes == pytest.approx(1440, abs=1e-3)
    assert february.resolution_compliance == pytest.approx(100.0)
    # The backlog is "now", whatever the period.
    assert february.backlog_total == 3


def test_empty_period_has_no_means_and_no_compliance(seeded: Services) -> None:
    r = seeded.kpi.report(Period(at(1, month=6), at(1, month=6) + timedelta(days=7)))
    assert (r.created, r.resolved, r.responded) == (0, 0, 0)
    assert r.mtta_minutes is None and r.mttr_minutes is None
    assert r.response_compliance is None and r.resolution_compliance is None


def test_one_microsecond_inside_the_boundary_counts(seeded: Services) -> None:
    r = seeded.kpi.report(Period(at(1), at(8) + timedelta(microseconds=1)))
    assert r.created == 6  # F, opened at exactly 8 March 00:00, is now inside
