"""When a client re-reads after change notifications: coalesced and jittered.

Every DeskApp on a desk LISTENs to the same channel, so one commit reaches every client at the
same instant. Re-reading at once would make 200 clients query in the same millisecond after
every commit; re-reading after every notification would multiply a busy desk's commits by its
clients. So each client keeps two lanes, each refreshing at most once per gap:

* **rows** (what is on screen): soon after the first pending change (``rows_delay_s``), plus a
  random share of ``rows_jitter_s`` so clients spread out, and never sooner than
  ``rows_gap_s`` after the last rows refresh. Every change that arrives meanwhile joins it.
* **counts** (the navigator's queue counts, dashboards): ``COUNT`` over thousands of rows is a
  desk's most expensive read, so at most once per ``counts_gap_s`` (+ jitter).

Pure: the caller passes the clock (``time.monotonic()``) and may pass its random source.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

ROWS = "rows"
COUNTS = "counts"


@dataclass
class _Lane:
    delay_s: float
    jitter_s: float
    gap_s: float
    last_run: float = float("-inf")
    due_at: float | None = None

    def note(self, now: float, rng: random.Random) -> None:
        if self.due_at is None:
            self.due_at = max(now + self.delay_s, self.last_run + self.gap_s) + \
                rng.uniform(0.0, self.jitter_s)


@dataclass
class RefreshPacer:
    """Turns change notifications into at most one refresh per lane per gap.

    The defaults keep a change visible within about 1.4 s at the worst (0.15-0.65 s after a
    quiet spell) while a client re-reads its rows at most every 0.75 s and its counts at most
    every 10-12.5 s (0.5-3 s after a quiet spell), whatever the desk's commit rate.
    """

    rows_delay_s: float = 0.15
    rows_jitter_s: float = 0.5
    rows_gap_s: float = 0.75
    counts_delay_s: float = 0.5
    counts_jitter_s: float = 2.5
    counts_gap_s: float = 10.0
    rng: random.Random = field(default_factory=random.Random)

    @classmethod
    def local(cls, rng: random.Random | None = None) -> RefreshPacer:
        """For a desk file on this computer (SQLite): the only other writers are this
        person's own background work (a sync, the mail worker), so there is no crowd to
        spread out. A change is re-read at once (no delay, no jitter: the shared desk's pacing
        made a local desk's live refresh 0.8 s instead of 0.3 s); bursts still coalesce,
        rows at most every 0.25 s and counts every 2 s."""
        return cls(rows_delay_s=0.0, rows_jitter_s=0.0, rows_gap_s=0.25, counts_delay_s=0.0,
                   counts_jitter_s=0.0, counts_gap_s=2.0,
                   rng=rng if rng is not None else random.Random())

    def __post_init__(self) -> None:
        self._lanes = {
            ROWS: _Lane(self.rows_delay_s, self.rows_jitter_s, self.rows_gap_s),
            COUNTS: _Lane(self.counts_delay_s, self.counts_jitter_s, self.counts_gap_s),
        }

    def note(self, now: float, *, counts: bool = True) -> float:
        """A change arrived at ``now``: schedule (or join) the refreshes; returns when the next
        one is due."""
        self._lanes[ROWS].note(now, self.rng)
        if counts:
            self._lanes[COUNTS].note(now, self.rng)
        due = self.next_due()
        assert due is not None
        return due

    def next_due(self) -> float | None:
        """When the next pending refresh is due (None: nothing pending)."""
        dues = [lane.due_at for lane in self._lanes.values() if lane.due_at is not None]
        return min(dues) if dues else None

    def take(self, now: float) -> frozenset[str]:
        """The lanes due at ``now`` (:data:`ROWS`, :data:`COUNTS`), marked as run."""
        due = frozenset(name for name, lane in self._lanes.items()
                        if lane.due_at is not None and lane.due_at <= now)
        for name in due:
            lane = self._lanes[name]
            lane.due_at, lane.last_run = None, now
        return due

    def ran(self, lane: str, now: float) -> None:
        """A refresh of ``lane`` ran for another reason (the person's own change, a reload):
        what was pending is covered, and the gap starts again."""
        self._lanes[lane].due_at, self._lanes[lane].last_run = None, now
