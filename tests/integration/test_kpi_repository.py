"""The KPI statements' building blocks on SQLite and PostgreSQL, against plain Python: the
bucket of a timestamp (a binary search written as nested CASE) and a period's figures counted
from the flags of each row's conditions."""

from __future__ import annotations

import bisect
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import literal, select

from deskapp.db.base import UtcDateTime
from deskapp.db.models import Incident
from deskapp.domain.kpi import Period
from deskapp.repositories.kpi import KpiRepository
from deskapp.runtime import Database
from deskapp.services.kpi import KpiService
from tests.support.factories import make_desk

T0 = datetime(2025, 3, 2, 23, 0, tzinfo=UTC)


def test_bucket_is_the_index_of_the_edge_interval(database: Database) -> None:
    """-1 before the first edge, i for [edges[i], edges[i+1]), n from the last edge and for
    NULL, for every number of edges from 2 to 17 and on, between and next to each edge."""
    for count in range(2, 18):
        edges = [T0 + timedelta(days=7 * i) for i in range(count)]
        probes: list[datetime | None] = [None]
        for e in edges:
            probes += [e - timedelta(microseconds=1), e, e + timedelta(hours=1)]
        with database.uow(read_only=True) as uow:
            got = [uow.session.execute(select(KpiRepository._bucket(
                literal(p, UtcDateTime()), edges))).scalar_one() for p in probes]
        want = [count - 1 if p is None else bisect.bisect_right(edges, p) - 1 for p in probes]
        assert got == want, count


def test_a_periods_figures_add_up_the_rows_conditions(database: Database) -> None:
    """Items whose conditions overlap in every way (in the period or not, SLA or not, met or
    breached, reopened or not, responded or not) give the figures a plain count gives."""
    desk = make_desk(database)
    period = Period(T0, T0 + timedelta(days=7))
    rows = []
    for n in range(64):
        opened = T0 + timedelta(hours=5 * n - 60)  # some before the period, some after
        resolved = opened + timedelta(minutes=1 + 30 * (n % 5)) if n % 3 else None
        responded = opened + timedelta(minutes=5 + n % 7) if n % 4 else None
        rows.append(dict(
            opened_at=opened, resolved_at=resolved, responded_at=responded,
            sla_id=desk.sla_id if n % 2 else None, response_breached=bool(n % 5 == 1),
            resolution_breached=bool(n % 6 == 1), reopen_count=n % 3 == 2 and 1 or 0,
            resolution_elapsed_min=float(n) if resolved and n % 2 else None,
            response_elapsed_min=float(n % 7) if responded and n % 2 else None))
    with database.uow() as uow:
        uow.session.add_all(Incident(
            id=uuid.uuid4(), number=f"INC-{i:06d}", title="x", impact=1, urgency=1,
            priority=1 + i % 4, status="resolved" if r["resolved_at"] else "new",
            created_at=r["opened_at"], updated_at=r["opened_at"], **r)
            for i, r in enumerate(rows))
        uow.commit()

    def within(t: datetime | None) -> bool:
        return t is not None and period.start <= t < period.end

    resolved = [r for r in rows if within(r["resolved_at"])]
    responded = [r for r in rows if within(r["responded_at"])]
    sla_resolved = [r for r in resolved if r["sla_id"]]
    stops = [r for r in responded if r["sla_id"]] + [
        r for r in sla_resolved if r["responded_at"] is None]
    fcr = [r for r in resolved if not r["reopen_count"]
           and r["resolved_at"] - r["opened_at"] <= timedelta(minutes=60)]
    opened = [r for r in rows if within(r["opened_at"])]
    want = {
        "opened": len(opened), "resolved": len(resolved),
        "mttr_wall": sum((r["resolved_at"] - r["opened_at"]).total_seconds() / 60
                         for r in resolved) / len(resolved),
        "mtta_business": sum(r["response_elapsed_min"] for r in responded
                             if r["response_elapsed_min"] is not None) / len(
            [r for r in responded if r["response_elapsed_min"] is not None]),
        "resolution_sla_met": 100 * len([r for r in sla_resolved
                                         if not r["resolution_breached"]]) / len(sla_resolved),
        "response_sla_met": 100 * len([r for r in stops if not r["response_breached"]])
        / len(stops),
        "reopen_rate": 100 * len([r for r in opened if r["reopen_count"]]) / len(opened),
        "first_contact_resolution": 100 * len(fcr) / len(resolved),
    }
    (group,) = KpiService(database.uow).figures(period, names=tuple(want))
    got = {f.name: f.value for f in group.figures}
    assert min(len(opened), len(resolved), len(responded), len(fcr), len(stops)) >= 3
    assert got == pytest.approx(want)


def test_resolved_exactly_at_the_first_contact_limit_counts_at_any_time_of_day(
        database: Database) -> None:
    """Resolved exactly 60 minutes after being opened is a first-contact resolution (the limit
    is inclusive), whatever the time of day: on SQLite the minutes came from a float of days and
    an hour read 59.9999... or 60.0000... by the clock, so some of these did not count."""
    make_desk(database)
    start = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)
    opened = [start + timedelta(minutes=37 * n, seconds=n % 60, microseconds=1000 * n)
              for n in range(96)]  # spread over the day, odd seconds and milliseconds
    with database.uow() as uow:
        uow.session.add_all(Incident(
            id=uuid.uuid4(), number=f"INC-{i:06d}", title="x", impact=3, urgency=3,
            priority=3, status="resolved", created_at=t, updated_at=t, opened_at=t,
            resolved_at=t + timedelta(minutes=60) + (timedelta(milliseconds=1) if i == 0
                                                     else timedelta(0)),
            reopen_count=0) for i, t in enumerate(opened))
        uow.commit()
    period = Period(start, start + timedelta(days=7))
    (group,) = KpiService(database.uow).figures(
        period, names=("resolved", "first_contact_resolution"))
    got = {f.name: f.value for f in group.figures}
    assert got["resolved"] == 96
    # every one but the first, resolved a millisecond past the hour
    assert got["first_contact_resolution"] == pytest.approx(100 * 95 / 96)
