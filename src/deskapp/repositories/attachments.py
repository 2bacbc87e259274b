"""Attachment records and their chunked content.

Chunks go in and come out one statement per chunk through SQLAlchemy Core: the ORM would keep
every chunk it added in the session's identity map until the commit, and a single SELECT of all
chunks is fetched whole by psycopg's client-side cursor. Either would hold a 100 MB file in
memory at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskapp.db.models import Attachment, AttachmentBlob, AttachmentChunk, StaffUser

_CHUNKS = AttachmentChunk.__table__  # Core: see the module docstring


class AttachmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- records ---------------------------------------------------------------------------
    def add(self, attachment: Attachment) -> None:
        self.session.add(attachment)

    def get(self, attachment_id: uuid.UUID) -> Attachment | None:
        """A live attachment (None when it does not exist or was removed)."""
        row = self.session.get(Attachment, attachment_id)
        return None if row is None or row.deleted_at is not None else row

    def of_item(self, work_item_id: uuid.UUID) -> Sequence[tuple[Attachment, str | None]]:
        """Live attachments of an item, oldest first, with the name of who added each."""
        rows = self.session.execute(
            select(Attachment, StaffUser.full_name)
            .outerjoin(StaffUser, StaffUser.id == Attachment.added_by_id)
            .where(Attachment.work_item_id == work_item_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id))
        return [(a, name) for a, name in rows]

    # -- content ---------------------------------------------------------------------------
    def blob(self, sha256: str) -> AttachmentBlob | None:
        return self.session.get(AttachmentBlob, sha256)

    def add_blob(self, blob: AttachmentBlob) -> None:
        """The blob row, written at once (chunks refer to it)."""
        self.session.add(blob)
        self.session.flush()

    def write_chunk(self, sha256: str, index: int, data: bytes) -> None:
        self.session.execute(insert(AttachmentChunk), {"blob_sha256": sha256, "chunk_index": index,
                                               "data": data})

    def read_chunk(self, sha256: str, index: int) -> bytes | None:
        data = self.session.scalar(select(_CHUNKS.c.data).where(
            _CHUNKS.c.blob_sha256 == sha256, _CHUNKS.c.chunk_index == index))
        return None if data is None else bytes(data)

    def chunk_count(self, sha256: str) -> int:
        return int(self.session.scalar(select(func.count()).select_from(_CHUNKS).where(
            _CHUNKS.c.blob_sha256 == sha256)) or 0)
