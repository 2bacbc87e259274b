"""time entries: time spent on work items (who, when, minutes, note)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 03:00:00

``time_entries`` is a record table (UUID, version, timestamps, tombstone) hanging off a work
item: the staff member who did the work, when it was done (``worked_at``), the minutes and a
short note. The upgrade only adds the table.

The downgrade keeps what was logged: every live entry becomes a work note on its item (by its
author, at the time it was logged: "Time spent: 1 h 30 min on 2026-12-05: replaced the disk"),
so the older schema still shows who spent how long on what; removed entries (tombstones) are
dropped with the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "time_entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("worked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name="fk_time_entries_work_item_id_work_items"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_users.id"],
                                name="fk_time_entries_staff_id_staff_users"),
        sa.PrimaryKeyConstraint("id", name="pk_time_entries"),
    )
    op.create_index("ix_time_entries_work_item", "time_entries", ["work_item_id", "worked_at"])
    op.create_index("ix_time_entries_staff", "time_entries", ["staff_id", "worked_at"])


def _describe(minutes: int, worked_at: datetime, note: str | None) -> str:
    """As the app words an entry (kept here: a migration must not change with the app)."""
    if worked_at.tzinfo is not None:
        worked_at = worked_at.astimezone(UTC)
    hours, mins = divmod(minutes, 60)
    spent = f"{hours} h {mins:02d} min" if hours else f"{mins} min"
    text = f"Time spent: {spent} on {worked_at.date().isoformat()}"
    return f"{text}: {note}" if note else text


def downgrade() -> None:
    bind = op.get_bind()
    entries = sa.table(
        "time_entries", sa.column("work_item_id", sa.Uuid()), sa.column("staff_id", sa.Uuid()),
        sa.column("worked_at", sa.DateTime(timezone=True)), sa.column("minutes", sa.Integer()),
        sa.column("note", sa.String()), sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("deleted_at", sa.DateTime(timezone=True)))
    comments = sa.table(
        "work_item_comments", sa.column("id", sa.Uuid()), sa.column("work_item_id", sa.Uuid()),
        sa.column("author_id", sa.Uuid()), sa.column("body", sa.Text()),
        sa.column("work_note", sa.Boolean()), sa.column("created_at", sa.DateTime(timezone=True)))
    query = (sa.select(entries).where(entries.c.deleted_at.is_(None))
             .order_by(entries.c.created_at))
    batch: list[dict[str, object]] = []
    for row in bind.execute(query):
        batch.append({"id": uuid.uuid4(), "work_item_id": row.work_item_id,
                      "author_id": row.staff_id, "work_note": True,
                      "created_at": row.created_at,
                      "body": _describe(row.minutes, row.worked_at, row.note)})
        if len(batch) >= 5_000:
            bind.execute(comments.insert(), batch)
            batch = []
    if batch:
        bind.execute(comments.insert(), batch)
    op.drop_index("ix_time_entries_staff", table_name="time_entries")
    op.drop_index("ix_time_entries_work_item", table_name="time_entries")
    op.drop_table("time_entries")
