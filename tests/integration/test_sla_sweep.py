"""The SLA sweep keeps stored SLA states true for tickets nobody touches (SQLite, PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from deskapp.db.models import Incident
from deskapp.runtime import Database
from deskapp.services.dto import Actor
from deskapp.services.incidents import IncidentService
from deskapp.services.service_levels import ServiceLevelService, SlaDraft, SlaTargetDTO
from deskapp.services.sla_sweep import SlaSweepService
from tests.support.factories import make_desk

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday; the desk's calendar is 24x7 UTC
MIN = timedelta(minutes=1)


def stored(database: Database, incident_id: uuid.UUID) -> Incident:
    with database.uow(read_only=True) as uow:
        found = uow.session.get(Incident, incident_id)
        assert found is not None
        uow.session.expunge(found)
        return found


def test_untouched_ticket_goes_warning_then_breached(database: Database, actor: Actor) -> None:
    make_desk(database, actor_id=actor.staff_id)
    incidents = IncidentService(database.uow, actor, clock=lambda: T0)
    # impact 2 x urgency 2 = P3: response 90 min, resolution 720 min
    inc = incidents.create({"title": "Shared drive slow", "impact": 2, "urgency": 2})
    sweep = SlaSweepService(database.uow)
    row = stored(database, inc.id)
    assert row.sla_state == "ok" and row.sla_check_at == T0 + 67.5 * MIN  # 75 % of 90 min

    assert sweep.sweep_batch(now=T0 + 30 * MIN).checked == 0  # nothing is due yet

    before = stored(database, inc.id)
    warned = sweep.sweep_batch(now=T0 + 70 * MIN)
    assert warned.checked == 1 and warned.changed == {inc.id}
    row = stored(database, inc.id)
    assert row.sla_state == "warning" and not row.response_breached
    # derived columns only: no new version, so an agent's open form gets no conflict
    assert row.version == inc.version and row.updated_at == before.updated_at

    breached = sweep.sweep_batch(now=T0 + 100 * MIN)
    row = stored(database, inc.id)
    assert breached.changed == {inc.id} and row.sla_state == "breached"
    assert row.response_breached and not row.resolution_breached
    assert row.sla_check_at == T0 + 540 * MIN  # the resolution clock's 75 % mark is next

    sweep.sweep_batch(now=T0 + 541 * MIN)  # resolution warning: summary stays breached
    late = sweep.sweep_batch(now=T0 + 13 * 60 * MIN)
    row = stored(database, inc.id)
    assert late.changed == {inc.id} and row.resolution_breached and row.sla_check_at is None
    assert sweep.sweep_batch(now=T0 + 20 * 60 * MIN).checked == 0  # nothing left to watch
    assert row.version == inc.version


def test_paused_and_resolved_tickets_are_not_swept(database: Database, actor: Actor) -> None:
    desk = make_desk(database, actor_id=actor.staff_id)
    incidents = IncidentService(database.uow, actor, clock=lambda: T0)
    paused = incidents.create({"title": "Waiting for the caller", "impact": 2, "urgency": 2})
    paused = incidents.assign(paused.id, paused.version, desk.team_id, desk.member_id)
    paused = incidents.transition(paused.id, paused.version, "in_progress")
    paused = incidents.transition(paused.id, paused.version, "pending")
    row = stored(database, paused.id)
    assert row.sla_state == "paused" and row.sla_check_at is None  # response met, clock paused
    assert SlaSweepService(database.uow).sweep_batch(now=T0 + 30 * 24 * 60 * MIN).checked == 0


def test_changing_targets_makes_open_tickets_due(database: Database, actor: Actor) -> None:
    make_desk(database, actor_id=actor.staff_id)
    now = datetime.now(UTC)
    incidents = IncidentService(database.uow, actor, clock=lambda: now - 60 * MIN)
    inc = incidents.create({"title": "Laptop will not dock", "impact": 2, "urgency": 2})
    assert stored(database, inc.id).sla_state == "ok"  # 60 of 90 response minutes used
    levels = ServiceLevelService(database.uow, actor)
    sla = levels.definition(levels.definitions()[0].id)
    tighter = tuple(SlaTargetDTO(t.priority, 30, 120) for t in sla.targets)
    levels.save_definition(SlaDraft(sla.name, sla.calendar_id, tighter,
                                    pause_statuses=sla.pause_statuses, is_default=True,
                                    id=sla.id, version=sla.version))
    result = SlaSweepService(database.uow).sweep_batch()
    row = stored(database, inc.id)
    assert result.changed == {inc.id}
    assert row.sla_state == "breached" and row.response_breached  # 60 > 30 minutes


def test_untouched_incident_task_goes_warning_then_breached(database: Database,
                                                            actor: Actor) -> None:
    """The same sweep for an incident task: measured on resolution only (its kind declares
    no response clock), so its first mark is 75 % of the resolution target."""
    from deskapp.db.models import WorkItem
    from deskapp.services.incident_tasks import IncidentTaskService

    make_desk(database, actor_id=actor.staff_id)
    incidents = IncidentService(database.uow, actor, clock=lambda: T0)
    tasks = IncidentTaskService(database.uow, actor, clock=lambda: T0)
    inc = incidents.create({"title": "Shared drive slow", "impact": 2, "urgency": 2})
    task = tasks.create(inc.id, {"title": "Check the file server"})  # P3, as its incident

    def row() -> WorkItem:
        with database.uow(read_only=True) as uow:
            found = uow.session.get(WorkItem, task.id)
            assert found is not None
            uow.session.expunge(found)
            return found

    first = row()
    assert first.sla_state == "ok" and first.sla_check_at == T0 + 540 * MIN
    assert first.response_due_at is None and not first.response_breached
    sweep = SlaSweepService(database.uow)
    assert task.id not in sweep.sweep_batch(now=T0 + 100 * MIN).changed  # no response clock
    warned = sweep.sweep_batch(now=T0 + 541 * MIN)
    assert task.id in warned.changed and row().sla_state == "warning"
    breached = sweep.sweep_batch(now=T0 + 721 * MIN)
    last = row()
    assert task.id in breached.changed and last.sla_state == "breached"
    assert last.resolution_breached and last.sla_check_at is None
    assert last.version == task.version  # derived columns only
