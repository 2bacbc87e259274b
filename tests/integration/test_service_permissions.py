"""Permissions enforced by the services (issue 15): each rule family refuses with a sentence, on
SQLite and PostgreSQL, for people who are not the admin-holding default actor."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from sqlalchemy import update

from deskapp.db.models import WorkItem
from deskapp.domain.permissions import Action
from deskapp.domain.queue import QueueDefinition
from deskapp.errors import PermissionDenied
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.queues import BulkTarget
from deskapp.services.resolution_codes import ResolutionCodeDraft
from deskapp.services.service_levels import SlaDraft, SlaTargetDTO
from deskapp.services.staff import resolve_actor
from tests.support.factories import Desk, make_desk

Person = Callable[..., Services]


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def person(database: Database, services: Services) -> Person:
    """Services for a new staff member with ``roles``, member of ``teams``, leading ``leads``
    (made by the admin through the Administration service, as an admin would)."""
    def make(username: str, roles: Sequence[str], teams: Sequence = (),
             leads: Sequence = ()) -> Services:
        made = services.administration.create_staff(username, username.title(), roles)
        for team in teams:
            services.administration.add_member(team, made.id, is_lead=team in leads)
        return Services.build(database.uow, resolve_actor(database.uow, username))
    return make


def test_agent_works_their_teams_items_and_not_another_teams(
        services: Services, desk: Desk, person: Person) -> None:
    agent = person("agnes", ["agent"], [desk.team_id])
    theirs = services.incidents.create({"title": "router down", "impact": 2, "urgency": 2,
                                        "team_id": desk.other_team_id})
    mine = services.incidents.create({"title": "printer jam", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})

    with pytest.raises(PermissionDenied, match="belongs to another team"):
        agent.incidents.edit(theirs.id, theirs.version, {"title": "mine now"})
    with pytest.raises(PermissionDenied, match="belongs to another team"):
        agent.incidents.transition(theirs.id, theirs.version, "in_progress")
    with pytest.raises(PermissionDenied, match="hand over"):
        agent.incidents.assign(theirs.id, theirs.version, desk.team_id, None)
    with pytest.raises(PermissionDenied):
        agent.work_items.add_comment(theirs.id, "hi", work_note=True)
    assert services.incidents.get(theirs.id).version == theirs.version  # nothing written

    # their own team's item: edit, comment, then hand it to the other team ...
    edited = agent.incidents.edit(mine.id, mine.version, {"title": "printer jam, floor 2"})
    agent.work_items.add_comment(mine.id, "on it", work_note=True)
    handed = agent.incidents.assign(mine.id, edited.version, desk.other_team_id, None)
    assert handed.team is not None and handed.team.id == desk.other_team_id
    # ... after which it is that team's
    with pytest.raises(PermissionDenied):
        agent.incidents.edit(mine.id, handed.version, {"title": "back"})
    decisions = agent.work_items.permissions_for(mine.id)
    assert not decisions[Action.EDIT] and "another team" in decisions[Action.EDIT].reason
    assert decisions[Action.VIEW]


def test_an_item_assigned_to_the_person_is_theirs_whatever_the_team(
        services: Services, desk: Desk, person: Person) -> None:
    agent = person("arne", ["agent"], [desk.other_team_id])
    item = services.incidents.create({"title": "vpn", "impact": 3, "urgency": 3})
    item = services.incidents.assign(item.id, item.version, desk.other_team_id,
                                     agent.actor.staff_id)
    moved = services.incidents.assign(item.id, item.version, None, agent.actor.staff_id)
    assert agent.incidents.transition(moved.id, moved.version, "in_progress").status \
        == "in_progress"


def test_tasks_follow_the_same_team_rule(services: Services, desk: Desk,
                                         person: Person) -> None:
    agent = person("tia", ["agent"], [desk.team_id])
    parent = services.incidents.create({"title": "outage", "impact": 1, "urgency": 1})
    task = services.incident_tasks.create(parent.id, {"title": "swap disk",
                                                      "team_id": desk.other_team_id})
    with pytest.raises(PermissionDenied, match="another team"):
        agent.incident_tasks.edit(task.id, task.version, {"title": "x"})
    own = agent.incident_tasks.create(parent.id, {"title": "call vendor",
                                                  "team_id": desk.team_id})
    assert agent.incident_tasks.edit(own.id, own.version, {"title": "call the vendor"}).title \
        == "call the vendor"


def test_bulk_refuses_rows_of_another_team_one_by_one(services: Services, desk: Desk,
                                                      person: Person) -> None:
    agent = person("bo", ["agent"], [desk.team_id])
    mine = services.incidents.create({"title": "a", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})
    theirs = services.incidents.create({"title": "b", "impact": 3, "urgency": 3,
                                        "team_id": desk.other_team_id})
    rows = [r for r in services.incidents.page() if r.id in (mine.id, theirs.id)]
    report = agent.queues.bulk_priority([BulkTarget.of(r) for r in rows], 1, 1)
    by_id = {o.id: o for o in report.outcomes}
    assert by_id[mine.id].outcome == "ok"
    assert by_id[theirs.id].outcome == "invalid"
    assert "another team" in by_id[theirs.id].message
    assert services.incidents.get(theirs.id).impact == 3


def test_only_admins_change_slas_calendars_and_resolution_codes(
        services: Services, desk: Desk, person: Person) -> None:
    for roles in (["agent"], ["supervisor"], ["service_owner"]):
        someone = person(f"s{len(roles[0])}{roles[0][:3]}", roles, [desk.team_id])
        current = someone.service_levels.definition(desk.sla_id)  # reading is fine
        draft = SlaDraft(current.name, current.calendar_id,
                         (SlaTargetDTO(1, 5, 60),), id=current.id, version=current.version)
        with pytest.raises(PermissionDenied, match="SLAs and calendars; only an administrator"):
            someone.service_levels.save_definition(draft)
        with pytest.raises(PermissionDenied, match="SLAs and calendars"):
            someone.resolution_codes.save(ResolutionCodeDraft("x_fix", "X fix"))
    assert services.service_levels.definition(desk.sla_id).version == current.version


def test_services_and_cis_are_for_owners_and_change_managers(
        services: Services, desk: Desk, person: Person) -> None:
    agent = person("cid", ["agent"], [desk.team_id])
    owner = person("olga", ["service_owner"])
    with pytest.raises(PermissionDenied, match="You may not create services; ask an "
                                               "administrator or a service owner"):
        agent.portfolio.save(None, None, {"name": "Payroll"})
    with pytest.raises(PermissionDenied, match="configuration items"):
        agent.cmdb.save(None, None, {"name": "db-9", "ci_type": "server"})
    assert owner.portfolio.save(None, None, {"name": "Payroll"}).name == "Payroll"
    assert owner.cmdb.save(None, None, {"name": "db-9", "ci_type": "server"}).name == "db-9"


def test_supervisor_manages_only_the_teams_they_lead(services: Services, desk: Desk,
                                                     person: Person) -> None:
    sup = person("sue", ["supervisor"], [desk.team_id], leads=[desk.team_id])
    newcomer = services.administration.create_staff("nia", "Nia New", ["agent"])
    team = sup.administration.add_member(desk.team_id, newcomer.id)
    assert "nia" in {m.username for m in team.members}
    assert sup.administration.can_manage_members(desk.team_id)
    refusal = sup.administration.can_manage_members(desk.other_team_id)
    assert not refusal and "only of teams you lead" in refusal.reason
    with pytest.raises(PermissionDenied, match="only of teams you lead"):
        sup.administration.add_member(desk.other_team_id, newcomer.id)
    with pytest.raises(PermissionDenied, match="only of teams you lead"):
        sup.administration.create_team("Sue's own")
    with pytest.raises(PermissionDenied, match="staff and roles"):
        sup.administration.set_roles(newcomer.id, ["admin"])


def test_auditor_reads_but_changes_nothing(services: Services, desk: Desk,
                                           person: Person) -> None:
    auditor = person("audrey", ["auditor"], [desk.team_id])
    item = services.incidents.create({"title": "seen", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})
    assert auditor.incidents.get(item.id).title == "seen"
    attempts = [
        lambda: auditor.incidents.create({"title": "no", "impact": 3, "urgency": 3}),
        lambda: auditor.incidents.edit(item.id, item.version, {"title": "no"}),
        lambda: auditor.portfolio.save(None, None, {"name": "No"}),
        lambda: auditor.cmdb.save(None, None, {"name": "no", "ci_type": "server"}),
        lambda: auditor.queues.save_personal("Mine", QueueDefinition()),
        lambda: auditor.administration.create_team("No"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="You may not"):
            attempt()
    assert auditor.audit.trail().entries  # the trail is theirs to read


def test_queue_owner_or_supervisor_changes_a_shared_queue(services: Services, desk: Desk,
                                                          person: Person) -> None:
    owner = person("quinn", ["agent"], [desk.team_id])
    other = person("rita", ["agent"], [desk.team_id])
    sup = person("sam", ["supervisor"], [desk.team_id])
    saved = owner.queues.save_personal("Printers", QueueDefinition())
    shared = owner.queues.share(saved.key, saved.version or 0, desk.team_id)
    seen = other.queues.get(shared.key)
    assert not seen.editable and "only your own queues" in seen.why_not
    with pytest.raises(PermissionDenied, match="only your own queues"):
        other.queues.update(shared.key, shared.version or 0, name="Mine")
    renamed = sup.queues.update(shared.key, shared.version or 0, name="Printers (all)")
    assert renamed.name == "Printers (all)"


def test_confidential_items_are_refused_to_other_teams(database: Database, services: Services,
                                                       desk: Desk, person: Person) -> None:
    outsider = person("otto", ["agent", "supervisor"], [desk.other_team_id])
    insider = person("ines", ["agent"], [desk.team_id])
    item = services.incidents.create({"title": "HR case", "impact": 3, "urgency": 3,
                                      "team_id": desk.team_id})
    with database.uow() as uow:
        uow.session.execute(update(WorkItem).where(WorkItem.id == item.id)
                            .values(confidential=True))
        uow.commit()
    with pytest.raises(PermissionDenied, match="confidential to its team"):
        outsider.incidents.get(item.id)
    with pytest.raises(PermissionDenied, match="confidential"):
        outsider.incidents.find_number(item.number)
    with pytest.raises(PermissionDenied, match="confidential"):
        outsider.work_items.history(item.id)
    found = outsider.search.search(item.number)
    assert found.hits == () and found.hint is not None and "confidential" in found.hint
    assert insider.incidents.get(item.id).title == "HR case"
    assert [h.id for h in insider.search.search(item.number).hits] == [item.id]
