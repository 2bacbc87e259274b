"""Refreshes after change notifications: coalesced, jittered, never more often than a gap."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.domain.refresh_pacing import COUNTS, ROWS, RefreshPacer


def pacer(seed: int = 1) -> RefreshPacer:
    return RefreshPacer(rng=random.Random(seed))


def test_a_quiet_client_refreshes_soon_after_the_first_change() -> None:
    p = pacer()
    due = p.note(100.0)
    assert 100.15 <= due <= 100.65
    assert p.take(due - 0.001) == frozenset()
    assert p.take(due) == {ROWS}


def test_changes_arriving_meanwhile_join_the_pending_refresh() -> None:
    p = pacer()
    first = p.note(0.0)
    for t in (0.01, 0.05, 0.1):
        assert p.note(t) == first
    assert p.take(first) == {ROWS}
    assert p.next_due() is not None  # counts still pending
    assert p.take(first) == frozenset()


def test_counts_wait_for_their_own_longer_gap() -> None:
    p = pacer()
    p.note(0.0)
    rows_at = p.take(1.0)  # before the counts' earliest moment with this seed
    assert rows_at == {ROWS}
    counts_due = p.next_due()
    assert counts_due is not None and 1.0 <= counts_due <= p.counts_delay_s + p.counts_jitter_s
    assert p.take(counts_due) == {COUNTS}
    p.note(counts_due + 0.1)
    due = p.next_due()
    assert due is not None
    p.take(due)  # rows again
    later = p.next_due()
    assert later is not None and later >= counts_due + 10.0


def test_a_refresh_for_another_reason_covers_what_was_pending() -> None:
    p = pacer()
    p.note(0.0, counts=False)
    p.ran(ROWS, 0.05)
    assert p.next_due() is None
    assert p.note(0.1, counts=False) >= 0.05 + 0.75


def test_clients_spread_out_instead_of_refreshing_in_the_same_millisecond() -> None:
    dues = sorted(pacer(seed).note(0.0) for seed in range(200))
    spread = dues[-1] - dues[0]
    assert spread > 0.4
    same_ms = max(sum(1 for d in dues if abs(d - x) < 0.0005) for x in dues)
    assert same_ms <= 5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=0.3), min_size=1, max_size=300),
       st.integers(min_value=0, max_value=10**6))
def test_a_stream_of_notifications_never_refreshes_rows_more_often_than_the_gap_and_never_starves(
        gaps: list[float], seed: int) -> None:
    p = pacer(seed)
    now, last_rows, last_change, waited = 0.0, None, None, 0.0
    for gap in gaps:
        now += gap
        p.note(now)
        last_change = now if last_change is None else last_change
        due = p.next_due()
        while due is not None and due <= now:
            lanes = p.take(due)
            if ROWS in lanes:
                if last_rows is not None:
                    assert due - last_rows >= p.rows_gap_s - 1e-9
                waited = max(waited, due - last_change)
                last_rows, last_change = due, None
            due = p.next_due()
    # a change not yet shown is still scheduled (when the last refresh took everything at the
    # last notification's instant, nothing is pending and nothing need be)
    assert last_change is None or p.next_due() is not None
    # a change is shown within the gap + delay + jitter at the worst
    assert waited <= p.rows_gap_s + p.rows_jitter_s + p.rows_delay_s + 1e-9


def test_a_local_desk_refreshes_at_once_and_still_coalesces_bursts() -> None:
    """SQLite: no crowd to spread out. The first change is due the moment it arrives (rows
    and counts), a burst right after waits for the short gaps, nothing is jittered."""
    p = RefreshPacer.local(random.Random(3))
    assert p.note(50.0) == 50.0
    assert p.take(50.0) == {ROWS, COUNTS}
    assert p.note(50.1) == 50.25  # rows again only after 0.25 s
    assert p.take(50.25) == {ROWS}
    assert p.next_due() == 52.0  # counts every 2 s
    assert p.take(52.0) == {COUNTS}
    again = [RefreshPacer.local(random.Random(seed)).note(7.0) for seed in range(5)]
    assert again == [7.0] * 5
