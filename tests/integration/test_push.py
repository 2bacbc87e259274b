"""Working offline and pushing back, on the real PostgreSQL: the outbox is written with each
change, a push applies ops through the services exactly once, field-level merge records
conflicts, refusals keep the desk's sentence and block nothing, and after a sync the replica
equals the desk's projection of its scope."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from deskapp.config.urls import sqlite_url
from deskapp.db.models import AppliedOp, OutboxOp
from deskapp.errors import ValidationError
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.outbox import OutboxCounts
from deskapp.services.staff import resolve_actor
from deskapp.sync.push import push, synchronise
from deskapp.sync.replica import create_replica
from deskapp.sync.scope import Scope
from tests.integration.test_replica import desk, desk_db, projection, replica_rows, settled, tech
from tests.support.factories import Desk

OUTBOX = OutboxOp.__table__
APPLIED = AppliedOp.__table__


desk_db, tech, desk = desk_db, tech, desk  # the replica tests' desk


@pytest.fixture
def online(desk_db: Database, tech: Actor) -> Services:
    return Services.build(desk_db.uow, tech)


class Laptop:
    """A replica file opened as the app opens it, with the technician's services."""

    def __init__(self, path: Path, login: str = "tech1") -> None:
        self.path = path
        self.db = open_database(sqlite_url(path))
        self.actor = resolve_actor(self.db.uow, login)
        self.services = Services.build(self.db.uow, self.actor)

    def with_clock(self, clock: Any) -> Services:
        """Services whose clock is the laptop's (possibly wrong) clock."""
        from deskapp.services.incidents import IncidentService
        from deskapp.services.time_entries import TimeEntryService

        services = Services.build(self.db.uow, self.actor)
        services.incidents = IncidentService(self.db.uow, self.actor, clock)
        services.time_entries = TimeEntryService(self.db.uow, self.actor, clock)
        return services

    def ops(self) -> list[Any]:
        with self.db.engine.connect() as conn:
            return list(conn.execute(select(OUTBOX).order_by(OUTBOX.c.position)))

    def close(self) -> None:
        self.db.dispose()


@pytest.fixture
def laptops(desk_db: Database, desk: Desk, tmp_path: Path) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(name: str = "laptop", scope: Scope | None = None) -> Laptop:
        path = tmp_path / f"{name}.sqlite3"
        create_replica(desk_db.engine, path, scope or Scope(team="Service Desk"), staff="tech1")
        laptop = Laptop(path)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def sync(desk_db: Database, laptop: Laptop, **kwargs: Any) -> Any:
    settled(desk_db.engine)
    return synchronise(desk_db.engine, laptop.db.engine, **kwargs)


def assert_converged(desk_db: Database, desk: Desk, laptop: Laptop) -> None:
    settled(desk_db.engine)
    synchronise(desk_db.engine, laptop.db.engine)
    expected, got = projection(desk_db.engine, desk.team_id), replica_rows(laptop.path)
    for name in expected:
        assert got[name] == expected[name], name


def new_incident(online: Services, desk: Desk, title: str) -> Any:
    return online.incidents.create({"title": title, "impact": 2, "urgency": 2,
                                    "team_id": desk.team_id, "caller_id": desk.caller_id})


def test_changes_made_offline_are_ops_and_a_push_applies_them_once(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Printer on floor 3 jams")
    laptop = laptops()
    offline = laptop.services.incidents
    local = offline.get(item.id)
    local = offline.edit(item.id, local.version, {"title": "Printer on floor 3 jams (fuser)"})
    offline.add_comment(item.id, "Replaced the fuser unit", work_note=True, minutes=40)
    offline.transition(item.id, local.version, "in_progress")
    ops = laptop.ops()
    assert [(o.table_name, o.action) for o in ops] == [
        ("work_items", "update"), ("time_entries", "append"),
        ("work_item_comments", "append"), ("work_items", "update")]
    assert ops[0].changes == {"title": ["Printer on floor 3 jams",
                                        "Printer on floor 3 jams (fuser)"],
                              "status": ["new", "assigned"]}  # the form's rule, as online
    assert ops[0].base_version == item.version and all(o.state == "pending" for o in ops)
    assert ops[3].changes["status"] == ["assigned", "in_progress"]

    # meanwhile on the desk: another field of the same item
    online.incidents.edit(item.id, online.incidents.get(item.id).version,
                          {"category": "Hardware"})
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.conflicts) == (4, 0, 0)
    after = online.incidents.get(item.id)
    assert (after.title, after.category, after.status) == (
        "Printer on floor 3 jams (fuser)", "Hardware", "in_progress")
    notes = online.incidents.comments(item.id)
    assert [n.body for n in notes] == ["Replaced the fuser unit"]
    assert online.time_entries.item_total(item.id) == 40
    assert all(o.state == "applied" for o in laptop.ops())
    with desk_db.engine.connect() as conn:
        assert conn.scalar(select(text("count(*)")).select_from(APPLIED)) == 4
        received = conn.execute(text(
            "SELECT received_at FROM ticket_events WHERE ticket_id = :i AND field = 'title'"),
            {"i": item.id}).scalars().all()
        assert len(received) == 1 and received[0] is not None

    # the same ops pushed again (the laptop lost its note of the outcome): nothing changes
    with laptop.db.engine.begin() as conn:
        conn.execute(update(OUTBOX).values(state="pending"))
    again = push(desk_db.engine, laptop.db.engine)
    assert (again.repeated, again.applied) == (4, 4)
    assert [n.body for n in online.incidents.comments(item.id)] == ["Replaced the fuser unit"]
    assert online.time_entries.item_total(item.id) == 40
    assert online.incidents.get(item.id).version == after.version
    assert_converged(desk_db, desk, laptop)


def test_the_same_field_changed_on_both_sides_is_a_conflict_the_rest_is_merged(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "VPN drops every hour")
    laptop = laptops()
    offline = laptop.services.incidents
    offline.edit(item.id, item.version, {"title": "VPN drops at the depot",
                                         "category": "Network"})
    online.incidents.edit(item.id, item.version, {"title": "VPN drops for everyone"})
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.conflicts) == (0, 1)
    [op] = laptop.ops()
    assert op.state == "conflict"
    assert op.conflict == {"title": {"base": "VPN drops every hour",
                                     "mine": "VPN drops at the depot",
                                     "theirs": "VPN drops for everyone", "chosen": None}}
    after = online.incidents.get(item.id)
    assert (after.title, after.category) == ("VPN drops for everyone", "Network")
    # the replica shows the desk's values now (the conflict keeps the technician's)
    assert laptop.services.incidents.get(item.id).title == "VPN drops for everyone"
    assert_converged(desk_db, desk, laptop)


def test_a_refused_op_keeps_the_reason_and_blocks_nothing_after_it(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    gone = new_incident(online, desk, "Badge reader dead")
    kept = new_incident(online, desk, "Monitor flickers")
    laptop = laptops()
    offline = laptop.services.incidents
    offline.edit(gone.id, gone.version, {"title": "Badge reader dead (door 2)"})
    offline.add_comment(gone.id, "Rebooted the reader", work_note=True)
    offline.edit(kept.id, kept.version, {"title": "Monitor flickers (cable)"})
    with desk_db.engine.begin() as conn:  # deleted on the desk meanwhile (a tombstone)
        conn.execute(text("UPDATE work_items SET deleted_at = now(), version = version + 1 "
                          "WHERE id = :i"), {"i": gone.id})
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected) == (1, 2)
    states = [(o.state, o.reason) for o in laptop.ops()]
    assert states[0][0] == states[1][0] == "rejected"
    assert "was deleted on the desk" in (states[0][1] or "")
    assert states[2] == ("applied", None)
    assert online.incidents.get(kept.id).title == "Monitor flickers (cable)"
    assert_converged(desk_db, desk, laptop)


def test_the_lifecycle_refuses_as_online(desk_db: Database, desk: Desk, online: Services,
                                         laptops: Any) -> None:
    item = new_incident(online, desk, "Laptop will not boot")
    laptop = laptops()
    laptop.services.incidents.transition(item.id, item.version, "in_progress")
    current = online.incidents.get(item.id)
    online.incidents.transition(item.id, current.version, "resolved",
                                resolution_code=_code(desk_db), resolution_notes="Fixed")
    done = sync(desk_db, laptop)
    assert done.pushed.conflicts == 1  # status changed on both sides: the technician decides
    assert online.incidents.get(item.id).status == "resolved"


def test_changes_the_desk_cannot_merge_yet_are_refused_in_the_replica(
        desk: Desk, online: Services, laptops: Any) -> None:
    laptop = laptops()
    with pytest.raises(ValidationError, match="Logging a new problem is not possible in an "
                                              "offline replica"):
        laptop.services.problems.create({"title": "Found on site", "team_id": desk.team_id})
    assert laptop.ops() == []


def test_watchers_reach_the_replica_read_only(desk_db: Database, desk: Desk, online: Services,
                                             laptops: Any) -> None:
    from deskapp.domain.queue import BUILT_IN_BY_KEY

    item = new_incident(online, desk, "Projector in room 2 flickers")
    online.watchers.watch(item.id)  # the technician watches it on the desk
    laptop = laptops()
    offline = laptop.services
    assert offline.watchers.watchers(item.id).watching
    watching = offline.queues.resolve(BUILT_IN_BY_KEY["watching"].definition)
    assert [r.number for r in offline.queues.page(watching, None, 10)] == [item.number]
    with pytest.raises(ValidationError, match="Watching or unwatching an item is not possible "
                                              "in an offline replica"):
        offline.watchers.unwatch(item.id)
    assert laptop.ops() == []
    assert offline.watchers.watchers(item.id).watching  # nothing was saved


def test_work_times_follow_the_laptop_clock_corrected_for_skew(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Router reboots")
    laptop = laptops()
    skew = timedelta(hours=3)  # the laptop's clock runs three hours fast
    real_start = datetime.now(UTC)
    offline = laptop.with_clock(lambda: datetime.now(UTC) + skew).incidents
    offline.transition(item.id, item.version, "in_progress")
    sync(desk_db, laptop, device_clock=lambda: datetime.now(UTC) + skew)
    with desk_db.engine.connect() as conn:
        occurred, received = conn.execute(text(
            "SELECT occurred_at, received_at FROM ticket_events WHERE ticket_id = :i AND "
            "field = 'status' AND new_value = 'in_progress'"), {"i": item.id}).one()
    assert real_start - timedelta(seconds=5) <= occurred <= received
    assert received - occurred < timedelta(minutes=1)


def _code(desk_db: Database) -> str:
    with desk_db.engine.connect() as conn:
        return str(conn.scalar(text("SELECT code FROM resolution_codes WHERE active LIMIT 1")))




def test_conflicts_are_resolved_field_by_field_and_refusals_retried_or_discarded(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Till 4 prints blank receipts")
    other = new_incident(online, desk, "Till 5 drawer stuck")
    laptop = laptops()
    offline = laptop.services.incidents
    offline.edit(item.id, item.version, {"title": "Till 4: thermal head worn",
                                         "category": "Hardware"})
    offline.add_comment(other.id, "Freed the drawer", work_note=True)
    online.incidents.edit(item.id, item.version, {"title": "Till 4 blank receipts (urgent)",
                                                  "category": "Printing"})
    with desk_db.engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET deleted_at = now(), version = version + 1 "
                          "WHERE id = :i"), {"i": other.id})
    sync(desk_db, laptop)
    outbox = laptop.services.outbox
    assert outbox.counts() == OutboxCounts(pending=0, conflicts=1, rejected=1)
    conflict, refused = outbox.entries()
    assert sorted(conflict.open_fields) == ["category", "title"]
    outbox.resolve(conflict.id, "title", "mine")  # sends mine again, based on theirs
    assert outbox.counts().pending == 1
    after = outbox.resolve(conflict.id, "category", "theirs")
    assert after.state == "resolved"
    with pytest.raises(ValidationError, match="no longer waiting"):
        outbox.resolve(conflict.id, "title", "theirs")
    outbox.discard(refused.id)
    sync(desk_db, laptop)
    desk_item = online.incidents.get(item.id)
    assert (desk_item.title, desk_item.category) == ("Till 4: thermal head worn", "Printing")
    assert outbox.counts() == OutboxCounts(0, 0, 0) and outbox.entries() == []
    assert_converged(desk_db, desk, laptop)


def test_a_refused_change_is_retried_after_an_edit(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Door controller offline")
    laptop = laptops()
    offline = laptop.services.incidents
    offline.add_comment(item.id, "Reset it", work_note=True)
    with desk_db.engine.begin() as conn:  # the desk refuses: deleted, then restored
        conn.execute(text("UPDATE work_items SET deleted_at = now(), version = version + 1 "
                          "WHERE id = :i"), {"i": item.id})
    sync(desk_db, laptop)
    [refused] = laptop.services.outbox.entries()
    assert refused.state == "rejected"
    with desk_db.engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET deleted_at = NULL, version = version + 1 "
                          "WHERE id = :i"), {"i": item.id})
    sync(desk_db, laptop)  # the item is back in the replica
    laptop.services.outbox.retry(refused.id, {"body": "Reset the door controller"})
    sync(desk_db, laptop)
    assert [c.body for c in online.incidents.comments(item.id)] == ["Reset the door controller"]
    assert laptop.services.outbox.entries() == []
    assert_converged(desk_db, desk, laptop)


def test_a_service_refusal_reruns_the_batch_carefully_and_keeps_the_other_ops(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    """The fast run has no savepoint per op: a refusal by a service rolls the batch back and
    it runs again op by op, so the refused op leaves nothing and the others apply once."""
    first = new_incident(online, desk, "Scanner at gate 2 offline")
    second = new_incident(online, desk, "Gate 3 turnstile jams")
    code = _code(desk_db)
    laptop = laptops()
    offline = laptop.services.incidents
    offline.edit(first.id, first.version, {"title": "Scanner at gate 2: PSU failed"})
    step = offline.transition(second.id, second.version, "in_progress")
    offline.transition(second.id, step.version, "resolved", resolution_code=code,
                       resolution_notes="Greased the arm")
    offline.add_comment(first.id, "New PSU fitted", work_note=True)
    with desk_db.engine.begin() as conn:  # the code is retired on the desk meanwhile
        conn.execute(text("UPDATE resolution_codes SET active = false, version = version + 1 "
                          "WHERE code = :c"), {"c": code})
    assert [o.state for o in laptop.ops()] == ["pending"] * 4
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.careful_batches) == (3, 1, 1)
    states = [(o.state, o.reason) for o in laptop.ops()]
    assert [s for s, _ in states] == ["applied", "applied", "rejected", "applied"]
    assert "retired" in (states[2][1] or "")
    assert online.incidents.get(first.id).title == "Scanner at gate 2: PSU failed"
    assert online.incidents.get(second.id).status == "in_progress"
    assert [c.body for c in online.incidents.comments(first.id)] == ["New PSU fitted"]
    with desk_db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM ticket_events WHERE ticket_id = :i AND "
                                "new_value = 'resolved'"), {"i": second.id}) == 0
    again = laptop.services.incidents.get(first.id)
    laptop.services.incidents.edit(first.id, again.version, {"category": "Hardware"})
    assert sync(desk_db, laptop).pushed.careful_batches == 0  # no refusal: the fast run
    assert online.incidents.get(first.id).category == "Hardware"
    assert_converged(desk_db, desk, laptop)


def test_links_added_and_removed_offline_are_pushed_with_their_ids(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    outage = new_incident(online, desk, "Switch 7 down")
    printer = new_incident(online, desk, "Printers on floor 7 offline")
    phones = new_incident(online, desk, "Desk phones on floor 7 dead")
    old = online.work_items.link(phones.id, outage.id, "caused_by")
    laptop = laptops()
    offline = laptop.services.work_items
    made = offline.link(printer.id, outage.id, "caused_by")
    offline.unlink(old.id)
    ops = laptop.ops()
    assert [(o.table_name, o.action) for o in ops] == [("work_item_links", "append"),
                                                       ("work_item_links", "remove")]
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected) == (2, 0)
    links = {(link.link_type, link.other_id, link.id) for link in
             online.work_items.links(outage.id)}
    assert links == {("caused_by", printer.id, made.id)}  # the replica's id, the old one gone
    with desk_db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM ticket_events WHERE ticket_id = :i AND "
                                "field = 'linked:caused_by'"), {"i": outage.id}) == 3
    again = sync(desk_db, laptop)  # nothing left to send; pushing again changes nothing
    assert again.pushed.pushed == 0
    assert_converged(desk_db, desk, laptop)


def test_time_corrected_or_removed_offline_is_pushed_to_the_same_entries(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Conveyor belt 2 stops")
    earlier = online.time_entries.add(item.id, 30, note="First look")
    laptop = laptops()
    offline = laptop.services.time_entries
    logged = offline.add(item.id, 45, note="Replaced the belt")
    offline.edit(logged.id, logged.version, 50, logged.worked_at, "Replaced the belt and roller")
    offline.remove(earlier.id)
    assert [(o.table_name, o.action) for o in laptop.ops()] == [
        ("time_entries", "append"), ("time_entries", "update"), ("time_entries", "remove")]
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.conflicts) == (3, 0, 0)
    with desk_db.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(text(
            "SELECT id, minutes, note, deleted_at FROM time_entries WHERE work_item_id = :i"),
            {"i": item.id})}
    assert set(rows) == {earlier.id, logged.id}  # the replica's id kept: no second entry
    assert (rows[logged.id].minutes, rows[logged.id].note) == (50, "Replaced the belt and roller")
    assert rows[logged.id].deleted_at is None and rows[earlier.id].deleted_at is not None
    assert_converged(desk_db, desk, laptop)
