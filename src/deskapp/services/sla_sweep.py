"""The SLA sweep: keeps stored SLA states true for tickets nobody touches.

An incident's SLA columns are recomputed on every change to it, but a clock also moves on its
own: an untouched ticket goes from OK to warning to breached as business time passes. Each
recompute stores ``sla_check_at``, the instant its state would change by itself; the sweep
re-evaluates the tickets whose instant has passed, in small batches (one transaction each), so
queue colours, the "Breached or at risk" queue, the portfolio's breach counts and the reports
stay right. Every running DeskApp sweeps once a minute; ``deskapp-admin sla sweep`` does the
whole backlog at once (after an upgrade, or from a server's scheduler).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.db.base import utcnow
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.sla_clock import SlaEngine

BATCH = 200
RETRY = timedelta(minutes=1)


@dataclass(frozen=True)
class SweepResult:
    checked: int
    changed: frozenset[uuid.UUID]  # tickets whose state or breach flags changed
    more: bool  # another batch is already due


class SlaSweepService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime] = utcnow) -> None:
        self._uow = uow
        self._clock = clock
        self._sla = SlaEngine()

    def sweep_batch(self, limit: int = BATCH, now: datetime | None = None) -> SweepResult:
        """Re-evaluate up to ``limit`` due tickets in one transaction."""
        now = now or self._clock()
        changed: set[uuid.UUID] = set()
        with self._uow() as uow:
            due = uow.work_items.sla_checks_due(now, limit)
            # the batch's tickets and their status events in two queries, not two per ticket
            events = uow.work_items.status_events_of(due) if due else {}
            writes = []
            for incident in uow.work_items.many(due) if due else []:
                values = self._sla.stored_values(uow, incident, now, events[incident.id])
                before = {name: getattr(incident, name) for name in values}
                if values["sla_check_at"] is not None and values["sla_check_at"] <= now:
                    values["sla_check_at"] = now + RETRY  # never due again in the same sweep
                writes.append((incident.id, incident.version, values))
                if any(before[k] != values[k] for k in
                       ("sla_state", "response_breached", "resolution_breached")):
                    changed.add(incident.id)
            uow.work_items.store_sla(writes)
            uow.commit()
        return SweepResult(len(due), frozenset(changed), len(due) == limit)

    def sweep(self, *, budget_s: float | None = None, limit: int = BATCH,
              progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> SweepResult:
        """Batches until nothing is due, the time budget is used up or ``cancelled()``."""
        started = time.monotonic()
        checked = 0
        changed: set[uuid.UUID] = set()
        while True:
            result = self.sweep_batch(limit)
            checked += result.checked
            changed |= result.changed
            if progress is not None:
                progress(checked)
            if not result.more or (cancelled is not None and cancelled()):
                break
            if budget_s is not None and time.monotonic() - started >= budget_s:
                break
        return SweepResult(checked, frozenset(changed), result.more)
