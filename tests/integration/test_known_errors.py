"""The known-error database and applying a workaround on SQLite and PostgreSQL: the search,
the link and the work note, resolving at once as first-contact resolution by the one
definition, and the refusals (another service without confirmation, not a known error)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from deskapp.db.models import Service
from deskapp.domain.kpi_catalogue import is_first_contact_resolution
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.known_errors import KnownErrorService
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _known_error(services: Services, desk: Desk, **fields: Any) -> Any:
    incidents = [services.incidents.create({"title": f"Outbox stuck {n}", "impact": 2,
                                            "urgency": 2, "service_id": desk.service_id})
                 for n in range(3)]
    problem = services.problems.create_from_incidents([i.id for i in incidents],
                                                      title="Mail stuck in outbox")
    problem = services.problems.edit(problem.id, problem.version, {
        "root_cause": "Relay rejects messages over 10 MB.",
        "workaround": "Send large attachments as a OneDrive link.", **fields})
    return services.problems.transition(problem.id, problem.version, "known_error")


def _status_steps(services: Services, item_id: Any) -> list[tuple[str | None, str | None]]:
    return [(e.old_value, e.new_value) for e in services.work_items.history(item_id)
            if e.field == "status"]


def test_known_errors_are_searchable(services: Services, desk: Desk) -> None:
    known = _known_error(services, desk)
    services.problems.create({"title": "Printer fleet jams", "impact": 3, "urgency": 3})
    found = services.known_errors.known_errors()
    assert [k.number for k in found] == [known.number]  # only known errors
    row = found[0]
    assert row.workaround.startswith("Send large") and row.service_name == "Email"
    assert row.linked_incidents == 3 and "Outbox stuck 0" in row.symptoms
    assert [k.number for k in services.known_errors.known_errors("onedrive LINK")] == [
        known.number]
    assert services.known_errors.known_errors("onedrive printer") == []
    assert services.known_errors.known_errors("100% _") == []
    assert [k.number for k in services.known_errors.known_errors(
        "", desk.service_id)] == [known.number]


def test_applying_a_workaround_on_a_new_incident_is_first_contact_resolution(
        services: Services, desk: Desk) -> None:
    known = _known_error(services, desk)
    call = services.incidents.create({"title": "Cannot send the board pack", "impact": 3,
                                      "urgency": 2, "service_id": desk.service_id})
    offered = services.known_errors.for_incident(call.id)
    assert offered[0].id == known.id
    result = services.known_errors.apply_workaround(call.id, call.version, known.id,
                                                    resolve=True)
    assert result.resolved and result.first_contact
    after = services.incidents.get(call.id)
    assert after.status == "resolved" and after.resolution_code == "Solved (workaround)"
    assert _status_steps(services, call.id)[-1] == ("new", "resolved")
    assert is_first_contact_resolution({"opened_at": after.opened_at,  # the one definition
                                        "resolved_at": after.resolved_at,
                                        "reopen_count": after.reopen_count})
    notes = [c for c in services.work_items.comments(call.id) if c.work_note]
    assert len(notes) == 1 and "OneDrive link" in notes[0].body
    assert [(lk.link_type, lk.other_number) for lk in services.work_items.links(call.id)] == [
        ("caused_by", known.number)]
    assert services.problems.get(known.id).linked_incidents == 4


def test_a_workaround_without_resolving_and_hours_later_is_no_fcr(
        services: Services, desk: Desk) -> None:
    known = _known_error(services, desk)
    call = services.incidents.create({"title": "Outbox again", "impact": 2, "urgency": 2,
                                      "service_id": desk.service_id,
                                      "team_id": desk.team_id,
                                      "assignee_id": services.actor.staff_id})
    assert call.status == "assigned"
    kept = services.known_errors.apply_workaround(call.id, call.version, known.id,
                                                  resolve=False)
    assert not kept.resolved and not kept.first_contact
    call = services.incidents.get(call.id)
    assert call.status == "assigned"
    later = KnownErrorService(services.known_errors._uow, services.actor,
                              lambda: datetime.now(UTC) + timedelta(hours=2))
    done = later.apply_workaround(call.id, call.version, known.id, resolve=True)
    assert done.resolved and not done.first_contact  # two hours on: not the first contact
    assert len([c for c in services.work_items.comments(call.id) if c.work_note]) == 2
    assert len(services.work_items.links(call.id)) == 1  # linked once


def test_another_services_workaround_needs_confirmation(database: Database,
                                                       services: Services, desk: Desk) -> None:
    known = _known_error(services, desk)
    with database.uow() as uow:
        vpn = Service(name="VPN", portfolio_status="catalogue", criticality="high")
        uow.session.add(vpn)
        uow.commit()
        vpn_id = vpn.id
    call = services.incidents.create({"title": "VPN slow", "impact": 2, "urgency": 2,
                                      "service_id": vpn_id})
    with pytest.raises(ValidationError, match="known error of Email.*confirm") as refused:
        services.known_errors.apply_workaround(call.id, call.version, known.id, resolve=True)
    assert "other_service" in refused.value.fields
    assert services.incidents.get(call.id).version == call.version  # nothing half saved
    assert services.work_items.links(call.id) == []
    assert services.work_items.comments(call.id) == []
    done = services.known_errors.apply_workaround(call.id, call.version, known.id,
                                                  resolve=False, other_service_confirmed=True)
    assert not done.resolved


def test_only_known_errors_with_a_workaround_apply(services: Services, desk: Desk) -> None:
    problem = services.problems.create({"title": "Unknown slowness", "impact": 2,
                                        "urgency": 2})
    call = services.incidents.create({"title": "Slow", "impact": 2, "urgency": 2})
    with pytest.raises(ValidationError, match="not a known error"):
        services.known_errors.apply_workaround(call.id, call.version, problem.id,
                                               resolve=True)
