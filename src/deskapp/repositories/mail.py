"""The mail tables: outbox, processed messages, review list, opt-outs, ratings."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    MailMessage,
    MailOptOut,
    MailOutboxEntry,
    MailReview,
    MajorIncidentRecipient,
    Person,
    SatisfactionRating,
    ServiceSubscription,
    StaffUser,
)


class MailRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- outbox ----------------------------------------------------------------------------
    def add(self, row: MailOutboxEntry | MailMessage | MailReview | MailOptOut
            | SatisfactionRating | MajorIncidentRecipient | ServiceSubscription) -> None:
        self.session.add(row)

    def outbox_entry(self, entry_id: uuid.UUID) -> MailOutboxEntry | None:
        return self.session.get(MailOutboxEntry, entry_id)

    def due(self, now: datetime, limit: int) -> list[MailOutboxEntry]:
        """Pending messages whose time has come, oldest first; on PostgreSQL locked so two
        workers never send the same row."""
        stmt = (select(MailOutboxEntry)
                .where(MailOutboxEntry.state == "pending", MailOutboxEntry.deleted_at.is_(None),
                       or_(MailOutboxEntry.next_attempt_at.is_(None),
                           MailOutboxEntry.next_attempt_at <= now))
                .order_by(MailOutboxEntry.created_at).limit(limit))
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list(self.session.scalars(stmt))

    def outbox(self, states: Sequence[str], limit: int) -> list[MailOutboxEntry]:
        stmt = (select(MailOutboxEntry)
                .where(MailOutboxEntry.state.in_(states), MailOutboxEntry.deleted_at.is_(None))
                .order_by(MailOutboxEntry.created_at.desc()).limit(limit))
        return list(self.session.scalars(stmt))

    def outbox_counts(self) -> dict[str, int]:
        rows = self.session.execute(
            select(MailOutboxEntry.state, func.count()).where(
                MailOutboxEntry.deleted_at.is_(None)).group_by(MailOutboxEntry.state))
        return {state: count for state, count in rows}

    def outbox_of(self, item_id: uuid.UUID) -> list[MailOutboxEntry]:
        return list(self.session.scalars(
            select(MailOutboxEntry).where(MailOutboxEntry.work_item_id == item_id)
            .order_by(MailOutboxEntry.created_at)))

    # -- incoming --------------------------------------------------------------------------
    def processed(self, key: str) -> MailMessage | None:
        return self.session.scalar(select(MailMessage).where(MailMessage.message_key == key))

    def last_from_caller(self, item_id: uuid.UUID) -> MailMessage | None:
        """The caller's latest message on the item (a reply answers it: In-Reply-To)."""
        return self.session.scalar(
            select(MailMessage).where(MailMessage.work_item_id == item_id,
                                      MailMessage.outcome.in_(("incident", "comment",
                                                               "reopened")))
            .order_by(MailMessage.received_at.desc()).limit(1))

    def sent_message_item(self, message_ids: Sequence[str]) -> uuid.UUID | None:
        """The item one of our sent messages belongs to (a reply's References)."""
        if not message_ids:
            return None
        return self.session.scalar(select(MailOutboxEntry.work_item_id).where(
            MailOutboxEntry.message_id.in_(list(message_ids))).limit(1))

    def resolution_sent(self, item_id: uuid.UUID, message_ids: Sequence[str]) -> bool:
        if not message_ids:
            return False
        found = self.session.scalar(select(func.count()).select_from(MailOutboxEntry).where(
            MailOutboxEntry.work_item_id == item_id, MailOutboxEntry.event == "resolved",
            MailOutboxEntry.message_id.in_(list(message_ids))))
        return bool(found)

    def messages(self, limit: int) -> list[MailMessage]:
        return list(self.session.scalars(
            select(MailMessage).order_by(MailMessage.received_at.desc()).limit(limit)))

    def last_sent_to(self, item_id: uuid.UUID, event: str, recipient: str) -> str | None:
        """The Message-ID of the latest ``event`` message of the item to ``recipient``."""
        return self.session.scalar(
            select(MailOutboxEntry.message_id).where(
                MailOutboxEntry.work_item_id == item_id, MailOutboxEntry.event == event,
                func.lower(MailOutboxEntry.recipient) == recipient.lower(),
                MailOutboxEntry.state != "cancelled")
            .order_by(MailOutboxEntry.created_at.desc()).limit(1))

    # -- stakeholders ----------------------------------------------------------------------
    def subscribers(self, service_id: uuid.UUID) -> list[Person]:
        """Live callers subscribed to the service, by name."""
        return list(self.session.scalars(
            select(Person).join(ServiceSubscription, ServiceSubscription.person_id == Person.id)
            .where(ServiceSubscription.service_id == service_id,
                   ServiceSubscription.deleted_at.is_(None), Person.deleted_at.is_(None))
            .order_by(Person.full_name)))

    def subscriptions(self, service_id: uuid.UUID) -> list[tuple[ServiceSubscription, Person]]:
        rows = self.session.execute(
            select(ServiceSubscription, Person)
            .join(Person, ServiceSubscription.person_id == Person.id)
            .where(ServiceSubscription.service_id == service_id,
                   ServiceSubscription.deleted_at.is_(None), Person.deleted_at.is_(None))
            .order_by(Person.full_name))
        return [(sub, person) for sub, person in rows]

    def subscription(self, service_id: uuid.UUID, person_id: uuid.UUID
                     ) -> ServiceSubscription | None:
        return self.session.scalar(select(ServiceSubscription).where(
            ServiceSubscription.service_id == service_id,
            ServiceSubscription.person_id == person_id,
            ServiceSubscription.deleted_at.is_(None)).limit(1))

    def named_recipients(self, item_id: uuid.UUID) -> list[MajorIncidentRecipient]:
        return list(self.session.scalars(
            select(MajorIncidentRecipient).where(
                MajorIncidentRecipient.work_item_id == item_id,
                MajorIncidentRecipient.deleted_at.is_(None))
            .order_by(MajorIncidentRecipient.created_at)))

    # -- review ----------------------------------------------------------------------------
    def reviews(self, state: str, limit: int) -> list[MailReview]:
        return list(self.session.scalars(
            select(MailReview).where(MailReview.state == state,
                                     MailReview.deleted_at.is_(None))
            .order_by(MailReview.created_at).limit(limit)))

    def review(self, review_id: uuid.UUID) -> MailReview | None:
        return self.session.get(MailReview, review_id)

    # -- who wrote ------------------------------------------------------------------------
    def person_by_email(self, address: str) -> Person | None:
        return self.session.scalar(
            select(Person).where(func.lower(Person.email) == address.lower(),
                                 Person.deleted_at.is_(None))
            .order_by(Person.created_at).limit(1))

    def staff_by_email(self, address: str) -> StaffUser | None:
        return self.session.scalar(
            select(StaffUser).where(func.lower(StaffUser.email) == address.lower(),
                                    StaffUser.active.is_(True)).limit(1))

    # -- opt-outs --------------------------------------------------------------------------
    def opt_out(self, person_id: uuid.UUID) -> MailOptOut | None:
        return self.session.scalar(select(MailOptOut).where(
            MailOptOut.person_id == person_id, MailOptOut.deleted_at.is_(None)).limit(1))

    # -- ratings ---------------------------------------------------------------------------
    def ratings_of(self, item_id: uuid.UUID) -> list[SatisfactionRating]:
        return list(self.session.scalars(
            select(SatisfactionRating).where(SatisfactionRating.work_item_id == item_id,
                                             SatisfactionRating.deleted_at.is_(None))
            .order_by(SatisfactionRating.rated_at)))

    def score_counts(self, since: datetime, until: datetime) -> dict[int, int]:
        rows = self.session.execute(
            select(SatisfactionRating.score, func.count())
            .where(SatisfactionRating.rated_at >= since, SatisfactionRating.rated_at < until,
                   SatisfactionRating.deleted_at.is_(None))
            .group_by(SatisfactionRating.score))
        return {int(score): count for score, count in rows}
