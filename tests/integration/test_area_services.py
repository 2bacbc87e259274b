"""Services behind the Strategy, Design, Transition and Improvement views, on both databases."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.incidents import IncidentService
from deskapp.services.service_levels import (
    CalendarDTO,
    HolidayDTO,
    SlaDefinitionDTO,
    TargetDTO,
    WorkingDay,
)
from tests.support.factories import make_desk


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


# -- Strategy: the portfolio -------------------------------------------------------------------
def test_portfolio_counts_open_work_per_service(database: Database, services: Services) -> None:
    desk = make_desk(database, actor_id=services.actor.staff_id)
    inc = services.incidents
    a = inc.create({"title": "Mail down", "impact": 1, "urgency": 1,
                    "service_id": desk.service_id})
    inc.create({"title": "Slow mail", "impact": 3, "urgency": 3, "service_id": desk.service_id})
    done = inc.create({"title": "Old", "impact": 3, "urgency": 3, "service_id": desk.service_id})
    done = inc.assign(done.id, done.version, desk.team_id, None)
    inc.transition(done.id, done.version, "resolved", "Duplicate", "same as " + a.number)
    portfolio = services.portfolio.portfolio()
    email = next(s for s in portfolio.services if s.id == desk.service_id)
    assert (email.open_incidents, email.open_p1_p2, email.ci_count) == (2, 1, 1)
    assert portfolio.count("catalogue") == 1
    assert services.portfolio.open_by_priority(desk.service_id) == {1: 1, 5: 1}


def test_portfolio_create_edit_validation_and_conflict(database: Database,
                                                       services: Services) -> None:
    svc = services.portfolio
    created = svc.save(None, None, {"name": "Payroll", "portfolio_status": "pipeline",
                                    "criticality": "high", "business_owner": "HR"})
    assert (created.name, created.portfolio_status, created.open_incidents) == \
        ("Payroll", "pipeline", 0)
    with pytest.raises(ValidationError) as bad:
        svc.save(None, None, {"name": "payroll"})
    assert "already a service" in bad.value.fields["name"]
    with pytest.raises(ValidationError) as bad:
        svc.save(None, None, {"name": "x" * 121, "criticality": "extreme"})
    assert set(bad.value.fields) == {"name", "criticality"}
    moved = svc.save(created.id, created.version, {**_values(created), "portfolio_status":
                                                   "catalogue"})
    assert moved.portfolio_status == "catalogue" and moved.version == created.version + 1
    with pytest.raises(ConflictError):
        svc.save(created.id, created.version, {**_values(created), "criticality": "low"})
    assert len(svc.portfolio().services) == 1


def _values(summary: object) -> dict[str, object]:
    return {k: getattr(summary, k) for k in ("name", "portfolio_status", "criticality",
                                             "business_owner", "description", "owner_team_id")}


# -- Transition: configuration items -----------------------------------------------------------
def test_cmdb_lists_filters_and_counts_open_incidents(database: Database,
                                                      services: Services) -> None:
    desk = make_desk(database)
    services.incidents.create({"title": "Disk full", "impact": 2, "urgency": 2,
                               "ci_id": desk.ci_id, "service_id": desk.service_id})
    printer = services.cmdb.save(None, None, {"name": "PRN-LON-01", "ci_type": "printer",
                                              "location": "London", "serial_number": "SN-9"})
    listed = services.cmdb.items()
    assert [c.name for c in listed.items] == ["mail-01", "PRN-LON-01"] and not listed.truncated
    assert next(c for c in listed.items if c.id == desk.ci_id).open_incidents == 1
    assert [c.name for c in services.cmdb.items("lon").items] == ["PRN-LON-01"]
    assert [c.name for c in services.cmdb.items("email").items] == ["mail-01"]  # by service
    assert [c.name for c in services.cmdb.items(ci_type="server").items] == ["mail-01"]
    assert services.cmdb.items(limit=1).truncated
    assert [i.title for i in services.cmdb.open_incidents(desk.ci_id)] == ["Disk full"]
    retired = services.cmdb.save(printer.id, printer.version,
                                 {"name": "PRN-LON-01", "ci_type": "printer",
                                  "status": "retired"})
    assert retired.status == "retired"
    with pytest.raises(ConflictError):
        services.cmdb.save(printer.id, printer.version, {"name": "X", "ci_type": "printer"})
    with pytest.raises(ValidationError) as bad:
        services.cmdb.save(None, None, {"name": " ", "ci_type": "", "status": "lost",
                                        "service_id": uuid.uuid4()})
    assert set(bad.value.fields) == {"name", "ci_type", "status", "service_id"}


# -- Design: calendars and SLAs ----------------------------------------------------------------
OFFICE = CalendarDTO(None, None, "Paris office", "Europe/Paris",
                     tuple(WorkingDay(d, 9 * 60, 17 * 60) for d in range(5)),
                     (HolidayDTO(date(2026, 12, 25), "Noël"),))


def test_calendar_create_edit_and_every_bad_input(database: Database,
                                                  services: Services) -> None:
    levels = services.service_levels
    saved = levels.save_calendar(OFFICE)
    assert saved.id is not None and saved.weekly_minutes() == 5 * 480
    edited = levels.save_calendar(replace(saved, hours=saved.hours + (WorkingDay(5, 600, 720),),
                                          holidays=()))
    assert edited.weekly_minutes() == 5 * 480 + 120 and edited.holidays == ()
    assert edited.version is not None and edited.version > (saved.version or 0)

    def refused(draft: CalendarDTO) -> set[str]:
        with pytest.raises(ValidationError) as bad:
            levels.save_calendar(draft)
        return set(bad.value.fields)

    assert refused(replace(OFFICE, name=" ")) == {"name"}
    assert refused(replace(OFFICE, name="y" * 81)) == {"name"}
    assert refused(replace(OFFICE, name="paris OFFICE")) == {"name"}  # duplicate name
    assert refused(replace(OFFICE, name="New", hours=())) == {"hours"}
    assert refused(replace(OFFICE, name="New", timezone="Mars/Base")) == {"timezone"}
    assert refused(replace(OFFICE, name="New",
                           hours=(WorkingDay(0, 17 * 60, 9 * 60),))) == {"hours.0"}
    assert refused(replace(OFFICE, name="New", holidays=(
        HolidayDTO(date(2026, 1, 1), "a"), HolidayDTO(date(2026, 1, 1), "b")))) == {"holidays"}
    with pytest.raises(ConflictError):
        levels.save_calendar(replace(saved, name="Stale"))
    assert [c.name for c in levels.calendars()] == ["Paris office"]  # nothing half-saved


def test_sla_create_edit_default_and_bad_targets(database: Database, services: Services) -> None:
    desk = make_desk(database)
    levels = services.service_levels
    cal = levels.save_calendar(OFFICE)
    targets = tuple(TargetDTO(p, 15 * p, 120 * p) for p in range(1, 6))
    draft = SlaDefinitionDTO(None, None, "Gold", cal.id, "", ("pending",), True, targets)
    gold = levels.save_sla(draft)
    slas = {s.name: s for s in levels.slas()}
    assert gold.calendar_name == "Paris office" and gold.is_default
    assert not slas["Standard"].is_default  # only one default
    assert slas["Standard"].id == desk.sla_id

    def refused(d: SlaDefinitionDTO) -> set[str]:
        with pytest.raises(ValidationError) as bad:
            levels.save_sla(d)
        return set(bad.value.fields)

    zero = (TargetDTO(1, 0, 60),) + targets[1:]
    negative = (TargetDTO(1, 30, -5),) + targets[1:]
    inverted = (TargetDTO(1, 300, 60),) + targets[1:]
    assert refused(replace(draft, name="Other", targets=zero)) == {"targets.1.response"}
    assert refused(replace(draft, name="Other", targets=negative)) == {"targets.1.resolution"}
    assert refused(replace(draft, name="Other", targets=inverted)) == {"targets.1.resolution"}
    assert refused(replace(draft, name="Other", targets=targets[:4])) == {"targets"}
    assert refused(replace(draft, name="standard")) == {"name"}
    assert refused(replace(draft, name="Other", calendar_id=None)) == {"calendar_id"}
    assert refused(replace(draft, name="Other", pause_statuses=("closed",))) == \
        {"pause_statuses"}
    renamed = levels.save_sla(replace(gold, name="Gold+", pause_statuses=()))
    assert renamed.pause_statuses == () and renamed.version == (gold.version or 0) + 1
    with pytest.raises(ConflictError):
        levels.save_sla(replace(gold, name="Stale"))


# -- Improvement: KPIs -------------------------------------------------------------------------
def test_kpis_match_hand_computed_numbers(database: Database, actor: Actor) -> None:
    desk = make_desk(database, actor_id=actor.staff_id)  # 24x7 SLA: P3 30*3 / 240*3 minutes
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    clock = Clock(t0)
    inc = IncidentService(database.uow, actor, clock=clock)

    def ticket(title: str, respond_after: int | None, resolve_after: int | None) -> None:
        clock.now = t0
        created = inc.create({"title": title, "impact": 2, "urgency": 2,
                              "team_id": desk.team_id})  # P3
        if respond_after is not None:
            clock.now = t0 + timedelta(minutes=respond_after)
            inc.add_comment(created.id, "We are on it", work_note=False)
        if resolve_after is not None:
            clock.now = t0 + timedelta(minutes=resolve_after)
            current = inc.get(created.id)
            inc.transition(created.id, current.version, "resolved", "Duplicate", "done")

    ticket("fast", 30, 120)        # met both (targets 90 / 720)
    ticket("slow reply", 150, 600)  # response breached, resolution met
    ticket("late fix", 60, 900)     # resolution breached
    ticket("still open", None, None)

    kpi = Services.build(database.uow, actor).kpi
    report = kpi.report(t0 - timedelta(days=1), t0 + timedelta(days=1))
    assert report.created == 4 and report.resolved == 3 and report.backlog == 1
    assert report.mtta_minutes == pytest.approx((30 + 150 + 60) / 3, abs=0.01)
    assert report.mttr_minutes == pytest.approx((120 + 600 + 900) / 3, abs=0.01)
    assert report.response_compliance == pytest.approx(200 / 3)
    assert report.resolution_compliance == pytest.approx(200 / 3)
    p3 = next(r for r in report.by_priority if r.priority == 3)
    assert (p3.created, p3.resolved, p3.backlog) == (4, 3, 1)
    empty = kpi.report(t0 + timedelta(days=5), t0 + timedelta(days=6))
    assert empty.created == 0 and empty.mtta_minutes is None and empty.backlog == 1
    with pytest.raises(ValidationError):
        kpi.report(t0, t0 - timedelta(days=1))
