"""Approvals on work items, on SQLite and PostgreSQL: any / all / majority, sequential stages,
dynamic approvers, delegates, decisions recorded for approvers without a login, bulk decisions,
the events History shows, the kind's outcome hook, and every refusal saving nothing."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from typing import Any

import pytest

from deskapp.db.models import Person, Service, TeamMember, WorkItem
from deskapp.domain import kinds
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.errors import NotFound, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.reference import CallerDraft
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


class People:
    """Staff members, each with their own services (signed in as them)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.by_name: dict[str, Services] = {}

    def __call__(self, name: str) -> Services:
        if name not in self.by_name:
            actor = ensure_staff(self.database.uow, name.lower(), name, roles=("agent",))
            self.by_name[name] = Services.build(self.database.uow, actor)
        return self.by_name[name]

    def id(self, name: str) -> uuid.UUID:
        return self(name).actor.staff_id


@pytest.fixture
def people(database: Database) -> People:
    return People(database)


def staff(*ids: uuid.UUID) -> tuple[ApproverSpec, ...]:
    return tuple(ApproverSpec(ApproverKind.STAFF, i) for i in ids)


def rule(*stages: tuple[tuple[ApproverSpec, ...], Policy]) -> ApprovalRule:
    return ApprovalRule(tuple(StageRule(a, p) for a, p in stages))


def incident(services: Services, **fields: Any) -> Any:
    return services.incidents.create({"title": "New starter needs ERP account", "impact": 3,
                                      "urgency": 3, **fields})


def line_of(services: Services, item_id: uuid.UUID, name: str) -> uuid.UUID:
    request = services.approvals.approvals(item_id)[0]
    return next(x.id for s in request.stages for x in s.lines
                if x.approver == name and x.decision == "pending")


def events(services: Services, item_id: uuid.UUID) -> list[tuple[str, str | None]]:
    return [(e.field, e.new_value) for e in services.incidents.history(item_id)
            if e.field.startswith("approval")]


@pytest.mark.parametrize(("policy", "decisions", "state"), [
    (Policy.ANY, [("Ann", True)], "approved"),
    (Policy.ALL, [("Ann", True), ("Ben", True)], "pending"),
    (Policy.ALL, [("Ann", True), ("Ben", True), ("Cat", True)], "approved"),
    (Policy.ALL, [("Ann", True), ("Ben", False)], "rejected"),
    (Policy.MAJORITY, [("Ann", True), ("Ben", True)], "approved"),
    (Policy.MAJORITY, [("Ann", False), ("Ben", True)], "pending"),
    (Policy.MAJORITY, [("Ann", False), ("Cat", False)], "rejected"),
    (Policy.ANY, [("Ann", False), ("Ben", False)], "pending"),
])
def test_policies(services: Services, people: People, policy: Policy,
                  decisions: list[tuple[str, bool]], state: str) -> None:
    item = incident(services)
    ids = [people.id(n) for n in ("Ann", "Ben", "Cat")]
    services.approvals.request(item.id, rule((staff(*ids), policy)))
    result = None
    for name, approve in decisions:
        result = people(name).approvals.decide(line_of(services, item.id, name), approve,
                                               "" if approve else "Not in budget.")
    assert result is not None and result.state == state
    stage = result.stages[0]
    assert stage.approved == sum(a for _, a in decisions)
    assert stage.rejected == sum(not a for _, a in decisions)


def test_stages_run_in_order_with_events(services: Services, people: People) -> None:
    item = incident(services)
    ann, ben = people.id("Ann"), people.id("Ben")
    asked = services.approvals.request(item.id, rule((staff(ann), Policy.ANY),
                                                     (staff(ben), Policy.ANY)))
    assert [s.opened for s in asked.stages] == [True, False]
    assert asked.stages[1].asks == "Ben"
    assert [a.number for a in people("Ben").approvals.my_approvals()] == []
    with pytest.raises(PermissionDenied, match="You were not asked"):
        people("Ben").approvals.decide(line_of(services, item.id, "Ann"), True)
    after = people("Ann").approvals.decide(line_of(services, item.id, "Ann"), True, "fine")
    assert (after.state, after.current_stage) == ("pending", 2)
    mine = people("Ben").approvals.my_approvals()
    assert [(a.number, a.stage, a.stages, a.on_behalf) for a in mine] == [
        (item.number, 2, 2, False)]
    done = people("Ben").approvals.decide(mine[0].id, False, "Use the existing licence.")
    assert (done.state, done.current_stage) == ("rejected", None)
    assert [f for f, _ in events(services, item.id)] == [
        "approval_requested", "approval", "approval_stage", "approval", "approval_state"]
    assert events(services, item.id)[1][1] == "Stage 1: approved by Ann: fine"
    assert events(services, item.id)[-1][1] == "rejected"
    # incidents declare no outcome hook: the status stays
    assert services.incidents.get(item.id).status == "new"
    # a decided approval decides nothing more, and a new one may be asked
    with pytest.raises(ValidationError, match="already rejected"):
        people("Ann").approvals.decide(done.stages[0].lines[0].id, True)
    again = services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    assert [r.id for r in services.approvals.approvals(item.id)][0] == again.id


def test_team_manager_and_service_owner_are_resolved(database: Database, services: Services,
                                                     people: People, desk: Desk) -> None:
    ann = people.id("Ann")
    with database.uow() as uow:
        manager = Person(full_name="Maria Manager", email="maria@example.com")
        uow.session.add(manager)
        uow.session.flush()
        caller = uow.session.get(Person, desk.caller_id)
        assert caller is not None
        caller.manager_id = manager.id
        service = uow.session.get(Service, desk.service_id)
        assert service is not None
        service.owner_team_id = desk.other_team_id  # Network: Olly Outsider
        uow.session.add(TeamMember(team_id=desk.other_team_id, staff_id=ann, is_lead=True))
        uow.commit()
    item = incident(services, caller_id=desk.caller_id, service_id=desk.service_id)
    asked = services.approvals.request(item.id, ApprovalRule((StageRule((
        ApproverSpec(ApproverKind.TEAM, desk.team_id),
        ApproverSpec(ApproverKind.CALLER_MANAGER),
        ApproverSpec(ApproverKind.SERVICE_OWNER)), Policy.ALL),)))
    lines = {x.approver: x for x in asked.stages[0].lines}
    # the team's members (the actor is one), the manager (no login), the owner team's lead
    assert set(lines) == {"Alex Agent", "Morgan Member", "Maria Manager", "Ann"}
    assert not lines["Maria Manager"].has_login and lines["Maria Manager"].can_record
    assert lines["Alex Agent"].can_decide and not lines["Ann"].can_decide
    assert "Network (team)" not in asked.stages[0].asks
    assert asked.stages[0].asks == "Service Desk (team), the caller's manager, the service owner"

    # an agent records the manager's answer; it is not theirs to approve in person
    with pytest.raises(ValidationError, match="no DeskApp login"):
        services.approvals.decide(lines["Maria Manager"].id, True)
    with pytest.raises(ValidationError, match="how the decision came"):
        services.approvals.record(lines["Maria Manager"].id, True, "", "fax")
    with pytest.raises(ValidationError, match="has a DeskApp login"):
        services.approvals.record(lines["Ann"].id, True, "", "phone")
    after = services.approvals.record(lines["Maria Manager"].id, True, "Said yes.", "phone")
    recorded = next(x for x in after.stages[0].lines if x.approver == "Maria Manager")
    assert (recorded.decision, recorded.decided_by, recorded.channel) == (
        "approved", "Alex Agent", "phone")
    assert events(services, item.id)[-1] == (
        "approval", "Stage 1: approved by Maria Manager by phone: Said yes.")


def test_dynamic_approvers_that_cannot_be_asked_are_refused(services: Services,
                                                            desk: Desk) -> None:
    item = incident(services)
    for kind, message in ((ApproverKind.CALLER_MANAGER, "has no caller"),
                          (ApproverKind.SERVICE_OWNER, "names no service")):
        with pytest.raises(ValidationError, match=message):
            services.approvals.request(item.id, ApprovalRule((StageRule((
                ApproverSpec(kind),)),)))
    with_caller = incident(services, caller_id=desk.caller_id, service_id=desk.service_id)
    with pytest.raises(ValidationError, match="Casey Caller has no manager on record"):
        services.approvals.request(with_caller.id, ApprovalRule((
            StageRule(staff(services.actor.staff_id)),
            StageRule((ApproverSpec(ApproverKind.CALLER_MANAGER),)))))
    with pytest.raises(ValidationError, match="Email has no owner team"):
        services.approvals.request(with_caller.id, ApprovalRule((StageRule((
            ApproverSpec(ApproverKind.SERVICE_OWNER),)),)))
    with pytest.raises(ValidationError, match="no longer an active staff member"):
        services.approvals.request(item.id, rule((staff(uuid.uuid4()), Policy.ANY)))
    # nothing half saved: no request, no line, no event
    assert services.approvals.approvals(item.id) == []
    assert services.approvals.approvals(with_caller.id) == []
    assert events(services, item.id) == []


def test_closed_items_and_second_requests_are_refused(services: Services,
                                                      people: People) -> None:
    item = incident(services)
    ann = people.id("Ann")
    services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    with pytest.raises(ValidationError, match="already waiting for an approval"):
        services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    line = line_of(services, item.id, "Ann")
    current = services.incidents.get(item.id)
    services.incidents.transition(item.id, current.version, "resolved",
                                  "Solved (permanently)", "Done.")
    with pytest.raises(ValidationError, match="is closed; its approvals can no longer"):
        people("Ann").approvals.decide(line, True)
    with pytest.raises(ValidationError, match="is closed; approval can be asked only"):
        services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    with pytest.raises(ValidationError, match="a rejection needs a reason"):
        people("Ann").approvals.decide(line, False, "  ")
    assert services.approvals.approvals(item.id)[0].stages[0].lines[0].decision == "pending"
    assert not people("Ann").approvals.approvals(item.id)[0].stages[0].lines[0].can_decide


def test_a_delegate_acts_while_the_approver_is_away(services: Services,
                                                    people: People) -> None:
    ann, ben, cat = people.id("Ann"), people.id("Ben"), people.id("Cat")
    item = incident(services)
    services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    today = services.approvals._clock().date()
    later = people("Ann").approvals.add_delegation(ben, today + timedelta(5),
                                                   today + timedelta(9))
    assert not later.active
    assert people("Ben").approvals.my_approvals() == []
    now = people("Ann").approvals.add_delegation(ben, today, today + timedelta(2),
                                                 from_staff_id=None)
    assert (now.from_name, now.to_name, now.active) == ("Ann", "Ben", True)
    mine = people("Ben").approvals.my_approvals()
    assert [(a.number, a.approver, a.on_behalf) for a in mine] == [(item.number, "Ann", True)]
    # a loop is refused, so is delegating someone else's approvals
    with pytest.raises(ValidationError, match="loop"):
        people("Ben").approvals.add_delegation(ann, today, today)
    with pytest.raises(PermissionDenied, match="only your own approvals"):
        people("Cat").approvals.add_delegation(cat, today, today, from_staff_id=ben)
    with pytest.raises(PermissionDenied, match="You were not asked"):
        people("Cat").approvals.decide(mine[0].id, True)
    result = people("Ben").approvals.decide(mine[0].id, True, "Ann is away; fine by her.")
    assert result.state == "approved"
    assert result.stages[0].lines[0].decided_by == "Ben"
    assert events(services, item.id)[1][1] == \
        "Stage 1: approved by Ben for Ann: Ann is away; fine by her."
    # edit and remove
    moved = people("Ann").approvals.update_delegation(later.id, later.version, cat,
                                                      later.starts, later.ends)
    assert moved.to_name == "Cat"
    people("Ann").approvals.remove_delegation(moved.id, moved.version)
    assert [d.id for d in services.approvals.delegations()] == [now.id]
    with pytest.raises(NotFound):
        people("Ann").approvals.remove_delegation(moved.id, moved.version + 1)


def test_bulk_decides_all_or_nothing(services: Services, people: People) -> None:
    ann = people.id("Ann")
    items = [incident(services, title=f"Access {n}") for n in range(3)]
    for item in items:
        services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    mine = people("Ann").approvals.my_approvals()
    assert [a.number for a in mine] == [i.number for i in items]
    # one item closes meanwhile: the bulk refuses with its number and decides nothing
    closed = services.incidents.get(items[1].id)
    services.incidents.transition(closed.id, closed.version, "resolved",
                                  "Solved (permanently)", "Done.")
    with pytest.raises(ValidationError, match=f"{items[1].number}: .*Nothing was decided"):
        people("Ann").approvals.decide_many([a.id for a in mine], True)
    assert len(people("Ann").approvals.my_approvals()) == 3
    with pytest.raises(ValidationError, match="needs a reason"):
        people("Ann").approvals.decide_many([mine[0].id], False)
    result = people("Ann").approvals.decide_many([mine[0].id, mine[2].id], False,
                                                 "No budget this quarter.")
    assert (result.decided, result.numbers, result.outcomes) == (
        2, (items[0].number, items[2].number), (items[0].number, items[2].number))
    assert [a.number for a in people("Ann").approvals.my_approvals()] == [items[1].number]
    assert events(services, items[0].id)[-1] == ("approval_state", "rejected")


def test_the_kind_hook_moves_the_item_on(services: Services, people: People,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A kind that declares an outcome status (as changes and requests will) is moved there
    when its approval is decided, with a status event; an illegal step leaves it."""
    declared = dataclasses.replace(kinds.REGISTRY["incident"], on_approved="in_progress",
                                   on_rejected="closed")
    monkeypatch.setitem(kinds.REGISTRY, "incident", declared)  # type: ignore[index]
    ann = people.id("Ann")
    item = incident(services)
    services.approvals.request(item.id, rule((staff(ann), Policy.ANY)))
    people("Ann").approvals.decide(line_of(services, item.id, "Ann"), True)
    assert services.incidents.get(item.id).status == "in_progress"
    statuses = [e.new_value for e in services.incidents.history(item.id) if e.field == "status"]
    assert statuses[-1] == "in_progress"
    other = incident(services)
    services.approvals.request(other.id, rule((staff(ann), Policy.ANY)))
    people("Ann").approvals.decide(line_of(services, other.id, "Ann"), False, "No.")
    assert services.incidents.get(other.id).status == "new"  # new -> closed is not a step
    with pytest.raises(ValueError, match="unknown status"):
        dataclasses.replace(declared, on_approved="scheduled")


def test_rule_mistakes_and_unknown_lines(services: Services, database: Database) -> None:
    item = incident(services)
    with pytest.raises(ValidationError, match="at least one approval stage"):
        services.approvals.request(item.id, ApprovalRule(()))
    with pytest.raises(NotFound):
        services.approvals.decide(uuid.uuid4(), True)
    with pytest.raises(NotFound):
        services.approvals.decide_many([uuid.uuid4()], True)
    with pytest.raises(ValidationError, match="at least one"):
        services.approvals.decide_many([], True)
    with database.uow(read_only=True) as uow:
        assert uow.session.get(WorkItem, item.id) is not None


def test_a_callers_manager_is_set_checked_and_follows_a_merge(services: Services) -> None:
    ref = services.reference
    casey = ref.create_caller(CallerDraft("Casey Caller", "casey@example.com"))
    maria = ref.create_caller(CallerDraft("Maria Manager", "maria@example.com"))
    twin = ref.create_caller(CallerDraft("Maria Manager", "m.manager@example.com"))
    people = services.people

    def set_manager(caller: Any, manager_id: uuid.UUID | None) -> Any:
        current = people.caller(caller.id)
        return people.update_caller(current.id, current.version, CallerDraft(
            current.full_name, current.email, current.phone, current.organisation,
            set_manager=True, manager_id=manager_id))

    saved = set_manager(casey, twin.id)
    assert (saved.manager_id, saved.manager_name) == (twin.id, "Maria Manager")
    # a save that does not set the manager keeps it
    current = people.caller(casey.id)
    kept = people.update_caller(current.id, current.version, CallerDraft(
        current.full_name, current.email, "+44 20 7946 0000", current.organisation))
    assert kept.manager_id == twin.id
    with pytest.raises(ValidationError, match="their own manager"):
        set_manager(casey, casey.id)
    with pytest.raises(ValidationError, match="Casey Caller already reports to Maria Manager"):
        set_manager(twin, casey.id)
    with pytest.raises(ValidationError, match="no longer exists"):
        set_manager(casey, uuid.uuid4())
    # merging the two Marias keeps Casey's reporting line, to the kept one
    people.merge_callers(people.caller(maria.id), people.caller(twin.id))
    assert people.caller(casey.id).manager_id == maria.id
    line = next(c for c in people.callers("Casey") if c.caller.id == casey.id)
    assert line.caller.manager_name == "Maria Manager"
    assert set_manager(casey, None).manager_id is None


def test_asking_or_recording_on_another_teams_item_is_refused(services: Services, desk: Desk,
                                                              people: People) -> None:
    """People agents (no team) may work unrouted items; an item of another team is not theirs
    to put through approval, nor to record someone's decision on."""
    theirs = incident(services, team_id=desk.other_team_id)
    outsider = people("Olga")
    with pytest.raises(PermissionDenied, match="another team"):
        outsider.approvals.request(theirs.id, rule((staff(people.id("Ann")), Policy.ANY)))
    asked = services.approvals.request(theirs.id, rule((staff(people.id("Ann")), Policy.ANY)))
    assert asked.stages
    line = line_of(services, theirs.id, "Ann")
    with pytest.raises(PermissionDenied, match="another team"):
        outsider.approvals.record(line, True, "", "phone")
    assert services.approvals.approvals(theirs.id)[0].stages[0].lines[0].decision == "pending"
