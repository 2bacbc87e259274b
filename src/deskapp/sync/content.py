"""Attachment content in an offline replica: fetched from the desk on demand, by hash.

A replica carries the attachment records of its items and each one's blob row (hash, size,
chunk count), not the bytes: copying the content tables would put every file of the scope on
the laptop at once (a desk's attachments run to gigabytes; a replica of a busy team would be
mostly files nobody opens offline). The bytes a replica holds are the files attached there
(kept until the desk has them, or a refusal is discarded) and the ones fetched when someone
opened or saved them while the desk could be reached. Content an item no longer needs leaves
with it (:func:`deskapp.sync.replica.drop_unneeded_content`).

A fetch reads one chunk per statement (a single SELECT of every chunk would be fetched whole by
psycopg's client-side cursor) as the replica's login, so row-level security decides as online,
writes them into the replica in one local transaction (a fetch cut short leaves nothing half
stored), and checks the SHA-256 before it commits: memory stays at one chunk whatever the size.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import cast

from sqlalchemy import Engine, Table, delete, select

from deskapp.db.models import AttachmentBlob, AttachmentChunk
from deskapp.errors import ValidationError
from deskapp.messages import msg

_BLOBS = cast(Table, AttachmentBlob.__table__)
_CHUNKS = cast(Table, AttachmentChunk.__table__)


def has_content(replica: Engine, sha256: str) -> bool:
    """Whether the replica holds the bytes of ``sha256`` (not only its blob row)."""
    with replica.connect() as local:
        return local.scalar(select(_CHUNKS.c.chunk_index).where(
            _CHUNKS.c.blob_sha256 == sha256, _CHUNKS.c.chunk_index == 0)) is not None


def fetch_content(server: Engine, replica: Engine, sha256: str) -> int:
    """Copy the content of ``sha256`` from the desk into the replica; returns the bytes
    copied (0 when the replica had it already)."""
    from deskapp.sync.replica import check_desk, replica_state

    if has_content(replica, sha256):
        return 0
    with server.connect() as desk, replica.begin() as local:
        check_desk(desk, replica_state(local))
        blob = desk.execute(select(_BLOBS).where(_BLOBS.c.sha256 == sha256)).first()
        if blob is None:
            raise ValidationError(msg("The desk does not hold that file (or it is not visible "
                                      "to you any more); sync, then try again."))
        if local.scalar(select(_BLOBS.c.sha256).where(_BLOBS.c.sha256 == sha256)) is None:
            local.execute(_BLOBS.insert().values(sha256=blob.sha256, size=blob.size,
                                                 chunk_count=blob.chunk_count,
                                                 created_at=blob.created_at))
        local.execute(delete(_CHUNKS).where(_CHUNKS.c.blob_sha256 == sha256))
        digest = hashlib.sha256()
        copied = 0
        for index in range(blob.chunk_count):
            data = desk.scalar(select(_CHUNKS.c.data).where(
                _CHUNKS.c.blob_sha256 == sha256, _CHUNKS.c.chunk_index == index))
            if data is None:
                raise ValidationError(msg("Part of that file is missing on the desk; ask an "
                                          "administrator to check it."))
            data = bytes(data)
            digest.update(data)
            copied += len(data)
            local.execute(_CHUNKS.insert().values(blob_sha256=sha256, chunk_index=index,
                                                  data=data))
        if digest.hexdigest() != sha256 or copied != blob.size:
            raise ValidationError(msg("The file came from the desk damaged (its checksum "
                                      "differs); nothing was kept. Try again."))
        desk.rollback()
    return copied


DeskConnector = Callable[[], Engine]


def fetch_from_desk(replica: Engine, sha256: str, desk: DeskConnector | None = None) -> int:
    """:func:`fetch_content` from the replica's own desk: ``desk`` gives its engine (the app's
    connection, a test's), else the replica's desk URL with the keyring's password (no
    question is asked: this runs on a worker thread). A desk that cannot be reached says so."""
    from deskapp.errors import ConnectionFailed
    from deskapp.runtime import connect, with_keyring_password
    from deskapp.sync.replica import desk_url, replica_state

    if desk is not None:
        return fetch_content(desk(), replica, sha256)
    with replica.connect() as local:
        url = with_keyring_password(desk_url(replica_state(local).source))
    try:
        server = connect(url, create=False)
    except ConnectionFailed as exc:
        raise ValidationError(msg("The file is on the desk, not in this replica, and it could "
                                  "not be fetched ({reason}); save it again when the desk can "
                                  "be reached.", reason=str(exc))) from exc
    try:
        return fetch_content(server, replica, sha256)
    finally:
        server.dispose()


class LocalContent(io.RawIOBase):
    """The content of a file attached offline, read from the replica's chunks one at a time
    (a file of any size costs one chunk of memory)."""

    def __init__(self, replica: Engine | None, sha256: str, name: str) -> None:
        super().__init__()
        self._replica = replica
        self._sha = sha256
        self._name = name
        self._index = 0
        self._pending = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        out = bytearray()
        while size < 0 or len(out) < size:
            if not self._pending:
                self._pending = self._chunk()
                if not self._pending:
                    break
            wanted = len(self._pending) if size < 0 else size - len(out)
            out += self._pending[:wanted]
            self._pending = self._pending[wanted:]
        return bytes(out)

    def _chunk(self) -> bytes:
        if self._replica is None:
            return b""
        with self._replica.connect() as local:
            data = local.scalar(select(_CHUNKS.c.data).where(
                _CHUNKS.c.blob_sha256 == self._sha, _CHUNKS.c.chunk_index == self._index))
        if data is None:
            if self._index == 0:
                raise ValidationError(msg(
                    "The content of {file_name} is not in the replica any more; attach the "
                    "file again.", file_name=self._name))
            return b""
        self._index += 1
        return bytes(data)
