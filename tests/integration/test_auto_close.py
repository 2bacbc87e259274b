"""Resolved items close by themselves after the desk's business days (the SLA sweep does it)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.auto_close import AutoCloseService
from deskapp.services.dto import Actor
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import IncidentService
from deskapp.services.sla_sweep import SlaSweepService
from deskapp.services.work_items import WorkItemService
from tests.support.factories import make_desk

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday; the test desk's calendar is 24x7 UTC
DUE = datetime(2026, 3, 6, 0, 0, tzinfo=UTC)  # 3 business days later: Tue, Wed, Thu -> Fri 00:00


def _resolved(database: Database, actor: Actor, title: str) -> uuid.UUID:
    incidents = IncidentService(database.uow, actor, clock=lambda: T0)
    item = incidents.create({"title": title, "impact": 2, "urgency": 2})
    item = incidents.transition(item.id, item.version, "in_progress")
    return incidents.transition(item.id, item.version, "resolved",
                                resolution_code="Solved (permanently)",
                                resolution_notes="Cleared the queue").id


def test_a_resolved_incident_closes_after_the_business_days(database: Database,
                                                            actor: Actor) -> None:
    make_desk(database, actor_id=actor.staff_id)
    AutoCloseService(database.uow, actor).set_rule(3)
    quiet = _resolved(database, actor, "Printer queue stuck")
    disputed = _resolved(database, actor, "VPN drops")
    incidents = IncidentService(database.uow, actor, clock=lambda: T0 + timedelta(hours=2))
    reopened = incidents.transition(disputed, incidents.get(disputed).version, "in_progress")
    parent = incidents.create({"title": "Mail slow", "impact": 2, "urgency": 2})
    IncidentTaskService(database.uow, actor, clock=lambda: T0).create(
        parent.id, {"title": "Check relay"})
    sweep = SlaSweepService(database.uow, auto_close=AutoCloseService(database.uow))

    before = incidents.get(quiet)
    assert sweep.sweep_batch(now=DUE - timedelta(minutes=1)).closed == 0
    assert incidents.get(quiet).status == "resolved"

    result = sweep.sweep_batch(now=DUE)
    assert result.closed == 1 and quiet in result.changed
    after = incidents.get(quiet)
    assert after.status == "closed" and after.version > before.version
    assert incidents.get(reopened.id).status == "in_progress"  # the caller disputed it
    history = WorkItemService(database.uow, actor).history(quiet)
    mine = [e for e in history if e.field in ("status", "auto_closed")][-2:]
    assert [(e.field, e.new_value) for e in mine] == [
        ("status", "closed"), ("auto_closed", "3 business days after resolution without a reply")]
    assert all(e.actor == "system" for e in mine)
    assert sweep.sweep_batch(now=DUE + timedelta(days=9)).closed == 0  # closes once


def test_off_closes_nothing_and_only_admins_change_the_rule(database: Database,
                                                            actor: Actor) -> None:
    make_desk(database, actor_id=actor.staff_id)
    service = AutoCloseService(database.uow, actor)
    assert service.rule().business_days == 5  # the default
    service.set_rule(0)
    item = _resolved(database, actor, "Screen flickers")
    sweep = SlaSweepService(database.uow, auto_close=AutoCloseService(database.uow))
    assert sweep.sweep_batch(now=T0 + timedelta(days=90)).closed == 0
    assert IncidentService(database.uow, actor).get(item).status == "resolved"

    agent = Actor(actor.staff_id, actor.username, actor.full_name, ("agent",))
    with pytest.raises(PermissionDenied, match="administrator"):
        AutoCloseService(database.uow, agent).set_rule(3)
    with pytest.raises(ValidationError, match="0 \\(never\\) to 60"):
        service.set_rule(-2)
    assert service.rule().business_days == 0  # nothing half saved
