"""Time spent on work items (issue 12 part 4): log, correct, remove, totals, history, bad input;
on SQLite and PostgreSQL, for incidents and incident tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Comment, TimeEntry
from deskapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from deskapp.services.time_entries import TimeEntryService

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


@pytest.fixture(params=["incident", "incident_task"])
def item(request: pytest.FixtureRequest, services: Services) -> Any:
    parent = services.incidents.create({"title": "Laptop will not boot", "impact": 2,
                                        "urgency": 2})
    if request.param == "incident":
        return parent
    return services.incident_tasks.create(parent.id, {"title": "Replace the disk"})


def _service(database: Database, actor: Actor, now: datetime = NOW) -> TimeEntryService:
    return TimeEntryService(database.uow, actor, clock=lambda: now)


def _entry_rows(database: Database) -> int:
    with database.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(TimeEntry)) or 0)


def _time_events(services: Services, item_id: Any) -> list[tuple[str | None, str | None]]:
    return [(e.old_value, e.new_value) for e in services.work_items.history(item_id)
            if e.field == "time_spent"]


def test_log_correct_and_remove_an_entry_with_history(database: Database, actor: Actor,
                                                      services: Services, item: Any) -> None:
    time = _service(database, actor)
    first = time.add(item.id, 90, NOW - timedelta(hours=3), "Replaced the disk")
    second = time.add(item.id, 25, note="Called the user back")
    sheet = time.sheet(item.id)
    assert [(e.minutes, e.note, e.staff_name, e.own) for e in sheet.entries] == [
        (90, "Replaced the disk", "Alex Agent", True), (25, "Called the user back",
                                                        "Alex Agent", True)]
    assert sheet.total_minutes == 115 == time.item_total(item.id)
    assert second.worked_at == NOW  # default: now

    fixed = time.edit(first.id, first.version, 75, NOW - timedelta(hours=3), "Replaced the SSD")
    assert (fixed.minutes, fixed.note, fixed.version) == (75, "Replaced the SSD", 2)
    time.remove(second.id)
    assert [e.minutes for e in time.sheet(item.id).entries] == [75]
    assert _entry_rows(database) == 2  # the removed one is a tombstone
    assert _time_events(services, item.id) == [
        (None, "1 h 30 min on 2026-12-04: Replaced the disk"),
        (None, "25 min on 2026-12-04: Called the user back"),
        ("1 h 30 min on 2026-12-04: Replaced the disk",
         "1 h 15 min on 2026-12-04: Replaced the SSD"),
        ("25 min on 2026-12-04: Called the user back", None),
    ]


@pytest.mark.parametrize(("minutes", "when", "words"), [
    (0, NOW, "more than zero"),
    (-30, NOW, "more than zero"),
    (None, NOW, "Enter the time spent"),
    (24 * 60 + 1, NOW, "more than a day in one entry"),
    (30, NOW + timedelta(days=1), "after today"),
])
def test_bad_entries_are_refused_with_a_sentence_and_nothing_saved(
        database: Database, actor: Actor, services: Services, item: Any, minutes: int | None,
        when: datetime, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        _service(database, actor).add(item.id, minutes, when, "note")
    assert _entry_rows(database) == 0
    assert _time_events(services, item.id) == []


def test_a_time_later_today_in_the_callers_own_zone_is_fine(
        database: Database, actor: Actor, item: Any) -> None:
    """At 15:00 UTC it is already the 5th in Auckland: a local 5th is today there."""
    auckland = timezone(timedelta(hours=13))
    entry = _service(database, actor).add(
        item.id, 30, datetime(2026, 12, 5, 8, 0, tzinfo=auckland))
    assert entry.worked_at == datetime(2026, 12, 4, 19, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="2026-12-05 is after today"):
        _service(database, actor).add(item.id, 30, datetime(2026, 12, 5, 1, 0, tzinfo=UTC))


def test_a_note_too_long_is_refused(database: Database, actor: Actor, item: Any) -> None:
    with pytest.raises(ValidationError, match="limit is 500"):
        _service(database, actor).add(item.id, 30, NOW, "x" * 501)
    assert _entry_rows(database) == 0


def test_no_time_on_a_deleted_item(database: Database, actor: Actor, item: Any) -> None:
    with database.uow() as uow:
        row = uow.work_items.get(item.id)
        assert row is not None
        row.deleted_at = NOW
        uow.commit()
    with pytest.raises(ValidationError, match="was deleted; time cannot be logged"):
        _service(database, actor).add(item.id, 30, NOW)
    assert _entry_rows(database) == 0


def test_only_the_author_corrects_or_removes_an_entry(database: Database, actor: Actor,
                                                       item: Any) -> None:
    entry = _service(database, actor).add(item.id, 45, NOW, "Diagnosis")
    other = ensure_staff(database.uow, "agent2", "Sam Second")
    theirs = _service(database, other)
    assert [e.own for e in theirs.sheet(item.id).entries] == [False]
    with pytest.raises(PermissionDenied, match="Only the person who logged"):
        theirs.edit(entry.id, entry.version, 10, NOW, None)
    with pytest.raises(PermissionDenied, match="Only the person who logged"):
        theirs.remove(entry.id)
    assert _service(database, actor).sheet(item.id).total_minutes == 45


def test_a_stale_correction_is_a_conflict_and_a_removed_entry_is_gone(
        database: Database, actor: Actor, item: Any) -> None:
    time = _service(database, actor)
    entry = time.add(item.id, 45, NOW)
    time.edit(entry.id, entry.version, 50, NOW, None)
    with pytest.raises(ConflictError):
        time.edit(entry.id, entry.version, 55, NOW, None)
    time.remove(entry.id)
    with pytest.raises(NotFound, match="removed meanwhile"):
        time.remove(entry.id)


def test_totals_per_person_over_a_period(database: Database, actor: Actor,
                                         services: Services) -> None:
    one = services.incidents.create({"title": "One", "impact": 3, "urgency": 3})
    two = services.incidents.create({"title": "Two", "impact": 3, "urgency": 3})
    other = ensure_staff(database.uow, "agent2", "Sam Second")
    mine, theirs = _service(database, actor), _service(database, other)
    mine.add(one.id, 60, NOW - timedelta(days=1))
    mine.add(two.id, 30, NOW - timedelta(days=2))
    mine.add(two.id, 15, NOW - timedelta(days=20))  # before the period
    theirs.add(one.id, 120, NOW - timedelta(hours=1))
    gone = theirs.add(two.id, 600, NOW - timedelta(hours=2))
    theirs.remove(gone.id)
    totals = mine.totals_by_person(NOW - timedelta(days=7), NOW + timedelta(minutes=1))
    assert [(p.staff_name, p.minutes, p.entries, p.items) for p in totals] == [
        ("Sam Second", 120, 1, 1), ("Alex Agent", 90, 2, 2)]
    with pytest.raises(ValidationError, match="ends before it starts"):
        mine.totals_by_person(NOW, NOW - timedelta(days=1))


def test_a_work_note_with_time_is_one_transaction(database: Database, actor: Actor,
                                                  services: Services, item: Any) -> None:
    ops = services.incidents if item.number.startswith("INC") else services.incident_tasks
    ops.add_comment(item.id, "Swapped the disk and reinstalled", work_note=True, minutes=50)
    sheet = services.time_entries.sheet(item.id)
    assert [(e.minutes, e.note) for e in sheet.entries] == [
        (50, "Swapped the disk and reinstalled")]
    fields = [e.field for e in services.work_items.history(item.id)]
    assert fields[-2:] == ["time_spent", "work_note"]

    # bad time: neither the note nor the time is saved
    with database.uow(read_only=True) as uow:
        notes_before = uow.session.scalar(select(func.count()).select_from(Comment))
    with pytest.raises(ValidationError, match="more than a day"):
        ops.add_comment(item.id, "Worked all weekend", work_note=True, minutes=3000)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Comment)) == notes_before
    assert services.time_entries.sheet(item.id).total_minutes == 50
