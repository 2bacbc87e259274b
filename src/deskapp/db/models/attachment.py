"""Attachments: a record per file on a work item (optionally on one of its comments), and the
content, stored once per distinct file (by SHA-256) in fixed-size chunks.

* ``attachments`` (the record pattern): which item, which comment, the name, media type, size
  and hash of the file, who added it; removing one sets ``deleted_at`` (the content stays, so
  history, sync and an undo still find it).
* ``attachment_blobs``: one row per distinct content, keyed by its SHA-256 (hex). The same file
  attached twice, to one item or to two, is stored once.
* ``attachment_chunks``: the content in :data:`~deskapp.domain.attachments.CHUNK_SIZE` pieces,
  keyed by (blob, index). Written and read one chunk per statement, so a 100 MB file never
  sits whole in memory, and each chunk is an ordinary row, so row-level security covers it.

Row-level security (the security order): ``attachments`` carries ``work_item_id`` and is policed
like its work item. A chunk carries no work item (one blob may serve several items), so its
policy joins on ``blob_sha256``: a chunk is visible when an attachment the session may see
references its blob (``EXISTS (SELECT 1 FROM attachments a WHERE a.blob_sha256 =
attachment_chunks.blob_sha256)``, the attachments policy applying inside the subquery). Whoever
may see one copy of a file may read its bytes, which are the same bytes on every item.

Blobs and chunks are immutable (content-addressed: a changed file is another blob), so they have
no ``version`` or tombstone of their own; the attachment record carries both.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, Record, utcnow


class AttachmentBlob(Base):
    """One distinct content: its hash, size and how many chunks hold it."""

    __tablename__ = "attachment_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunk_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttachmentChunk(Base):
    """A piece of a blob's content: bytes ``index * chunk size`` onwards."""

    __tablename__ = "attachment_chunks"
    blob_sha256: Mapped[str] = mapped_column(
        ForeignKey("attachment_blobs.sha256", ondelete="CASCADE"), primary_key=True)
    chunk_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Record):
    """A file on a work item (and, when ``comment_id`` is set, on that comment)."""

    __tablename__ = "attachments"
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    comment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_item_comments.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.sha256"), index=True)
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
