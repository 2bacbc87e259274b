"""Watchers on SQLite and PostgreSQL: watch and unwatch any kind, colleagues added with an
event, the rules for others' items, the Watching queue, and the notice a watcher gets when
someone else changes the item (one per save, never for their own change)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.models import TicketEvent, WorkItemWatcher
from deskapp.domain.notifications import NoticeKind, notices
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff, resolve_actor
from tests.support.factories import make_desk


def _people(database: Database) -> tuple[Any, ...]:
    desk = make_desk(database)
    nora = ensure_staff(database.uow, "nora.agent", "Nora Agent", ("agent",))
    sam = ensure_staff(database.uow, "sam.lead", "Sam Lead", ("agent", "supervisor"))
    olly = ensure_staff(database.uow, "olly.net", "Olly Net", ("agent",))
    from deskapp.services.administration import AdministrationService

    admin = ensure_staff(database.uow, "ada.admin", "Ada Admin", ("admin",))
    teams = AdministrationService(database.uow, admin)
    teams.add_member(desk.team_id, nora.staff_id)
    teams.add_member(desk.team_id, sam.staff_id)
    teams.add_member(desk.other_team_id, olly.staff_id)
    return (*(Services.build(database.uow, resolve_actor(database.uow, name))
              for name in ("nora.agent", "sam.lead", "olly.net")), desk)


def test_watch_unwatch_and_watch_again_keep_one_row(database: Database) -> None:
    nora, sam, _olly, desk = _people(database)
    item = sam.incidents.create({"title": "Payroll export fails", "impact": 2, "urgency": 2,
                                 "caller_id": desk.caller_id, "team_id": desk.team_id})
    assert not nora.watchers.watchers(item.id).watching
    found = nora.watchers.watch(item.id)
    assert found.watching and [w.name for w in found.watchers] == ["Nora Agent"]
    assert nora.watchers.watch(item.id).count == 1  # already watching: nothing changes
    assert not nora.watchers.unwatch(item.id).watching
    assert nora.watchers.watch(item.id).watching
    with database.uow(read_only=True) as uow:
        rows = uow.session.scalar(select(func.count()).select_from(WorkItemWatcher))
        events = uow.session.scalar(select(func.count()).select_from(TicketEvent).where(
            TicketEvent.field == "watchers"))
    assert rows == 1  # revived, not duplicated
    assert events == 0  # watching oneself is a subscription, not a change to the item


def test_every_kind_can_be_watched(database: Database) -> None:
    nora, sam, _olly, desk = _people(database)
    problem = sam.problems.create({"title": "Exports fail after patch day", "impact": 2,
                                   "urgency": 2, "team_id": desk.team_id})
    assert nora.watchers.watch(problem.id).watching


def test_adding_a_colleague_is_a_change_with_an_event(database: Database) -> None:
    nora, sam, olly, desk = _people(database)
    item = sam.incidents.create({"title": "Badge reader dead", "impact": 3, "urgency": 2,
                                 "caller_id": desk.caller_id, "team_id": desk.team_id})
    found = nora.watchers.add(item.id, sam.actor.staff_id)
    assert [w.name for w in found.watchers] == ["Sam Lead"]
    assert found.watchers[0].added_by == "Nora Agent" and not found.watching
    history = [(e.field, e.new_value) for e in nora.work_items.readable_history(item.id)
               if e.field == "watchers"]
    assert history == [("watchers", "Sam Lead")]
    # another team's agent watches it for themself, but cannot add or remove others
    assert olly.watchers.watch(item.id).watching
    with pytest.raises(PermissionDenied):
        olly.watchers.remove(item.id, sam.actor.staff_id)
    assert not olly.watchers.watchers(item.id).may_change_others
    assert nora.watchers.remove(item.id, sam.actor.staff_id).count == 1  # Olly stays


def test_bad_input_is_a_sentence_and_saves_nothing(database: Database) -> None:
    nora, sam, _olly, desk = _people(database)
    item = sam.incidents.create({"title": "Kiosk frozen", "impact": 3, "urgency": 3,
                                 "caller_id": desk.caller_id, "team_id": desk.team_id})
    import uuid

    with pytest.raises(ValidationError, match="not an active staff member"):
        nora.watchers.add(item.id, uuid.uuid4())
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(WorkItemWatcher)) == 0


def test_the_watching_queue_lists_open_watched_items_latest_change_first(
        database: Database) -> None:
    nora, sam, _olly, desk = _people(database)
    made = [sam.incidents.create({"title": f"Item {n}", "impact": 3, "urgency": 3,
                                  "caller_id": desk.caller_id, "team_id": desk.team_id})
            for n in range(3)]
    nora.watchers.watch(made[0].id)
    nora.watchers.watch(made[2].id)
    sam.watchers.watch(made[1].id)  # someone else's watch is not mine
    queue = nora.queues.resolve(BUILT_IN_BY_KEY["watching"].definition)
    assert nora.queues.count(queue) == 2
    rows = nora.queues.page(queue, None, 10)
    assert {r.number for r in rows} == {made[0].number, made[2].number}
    latest = sam.incidents.update(made[0].id, made[0].version, {"title": "Item 0 (worse)"})
    rows = nora.queues.page(queue, None, 10)
    assert rows[0].number == latest.number
    nora.watchers.unwatch(made[2].id)
    nora.queues.invalidate_counts()
    assert nora.queues.count(queue) == 1
    # the other person's Watching queue is theirs
    assert [r.number for r in sam.queues.page(sam.queues.resolve(
        BUILT_IN_BY_KEY["watching"].definition), None, 10)] == [made[1].number]


def test_a_watcher_is_told_once_per_save_by_someone_else(database: Database) -> None:
    nora, sam, _olly, desk = _people(database)
    me = nora.actor.staff_id
    item = sam.incidents.create({"title": "Wi-Fi drops in hall B", "impact": 3, "urgency": 3,
                                 "caller_id": desk.caller_id, "team_id": desk.team_id})
    nora.watchers.watch(item.id)
    _, seen = notices(None, nora.notifications.look(None), me)
    # one save that changes two fields: one notice naming both
    changed = sam.incidents.update(item.id, item.version, {"impact": 2, "urgency": 2})
    found, seen = notices(seen, nora.notifications.look(seen), me)
    assert [(n.kind, n.item.number) for n in found] == [
        (NoticeKind.WATCHED_CHANGED, item.number)]
    assert found[0].text.startswith("Sam Lead changed it: ")
    assert "impact" in found[0].text and "urgency" in found[0].text
    assert notices(seen, nora.notifications.look(seen), me)[0] == []  # told once
    # my own change is not news; an assignment to me is told as an assignment, not twice
    nora.incidents.update(changed.id, changed.version, {"title": "Wi-Fi drops in hall B/C"})
    current = nora.incidents.get(item.id)
    sam.incidents.assign(item.id, current.version, desk.team_id, me)
    found, seen = notices(seen, nora.notifications.look(seen), me)
    assert [n.kind for n in found] == [NoticeKind.ASSIGNED]
    # after unwatching, changes are no longer told
    nora.watchers.unwatch(item.id)
    current = sam.incidents.get(item.id)
    sam.incidents.update(item.id, current.version, {"title": "Wi-Fi fixed?"})
    assert notices(seen, nora.notifications.look(seen), me)[0] == []
