"""Administering the desk's mail: the settings (passwords and tokens to the keyring), the
outbox (what failed and why, send again, cancel), the review list, callers' opt-outs, and a
connection test. Every change of a setting, retry, cancel, review decision and opt-out is in
the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from deskapp.config import credentials
from deskapp.db.base import utcnow
from deskapp.db.models import (
    Comment,
    Incident,
    MailOptOut,
    MailOutboxEntry,
    MailReview,
    WorkItem,
)
from deskapp.domain.ids import new_id
from deskapp.domain.incident import NOTE_MAX
from deskapp.domain.mail.compose import numbered_subject
from deskapp.domain.mail.settings import SETTING_KEY, MailSettings
from deskapp.domain.mail.templates import (
    LANGUAGES,
    MailEvent,
    Template,
    allowed,
    check,
    render,
    template_for,
)
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import mark, msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services import mail_out
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import (
    Action,
    Resource,
    require,
    require_item,
    require_visible,
)
from deskapp.services.dto import Actor
from deskapp.services.mail_out import TEMPLATES_KEY
from deskapp.services.work_items import WorkItemOperations

OUTBOX_PAGE = 200


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    version: int
    work_item_id: uuid.UUID
    event: str
    recipient: str
    subject: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class ReviewRow:
    id: uuid.UUID
    version: int
    work_item_id: uuid.UUID | None
    sender: str
    subject: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class TemplateView:
    event: str
    language: str
    subject: str
    body: str
    #: True: the desk's own text; False: the built-in one
    custom: bool
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class TemplatePreview:
    number: str
    subject: str
    body: str


@dataclass(frozen=True)
class CallerMail:
    opted_out: bool
    #: the caller's own language, or None: the desk's (``desk_language``)
    language: str | None
    desk_language: str


@dataclass(frozen=True)
class MailStatus:
    settings: MailSettings
    smtp_secret_stored: bool
    imap_secret_stored: bool
    counts: dict[str, int]  # outbox rows per state
    open_reviews: int


class MailAdminService(WorkItemOperations):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(uow, actor, clock)

    # -- settings ----------------------------------------------------------------------------
    def status(self) -> MailStatus:
        with self._uow(read_only=True) as uow:
            settings = MailSettings.from_json(uow.settings.get(SETTING_KEY))
            counts = uow.mail.outbox_counts()
            reviews = len(uow.mail.reviews("open", 1000))
        return MailStatus(settings,
                          bool(settings.smtp_username and credentials.load_secret(
                              settings.smtp_account)),
                          bool(settings.imap_username and credentials.load_secret(
                              settings.imap_account)),
                          counts, reviews)

    def save_settings(self, settings: MailSettings, *, smtp_password: str | None = None,
                      imap_secret: str | None = None) -> MailSettings:
        """Administrators only. A password or token given is stored in the OS keyring (never
        in the database or a file); without a secure keyring it is refused with a sentence."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        settings = settings.checked()
        for secret, refused in (
                (smtp_password, mark("The SMTP password cannot hold a line break or more than "
                                     "8192 characters; paste it again.")),
                (imap_secret, mark("The IMAP secret cannot hold a line break or more than 8192 "
                                   "characters; paste it again."))):
            if secret is not None and ("\n" in secret or len(secret) > 8192):
                raise ValidationError(refused)
        if (smtp_password or imap_secret) and not credentials.secure_backend_available():
            raise ValidationError("This computer has no secure keyring (such as Windows "
                                  "Credential Manager or the Secret Service), so the password "
                                  "cannot be stored; DeskApp never writes it to a file. Set up "
                                  "a keyring and try again. Nothing was saved.")
        with self._uow() as uow:
            old = MailSettings.from_json(uow.settings.get(SETTING_KEY))
            uow.settings.put(SETTING_KEY, settings.to_json())
            fields = list(settings.to_json())
            audit(uow, self.actor, Resource.SETTING.value, None, SETTING_KEY,
                  snapshot(old, fields), snapshot(settings, fields))
            stored = True
            if smtp_password:
                stored = credentials.save_secret(settings.smtp_account, smtp_password)
            if imap_secret and stored:
                stored = credentials.save_secret(settings.imap_account, imap_secret)
            if not stored:
                raise ValidationError("The keyring refused to store the password; nothing was "
                                      "saved. Check the keyring and try again.")
            uow.commit()
        return settings

    def template(self, language: str, event: str) -> TemplateView:
        """The message the desk writes for ``event`` in ``language`` now: the desk's own text
        when an administrator saved one, else the built-in one."""
        which = _event(event, language)
        with self._uow(read_only=True) as uow:
            saved = uow.settings.get(TEMPLATES_KEY) or {}
        custom = bool((saved.get(language) or {}).get(event))
        current = template_for(which, language, saved)
        return TemplateView(event, language, current.subject, current.body, custom,
                            allowed(which))

    def preview_template(self, language: str, event: str, subject: str, body: str,
                         number: str = "") -> TemplatePreview:
        """The message as it would read about a real item (``number``, or the latest item the
        message could be about); the template is checked first, like saving it."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        which = _event(event, language)
        template = check(which, Template(subject, body))
        with self._uow(read_only=True) as uow:
            item = self._preview_item(uow, which, number.strip().upper())
            require_visible(self.actor, item, uow)
            if which.to_stakeholders:
                service = uow.work_items.related_labels(None, item.service_id, None, None,
                                                        None)["service"]
                sample = mail_out.Stakeholder("stakeholder@example.com", "Sam Stakeholder",
                                              language, "named")
                values = mail_out.stakeholder_values(
                    uow, item, sample, "(the text of the update)",
                    self._clock() + timedelta(minutes=30), service or "")
            else:
                comment = next((c.body for c in reversed(uow.work_items.comments(item.id))
                                if not c.work_note), "(the comment's text)")
                values = mail_out.item_values(uow, item, language, comment=comment,
                                              author=self.actor.full_name)
            return TemplatePreview(item.number,
                                   numbered_subject(item.number,
                                                    render(template.subject, values)),
                                   render(template.body, values))

    def _preview_item(self, uow: UnitOfWork, event: MailEvent, number: str) -> WorkItem:
        if number:
            item = uow.work_items.by_number(number)
            if item is None:
                raise ValidationError(msg("There is no item {number}; type the number of an "
                                          "item to preview the message on, or leave it empty.",
                                          number=number), {"number": "unknown"})
            return item
        stmt = select(WorkItem).where(WorkItem.deleted_at.is_(None))
        if event.to_stakeholders:
            stmt = select(Incident).where(Incident.is_major.is_(True),
                                          Incident.deleted_at.is_(None))
        found = uow.session.scalar(stmt.order_by(WorkItem.created_at.desc()).limit(1))
        if found is None:
            raise ValidationError("There is no item to preview the message on yet"
                                  + (" (no major incident)" if event.to_stakeholders else "")
                                  + "; log one first.")
        return found

    def reset_template(self, language: str, event: str) -> TemplateView:
        """Go back to the built-in text (administrators only; audited)."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        _event(event, language)
        with self._uow() as uow:
            saved = uow.settings.get(TEMPLATES_KEY) or {}
            before = (saved.get(language) or {}).pop(event, None)
            if before:
                uow.settings.put(TEMPLATES_KEY, saved)
                audit(uow, self.actor, Resource.SETTING.value, None,
                      f"{TEMPLATES_KEY}.{language}.{event}", dict(before), None,
                      action="reset")
            uow.commit()
        return self.template(language, event)

    def save_template(self, language: str, event: str, subject: str, body: str) -> Template:
        """Replace one built-in message (administrators only); placeholders are checked."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        which = _event(event, language)
        template = check(which, Template(subject, body))
        with self._uow() as uow:
            saved = uow.settings.get(TEMPLATES_KEY) or {}
            before = dict(saved.get(language, {}).get(event) or {})
            saved.setdefault(language, {})[event] = template.to_json()
            uow.settings.put(TEMPLATES_KEY, saved)
            audit(uow, self.actor, Resource.SETTING.value, None,
                  f"{TEMPLATES_KEY}.{language}.{event}", before or None, template.to_json())
            uow.commit()
        return template

    # -- outbox ------------------------------------------------------------------------------
    def outbox(self, states: tuple[str, ...] = ("failed", "pending"),
               limit: int = OUTBOX_PAGE) -> list[OutboxRow]:
        require(self.actor, Action.VIEW, Resource.SETTING)
        with self._uow(read_only=True) as uow:
            return [_outbox_row(r) for r in uow.mail.outbox(states, limit)]

    def retry(self, entry_ids: list[uuid.UUID]) -> int:
        """Send failed (or waiting) messages again now; how many were put back."""
        return self._outbox_step(entry_ids, "retried")

    def cancel(self, entry_ids: list[uuid.UUID]) -> int:
        """Never send these messages; how many were cancelled (sent ones stay sent)."""
        return self._outbox_step(entry_ids, "cancelled")

    def _outbox_step(self, entry_ids: list[uuid.UUID], verb: str) -> int:
        require(self.actor, Action.EDIT, Resource.SETTING)
        now = self._clock()
        changed = 0
        with self._uow() as uow:
            for entry_id in entry_ids:
                row = uow.mail.outbox_entry(entry_id)
                if row is None or row.state in ("sent", "cancelled"):
                    continue
                before = snapshot(row, ("state", "attempts"))
                if verb == "retried":
                    row.state, row.attempts, row.next_attempt_at = "pending", 0, now
                else:
                    row.state, row.next_attempt_at = "cancelled", None
                row.updated_at = now
                audit(uow, self.actor, "mail_outbox", row.id, row.subject, before,
                      snapshot(row, ("state", "attempts")), action=verb)
                changed += 1
            uow.commit()
        return changed

    # -- review list -------------------------------------------------------------------------
    def reviews(self, limit: int = OUTBOX_PAGE) -> list[ReviewRow]:
        with self._uow(read_only=True) as uow:
            return [ReviewRow(r.id, r.version, r.work_item_id, r.sender, r.subject, r.body,
                              r.created_at) for r in uow.mail.reviews("open", limit)]

    def accept_review(self, review_id: uuid.UUID) -> None:
        """The message belongs on its item after all: added as a caller-visible comment
        (no mail is sent for it)."""
        now = self._clock()
        with self._uow() as uow:
            review = self._open_review(uow.mail.review(review_id))
            if review.work_item_id is None:
                raise ValidationError("This message names no item; dismiss it instead.")
            item = self._load_any(uow, review.work_item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            body = f"E-mail from {review.sender} (accepted after review):\n{review.body}"
            uow.work_items.add_comment(Comment(id=new_id(), work_item_id=item.id,
                                               author_id=self.actor.staff_id,
                                               body=body[:NOTE_MAX], work_note=False,
                                               created_at=now))
            self._event(uow, item, "caller_comment", None, body[:500], now)
            self._decide(uow, review, "accepted", now)
            uow.commit()

    def dismiss_review(self, review_id: uuid.UUID) -> None:
        now = self._clock()
        with self._uow() as uow:
            review = self._open_review(uow.mail.review(review_id))
            if review.work_item_id is not None:
                require_item(self.actor, Action.EDIT,
                             self._load_any(uow, review.work_item_id), uow)
            else:
                require(self.actor, Action.EDIT, Resource.SETTING)
            self._decide(uow, review, "dismissed", now)
            uow.commit()

    @staticmethod
    def _open_review(review: MailReview | None) -> MailReview:
        if review is None or review.state != "open":
            raise NotFound("Someone already decided on this message; refresh the list.")
        return review

    def _decide(self, uow: UnitOfWork, review: MailReview, state: str, now: datetime) -> None:
        review.state, review.decided_by_id, review.decided_at = state, self.actor.staff_id, now
        review.updated_at = now
        audit(uow, self.actor, "mail_review", review.id, review.subject,
              {"state": "open"}, {"state": state}, action=state)

    # -- a caller's mail: language and opt-out ----------------------------------------------
    def caller_mail(self, person_id: uuid.UUID) -> CallerMail:
        """Whether the caller opted out, the language the desk writes to them in (None: the
        desk's) and the desk's language."""
        with self._uow(read_only=True) as uow:
            person = uow.people.get(person_id)
            if person is None:
                raise NotFound("That caller no longer exists; refresh the list.")
            desk = MailSettings.from_json(uow.settings.get(SETTING_KEY)).language
            language = person.language if person.language in LANGUAGES else None
            return CallerMail(uow.mail.opt_out(person_id) is not None, language, desk)

    def set_language(self, person_id: uuid.UUID, language: str | None) -> str | None:
        """The language the desk writes to the caller in ("en", "de"; None: the desk's),
        applied at once and audited like an opt-out."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        if language is not None and language not in LANGUAGES:
            raise ValidationError(msg("Choose one of {languages}, or the desk's language.",
                                      languages=", ".join(LANGUAGES)))
        now = self._clock()
        with self._uow() as uow:
            person = uow.people.get(person_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("That caller no longer exists; refresh the list.")
            if person.language != language:
                audit(uow, self.actor, Resource.PERSON.value, person.id, person.full_name,
                      {"language": person.language or ""}, {"language": language or ""})
                person.language = language
                person.updated_at = now
            uow.commit()
        return language

    def opted_out(self, person_id: uuid.UUID) -> bool:
        with self._uow(read_only=True) as uow:
            return uow.mail.opt_out(person_id) is not None

    def set_opt_out(self, person_id: uuid.UUID, opted_out: bool, reason: str | None = None
                    ) -> bool:
        """The caller receives no mail from the desk (True) or does again (False)."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        now = self._clock()
        with self._uow() as uow:
            person = uow.people.get(person_id)
            if person is None:
                raise NotFound("That caller no longer exists; refresh the list.")
            current = uow.mail.opt_out(person_id)
            if opted_out and current is None:
                row = MailOptOut(id=new_id(), person_id=person_id,
                                 reason=(reason or "").strip()[:200] or None,
                                 created_at=now, updated_at=now)
                uow.mail.add(row)
                audit(uow, self.actor, "mail_opt_out", row.id, person.full_name, None,
                      {"person": person.full_name, "reason": row.reason})
            elif not opted_out and current is not None:
                current.deleted_at = now
                current.updated_at = now
                audit(uow, self.actor, "mail_opt_out", current.id, person.full_name,
                      {"person": person.full_name}, None)
            uow.commit()
        return opted_out


def _event(event: str, language: str) -> MailEvent:
    if language not in LANGUAGES:
        raise ValidationError(msg("Choose one of {languages} for the language.",
                                  languages=", ".join(LANGUAGES)))
    try:
        return MailEvent(event)
    except ValueError:
        raise ValidationError(msg("There is no message for {event!r}.", event=event)) from None


def _outbox_row(r: MailOutboxEntry) -> OutboxRow:
    return OutboxRow(r.id, r.version, r.work_item_id, r.event, r.recipient, r.subject, r.state,
                     r.attempts, r.next_attempt_at, r.last_error, r.created_at, r.sent_at)
