"""Mail out: what the desk writes and when, queued in the outbox inside the transaction that
causes it (:func:`on_event`, :func:`on_comment`, :func:`on_sla_state`).

Nothing here touches the network: the mail worker (:mod:`deskapp.mail.worker`) sends what the
outbox holds. A change that rolls back leaves no message behind; a committed one cannot lose
its message. Nothing is queued while sending is switched off in the desk's mail settings, for a
caller without an address, or for a caller who opted out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from deskapp.db.models import MailOutboxEntry, Person, ReplicaState, WorkItem
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.mail.compose import (
    domain_of,
    new_message_id,
    numbered_subject,
    rating_links,
    thread_anchor,
    valid_address,
)
from deskapp.domain.mail.settings import SETTING_KEY, MailSettings
from deskapp.domain.mail.templates import LANGUAGES, MailEvent, render, template_for
from deskapp.repositories.uow import UnitOfWork

TEMPLATES_KEY = "mail_templates"
_CACHE = "deskapp.mail_settings"


def settings_in(uow: UnitOfWork) -> MailSettings:
    """The desk's mail settings, read once per unit of work. In an offline replica sending and
    receiving are off whatever the pulled settings say: the desk queues and sends the mail of
    pushed changes itself, and a laptop reading the desk's mailbox would take messages the desk
    never sees (docs/offline.md)."""
    info = uow.session.info
    if _CACHE not in info:
        settings = MailSettings.from_json(uow.settings.get(SETTING_KEY))
        if (settings.send_enabled or settings.receive_enabled) and _is_replica(uow):
            settings = replace(settings, send_enabled=False, receive_enabled=False)
        info[_CACHE] = settings
    found: MailSettings = info[_CACHE]
    return found


def _is_replica(uow: UnitOfWork) -> bool:
    """A replica is a SQLite file whose replica_state names the desk it was made from."""
    if uow.session.get_bind().dialect.name != "sqlite":
        return False
    return uow.session.scalar(select(ReplicaState.id).limit(1)) is not None


def on_event(uow: UnitOfWork, item: WorkItem, name: str, new: Any, now: datetime,
             actor_id: uuid.UUID | None) -> None:
    """Called for every field change of a work item (the core's event bookkeeping)."""
    if name == "created":
        queue(uow, item, MailEvent.LOGGED, now)
        if item.assignee_id is not None and item.assignee_id != actor_id:
            queue(uow, item, MailEvent.ASSIGNED, now)  # logged straight to someone
    elif name == "status" and new == "pending":
        if settings_in(uow).send_enabled:  # the comments are read only for a mail to send
            queue(uow, item, MailEvent.NEEDS_INFO, now, comment=_latest_reply(uow, item))
    elif name == "status" and new == "resolved":
        queue(uow, item, MailEvent.RESOLVED, now)
    elif name == "assignee_id" and new is not None and new != actor_id:
        queue(uow, item, MailEvent.ASSIGNED, now)


def on_comment(uow: UnitOfWork, item: WorkItem, body: str, author: str,
               now: datetime) -> None:
    """A comment the caller sees (work notes never leave the desk)."""
    queue(uow, item, MailEvent.COMMENT, now, comment=body, author=author)


def on_sla_state(uow: UnitOfWork, item: WorkItem, old: str | None, new: str | None,
                 now: datetime) -> None:
    """The SLA sweep found the item's clock moved on: tell the assignee once per step."""
    if new == old:
        return
    if new == "warning":
        queue(uow, item, MailEvent.SLA_WARNING, now)
    elif new == "breached":
        queue(uow, item, MailEvent.SLA_BREACH, now)


def queue(uow: UnitOfWork, item: WorkItem, event: MailEvent, now: datetime, *,
          comment: str | None = None, author: str | None = None) -> MailOutboxEntry | None:
    """Write the message for ``event`` into the outbox (the caller's transaction), or nothing
    when it has no one to go to."""
    settings = settings_in(uow)
    if not settings.send_enabled or not valid_address(settings.from_address):
        return None
    caller = uow.people.get(item.caller_id) if item.caller_id else None
    assignee = uow.staff.get(item.assignee_id) if item.assignee_id else None
    if event.to_caller:
        if caller is None or caller.deleted_at is not None or not valid_address(caller.email):
            return None
        if uow.mail.opt_out(caller.id) is not None:
            return None
        recipient = str(caller.email).strip()
    else:
        if assignee is None or not assignee.active or not valid_address(assignee.email):
            return None
        recipient = str(assignee.email).strip()
    language = language_for(caller if event.to_caller else None, settings)
    values = item_values(uow, item, language, comment=comment, author=author)
    in_reply_to = None
    if event.to_caller:
        last = uow.mail.last_from_caller(item.id)
        if last is not None and last.message_key.startswith("<"):
            in_reply_to = last.message_key
    return _add(uow, item, event, recipient, "caller" if event.to_caller else "staff",
                language, values, in_reply_to, now)


def item_values(uow: UnitOfWork, item: WorkItem, language: str, *, comment: str | None = None,
                author: str | None = None) -> dict[str, str]:
    """What the placeholders of a message about ``item`` stand for."""
    settings = settings_in(uow)
    caller = uow.people.get(item.caller_id) if item.caller_id else None
    assignee = uow.staff.get(item.assignee_id) if item.assignee_id else None
    return {
        "number": item.number, "title": item.title,
        "caller_name": caller.full_name if caller else "",
        "status": kinds.lifecycle(item.kind).label(item.status),
        "desk_name": settings.from_name,
        "comment": comment or "", "author": author or settings.from_name,
        "resolution": item.resolution_notes or "",
        "rating_links": rating_links(settings.from_address or "servicedesk@example.com",
                                     item.number, language),
        "assignee_name": assignee.full_name if assignee else "",
        "priority": f"P{item.priority}",
        "due": item.resolution_due_at.strftime("%Y-%m-%d %H:%M UTC")
        if item.resolution_due_at else "",
    }


def stakeholder_values(uow: UnitOfWork, item: WorkItem, person: Stakeholder, update: str,
                       next_due: datetime | None, service_name: str) -> dict[str, str]:
    """What the placeholders of a major incident's update to ``person`` stand for."""
    values = item_values(uow, item, person.language)
    values.update({
        "caller_name": "", "update": update, "service_name": service_name or item.number,
        "next_update": next_due.strftime("%Y-%m-%d %H:%M UTC") if next_due
        else _NO_PROMISE.get(person.language, _NO_PROMISE["en"]),
        "recipient_name": person.name or person.address})
    return values


def language_for(person: Person | None, settings: MailSettings) -> str:
    """The caller's own language when they have one the desk writes, else the desk's."""
    if person is not None and person.language in LANGUAGES:
        return str(person.language)
    return settings.language


def _add(uow: UnitOfWork, item: WorkItem, event: MailEvent, recipient: str, audience: str,
         language: str, values: dict[str, str], in_reply_to: str | None,
         now: datetime) -> MailOutboxEntry:
    """One outbox row: the template filled in, the number in the subject, the item's thread
    anchor in References (and the message answered, when there is one)."""
    settings = settings_in(uow)
    template = template_for(event, language, uow.settings.get(TEMPLATES_KEY))
    domain = domain_of(settings.from_address)
    references = [thread_anchor(item.id, domain)]
    if in_reply_to:
        references.append(in_reply_to)
    entry = MailOutboxEntry(
        id=new_id(), work_item_id=item.id, event=event.value, recipient=recipient,
        audience=audience, language=language,
        subject=numbered_subject(item.number, render(template.subject, values))[:250],
        body=render(template.body, values), message_id=new_message_id(domain),
        in_reply_to=in_reply_to, references=" ".join(references), state="pending",
        attempts=0, next_attempt_at=now, created_at=now, updated_at=now)
    # the item first: without a relationship() the flush does not order the two inserts
    uow.session.flush()
    uow.mail.add(entry)
    return entry


# -- major-incident updates to stakeholders -------------------------------------------------
@dataclass(frozen=True)
class Stakeholder:
    """Someone a major incident's update is mailed to."""

    address: str
    name: str
    language: str
    #: "service" (subscribed to the affected service) or "named" (on the major incident)
    source: str


@dataclass(frozen=True)
class StakeholderList:
    recipients: tuple[Stakeholder, ...]
    #: subscribers left out: they opted out of mail, or have no usable address
    opted_out: int
    without_address: int
    #: False while the desk's sending is switched off (nothing would be queued)
    sending: bool


def stakeholders(uow: UnitOfWork, item: WorkItem) -> StakeholderList:
    """Who a stakeholder update on ``item`` goes to: callers subscribed to its service (less
    those who opted out or have no address) and the addresses named on it, each address once."""
    settings = settings_in(uow)
    found: dict[str, Stakeholder] = {}
    opted_out = without = 0
    if item.service_id is not None:
        for person in uow.mail.subscribers(item.service_id):
            if not valid_address(person.email):
                without += 1
                continue
            if uow.mail.opt_out(person.id) is not None:
                opted_out += 1
                continue
            address = str(person.email).strip()
            found.setdefault(address.lower(), Stakeholder(
                address, person.full_name, language_for(person, settings), "service"))
    for named in uow.mail.named_recipients(item.id):
        match = uow.mail.person_by_email(named.address)
        found.setdefault(named.address.lower(), Stakeholder(
            named.address, named.name or (match.full_name if match else ""),
            language_for(match, settings), "named"))
    sending = settings.send_enabled and valid_address(settings.from_address)
    return StakeholderList(tuple(found.values()), opted_out, without, sending)


def on_stakeholder_update(uow: UnitOfWork, item: WorkItem, recipients: StakeholderList,
                          update: str, next_due: datetime | None, service_name: str,
                          now: datetime) -> int:
    """Queue the update for every stakeholder (the update's transaction); how many were queued.
    Each message answers the previous update sent to that address, so mail clients thread
    them under the incident's number."""
    if not recipients.sending:
        return 0
    for person in recipients.recipients:
        values = stakeholder_values(uow, item, person, update, next_due, service_name)
        previous = uow.mail.last_sent_to(item.id, MailEvent.MAJOR_UPDATE.value,
                                         person.address)
        _add(uow, item, MailEvent.MAJOR_UPDATE, person.address, "subscriber", person.language,
             values, previous, now)
    return len(recipients.recipients)


_NO_PROMISE = {"en": "when there is news", "de": "sobald es Neues gibt"}


def _latest_reply(uow: UnitOfWork, item: WorkItem) -> str:
    """What the desk last told the caller (what it needs from them), from the comments."""
    for comment in reversed(uow.work_items.comments(item.id)):
        if not comment.work_note:
            return comment.body
    return ""
