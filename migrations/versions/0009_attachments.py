"""attachments: files on work items, stored once per content in chunks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 02:50:00

Three new tables (see ``deskapp.db.models.attachment``): ``attachments`` (a record per file on a
work item or comment), ``attachment_blobs`` (one row per distinct content, keyed by SHA-256)
and ``attachment_chunks`` (the content in 256 KiB pieces). No existing row changes.

The downgrade drops the three tables only while they are empty; a database that holds
attachments (removed ones included, whose content history still names) is refused, changing
nothing, so no file is lost by going back.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    op.create_table(
        "attachment_chunks",
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("chunk_index", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["blob_sha256"], ["attachment_blobs.sha256"],
                                name=op.f("fk_attachment_chunks_blob_sha256_attachment_blobs"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("blob_sha256", "chunk_index", name=op.f("pk_attachment_chunks")),
    )
    op.create_table(
        "attachments",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("comment_id", sa.Uuid(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["added_by_id"], ["staff_users.id"],
                                name=op.f("fk_attachments_added_by_id_staff_users")),
        sa.ForeignKeyConstraint(["blob_sha256"], ["attachment_blobs.sha256"],
                                name=op.f("fk_attachments_blob_sha256_attachment_blobs")),
        sa.ForeignKeyConstraint(["comment_id"], ["work_item_comments.id"],
                                name=op.f("fk_attachments_comment_id_work_item_comments")),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_attachments_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index(op.f("ix_attachments_work_item_id"), "attachments", ["work_item_id"])
    op.create_index(op.f("ix_attachments_comment_id"), "attachments", ["comment_id"])
    op.create_index(op.f("ix_attachments_blob_sha256"), "attachments", ["blob_sha256"])


def downgrade() -> None:
    bind = op.get_bind()
    files = bind.execute(sa.text("SELECT count(*) FROM attachments")).scalar() or 0
    blobs = bind.execute(sa.text("SELECT count(*) FROM attachment_blobs")).scalar() or 0
    if files or blobs:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"The database holds {files} attachment(s) ({blobs} distinct file(s)), which the "
            "schema before 0009 cannot store. Nothing was changed; keep this DeskApp, or "
            "export and remove the attachments first.")
    op.drop_index(op.f("ix_attachments_blob_sha256"), "attachments")
    op.drop_index(op.f("ix_attachments_comment_id"), "attachments")
    op.drop_index(op.f("ix_attachments_work_item_id"), "attachments")
    op.drop_table("attachments")
    op.drop_table("attachment_chunks")
    op.drop_table("attachment_blobs")
