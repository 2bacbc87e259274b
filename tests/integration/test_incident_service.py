"""Incident use cases on SQLite and PostgreSQL, through the real services."""

from __future__ import annotations

import uuid

import pytest

from deskapp.domain.queries import SortKey, WorkItemFilter, cursor_for
from deskapp.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.incidents import IncidentService
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _new(services: Services, desk: Desk, **extra: object) -> object:
    draft = {"title": "Outlook will not start", "impact": 2, "urgency": 2,
             "caller_id": desk.caller_id, "service_id": desk.service_id, "ci_id": desk.ci_id,
             "category": "Email", **extra}
    return services.incidents.create(draft)


def test_create_allocates_number_priority_and_events(services: Services, desk: Desk) -> None:
    first = services.incidents.create({"title": "VPN drops", "impact": 1, "urgency": 1})
    second = services.incidents.create({"title": "Printer jam", "impact": 3, "urgency": 2})
    assert first.number == "INC-000001" and second.number == "INC-000002"
    assert (first.priority, second.priority) == (1, 4)
    assert first.status == "new" and first.version == 1
    assert [e.field for e in services.incidents.history(first.id)] == ["created", "status"]
    assert first.sla is not None and first.sla.response.target_minutes == 30


def test_create_refuses_bad_input_and_writes_nothing(services: Services, desk: Desk) -> None:
    with pytest.raises(ValidationError) as err:
        services.incidents.create({"title": "  ", "impact": 7, "urgency": 1})
    assert set(err.value.fields) == {"title", "impact"}
    with pytest.raises(ValidationError) as err:
        services.incidents.create({"title": "x" * 201, "impact": 1, "urgency": 1})
    assert "limit is 200" in err.value.fields["title"]
    with pytest.raises(ValidationError):
        services.incidents.create({"title": "ok", "impact": 1, "urgency": 1,
                                   "caller_id": uuid.uuid4()})
    assert services.incidents.count() == 0
    # the failed attempts did not burn numbers either
    assert services.incidents.create({"title": "ok", "impact": 1, "urgency": 1}).number == \
        "INC-000001"


def test_lifecycle_assign_pending_resolve_reopen_close(services: Services, desk: Desk) -> None:
    inc = _new(services, desk)
    inc = services.incidents.assign(inc.id, inc.version, desk.team_id, desk.member_id)
    assert inc.status == "assigned" and inc.assignee and inc.assignee.label == "Morgan Member"
    assert inc.responded_at is not None
    inc = services.incidents.transition(inc.id, inc.version, "in_progress")
    inc = services.incidents.transition(inc.id, inc.version, "pending")
    assert inc.sla and inc.sla.resolution.paused and inc.sla_state == "paused"
    inc = services.incidents.transition(inc.id, inc.version, "in_progress")
    with pytest.raises(ValidationError) as err:
        services.incidents.transition(inc.id, inc.version, "resolved")
    assert set(err.value.fields) == {"resolution_code", "resolution_notes"}
    inc = services.incidents.transition(inc.id, inc.version, "resolved",
                                        "Solved (workaround)", "Restarted the profile service")
    assert inc.resolved_at is not None and set(inc.allowed_transitions) == {"closed",
                                                                             "in_progress"}
    inc = services.incidents.transition(inc.id, inc.version, "in_progress")  # reopen
    assert inc.reopen_count == 1 and inc.resolved_at is None
    inc = services.incidents.transition(inc.id, inc.version, "resolved", "Duplicate", "dup")
    inc = services.incidents.transition(inc.id, inc.version, "closed")
    with pytest.raises(InvalidTransition, match="cannot move from Closed to In Progress"):
        services.incidents.transition(inc.id, inc.version, "in_progress")
    statuses = [e.new_value for e in services.incidents.history(inc.id) if e.field == "status"]
    assert statuses == ["new", "assigned", "in_progress", "pending", "in_progress", "resolved",
                        "in_progress", "resolved", "closed"]


def test_assignee_must_belong_to_team(services: Services, desk: Desk) -> None:
    inc = _new(services, desk)
    with pytest.raises(ValidationError, match="not a member"):
        services.incidents.assign(inc.id, inc.version, desk.team_id, desk.outsider_id)
    assert services.incidents.get(inc.id).assignee is None


def test_update_recomputes_priority_and_records_old_and_new(services: Services,
                                                            desk: Desk) -> None:
    inc = _new(services, desk)
    inc = services.incidents.update(inc.id, inc.version, {"impact": 1, "urgency": 1,
                                                          "title": "Email down for all"})
    assert inc.priority == 1 and inc.version == 2
    changes = {(e.field, e.old_value, e.new_value) for e in services.incidents.history(inc.id)}
    assert ("priority", "3", "1") in changes and ("impact", "2", "1") in changes
    with pytest.raises(ValidationError, match="cannot be edited here"):
        services.incidents.update(inc.id, inc.version, {"status": "closed"})


def test_stale_version_raises_conflict_with_their_state(services: Services, desk: Desk) -> None:
    inc = _new(services, desk)
    services.incidents.update(inc.id, inc.version, {"title": "Theirs"})
    with pytest.raises(ConflictError) as err:
        services.incidents.update(inc.id, inc.version, {"title": "Mine"})
    assert err.value.theirs.title == "Theirs"
    assert services.incidents.get(inc.id).title == "Theirs"


def test_two_sessions_editing_one_incident(database: Database, services: Services,
                                           desk: Desk) -> None:
    """Two clients load version 1; the second save is refused, never silently applied."""
    inc = _new(services, desk)
    other_actor = ensure_staff(database.uow, "agent2", "Bea Agent")
    other = IncidentService(database.uow, other_actor)
    services.incidents.update(inc.id, inc.version, {"category": "Software"})
    with pytest.raises(ConflictError) as err:
        other.update(inc.id, inc.version, {"category": "Hardware"})
    assert services.incidents.get(inc.id).category == "Software"
    # the refusal says who saved first, and when, so the person knows whom to ask
    assert err.value.by == services.incidents.history(inc.id)[-1].actor != "Bea Agent"
    assert err.value.at is not None


def test_orm_level_lost_update_is_detected(database: Database, services: Services,
                                           desk: Desk) -> None:
    """Another client commits between our read and our write: the flush is refused."""
    from deskapp.db.models import Incident, WorkItem

    inc = _new(services, desk)
    with pytest.raises(ConflictError):
        with database.uow() as uow:
            stale = uow.session.get(Incident, inc.id)
            assert stale is not None and stale.version == 1
            uow.session.execute(  # the other client's committed edit (Core: no ORM sync)
                WorkItem.__table__.update().where(WorkItem.__table__.c.id == inc.id)
                .values(version=2, title="theirs"))
            stale.title = "mine"
            uow.commit()
    assert services.incidents.get(inc.id).title == "Outlook will not start"


def test_comments_and_work_notes(services: Services, desk: Desk) -> None:
    inc = _new(services, desk)
    services.incidents.add_comment(inc.id, "Internal: checked the mailbox", work_note=True)
    assert services.incidents.get(inc.id).responded_at is None
    services.incidents.add_comment(inc.id, "We are looking into it", work_note=False)
    assert services.incidents.get(inc.id).responded_at is not None
    notes = services.incidents.comments(inc.id)
    assert [(c.work_note, c.author) for c in notes] == [(True, "Alex Agent"),
                                                        (False, "Alex Agent")]
    with pytest.raises(ValidationError):
        services.incidents.add_comment(inc.id, "   ", work_note=False)
    with pytest.raises(NotFound):
        services.incidents.add_comment(uuid.uuid4(), "hello", work_note=False)


def test_keyset_pages_cover_all_rows_once(services: Services, desk: Desk) -> None:
    for n in range(23):
        services.incidents.create({"title": f"ticket {n}", "impact": 1 + n % 3,
                                   "urgency": 1 + (n // 3) % 3})
    sort = (SortKey("priority", descending=True), SortKey("number"))
    seen: list[str] = []
    cursor = None
    while True:
        page = services.incidents.page(WorkItemFilter(), sort, cursor, limit=5)
        if not page:
            break
        seen.extend(r.number for r in page)
        cursor = cursor_for(page[-1], sort)
    assert len(seen) == 23 and len(set(seen)) == 23
    everything = services.incidents.page(WorkItemFilter(), sort, None, limit=100)
    assert [r.number for r in everything] == seen
    assert services.incidents.count(WorkItemFilter(priorities=frozenset({1}))) == \
        sum(1 for r in everything if r.priority == 1)


def test_filters(services: Services, desk: Desk) -> None:
    a = _new(services, desk, title="Disk full on file server")
    services.incidents.assign(a.id, a.version, desk.team_id, None)
    _new(services, desk, title="Mouse broken")
    assert services.incidents.count(WorkItemFilter(text="disk")) == 1
    assert services.incidents.count(WorkItemFilter(team_ids=frozenset({desk.team_id}))) == 1
    assert services.incidents.count(WorkItemFilter(unassigned=True)) == 2
    assert services.incidents.count(WorkItemFilter(statuses=frozenset({"assigned"}))) == 1
