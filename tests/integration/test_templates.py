"""Templates and canned responses on SQLite and PostgreSQL: personal and shared (per team), the
placeholders filled from the work item, every refusal saving nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditEvent, WorkTemplate
from deskapp.domain.templates import INCIDENT, RESPONSE
from deskapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from deskapp.services.templates import TemplateDraft
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def agent(database: Database) -> Services:
    """A plain agent (no supervisor role), in no team."""
    return Services.build(database.uow, ensure_staff(database.uow, "andy", "Andy Agent",
                                                     roles=("agent",)))


def count(database: Database) -> int:
    with database.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(WorkTemplate)) or 0)


def test_canned_response_filled_from_the_incident(services: Services, desk: Desk) -> None:
    saved = services.templates.save(TemplateDraft(
        RESPONSE, "Password reset done",
        "Hello {caller_first_name},\n\nyour password for {service} is reset ({number}).\n"
        "{{Reply}} if it still fails.\n{agent}", personal=False))
    assert saved.changes.created and not saved.record.personal
    incident = services.incidents.create({"title": "Password expired", "caller_id":
                                          desk.caller_id, "impact": 3, "urgency": 3,
                                          "service_id": desk.service_id})
    text = services.templates.fill_response(saved.record.id, incident.id)
    assert text == (f"Hello Casey,\n\nyour password for Email is reset ({incident.number}).\n"
                    "{Reply} if it still fails.\nAlex Agent")


def test_a_value_the_item_lacks_is_refused(services: Services, desk: Desk) -> None:
    saved = services.templates.save(TemplateDraft(RESPONSE, "Greeting", "Dear {caller},"))
    incident = services.incidents.create({"title": "No caller yet", "impact": 3,
                                          "urgency": 3})
    with pytest.raises(ValidationError, match=f"{incident.number} has no caller yet"):
        services.templates.fill_response(saved.record.id, incident.id)


def test_unknown_placeholders_are_refused_and_nothing_is_saved(
        services: Services, database: Database) -> None:
    with pytest.raises(ValidationError) as err:
        services.templates.save(TemplateDraft(RESPONSE, "Bad", "Hi {customer}"))
    assert err.value.fields["body"].startswith(
        "A canned response cannot fill the placeholder {customer}; use {caller}")
    with pytest.raises(ValidationError) as err:
        services.templates.save(TemplateDraft(INCIDENT, "Bad", "Caller {caller}"))
    assert "use {agent}, {agent_first_name}" in err.value.fields["body"]
    assert count(database) == 0


def test_incident_template_prefill(services: Services, desk: Desk) -> None:
    saved = services.templates.save(TemplateDraft(
        INCIDENT, "Printer jam", "Printer: \nTray: \nLogged by {agent_first_name}",
        personal=False, title="Printer jam", category="Hardware",
        service_id=desk.service_id, impact=3, urgency=2, assign_team_id=desk.team_id))
    record = saved.record
    assert (record.category, record.service_name, record.impact, record.urgency,
            record.assign_team_name) == ("Hardware", "Email", 3, 2, "Service Desk")
    prefill = services.templates.incident_prefill(record.id)
    assert (prefill.title, prefill.category, prefill.service_id, prefill.impact,
            prefill.urgency, prefill.team_id) == ("Printer jam", "Hardware", desk.service_id,
                                                  3, 2, desk.team_id)
    assert prefill.description.endswith("Logged by Alex")
    with pytest.raises(ValidationError, match="not a canned response"):
        services.templates.fill_response(record.id, record.id)


def test_personal_and_shared_per_team(services: Services, agent: Services, desk: Desk,
                                      database: Database) -> None:
    mine = agent.templates.save(TemplateDraft(RESPONSE, "My sign-off", "Cheers, {agent}"))
    assert mine.record.personal and mine.record.owner_id == agent.actor.staff_id
    shared = services.templates.save(TemplateDraft(RESPONSE, "Everyone", "Hello",
                                                   personal=False)).record
    team_only = services.templates.save(TemplateDraft(
        RESPONSE, "Network only", "Hello from {team}", personal=False,
        team_id=desk.other_team_id)).record
    assert team_only.team_name == "Network"
    names = [t.name for t in agent.templates.offered(RESPONSE)]
    assert names == ["My sign-off", "Everyone"]  # personal first; not the other team's
    names = [t.name for t in agent.templates.offered(RESPONSE, item_team_id=desk.other_team_id)]
    assert names == ["My sign-off", "Everyone", "Network only"]
    # someone's personal template is theirs alone
    assert "My sign-off" not in [t.name for t in services.templates.offered(RESPONSE)]
    with pytest.raises(NotFound):
        services.templates.get(mine.record.id)
    # an agent keeps personal templates only; shared ones are the supervisors'
    with pytest.raises(PermissionDenied):
        agent.templates.save(TemplateDraft(RESPONSE, "Shared", "x", personal=False))
    with pytest.raises(PermissionDenied):
        agent.templates.delete(shared.id, shared.version)
    assert not agent.templates.may_share() and services.templates.may_share()
    assert count(database) == 3


def test_edit_conflict_duplicate_and_delete(services: Services, database: Database) -> None:
    saved = services.templates.save(TemplateDraft(RESPONSE, "Thanks", "Thanks")).record
    edited = services.templates.save(TemplateDraft(
        RESPONSE, "Thanks", "Thanks, {caller_first_name}", id=saved.id,
        version=saved.version)).record
    assert edited.version == 2 and edited.body == "Thanks, {caller_first_name}"
    with pytest.raises(ConflictError):
        services.templates.save(TemplateDraft(RESPONSE, "Thanks", "old", id=saved.id,
                                              version=saved.version))
    with pytest.raises(ValidationError, match="already offered to the same people"):
        services.templates.save(TemplateDraft(RESPONSE, "Thanks", "again"))
    services.templates.delete(edited.id, edited.version)
    assert services.templates.offered(RESPONSE) == []
    with database.uow(read_only=True) as uow:
        actions = list(uow.session.scalars(select(AuditEvent.action).where(
            AuditEvent.record_id == saved.id)))
    assert len(actions) >= 3
