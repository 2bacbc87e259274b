"""Services behind the Strategy and Transition views, on both databases."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
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
