"""sync_log and replica_state: the change log replicas pull from, and a replica's bookkeeping

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 03:20:00

``sync_log`` gets one row per change to a synced table on PostgreSQL (the triggers that write it
are installed after every upgrade from the table declarations, ``deskapp.sync.changelog``), with
the writing transaction's id from ``pg_current_xact_id()``. SQLite desks keep the table empty.
``replica_state`` holds one row in an offline replica file and none on a desk.

The downgrade drops both (the log is derived: replicas made before it must be made again) and
refuses, changing nothing, in a replica file, whose state would be lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "sync_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("txid", sa.BigInteger(), nullable=False,
                  server_default=sa.text("(pg_current_xact_id()::text::bigint)") if pg else None),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_key", sa.Uuid(), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False,
                  server_default=sa.text("now()") if pg else None),
        sa.PrimaryKeyConstraint("seq", name="pk_sync_log"),
    )
    op.create_index("ix_sync_log_txid_seq", "sync_log", ["txid", "seq"])
    op.create_table(
        "replica_state",
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("cursor_txid", sa.BigInteger(), nullable=False),
        sa.Column("cursor_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_pull_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("schema_head", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_replica_state"),
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.scalar(sa.text("SELECT count(*) FROM replica_state")):
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused("This file is an offline replica; downgrading would lose where it "
                               "came from and how far it has synced. Make a new replica with "
                               "the older DeskApp instead. Nothing was changed.")
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("DROP FUNCTION IF EXISTS deskapp_sync_log() CASCADE"))
    op.drop_table("replica_state")
    op.drop_index("ix_sync_log_txid_seq", table_name="sync_log")
    op.drop_table("sync_log")
