"""The change log a shared desk keeps for offline replicas, and a replica's own bookkeeping.

``sync_log`` is written by triggers on PostgreSQL only (one row per change to a synced table:
which table, which sync key, the writing transaction's id); a SQLite desk has the table, empty.
``replica_state`` has one row in a replica file (where it came from, its scope, how far it has
pulled) and none anywhere else.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record, utcnow


class SyncLogEntry(Base):
    """One change to a synced table. ``txid`` is the writer's transaction id (PostgreSQL's
    ``pg_current_xact_id()``, as a number): pulls walk the log in (txid, seq) order and only
    below the oldest transaction still running, so a slow transaction is never skipped."""

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_txid_seq", "txid", "seq"),)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                     primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(63))
    row_key: Mapped[uuid.UUID] = mapped_column()
    #: the work item the row belongs to (row-level security hides entries of items one may not
    #: see, so a technician never learns their ids)
    work_item_id: Mapped[uuid.UUID | None] = mapped_column()
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    logged_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReplicaState(Record):
    """A replica file's origin and progress (one row, only in replicas)."""

    __tablename__ = "replica_state"
    desk_id: Mapped[str] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(String(300))  # the desk's URL, password removed
    scope: Mapped[str] = mapped_column(String(200))  # "me", "team:Service Desk", "me+team:..."
    login: Mapped[str] = mapped_column(String(63))
    cursor_txid: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_pull_at: Mapped[datetime | None] = mapped_column()
    #: the desk's clock at the last pull, and how far the laptop's clock was behind it then
    #: (seconds; added to device times of changes made offline)
    server_pulled_at: Mapped[datetime | None] = mapped_column()
    clock_skew_s: Mapped[float] = mapped_column(default=0.0)
    schema_head: Mapped[str] = mapped_column(String(32))


class OutboxOp(Record):
    """One change made in a replica, waiting to be pushed (or settled: applied, rejected, in
    conflict, discarded). Written in the same SQLite transaction as the change itself
    (:mod:`deskapp.sync.outbox`); ``id`` is the op id the desk records once."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_state_position", "state", "position"),)
    #: the order ops are pushed in
    position: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[uuid.UUID] = mapped_column()
    work_item_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    #: "update" (field changes merged against the base) or "append" (a new comment or time
    #: entry: never conflicts)
    action: Mapped[str] = mapped_column(String(10))
    base_version: Mapped[int | None] = mapped_column(Integer)
    #: {field: [base, new]} for an update; {field: value} for an append (JSON-safe values)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: when the change was made, by the laptop's clock
    device_at: Mapped[datetime] = mapped_column()
    #: the desk's clock at the replica's last pull before the change (work times are never
    #: put before it)
    floor_at: Mapped[datetime | None] = mapped_column()
    #: pending / applied / rejected / conflict / resolved / discarded
    state: Mapped[str] = mapped_column(String(10), default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    #: {field: {"base": .., "mine": .., "theirs": .., "chosen": null | "mine" | "theirs"}}
    conflict: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: when the desk recorded it (its clock) and the work time it gave the change
    received_at: Mapped[datetime | None] = mapped_column()
    work_at: Mapped[datetime | None] = mapped_column()
    #: when the replica's rows of its item were replaced by the desk's after it settled (a
    #: settled op without it has its item refreshed by the next sync: a sync killed between
    #: noting outcomes and the refresh leaves no offline copies behind)
    refreshed_at: Mapped[datetime | None] = mapped_column()


class AppliedOp(Base):
    """The desk's record of every op a replica pushed, written in the same transaction as what
    the op did: a repeated push finds its id here and changes nothing (the outcome is handed
    back instead). Append-only, like the history."""

    __tablename__ = "sync_applied_ops"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the op id
    #: who pushed it (stamped from the session's login on a secured desk)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    work_item_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    outcome: Mapped[str] = mapped_column(String(10))  # applied / rejected / conflict
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    device_at: Mapped[datetime] = mapped_column()
    work_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
