"""The conflict finder agrees with a brute-force check on random schedules and graphs.

The brute force is written from the definition and shares nothing with the finder: shortest
paths by Floyd-Warshall over the conflict relations taken as undirected edges (relations of the
other types ignored), pairwise window overlap by comparison, freezes by service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.domain.change_conflicts import (
    Booking,
    ConflictKind,
    Freeze,
    Schedule,
    Window,
    find_conflicts,
    neighbourhood,
)

T0 = datetime(2027, 1, 1, tzinfo=UTC)
CIS = 12
COUNTED = ("runs_on", "depends_on", "part_of")
IGNORED = ("connected_to", "uses")


def brute_force(window: Window, others: list[Booking], edges: list[tuple[str, int, int]],
                freezes: list[Freeze]) -> set[tuple[ConflictKind, Any]]:
    inf = 10**6
    dist = [[0 if i == j else inf for j in range(CIS)] for i in range(CIS)]
    for kind, a, b in edges:
        if kind in COUNTED and a != b:
            dist[a][b] = dist[b][a] = 1
    for k in range(CIS):
        for i in range(CIS):
            for j in range(CIS):
                dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])
    out: set[tuple[ConflictKind, Any]] = set()
    for other in others:
        if other.key == window.key or not (window.start < other.end
                                           and other.start < window.end):
            continue
        best = min((dist[a][b] for a in window.cis for b in other.cis), default=inf)
        if best == 0:
            out.add((ConflictKind.SAME_CI, other.key))
        elif best <= 2:
            out.add((ConflictKind.NEAR_CI, other.key))
        if window.implementer is not None and window.implementer == other.implementer:
            out.add((ConflictKind.IMPLEMENTER, other.key))
    for f in freezes:
        if window.start < f.end and f.start < window.end and (
                f.service is None or f.service in window.services):
            out.add((ConflictKind.FREEZE, f.key))
    return out


hours = st.integers(min_value=0, max_value=60)
lengths = st.integers(min_value=1, max_value=12)
ci_sets = st.frozensets(st.integers(min_value=0, max_value=CIS - 1), max_size=3)
people = st.one_of(st.none(), st.integers(min_value=0, max_value=3))
edge_lists = st.lists(st.tuples(st.sampled_from(COUNTED + IGNORED),
                                st.integers(0, CIS - 1), st.integers(0, CIS - 1)), max_size=25)


@st.composite
def bookings(draw: st.DrawFn) -> list[Booking]:
    out = []
    for n in range(draw(st.integers(min_value=0, max_value=15))):
        start = T0 + timedelta(hours=draw(hours))
        out.append(Booking(f"c{n}", f"CHG-{n}", start,
                           start + timedelta(hours=draw(lengths)), draw(ci_sets), draw(people)))
    return out


@st.composite
def freeze_lists(draw: st.DrawFn) -> list[Freeze]:
    out = []
    for n in range(draw(st.integers(min_value=0, max_value=3))):
        start = T0 + timedelta(hours=draw(hours))
        out.append(Freeze(f"f{n}", f"Freeze {n}", start,
                          start + timedelta(hours=draw(lengths)),
                          draw(st.one_of(st.none(), st.sampled_from(["mail", "erp"])))))
    return out


@settings(max_examples=300, deadline=None)
@given(bookings(), edge_lists, freeze_lists(), hours, lengths, ci_sets, people,
       st.frozensets(st.sampled_from(["mail", "erp", "web"])))
def test_finder_agrees_with_brute_force(others: list[Booking],
                                        edges: list[tuple[str, int, int]],
                                        freezes: list[Freeze], at: int, length: int,
                                        cis: frozenset[int], implementer: int | None,
                                        services: frozenset[str]) -> None:
    start = T0 + timedelta(hours=at)
    window = Window(start, start + timedelta(hours=length), cis, implementer, services)
    near = neighbourhood(edges, cis)
    # the in-memory calendar's window lookup finds exactly the overlapping bookings
    candidates = Schedule(list(others)).overlapping(window.start, window.end)
    assert {b.key for b in candidates} == {b.key for b in others
                                           if b.start < window.end and window.start < b.end}
    found = find_conflicts(window, candidates, near, freezes)
    assert {(c.kind, c.other) for c in found} == brute_force(window, others, edges, freezes)
    # and from the whole list (it skips what does not overlap itself)
    assert find_conflicts(window, others, near, freezes) == found
    for c in found:
        if c.kind in (ConflictKind.SAME_CI, ConflictKind.NEAR_CI):
            assert c.hops == near[c.ci] and (c.hops == 0) == (c.kind is ConflictKind.SAME_CI)


def test_touching_windows_do_not_collide_and_its_own_booking_is_skipped() -> None:
    start = T0
    window = Window(start, start + timedelta(hours=2), frozenset({1}), "ann", key="me")
    others = [Booking("a", "CHG-1", start + timedelta(hours=2), start + timedelta(hours=3),
                      frozenset({1}), "ann"),
              Booking("me", "CHG-0", start, start + timedelta(hours=2), frozenset({1}), "ann"),
              Booking("b", "CHG-2", start + timedelta(hours=1), start + timedelta(hours=4),
                      frozenset({3}), "ann")]
    found = find_conflicts(window, others, neighbourhood([("runs_on", 1, 2),
                                                          ("depends_on", 3, 2)], [1]))
    assert [(c.kind, c.label, c.hops) for c in found] == [
        (ConflictKind.NEAR_CI, "CHG-2", 2), (ConflictKind.IMPLEMENTER, "CHG-2", None)]
    assert [c.accept_key for c in found] == ["change:b", "implementer:b"]
