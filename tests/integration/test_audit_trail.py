"""The audit trail: every change to reference records is written with the change, reads back
merged with work-item history a page at a time, and an erasure keeps every event."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.base import utcnow
from deskapp.db.models import AuditEvent, Incident, TicketEvent
from deskapp.domain.queue import QueueDefinition
from deskapp.errors import ConflictError, PermissionDenied, ValidationError
from deskapp.repositories.audit import TrailFilter
from deskapp.runtime import Database
from deskapp.services.audit_trail import walk_trail
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.resolution_codes import ResolutionCodeDraft
from deskapp.services.service_levels import CalendarDraft, HolidayEntry, SlaDraft, SlaTargetDTO
from deskapp.services.staff import resolve_actor
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _rows(database: Database, record_type: str) -> list[Any]:
    """The stored audit rows of one record type, as plain rows (attribute access)."""
    with database.uow(read_only=True) as uow:
        return list(uow.session.execute(select(*AuditEvent.__table__.c).where(
            AuditEvent.record_type == record_type).order_by(AuditEvent.occurred_at)))


def test_every_kind_of_reference_record_is_audited(database: Database, services: Services,
                                                   desk: Desk, actor: Actor) -> None:
    svc = services.portfolio.save(None, None, {"name": "Payroll", "criticality": "high"})
    services.portfolio.save(svc.id, svc.version, {"name": "Payroll", "criticality": "low"})
    ci = services.cmdb.save(None, None, {"name": "db-1", "ci_type": "server"})
    services.cmdb.save(ci.id, ci.version, {"name": "db-1", "ci_type": "server",
                                          "location": "Rack 4"})
    services.service_levels.save_calendar(CalendarDraft(
        "Office", "UTC", {0: ((540, 1020),)}, (HolidayEntry(utcnow().date(), "Closed"),)))
    sla = services.service_levels.definition(desk.sla_id)
    services.service_levels.save_definition(SlaDraft(
        sla.name, sla.calendar_id, (SlaTargetDTO(1, 5, 60), *sla.targets[1:]), id=sla.id,
        version=sla.version))
    services.resolution_codes.save(ResolutionCodeDraft("reboot", "Rebooted"))
    queue = services.queues.save_personal("Mine", QueueDefinition())
    services.queues.share(queue.key, queue.version or 0, desk.team_id)
    staff = services.administration.create_staff("nora", "Nora N", ["agent"])
    services.administration.set_roles(staff.id, ["agent", "supervisor"])
    services.administration.set_active(staff.id, False)
    team = services.administration.create_team("Payroll support")
    services.administration.add_member(team.id, staff.id, is_lead=True)
    services.administration.rename_team(team.id, services.administration.team(team.id).version,
                                        "Payroll help")
    rated = services.administration.set_hourly_rate(
        team.id, services.administration.team(team.id).version, "92.5")
    with pytest.raises(ConflictError):  # a stale version changes nothing
        services.administration.set_hourly_rate(team.id, rated.version - 1, "10")
    with pytest.raises(ValidationError):
        services.administration.set_hourly_rate(team.id, rated.version, "9.999")

    changed = {(e.field, e.old_value, e.new_value) for e in _rows(database, "service")
               if e.action == "changed"}
    assert changed == {("criticality", "high", "low")}
    assert ("location", None, "Rack 4") in {(e.field, e.old_value, e.new_value)
                                            for e in _rows(database, "ci")}
    assert any(e.action == "created" and e.record_label == "Office"
               for e in _rows(database, "calendar"))
    sla_rows = {e.field: e for e in _rows(database, "sla")}
    assert sla_rows["target.P1"].new_value == "response 5 min, resolution 60 min"
    assert "target.P2" not in sla_rows  # unchanged targets write nothing
    assert _rows(database, "resolution_code")[0].record_label == "reboot"
    assert [e.action for e in _rows(database, "queue")] == ["changed", "changed"]  # shared
    staff_rows = _rows(database, "staff")
    assert ("roles", "agent", "agent, supervisor") in {
        (e.field, e.old_value, e.new_value) for e in staff_rows}
    assert any(e.action == "disabled" and e.field == "active" for e in staff_rows)
    team_actions = [e.action for e in _rows(database, "team")]
    assert {"created", "member added", "lead set", "changed"} <= set(team_actions)
    assert ("hourly_rate", None, "92.50") in {(e.field, e.old_value, e.new_value)
                                              for e in _rows(database, "team")}
    assert str(services.administration.team(team.id).hourly_rate) == "92.50"
    every = [e for t in ("service", "ci", "staff", "team") for e in _rows(database, t)]
    assert {e.actor_id for e in every} == {actor.staff_id}
    assert {e.actor_login for e in every} == {actor.username}


def test_a_refused_change_writes_no_audit_row(database: Database, services: Services,
                                              desk: Desk) -> None:
    services.administration.create_staff("pat", "Pat", ["agent"])
    agent = Services.build(database.uow, resolve_actor(database.uow, "pat"))
    before = len(_rows(database, "service"))
    with pytest.raises(PermissionDenied):
        agent.portfolio.save(None, None, {"name": "Sneaky"})
    assert len(_rows(database, "service")) == before


def test_trail_merges_work_item_history_and_pages_by_keyset(
        database: Database, services: Services, desk: Desk) -> None:
    start = utcnow() - timedelta(seconds=1)
    inc = services.incidents.create({"title": "mail down", "impact": 2, "urgency": 2})
    for n in range(5):
        svc = services.portfolio.save(None, None, {"name": f"Service {n}"})
    services.incidents.edit(inc.id, inc.version, {"title": "mail down for all"})

    first = services.audit.trail(since=start, limit=4)
    assert len(first.entries) == 4 and first.next_after is not None
    everything = list(walk_trail(database.uow, TrailFilter(since=start), page=3))
    times = [e.occurred_at for e in everything]
    assert times == sorted(times, reverse=True)
    assert len({(e.occurred_at, e.record_id, e.field, e.new_value) for e in everything}) \
        == len(everything)  # no row twice across pages
    kinds = {e.record_type for e in everything}
    assert {"incident", "service"} <= kinds
    title = [e for e in everything if e.field == "title"]
    assert title[0].record_label == inc.number and title[0].new_value == "mail down for all"
    assert title[0].actor == "Alex Agent"

    only_services = services.audit.trail(since=start, record_type="service", limit=100)
    assert {e.record_type for e in only_services.entries} == {"service"}
    assert svc.id in {e.record_id for e in only_services.entries}
    nobody = services.audit.trail(since=start, actor_id=desk.member_id)
    assert nobody.entries == ()
    later = services.audit.trail(since=utcnow() + timedelta(hours=1))
    assert later.entries == ()


def test_erasure_anonymises_the_caller_and_keeps_every_event(
        database: Database, services: Services, desk: Desk) -> None:
    inc = services.incidents.create({"title": "laptop", "impact": 3, "urgency": 3,
                                     "caller_id": desk.caller_id})
    with database.uow(read_only=True) as uow:
        events_before = uow.session.scalar(select(func.count()).select_from(TicketEvent))
    preview = services.people.erase_preview(desk.caller_id)
    assert (preview.full_name, preview.email, preview.incidents) == \
        ("Casey Caller", "casey@example.com", 1)
    caller = services.people.caller(desk.caller_id)
    erased = services.people.erase(desk.caller_id, caller.version)

    assert erased.id == desk.caller_id
    assert erased.full_name == preview.new_name and erased.full_name.startswith("Erased person")
    assert (erased.email, erased.phone) == ("", "")
    with database.uow(read_only=True) as uow:
        assert uow.session.get(Incident, inc.id).caller_id == desk.caller_id
        assert uow.session.scalar(select(func.count()).select_from(TicketEvent)) \
            == events_before
        text = " ".join(str(v) for e in uow.session.scalars(select(AuditEvent))
                        for v in (e.record_label, e.old_value, e.new_value))
    assert "Casey" not in text and "casey@" not in text  # the trail keeps nothing erased
    rows = _rows(database, "person")
    assert [(r.action, r.record_id) for r in rows] == [("erased", desk.caller_id)]


def test_only_admins_erase(database: Database, services: Services, desk: Desk) -> None:
    services.administration.create_staff("sup", "Sup", ["supervisor", "agent"])
    sup = Services.build(database.uow, resolve_actor(database.uow, "sup"))
    assert not sup.people.may_erase()
    with pytest.raises(PermissionDenied, match="erase callers"):
        sup.people.erase(desk.caller_id, services.people.caller(desk.caller_id).version)
    assert services.people.caller(desk.caller_id).full_name == "Casey Caller"


def test_deskapp_admin_audit_prints_the_trail_since_a_date(
        database: Database, services: Services, desk: Desk,
        capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from deskapp.cli import main

    services.portfolio.save(None, None, {"name": "Payroll"})
    inc = services.incidents.create({"title": "mail down", "impact": 2, "urgency": 2})
    url = database.url.render_as_string(hide_password=False)
    today = utcnow().astimezone().date().isoformat()
    assert main(["--database", url, "audit", "--since", today]) == 0
    out = capsys.readouterr().out
    assert "Service: Payroll  created" in out and inc.number in out
    assert "Alex Agent" in out and "change(s) since" in out

    assert main(["--database", url, "audit", "--since", today, "--type", "service",
                 "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and {line["record_type"] for line in lines} == {"service"}
    assert {"record", "actor", "field", "old", "new", "occurred_at"} <= set(lines[0])

    tomorrow = (utcnow() + timedelta(days=2)).date().isoformat()
    assert main(["--database", url, "audit", "--since", tomorrow]) == 0
    assert "0 change(s)" in capsys.readouterr().out
    assert main(["--database", url, "audit", "--since", "last week"]) == 2
    assert "is not a date" in capsys.readouterr().err
