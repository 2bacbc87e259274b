"""Service methods the incident form uses: edit (fields + assignment in one transaction) and
the readable history, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor, IncidentDTO
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _new(services: Services) -> IncidentDTO:
    return services.incidents.create({"title": "Outlook will not start", "impact": 3,
                                      "urgency": 3})


def test_edit_saves_fields_and_assignment_as_one_version(services: Services,
                                                         desk: Desk) -> None:
    inc = _new(services)
    out = services.incidents.edit(inc.id, inc.version, {
        "title": "Outlook crashes", "impact": 1, "service_id": desk.service_id,
        "team_id": desk.team_id, "assignee_id": desk.member_id})
    assert out.version == inc.version + 1
    assert (out.title, out.priority, out.status) == ("Outlook crashes", 3, "assigned")
    assert out.team and out.team.id == desk.team_id
    assert out.assignee and out.assignee.label == "Morgan Member"
    fields = [e.field for e in services.incidents.history(inc.id)]
    assert {"title", "impact", "priority", "service_id", "team_id", "assignee_id"} <= set(fields)
    assert fields.count("status") == 2  # new, then assigned
    # nothing changed: no new version, no events
    again = services.incidents.edit(out.id, out.version, {"title": "Outlook crashes"})
    assert again.version == out.version
    assert len(services.incidents.history(inc.id)) == len(fields)


def test_edit_checks_everything_before_writing(services: Services, desk: Desk) -> None:
    inc = _new(services)
    with pytest.raises(ValidationError) as err:
        services.incidents.edit(inc.id, inc.version, {
            "title": "", "team_id": desk.team_id, "assignee_id": desk.outsider_id})
    assert set(err.value.fields) == {"title", "assignee_id"}
    assert "Olly Outsider" in err.value.fields["assignee_id"]
    stored = services.incidents.get(inc.id)
    assert (stored.version, stored.title, stored.team) == (inc.version, inc.title, None)
    with pytest.raises(ValidationError):
        services.incidents.edit(inc.id, inc.version, {"status": "closed"})


def test_edit_refuses_a_stale_version_with_their_state(services: Services, desk: Desk) -> None:
    inc = _new(services)
    theirs = services.incidents.edit(inc.id, inc.version, {"category": "Email"})
    with pytest.raises(ConflictError) as err:
        services.incidents.edit(inc.id, inc.version, {"title": "Mine"})
    assert isinstance(err.value.theirs, IncidentDTO)
    assert err.value.theirs.version == theirs.version and err.value.theirs.category == "Email"
    assert services.incidents.get(inc.id).title == inc.title


def test_edit_keeps_a_closed_incident_assigned_as_it_was(services: Services, desk: Desk) -> None:
    inc = _new(services)
    inc = services.incidents.transition(inc.id, inc.version, "resolved", "Duplicate", "dup")
    inc = services.incidents.transition(inc.id, inc.version, "closed")
    with pytest.raises(ValidationError) as err:
        services.incidents.edit(inc.id, inc.version, {"team_id": desk.team_id})
    assert "closed" in err.value.fields["team_id"]


def test_readable_history_names_people_and_records(services: Services, desk: Desk) -> None:
    inc = _new(services)
    services.incidents.edit(inc.id, inc.version, {
        "caller_id": desk.caller_id, "service_id": desk.service_id, "ci_id": desk.ci_id,
        "team_id": desk.team_id, "assignee_id": desk.member_id})
    events = {e.field: e for e in services.incidents.readable_history(inc.id)}
    assert events["caller_id"].new_value == "Casey Caller"
    assert events["service_id"].new_value == "Email"
    assert events["ci_id"].new_value == "mail-01"
    assert events["team_id"].new_value == "Service Desk"
    assert events["assignee_id"].new_value == "Morgan Member"
    assert events["assignee_id"].old_value is None
    raw = {e.field: e for e in services.incidents.history(inc.id)}
    assert raw["caller_id"].new_value == str(desk.caller_id)


@pytest.mark.parametrize("kind", ["incident", "incident_task"])
def test_a_save_that_changes_nothing_keeps_the_version_hours_later(
        database: Database, actor: Actor, desk: Desk, kind: str) -> None:
    """The stored SLA minutes move with the clock; a no-op save must not write them (it gave
    the record a new version whenever the two saves were a fraction of a second apart)."""
    from datetime import UTC, datetime, timedelta

    from deskapp.services.incident_tasks import IncidentTaskService
    from deskapp.services.incidents import IncidentService

    now = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    incidents = IncidentService(database.uow, actor, clock=lambda: now[0])
    parent = incidents.create({"title": "Outlook will not start", "impact": 2, "urgency": 2})
    service: IncidentService | IncidentTaskService = incidents
    item = parent
    if kind == "incident_task":
        service = IncidentTaskService(database.uow, actor, clock=lambda: now[0])
        item = service.create(parent.id, {"title": "Replace the docking station"})
    now[0] += timedelta(hours=3)
    again = service.edit(item.id, item.version, {"title": item.title})
    assert again.version == item.version
    assert again.sla is not None and again.sla.resolution.elapsed_minutes > 0
