"""sync push: a replica's outbox, the desk's record of applied ops, two times on events

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 06:00:00

``sync_outbox`` exists to be used in replica files: every change made offline is an op there
(field changes against a base version, or a new comment / time entry), written in the same
transaction as the change. ``sync_applied_ops`` is the desk's side: one row per op a replica
pushed, with its outcome, written in the same transaction as what the op did, so pushing the
same op again is a no-op. ``ticket_events.received_at`` keeps when the desk received a change
made offline (``occurred_at`` stays the work time); ``replica_state`` keeps the desk's clock
at the last pull and the laptop's measured skew.

The downgrade refuses while a replica holds unsent or unresolved ops (they would be lost);
otherwise it drops what the upgrade added (the desk's applied-op record goes with it: the older
DeskApp cannot push).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("device_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("floor_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("conflict", sa.JSON(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("work_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_outbox"),
    )
    op.create_index("ix_sync_outbox_state_position", "sync_outbox", ["state", "position"])
    op.create_index("ix_sync_outbox_work_item_id", "sync_outbox", ["work_item_id"])
    op.create_table(
        "sync_applied_ops",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("work_item_id", sa.Uuid(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("device_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("work_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["staff_users.id"],
                                name="fk_sync_applied_ops_actor_id_staff_users"),
        sa.PrimaryKeyConstraint("id", name="pk_sync_applied_ops"),
    )
    op.create_index("ix_sync_applied_ops_work_item_id", "sync_applied_ops", ["work_item_id"])
    with op.batch_alter_table("ticket_events") as batch:
        batch.add_column(sa.Column("received_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("replica_state") as batch:
        batch.add_column(sa.Column("server_pulled_at", sa.DateTime(timezone=True),
                                   nullable=True))
        batch.add_column(sa.Column("clock_skew_s", sa.Double(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    bind = op.get_bind()
    waiting = bind.scalar(sa.text(
        "SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'conflict')"))
    if waiting:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"This replica holds {waiting} change(s) not yet sent to the desk or in conflict; "
            "sync it (and resolve its conflicts) before downgrading. Nothing was changed.")
    with op.batch_alter_table("replica_state") as batch:
        batch.drop_column("clock_skew_s")
        batch.drop_column("server_pulled_at")
    with op.batch_alter_table("ticket_events") as batch:
        batch.drop_column("received_at")
    op.drop_index("ix_sync_applied_ops_work_item_id", table_name="sync_applied_ops")
    op.drop_table("sync_applied_ops")
    op.drop_index("ix_sync_outbox_work_item_id", table_name="sync_outbox")
    op.drop_index("ix_sync_outbox_state_position", table_name="sync_outbox")
    op.drop_table("sync_outbox")
