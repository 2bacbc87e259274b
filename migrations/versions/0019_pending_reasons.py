"""pending reasons: why a waiting item waits, until when, and which reasons pause an SLA

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 06:30:00

``work_items`` gains ``pending_reason`` (caller, vendor, change, approval) and
``pending_until`` (the item comes back to its queue after it; a partial index serves the SLA
sweep's look-up); ``sla_definitions`` gains ``pause_reasons`` (NULL: every reason pauses, as
the status alone did). The upgrade changes no row.

The downgrade keeps what a waiting item said: each item still carrying a reason gets a work note
("Pending: awaiting vendor, until 2026-12-10 14:00 UTC"), by nobody, at the downgrade's time;
then the columns go. An SLA that paused only for some reasons pauses for every reason again
(the older schema pauses per status).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: as the app words them (kept here: a migration must not change with the app)
_LABELS = {"caller": "awaiting caller", "vendor": "awaiting vendor", "change": "awaiting change",
           "approval": "awaiting approval"}


def upgrade() -> None:
    op.add_column("work_items", sa.Column("pending_reason", sa.String(length=20), nullable=True))
    op.add_column("work_items", sa.Column("pending_until", sa.DateTime(timezone=True),
                                          nullable=True))
    op.create_index("ix_work_items_pending_until", "work_items", ["pending_until"],
                    sqlite_where=sa.text("pending_until IS NOT NULL"),
                    postgresql_where=sa.text("pending_until IS NOT NULL"))
    op.add_column("sla_definitions", sa.Column("pause_reasons", sa.JSON(), nullable=True))


def _note(reason: str, until: datetime | None) -> str:
    text = f"Pending: {_LABELS.get(reason, reason)}"
    if until is not None:
        if until.tzinfo is not None:
            until = until.astimezone(UTC)
        text += f", until {until:%Y-%m-%d %H:%M} UTC"
    return text


def downgrade() -> None:
    bind = op.get_bind()
    items = sa.table("work_items", sa.column("id", sa.Uuid()),
                     sa.column("pending_reason", sa.String()),
                     sa.column("pending_until", sa.DateTime(timezone=True)))
    comments = sa.table(
        "work_item_comments", sa.column("id", sa.Uuid()), sa.column("work_item_id", sa.Uuid()),
        sa.column("author_id", sa.Uuid()), sa.column("body", sa.Text()),
        sa.column("work_note", sa.Boolean()), sa.column("created_at", sa.DateTime(timezone=True)))
    now = datetime.now(UTC)
    batch: list[dict[str, object]] = []
    for row in bind.execute(sa.select(items).where(items.c.pending_reason.is_not(None))):
        batch.append({"id": uuid.uuid4(), "work_item_id": row.id, "author_id": None,
                      "work_note": True, "created_at": now,
                      "body": _note(row.pending_reason, row.pending_until)})
        if len(batch) >= 5_000:
            bind.execute(comments.insert(), batch)
            batch = []
    if batch:
        bind.execute(comments.insert(), batch)
    op.drop_index("ix_work_items_pending_until", table_name="work_items")
    # plain ALTER TABLE ... DROP COLUMN: SQLite 3.35+ and PostgreSQL both have it, and neither
    # column is named by an index, key or trigger any more
    op.drop_column("work_items", "pending_until")
    op.drop_column("work_items", "pending_reason")
    op.drop_column("sla_definitions", "pause_reasons")
