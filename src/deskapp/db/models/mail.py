"""E-mail: the outbox the mail worker sends, the incoming messages already processed, the
review list, callers who asked for no mail, and satisfaction ratings.

* ``mail_outbox``: a message to send, written in the same transaction as the change that causes
  it (a comment, a resolution...), so a rolled-back change sends nothing and a committed one is
  never forgotten. The worker sends pending rows, retries with backoff and marks them sent or
  failed; ``message_id`` is unique, so the same row is never two messages.
* ``mail_messages``: one row per incoming message processed, keyed by its Message-ID (or the
  mailbox UID when it has none), written in the transaction that makes the incident or comment:
  a worker killed between fetching and committing finds no row and processes the message again,
  once.
* ``mail_reviews``: messages naming an item from a sender who is not its caller (a forged or
  forwarded number): a person decides whether they belong on the item.
* ``mail_opt_outs``: callers who receive no mail from the desk (a tombstone opts back in).
* ``satisfaction_ratings``: a caller's score (1-5) and comment for a resolved item, from mail or
  recorded by an agent on a call.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class MailOutboxEntry(Record):
    __tablename__ = "mail_outbox"
    __table_args__ = (
        # the worker's query: pending rows whose time has come
        Index("ix_mail_outbox_state_next", "state", "next_attempt_at"),
    )
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    event: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(254))
    #: caller or staff (an opt-out applies to callers only)
    audience: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(5), default="en")
    subject: Mapped[str] = mapped_column(String(250))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(250))
    references: Mapped[str | None] = mapped_column(Text)
    #: pending / sent / failed (gave up; an administrator may send it again) / cancelled
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()


class MailMessage(Record):
    """An incoming message DeskApp has processed (or ignored) and what it did with it."""

    __tablename__ = "mail_messages"
    message_key: Mapped[str] = mapped_column(String(300), unique=True)
    sender: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(250))
    #: incident / comment / reopened / rating / review / ignored
    outcome: Mapped[str] = mapped_column(String(10))
    work_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"),
                                                           index=True)
    note: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column()


class MailReview(Record):
    __tablename__ = "mail_reviews"
    message_key: Mapped[str] = mapped_column(String(300))
    work_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"),
                                                           index=True)
    sender: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(250))
    body: Mapped[str] = mapped_column(Text)
    #: open / accepted (added to the item as the caller's comment) / dismissed
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()


class MailOptOut(Record):
    __tablename__ = "mail_opt_outs"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    reason: Mapped[str | None] = mapped_column(String(200))


class SatisfactionRating(Record):
    __tablename__ = "satisfaction_ratings"
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    score: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str | None] = mapped_column(Text)
    #: email (a reply or a rating link) / call (recorded by an agent)
    source: Mapped[str] = mapped_column(String(10))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    rated_at: Mapped[datetime] = mapped_column(index=True)
