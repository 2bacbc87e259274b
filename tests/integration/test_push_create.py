"""Items logged offline, on the real PostgreSQL: a provisional number in the replica, the
desk's number after the push, later ops naming the new item applied to it, and a laptop that
dies between the desk logging it and learning its number settled exactly once."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select, text

import deskapp.sync.push as push_module
from deskapp.db.models import TicketEvent
from deskapp.domain.numbers import is_provisional
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.sync.push import synchronise
from tests.integration.test_push import (
    assert_converged,
    desk,
    desk_db,
    laptops,
    online,
    sync,
    tech,
)
from tests.integration.test_push_faults import assert_exactly_once
from tests.integration.test_replica import settled
from tests.support.factories import Desk

desk_db, tech, desk, online, laptops = desk_db, tech, desk, online, laptops

REAL = re.compile(r"^INC-\d{6}$")


def _log_offline(laptop: Any, desk: Desk, title: str) -> Any:
    return laptop.services.incidents.create({
        "title": title, "impact": 2, "urgency": 1, "team_id": desk.team_id,
        "category": "Facilities"})


def _desk_item(desk_db: Database, item_id: Any) -> Any:
    with desk_db.engine.connect() as conn:
        return conn.execute(text("SELECT number, title, status, parent_id FROM work_items "
                                 "WHERE id = :i"), {"i": item_id}).first()


def test_an_incident_logged_offline_is_numbered_by_the_desk_with_its_later_changes(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    laptop = laptops()
    made = _log_offline(laptop, desk, "Gas smell in plant room B")
    assert made.number == "INC-new-1" and is_provisional(made.number)
    second = _log_offline(laptop, desk, "Fire door 4 does not close")
    assert second.number == "INC-new-2"
    offline = laptop.services.incidents
    edited = offline.edit(made.id, offline.get(made.id).version,
                          {"title": "Gas smell in plant room B (boiler 2)"})
    offline.add_comment(made.id, "Isolated the boiler", work_note=True, minutes=20)
    task = laptop.services.incident_tasks.create(made.id, {"title": "Call the gas engineer"})
    assert is_provisional(task.number) and task.number.startswith("ITASK-new-")
    offline.transition(made.id, edited.version, "in_progress")
    with laptop.db.engine.connect() as conn:  # the events the replica keeps say the same
        assert conn.scalar(select(TicketEvent.new_value).where(
            TicketEvent.ticket_id == made.id, TicketEvent.field == "created")) == "INC-new-1"
    ops = laptop.ops()
    assert [(o.action, o.table_name) for o in ops[:2]] == [("create", "work_items")] * 2
    assert ops[0].changes["title"] == "Gas smell in plant room B"
    assert ops[0].changes["number"] == "INC-new-1"

    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.conflicts) == \
        (len(ops), 0, 0)
    on_desk = _desk_item(desk_db, made.id)  # the same id: later ops found it
    assert REAL.match(on_desk.number)
    assert (on_desk.title, on_desk.status) == ("Gas smell in plant room B (boiler 2)",
                                               "in_progress")
    assert [c.body for c in online.incidents.comments(made.id)] == ["Isolated the boiler"]
    desk_task = _desk_item(desk_db, task.id)
    assert desk_task.parent_id == made.id and re.match(r"^ITASK-\d{6}$", desk_task.number)
    assert REAL.match(_desk_item(desk_db, second.id).number)
    outcomes = {o.row_id: o for o in laptop.ops()}
    # the replica shows the desk's numbers now, and no provisional one is left
    assert laptop.services.incidents.get(made.id).number == on_desk.number
    with laptop.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_items WHERE number LIKE "
                                "'%-new-%'")) == 0
    assert outcomes[made.id].state == "applied"
    with desk_db.engine.connect() as conn:
        assert conn.scalar(text("SELECT detail FROM sync_applied_ops WHERE id = :i"),
                           {"i": ops[0].id}) == {"number": on_desk.number}
    assert_converged(desk_db, desk, laptop)


def test_a_laptop_dying_before_it_learns_the_number_gets_it_once_at_the_next_sync(
        desk_db: Database, desk: Desk, online: Services, laptops: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = laptops()
    made = _log_offline(laptop, desk, "Water leak under the server room floor")
    laptop.services.incidents.add_comment(made.id, "Mopped, tiles lifted", work_note=True)

    def die(*_args: Any) -> None:
        raise RuntimeError("the laptop lost power")  # after the desk committed

    monkeypatch.setattr(push_module, "_note", die)
    with pytest.raises(RuntimeError, match="lost power"):
        synchronise(desk_db.engine, laptop.db.engine)
    monkeypatch.undo()
    number = _desk_item(desk_db, made.id).number
    assert REAL.match(number)  # the desk logged it ...
    assert laptop.services.incidents.get(made.id).number == "INC-new-1"  # ... unknown here
    assert {o.state for o in laptop.ops()} == {"pending"}

    settled(desk_db.engine)
    done = synchronise(desk_db.engine, laptop.db.engine)
    assert done.pushed.repeated == 2 and done.pushed.applied == 2
    assert laptop.services.incidents.get(made.id).number == number
    with desk_db.engine.connect() as conn:  # logged once: one row, one number, one note
        assert conn.scalar(text("SELECT count(*) FROM work_items WHERE title = "
                                "'Water leak under the server room floor'")) == 1
        assert conn.scalar(text("SELECT count(*) FROM ticket_events WHERE ticket_id = :i "
                                "AND field = 'created'"), {"i": made.id}) == 1
    assert [c.body for c in online.incidents.comments(made.id)] == ["Mopped, tiles lifted"]
    assert_exactly_once(desk_db, laptop)
    assert_converged(desk_db, desk, laptop)
