"""Pending with a reason and a date, per-reason SLA pauses, and reopen with a reason (issue 14),
on SQLite and PostgreSQL, for incidents and incident tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from deskapp.db.models import SlaDefinition
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import IncidentService
from deskapp.services.pending_return import PendingReturnService
from deskapp.services.service_levels import SlaDefinitionDTO, SlaDraft
from deskapp.services.sla_sweep import SlaSweepService
from deskapp.services.work_items import WorkItemService
from tests.support.factories import Desk, make_desk

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the test desk's calendar is 24x7 UTC


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _incidents(database: Database, actor: Actor, at: datetime) -> IncidentService:
    return IncidentService(database.uow, actor, clock=lambda: at)


def _started(database: Database, actor: Actor, title: str) -> tuple[IncidentService, object]:
    incidents = _incidents(database, actor, T0)
    item = incidents.create({"title": title, "impact": 3, "urgency": 3})
    return incidents, incidents.transition(item.id, item.version, "in_progress")


def _pause_only(database: Database, sla_id: object, reasons: list[str] | None) -> None:
    with database.uow() as uow:
        uow.session.execute(update(SlaDefinition).where(SlaDefinition.id == sla_id)
                            .values(pause_reasons=reasons))
        uow.commit()


def test_waiting_for_the_caller_pauses_waiting_for_a_vendor_does_not(
        database: Database, actor: Actor, desk: Desk) -> None:
    _pause_only(database, desk.sla_id, ["caller"])
    incidents, caller_item = _started(database, actor, "Laptop: caller on holiday")
    _, vendor_item = _started(database, actor, "Disk: replacement ordered")
    caller_item = incidents.wait(caller_item.id, caller_item.version, "pending", "caller")
    vendor_item = incidents.wait(vendor_item.id, vendor_item.version, "pending", "vendor")
    assert caller_item.status == vendor_item.status == "pending"
    later = _incidents(database, actor, T0 + timedelta(hours=3))
    paused, running = later.get(caller_item.id), later.get(vendor_item.id)
    assert paused.sla is not None and running.sla is not None
    assert paused.sla.resolution.state == "paused"
    assert paused.sla.resolution.elapsed_minutes == pytest.approx(0, abs=0.1)
    assert running.sla.resolution.state != "paused"
    assert running.sla.resolution.elapsed_minutes == pytest.approx(180, abs=0.1)
    # resuming clears the reason (with events) and the clock goes on for both
    resumed = later.transition(caller_item.id, paused.version, "in_progress")
    assert resumed.status == "in_progress"
    history = WorkItemService(database.uow, actor).history(caller_item.id)
    reasons = [(e.old_value, e.new_value) for e in history if e.field == "pending_reason"]
    assert reasons == [(None, "caller"), ("caller", None)]


def test_without_reasons_listed_every_reason_pauses_as_before(
        database: Database, actor: Actor, desk: Desk, services: Services) -> None:
    incidents, item = _started(database, actor, "Printer")
    item = incidents.wait(item.id, item.version, "pending", "vendor")
    later = _incidents(database, actor, T0 + timedelta(hours=1))
    assert later.get(item.id).sla.resolution.state == "paused"
    # Service Design: the SLA saved with only "caller" ticked stores that; all ticked: None
    sla = services.service_levels.definition(desk.sla_id)
    draft = SlaDraft(sla.name, sla.calendar_id, sla.targets, sla.pause_statuses,
                     sla.is_default, sla.id, sla.version, pause_reasons=("caller",))
    saved = services.service_levels.save_definition(draft).record
    assert isinstance(saved, SlaDefinitionDTO)
    assert saved.pause_reasons == ("caller",)
    assert later.get(item.id).sla.resolution.state != "paused"  # vendor no longer pauses
    again = SlaDraft(sla.name, sla.calendar_id, sla.targets, sla.pause_statuses,
                     sla.is_default, sla.id, saved.version,
                     pause_reasons=("caller", "vendor", "change", "approval"))
    again_saved = services.service_levels.save_definition(again).record
    assert isinstance(again_saved, SlaDefinitionDTO) and again_saved.pause_reasons is None


def test_pending_needs_a_known_reason_and_a_future_date(database: Database, actor: Actor,
                                                         desk: Desk) -> None:
    incidents, item = _started(database, actor, "VPN")
    with pytest.raises(ValidationError, match="Choose why the item waits"):
        incidents.wait(item.id, item.version, "pending", "lunch")
    with pytest.raises(ValidationError, match="later than now"):
        incidents.wait(item.id, item.version, "pending", "caller", T0 - timedelta(hours=1))
    with pytest.raises(ValidationError, match="not a waiting status"):
        incidents.wait(item.id, item.version, "resolved", "caller")
    assert incidents.get(item.id).status == "in_progress"  # nothing half saved
    waiting = incidents.wait(item.id, item.version, "pending", "caller")
    # already waiting: a new reason and date, no step
    changed = incidents.wait(waiting.id, waiting.version, "pending", "change",
                             T0 + timedelta(days=2))
    assert changed.status == "pending"
    context = WorkItemService(database.uow, actor)
    assert [e.new_value for e in context.history(item.id) if e.field == "pending_reason"] \
        == ["caller", "change"]


def test_pending_until_brings_items_back_with_a_note(database: Database, actor: Actor,
                                                     desk: Desk) -> None:
    incidents, item = _started(database, actor, "Mailbox quota")
    item = incidents.wait(item.id, item.version, "pending", "vendor", T0 + timedelta(days=1))
    task_service = IncidentTaskService(database.uow, actor, clock=lambda: T0)
    task = task_service.create(item.id, {"title": "Ask vendor", "team_id": desk.team_id})
    task = task_service.transition(task.id, task.version, "in_progress")
    task = task_service.wait(task.id, task.version, "pending", "vendor",
                             T0 + timedelta(days=2))
    sweep = SlaSweepService(database.uow, pending=PendingReturnService(database.uow))
    sweep.sweep_batch(now=T0 + timedelta(hours=23))
    assert incidents.get(item.id).status == "pending"
    result = sweep.sweep_batch(now=T0 + timedelta(days=1, minutes=1))
    assert item.id in result.changed
    back = incidents.get(item.id)
    assert back.status == "in_progress"
    notes = incidents.comments(item.id)
    assert notes[-1].work_note and "pending-until time" in notes[-1].body
    assert "awaiting vendor" in notes[-1].body
    fields = [e.field for e in WorkItemService(database.uow, actor).history(item.id)]
    assert "pending_returned" in fields
    assert task_service.get(task.id).status == "pending"  # its own date is later
    sweep.sweep_batch(now=T0 + timedelta(days=2, minutes=1))
    assert task_service.get(task.id).status == "in_progress"
    assert PendingReturnService(database.uow).return_due(T0 + timedelta(days=5)) == frozenset()


def test_reopen_asks_for_a_reason_and_keeps_it(database: Database, actor: Actor,
                                               desk: Desk) -> None:
    incidents, item = _started(database, actor, "Screen")
    item = incidents.transition(item.id, item.version, "resolved",
                                resolution_code="Solved (permanently)",
                                resolution_notes="Replaced cable")
    with pytest.raises(ValidationError, match="why the item is reopened"):
        incidents.reopen(item.id, item.version, "in_progress", "  ")
    reopened = incidents.reopen(item.id, item.version, "in_progress",
                                "Flickers again after lunch")
    assert reopened.status == "in_progress" and reopened.reopen_count == 1
    history = WorkItemService(database.uow, actor).history(item.id)
    assert ("reopen_reason", "Flickers again after lunch") in [
        (e.field, e.new_value) for e in history]
    with pytest.raises(ValidationError, match="not finished"):
        incidents.reopen(item.id, reopened.version, "in_progress", "again")
