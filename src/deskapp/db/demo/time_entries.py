"""Time entries on the generated work items (a :mod:`~deskapp.db.demo.steps` step).

Work that was done has time logged against it, as a desk logs it: most resolved incidents and
closed tasks carry one to three entries by their assignee between the start of work and the
resolution (a first-contact fix one short entry); open items being worked on a few; new,
unassigned and waiting-to-start items none. Minutes are log-normal (median about half an hour,
in 5-minute steps, at most 8 hours an entry), each entry logged when its work ended, with its
``time_spent`` history event as the service writes it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from deskapp.db.demo.common import lognormal
from deskapp.db.demo.rows import EVENTS_TABLE
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext
from deskapp.db.models import TimeEntry
from deskapp.domain.time_spent import describe_day

TABLE = TimeEntry.__tablename__
COLUMNS = ("id", "version", "created_at", "updated_at", "work_item_id", "staff_id",
           "worked_at", "minutes", "note")
NOTES = (
    "Diagnosis with the caller", "Remote session", "Checked the logs", "Applied the fix",
    "Tested with the user", "Waited on the vendor call", "Reimaged and restored data",
    "Replaced the part on site", "Documented the workaround", "Updated the configuration",
)
#: minutes of one entry, sampled by ``table[int(random() * 4096)]``: median ~30 min
_MINUTES = [min(480, max(5, 5 * round(x / 5))) for x in lognormal(math.log(30), 0.8)]
#: share of done / in-progress items with time logged
DONE_SHARE = 0.75
OPEN_SHARE = 0.3
OPEN_WORKING = frozenset({"in_progress", "pending"})


@dataclass(frozen=True)
class TimeEntriesStep:
    name: str = "time_entries"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ((TABLE, COLUMNS),)

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        rnd, bits = rng.random, rng.getrandbits
        fmt, now = ctx.fmt, ctx.now
        entries: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        for item in items:
            if item.assignee is None or item.started is None:
                continue
            if item.done is not None:
                if item.status == "cancelled" or rnd() >= DONE_SHARE:
                    continue
                end, count = item.done, 1 + int(rnd() * 3)
            elif item.status in OPEN_WORKING:
                if rnd() >= OPEN_SHARE:
                    continue
                end, count = now - 60, 1
            else:
                continue
            span = max(60, end - item.started)
            head = item.id[:13]
            for k in range(count):
                minutes = _MINUTES[int(rnd() * 4096)]
                # the work ends in its slice of [started, end]; logged when it ended
                logged = item.started + int(span * (k + 0.5 + 0.5 * rnd()) / count)
                logged = min(logged, end, now - 1)
                room = (logged - item.opened) // 60  # no work before the item existed
                if room < 1:
                    continue
                minutes = min(minutes, room)
                worked = logged - minutes * 60
                note = NOTES[int(rnd() * len(NOTES))] if rnd() < 0.7 else None
                logged_txt, worked_txt = fmt(logged), fmt(worked)
                entries.append((
                    f"{head}d{k:02x}{0x8000000000000000 | bits(62):016x}", 1, logged_txt,
                    logged_txt, item.id, item.assignee[0], worked_txt, minutes, note))
                events.append((
                    f"{head}e{k:02x}{0x8000000000000000 | bits(62):016x}", item.prefix,
                    item.id, item.assignee[0], logged_txt, "time_spent", None,
                    describe_day(minutes, worked_txt[:10], note)))
        return {TABLE: entries, EVENTS_TABLE: events}
