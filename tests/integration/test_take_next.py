"""Take next under contention: parallel agents, each with its own engine, never share a ticket.

PostgreSQL: 8 workers (FOR UPDATE SKIP LOCKED). SQLite: 4 workers (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import pytest
from sqlalchemy import event

from deskapp.db.models import TeamMember
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

TICKETS = 40


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def test_take_next_claims_the_most_urgent_and_opens_it(services: Services, desk: Desk) -> None:
    low = services.incidents.create({"title": "low", "impact": 3, "urgency": 3})
    high = services.incidents.create({"title": "high", "impact": 1, "urgency": 1})
    for inc in (low, high):
        services.incidents.assign(inc.id, inc.version, desk.team_id, None)
    elsewhere = services.incidents.create({"title": "not my team", "impact": 1,
                                           "urgency": 1})
    services.incidents.assign(elsewhere.id, elsewhere.version, desk.other_team_id, None)
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    first = services.queues.take_next(queue)
    assert first is not None and first.id == high.id
    assert first.assignee is not None and first.assignee.id == services.actor.staff_id
    assert first.status == "assigned"
    history = [(e.field, e.new_value) for e in services.incidents.history(high.id)]
    assert ("assignee_id", str(services.actor.staff_id)) in history
    second = services.queues.take_next(queue)
    assert second is not None and second.id == low.id
    assert services.queues.take_next(queue) is None  # the other team's ticket is not ours


def test_take_next_claims_by_urgency_whatever_the_views_sort(services: Services,
                                                             desk: Desk) -> None:
    """A queue sorted by number (or title, or newest first) still hands out its P1 first."""
    made = []
    for title, impact in (("a low", 3), ("b medium", 2), ("c high", 1), ("d high too", 1)):
        inc = services.incidents.create({"title": title, "impact": impact, "urgency": impact})
        made.append(services.incidents.assign(inc.id, inc.version, desk.team_id, None))
    low, medium, high, high_too = made
    for column, descending in (("number", False), ("title", False), ("opened_at", True)):
        queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition
                                        .sorted_by(column, descending))
        first = services.queues.page(queue, None, 1)[0]
        assert first.id != high.id  # the view's own order would hand out another ticket
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition
                                    .sorted_by("number", True))  # newest number first
    claimed = [services.queues.take_next(queue) for _ in range(4)]
    # priority first; within a priority the oldest (URGENT_SORT), not the highest number
    assert [c.id for c in claimed if c is not None] == [high.id, high_too.id, medium.id,
                                                         low.id]


@pytest.mark.parametrize("kind", ["incident", "incident_task"])
@pytest.mark.parametrize("workers_sqlite, workers_pg", [(4, 8)])
def test_parallel_agents_never_get_the_same_ticket(database: Database, services: Services,
                                                   desk: Desk, workers_sqlite: int,
                                                   workers_pg: int, kind: str) -> None:
    workers = workers_pg if database.url.get_backend_name() == "postgresql" else workers_sqlite
    made = set()
    parent = services.incidents.create({"title": "the tasks' incident (no team: not queued)",
                                        "impact": 3, "urgency": 3})
    for n in range(TICKETS):
        values = {"title": f"queue item {n}", "impact": 1 + n % 3, "urgency": 1 + n % 2}
        if kind == "incident_task":
            made.add(services.incident_tasks.create(
                parent.id, {**values, "team_id": desk.team_id}).id)
            continue
        inc = services.incidents.create(values)
        made.add(services.incidents.assign(inc.id, inc.version, desk.team_id, None).id)
    agents: list[Actor] = []
    for w in range(workers):
        agent = ensure_staff(database.uow, f"taker{w}", f"Taker {w}", ("agent",))
        with database.uow() as uow:
            uow.session.add(TeamMember(team_id=desk.team_id, staff_id=agent.staff_id))
            uow.commit()
        agents.append(agent)

    claims: list[tuple[uuid.UUID, uuid.UUID]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(workers)

    def work(agent: Actor) -> None:
        db = open_database(database.url, auto_upgrade=False)  # its own engine and pool
        try:
            mine = Services.build(db.uow, agent)
            queue = mine.queues.resolve(BUILT_IN_BY_KEY["unassigned_my_teams"].definition)
            start.wait()
            while True:
                dto = mine.queues.take_next(queue)
                if dto is None:
                    return
                with lock:
                    claims.append((dto.id, agent.staff_id))
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(a,)) for a in agents]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    counts = Counter(i for i, _ in claims)
    assert [i for i, n in counts.items() if n > 1] == []  # nobody got a ticket twice
    assert set(counts) == made  # and every ticket was taken
    by_agent = Counter(a for _, a in claims)
    assert sum(by_agent.values()) == TICKETS
    service = services.incidents if kind == "incident" else services.incident_tasks
    for item_id, agent_id in claims:
        assignee = service.get(item_id).assignee
        assert assignee is not None and assignee.id == agent_id


def test_a_claim_is_one_transaction_with_the_item_read_back_in_it(
        database: Database, services: Services, desk: Desk) -> None:
    """Take next locks, assigns and reads the claimed item back as its kind's DTO inside one
    transaction: reading it after the commit took the writer's lock again on SQLite (a second
    BEGIN IMMEDIATE) and cost two more round trips on PostgreSQL, on every claim."""
    incident = services.incidents.create({"title": "Printer on fire", "impact": 2,
                                          "urgency": 2})
    task = services.incident_tasks.create(incident.id, {"title": "Fetch the extinguisher"})
    services.incident_tasks.assign(task.id, task.version, desk.team_id, None)
    queue = services.queues.resolve(BUILT_IN_BY_KEY["unassigned_my_teams"].definition)
    begins: list[object] = []

    def began(conn: object) -> None:
        begins.append(conn)

    event.listen(database.engine, "begin", began)
    try:
        claimed = services.queues.take_next(queue)
    finally:
        event.remove(database.engine, "begin", began)
    assert claimed is not None and claimed.id == task.id and claimed.kind == "incident_task"
    assert claimed.assignee is not None and claimed.assignee.id == services.actor.staff_id
    assert claimed.version == services.incident_tasks.get(task.id).version
    assert len(begins) == 1
