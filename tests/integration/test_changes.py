"""Change enablement on SQLite and PostgreSQL: the strict lifecycle and the rule of each step,
risk from the questionnaire, CAB authorisation on the shared approval engine (majority, the
requester never approves, a rejection goes back to Assess), standard changes from templates,
tasks in order, and bad input refused with nothing saved half way."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from deskapp.db.models import TeamMember
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.errors import InvalidTransition, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.change_plan import TemplateDraft
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

START = datetime(2027, 3, 2, 20, 0, tzinfo=UTC)
ANSWERS = {"users": "department", "critical": "yes", "backout": "hours", "tested": "partly",
           "experience": "once"}
PLANS = {"reason": "Mail-01 runs an unsupported kernel.",
         "implementation_plan": "Patch, reboot, check the queues.",
         "backout_plan": "Boot the previous kernel from the menu.",
         "test_plan": "Send and receive a test message."}


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def cab(database: Database, names: tuple[str, ...] = ("cab1", "cab2", "cab3"),
        with_actor: Actor | None = None) -> tuple[uuid.UUID, list[Services]]:
    """A CAB team of staff members (and the services each would sign in with)."""
    from deskapp.db.models import Team

    members = [ensure_staff(database.uow, n, f"{n.upper()} Member", ("agent",)) for n in names]
    with database.uow() as uow:
        team = Team(name=f"CAB {uuid.uuid4().hex[:4]}")
        uow.session.add(team)
        uow.session.flush()
        for m in members:
            uow.session.add(TeamMember(team_id=team.id, staff_id=m.staff_id))
        if with_actor is not None:
            uow.session.add(TeamMember(team_id=team.id, staff_id=with_actor.staff_id))
        uow.commit()
        team_id = team.id
    return team_id, [Services.build(database.uow, m) for m in members]


def majority_of(team_id: uuid.UUID) -> ApprovalRule:
    return ApprovalRule((StageRule((ApproverSpec(ApproverKind.TEAM, team_id),),
                                   Policy.MAJORITY),))


def normal_change(services: Services, desk: Desk, **fields: object):  # noqa: ANN201
    return services.changes.create({
        "change_type": "normal", "title": "Patch the mail server kernel",
        "service_id": desk.service_id, "ci_id": desk.ci_id, **fields})


def test_normal_change_through_cab_majority_to_closed(database: Database, services: Services,
                                                      desk: Desk, actor: Actor) -> None:
    team_id, (one, two, three) = cab(database, with_actor=actor)
    services.change_plan.set_approval_rule("normal", None, majority_of(team_id))
    change = normal_change(services, desk)
    assert change.number.startswith("CHG-") and change.status == "new"
    assert change.requested_by is not None and change.requested_by.id == actor.staff_id
    assert "scheduled" not in change.allowed_transitions  # a normal change has a CAB
    with pytest.raises(ValidationError, match="assessed and authorised"):
        services.changes.transition(change.id, change.version, "scheduled")
    assessing = services.changes.transition(change.id, change.version, "assess")
    with pytest.raises(ValidationError, match="implementation plan") as refused:
        services.changes.transition(assessing.id, assessing.version, "authorise")
    assert {"reason", "backout_plan", "planned_start", "risk_level"} <= set(refused.value.fields)
    planned = services.changes.edit(assessing.id, assessing.version, {
        **PLANS, "planned_start": START, "planned_end": START + timedelta(hours=2),
        "risk_answers": ANSWERS, "assignee_id": desk.member_id, "team_id": desk.team_id})
    assert (planned.risk_score, planned.risk_level) == (8, "high")
    assert any("business-critical" in r for r in planned.risk_reasons)
    asked = services.changes.transition(planned.id, planned.version, "authorise")
    assert asked.status == "authorise" and asked.awaiting_approval
    with pytest.raises(ValidationError, match="waits for its CAB"):
        services.changes.transition(asked.id, asked.version, "scheduled")
    request = services.approvals.approvals(change.id)[0]
    lines = request.stages[0].lines
    # the requester is on the CAB team but is never asked to approve their own change
    assert actor.full_name not in {x.approver for x in lines} and len(lines) == 3
    mine = [m for m in one.approvals.my_approvals() if m.item_id == change.id]
    one.approvals.decide(mine[0].id, True, "Fine")
    assert services.changes.get(change.id).status == "authorise"  # 1 of 3: no majority yet
    theirs = [m for m in two.approvals.my_approvals() if m.item_id == change.id]
    two.approvals.decide(theirs[0].id, True)
    scheduled = services.changes.get(change.id)
    assert scheduled.status == "scheduled" and not scheduled.awaiting_approval
    assert not [m for m in three.approvals.my_approvals() if m.item_id == change.id]

    task1 = services.change_tasks.create(change.id, {"title": "Drain the mail queue",
                                                     "team_id": desk.team_id})
    task2 = services.change_tasks.create(change.id, {"title": "Reboot mail-01"})
    with pytest.raises(ValidationError, match="worked while it is implemented"):
        services.change_tasks.transition(task1.id, task1.version, "in_progress")
    started = services.changes.transition(change.id, scheduled.version, "implement")
    assert started.actual_start is not None and started.tasks_open == 2
    with pytest.raises(ValidationError, match="done in order; finish CTASK-"):
        services.change_tasks.transition(task2.id, task2.version, "closed")
    with pytest.raises(ValidationError, match="open task"):
        services.changes.transition(change.id, started.version, "review")
    services.change_tasks.transition(task1.id, task1.version, "closed")
    services.change_tasks.transition(task2.id, task2.version, "closed")
    reviewing = services.changes.transition(change.id, started.version, "review")
    with pytest.raises(ValidationError, match="review's outcome"):
        services.changes.transition(change.id, reviewing.version, "closed")
    with pytest.raises(ValidationError, match="lessons learned"):
        services.changes.edit(change.id, reviewing.version, {"review_outcome": "backed_out"})
    reviewed = services.changes.edit(change.id, reviewing.version, {
        "review_outcome": "successful_with_issues",
        "review_notes": "The queue took 20 minutes to drain; plan 30 next time."})
    closed = services.changes.transition(change.id, reviewed.version, "closed")
    assert closed.status == "closed" and closed.closed_at is not None
    statuses = [e.new_value for e in services.work_items.history(change.id)
                if e.field == "status"]
    assert statuses == ["new", "assess", "authorise", "scheduled", "implement", "review",
                        "closed"]


def test_the_requester_never_approves_and_a_rejection_goes_back_to_assess(
        database: Database, services: Services, desk: Desk, actor: Actor) -> None:
    team_id, (one, _two) = cab(database, ("ecab1", "ecab2"))
    rule = ApprovalRule((StageRule((ApproverSpec(ApproverKind.TEAM, team_id),
                                    ApproverSpec(ApproverKind.STAFF, actor.staff_id)),
                                   Policy.ANY),))
    services.change_plan.set_approval_rule("emergency", None, rule)
    change = services.changes.create({"change_type": "emergency", "title": "Stop the leak",
                                      **PLANS, "planned_start": START,
                                      "planned_end": START + timedelta(hours=1)})
    assert change.priority < normal_change(services, desk).priority  # urgent by its type
    assessing = services.changes.transition(change.id, change.version, "assess")
    risky = services.changes.edit(change.id, assessing.version, {"risk_answers": ANSWERS})
    services.changes.transition(change.id, risky.version, "authorise")
    lines = services.approvals.approvals(change.id)[0].stages[0].lines
    assert {x.approver for x in lines} == {"ECAB1 Member", "ECAB2 Member"}
    # not as a stand-in either: the requester deciding someone's line is refused
    with pytest.raises(PermissionDenied, match="never approves"):
        services.approvals.decide(lines[0].id, True)
    mine = [m for m in one.approvals.my_approvals() if m.item_id == change.id]
    with pytest.raises(ValidationError, match="rejection needs a reason"):
        one.approvals.decide(mine[0].id, False)
    one.approvals.decide(mine[0].id, False, "No backout tested")
    # "any one" is rejected only when everyone rejected
    assert services.changes.get(change.id).status == "authorise"
    other = [x for x in lines if x.approver == "ECAB2 Member"][0]
    Services.build(database.uow, ensure_staff(database.uow, "ecab2", "")).approvals.decide(
        other.id, False, "Agreed")
    back = services.changes.get(change.id)
    assert back.status == "assess"
    notes = [c.body for c in services.incidents.comments(change.id) if c.work_note]
    assert notes and "No backout tested" in notes[0]


def test_a_cab_of_only_the_requester_is_refused_and_nothing_moves(
        database: Database, services: Services, desk: Desk, actor: Actor) -> None:
    only_me = ApprovalRule((StageRule((ApproverSpec(ApproverKind.STAFF, actor.staff_id),)),))
    services.change_plan.set_approval_rule("normal", "low", only_me)
    change = normal_change(services, desk, **PLANS, planned_start=START,
                           planned_end=START + timedelta(hours=1))
    assessing = services.changes.transition(change.id, change.version, "assess")
    low = services.changes.edit(change.id, assessing.version, {"risk_answers": {
        "users": "none", "critical": "no", "backout": "minutes", "tested": "fully",
        "experience": "often"}})
    assert low.risk_level == "low"
    with pytest.raises(ValidationError, match="requester never approves"):
        services.changes.transition(change.id, low.version, "authorise")
    assert services.changes.get(change.id).status == "assess"
    assert services.approvals.approvals(change.id) == []


def test_no_cab_rule_is_a_sentence(services: Services, desk: Desk) -> None:
    change = normal_change(services, desk, **PLANS, planned_start=START,
                           planned_end=START + timedelta(hours=1), risk_answers=ANSWERS)
    assessing = services.changes.transition(change.id, change.version, "assess")
    with pytest.raises(ValidationError, match="No CAB is set up for normal changes of "
                                              "high risk"):
        services.changes.transition(change.id, assessing.version, "authorise")
    assert services.changes.get(change.id).status == "assess"


def test_standard_change_from_its_template_skips_the_cab_and_keeps_its_plans(
        services: Services, desk: Desk) -> None:
    template = services.change_plan.save_template(TemplateDraft(
        "Add a user to a mail distribution list", "Add the user in the admin console.",
        "Remove the user again.", "The user receives the list's next message.", 15,
        service_id=desk.service_id))
    with pytest.raises(ValidationError, match="comes from a template"):
        services.changes.create({"change_type": "standard", "title": "Add Sam"})
    with pytest.raises(ValidationError, match="cannot be changed"):
        services.changes.create({"change_type": "standard", "template_id": template.id,
                                 "title": "Add Sam", "backout_plan": "Something else"})
    change = services.changes.create({"change_type": "standard", "template_id": template.id,
                                      "title": "Add Sam to sales-all", "reason": "New starter",
                                      "planned_start": START})
    assert change.planned_end == START + timedelta(minutes=15)
    assert change.risk_level == "low" and change.template is not None
    assert change.implementation_plan == template.implementation_plan
    assert change.allowed_transitions == ("scheduled", "cancelled")
    with pytest.raises(ValidationError, match="pre-approved"):
        services.changes.transition(change.id, change.version, "assess")
    with pytest.raises(ValidationError, match="template 'Add a user to a mail distribution "
                                              "list'") as refused:
        services.changes.edit(change.id, change.version, {"test_plan": "None", "title": "x"})
    assert set(refused.value.fields) == {"test_plan"}
    assert services.changes.get(change.id).title == "Add Sam to sales-all"  # nothing saved
    scheduled = services.changes.transition(change.id, change.version, "scheduled")
    assert scheduled.status == "scheduled"
    assert services.approvals.approvals(change.id) == []


def test_bad_input_is_a_sentence_and_saves_nothing(services: Services, desk: Desk) -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        normal_change(services, desk, planned_start=START, planned_end=START - timedelta(hours=1))
    with pytest.raises(ValidationError, match="at most 14 days"):
        normal_change(services, desk, planned_start=START, planned_end=START + timedelta(days=15))
    with pytest.raises(ValidationError, match="not a type of change"):
        services.changes.create({"change_type": "urgent", "title": "x"})
    change = normal_change(services, desk)
    with pytest.raises(ValidationError, match="Answer every risk question"):
        services.changes.edit(change.id, change.version, {"risk_answers": {"users": "team"}})
    with pytest.raises(ValidationError, match="ends before it starts"):
        services.changes.edit(change.id, change.version, {
            "title": "Renamed", "planned_start": START, "planned_end": START})
    after = services.changes.get(change.id)
    assert (after.version, after.title, after.planned_start) == (change.version, change.title,
                                                                 None)
    with pytest.raises(InvalidTransition):
        services.changes.transition(change.id, change.version, "closed")
    with pytest.raises(ValidationError, match="Say why the change is cancelled"):
        services.changes.transition(change.id, change.version, "cancelled")
    cancelled = services.changes.transition(change.id, change.version, "cancelled",
                                            resolution_notes="Superseded by the upgrade")
    assert cancelled.status == "cancelled" and cancelled.allowed_transitions == ()


def test_problems_fixed_by_a_change_and_incidents_caused_by_one(services: Services,
                                                                desk: Desk) -> None:
    change = normal_change(services, desk)
    problem = services.problems.create({"title": "Mail queue fills at noon",
                                        "service_id": desk.service_id})
    incident = services.incidents.create({"title": "No mail since the patch", "impact": 2,
                                          "urgency": 2, "service_id": desk.service_id})
    # recorded from the problem's form: "Fixed by CHG-…" (the link reads "CHG fixes PRB")
    link = services.work_items.link_from_number(problem.id, change.number.lower(), "fixes")
    assert (link.link_type, link.outgoing, link.other_number) == ("fixes", False,
                                                                  change.number)
    assert [r.number for r in services.problems.fixing_changes(problem.id)] == [change.number]
    assert [r.number for r in services.changes.fixed_problems(change.id)] == [problem.number]
    # recorded from the change's form: "Causes INC-…" (the incident is caused by the change)
    services.work_items.link_from_number(change.id, incident.number, "caused_by")
    assert [r.number for r in services.changes.caused_incidents(change.id)] == [
        incident.number]
    from_incident = services.work_items.links(incident.id)
    assert [(x.link_type, x.outgoing, x.other_number) for x in from_incident] == [
        ("caused_by", True, change.number)]
    with pytest.raises(ValidationError, match="already linked"):
        services.work_items.link_from_number(problem.id, change.number, "fixes")
    with pytest.raises(ValidationError, match="No ticket is numbered 'CHG-999999'"):
        services.work_items.link_from_number(problem.id, "CHG-999999", "fixes")
    history = [(e.field, e.new_value) for e in services.work_items.history(problem.id)]
    assert ("linked:fixes", change.number) in history
