"""Fault tests for pushing offline work, on the real PostgreSQL: several replicas making random
edits and syncing in random orders, a push cut by ``pg_terminate_backend``, ``deskapp-admin
sync`` killed with SIGKILL mid-push, clocks hours wrong. Every op ends exactly once as applied,
rejected or conflict; after a final sync every replica equals the desk's projection; no
acknowledged edit is lost; SLA figures equal those of the same work entered online."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from deskapp.db.models import AppliedOp
from deskapp.errors import DeskAppError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.incidents import IncidentService
from deskapp.sync import push as push_module
from deskapp.sync.push import push, synchronise
from deskapp.sync.replica import pull
from tests.integration.test_push import (
    Laptop,
    assert_converged,
    laptops,
    new_incident,
    online,
)
from tests.integration.test_replica import desk, desk_db, settled, tech
from tests.support.factories import Desk

APPLIED = AppliedOp.__table__
laptops, online, desk_db, desk, tech = laptops, online, desk_db, desk, tech
SETTLED = {"applied", "rejected", "conflict"}


def outcomes(desk_db: Database) -> dict[Any, str]:
    with desk_db.engine.connect() as conn:
        return dict(conn.execute(select(APPLIED.c.id, APPLIED.c.outcome)).all())


def assert_exactly_once(desk_db: Database, *machines: Laptop) -> Counter[str]:
    """Every op of every laptop settled once: the desk's record and the laptop agree."""
    recorded = outcomes(desk_db)
    seen: Counter[str] = Counter()
    for laptop in machines:
        for op in laptop.ops():
            assert op.state in SETTLED, (op.table_name, op.changes, op.state)
            assert recorded.pop(op.id) == op.state
            seen[op.state] += 1
    assert recorded == {}  # nothing the desk recorded that no laptop sent
    return seen


def comment_bodies(desk_db: Database) -> Counter[str]:
    with desk_db.engine.connect() as conn:
        return Counter(conn.scalars(text("SELECT body FROM work_item_comments")))


def test_a_push_cut_by_the_server_is_finished_once_by_the_next(
        desk_db: Database, desk: Desk, online: Services, laptops: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = [new_incident(online, desk, f"Kiosk {n} frozen") for n in range(3)]
    laptop = laptops()
    for n in range(150):
        laptop.services.incidents.add_comment(items[n % 3].id, f"check {n}", work_note=True)
    real = push_module._apply_one
    calls = [0]

    def cut(conn: Any, *args: Any) -> Any:
        calls[0] += 1
        if calls[0] == 120:  # in the second batch: the first is committed and noted
            pid = conn.scalar(text("SELECT pg_backend_pid()"))
            with desk_db.engine.connect() as killer:
                killer.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        return real(conn, *args)

    monkeypatch.setattr(push_module, "_apply_one", cut)
    with pytest.raises(Exception):  # noqa: B017,PT011 - the connection is gone, whatever it says
        push(desk_db.engine, laptop.db.engine)
    monkeypatch.setattr(push_module, "_apply_one", real)
    states = Counter(o.state for o in laptop.ops())
    assert states == {"applied": 100, "pending": 50}  # the cut batch left nothing behind
    assert len(outcomes(desk_db)) == 100
    settled(desk_db.engine)
    synchronise(desk_db.engine, laptop.db.engine)
    assert assert_exactly_once(desk_db, laptop) == {"applied": 150}
    assert comment_bodies(desk_db) == Counter(f"check {n}" for n in range(150))
    assert_converged(desk_db, desk, laptop)


def test_a_sync_stopped_between_noting_and_refreshing_leaves_no_offline_copies(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    """The outcomes are noted in the replica, then the sync dies before the desk's rows
    replace the offline ones (a push alone is exactly that state); a pull in between brings
    the desk's comments: the next sync still drops the offline copies and their events."""
    item = new_incident(online, desk, "Badge reader at gate 2 dead")
    laptop = laptops()
    for n in range(5):
        laptop.services.incidents.add_comment(item.id, f"tried reader {n}", work_note=True)
    done = push(desk_db.engine, laptop.db.engine)
    assert done.applied == 5 and Counter(o.state for o in laptop.ops()) == {"applied": 5}
    settled(desk_db.engine)
    pull(desk_db.engine, laptop.db.engine)
    synchronise(desk_db.engine, laptop.db.engine)
    assert assert_exactly_once(desk_db, laptop) == {"applied": 5}
    assert [c.body for c in laptop.services.incidents.comments(item.id)].count(
        "tried reader 0") == 1
    assert_converged(desk_db, desk, laptop)


@pytest.mark.slow
def test_a_sync_killed_with_sigkill_mid_push_is_finished_once_by_the_next(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    items = [new_incident(online, desk, f"Scanner {n} offline") for n in range(4)]
    laptop = laptops()
    url = desk_db.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "deskapp.cli", "--database", url, "sync", "--replica",
               str(laptop.path)]
    sent = cut_short = 0
    per_round = 600
    # killed once the laptop has noted 1 to 4 batches of this round (the push is too fast for
    # a fixed delay to land in its middle), or after a few seconds whatever it did
    for batches in (1, 2, 3, 4):
        for n in range(sent, sent + per_round):
            laptop.services.incidents.add_comment(items[n % 4].id, f"visit {n}",
                                                  work_note=True)
        sent += per_round
        settled(desk_db.engine)
        victim = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while victim.poll() is None and time.monotonic() < deadline:
            noted = Counter(o.state for o in laptop.ops())["applied"]
            if noted >= sent - per_round + 100 * batches:
                break
            time.sleep(0.005)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        left = Counter(o.state for o in laptop.ops())
        cut_short += left["pending"] > 0 and left["applied"] > sent - per_round
        settled(desk_db.engine)
        synchronise(desk_db.engine, laptop.db.engine)
        assert assert_exactly_once(desk_db, laptop) == {"applied": sent}
        assert comment_bodies(desk_db) == Counter(f"visit {n}" for n in range(sent))
        assert_converged(desk_db, desk, laptop)
    assert cut_short  # at least one kill landed in the middle of a push


def _random_edit(rng: random.Random, services: Services, item_id: Any, code: str) -> None:
    """One thing a technician might do to an item, through the services (refusals allowed:
    the replica's own rules may say no, as the form would)."""
    incidents = services.incidents
    current = incidents.get(item_id)
    choice = rng.randrange(7)
    try:
        if choice == 0:
            title = f"{current.title[:40]} {rng.randrange(99)}"
            incidents.edit(item_id, current.version, {"title": title})
        elif choice == 1:
            incidents.edit(item_id, current.version, {"category": rng.choice(
                ["Hardware", "Network", "Software", None])})
        elif choice == 2:
            incidents.edit(item_id, current.version, {"impact": rng.randint(1, 3),
                                                      "urgency": rng.randint(1, 3)})
        elif choice == 3:
            incidents.add_comment(item_id, f"note {rng.randrange(10**6)}", work_note=True)
        elif choice == 4:
            services.time_entries.add(item_id, rng.randint(5, 90))
        elif current.allowed_transitions:
            target = rng.choice(current.allowed_transitions)
            incidents.transition(item_id, current.version, target, resolution_code=code,
                                 resolution_notes="Done on site")
    except DeskAppError:
        pass


def _code(desk_db: Database) -> str:
    with desk_db.engine.connect() as conn:
        return str(conn.scalar(text("SELECT code FROM resolution_codes WHERE active LIMIT 1")))


@pytest.mark.parametrize("seed", [1, *(pytest.param(n, marks=pytest.mark.slow)
                                       for n in range(2, 6))])
def test_three_replicas_making_random_edits_converge_exactly_once(
        desk_db: Database, desk: Desk, online: Services, laptops: Any, seed: int) -> None:
    rng = random.Random(seed)
    code = _code(desk_db)
    items = [new_incident(online, desk, f"Site {n} problem").id for n in range(5)]
    machines = [laptops(f"laptop{n}") for n in range(3)]
    for _round in range(3):
        for _step in range(12):
            laptop = rng.choice(machines)
            here = [i for i in items if _has(laptop, i)]
            if here:
                _random_edit(rng, laptop.services, rng.choice(here), code)
            if rng.random() < 0.2:  # the desk works too
                _random_edit(rng, online, rng.choice(items), code)
        if _round == 1:  # worked offline, then handed to Network on the desk: refused
            _everyone_notes(machines, items[0], "before the hand-over")
            current = online.incidents.get(items[0])
            online.incidents.assign(items[0], current.version, desk.other_team_id, None)
        if _round == 2:  # worked offline, then deleted on the desk: refused
            _everyone_notes(machines, items[1], "before the deletion")
            with desk_db.engine.begin() as conn:
                conn.execute(text("UPDATE work_items SET deleted_at = now(), version = "
                                  "version + 1 WHERE id = :i"), {"i": items[1]})
        for laptop in rng.sample(machines, len(machines)):
            settled(desk_db.engine)
            synchronise(desk_db.engine, laptop.db.engine)
    seen = assert_exactly_once(desk_db, *machines)
    assert seen["applied"] > 0 and seen["rejected"] > 0
    for laptop in machines:  # a final sync: every replica equals the desk
        assert_converged(desk_db, desk, laptop)
    _no_acknowledged_edit_lost(desk_db, machines)


def _everyone_notes(machines: list[Laptop], item_id: Any, body: str) -> None:
    for laptop in machines:
        if _has(laptop, item_id):
            laptop.services.incidents.add_comment(item_id, body, work_note=True)


def _has(laptop: Laptop, item_id: Any) -> bool:
    with laptop.db.engine.connect() as conn:
        return bool(conn.scalar(text("SELECT count(*) FROM work_items WHERE id = :i"),
                                {"i": item_id.hex}))


def _no_acknowledged_edit_lost(desk_db: Database, machines: list[Laptop]) -> None:
    """Each field an applied op changed has its event on the desk with the technician's
    value, and each applied comment is there once per op."""
    with desk_db.engine.connect() as conn:
        events = {(r.ticket_id, r.field, r.new_value) for r in conn.execute(text(
            "SELECT ticket_id, field, new_value FROM ticket_events"))}
        details = dict(conn.execute(select(APPLIED.c.id, APPLIED.c.detail)).all())
    comments = comment_bodies(desk_db)
    pushed: Counter[str] = Counter()
    for laptop in machines:
        for op in laptop.ops():
            if op.state == "rejected":
                continue
            if op.table_name == "work_item_comments":
                pushed[op.changes["body"]] += 1
            elif op.table_name == "work_items":
                for name in (details[op.id] or {}).get("applied", []):
                    mine = op.changes[name][1]
                    shown = None if mine is None else str(mine)
                    assert (op.row_id, name, shown) in events, (name, mine)
    for body, count in pushed.items():
        assert comments[body] >= count


def test_sla_figures_after_a_late_sync_with_a_wrong_clock_equal_online(
        desk_db: Database, desk: Desk, laptops: Any, tech: Any) -> None:
    """The same work, entered online as it happened and offline on a laptop whose clock runs
    three hours fast, pushed later: the same SLA elapsed minutes and states."""
    opened = datetime.now(UTC) - timedelta(minutes=30)
    code = _code(desk_db)
    maker = IncidentService(desk_db.uow, tech, lambda: opened)
    draft = {"impact": 1, "urgency": 1, "team_id": desk.team_id, "caller_id": desk.caller_id}
    live = maker.create({**draft, "title": "Core switch down (online)"})
    away = maker.create({**draft, "title": "Core switch down (offline)"})
    laptop = laptops()
    skew = timedelta(hours=3)
    start = datetime.now(UTC) + timedelta(seconds=1)
    steps = [("in_progress", start), ("pending", start + timedelta(seconds=1)),
             ("in_progress", start + timedelta(seconds=2)),
             ("resolved", start + timedelta(seconds=3))]
    for target, at in steps:
        online_now = IncidentService(desk_db.uow, tech, lambda at=at: at)
        current = online_now.get(live.id)
        online_now.transition(live.id, current.version, target, resolution_code=code,
                              resolution_notes="Replaced the supervisor module")
        offline_now = IncidentService(laptop.db.uow, laptop.actor, lambda at=at: at + skew)
        current = offline_now.get(away.id)
        offline_now.transition(away.id, current.version, target, resolution_code=code,
                               resolution_notes="Replaced the supervisor module")
    while datetime.now(UTC) < steps[-1][1] + timedelta(seconds=1):
        time.sleep(0.1)
    settled(desk_db.engine)
    synchronise(desk_db.engine, laptop.db.engine,
                device_clock=lambda: datetime.now(UTC) + skew)
    assert all(o.state == "applied" for o in laptop.ops())
    columns = ("status", "response_elapsed_min", "resolution_elapsed_min", "response_breached",
               "resolution_breached", "sla_state")
    with desk_db.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(text(
            f"SELECT id, {', '.join(columns)} FROM work_items WHERE id IN (:a, :b)"),
            {"a": live.id, "b": away.id})}
    for name in columns:
        a, b = getattr(rows[live.id], name), getattr(rows[away.id], name)
        if isinstance(a, float):
            assert b == pytest.approx(a, abs=1e-3), name
        else:
            assert a == b, name
