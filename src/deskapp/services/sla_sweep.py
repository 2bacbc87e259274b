"""The SLA sweep: keeps stored SLA states true for tickets nobody touches.

An incident's SLA columns are recomputed on every change to it, but a clock also moves on its
own: an untouched ticket goes from OK to warning to breached as business time passes. Each
recompute stores ``sla_check_at``, the instant its state would change by itself; the sweep
re-evaluates the tickets whose instant has passed, in small batches (one transaction each), so
queue colours, the "Breached or at risk" queue, the portfolio's breach counts and the reports
stay right. The same sweep closes resolved items whose auto-close time has come
(:mod:`deskapp.services.auto_close`) and brings back waiting items whose pending-until time
has come (:mod:`deskapp.services.pending_return`), and opens the revocation task of every
access grant that expires within a week or has expired (:class:`~deskapp.services.
access_requests.AccessExpirySweep`). Every running DeskApp sweeps once a minute;
``deskapp-admin sla sweep`` does the whole backlog at once (after an upgrade, or from a
server's scheduler).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.db.base import utcnow
from deskapp.repositories.open_counts import OpenCountRepository
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services import mail_out
from deskapp.services.access_requests import AccessExpirySweep
from deskapp.services.auto_close import AutoCloseService
from deskapp.services.pending_return import PendingReturnService
from deskapp.services.sla_clock import SlaEngine

BATCH = 200
RETRY = timedelta(minutes=1)


@dataclass(frozen=True)
class SweepResult:
    checked: int
    changed: frozenset[uuid.UUID]  # tickets whose state or breach flags changed, or closed
    more: bool  # another batch is already due
    closed: int = 0  # resolved items auto-closed
    revocations: int = 0  # access revocation tasks opened for expiring grants


class SlaSweepService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime] = utcnow,
                 auto_close: AutoCloseService | None = None,
                 pending: PendingReturnService | None = None,
                 access: AccessExpirySweep | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._sla = SlaEngine()
        self._auto_close = auto_close
        self._pending = pending
        self._access = access

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
                mail_out.on_sla_state(uow, incident, before["sla_state"], values["sla_state"],
                                      now)
                if any(before[k] != values[k] for k in
                       ("sla_state", "response_breached", "resolution_breached")):
                    changed.add(incident.id)
            uow.work_items.store_sla(writes)
            uow.commit()
        closed = self._auto_close.close_due(now, limit) if self._auto_close else frozenset()
        back = self._pending.return_due(now, limit) if self._pending else frozenset()
        tasked = self._access.open_due(now, limit) if self._access else frozenset()
        return SweepResult(len(due), frozenset(changed | closed | back | tasked),
                           len(due) == limit or len(closed) == limit or len(back) == limit
                           or len(tasked) == limit, len(closed), len(tasked))

    def sweep(self, *, budget_s: float | None = None, limit: int = BATCH,
              progress: Callable[[int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> SweepResult:
        """Batches until nothing is due, the time budget is used up or ``cancelled()``."""
        started = time.monotonic()
        checked = closed = revocations = 0
        changed: set[uuid.UUID] = set()
        while True:
            result = self.sweep_batch(limit)
            checked += result.checked
            closed += result.closed
            revocations += result.revocations
            changed |= result.changed
            if progress is not None:
                progress(checked)
            if not result.more or (cancelled is not None and cancelled()):
                break
            if budget_s is not None and time.monotonic() - started >= budget_s:
                break
        self.compact_open_counts()
        return SweepResult(checked, frozenset(changed), result.more, closed, revocations)

    def compact_open_counts(self) -> int:
        """Fold the kept open counts' per-writer rows (PostgreSQL, see
        :mod:`deskapp.db.open_counts`); the sweep runs it so they stay a few dozen rows."""
        with self._uow(read_only=True) as uow:  # SQLite keeps one row per value already:
            if uow.session.get_bind().dialect.name != "postgresql":  # no write lock for it
                return 0
        with self._uow() as uow:
            folded = OpenCountRepository(uow.session).compact()
            uow.commit()
        return folded
