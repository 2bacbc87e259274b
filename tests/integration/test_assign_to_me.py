"""Assign to me and the default team (issue 14): take next puts an item without a team into
the taker's default team, chosen once (asked when they are in several teams), and Assign to me
follows the same rule on forms and queue selections; SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from deskapp.db.models import TeamMember
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.preferences import CHOOSE_TEAM
from deskapp.services.queues import BulkTarget
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _join(database: Database, team_id: object, staff_id: object) -> None:
    with database.uow() as uow:
        uow.session.add(TeamMember(team_id=team_id, staff_id=staff_id))
        uow.commit()


def _all_open(services: Services):  # type: ignore[no-untyped-def]
    return services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)


def test_take_next_puts_an_item_without_team_into_my_only_team_and_remembers_it(
        services: Services, desk: Desk) -> None:
    item = services.incidents.create({"title": "printer jam", "impact": 2, "urgency": 2})
    assert item.team is None
    taken = services.queues.take_next(_all_open(services))
    assert taken is not None and taken.id == item.id
    assert taken.team is not None and taken.team.id == desk.team_id
    assert taken.assignee is not None and taken.assignee.id == services.actor.staff_id
    fields = {e.field for e in services.incidents.history(item.id)}
    assert {"team_id", "assignee_id"} <= fields
    assert services.preferences.default_team() == desk.team_id


def test_someone_in_two_teams_chooses_once_and_the_choice_sticks(
        database: Database, services: Services, desk: Desk) -> None:
    _join(database, desk.other_team_id, services.actor.staff_id)
    first = services.incidents.create({"title": "vpn", "impact": 1, "urgency": 1})
    second = services.incidents.create({"title": "wifi", "impact": 1, "urgency": 1})
    queue = _all_open(services)
    with pytest.raises(ValidationError) as refused:
        services.queues.take_next(queue)
    assert CHOOSE_TEAM in refused.value.fields
    assert services.incidents.get(first.id).assignee is None  # nothing half done
    taken = services.queues.take_next(queue, desk.other_team_id)
    assert taken is not None and taken.team.id == desk.other_team_id
    assert services.preferences.default_team() == desk.other_team_id
    again = services.queues.take_next(queue)  # no question the second time
    assert again is not None and {again.id, taken.id} == {first.id, second.id}
    assert again.team.id == desk.other_team_id
    with pytest.raises(ValidationError, match="not a member of that team"):
        services.preferences.set_default_team(desk.team_id, desk.outsider_id)


def test_assign_to_me_on_the_form_keeps_my_team_and_refuses_another_teams_item(
        services: Services, desk: Desk) -> None:
    mine = services.incidents.create({"title": "laptop", "impact": 3, "urgency": 3})
    mine = services.incidents.assign(mine.id, mine.version, desk.team_id, desk.member_id)
    done = services.incidents.assign_to_me(mine.id, mine.version)
    assert done.team.id == desk.team_id and done.assignee.id == services.actor.staff_id
    assert done.status == "assigned"
    loose = services.incidents.create({"title": "no team yet", "impact": 3, "urgency": 3})
    loose = services.incidents.assign_to_me(loose.id, loose.version)
    assert loose.team.id == desk.team_id
    theirs = services.incidents.create({"title": "router", "impact": 3, "urgency": 3})
    theirs = services.incidents.assign(theirs.id, theirs.version, desk.other_team_id, None)
    with pytest.raises(ValidationError, match="Network, which you are not a member of"):
        services.incidents.assign_to_me(theirs.id, theirs.version)
    assert services.incidents.get(theirs.id).assignee is None


def test_assign_to_me_works_for_tasks_and_in_a_queue_selection(services: Services,
                                                                desk: Desk) -> None:
    parent = services.incidents.create({"title": "outage", "impact": 2, "urgency": 2})
    task = services.incident_tasks.create(parent.id, {"title": "check switch"})
    task = services.incident_tasks.assign_to_me(task.id, task.version)
    assert task.assignee.id == services.actor.staff_id and task.team.id == desk.team_id
    a = services.incidents.create({"title": "a", "impact": 3, "urgency": 3})
    b = services.incidents.create({"title": "b", "impact": 3, "urgency": 3})
    b = services.incidents.assign(b.id, b.version, desk.other_team_id, None)
    rows = {r.id: r for r in services.queues.page(_all_open(services), None, 50)}
    report = services.queues.assign_to_me([BulkTarget.of(rows[a.id]), BulkTarget.of(rows[b.id]),
                                           BulkTarget.of(rows[task.id])])
    outcomes = {o.id: o.outcome for o in report.outcomes}
    assert outcomes == {a.id: "ok", b.id: "invalid", task.id: "unchanged"}
    assert services.incidents.get(a.id).assignee.id == services.actor.staff_id


def test_a_supervisor_sets_anothers_default_team_an_agent_may_not(
        database: Database, services: Services, desk: Desk) -> None:
    agent = ensure_staff(database.uow, "agent2", "Avery Agent", roles=("agent",))
    _join(database, desk.team_id, agent.staff_id)
    _join(database, desk.other_team_id, agent.staff_id)
    as_agent = Services.build(database.uow, agent)
    with pytest.raises(PermissionDenied):
        as_agent.preferences.set_default_team(desk.team_id, services.actor.staff_id)
    services.preferences.set_default_team(desk.other_team_id, agent.staff_id)  # admin
    assert as_agent.preferences.default_team() == desk.other_team_id
    assert [c.label for c in as_agent.preferences.my_teams()] == ["Network", "Service Desk"]
