"""Desktop notifications: one look at the desk for the signed-in person.

The UI's notification centre calls :meth:`NotificationService.look` off the UI thread when live
refresh says something changed (and once a minute), passes the result to
:func:`deskapp.domain.notifications.notices` with what it saw last, and shows what is new.
"""

from __future__ import annotations

from deskapp.db.base import utcnow
from deskapp.domain.notifications import (
    OVERLAP,
    EventFact,
    Facts,
    ItemRef,
    NoticeKind,
    Seen,
    field_name,
)
from deskapp.domain.queue import OPEN
from deskapp.repositories.notifications import NotificationRepository
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.dto import Actor

REPLY_PREVIEW = 120


class NotificationService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor,
                 approvals: ApprovalService | None = None) -> None:
        self._uow = uow
        self.actor = actor
        self._approvals = approvals or ApprovalService(uow, actor)

    def look(self, seen: Seen | None) -> Facts:
        """The facts since ``seen`` (the first look: the current state only)."""
        now = utcnow()
        me = self.actor.staff_id
        # the first look reads the overlap too, so what it remembers is not told by the next
        since = seen.read_from if seen is not None else now - OVERLAP
        events: list[EventFact] = []
        with self._uow(read_only=True) as uow:
            repo = NotificationRepository(uow.session)
            for row in repo.assigned_since(me, since):
                events.append(EventFact(row.id, ItemRef(row.item_id, row.number, row.title),
                                        NoticeKind.ASSIGNED, row.actor_id,
                                        row.full_name or "", row.occurred_at))
            for row in repo.caller_replies_since(me, OPEN, since):
                preview = " ".join(row.body.split())
                if len(preview) > REPLY_PREVIEW:
                    preview = preview[:REPLY_PREVIEW - 1] + "…"
                events.append(EventFact(row.id, ItemRef(row.item_id, row.number, row.title),
                                        NoticeKind.CALLER_REPLIED, None, row.caller or "",
                                        row.created_at, preview))
            for row in repo.watched_changes_since(me, since):
                events.append(EventFact(row.id, ItemRef(row.item_id, row.number, row.title),
                                        NoticeKind.WATCHED_CHANGED, row.actor_id,
                                        row.full_name or "", row.occurred_at,
                                        field_name(row.field)))
            sla = {row.id: (row.sla_state, ItemRef(row.id, row.number, row.title))
                   for row in repo.sla_of_mine(me, OPEN)}
        approvals = {a.id: ItemRef(a.item_id, a.number, a.title)
                     for a in self._approvals.my_approvals()}
        return Facts(now, tuple(events), sla, approvals)
