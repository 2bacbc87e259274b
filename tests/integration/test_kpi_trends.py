"""KPI series (weekly, monthly, previous period beside) and drill-down filters, on SQLite and
PostgreSQL, over the hand-built desk of ``test_kpi_cli`` (its comments give each item)."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from deskapp.domain.kpi import Grain, Grouping, Period
from deskapp.domain.kpi_catalogue import Scope
from deskapp.domain.queries import DEFAULT_SORT
from deskapp.runtime import Database
from deskapp.services.kpi import KpiService
from tests.integration.test_kpi_cli import build_desk


@pytest.fixture
def desk(database: Database) -> Database:
    build_desk(database)
    return database


def service(db: Database) -> KpiService:
    return KpiService(db.uow)


def test_weekly_opened_with_the_previous_week(desk: Database) -> None:
    week = Period.between_dates(date(2025, 3, 3), date(2025, 3, 9), UTC)
    series = service(desk).series("opened", week, Grain.WEEK, UTC)
    (line,) = series.lines
    assert [p.bucket.first for p in line.points] == [date(2025, 3, 3)]
    assert [p.value for p in line.points] == [5]  # B C E H F
    assert [p.bucket.first for p in line.previous] == [date(2025, 2, 24)]
    assert [p.value for p in line.previous] == [2]  # J A


def test_monthly_backlog_at_each_month_end(desk: Database) -> None:
    march = Period.between_dates(date(2025, 3, 1), date(2025, 3, 31), UTC)
    (line,) = service(desk).series("backlog", march, Grain.MONTH, UTC).lines
    assert [p.value for p in line.points] == [4]  # at 1 April: C E F K
    assert [p.value for p in line.previous] == [3]  # at 1 March: D J K
    age = service(desk).series("backlog_age", march, Grain.MONTH, UTC).lines[0]
    assert age.previous[0].count == 3
    # at 1 March 00:00: D 9 days, J 4 days, K 19 days
    assert age.previous[0].value == pytest.approx((9 + 4 + 19) * 1440 / 3)


def test_series_split_by_team_and_scoped(desk: Database) -> None:
    week = Period.between_dates(date(2025, 3, 3), date(2025, 3, 9), UTC)
    series = service(desk).series("resolved", week, Grain.WEEK, UTC, Grouping.TEAM)
    by_label = {line.label: [p.value for p in line.points] for line in series.lines}
    assert by_label["Network"] == [1]  # B on 4 March
    assert by_label["Service Desk"] == [1]  # H
    p3 = service(desk).figures(week, scope=Scope(priority=3), names=("opened", "backlog"))
    assert [(f.name, f.value) for f in p3[0].figures] == [("opened", 2), ("backlog", 2)]


def test_unmeasured_figure_has_no_points(desk: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import deskapp.services.kpi as kpi_service

    # a desk whose changes are not in use cannot measure the change success rate
    monkeypatch.setattr(kpi_service, "ACTIVE",
                        tuple(k for k in kpi_service.ACTIVE if k != "change"))
    week = Period.between_dates(date(2025, 3, 3), date(2025, 3, 9), UTC)
    series = service(desk).series("change_success_rate", week, Grain.WEEK, UTC)
    assert (series.measured, series.lines) == (False, ())
    assert "not recorded" in series.why


def test_drill_opens_the_items_of_a_point(desk: Database) -> None:
    week = Period.between_dates(date(2025, 3, 3), date(2025, 3, 9), UTC)
    kpi = service(desk)

    def numbers(name: str, by: Grouping | None = None, key: object = None) -> set[str]:
        flt = kpi.drill(name, week.start, week.end, by, key)
        with desk.uow(read_only=True) as uow:
            rows = uow.work_items.page_after(None, flt, DEFAULT_SORT, 100)
        return {r["number"] for r in rows}

    opened = numbers("opened")
    assert len(opened) == 5
    assert numbers("resolved") == numbers("mttr_wall")
    assert len(numbers("resolved")) == 2  # B H
    assert len(numbers("backlog")) == 5  # C E F K, and J (resolved at 10 March 00:00)
    assert len(numbers("opened", Grouping.TEAM, None)) == 1  # E has no team
