"""major incident updates: the communications log of a major incident

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 07:00:00

``major_incident_updates`` is a record table (UUID, version, timestamps, tombstone) hanging off
a work item (the major incident): the audience, the text, who posted it, when, and when the
next update is due. The upgrade only adds the table.

The downgrade keeps what was said: every live update becomes a work note on its incident (by
its poster, at the time it was posted: "Stakeholder update to Service owners: … Next update due
2026-12-06 10:30 UTC."), so the older schema still shows the communications; removed updates
(tombstones) are dropped with the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "major_incident_updates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("audience", sa.String(length=80), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("posted_by_id", sa.Uuid(), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_update_due", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["posted_by_id"], ["staff_users.id"],
                                name=op.f("fk_major_incident_updates_posted_by_id_staff_users")),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_major_incident_updates_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_major_incident_updates")),
    )
    op.create_index("ix_major_incident_updates_item", "major_incident_updates",
                    ["work_item_id", "posted_at"])


def _describe(audience: str, body: str, due: datetime | None) -> str:
    """As the work note reads (kept here: a migration must not change with the app)."""
    text = f"Stakeholder update to {audience}: {body}"
    if due is not None:
        due = due.replace(tzinfo=UTC) if due.tzinfo is None else due.astimezone(UTC)
        text += f" Next update due {due:%Y-%m-%d %H:%M} UTC."
    return text


def downgrade() -> None:
    bind = op.get_bind()
    updates = sa.table(
        "major_incident_updates", sa.column("work_item_id", sa.Uuid()),
        sa.column("posted_by_id", sa.Uuid()), sa.column("audience", sa.String()),
        sa.column("body", sa.Text()), sa.column("posted_at", sa.DateTime(timezone=True)),
        sa.column("next_update_due", sa.DateTime(timezone=True)),
        sa.column("deleted_at", sa.DateTime(timezone=True)))
    comments = sa.table(
        "work_item_comments", sa.column("id", sa.Uuid()), sa.column("work_item_id", sa.Uuid()),
        sa.column("author_id", sa.Uuid()), sa.column("body", sa.Text()),
        sa.column("work_note", sa.Boolean()), sa.column("created_at", sa.DateTime(timezone=True)))
    query = (sa.select(updates).where(updates.c.deleted_at.is_(None))
             .order_by(updates.c.posted_at))
    batch = [{"id": uuid.uuid4(), "work_item_id": row.work_item_id,
              "author_id": row.posted_by_id, "work_note": True, "created_at": row.posted_at,
              "body": _describe(row.audience, row.body, row.next_update_due)}
             for row in bind.execute(query)]
    if batch:
        bind.execute(comments.insert(), batch)
    op.drop_index("ix_major_incident_updates_item", table_name="major_incident_updates")
    op.drop_table("major_incident_updates")
