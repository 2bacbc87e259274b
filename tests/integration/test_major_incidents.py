"""Major incidents on SQLite and PostgreSQL: only supervisors and incident managers declare
them, children join from a selection (a major incident never as a child), the communications
log with its overdue next update, the timeline, resolving with the children and the refusal
to close while children are open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from deskapp.domain.major_incident import UpdateState
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.major_incidents import MajorIncidentService
from deskapp.services.staff import resolve_actor
from tests.support.factories import Desk, make_desk

Person = Callable[..., Services]


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def person(database: Database, services: Services) -> Person:
    def make(username: str, roles: Sequence[str], teams: Sequence[Any] = ()) -> Services:
        made = services.administration.create_staff(username, username.title(), roles)
        for team in teams:
            services.administration.add_member(team, made.id)
        return Services.build(database.uow, resolve_actor(database.uow, username))
    return make


def _incident(services: Services, desk: Desk, title: str, **fields: Any) -> Any:
    return services.incidents.create({"title": title, "impact": 1, "urgency": 1,
                                      "service_id": desk.service_id,
                                      "team_id": desk.team_id, **fields})


def test_only_supervisors_and_incident_managers_declare(services: Services, desk: Desk,
                                                        person: Person) -> None:
    agent = person("ann", ["agent"], [desk.team_id])
    manager = person("ian", ["incident_manager"])
    outage = _incident(agent, desk, "Email down for everyone")
    with pytest.raises(PermissionDenied, match="major incidents"):
        agent.major_incidents.declare(outage.id, outage.version)
    with pytest.raises(PermissionDenied, match="major incidents"):
        agent.incidents.create({"title": "Also down", "impact": 1, "urgency": 1,
                                "is_major": True})
    assert not agent.major_incidents.may_declare()
    assert agent.incidents.get(outage.id).is_major is False
    declared = manager.major_incidents.declare(outage.id, outage.version)
    assert declared.is_major
    # an agent may still edit the incident as long as the flag stays
    edited = agent.incidents.edit(declared.id, declared.version, {"title": "Email down",
                                                                   "is_major": True})
    assert edited.is_major and edited.title == "Email down"
    with pytest.raises(PermissionDenied, match="major incidents"):
        agent.incidents.edit(edited.id, edited.version, {"is_major": False})


def test_children_updates_timeline_and_resolving_with_children(services: Services,
                                                              desk: Desk) -> None:
    major = _incident(services, desk, "Email down for everyone")
    major = services.major_incidents.declare(major.id, major.version)
    a = _incident(services, desk, "Cannot send mail")
    b = _incident(services, desk, "Outlook disconnected")
    assert [c.number for c in services.major_incidents.candidates(a.id)] == [major.number]
    assert services.major_incidents.link_children(major.id, [a.id, b.id]) == 2
    assert services.major_incidents.link_children(major.id, [a.id]) == 0  # already a child
    other = _incident(services, desk, "Second outage")
    other = services.major_incidents.declare(other.id, other.version)
    with pytest.raises(ValidationError, match="is itself a major incident"):
        services.major_incidents.link_children(major.id, [a.id, other.id])
    assert services.incidents.get(a.id).parent_id == major.id  # the first link stood before
    with pytest.raises(ValidationError, match="cannot be a child of itself"):
        services.major_incidents.link_children(major.id, [major.id])
    with pytest.raises(ValidationError, match="already a child of"):
        services.major_incidents.link_children(other.id, [b.id])
    assert services.major_incidents.candidates(a.id) == []  # it has its major incident

    update = services.major_incidents.post_update(major.id, "Stakeholders",
                                                  "Mail relay down; engineers on site.", 30)
    assert update.next_update_due is not None
    with pytest.raises(ValidationError, match="within 1 to 24 hours"):
        services.major_incidents.post_update(major.id, "Stakeholders", "x", 0)
    with pytest.raises(ValidationError, match="Say who"):
        services.major_incidents.post_update(major.id, " ", "x", 30)
    board = services.major_incidents.board(major.id)
    assert [c.number for c in board.children] == sorted([a.number, b.number])
    assert [u.body for u in board.updates] == ["Mail relay down; engineers on site."]
    assert board.next_update.state is UpdateState.DUE
    whats = [e.what for e in board.timeline]
    assert "Major incident" in whats and whats.count("Child linked") == 2
    assert "Stakeholder update" in whats

    later = MajorIncidentService(services.major_incidents._uow, services.actor,
                                 lambda: datetime.now(UTC) + timedelta(minutes=45))
    late = later.major_incidents()
    assert [r.number for r in late] == [major.number, other.number] or \
        major.number in [r.number for r in late]
    row = next(r for r in late if r.number == major.number)
    assert row.next_update.state is UpdateState.OVERDUE and 14 <= row.next_update.minutes <= 16
    assert (row.children, row.open_children) == (2, 2)

    major = services.incidents.get(major.id)
    resolved = services.incidents.transition(
        major.id, major.version, "resolved", "Solved (permanently)",
        "Relay replaced; mail flowing.", resolve_children=True)
    assert resolved.status == "resolved"
    for child in (a, b):
        now = services.incidents.get(child.id)
        assert now.status == "resolved" and now.resolution_notes == \
            "Relay replaced; mail flowing."
    assert services.major_incidents.board(major.id).next_update.state is UpdateState.NONE


def test_a_major_incident_with_open_children_is_not_closed(services: Services,
                                                            desk: Desk) -> None:
    major = _incident(services, desk, "Payroll run failed")
    major = services.major_incidents.declare(major.id, major.version)
    child = _incident(services, desk, "My payslip is missing")
    services.major_incidents.link_children(major.id, [child.id])
    major = services.incidents.get(major.id)
    major = services.incidents.transition(major.id, major.version, "resolved",
                                          "Solved (permanently)", "Run repeated.")
    assert services.incidents.get(child.id).status != "resolved"  # not asked to
    with pytest.raises(ValidationError, match="open child incident"):
        services.incidents.transition(major.id, major.version, "closed")
    assert services.incidents.get(major.id).status == "resolved"
    child = services.incidents.get(child.id)
    services.incidents.transition(child.id, child.version, "resolved",
                                  "Solved (permanently)", "Payslip reissued.")
    closed = services.incidents.transition(major.id, major.version, "closed")
    assert closed.status == "closed"
