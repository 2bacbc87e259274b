"""The permission table: the team rules a desk expects, and sentences that say what to do."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.permissions import (
    ADMIN_ONLY,
    RULES,
    Action,
    Principal,
    Resource,
    Role,
    Scope,
    Target,
    decide,
    role_grants,
)

ME, OTHER = uuid.uuid4(), uuid.uuid4()
MY_TEAM, OTHER_TEAM = uuid.uuid4(), uuid.uuid4()


def person(*roles: Role, teams: tuple[uuid.UUID, ...] = (MY_TEAM,),
           leads: tuple[uuid.UUID, ...] = ()) -> Principal:
    return Principal(ME, frozenset(roles), frozenset(teams), frozenset(leads))


@pytest.mark.parametrize(("target", "allowed"), [
    (Target(team_id=MY_TEAM), True),
    (Target(team_id=OTHER_TEAM, assignee_id=ME), True),  # assigned to me elsewhere
    (Target(team_id=None), True),  # not yet routed: whoever takes the call works it
    (Target(team_id=OTHER_TEAM), False),
    (Target(team_id=OTHER_TEAM, assignee_id=OTHER), False),
])
def test_an_agent_edits_items_of_their_teams_and_assigned_to_them(target: Target,
                                                                  allowed: bool) -> None:
    decision = decide(person(Role.AGENT), Action.EDIT, "incident", target)
    assert bool(decision) is allowed
    if not allowed:
        assert "another team" in decision.reason and "supervisor" in decision.reason


def test_an_agent_may_hand_an_own_item_to_another_team_but_not_delete_it() -> None:
    agent = person(Role.AGENT)
    assert decide(agent, Action.HAND_OVER, "incident", Target(team_id=MY_TEAM))
    refused = decide(agent, Action.DELETE, "incident", Target(team_id=MY_TEAM))
    assert not refused and "administrator" in refused.reason


def test_only_admins_change_slas_staff_and_settings() -> None:
    for action, resource in ADMIN_ONLY:
        for role in Role:
            if role is not Role.ADMIN:
                assert not decide(person(role), action, resource), (role, action, resource)
        assert decide(person(Role.ADMIN), action, resource)


def test_confidential_items_are_for_their_team_and_admins_only() -> None:
    secret = Target(team_id=OTHER_TEAM, confidential=True)
    assert not decide(person(Role.SUPERVISOR), Action.VIEW, "incident", secret)
    assert not decide(person(Role.AUDITOR), Action.VIEW, "incident", secret)
    assert decide(person(Role.AGENT, teams=(OTHER_TEAM,)), Action.VIEW, "incident", secret)
    assert decide(person(Role.ADMIN, teams=()), Action.VIEW, "incident", secret)
    # assigned to me but not my team: still hidden (the team owns the secret, not the person)
    assert not decide(person(Role.AGENT), Action.VIEW, "incident",
                      Target(team_id=OTHER_TEAM, assignee_id=ME, confidential=True))


def test_supervisors_manage_members_of_teams_they_lead_only() -> None:
    sup = person(Role.SUPERVISOR, leads=(MY_TEAM,))
    assert decide(sup, Action.MANAGE, Resource.TEAM, Target(team_id=MY_TEAM))
    refused = decide(sup, Action.MANAGE, Resource.TEAM, Target(team_id=OTHER_TEAM))
    assert not refused and "teams you lead" in refused.reason


def test_personal_queues_belong_to_their_owner() -> None:
    agent = person(Role.AGENT)
    assert decide(agent, Action.EDIT, Resource.QUEUE, Target(owner_id=ME))
    assert not decide(agent, Action.EDIT, Resource.QUEUE, Target(owner_id=OTHER))
    assert decide(person(Role.SUPERVISOR), Action.EDIT, Resource.QUEUE, Target(owner_id=OTHER))


def test_the_auditor_reads_everything_and_changes_nothing() -> None:
    auditor = person(Role.AUDITOR)
    assert decide(auditor, Action.VIEW, Resource.AUDIT)
    assert decide(auditor, Action.VIEW, "incident", Target(team_id=OTHER_TEAM))
    for action in (Action.CREATE, Action.EDIT, Action.DELETE, Action.MANAGE):
        for resource in (*Resource, "incident"):
            assert not decide(auditor, action, resource, Target(owner_id=ME, team_id=MY_TEAM))


def test_kind_rules_widen_the_generic_ones() -> None:
    manager = person(Role.INCIDENT_MANAGER, teams=())
    assert decide(manager, Action.EDIT, "incident", Target(team_id=OTHER_TEAM))
    assert not decide(manager, Action.EDIT, "change", Target(team_id=OTHER_TEAM))
    assert role_grants(Role.INCIDENT_MANAGER, "incident").by_action[Action.EDIT] == {Scope.ANY}


@given(roles=st.frozensets(st.sampled_from(list(Role))), action=st.sampled_from(list(Action)),
       resource=st.sampled_from([*Resource, "incident", "incident_task", "change"]),
       team=st.sampled_from([MY_TEAM, OTHER_TEAM, None]), mine=st.booleans())
def test_more_roles_never_take_a_permission_away(roles: frozenset[Role], action: Action,
                                                 resource: str, team: uuid.UUID | None,
                                                 mine: bool) -> None:
    target = Target(team_id=team, assignee_id=ME if mine else None, owner_id=ME if mine else None)
    base = decide(Principal(ME, frozenset(roles), frozenset({MY_TEAM})), action, resource, target)
    more = decide(Principal(ME, frozenset(roles | {Role.AGENT}), frozenset({MY_TEAM})), action,
                  resource, target)
    assert not base or more
    if not base:
        assert base.reason.endswith(".")


def test_every_rule_names_a_known_resource_or_kind() -> None:
    from deskapp.domain.kinds import REGISTRY
    known = set(Resource) | set(REGISTRY)
    assert {r.resource for r in RULES} <= known
