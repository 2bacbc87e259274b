"""Impacted CIs on the generated incidents (a :mod:`~deskapp.db.demo.steps` step).

Most incidents name one CI (``work_items.ci_id``); an outage names several. About one
priority-1/2 incident in three, and one other in thirty, lists two to four CIs of its service as
impacted, recorded when the incident was logged (the form then shows the services they affect
through the CMDB graph).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from deskapp.db.demo.steps import ItemFacts, Rows, StepContext
from deskapp.db.models import WorkItemCi

TABLE = WorkItemCi.__tablename__
COLUMNS = ("id", "version", "created_at", "updated_at", "work_item_id", "ci_id")
URGENT_SHARE, OTHER_SHARE = 0.33, 0.033


@dataclass(frozen=True)
class ImpactedCisStep:
    name: str = "impacted_cis"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ((TABLE, COLUMNS),)

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        rnd, bits = rng.random, rng.getrandbits
        out: list[tuple[object, ...]] = []
        for item in items:
            if item.kind != "incident" or item.service is None:
                continue
            cis = ctx.ref.live_cis.get(item.service) or []
            share = URGENT_SHARE if item.priority <= 2 else OTHER_SHARE
            if len(cis) < 2 or rnd() >= share:
                continue
            when = ctx.fmt(item.opened + 60)
            head = item.id[:13]
            for k, ci in enumerate(rng.sample(cis, min(len(cis), 2 + int(rnd() * 3)))):
                out.append((f"{head}c{k:02x}{0x8000000000000000 | bits(62):016x}", 1, when,
                            when, item.id, ci))
        return {TABLE: out}
