"""The service catalogue and service requests on SQLite and PostgreSQL: an offering with its form,
approval rule and plan; a request raised, approved (or rejected), fulfilled task by task in
order or in parallel and closed; refusals saving nothing; retirement; converting an incident;
counts of requests, tasks and approvals after a scripted scenario."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Approval, Person, RequestTask, ServiceRequest, TicketEvent
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.domain.fulfilment import FulfilmentPlan, PlanStep, in_order, in_parallel
from deskapp.domain.request_form import FieldType, FormField, RequestForm, ShowIf
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.catalogue import OfferingDraft
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.service_requests import RequestDraft
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

LAPTOP_FORM = RequestForm((
    FormField("model", "Model", FieldType.CHOICE, required=True, default="Standard 14\"",
              choices=("Standard 14\"", "Developer 16\"")),
    FormField("start", "Start date", FieldType.DATE, required=True),
    FormField("monitor", "Second monitor", FieldType.YES_NO, default=False),
    FormField("monitor_size", "Monitor size", FieldType.CHOICE, choices=("24\"", "27\""),
              show_if=ShowIf("monitor", "yes"), required=True),
    FormField("notes", "Notes", FieldType.LONG_TEXT, help="Anything the team should know"),
))


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def manager_of_caller(database: Database, desk: Desk) -> uuid.UUID:
    with database.uow() as uow:
        manager = Person(full_name="Maria Manager", email="maria@example.com")
        uow.session.add(manager)
        uow.session.flush()
        caller = uow.session.get(Person, desk.caller_id)
        assert caller is not None
        caller.manager_id = manager.id
        uow.commit()
        return manager.id


def laptop(services: Services, desk: Desk, **changes: Any) -> Any:
    values: dict[str, Any] = {
        "service_id": desk.service_id, "name": "New starter laptop",
        "description": "A laptop set up for someone joining.", "form": LAPTOP_FORM,
        "approval": ApprovalRule((StageRule((ApproverSpec(ApproverKind.CALLER_MANAGER),)),)),
        "plan": in_order(("order", "Order the laptop", desk.team_id, 48),
                         ("deliver", "Set up and deliver", desk.other_team_id, 24)),
        "sla_id": desk.sla_id, "team_id": desk.team_id, **changes}
    return services.catalogue.save(OfferingDraft(**values)).record


def order(services: Services, desk: Desk, offering_id: uuid.UUID, **answers: Any) -> Any:
    return services.requests.create(RequestDraft(offering_id, desk.caller_id, {
        "model": "Developer 16\"", "start": "2027-01-04", **answers}))


def counts(database: Database) -> tuple[int, int, int]:
    with database.uow(read_only=True) as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(ServiceRequest)) or 0,
                s.scalar(select(func.count()).select_from(RequestTask)) or 0,
                s.scalar(select(func.count()).select_from(Approval)) or 0)


def close(services: Services, task_id: uuid.UUID) -> Any:
    task = services.request_tasks.get(task_id)
    return services.request_tasks.transition(task.id, task.version, "closed")


def test_laptop_for_a_new_starter_end_to_end(database: Database, services: Services,
                                             desk: Desk) -> None:
    manager_of_caller(database, desk)
    offering = laptop(services, desk)
    raised = order(services, desk, offering.id, notes="Joins the finance team")
    assert raised.number.startswith("REQ-")
    assert (raised.status, raised.awaiting_approval) == ("pending", True)
    assert raised.sla_state == "paused"  # the SLA's pause statuses hold the clock meanwhile
    assert raised.title == "New starter laptop for Casey Caller"
    assert {a.key: a.text for a in raised.answers} == {
        "model": "Developer 16\"", "start": "2027-01-04", "notes": "Joins the finance team"}
    assert services.requests.tasks_of(raised.id) == []
    asked = services.approvals.approvals(raised.id)[0]
    line = asked.stages[0].lines[0]
    assert (line.approver, line.has_login, line.can_record) == ("Maria Manager", False, True)
    # the agent records the manager's "yes" given by phone: the first task opens
    services.approvals.record(line.id, True, "Fine by me", "phone")
    approved = services.requests.get(raised.id)
    assert approved.status == "in_progress"
    tasks = services.requests.tasks_of(raised.id)
    assert [(t.title, t.status, t.team_name) for t in tasks] == [
        ("Order the laptop", "assigned", "Service Desk")]
    first = services.request_tasks.get(tasks[0].id)
    assert first.kind == "request_task" and first.number.startswith("RTASK-")
    assert first.due_at is not None and first.parent_number == raised.number
    close(services, first.id)
    tasks = services.requests.tasks_of(raised.id)
    assert [(t.title, t.status) for t in tasks] == [
        ("Order the laptop", "closed"), ("Set up and deliver", "assigned")]
    assert services.requests.get(raised.id).status == "in_progress"
    close(services, tasks[1].id)
    done = services.requests.get(raised.id)
    assert done.status == "closed" and done.resolution_notes == "Fulfilled: 2 of 2 task(s) done."
    assert done.tasks_open == 0 and done.tasks_total == 2
    fields = [e.field for e in services.requests.history(raised.id)]
    for expected in ("created", "offering", "approval_requested", "approval", "approval_state",
                     "task_added"):
        assert expected in fields
    assert fields.count("task_added") == 2
    assert counts(database) == (1, 2, 1)
    assert services.catalogue.offering(offering.id).used == 1


def test_a_rejection_closes_the_request_with_the_reason(database: Database,
                                                        services: Services, desk: Desk) -> None:
    manager_of_caller(database, desk)
    offering = laptop(services, desk)
    raised = order(services, desk, offering.id)
    line = services.approvals.approvals(raised.id)[0].stages[0].lines[0]
    services.approvals.record(line.id, False, "Reuse the returned laptop", "email")
    rejected = services.requests.get(raised.id)
    assert rejected.status == "rejected"
    assert rejected.resolution_notes is not None
    assert "Reuse the returned laptop" in rejected.resolution_notes
    assert services.requests.tasks_of(raised.id) == []
    assert counts(database) == (1, 0, 1)


def test_parallel_plan_without_approval_opens_every_task_at_once(services: Services,
                                                                 desk: Desk) -> None:
    offering = laptop(services, desk, name="Shared mailbox", form=RequestForm(()),
                      approval=ApprovalRule(()),
                      plan=in_parallel(("mailbox", "Create mailbox", desk.team_id, None),
                                       ("rights", "Grant rights", desk.other_team_id, None)))
    raised = services.requests.create(RequestDraft(offering.id, desk.caller_id, {}))
    assert raised.status == "in_progress"
    tasks = services.requests.tasks_of(raised.id)
    assert sorted(t.title for t in tasks) == ["Create mailbox", "Grant rights"]
    close(services, tasks[0].id)
    assert services.requests.get(raised.id).status == "in_progress"
    close(services, tasks[1].id)
    assert services.requests.get(raised.id).status == "closed"


def test_bad_answers_are_refused_field_by_field_and_nothing_is_saved(
        database: Database, services: Services, desk: Desk) -> None:
    manager_of_caller(database, desk)
    offering = laptop(services, desk)
    with pytest.raises(ValidationError) as caught:
        services.requests.create(RequestDraft(offering.id, None, {
            "model": "Gaming rig", "start": "next week", "monitor": "yes"}))
    assert set(caught.value.fields) == {"caller_id", "model", "start", "monitor_size"}
    assert "not one of the options" in caught.value.fields["model"]
    assert caught.value.fields["monitor_size"] == "Monitor size is required; fill it in."
    assert counts(database) == (0, 0, 0)
    # the hidden field is not kept when its condition is not met
    raised = order(services, desk, offering.id, monitor="no", monitor_size="27\"")
    assert "monitor_size" not in {a.key for a in raised.answers}


def test_approval_that_cannot_be_asked_saves_nothing(database: Database, services: Services,
                                                     desk: Desk) -> None:
    offering = laptop(services, desk)  # the caller has no manager on record
    with pytest.raises(ValidationError, match="has no manager on record"):
        order(services, desk, offering.id)
    assert counts(database) == (0, 0, 0)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(TicketEvent)) == 0


def test_offering_mistakes_are_refused_with_a_sentence(services: Services, desk: Desk) -> None:
    cycle = FulfilmentPlan((PlanStep("a", "Order", desk.team_id, ("b",)),
                            PlanStep("b", "Deliver", desk.team_id, ("a",))))
    with pytest.raises(ValidationError, match="wait for each other in a circle"):
        laptop(services, desk, plan=cycle)
    bad_form = RequestForm((FormField("size", "Size", FieldType.CHOICE),))
    with pytest.raises(ValidationError, match="list at least one option"):
        laptop(services, desk, form=bad_form)
    with pytest.raises(ValidationError, match="Give the offering a name"):
        laptop(services, desk, name="  ")
    assert services.catalogue.offerings() == []
    laptop(services, desk)
    with pytest.raises(ValidationError, match="already offers"):
        laptop(services, desk, name="new starter LAPTOP")


def test_retiring_waits_for_open_requests_and_keeps_history(database: Database,
                                                            services: Services,
                                                            desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    raised = order(services, desk, offering.id)
    with pytest.raises(ValidationError, match="has 1 open request"):
        services.catalogue.retire(offering.id, offering.version)
    for task in services.requests.tasks_of(raised.id):
        close(services, task.id)
    task = services.requests.tasks_of(raised.id)[-1]
    close(services, task.id)
    assert services.requests.get(raised.id).status == "closed"
    current = services.catalogue.offering(offering.id)
    retired = services.catalogue.retire(offering.id, current.version)
    assert retired.retired_at is not None
    assert [o.name for o in services.catalogue.orderable()] == []
    assert [o.name for o in services.catalogue.offerings()] == ["New starter laptop"]
    with pytest.raises(ValidationError, match="was retired"):
        order(services, desk, offering.id)
    # the old request still reads its offering and answers
    assert services.requests.get(raised.id).offering.label == "New starter laptop"
    again = services.catalogue.restore(offering.id, retired.version)
    assert again.retired_at is None


def test_cancelling_a_request_cancels_its_open_tasks(services: Services, desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    raised = order(services, desk, offering.id)
    current = services.requests.get(raised.id)
    with pytest.raises(ValidationError, match="open task"):
        services.requests.transition(current.id, current.version, "closed")
    with pytest.raises(ValidationError, match="Say why"):
        services.requests.transition(current.id, current.version, "cancelled")
    cancelled = services.requests.transition(current.id, current.version, "cancelled",
                                             resolution_notes="Starter withdrew")
    assert cancelled.status == "cancelled"
    assert [t.status for t in services.requests.tasks_of(raised.id)] == ["cancelled"]


def test_an_incident_converts_into_a_request_keeping_its_events(services: Services,
                                                                desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    incident = services.incidents.create({"title": "Need a laptop for new starter",
                                          "impact": 3, "urgency": 3,
                                          "caller_id": desk.caller_id})
    services.incidents.add_comment(incident.id, "Starts on Monday", work_note=True)
    before = len(services.incidents.history(incident.id))
    converted = services.requests.convert_incident(
        incident.id, incident.version, offering.id,
        {"model": "Standard 14\"", "start": date(2027, 2, 1).isoformat()})
    assert converted.id == incident.id and converted.number.startswith("REQ-")
    assert converted.converted_from == incident.number
    assert converted.status == "in_progress"
    history = services.requests.history(converted.id)
    assert len(history) > before
    assert any(e.field == "converted" and e.old_value == incident.number for e in history)
    assert any(e.field == "work_note" for e in history)
    assert [c.body for c in services.requests.comments(converted.id)] == ["Starts on Monday"]
    assert services.incidents.find_number(incident.number) is None
    assert len(services.requests.tasks_of(converted.id)) == 1


def test_queues_and_search_see_requests_and_tasks(services: Services, desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    raised = order(services, desk, offering.id)
    task = services.requests.tasks_of(raised.id)[0]
    queue = services.queues.get("all_open").definition
    _, count, rows = services.queues.open(queue, 50)
    assert count == 2
    assert {(r.kind, r.number) for r in rows} == {("service_request", raised.number),
                                                 ("request_task", task.number)}
    hits = services.search.search(raised.number).hits
    assert [(h.kind, h.exact_number) for h in hits][:1] == [("service_request", True)]
    assert "request_task" in {h.kind for h in services.search.search("laptop").hits}


def test_a_member_of_another_team_may_not_change_the_request(database: Database,
                                                             services: Services,
                                                             desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    raised = order(services, desk, offering.id)
    outsider = ensure_staff(database.uow, "olly2", "Olly Other", roles=("agent",))
    other = Services.build(database.uow, outsider)
    with pytest.raises(PermissionDenied):
        other.requests.transition(raised.id, raised.version, "pending")
    with pytest.raises(PermissionDenied):
        other.catalogue.save(OfferingDraft(desk.service_id, "Something else"))


def test_the_request_form_edits_fields_and_assignment(services: Services, desk: Desk) -> None:
    offering = laptop(services, desk, approval=ApprovalRule(()))
    raised = order(services, desk, offering.id)
    edited = services.requests.edit(raised.id, raised.version, {
        "title": "Laptop for Dana (starts Monday)", "urgency": 1,
        "assignee_id": desk.member_id})
    assert (edited.title, edited.urgency, edited.assignee.label if edited.assignee else None) \
        == ("Laptop for Dana (starts Monday)", 1, "Morgan Member")
    assert edited.priority < raised.priority
    with pytest.raises(ValidationError) as caught:
        services.requests.edit(edited.id, edited.version, {"title": " ",
                                                           "assignee_id": desk.outsider_id})
    assert set(caught.value.fields) == {"title", "assignee_id"}
    assert services.requests.get(raised.id).title == "Laptop for Dana (starts Monday)"
    with pytest.raises(ValidationError, match="cannot be edited here"):
        services.requests.edit(edited.id, edited.version, {"offering_id": offering.id})
