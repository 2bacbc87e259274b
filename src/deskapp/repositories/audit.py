"""Reading the audit trail: ``audit_events`` and work items' ``ticket_events`` merged, newest
first, a keyset page at a time (never the whole trail)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from deskapp.db.models import AuditEvent, StaffUser, TicketEvent, WorkItem

#: (occurred_at, id) of the last row of a page: the next page starts after it.
AuditCursor = tuple[datetime, uuid.UUID]


@dataclass(frozen=True)
class TrailFilter:
    since: datetime | None = None
    #: an audit record type ("service", "staff" ...) or a work-item kind ("incident" ...)
    record_type: str | None = None
    actor_id: uuid.UUID | None = None
    #: False: only audit_events (no work-item history)
    with_work_items: bool = True


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, event: AuditEvent) -> None:
        self.session.add(event)

    def page(self, flt: TrailFilter, after: AuditCursor | None, limit: int,
             work_item_kinds: Sequence[str]) -> list[dict[str, Any]]:
        """Up to ``limit`` trail rows after ``after``, newest first, both tables merged. Each
        branch is limited on its own first, so each can walk its occurred_at index."""
        a = AuditEvent
        audit_q: Any = select(
            a.occurred_at.label("occurred_at"), a.id.label("id"),
            a.record_type.label("record_type"), a.record_id.label("record_id"),
            a.record_label.label("record_label"), a.action.label("action"),
            a.field.label("field"), a.old_value.label("old_value"),
            a.new_value.label("new_value"), a.actor_id.label("actor_id"),
            a.actor_login.label("actor_login"))
        audit_q = _filtered(audit_q, a.occurred_at, a.id, a.actor_id, flt, after)
        if flt.record_type is not None:
            audit_q = audit_q.where(a.record_type == flt.record_type)
        branches = [audit_q.order_by(a.occurred_at.desc(), a.id.desc()).limit(limit)]
        wants_items = flt.record_type is None or flt.record_type in work_item_kinds
        if flt.with_work_items and wants_items:
            t, w = TicketEvent, WorkItem
            item_q: Any = select(
                t.occurred_at.label("occurred_at"), t.id.label("id"),
                w.kind.label("record_type"), t.ticket_id.label("record_id"),
                w.number.label("record_label"), literal("changed").label("action"),
                t.field.label("field"), t.old_value.label("old_value"),
                t.new_value.label("new_value"), t.actor_id.label("actor_id"),
                null().label("actor_login")).join(w, w.id == t.ticket_id)
            item_q = _filtered(item_q, t.occurred_at, t.id, t.actor_id, flt, after)
            if flt.record_type is not None:
                item_q = item_q.where(w.kind == flt.record_type)
            branches.append(item_q.order_by(t.occurred_at.desc(), t.id.desc()).limit(limit))
        parts = [b.subquery() for b in branches]
        merged = union_all(*(select(*p.c) for p in parts)).subquery()
        staff = StaffUser
        query = (select(merged, staff.full_name.label("actor_name"),
                        staff.username.label("actor_username"))
                 .outerjoin(staff, staff.id == merged.c.actor_id)
                 .order_by(merged.c.occurred_at.desc(), merged.c.id.desc()).limit(limit))
        return [dict(r._mapping) for r in self.session.execute(query)]

    def staff_choices(self) -> list[tuple[uuid.UUID, str]]:
        return [(sid, name) for sid, name in self.session.execute(
            select(StaffUser.id, StaffUser.full_name).where(StaffUser.deleted_at.is_(None))
            .order_by(StaffUser.full_name))]


def _filtered(query: Select[Any], at: Any, key: Any, actor: Any, flt: TrailFilter,
              after: AuditCursor | None) -> Select[Any]:  # the bounds both branches share
    if flt.since is not None:
        query = query.where(at >= flt.since)
    if flt.actor_id is not None:
        query = query.where(actor == flt.actor_id)
    if after is not None:
        query = query.where(or_(at < after[0], and_(at == after[0], key < after[1])))
    return query
