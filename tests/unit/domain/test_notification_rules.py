"""What deserves a notification: new since the last look, not by me, each once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.notifications import (
    OVERLAP,
    EventFact,
    Facts,
    ItemRef,
    NoticeKind,
    Preferences,
    notices,
)

ME, OTHER = uuid.uuid4(), uuid.uuid4()
T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ITEM = ItemRef(uuid.uuid4(), "INC-000042", "VPN drops every hour")


def assigned(at: datetime, by: uuid.UUID | None = OTHER) -> EventFact:
    return EventFact(uuid.uuid4(), ITEM, NoticeKind.ASSIGNED, by, "Sam Lead", at)


def test_the_first_look_is_a_baseline() -> None:
    found, seen = notices(None, Facts(T0, (assigned(T0),), {ITEM.id: ("breached", ITEM)},
                                      {uuid.uuid4(): ITEM}), ME)
    assert found == [] and seen.since == T0 and seen.sla == {ITEM.id: "breached"}


def test_an_assignment_by_someone_else_is_told_once() -> None:
    _, seen = notices(None, Facts(T0), ME)
    event = assigned(T0 + timedelta(minutes=1))
    facts = Facts(T0 + timedelta(minutes=2), (event,))
    found, seen = notices(seen, facts, ME)
    assert [(n.kind, n.item.number, n.text) for n in found] == [
        (NoticeKind.ASSIGNED, "INC-000042", "Assigned to you by Sam Lead.")]
    # the next look reads from a little before (clock skew) and sees it again: not told twice
    again, _ = notices(seen, Facts(T0 + timedelta(minutes=3), (event,)), ME)
    assert again == []


def test_what_i_did_myself_is_not_news() -> None:
    _, seen = notices(None, Facts(T0), ME)
    found, _ = notices(seen, Facts(T0 + timedelta(minutes=1),
                                   (assigned(T0 + timedelta(seconds=30), by=ME),)), ME)
    assert found == []


def test_a_caller_reply_names_the_caller_or_says_a_caller() -> None:
    _, seen = notices(None, Facts(T0), ME)
    reply = EventFact(uuid.uuid4(), ITEM, NoticeKind.CALLER_REPLIED, None, "",
                      T0 + timedelta(minutes=1), "It works again, thanks!")
    found, _ = notices(seen, Facts(T0 + timedelta(minutes=2), (reply,)), ME)
    assert [n.text for n in found] == ["A caller replied: It works again, thanks!"]


def test_sla_warning_then_breach_each_once() -> None:
    _, seen = notices(None, Facts(T0), ME)
    steps = ["warning", "warning", "breached", "breached", "warning"]
    told = []
    for n, state in enumerate(steps, start=1):
        found, seen = notices(seen, Facts(T0 + timedelta(minutes=n),
                                          sla={ITEM.id: (state, ITEM)}), ME)
        told += [f.kind for f in found]
    assert told == [NoticeKind.SLA_WARNING, NoticeKind.SLA_BREACHED]


def test_a_new_approval_line_is_told_and_a_decided_one_forgotten() -> None:
    line = uuid.uuid4()
    _, seen = notices(None, Facts(T0), ME)
    found, seen = notices(seen, Facts(T0 + timedelta(minutes=1), approvals={line: ITEM}), ME)
    assert [f.kind for f in found] == [NoticeKind.APPROVAL_WAITING]
    _, seen = notices(seen, Facts(T0 + timedelta(minutes=2)), ME)  # decided: gone
    assert seen.approvals == frozenset()


def test_events_older_than_the_overlap_are_not_replayed() -> None:
    _, seen = notices(None, Facts(T0), ME)
    old = assigned(T0 - OVERLAP - timedelta(seconds=1))
    found, _ = notices(seen, Facts(T0 + timedelta(minutes=1), (old,)), ME)
    assert found == []


def test_kinds_switched_off_are_not_kept() -> None:
    _, seen = notices(None, Facts(T0), ME)
    found, _ = notices(seen, Facts(T0 + timedelta(minutes=1),
                                   (assigned(T0 + timedelta(seconds=5)),),
                                   {ITEM.id: ("breached", ITEM)}), ME)
    prefs = Preferences(frozenset({NoticeKind.SLA_BREACHED}))
    assert [n.kind for n in prefs.wanted(found)] == [NoticeKind.SLA_BREACHED]


minutes = st.integers(0, 24 * 60 - 1)


@given(minutes, minutes, minutes)
def test_quiet_hours_match_a_minute_by_minute_reading(start: int, end: int, now: int) -> None:
    def at(m: int) -> time:
        return time(m // 60, m % 60)

    prefs = Preferences(quiet_from=at(start), quiet_to=at(end))
    # walk forward from the start: quiet until the end is reached (never when they are equal)
    quiet_minutes = set()
    if start != end:
        m = start
        while m != end:
            quiet_minutes.add(m)
            m = (m + 1) % (24 * 60)
    assert prefs.quiet_at(at(now)) == (now in quiet_minutes)
    assert not Preferences().quiet_at(at(now))


def watched(at: datetime, field: str, by: uuid.UUID | None = OTHER, name: str = "Sam Lead",
            item: ItemRef = ITEM) -> EventFact:
    return EventFact(uuid.uuid4(), item, NoticeKind.WATCHED_CHANGED, by, name, at, field)


def test_one_save_of_a_watched_item_is_one_notice_naming_its_fields() -> None:
    _, seen = notices(None, Facts(T0), ME)
    at = T0 + timedelta(minutes=1)
    facts = Facts(T0 + timedelta(minutes=2),
                  (watched(at, "status"), watched(at, "priority"), watched(at, "status")))
    found, _ = notices(seen, facts, ME)
    assert [(n.kind, n.text) for n in found] == [
        (NoticeKind.WATCHED_CHANGED, "Sam Lead changed it: status, priority.")]


def test_a_change_by_nobody_on_staff_says_it_changed() -> None:
    _, seen = notices(None, Facts(T0), ME)
    found, _ = notices(seen, Facts(T0 + timedelta(minutes=2), (
        watched(T0 + timedelta(minutes=1), "status", by=None, name=""),)), ME)
    assert [n.text for n in found] == ["It changed: status."]


def test_an_assignment_to_me_on_a_watched_item_is_told_as_an_assignment_only() -> None:
    _, seen = notices(None, Facts(T0), ME)
    at = T0 + timedelta(minutes=1)
    assignment = assigned(at)
    facts = Facts(T0 + timedelta(minutes=2), (
        assignment, EventFact(assignment.id, ITEM, NoticeKind.WATCHED_CHANGED, OTHER,
                              "Sam Lead", at, "assignee"),
        watched(at, "status")))
    found, _ = notices(seen, facts, ME)
    assert [n.kind for n in found] == [NoticeKind.ASSIGNED]


saves = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 9), st.booleans(),
                           st.sampled_from(["status", "priority", "title", "assignee"])),
                 max_size=25)


@given(saves, st.integers(1, 9))
def test_watched_changes_are_told_once_per_save_and_never_mine(
        made: list[tuple[int, int, bool, str]], split: int) -> None:
    """Whatever saves happen across two looks: one notice per save by someone else, none for
    mine, none told twice."""
    items = [ItemRef(uuid.uuid4(), f"INC-{n:06d}", "x") for n in range(3)]
    events = [watched(T0 + timedelta(seconds=10 * minute + 1), field,
                      by=ME if mine else OTHER, item=items[item])
              for item, minute, mine, field in made]
    _, seen = notices(None, Facts(T0), ME)
    middle = T0 + timedelta(seconds=10 * split)
    first, seen = notices(seen, Facts(middle, tuple(e for e in events if e.at < middle)), ME)
    second, _ = notices(seen, Facts(T0 + timedelta(minutes=3), tuple(events)), ME)
    told = [(n.item.id, n.at) for n in first + second]
    expected = {(e.item.id, e.at) for e in events if e.actor_id != ME}
    assert sorted(told) == sorted(expected)
    assert all(n.kind is NoticeKind.WATCHED_CHANGED for n in first + second)
