"""Problem management on SQLite and PostgreSQL: the strict lifecycle and the rule of each step,
problems started from incidents, linked incidents resolved with their problem (all or none)."""

from __future__ import annotations

import pytest

from deskapp.errors import InvalidTransition, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _incident(services: Services, desk: Desk, title: str, **fields: object):  # noqa: ANN202
    return services.incidents.create({"title": title, "impact": 2, "urgency": 2,
                                      "service_id": desk.service_id, **fields})


def _statuses(services: Services, item_id: object) -> list[tuple[str | None, str | None]]:
    return [(e.old_value, e.new_value) for e in services.work_items.history(item_id)
            if e.field == "status"]


def test_problem_lifecycle_needs_a_root_cause_and_a_workaround(services: Services,
                                                               desk: Desk) -> None:
    problem = services.problems.create({"title": "Mail delivery stalls at noon",
                                        "description": "Outlook shows 'Trying to connect'.",
                                        "service_id": desk.service_id, "impact": 2,
                                        "urgency": 1})
    assert problem.number.startswith("PRB-") and problem.status == "new"
    assert problem.priority == 2 and problem.service is not None
    with pytest.raises(InvalidTransition, match="cannot move from New to Resolved"):
        services.problems.transition(problem.id, problem.version, "resolved")
    started = services.problems.transition(problem.id, problem.version, "under_investigation")
    with pytest.raises(ValidationError, match="without its root cause") as refused:
        services.problems.transition(started.id, started.version, "resolved")
    assert set(refused.value.fields) == {"root_cause", "permanent_fix"}
    with pytest.raises(ValidationError, match="root cause before marking"):
        services.problems.transition(started.id, started.version, "known_error")
    assert services.problems.get(problem.id).version == started.version  # nothing half saved

    diagnosed = services.problems.edit(started.id, started.version, {
        "root_cause": "The mail queue disk fills with journal files at noon.",
        "root_cause_category": "Capacity",
        "workaround": "Restart the transport service on mail-01."})
    known = services.problems.transition(diagnosed.id, diagnosed.version, "known_error")
    assert known.status == "known_error" and known.known_error_at is not None
    with pytest.raises(ValidationError, match="workaround agents can apply"):
        services.problems.edit(known.id, known.version, {"workaround": "  "})
    with pytest.raises(ValidationError, match="root-cause category"):
        services.problems.edit(known.id, known.version, {"root_cause_category": "Gremlins"})
    fixed = services.problems.edit(known.id, known.version, {
        "permanent_fix": "Journal rotation every hour (change CHG-12)."})
    resolved = services.problems.transition(fixed.id, fixed.version, "resolved",
                                            resolution_notes="Rotation in place since Monday.")
    assert resolved.resolved_at is not None and resolved.resolution_notes
    reopened = services.problems.transition(resolved.id, resolved.version,
                                            "under_investigation")
    assert reopened.reopen_count == 1 and reopened.resolved_at is None
    assert _statuses(services, problem.id) == [
        (None, "new"), ("new", "under_investigation"), ("under_investigation", "known_error"),
        ("known_error", "resolved"), ("resolved", "under_investigation")]


def test_problem_from_incidents_carries_them_over_and_links_them(services: Services,
                                                                 desk: Desk) -> None:
    first = _incident(services, desk, "VPN drops every 10 minutes", impact=3, urgency=1,
                      ci_id=desk.ci_id, category="Network")
    second = _incident(services, desk, "VPN disconnects", impact=1, urgency=3,
                       ci_id=desk.ci_id, category="Network")
    third = _incident(services, desk, "Cannot stay on VPN", category="Network")
    problem = services.problems.create_from_incidents([first.id, second.id, third.id])
    assert problem.title == first.title
    assert problem.service is not None and problem.service.id == desk.service_id
    assert problem.ci is None  # not shared by all three
    assert (problem.impact, problem.urgency) == (1, 1)  # the highest of each
    assert all(i.number in problem.description for i in (first, second, third))
    assert (problem.linked_incidents, problem.open_incidents) == (3, 3)
    linked = services.problems.linked_incidents(problem.id)
    assert [r.number for r in linked] == sorted([first.number, second.number, third.number])
    links = services.work_items.links(first.id)
    assert [(lk.link_type, lk.outgoing, lk.other_number) for lk in links] == [
        ("caused_by", True, problem.number)]

    fourth = _incident(services, desk, "VPN slow")
    assert services.problems.link_incidents(problem.id, [fourth.id, first.id]) == 1
    assert services.problems.get(problem.id).linked_incidents == 4
    with pytest.raises(ValidationError, match="at least one incident"):
        services.problems.create_from_incidents([])


def test_resolving_a_problem_resolves_its_open_incidents_all_or_none(
        services: Services, desk: Desk) -> None:
    a, b = _incident(services, desk, "Printer jams"), _incident(services, desk, "Jam again")
    done = _incident(services, desk, "Old jam")
    done = services.incidents.transition(done.id, done.version, "resolved",
                                         "Solved (permanently)", "Cleaned the rollers.")
    problem = services.problems.create_from_incidents([a.id, b.id, done.id])
    problem = services.problems.edit(problem.id, problem.version, {
        "root_cause": "Worn feed rollers", "permanent_fix": "Rollers replaced."})
    problem = services.problems.transition(problem.id, problem.version, "under_investigation")
    preview = services.problems.resolve_preview(problem.id)
    assert sorted(r.number for r in preview.resolvable) == sorted([a.number, b.number])
    assert preview.left_open == ()
    with pytest.raises(ValidationError, match="resolution code"):
        services.problems.transition(problem.id, problem.version, "resolved",
                                     resolve_incidents=True, incident_code="No such code")
    assert services.problems.get(problem.id).status == "under_investigation"
    assert services.incidents.get(a.id).status == "new"  # nothing half saved
    resolved = services.problems.transition(problem.id, problem.version, "resolved",
                                            resolve_incidents=True,
                                            incident_code="Solved (permanently)")
    assert resolved.open_incidents == 0
    for incident in (a, b):
        now = services.incidents.get(incident.id)
        assert now.status == "resolved" and now.resolution_code == "Solved (permanently)"
        assert now.resolution_notes == f"Resolved with {problem.number}: Rollers replaced."
