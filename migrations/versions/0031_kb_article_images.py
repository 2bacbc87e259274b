"""knowledge: pictures of an article, their bytes in the attachments' content store

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06 13:00:00

A new table ``kb_article_images`` (the record pattern: UUID, version, timestamps, tombstone): a
picture an author inserted into an article, shown in its Markdown as ``![alt](kb-image:<id>)``.
It names its article, the file's name, the media type read from the content, size, width and
height, who added it, and the SHA-256 of its bytes, which are stored once in
``attachment_blobs`` / ``attachment_chunks`` beside the attachments' (same content, one copy).
No existing row changes.

The downgrade refuses (changing nothing) while the table holds a row, saying how many pictures
of how many articles: dropping them would leave the articles' ``kb-image:`` references, and the
published versions that show them, pointing at nothing, and the bytes of a picture (in the
shared store) would stay behind with nothing naming them. Keeping the rows is no choice either:
the schema before 0031 has no table for them. A desk that must go back restores a backup taken
before the upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "kb_article_images"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["added_by_id"], ["staff_users.id"],
                                name=op.f("fk_kb_article_images_added_by_id_staff_users")),
        sa.ForeignKeyConstraint(["article_id"], ["kb_articles.id"],
                                name=op.f("fk_kb_article_images_article_id_kb_articles")),
        sa.ForeignKeyConstraint(["blob_sha256"], ["attachment_blobs.sha256"],
                                name=op.f("fk_kb_article_images_blob_sha256_attachment_blobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_images")),
    )
    op.create_index(op.f("ix_kb_article_images_article_id"), TABLE, ["article_id"])
    op.create_index(op.f("ix_kb_article_images_blob_sha256"), TABLE, ["blob_sha256"])


def downgrade() -> None:
    bind = op.get_bind()
    pictures = bind.execute(sa.text(f"SELECT count(*) FROM {TABLE}")).scalar() or 0
    if pictures:
        articles = bind.execute(sa.text(
            f"SELECT count(DISTINCT article_id) FROM {TABLE}")).scalar() or 0
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"The database holds {pictures} article picture(s) in {articles} article(s), which "
            "the schema before 0031 cannot store. Nothing was changed; keep this DeskApp, or "
            "restore a backup taken before the upgrade.")
    op.drop_index(op.f("ix_kb_article_images_blob_sha256"), TABLE)
    op.drop_index(op.f("ix_kb_article_images_article_id"), TABLE)
    op.drop_table(TABLE)
