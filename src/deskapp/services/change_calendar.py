"""The change calendar and the conflict finder: what a change's window collides with, checked
while the window is edited (the form asks at each edit), and accepted conflicts.

One check is four queries, each on an index: the change's CIs (its main CI and
``work_item_cis``), the CIs within 2 relations of them (the recursive walk of
:mod:`deskapp.repositories.cmdb_graph`), the unfinished changes whose window overlaps (one
``planned_start`` range: a window lasts at most 14 days) with their extra CIs, and the freeze
windows overlapping. The rules are :func:`deskapp.domain.change_conflicts.find_conflicts`.
A change's services, for service freezes, are its own service and its CIs' services.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.db.base import utcnow
from deskapp.db.models import ChangeConflictAcceptance
from deskapp.domain.change_conflicts import (
    HOPS,
    Booking,
    Conflict,
    ConflictKind,
    Freeze,
    Window,
    find_conflicts,
)
from deskapp.domain.cmdb import CONFLICT_TYPES
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, validate_text
from deskapp.domain.kinds.change import BOOKED, CANCELLED, LIFECYCLE, window_problems
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.changes import ChangeRepository
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, require_item, require_visible
from deskapp.services.cmdb_impact import within_hops
from deskapp.services.dto import Actor
from deskapp.services.work_items import Clock, WorkItemOperations

#: A CI with more conflict relations than this is a hub: :func:`distances` does not expand it.
HUB = 2000
#: What the calendar shows: every change with a window but the cancelled ones.
SHOWN = tuple(s for s in LIFECYCLE.statuses if s != CANCELLED)
#: The calendar shows at most this span at once (a month view with its edges).
CALENDAR_MAX = timedelta(days=62)


@dataclass(frozen=True)
class ConflictDTO:
    kind: str  # same_ci / near_ci / implementer / freeze
    key: str  # what an acceptance is recorded under
    other_id: uuid.UUID | None  # the other change (None for a freeze)
    label: str  # its number, or the freeze's name
    title: str  # the other change's title, or the freeze's reason
    starts: datetime
    ends: datetime
    ci_name: str  # the other change's CI that collides ("" for others)
    hops: int | None
    accepted: bool
    justification: str


@dataclass(frozen=True)
class ConflictReport:
    conflicts: tuple[ConflictDTO, ...]

    @property
    def open(self) -> tuple[ConflictDTO, ...]:
        """Those not accepted yet."""
        return tuple(c for c in self.conflicts if not c.accepted)


@dataclass(frozen=True)
class CalendarEntry:
    id: uuid.UUID
    number: str
    title: str
    status: str
    change_type: str
    starts: datetime
    ends: datetime
    implementer: str
    risk_level: str | None
    release_id: uuid.UUID | None


@dataclass(frozen=True)
class FreezeEntry:
    id: uuid.UUID
    name: str
    starts: datetime
    ends: datetime
    service_id: uuid.UUID | None
    reason: str


@dataclass(frozen=True)
class CalendarDTO:
    starts: datetime
    ends: datetime
    changes: tuple[CalendarEntry, ...]
    freezes: tuple[FreezeEntry, ...]


def check_window(uow: UnitOfWork, window: Window, change_id: uuid.UUID | None
                 ) -> list[Conflict]:
    """The conflicts of ``window`` in ``uow`` (the change itself, ``change_id``, left out)."""
    repo = ChangeRepository(uow.session)
    rows = repo.booked_between(window.start, window.end, exclude=change_id)
    extra = repo.extra_cis([r["id"] for r in rows]) if rows else {}
    others = [Booking(r["id"], r["number"], r["planned_start"], r["planned_end"],
                      frozenset({*([r["ci_id"]] if r["ci_id"] else []),
                                 *extra.get(r["id"], ())}), r["assignee_id"])
              for r in rows]
    theirs = frozenset().union(*(o.cis for o in others)) if others else frozenset()
    near = distances(uow, window.cis, theirs)
    freezes = [Freeze(f.id, f.name, f.starts_at, f.ends_at, f.service_id)
               for f in repo.freezes_between(window.start, window.end)]
    return find_conflicts(window, others, near, freezes)


def distances(uow: UnitOfWork, mine: frozenset[uuid.UUID] | set[uuid.UUID],
              theirs: frozenset[uuid.UUID] | set[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The CIs of ``theirs`` within :data:`HOPS` (2) relations of ``mine`` over the conflict
    relation types, with their distance; the others are left out.

    Asked pair-wise rather than by walking out from ``mine``: a walk of 2 hops from a VM passes
    its host and reaches every VM on it, from the directory server most of the estate (tens of
    thousands of CIs, seconds). Here one relation is a probe of the relation indexes from both
    ends; two relations are a CI next to both, found by expanding the side that is not a hub
    (at most :data:`HUB` relations) and probing the other. Only when both sides are hubs does it
    walk (the recursive SQL)."""
    repo = ChangeRepository(uow.session)
    out = {c: 0 for c in set(theirs) & set(mine)}
    rest = set(theirs) - set(mine)
    if not rest or not mine:
        return out
    for _a, o in repo.links_between(mine, rest, CONFLICT_TYPES):
        out[o] = 1
    rest -= out.keys()
    if not rest:
        return out
    around_theirs, cut = repo.neighbours(rest, CONFLICT_TYPES, HUB)
    if not cut:
        middle = set().union(*around_theirs.values())
        touching = {m for m, _a in repo.links_between(middle, mine, CONFLICT_TYPES)}
        out.update({o: 2 for o, around in around_theirs.items() if around & touching})
        return out
    around_mine, cut = repo.neighbours(mine, CONFLICT_TYPES, HUB)
    if not cut:
        middle = set().union(*around_mine.values())
        out.update({o: 2 for _m, o in repo.links_between(middle, rest, CONFLICT_TYPES)})
        return out
    walked = within_hops(uow, sorted(mine), HOPS, CONFLICT_TYPES)
    out.update({o: walked[o] for o in rest if o in walked})
    return out


def window_of(uow: UnitOfWork, change: object, start: datetime, end: datetime,
              ci_ids: Sequence[uuid.UUID] = (), assignee_id: uuid.UUID | None = None,
              service_id: uuid.UUID | None = None) -> Window:
    """The window to check for a saved change (its CIs and services, and the form's)."""
    repo = ChangeRepository(uow.session)
    key = getattr(change, "id", None)
    cis = set(ci_ids)
    if key is not None:
        main = getattr(change, "ci_id", None)
        cis |= {main} if main else set()
        cis |= repo.extra_cis([key]).get(key, set())
    services = repo.ci_services(cis) if cis else set()
    own = service_id or getattr(change, "service_id", None)
    if own is not None:
        services.add(own)
    return Window(start, end, frozenset(cis), assignee_id, frozenset(services), key)


class ChangeCalendarService(WorkItemOperations):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        super().__init__(uow, actor, clock)

    def conflicts(self, change_id: uuid.UUID | None, start: datetime, end: datetime,
                  ci_ids: Sequence[uuid.UUID] = (), assignee_id: uuid.UUID | None = None,
                  service_id: uuid.UUID | None = None) -> ConflictReport:
        """What the window [start, end) collides with, for the change ``change_id`` (None: a
        change not saved yet) with the form's CI, implementer and service as they are now."""
        problems = window_problems(start, end)
        if problems:
            raise ValidationError.for_fields(problems)
        with self._uow(read_only=True) as uow:
            change = None
            if change_id is not None:
                change = ChangeRepository(uow.session).get(change_id)
                if change is None:
                    raise NotFound("That change no longer exists; refresh the list.")
                require_visible(self.actor, change, uow)
            window = window_of(uow, change, start, end, ci_ids, assignee_id, service_id)
            found = check_window(uow, window, change_id)
            return report(uow, found, change_id)

    def accept(self, change_id: uuid.UUID, key: str, justification: str) -> ConflictReport:
        """Accept one conflict of the change with the justification (kept with the change and
        in its history); the change may then be scheduled over it."""
        fields: dict[str, str] = {}
        text = validate_text(fields, "justification", justification, label="The justification",
                             required=True, limit=DESCRIPTION_MAX,
                             missing="Say why the conflict is acceptable.")
        if fields or text is None:
            raise ValidationError.for_fields(fields)
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            change = repo.get(change_id)
            if change is None:
                raise NotFound("That change no longer exists; refresh the list.")
            require_item(self.actor, Action.EDIT, change, uow)
            if change.planned_start is None or change.planned_end is None:
                raise ValidationError(msg("{number} has no planned window yet; save its window "
                                          "first.", number=change.number))
            found = check_window(uow, window_of(uow, change, change.planned_start,
                                                change.planned_end,
                                                assignee_id=change.assignee_id), change.id)
            conflict = next((c for c in found if c.accept_key == key), None)
            if conflict is None:
                raise ValidationError(msg("{number} no longer has that conflict (the window or "
                                          "the other change moved); refresh.",
                                          number=change.number))
            if repo.acceptance(change.id, key) is None:
                repo.add(ChangeConflictAcceptance(
                    id=new_id(), work_item_id=change.id, conflict_key=key, justification=text,
                    accepted_by_id=self.actor.staff_id, created_at=now, updated_at=now))
                self._event(uow, change, "conflict_accepted", None,
                            f"{conflict.label}: {text}"[:500], now)
                change.updated_at = now
            uow.flush()
            out = report(uow, found, change.id)
            uow.commit()
            return out

    def release(self, release_id: uuid.UUID) -> ReleaseView:
        """A release with its changes (state, window, implementer) and each one's conflicts
        not accepted yet."""
        with self._uow(read_only=True) as uow:
            repo = ChangeRepository(uow.session)
            found = repo.release(release_id)
            if found is None:
                raise NotFound("That release was removed meanwhile; refresh the list.")
            out = []
            for r in repo.in_release(release_id):
                entry = CalendarEntry(r["id"], r["number"], r["title"], r["status"],
                                      r["change_type"], r["planned_start"], r["planned_end"],
                                      r["assignee_name"] or "", r["risk_level"], r["release_id"])
                still: list[Conflict] = []
                if r["planned_start"] is not None and r["planned_end"] is not None \
                        and r["status"] in BOOKED:
                    change = repo.get(r["id"])
                    accepted = {a.conflict_key for a in repo.acceptances(r["id"])}
                    still = [c for c in check_window(uow, window_of(
                        uow, change, r["planned_start"], r["planned_end"],
                        assignee_id=r["assignee_id"]), r["id"]) if c.accept_key not in accepted]
                out.append(ReleaseChange(entry, len(still), tuple(c.label for c in still)))
            return ReleaseView(found.id, found.name, found.status, found.target_start,
                               found.target_end, tuple(out))

    def calendar(self, start: datetime, end: datetime,
                 service_id: uuid.UUID | None = None) -> CalendarDTO:
        """Changes holding a window and freeze windows in [start, end); ``service_id`` narrows
        to that service's changes and freezes (desk-wide freezes stay)."""
        if end <= start or end - start > CALENDAR_MAX:
            raise ValidationError("Show at most two months of the calendar at once.")
        with self._uow(read_only=True) as uow:
            repo = ChangeRepository(uow.session)
            rows = repo.booked_between(start, end, statuses=SHOWN)
            if service_id is not None:
                rows = [r for r in rows if r["service_id"] == service_id]
            changes = tuple(CalendarEntry(
                r["id"], r["number"], r["title"], r["status"], r["change_type"],
                r["planned_start"], r["planned_end"], r["assignee_name"] or "",
                r["risk_level"], r["release_id"])
                for r in sorted(rows, key=lambda r: (r["planned_start"], r["number"])))
            freezes = tuple(FreezeEntry(f.id, f.name, f.starts_at, f.ends_at, f.service_id,
                                        f.reason or "")
                            for f in repo.freezes_between(start, end)
                            if service_id is None or f.service_id in (None, service_id))
            return CalendarDTO(start, end, changes, freezes)


@dataclass(frozen=True)
class ReleaseChange:
    entry: CalendarEntry
    conflicts: int  # not accepted
    conflict_labels: tuple[str, ...]


@dataclass(frozen=True)
class ReleaseView:
    id: uuid.UUID
    name: str
    status: str
    target_start: datetime | None
    target_end: datetime | None
    changes: tuple[ReleaseChange, ...]


def report(uow: UnitOfWork, found: list[Conflict], change_id: uuid.UUID | None
           ) -> ConflictReport:
    repo = ChangeRepository(uow.session)
    accepted = {a.conflict_key: a.justification for a in repo.acceptances(change_id)} \
        if change_id is not None and found else {}
    titles = repo.titles({c.other for c in found if c.kind is not ConflictKind.FREEZE})
    ci_names = repo.ci_names({c.ci for c in found if c.ci is not None})
    freezes = [c for c in found if c.kind is ConflictKind.FREEZE]
    reasons = {f.id: f.reason or "" for f in repo.freezes_between(
        min(c.start for c in freezes), max(c.end for c in freezes))} if freezes else {}
    return ConflictReport(tuple(ConflictDTO(
        c.kind.value, c.accept_key, None if c.kind is ConflictKind.FREEZE else c.other, c.label,
        reasons.get(c.other, "") if c.kind is ConflictKind.FREEZE else titles.get(c.other, ""),
        c.start, c.end, ci_names.get(c.ci, "") if c.ci is not None else "", c.hops,
        c.accept_key in accepted, accepted.get(c.accept_key, "")) for c in found))


__all__ = ["CalendarDTO", "ChangeCalendarService", "ConflictDTO",
           "ConflictReport", "check_window", "window_of"]
