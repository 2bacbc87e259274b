"""Service requests and their tasks worked in an offline replica, on the real PostgreSQL: field
edits and lifecycle steps pushed through the request services with the field-level merge, a
field both sides changed kept as a conflict, a step the desk refuses kept with its sentence,
and what the services derive (the plan's next task, the request closed by its last task) done
once, on the desk, never as a second copy from the laptop."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from deskapp.domain.approvals import ApprovalRule
from deskapp.domain.fulfilment import in_order
from deskapp.domain.request_form import RequestForm
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.catalogue import OfferingDraft
from deskapp.services.container import Services
from deskapp.services.service_requests import RequestDraft
from deskapp.services.staff import ensure_staff
from tests.integration.test_push import (
    assert_converged,
    desk,
    desk_db,
    laptops,
    new_incident,
    online,
    sync,
    tech,
)
from tests.support.factories import Desk

desk_db, tech, desk, online, laptops = desk_db, tech, desk, online, laptops  # fixtures


def _request(desk_db: Database, desk: Desk, online: Services) -> Any:
    """A request for a new starter's laptop, no approval, two tasks in order for the team."""
    admin = Services.build(desk_db.uow, ensure_staff(desk_db.uow, "admin1", "Ada Admin",
                                                     ("admin",)))
    offering = admin.catalogue.save(OfferingDraft(
        service_id=desk.service_id, name="New starter laptop",
        description="A laptop set up for someone joining.", form=RequestForm(()),
        approval=ApprovalRule(()),
        plan=in_order(("order", "Order the laptop", desk.team_id, 48),
                      ("deliver", "Set up and deliver", desk.team_id, 24)),
        sla_id=desk.sla_id, team_id=desk.team_id)).record
    raised = online.requests.create(RequestDraft(offering.id, desk.caller_id, {}))
    assert raised.status == "in_progress"
    return raised


def _tasks(desk_db: Database, request_id: Any) -> list[tuple[str, str]]:
    with desk_db.engine.connect() as conn:
        return [(r.title, r.status) for r in conn.execute(text(
            "SELECT title, status FROM work_items WHERE parent_id = :p AND deleted_at IS NULL "
            "ORDER BY number"), {"p": request_id})]


def test_request_edits_and_task_steps_made_offline_are_merged_on_the_desk(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    raised = _request(desk_db, desk, online)
    laptop = laptops()
    offline = laptop.services
    local = offline.requests.get(raised.id)
    offline.requests.edit(raised.id, local.version,
                          {"title": "Laptop for Sam (starts Monday)", "urgency": 1})
    [task] = offline.requests.tasks_of(raised.id)
    current = offline.request_tasks.get(task.id)
    offline.request_tasks.transition(task.id, current.version, "closed")
    # the replica leaves the plan to the desk: no second task made here
    assert [t.title for t in offline.requests.tasks_of(raised.id)] == ["Order the laptop"]
    assert [(o.table_name, o.action) for o in laptop.ops()] == [
        ("work_items", "update"), ("work_items", "update")]
    assert laptop.ops()[0].changes == {
        "title": [raised.title, "Laptop for Sam (starts Monday)"],
        "urgency": [raised.urgency, 1]}

    # meanwhile on the desk: another field of the same request
    desk_side = online.requests.get(raised.id)
    online.requests.edit(raised.id, desk_side.version, {"description": "Sam, finance team"})
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.conflicts) == (2, 0, 0)
    after = online.requests.get(raised.id)
    assert (after.title, after.description, after.urgency) == (
        "Laptop for Sam (starts Monday)", "Sam, finance team", 1)
    assert after.priority != raised.priority  # derived again on the desk
    # the desk opened the plan's next task, once
    tasks = _tasks(desk_db, raised.id)
    assert [t for t, _status in tasks] == ["Order the laptop", "Set up and deliver"]
    assert tasks[0][1] == "closed" and tasks[1][1] in ("new", "assigned")
    assert_converged(desk_db, desk, laptop)
    # the closed task left the replica's scope (open work); the desk's new one arrived
    assert [t.title for t in offline.requests.tasks_of(raised.id)] == ["Set up and deliver"]


def test_the_same_request_field_changed_on_both_sides_is_a_conflict(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    raised = _request(desk_db, desk, online)
    laptop = laptops()
    laptop.services.requests.edit(raised.id, raised.version,
                                  {"title": "Laptop for Sam", "description": "16 inch"})
    online.requests.edit(raised.id, raised.version, {"title": "Laptop for Samantha"})
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.conflicts) == (0, 1)
    [op] = laptop.ops()
    assert op.conflict == {"title": {"base": raised.title, "mine": "Laptop for Sam",
                                     "theirs": "Laptop for Samantha", "chosen": None}}
    after = online.requests.get(raised.id)
    assert (after.title, after.description) == ("Laptop for Samantha", "16 inch")
    assert_converged(desk_db, desk, laptop)

    # Keep mine sends the technician's value again, based on the desk's
    laptop.services.outbox.resolve(op.id, "title", "mine")
    sync(desk_db, laptop)
    assert online.requests.get(raised.id).title == "Laptop for Sam"
    assert_converged(desk_db, desk, laptop)


def test_a_request_step_the_desk_refuses_keeps_its_sentence(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    raised = _request(desk_db, desk, online)
    laptop = laptops()
    offline = laptop.services
    [task] = offline.requests.tasks_of(raised.id)
    offline.request_tasks.transition(task.id, offline.request_tasks.get(task.id).version,
                                     "closed")
    # every task the replica knows is done, so the request may close here; on the desk the
    # first task's closing opens the second, and closing the request is refused
    local = offline.requests.get(raised.id)
    offline.requests.transition(raised.id, local.version, "closed")
    offline.requests.add_comment(raised.id, "Ordered from the supplier", work_note=True)
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected) == (2, 1)
    states = [(o.state, o.reason) for o in laptop.ops()]
    assert states[0] == ("applied", None) and states[2] == ("applied", None)
    assert states[1][0] == "rejected"
    assert "open task(s)" in (states[1][1] or "")
    assert online.requests.get(raised.id).status == "in_progress"
    assert_converged(desk_db, desk, laptop)


def test_raising_a_request_offline_is_refused_with_a_sentence(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    raised = _request(desk_db, desk, online)
    laptop = laptops()
    offering = online.requests.get(raised.id).offering.id
    with pytest.raises(ValidationError, match="not possible in an offline replica"):
        laptop.services.requests.create(RequestDraft(offering, desk.caller_id, {}))
    incident = new_incident(online, desk, "Needs a second monitor")
    sync(desk_db, laptop)
    with pytest.raises(ValidationError, match="Converting an incident into a request is not "
                                              "possible in an offline replica"):
        laptop.services.requests.convert_incident(incident.id, incident.version, offering, {})
    assert laptop.ops() == []
    assert laptop.services.incidents.get(incident.id).number == incident.number
