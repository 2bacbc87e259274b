"""Auto-close: resolved items the caller did not dispute close by themselves (the SLA sweep
calls :meth:`AutoCloseService.close_due` after each of its batches).

The rule (how many business days; 0 turns it off) is a desk setting kept in Service Design. An
item closes at local midnight after the N-th business day of its own SLA calendar following its
resolution (:func:`deskapp.domain.auto_close.closes_at`), through its lifecycle's step from
Resolved to Closed, with a ``status`` event and an ``auto_closed`` event that says why. The step
is DeskApp's own, so the events carry no staff actor (History shows "system"); on a shared
PostgreSQL desk the database records the login whose DeskApp ran the sweep.

Several DeskApps sweep at once: candidates are locked FOR UPDATE SKIP LOCKED on PostgreSQL (each
item closes once), and SQLite's write transaction is exclusive anyway.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import WorkItem
from deskapp.domain import kinds
from deskapp.domain.auto_close import (
    FROM_STATUS,
    SETTING_KEY,
    TO_STATUS,
    AutoCloseRule,
    closes_at,
)
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor
from deskapp.services.sla_clock import load_calendar
from deskapp.services.work_items import WorkItemOperations

BATCH = 200
#: Who closes when no one is signed in (``deskapp-admin sla sweep``): never written anywhere,
#: since DeskApp's own events carry no staff actor; only the rule setter looks at the actor.
SYSTEM = Actor(uuid.UUID(int=0), "deskapp", "DeskApp", ())


def closing_kinds() -> tuple[str, ...]:
    """Kinds whose lifecycle steps from Resolved to Closed (incidents; later requests...)."""
    out = []
    for key in kinds.ACTIVE:
        life = kinds.lifecycle(key)
        if FROM_STATUS in life.statuses and TO_STATUS in life.allowed(FROM_STATUS):
            out.append(key)
    return tuple(out)


class AutoCloseService(WorkItemOperations):
    """Reads and sets the desk's rule; closes what is due."""

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor = SYSTEM,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(uow, actor, clock)

    def rule(self) -> AutoCloseRule:
        with self._uow(read_only=True) as uow:
            return AutoCloseRule.from_json(uow.settings.get(SETTING_KEY))

    def set_rule(self, business_days: Any) -> AutoCloseRule:
        """Administrators only (a desk setting)."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        rule = AutoCloseRule(business_days)
        with self._uow() as uow:
            old = uow.settings.get(SETTING_KEY)
            uow.settings.put(SETTING_KEY, rule.to_json())
            audit(uow, self.actor, "setting", None, SETTING_KEY,
                  {"value": json.dumps(old, sort_keys=True) if old else None},
                  {"value": json.dumps(rule.to_json(), sort_keys=True)})
            uow.commit()
        return rule

    def close_due(self, now: datetime | None = None, limit: int = BATCH) -> frozenset[uuid.UUID]:
        """Close up to ``limit`` due items in one transaction; the ids closed."""
        now = now or self._clock()
        closed: set[uuid.UUID] = set()
        kinds_closing = closing_kinds()
        if not kinds_closing:
            return frozenset()
        with self._uow() as uow:
            rule = AutoCloseRule.from_json(uow.settings.get(SETTING_KEY))
            if not rule.enabled:
                return frozenset()
            for item in self._candidates(uow, rule, now, kinds_closing, limit):
                sla = self._sla.definition_for(uow, item)
                calendar = load_calendar(uow, sla.calendar_id if sla else None)[1]
                assert item.resolved_at is not None  # the candidates query asks for it
                due = closes_at(calendar, item.resolved_at, rule.business_days)
                if due > now:
                    continue
                self._change(uow, item, "closed_at", now, now)
                self._set_status(uow, item, TO_STATUS, now)
                days = rule.business_days
                self._event(uow, item, "auto_closed", None,
                            f"{days} business day{'s' if days != 1 else ''} after resolution "
                            "without a reply", now)
                self._sla.recompute(uow, item, now)
                closed.add(item.id)
            if closed:
                uow.commit()
        return frozenset(closed)

    @staticmethod
    def _candidates(uow: UnitOfWork, rule: AutoCloseRule, now: datetime,
                    kinds_closing: tuple[str, ...], limit: int) -> list[WorkItem]:
        stmt = (select(WorkItem)
                .where(WorkItem.status == FROM_STATUS, WorkItem.kind.in_(kinds_closing),
                       WorkItem.resolved_at <= rule.earliest_resolution(now),
                       WorkItem.deleted_at.is_(None),
                       # imported items keep the lifecycle of the tool they came from (a
                       # re-import of the same export would otherwise reopen what closed here)
                       WorkItem.external_source.is_(None))
                .order_by(WorkItem.resolved_at).limit(limit))
        if uow.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True, of=WorkItem)
        return list(uow.session.scalars(stmt))

    @property
    def _event_actor_id(self) -> uuid.UUID | None:
        """DeskApp's own step: no staff actor (History reads "system")."""
        return None
