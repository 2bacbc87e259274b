"""What deserves a desktop notification, decided from two looks at the desk.

The notification centre asks the database, every time something changed (live refresh) and at
least once a minute, for *facts* about the signed-in person's work: items assigned to them
since the last look, callers' replies on their items, the SLA state of their open items, the
approvals waiting for them and changes to items they watch (events by others on them).
:func:`notices` compares those facts with what the last look saw (:class:`Seen`) and says
what is new. The first look only records a baseline: starting DeskApp does not replay
yesterday's assignments.

Pure: no Qt, no database, so the rules are tested without either.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum

#: Facts are read from a little before the last look, so a change committed by a client whose
#: clock is behind this one's is still seen; what was already notified is remembered by id.
OVERLAP = timedelta(minutes=5)


class NoticeKind(StrEnum):
    ASSIGNED = "assigned"  # an item was assigned to me by someone else
    CALLER_REPLIED = "caller_replied"  # a caller's comment on one of my items
    SLA_WARNING = "sla_warning"  # one of my open items passed 75 % of its target
    SLA_BREACHED = "sla_breached"  # one of my open items breached
    APPROVAL_WAITING = "approval_waiting"  # an approval asks me (or someone I stand in for)
    WATCHED_CHANGED = "watched_changed"  # someone else changed an item I watch


#: How a watched item's changed field reads in a notice ("Anna Berg changed it: status,
#: assignee"); a field not listed reads as its name without ``_id`` and underscores.
FIELD_NAMES: Mapping[str, str] = {
    "created": "created", "caller_id": "caller", "service_id": "service",
    "ci_id": "configuration item", "team_id": "team", "assignee_id": "assignee",
    "is_major": "major incident", "pending_reason": "waiting for", "time_spent": "time spent",
    "work_note": "work note", "impacted_cis": "impacted CIs",
}


def field_name(field_: str) -> str:
    return FIELD_NAMES.get(field_, field_.removesuffix("_id").replace("_", " "))


@dataclass(frozen=True)
class ItemRef:
    id: uuid.UUID
    number: str
    title: str


@dataclass(frozen=True)
class EventFact:
    """Something that happened to an item, by someone (``actor_id`` None: nobody on staff)."""

    id: uuid.UUID  # the event's (or comment's) own id: notified once
    item: ItemRef
    kind: NoticeKind
    actor_id: uuid.UUID | None
    actor_name: str
    at: datetime
    detail: str = ""


@dataclass(frozen=True)
class Facts:
    """One look at the desk for one person (see the service for how each is read)."""

    read_at: datetime
    events: tuple[EventFact, ...] = ()
    #: my open items with an SLA state worth knowing (``warning`` or ``breached``)
    sla: Mapping[uuid.UUID, tuple[str, ItemRef]] = field(default_factory=dict)
    #: approval lines waiting for me: line id -> the item
    approvals: Mapping[uuid.UUID, ItemRef] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    """What the last look saw; the next look is compared with it."""

    since: datetime
    event_ids: frozenset[uuid.UUID] = frozenset()
    sla: Mapping[uuid.UUID, str] = field(default_factory=dict)
    approvals: frozenset[uuid.UUID] = frozenset()

    @property
    def read_from(self) -> datetime:
        return self.since - OVERLAP


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    item: ItemRef
    text: str  # one line under the title: who and what
    at: datetime


def notices(seen: Seen | None, facts: Facts, me: uuid.UUID) -> tuple[list[Notice], Seen]:
    """The notices ``facts`` hold that ``seen`` did not, and what to remember now."""
    events = tuple(e for e in facts.events if e.actor_id != me)
    remembered = frozenset(e.id for e in events if e.at >= facts.read_at - OVERLAP)
    after = Seen(facts.read_at, remembered,
                 {k: state for k, (state, _ref) in facts.sla.items()},
                 frozenset(facts.approvals))
    if seen is None:
        return [], after
    out: list[Notice] = []
    # one save of a watched item (several fields, several events) is one notice; a save that
    # is news of its own (an assignment to me) is not told again because I also watch the item
    specific = {_save(e) for e in events if e.kind is not NoticeKind.WATCHED_CHANGED}
    watched: dict[tuple[uuid.UUID, uuid.UUID | None, datetime], list[EventFact]] = {}
    for event in sorted(events, key=lambda e: e.at):
        if event.id in seen.event_ids or event.at < seen.read_from:
            continue
        if event.kind is NoticeKind.WATCHED_CHANGED:
            if _save(event) not in specific:
                watched.setdefault(_save(event), []).append(event)
            continue
        out.append(Notice(event.kind, event.item, _event_text(event), event.at))
    for group in watched.values():
        last = group[-1]
        details = ", ".join(dict.fromkeys(e.detail for e in group if e.detail))
        out.append(Notice(NoticeKind.WATCHED_CHANGED, last.item,
                          _event_text(EventFact(last.id, last.item, last.kind, last.actor_id,
                                                last.actor_name, last.at, details)),
                          last.at))
    for item_id, (state, ref) in facts.sla.items():
        before = seen.sla.get(item_id)
        if state == "breached" and before != "breached":
            out.append(Notice(NoticeKind.SLA_BREACHED, ref, "The SLA target has passed.",
                              facts.read_at))
        elif state == "warning" and before not in ("warning", "breached"):
            out.append(Notice(NoticeKind.SLA_WARNING, ref,
                              "75 % of the SLA target is used.", facts.read_at))
    for line_id, ref in facts.approvals.items():
        if line_id not in seen.approvals:
            out.append(Notice(NoticeKind.APPROVAL_WAITING, ref, "Your approval is asked.",
                              facts.read_at))
    return out, after


def _save(event: EventFact) -> tuple[uuid.UUID, uuid.UUID | None, datetime]:
    """Which save an event came from: one item, one person, one moment."""
    return event.item.id, event.actor_id, event.at


def _event_text(event: EventFact) -> str:
    who = event.actor_name or "A caller"
    if event.kind is NoticeKind.ASSIGNED:
        return f"Assigned to you by {who}."
    if event.kind is NoticeKind.CALLER_REPLIED:
        return f"{who} replied: {event.detail}" if event.detail else f"{who} replied."
    if event.kind is NoticeKind.WATCHED_CHANGED:
        # nobody on staff: the SLA sweep, auto-close, a return from pending, a caller's mail
        who = event.actor_name or "It"
        verb = "changed it" if event.actor_name else "changed"
        return f"{who} {verb}: {event.detail}." if event.detail else f"{who} {verb}."
    return f"{who} changed it: {event.detail}" if event.detail else f"{who} changed it."


@dataclass(frozen=True)
class Preferences:
    """Which notices a person wants, and when they want none (quiet hours, local time)."""

    kinds: frozenset[NoticeKind] = frozenset(NoticeKind)
    quiet_from: time | None = None
    quiet_to: time | None = None

    def quiet_at(self, local: time) -> bool:
        """Inside the quiet hours; ``22:00``-``07:00`` spans midnight. Equal ends: never."""
        start, end = self.quiet_from, self.quiet_to
        if start is None or end is None or start == end:
            return False
        if start < end:
            return start <= local < end
        return local >= start or local < end

    def wanted(self, found: Iterable[Notice]) -> list[Notice]:
        """The notices of the kinds the person keeps (quiet hours only silence pop-ups)."""
        return [n for n in found if n.kind in self.kinds]
