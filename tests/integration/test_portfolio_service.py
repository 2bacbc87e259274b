"""The service portfolio (Strategy) on SQLite and PostgreSQL: counts, detail, validation,
lost-update protection, and a query plan that stays on open tickets."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select

from deskapp.db.models import ConfigurationItem, Incident, Service, Team
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.portfolio_dto import ServiceSummary
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

#: sqlite_stat1 rows ANALYZE wrote for `deskapp.db.demo.generate(engine, 1_000_000)`.
MILLION_TICKET_STATS = {
    "ix_queue_status_count": "1000000 166667 166667",
    "ix_queue_status": "1000000 166667 33334 1 1 1",
    "ix_work_items_status_priority": "1000000 166667 33334 1",
    "ix_work_items_service_id": "1000000 45455",
}


def _values(summary: ServiceSummary, **changes: Any) -> dict[str, Any]:
    base = {k: getattr(summary, k) for k in ("name", "portfolio_status", "criticality",
                                             "business_owner", "description", "owner_team_id")}
    return {**base, **changes}


def _service_count(db: Database) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Service)) or 0)


def _open_work(db: Database, services: Services, desk: Desk) -> dict[str, uuid.UUID]:
    """Email: P1 open (breached), P3 open, P5 open, one resolved, one deleted; Payroll: P2."""
    inc = services.incidents
    payroll = services.portfolio.save(None, None, {"name": "Payroll",
                                                   "portfolio_status": "catalogue"})
    p1 = inc.create({"title": "Mail down", "impact": 1, "urgency": 1,
                     "service_id": desk.service_id})
    inc.create({"title": "Slow mail", "impact": 1, "urgency": 2, "service_id": desk.service_id})
    inc.create({"title": "Signature", "impact": 3, "urgency": 3, "service_id": desk.service_id})
    done = inc.create({"title": "Old", "impact": 3, "urgency": 3, "service_id": desk.service_id})
    done = inc.assign(done.id, done.version, desk.team_id, None)
    inc.transition(done.id, done.version, "resolved", "Duplicate", "Same as the outage")
    gone = inc.create({"title": "Deleted", "impact": 1, "urgency": 1,
                       "service_id": desk.service_id})
    inc.create({"title": "Payslips late", "impact": 1, "urgency": 2, "service_id": payroll.id})
    inc.create({"title": "No service", "impact": 1, "urgency": 1})
    with db.uow() as uow:
        found = uow.session.get(Incident, p1.id)
        assert found is not None
        found.resolution_breached = True
        deleted = uow.session.get(Incident, gone.id)
        assert deleted is not None
        deleted.deleted_at = datetime.now(UTC)
        uow.session.add(ConfigurationItem(name="old-mail", ci_type="server",
                                          service_id=desk.service_id,
                                          deleted_at=datetime.now(UTC)))
        uow.commit()
    return {"payroll": payroll.id, "p1": p1.id}


def test_portfolio_counts_open_work_per_service(database: Database, services: Services) -> None:
    desk = make_desk(database, actor_id=services.actor.staff_id)
    ids = _open_work(database, services, desk)
    services.portfolio.save(None, None, {"name": "Fax", "portfolio_status": "retired"})
    services.portfolio.save(None, None, {"name": "Chatbot", "portfolio_status": "pipeline"})

    portfolio = services.portfolio.portfolio()
    assert [s.name for s in portfolio.services] == ["Chatbot", "Email", "Fax", "Payroll"]
    assert (portfolio.count("pipeline"), portfolio.count("catalogue"),
            portfolio.count("retired")) == (1, 2, 1)
    email = next(s for s in portfolio.services if s.id == desk.service_id)
    # Open only (not resolved, not deleted); P1/P2 and breached counted among them.
    assert (email.open_incidents, email.open_p1_p2, email.breached_open, email.ci_count) == \
        (3, 2, 1, 1)
    payroll = next(s for s in portfolio.services if s.id == ids["payroll"])
    assert (payroll.open_incidents, payroll.open_p1_p2, payroll.breached_open,
            payroll.ci_count) == (1, 1, 0, 0)
    fax = next(s for s in portfolio.services if s.name == "Fax")
    assert (fax.open_incidents, fax.ci_count) == (0, 0)


def test_service_detail_lists_cis_and_urgent_work_first(database: Database,
                                                       services: Services) -> None:
    desk = make_desk(database, actor_id=services.actor.staff_id)
    ids = _open_work(database, services, desk)
    detail = services.portfolio.detail(desk.service_id)
    assert detail.summary.name == "Email" and detail.summary.open_incidents == 3
    assert [c.name for c in detail.cis] == ["mail-01"]
    assert detail.open_by_priority == ((1, 1), (2, 1), (5, 1))
    assert [i.priority for i in detail.open_incidents] == [1, 2, 5]
    assert detail.open_incidents[0].id == ids["p1"]
    assert detail.open_incidents[0].number.startswith("INC-")
    assert services.portfolio.open_by_priority(desk.service_id) == {1: 1, 2: 1, 5: 1}
    with pytest.raises(NotFound):
        services.portfolio.detail(uuid.uuid4())


def test_create_validates_every_field_and_saves_nothing_on_bad_input(
        database: Database, services: Services) -> None:
    svc = services.portfolio
    created = svc.save(None, None, {"name": "  Payroll  ", "criticality": "high",
                                    "business_owner": " HR ", "description": ""})
    assert (created.name, created.portfolio_status, created.criticality,
            created.business_owner, created.description, created.version) == \
        ("Payroll", "pipeline", "high", "HR", "", 1)
    before = _service_count(database)

    with pytest.raises(ValidationError) as bad:
        svc.save(None, None, {"name": "PAYROLL"})
    assert "already a service" in bad.value.fields["name"]
    with pytest.raises(ValidationError) as bad:
        svc.save(None, None, {"name": "   "})
    assert "needs a name" in bad.value.fields["name"]
    with pytest.raises(ValidationError) as bad:
        svc.save(None, None, {"name": "x" * 121, "portfolio_status": "archived",
                              "criticality": "extreme", "business_owner": "o" * 121,
                              "description": "d" * 4001, "owner_team_id": uuid.uuid4()})
    assert set(bad.value.fields) == {"name", "portfolio_status", "criticality",
                                     "business_owner", "description", "owner_team_id"}
    assert "121 characters" in bad.value.fields["name"] and "120" in bad.value.fields["name"]
    assert "5 more field(s)" in str(bad.value)
    assert _service_count(database) == before

    edge = svc.save(None, None, {"name": "n" * 120, "business_owner": "o" * 120,
                                 "description": "d" * 4000})
    assert len(edge.name) == 120


def test_update_bumps_version_and_refuses_a_stale_one(database: Database,
                                                     services: Services) -> None:
    svc = services.portfolio
    with database.uow() as uow:
        team = Team(name="Payroll Team")
        uow.session.add(team)
        uow.commit()
        team_id = team.id
    created = svc.save(None, None, {"name": "Payroll", "portfolio_status": "pipeline"})
    moved = svc.save(created.id, created.version,
                     _values(created, name="payroll", portfolio_status="catalogue",
                             owner_team_id=team_id))
    assert (moved.name, moved.portfolio_status, moved.owner_team, moved.version) == \
        ("payroll", "catalogue", "Payroll Team", created.version + 1)

    with pytest.raises(ConflictError) as stale:
        svc.save(created.id, created.version, _values(created, criticality="critical"))
    assert isinstance(stale.value.theirs, ServiceSummary)
    assert stale.value.theirs.version == moved.version
    assert stale.value.theirs.portfolio_status == "catalogue"
    again = next(s for s in svc.portfolio().services if s.id == created.id)
    assert again.criticality == "medium" and again.version == moved.version

    with database.uow() as uow:
        row = uow.session.get(Service, created.id)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
        uow.commit()
    with pytest.raises(NotFound):
        svc.save(created.id, moved.version + 1, _values(moved))
    assert svc.portfolio().services == ()
    assert svc.changes(moved, created=False).kind == "service"


def test_open_work_query_reads_open_tickets_by_status_on_sqlite(
        sqlite_database: Database) -> None:
    """At 1M tickets SQLite would rather walk ix_work_items_service_id over every ticket (1.5 s)
    than sort; the grouped query must stay on a status index. The planner is given the
    statistics ANALYZE wrote for a 1M-ticket demo desk, so it plans as it would there."""
    services = Services.build(sqlite_database.uow,
                              ensure_staff(sqlite_database.uow, "plan", "Plan Check"))
    make_desk(sqlite_database)
    with sqlite_database.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'work_items'")
        for index, stat in MILLION_TICKET_STATS.items():
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES "
                                 "('work_items', ?, ?)", (index, stat))
    sqlite_database.engine.dispose()  # new connections load the statistics
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                _many: bool) -> None:
        if "GROUP BY" in statement and "work_items.status IN" in statement:
            statements.append((statement, parameters))

    event.listen(sqlite_database.engine, "before_cursor_execute", capture)
    try:
        services.portfolio.portfolio()
    finally:
        event.remove(sqlite_database.engine, "before_cursor_execute", capture)
    assert len(statements) == 1, "open work must be one grouped query"
    statement, parameters = statements[0]
    with sqlite_database.engine.connect() as conn:
        plan = " ".join(str(row[3]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters))
    assert "ix_incidents_service_id" not in plan, plan
    assert "SCAN incidents" not in plan, plan


@pytest.mark.parametrize("bad", [0, -1, 100.5, "abc"])
def test_an_availability_target_outside_0_to_100_is_refused(database: Database,
                                                            services: Services,
                                                            bad: object) -> None:
    svc = services.portfolio
    created = svc.save(None, None, {"name": "Payroll", "availability_target": 99.9})
    assert created.availability_target == 99.9
    with pytest.raises(ValidationError) as refused:
        svc.save(created.id, created.version, _values(created, availability_target=bad))
    assert "availability target" in refused.value.fields["availability_target"]
    again = next(s for s in svc.portfolio().services if s.id == created.id)
    assert (again.availability_target, again.version) == (99.9, created.version)


def test_the_availability_target_is_kept_by_callers_that_do_not_show_it(
        database: Database, services: Services) -> None:
    svc = services.portfolio
    created = svc.save(None, None, {"name": "Payroll", "availability_target": 99.95})
    renamed = svc.save(created.id, created.version, _values(created, name="Pay"))
    assert renamed.availability_target == 99.95
    cleared = svc.save(renamed.id, renamed.version, _values(renamed, availability_target=None))
    assert cleared.availability_target is None
