"""Satisfaction ratings on demo incidents: a desk that asks every caller at resolution hears
back from about a quarter of them, mostly happy, by mail and now and then on a call.

About ``SHARE`` of the resolved and closed incidents with a caller carry one rating (scores
weighted towards 4 and 5, a comment on about a third), given a few hours to two days after the
resolution, with the ``satisfaction`` event the service writes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from deskapp.db.demo.rows import EVENTS_TABLE
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext

SHARE = 0.25
#: score -> weight: most callers who answer are satisfied
WEIGHTS = ((5, 46), (4, 30), (3, 12), (2, 7), (1, 5))
COMMENTS = {5: ("Quick and friendly, thank you!", "Sorted in minutes.", "Great help."),
            4: ("Fixed, took a day though.", "Good, thanks."),
            3: ("Works now, but I had to chase it.",),
            2: ("Took far too long.", "Had to explain it three times."),
            1: ("Still not really working.", "Nobody called back.")}
COLUMNS = ("id", "version", "created_at", "updated_at", "deleted_at", "work_item_id",
           "person_id", "score", "comment", "source", "recorded_by_id", "rated_at")


@dataclass(frozen=True)
class SatisfactionStep:
    """The demo ratings (a :class:`~deskapp.db.demo.steps.Step`)."""

    name: str = "satisfaction"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (("satisfaction_ratings", COLUMNS),)

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        out: Rows = {"satisfaction_ratings": [], EVENTS_TABLE: []}
        scores = [s for s, _ in WEIGHTS]
        weights = [w for _, w in WEIGHTS]
        for item in items:
            if item.kind != "incident" or item.caller is None or item.done is None or \
                    item.status not in ("resolved", "closed") or rng.random() >= SHARE:
                continue
            at = item.done + 3600 * 2 + int(rng.random() * 46 * 3600)
            if at >= ctx.now:
                continue
            score = rng.choices(scores, weights)[0]
            comment = rng.choice(COMMENTS[score]) if rng.random() < 0.35 else None
            by_call = rng.random() < 0.15 and item.assignee is not None
            recorder = item.assignee[0] if by_call and item.assignee else None
            rating_id = f"{rng.getrandbits(128):032x}"
            out["satisfaction_ratings"].append((
                rating_id, 1, ctx.fmt(at), ctx.fmt(at), None, item.id, item.caller, score,
                comment, "call" if by_call else "email", recorder, ctx.fmt(at)))
            out[EVENTS_TABLE].append((f"{rng.getrandbits(128):032x}", item.prefix, item.id,
                                      recorder, ctx.fmt(at), "satisfaction", None, str(score)))
        return out
