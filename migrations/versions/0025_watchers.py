"""watchers: staff members who watch a work item (told of changes, listed in "Watching")

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 09:00:00

New record table ``work_item_watchers`` (one row per item and staff member; unwatching
tombstones the row, watching again revives it). The upgrade only adds the table.

The downgrade drops it: watchers are subscriptions, not work, and the older schema has no
place for them; every item, comment and event stays as it was. People who watched items simply
watch nothing after a downgrade (the "Watching" queue does not exist there).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_item_watchers",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_work_item_watchers_work_item_id_work_items")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_users.id"],
                                name=op.f("fk_work_item_watchers_staff_id_staff_users")),
        sa.ForeignKeyConstraint(["added_by_id"], ["staff_users.id"],
                                name=op.f("fk_work_item_watchers_added_by_id_staff_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_item_watchers")),
        sa.UniqueConstraint("work_item_id", "staff_id",
                            name="uq_work_item_watchers_work_item_id_staff_id"),
    )
    op.create_index("ix_work_item_watchers_staff", "work_item_watchers",
                    ["staff_id", "deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_work_item_watchers_staff", table_name="work_item_watchers")
    op.drop_table("work_item_watchers")
