"""What a change's window collides with, decided from plain values (no database).

Four kinds of conflict, each with the key an acceptance is recorded under:

* **same CI** / **near CI**: another change whose window overlaps touches one of this change's
  CIs, or a CI within 2 relations of one ("runs on", "depends on", "part of", either
  direction: :data:`deskapp.domain.cmdb.CONFLICT_TYPES`); key ``change:<other id>``;
* **implementer**: the same person implements another change whose window overlaps; key
  ``implementer:<other id>``;
* **freeze**: the window overlaps a freeze (blackout) window, desk-wide or of one of the
  change's services; key ``freeze:<freeze id>``.

Windows are half-open, [start, end): a change ending at 22:00 and one starting at 22:00 do not
collide. The service feeds :func:`find_conflicts` the windows the database found overlapping and
the CIs within 2 hops (recursive SQL); the property tests feed it random schedules and graphs
and compare it with a brute-force check.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from deskapp.domain.cmdb import CONFLICT_TYPES, Direction, walk

#: Two relations away at most, as the change order says.
HOPS = 2


class ConflictKind(StrEnum):
    SAME_CI = "same_ci"
    NEAR_CI = "near_ci"
    IMPLEMENTER = "implementer"
    FREEZE = "freeze"


@dataclass(frozen=True)
class Booking:
    """Another change holding a window."""

    key: Any
    label: str
    start: datetime
    end: datetime
    cis: frozenset[Any] = frozenset()
    implementer: Any = None


@dataclass(frozen=True)
class Freeze:
    key: Any
    label: str
    start: datetime
    end: datetime
    service: Any = None  # None: the whole desk


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    other: Any  # the other change's or the freeze's key
    label: str  # its number or name
    start: datetime
    end: datetime
    ci: Any = None  # the other change's CI that collides (the nearest one)
    hops: int | None = None  # 0: the same CI, 1-2: that many relations away

    @property
    def accept_key(self) -> str:
        prefix = {ConflictKind.IMPLEMENTER: "implementer",
                  ConflictKind.FREEZE: "freeze"}.get(self.kind, "change")
        return f"{prefix}:{self.other}"


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Window:
    """The change being checked."""

    start: datetime
    end: datetime
    cis: frozenset[Any] = frozenset()
    implementer: Any = None
    services: frozenset[Any] = frozenset()
    key: Any = None  # its own key (never a conflict with itself)


def find_conflicts(window: Window, others: Iterable[Booking], near: Mapping[Any, int],
                   freezes: Iterable[Freeze] = ()) -> list[Conflict]:
    """Every conflict of ``window``: ``others`` are candidate bookings (any that do not overlap
    are skipped), ``near`` the CIs within :data:`HOPS` of the window's CIs with their distance
    (its own CIs at 0). Sorted by start, then kind, then label."""
    found: list[Conflict] = []
    for other in others:
        if other.key == window.key or not overlaps(window.start, window.end, other.start,
                                                   other.end):
            continue
        touching = [(near[ci], str(ci), ci) for ci in other.cis if ci in near]
        if touching:
            hops, _name, ci = min(touching)
            found.append(Conflict(ConflictKind.SAME_CI if hops == 0 else ConflictKind.NEAR_CI,
                                  other.key, other.label, other.start, other.end, ci, hops))
        if window.implementer is not None and other.implementer == window.implementer:
            found.append(Conflict(ConflictKind.IMPLEMENTER, other.key, other.label,
                                  other.start, other.end))
    for freeze in freezes:
        if overlaps(window.start, window.end, freeze.start, freeze.end) and (
                freeze.service is None or freeze.service in window.services):
            found.append(Conflict(ConflictKind.FREEZE, freeze.key, freeze.label, freeze.start,
                                  freeze.end))
    return sorted(found, key=lambda c: (c.start, list(ConflictKind).index(c.kind),
                                        c.label, str(c.other)))


def neighbourhood(edges: Iterable[tuple[str, Any, Any]], starts: Iterable[Any],
                  hops: int = HOPS) -> dict[Any, int]:
    """The CIs within ``hops`` relations of ``starts`` over the conflict relation types, either
    direction, with their least distance (what the recursive SQL answers on the desk)."""
    edges = list(edges)
    out: dict[Any, int] = {}
    for start in starts:
        for node, d in walk(edges, start, hops, Direction.EITHER, CONFLICT_TYPES).items():
            if d < out.get(node, hops + 1):
                out[node] = d
    return out


@dataclass
class Schedule:
    """Bookings kept sorted by start for the window lookups, and by CI: an in-memory calendar
    (the benchmark's precomputed form; the service asks the database's index instead).
    ``longest`` bounds how far before a window an overlapping booking can start."""

    bookings: list[Booking] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.bookings.sort(key=lambda b: b.start)
        self._starts = [b.start for b in self.bookings]
        self.longest = max((b.end - b.start for b in self.bookings), default=None)

    def overlapping(self, start: datetime, end: datetime) -> list[Booking]:
        if self.longest is None:
            return []
        lo = bisect_left(self._starts, start - self.longest)
        hi = bisect_left(self._starts, end)
        return [b for b in self.bookings[lo:hi] if b.end > start]

