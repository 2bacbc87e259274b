"""Stakeholder updates on demo major incidents: the incident manager's communications log.

Every major incident got a first update within half an hour and then one at each promised time
(every 30 or 60 minutes) until it was resolved, each promising the next; the last update of a
resolved one says so and promises nothing. An open one's next update may be overdue, as on a
real desk where the bridge call ran long.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from deskapp.db.demo.rows import EVENTS_TABLE
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext

UPDATE_COLUMNS = ("id", "version", "created_at", "updated_at", "deleted_at", "work_item_id",
                  "audience", "body", "posted_by_id", "posted_at", "next_update_due")
#: At most this many updates on one major incident (a long outage).
MAX_UPDATES = 8
PROGRESS = (
    "Engineers are investigating; the service is degraded for most users.",
    "Cause narrowed down to the network path to the data centre; a workaround is being tested.",
    "Workaround in place for head office; other sites still affected.",
    "Supplier engaged; their engineer joins the bridge call.",
    "Fix being deployed; users may need to sign out and back in.",
)
AUDIENCES = ("Stakeholders", "Service owners", "Affected users", "Executive team")


@dataclass(frozen=True)
class MajorUpdatesStep:
    """The demo communications logs (a :class:`~deskapp.db.demo.steps.Step`)."""

    name: str = "major_updates"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("major_incident_updates", UPDATE_COLUMNS),)

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        out: Rows = {"major_incident_updates": [], EVENTS_TABLE: []}
        for item in items:
            if item.kind == "incident" and item.major:
                _updates(ctx, item, rng, out)
        return out


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _updates(ctx: StepContext, item: ItemFacts, rng: random.Random, out: Rows) -> None:
    fmt = ctx.fmt
    managers = ctx.ref.members.get("Service Desk", [])
    poster = managers[int(rng.random() * len(managers))][0] if managers else None
    end = item.done if item.done is not None else ctx.now
    every = 1800 if rng.random() < 0.6 else 3600
    at = item.opened + 600 + int(rng.random() * 1200)
    n = 0
    while at < end and n < MAX_UPDATES:
        last = item.done is not None and (at + every >= end or n == MAX_UPDATES - 1)
        body = ("Service restored; we will keep monitoring. No further updates planned."
                if last else PROGRESS[min(n, len(PROGRESS) - 1)])
        due = None if last else at + every
        audience = AUDIENCES[0] if n == 0 else AUDIENCES[int(rng.random() * len(AUDIENCES))]
        out["major_incident_updates"].append((
            _id(rng), 1, fmt(at), fmt(at), None, item.id, audience, body, poster, fmt(at),
            fmt(due) if due is not None else None))
        out[EVENTS_TABLE].append((_id(rng), item.prefix, item.id, poster, fmt(at),
                                  "stakeholder_update", None, f"{audience}: {body}"[:500]))
        n += 1
        if last:
            break
        # the next update comes when promised, or late now and then
        at = at + every + (int(rng.random() * 1500) if rng.random() < 0.25 else 0)
