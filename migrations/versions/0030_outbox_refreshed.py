"""sync: an outbox op remembers whether its item was refreshed after the desk settled it

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06 12:00:00

A sync pushes the outbox, notes each batch's outcomes in the replica, then replaces the
replica's rows of the settled items by the desk's (what was made offline gives way to what the
desk applied). A sync killed between the note and that refresh left the offline copies of
comments and their events beside the desk's ones, which the next pull then brought too.
``sync_outbox.refreshed_at`` is set in the refresh's own transaction; a settled op without it
has its item refreshed by the next sync. The upgrade marks every op settled so far as refreshed
(the sync that settled it refreshed it, or the item left the replica since). The downgrade
drops the column: only the marks go (a replica killed mid-sync may then keep offline copies
beside the desk's until its item is refreshed again, as before).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE sync_outbox SET refreshed_at = updated_at WHERE state <> 'pending'")


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("refreshed_at")
