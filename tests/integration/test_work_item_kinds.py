"""Queues, search, SLA clocks, the sweep and history work the same for every kind of work item:
each test runs for incidents and for incident tasks, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from deskapp.domain.queries import WorkItemFilter
from deskapp.domain.queue import BUILT_IN_BY_KEY, QueueDefinition, QueueFilter
from deskapp.errors import NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.queues import BulkTarget
from deskapp.services.sla_sweep import SlaSweepService
from tests.support.factories import Desk, make_desk

KINDS = ["incident", "incident_task"]


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Maker:
    """Creates items of one kind through its service; tasks get an incident of their own."""

    def __init__(self, services: Services, kind: str) -> None:
        self.services, self.kind = services, kind

    def __call__(self, title: str, **fields: Any) -> Any:
        if self.kind == "incident":
            return self.services.incidents.create({"title": title, "impact": 2, "urgency": 2,
                                                   **fields})
        parent = self.services.incidents.create({"title": "the parent incident", "impact": 2,
                                                 "urgency": 2})
        return self.services.incident_tasks.create(parent.id, {"title": title, **fields})

    def service(self) -> Any:
        return self.services.incidents if self.kind == "incident" else \
            self.services.incident_tasks

    def done_status(self) -> str:
        return "resolved" if self.kind == "incident" else "closed"

    def finish(self, item: Any) -> Any:
        return self.service().transition(item.id, item.version, self.done_status(),
                                         "Solved (permanently)", "Done.")


@pytest.fixture
def make(services: Services, kind: str) -> Maker:
    return Maker(services, kind)


def _keys(rows: list[Any]) -> set[str]:
    return {r.number for r in rows}


def test_built_in_queues_show_the_kind_and_filter_by_it(services: Services, desk: Desk,
                                                        make: Maker, kind: str) -> None:
    item = make("Printer on fire", team_id=desk.team_id)
    mine = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    rows = services.queues.page(mine, None, 50)
    found = next(r for r in rows if r.id == item.id)
    assert found.kind == kind and found.number.startswith("INC-" if kind == "incident"
                                                          else "ITASK-")
    only = services.queues.resolve(QueueDefinition(QueueFilter(kinds=(kind,))))
    assert {r.kind for r in services.queues.page(only, None, 50)} == {kind}
    assert services.queues.count(only) == (1 if kind == "incident" else 1)
    everything = services.queues.count(mine)
    assert everything == (1 if kind == "incident" else 2)  # a task comes with its incident
    unassigned = services.queues.resolve(BUILT_IN_BY_KEY["unassigned_my_teams"].definition)
    assert item.id in {r.id for r in services.queues.page(unassigned, None, 50)}


def test_take_next_and_bulk_work_on_the_kind(services: Services, desk: Desk, make: Maker,
                                             kind: str) -> None:
    item = make("Take me", team_id=desk.team_id, impact=1, urgency=1)
    queue = services.queues.resolve(QueueDefinition(QueueFilter(kinds=(kind,))))
    claimed = services.queues.take_next(queue)
    assert claimed is not None and claimed.id == item.id
    assert claimed.assignee is not None and claimed.status == "assigned"
    row = services.queues.page(queue, None, 1)[0]
    report = services.queues.bulk_status([BulkTarget.of(row)], "in_progress")
    assert report.ok == 1
    priority = services.queues.bulk_priority([BulkTarget.of(services.queues.page(queue, None,
                                                                                  1)[0])], 1, 2)
    assert priority.ok == (1 if kind == "incident" else 0)


def test_search_finds_the_kind_by_number_text_and_comment(services: Services, desk: Desk,
                                                          make: Maker, kind: str) -> None:
    item = make("Quarterly zeppelin audit")
    make.service().add_comment(item.id, "the blimp hangar is locked", work_note=True)
    by_number = services.search.search(item.number)
    assert by_number.hits[0].id == item.id and by_number.hits[0].exact_number
    assert by_number.hits[0].kind == kind
    assert [h.id for h in services.search.search("zeppelin").hits] == [item.id]
    hangar = services.search.search("hangar").hits
    assert [h.id for h in hangar] == [item.id] and hangar[0].via_comment
    text = services.queues.resolve(QueueDefinition(QueueFilter(text="zeppelin")))
    assert [r.id for r in services.queues.page(text, None, 10)] == [item.id]


def test_sla_clock_runs_pauses_and_stops_for_the_kind(services: Services, desk: Desk,
                                                      make: Maker, kind: str) -> None:
    item = make("Clocked", team_id=desk.team_id)
    assert item.sla is not None and item.sla.resolution.state == "ok"
    assert (item.sla.response is None) == (kind == "incident_task")
    service = make.service()
    moved = service.transition(item.id, item.version, "in_progress")
    pending = service.transition(moved.id, moved.version, "pending")
    assert pending.sla is not None and pending.sla.resolution.paused
    assert pending.sla_state == "paused"
    back = service.transition(pending.id, pending.version, "in_progress")
    done = make.finish(back)
    assert done.sla is not None and done.sla.resolution.stopped
    assert done.sla_state == "met"


def test_sla_sweep_moves_untouched_items_of_the_kind(database: Database, actor: Actor,
                                                     desk: Desk, kind: str) -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    clock = {"now": start}
    services = Services.build(database.uow, actor)
    for svc in (services.incidents, services.incident_tasks):
        svc._clock = lambda: clock["now"]
    item = Maker(services, kind)("Untouched", team_id=desk.team_id)
    assert item.sla_state == "ok"
    later = start + timedelta(days=5)
    sweep = SlaSweepService(database.uow, clock=lambda: later)
    result = sweep.sweep()
    assert item.id in result.changed
    service = services.incidents if kind == "incident" else services.incident_tasks
    assert service.get(item.id).sla_state == "breached"


def test_history_and_comments_of_the_kind(services: Services, desk: Desk, make: Maker,
                                          kind: str) -> None:
    item = make("Recorded")
    service = make.service()
    service.assign(item.id, item.version, desk.team_id, desk.member_id)
    service.add_comment(item.id, "looking now", work_note=False)
    fields = [e.field for e in service.readable_history(item.id)]
    assert fields[:2] == ["created", "status"] and "assignee_id" in fields
    assignee = next(e for e in service.readable_history(item.id) if e.field == "assignee_id")
    assert assignee.new_value == "Morgan Member"
    assert [c.body for c in service.comments(item.id)] == ["looking now"]
    assert services.work_items.history(item.id) == service.history(item.id)


def test_queue_filter_by_kind_in_the_repository(database: Database, services: Services,
                                                desk: Desk) -> None:
    Maker(services, "incident_task")("a task")
    with database.uow(read_only=True) as uow:
        count: Callable[[WorkItemFilter], int] = uow.work_items.count
        assert count(WorkItemFilter(kinds=frozenset({"incident"}))) == 1
        assert count(WorkItemFilter(kinds=frozenset({"incident_task"}))) == 1
        assert count(WorkItemFilter()) == 2


def test_an_incident_with_open_tasks_resolves_only_with_a_reason(services: Services,
                                                                 desk: Desk) -> None:
    incident = services.incidents.create({"title": "Mail down", "impact": 2, "urgency": 2})
    task = services.incident_tasks.create(incident.id, {"title": "Restart relay",
                                                        "team_id": desk.other_team_id})
    assert task.parent_number == incident.number and task.status == "assigned"
    assert task.impact == incident.impact and task.requested_by == "Alex Agent"
    with pytest.raises(ValidationError, match=r"1 open task\(s\) \(ITASK-000001\)") as refused:
        services.incidents.transition(incident.id, incident.version, "resolved",
                                      "Solved (permanently)", "Relay restarted.")
    assert "open_tasks_reason" in refused.value.fields
    resolved = services.incidents.transition(
        incident.id, incident.version, "resolved", "Solved (permanently)", "Relay restarted.",
        open_tasks_reason="The network team closes its task tomorrow.")
    assert resolved.status == "resolved"
    reason = [e for e in services.incidents.history(incident.id)
              if e.field == "open_tasks_reason"]
    assert len(reason) == 1 and reason[0].old_value == "ITASK-000001"
    assert reason[0].new_value == "The network team closes its task tomorrow."
    # once the tasks are done, no reason is needed
    other = services.incidents.create({"title": "Disk full", "impact": 3, "urgency": 3})
    t = services.incident_tasks.create(other.id, {"title": "Clean up"})
    services.incident_tasks.transition(t.id, t.version, "cancelled")
    assert services.incidents.transition(other.id, other.version, "resolved", "Duplicate",
                                         "Dup.").status == "resolved"


def test_tasks_of_an_incident_and_their_rules(services: Services, desk: Desk) -> None:
    incident = services.incidents.create({"title": "VPN flaky", "impact": 1, "urgency": 2})
    due = datetime(2026, 12, 24, 17, 0, tzinfo=UTC)
    first = services.incident_tasks.create(incident.id, {"title": "Check tunnel", "due_at": due})
    second = services.incident_tasks.create(incident.id, {"title": "Call ISP", "impact": 3})
    rows = services.incident_tasks.tasks_of(incident.id)
    assert [r.number for r in rows] == [first.number, second.number]
    assert rows[0].due_at == due and rows[0].kind == "incident_task"
    assert second.priority > first.priority
    with pytest.raises(ValidationError, match="time zone"):
        services.incident_tasks.edit(first.id, first.version, {"due_at": datetime(2026, 12, 1)})
    with pytest.raises(NotFound):
        services.incident_tasks.get(incident.id)  # an incident is not a task
    with pytest.raises(NotFound):
        services.incident_tasks.create(first.id, {"title": "task of a task"})
    closed = services.incident_tasks.transition(first.id, first.version, "closed", None,
                                                "Tunnel rebuilt.")
    assert closed.resolved_at is not None and closed.resolution_notes == "Tunnel rebuilt."
    reopened = services.incident_tasks.transition(closed.id, closed.version, "in_progress")
    assert reopened.resolved_at is None and reopened.reopen_count == 1
    done = services.incidents.transition(
        incident.id, incident.version, "resolved", "Solved (workaround)", "Rerouted.",
        open_tasks_reason="ISP ticket stays open with the network team.")
    with pytest.raises(ValidationError, match="reopen it before adding tasks"):
        services.incident_tasks.create(done.id, {"title": "too late"})


def test_links_between_items(services: Services, desk: Desk) -> None:
    a = services.incidents.create({"title": "Outage", "impact": 1, "urgency": 1})
    b = services.incidents.create({"title": "Same outage", "impact": 1, "urgency": 1})
    link = services.work_items.link(b.id, a.id, "duplicate_of")
    assert link.outgoing and link.other_number == a.number
    seen_from_a = services.work_items.links(a.id)
    assert [(x.link_type, x.outgoing, x.other_number) for x in seen_from_a] == [
        ("duplicate_of", False, b.number)]
    with pytest.raises(ValidationError, match="already linked"):
        services.work_items.link(b.id, a.id, "duplicate_of")
    with pytest.raises(ValidationError, match="itself"):
        services.work_items.link(a.id, a.id, "relates_to")
    services.work_items.unlink(link.id)
    assert services.work_items.links(a.id) == []
    again = services.work_items.link(b.id, a.id, "duplicate_of")  # a tombstone does not block
    assert again.id != link.id
    assert any(e.field == "link:duplicate_of" for e in services.incidents.history(b.id))


def test_paging_seeking_grouping_and_export_over_mixed_kinds(services: Services, desk: Desk,
                                                             tmp_path: Any) -> None:
    """Keyset pages, seeks and group counts treat every kind alike; the export names each
    row's kind."""
    made = []
    for n in range(6):
        incident = services.incidents.create({"title": f"incident {n}", "impact": 2,
                                              "urgency": 2})
        made.append(incident.id)
        made.append(services.incident_tasks.create(incident.id, {"title": f"task {n}"}).id)
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    every = services.queues.page(queue, None, 100)
    assert {r.id for r in every} == set(made)
    # five pages of three, read by keyset, give the same rows in the same order
    paged: list[Any] = []
    cursor = None
    from deskapp.domain.queries import cursor_for
    while True:
        page = services.queues.page(queue, cursor, 3)
        paged.extend(page)
        if len(page) < 3:
            break
        cursor = cursor_for(page[-1], queue.sort)
    assert [r.id for r in paged] == [r.id for r in every]
    start, rows = services.queues.window(queue, None, 7, 2)
    assert [r.id for r in rows] == [r.id for r in every[7:9]]
    groups = {value: count for value, _label, count in services.queues.group_counts(queue,
                                                                                    "kind")}
    assert groups == {"incident": 6, "incident_task": 6}
    definition = BUILT_IN_BY_KEY["all_open"].definition
    out = services.queues.export(queue, definition, tmp_path / "open.csv")
    text = (tmp_path / "open.csv").read_text(encoding="utf-8-sig").splitlines()
    assert out.rows == 12 and text[0].startswith("Kind,Number")
    assert sum(line.startswith("Incident task,ITASK-") for line in text) == 6


def test_link_by_typed_number(services: Services, desk: Desk) -> None:
    problem_like = services.incidents.create({"title": "Root cause", "impact": 2, "urgency": 2})
    symptom = Maker(services, "incident_task")("Symptom")
    link = services.work_items.link_number(symptom.id, f" {problem_like.number.lower()} ",
                                           "caused_by")
    assert link.other_id == problem_like.id and link.link_type == "caused_by"
    with pytest.raises(ValidationError, match="No ticket is numbered 'XYZ-1'"):
        services.work_items.link_number(symptom.id, "XYZ-1", "relates_to")
