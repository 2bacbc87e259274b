"""Mail in: what an incoming message does to the desk, exactly once.

:meth:`MailInService.process` reads a raw message and, in ONE transaction, writes what it
makes (a new incident, a caller's comment, a reopened item, a rating, a review entry, or
nothing for an auto-reply) together with its ``mail_messages`` row keyed by Message-ID (the
mailbox UID when there is none). Processing the same message again finds that row and does
nothing; two workers racing on one message collide on the unique key and one of them rolls
back.

Who may write to an item: its caller (matched by address) and staff. A message naming an
item's number from anyone else (a forged or forwarded number) goes to the review list, never
onto the item.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from deskapp.db.base import utcnow
from deskapp.db.models import Comment, MailMessage, MailReview, Person, WorkItem
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, NOTE_MAX, TITLE_MAX
from deskapp.domain.mail.compose import anchor_item_id
from deskapp.domain.mail.inbound import InboundMail, numbers_in, parse, split_reply
from deskapp.domain.mail.rating import parse_rating
from deskapp.domain.mail.settings import MailSettings
from deskapp.errors import ValidationError
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.attachments import attach_in
from deskapp.services.auto_close import SYSTEM
from deskapp.services.incidents import IncidentService
from deskapp.services.mail_out import settings_in
from deskapp.services.satisfaction import add_rating

REVIEW_BODY_MAX = 20_000


@dataclass(frozen=True)
class InboundOutcome:
    #: incident / comment / reopened / rating / review / ignored / duplicate
    outcome: str
    number: str | None = None
    note: str | None = None


class _MailIncidents(IncidentService):
    """Incidents logged by mail: DeskApp's own step, no staff actor on the events."""

    @property
    def _event_actor_id(self) -> uuid.UUID | None:
        return None


class MailInService(_MailIncidents):
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(uow, SYSTEM, clock)

    def process(self, raw: bytes, *, fallback_key: str) -> InboundOutcome:
        now = self._clock()
        with self._uow() as uow:
            settings = settings_in(uow)
            mail = parse(raw, desk_address=settings.from_address, fallback_id=fallback_key)
            key = mail.message_id or fallback_key
            if uow.mail.processed(key) is not None:
                return InboundOutcome("duplicate")
            outcome = self._apply(uow, mail, key, settings, now)
            note = "; ".join(filter(None, (outcome.note, *mail.problems))) or None
            uow.mail.add(MailMessage(
                id=new_id(), message_key=key, sender=mail.sender[:254] or "?",
                subject=mail.subject[:250], outcome=outcome.outcome,
                work_item_id=self._item_id, note=note, received_at=now,
                created_at=now, updated_at=now))
            try:
                uow.session.flush()
            except IntegrityError:
                # another worker committed the same message meanwhile: theirs stands
                return InboundOutcome("duplicate")
            uow.commit()
            return outcome

    # -- deciding ----------------------------------------------------------------------------
    def _apply(self, uow: UnitOfWork, mail: InboundMail, key: str, settings: MailSettings,
               now: datetime) -> InboundOutcome:
        self._item_id: uuid.UUID | None = None
        if mail.ignore_reason is not None:
            return InboundOutcome("ignored", note=mail.ignore_reason)
        item, number = self._referenced_item(uow, mail)
        if item is None:
            return self._new_incident(uow, mail, now, related=None)
        self._item_id = item.id
        caller = uow.people.get(item.caller_id) if item.caller_id else None
        from_caller = caller is not None and (caller.email or "").lower() == mail.sender
        from_staff = uow.mail.staff_by_email(mail.sender) is not None
        if not (from_caller or from_staff):
            uow.mail.add(MailReview(
                id=new_id(), message_key=key, work_item_id=item.id, sender=mail.sender[:254],
                subject=mail.subject[:250], body=mail.text[:REVIEW_BODY_MAX] or "(no text)",
                state="open", created_at=now, updated_at=now))
            return InboundOutcome("review", item.number,
                                  f"{mail.sender} is not the caller of {item.number}")
        if from_caller and caller is not None:
            _learn_language(caller, mail, now)
        text, signature = split_reply(mail.text)
        replying_to_resolution = item.status in ("resolved", "closed") or \
            uow.mail.resolution_sent(item.id, mail.thread_ids)
        rating = parse_rating(mail.subject, text, replying_to_resolution=replying_to_resolution)
        if rating is not None and from_caller:
            add_rating(uow, item, rating.score, rating.comment, source="email",
                       person_id=caller.id if caller else None, recorded_by_id=None, now=now)
            self._event(uow, item, "satisfaction", None, str(rating.score), now)
            return InboundOutcome("rating", item.number, f"score {rating.score}")
        life = kinds.lifecycle(item.kind)
        if item.status == "closed" or (item.status == "resolved" and not self._reopens(
                item, settings, now)):
            # too late to reopen: a new incident that points at the old one
            return self._new_incident(uow, mail, now, related=item)
        outcome = "comment"
        if item.status == "resolved" and "in_progress" in life.allowed(item.status):
            self._change(uow, item, "resolved_at", None, now)
            self._change(uow, item, "reopen_count", (item.reopen_count or 0) + 1, now)
            self._set_status(uow, item, "in_progress", now)
            outcome = "reopened"
        elif item.status == "pending" and "in_progress" in life.allowed(item.status):
            self._set_status(uow, item, "in_progress", now)  # the caller answered
        comment = self._caller_comment(uow, item, mail, text, now)
        left_out = self._attachments(uow, item, mail, now, comment.id)
        self._sla.recompute(uow, item, now)
        note = "; ".join(filter(None, (f"signature: {signature}" if signature else None,
                                       left_out))) or None
        return InboundOutcome(outcome, item.number, note)

    def _referenced_item(self, uow: UnitOfWork, mail: InboundMail
                         ) -> tuple[WorkItem | None, str | None]:
        for number in numbers_in(mail.subject, kinds.PREFIXES):
            item = uow.work_items.by_number(number)
            if item is not None and item.deleted_at is None:
                return item, number
        for message_id in mail.thread_ids:
            anchored = anchor_item_id(message_id)
            if anchored is not None:
                item = uow.work_items.get(anchored)
                if item is not None:
                    return item, item.number
        sent = uow.mail.sent_message_item(mail.thread_ids)
        if sent is not None:
            item = uow.work_items.get(sent)
            if item is not None:
                return item, item.number
        return None, None

    @staticmethod
    def _reopens(item: WorkItem, settings: MailSettings, now: datetime) -> bool:
        if settings.reopen_days <= 0 or item.resolved_at is None:
            return False
        return now - item.resolved_at <= timedelta(days=settings.reopen_days)

    # -- writing -----------------------------------------------------------------------------
    def _new_incident(self, uow: UnitOfWork, mail: InboundMail, now: datetime,
                      related: WorkItem | None) -> InboundOutcome:
        caller = self._caller(uow, mail, now)
        text, _signature = split_reply(mail.text)
        title = (mail.subject or "E-mail without a subject")[:TITLE_MAX]
        incident = self._create_in(uow, {
            "title": title, "description": (text or mail.text or "(no text)")[:DESCRIPTION_MAX],
            "impact": 3, "urgency": 3, "channel": "email", "caller_id": caller.id}, now)
        self._item_id = incident.id
        notes = []
        if related is not None:
            from deskapp.db.models import WorkItemLink

            uow.work_items.add_link(WorkItemLink(
                id=new_id(), source_id=incident.id, target_id=related.id,
                link_type="relates_to", created_at=now, updated_at=now))
            self._event(uow, incident, "link:relates_to", None, related.number, now)
            notes.append(f"{related.number} was closed; logged as a new incident")
        left_out = self._attachments(uow, incident, mail, now, None)
        if left_out:
            notes.append(left_out)
        return InboundOutcome("incident", incident.number, "; ".join(notes) or None)

    def _caller(self, uow: UnitOfWork, mail: InboundMail, now: datetime) -> Person:
        person = uow.mail.person_by_email(mail.sender)
        if person is None:
            name = " ".join(mail.sender_name.split())[:120] or mail.sender[:120]
            person = Person(id=new_id(), full_name=name, email=mail.sender[:254], vip=False,
                            language=mail.language, created_at=now, updated_at=now)
            uow.people.add(person)
            uow.session.flush()
        else:
            _learn_language(person, mail, now)
        return person

    def _caller_comment(self, uow: UnitOfWork, item: WorkItem, mail: InboundMail, text: str,
                        now: datetime) -> Comment:
        body = text or ("(attachments only)" if mail.attachments else "(an empty reply)")
        body = f"E-mail from {mail.sender}:\n{body}"[:NOTE_MAX]
        comment = Comment(id=new_id(), work_item_id=item.id, author_id=None, body=body,
                          work_note=False, created_at=now)
        uow.work_items.add_comment(comment)
        self._event(uow, item, "caller_comment", None, body[:500], now)
        return comment

    def _attachments(self, uow: UnitOfWork, item: WorkItem, mail: InboundMail, now: datetime,
                     comment_id: uuid.UUID | None) -> str | None:
        """Keep the message's files; those the desk refuses are named in a work note."""
        refused: list[str] = []
        for part in mail.attachments:
            try:
                row = attach_in(uow, item, part.file_name, part.data, added_by_id=None,
                                now=now, comment_id=comment_id)
            except ValidationError as exc:
                refused.append(f"{part.file_name}: {exc}")
                continue
            self._event(uow, item, "attachment", None, row.file_name, now)
        if not refused:
            return None
        note = ("Files of the caller's e-mail that were not kept:\n" + "\n".join(refused))
        uow.work_items.add_comment(Comment(id=new_id(), work_item_id=item.id, author_id=None,
                                           body=note[:NOTE_MAX], work_note=True,
                                           created_at=now))
        self._event(uow, item, "work_note", None, note[:500], now)
        return f"{len(refused)} attachment(s) not kept"


def _learn_language(person: Person, mail: InboundMail, now: datetime) -> None:
    """A caller whose language the desk does not know yet takes the one they wrote in
    (Content-Language); a language already set (by them or an agent) is never changed."""
    if person.language is None and mail.language is not None:
        person.language = mail.language
        person.updated_at = now
