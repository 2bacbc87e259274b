"""Attachments on any work item: add (from a file, a stream or bytes), list, save, remove, and
the desk's limits (size, allowed types).

Content is streamed: a file is read twice in :data:`~deskapp.domain.attachments.CHUNK_SIZE`
pieces, first to hash it (the SHA-256 names the stored content, so a file already stored is not
written again) and then to write its chunks, hashing again to be sure it did not change in
between. A stream that cannot be read twice is spooled to a temporary file first (in memory up
to 1 MB). The chunks, the record and the item's event are written in one transaction: a refused,
failed or cancelled add leaves no row behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.exc import IntegrityError

from deskapp.db.models import Attachment, AttachmentBlob, WorkItem
from deskapp.domain import attachments as rules
from deskapp.domain import kinds
from deskapp.domain.attachments import CHUNK_SIZE, AttachmentPolicy, FileCheck, size_text
from deskapp.domain.ids import new_id
from deskapp.errors import ConflictError, DeskAppError, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.attachments import AttachmentRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork
from deskapp.services.audit import audit
from deskapp.services.authorization import (
    Action,
    Resource,
    require,
    require_item,
    require_visible,
)
from deskapp.services.work_items import WorkItemOperations
from deskapp.sync.outbox import is_offline

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

SETTING_KEY = "attachments"
#: A stream that cannot seek is spooled to a temporary file; this much stays in memory.
SPOOL_IN_MEMORY = 1024 * 1024
EVENT_FIELD = "attachment"


class AttachmentCancelled(DeskAppError):
    """The person cancelled an add or a save; nothing was kept."""


class ConfirmationNeeded(ValidationError):
    """The file is a program or script: attach it only with ``confirmed=True``."""


class ContentNotHere(ValidationError):
    """An offline replica knows the attachment but not its bytes (they are fetched from the
    desk on demand: :func:`deskapp.sync.content.fetch_content`)."""

    def __init__(self, message: str, sha256: str) -> None:
        super().__init__(message)
        self.sha256 = sha256


@dataclass(frozen=True)
class AttachmentDTO:
    id: uuid.UUID
    version: int
    work_item_id: uuid.UUID
    comment_id: uuid.UUID | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


class AttachmentService(WorkItemOperations):
    """Attachments of any kind of work item (events and checks from the shared core)."""

    # -- the desk's rules ------------------------------------------------------------------
    def policy(self) -> AttachmentPolicy:
        with self._uow(read_only=True) as uow:
            return AttachmentPolicy.from_setting(uow.settings.get(SETTING_KEY))

    def set_policy(self, max_bytes: int | None = None,
                   allowed: Sequence[str] | None = None) -> AttachmentPolicy:
        """Change the desk's size limit and/or allow-list (administrators only)."""
        require(self.actor, Action.EDIT, Resource.SETTING)
        with self._uow() as uow:
            current = AttachmentPolicy.from_setting(uow.settings.get(SETTING_KEY))
            changed = AttachmentPolicy(
                rules.check_max_bytes(max_bytes) if max_bytes is not None else current.max_bytes,
                rules.check_allowed_list(allowed) if allowed is not None else current.allowed)
            uow.settings.put(SETTING_KEY, changed.to_setting())
            audit(uow, self.actor, Resource.SETTING.value, None, SETTING_KEY,
                  _policy_snapshot(current), _policy_snapshot(changed))
            uow.commit()
            return changed

    def check(self, file_name: str, size: int | None = None) -> FileCheck:
        """What adding ``file_name`` would meet: refused (ValidationError: type or size), or
        accepted with a warning the person must confirm (``FileCheck.warning``)."""
        policy = self.policy()
        checked = rules.check_file(file_name, policy)
        if size is not None:
            rules.check_size(size, policy, checked.file_name)
        return checked

    # -- reading ---------------------------------------------------------------------------
    def attachments(self, item_id: uuid.UUID) -> list[AttachmentDTO]:
        with self._uow(read_only=True) as uow:
            item = uow.work_items.get(item_id)
            if item is None:
                return []
            require_visible(self.actor, item, uow)
            return [_dto(a, name or "unknown")
                    for a, name in AttachmentRepository(uow.session).of_item(item_id)]

    #: in an offline replica: how to reach its desk for content not held locally (None: the
    #: replica's desk URL with the keyring's password; see deskapp.sync.content)
    desk: Callable[[], Any] | None = None

    def save_to(self, attachment_id: uuid.UUID, path: Path, *, progress: Progress | None = None,
                should_stop: ShouldStop | None = None) -> Path:
        """Write the attachment's content to ``path``, chunk by chunk. The file appears whole
        or not at all (written beside it under a temporary name, then renamed). In an offline
        replica, content that is only on the desk is fetched first (on this, a worker's,
        thread)."""
        try:
            return self._save_to(attachment_id, path, progress, should_stop)
        except ContentNotHere as missing:
            from deskapp.sync.content import fetch_from_desk

            with self._uow(read_only=True) as uow:
                bind = uow.session.get_bind()
            fetch_from_desk(bind.engine, missing.sha256, self.desk)
            return self._save_to(attachment_id, path, progress, should_stop)

    def _save_to(self, attachment_id: uuid.UUID, path: Path, progress: Progress | None,
                 should_stop: ShouldStop | None) -> Path:
        folder = path.parent
        if not folder.is_dir():
            raise ValidationError(msg("The folder {folder} does not exist; choose another.",
                                      folder=folder),
                                  {"path": "No such folder."})
        with self._uow(read_only=True) as uow:
            repo = AttachmentRepository(uow.session)
            row = repo.get(attachment_id)
            if row is None:
                raise ValidationError("That attachment was removed meanwhile; refresh the "
                                      "list.")
            item = uow.work_items.get(row.work_item_id)
            if item is None:
                raise ValidationError("The item of that attachment was deleted; refresh the "
                                      "list.")
            require_visible(self.actor, item, uow)
            blob = repo.blob(row.blob_sha256)
            if blob is None:  # the foreign key makes this impossible short of manual edits
                raise ValidationError(msg("The content of {file_name} is missing from the "
                                          "database; ask an administrator to check it.",
                                          file_name=row.file_name))
            if is_offline(uow.session) and repo.read_chunk(blob.sha256, 0) is None:
                raise ContentNotHere(msg("The content of {file_name} is on the desk, not in "
                                         "this replica yet; it is fetched when the desk can "
                                         "be reached. Connect, then save it again.",
                                         file_name=row.file_name), blob.sha256)
            try:
                handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
                    dir=folder, prefix=f".{row.file_name[:40]}.", suffix=".part", delete=False)
            except OSError as exc:
                raise _cannot_write(path, exc) from exc
            written = Path(handle.name)
            try:
                with handle:
                    digest = hashlib.sha256()
                    for index in range(blob.chunk_count):
                        if should_stop is not None and should_stop():
                            raise AttachmentCancelled(f"Cancelled; {path.name} was not saved.")
                        data = repo.read_chunk(blob.sha256, index)
                        if data is None:
                            raise ValidationError(
                                msg("Part of {file_name} is missing from the database; ask an "
                                    "administrator to check it.", file_name=row.file_name))
                        digest.update(data)
                        handle.write(data)
                        if progress is not None:
                            progress(min((index + 1) * CHUNK_SIZE, blob.size), blob.size)
                if digest.hexdigest() != blob.sha256:
                    raise ValidationError(msg("The stored content of {file_name} is damaged "
                                              "(its checksum differs); ask an administrator.",
                                              file_name=row.file_name))
                os.replace(written, path)
            except OSError as exc:
                written.unlink(missing_ok=True)
                raise _cannot_write(path, exc) from exc
            except BaseException:
                written.unlink(missing_ok=True)
                raise
            return path

    # -- adding ----------------------------------------------------------------------------
    def add_file(self, item_id: uuid.UUID, path: Path, *, file_name: str | None = None,
                 comment_id: uuid.UUID | None = None, confirmed: bool = False,
                 progress: Progress | None = None,
                 should_stop: ShouldStop | None = None) -> AttachmentDTO:
        """Attach the file at ``path`` (named ``file_name`` or as the file is)."""
        checked, policy = self._checked(file_name if file_name is not None else path.name,
                                        confirmed)
        try:
            handle = path.open("rb")
            size = os.fstat(handle.fileno()).st_size
        except OSError as exc:
            raise ValidationError(
                msg("{path_name} cannot be read ({strerror}); check that the file exists and "
                    "that you may open it.",
                    path_name=path.name or path, strerror=exc.strerror or exc),
                    {"path": "Cannot be read."}) from exc
        with handle:
            rules.check_size(size, policy, checked.file_name)
            return self._store(item_id, checked, policy, handle, comment_id, progress,
                               should_stop)

    def add_stream(self, item_id: uuid.UUID, file_name: str, stream: IO[bytes], *,
                   comment_id: uuid.UUID | None = None, confirmed: bool = False,
                   progress: Progress | None = None,
                   should_stop: ShouldStop | None = None) -> AttachmentDTO:
        """Attach what ``stream`` holds (read to its end; the caller closes it)."""
        checked, policy = self._checked(file_name, confirmed)
        if not callable(getattr(stream, "read", None)):
            raise ValidationError("The content must be a readable binary stream.",
                                  {"stream": "Not readable."})
        return self._store(item_id, checked, policy, stream, comment_id, progress, should_stop)

    def add_bytes(self, item_id: uuid.UUID, file_name: str, data: bytes, *,
                  comment_id: uuid.UUID | None = None, confirmed: bool = False) -> AttachmentDTO:
        """Attach a small in-memory file (a pasted screenshot)."""
        return self.add_stream(item_id, file_name, io.BytesIO(data), comment_id=comment_id,
                               confirmed=confirmed)

    # -- removing --------------------------------------------------------------------------
    def remove(self, attachment_id: uuid.UUID, expected_version: int | None = None) -> None:
        """Remove an attachment: a tombstone (content and record stay for history and sync)
        and an event on its item saying who removed which file."""
        now = self._clock()
        with self._uow() as uow:
            row = AttachmentRepository(uow.session).get(attachment_id)
            if row is None:
                raise ValidationError("That attachment was already removed; refresh the list.")
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(CONFLICT_MESSAGE)
            item = self._open_item(uow, row.work_item_id, mark("removed"))
            row.deleted_at = now
            row.updated_at = now
            self._event(uow, item, EVENT_FIELD, _event_text(row.file_name, row.size), None, now)
            uow.commit()

    # -- inside ----------------------------------------------------------------------------
    def _checked(self, file_name: str, confirmed: bool) -> tuple[FileCheck, AttachmentPolicy]:
        policy = self.policy()
        checked = rules.check_file(file_name, policy)
        if checked.warning is not None and not confirmed:
            raise ConfirmationNeeded(checked.warning + " Confirm to attach it anyway.",
                                     {"confirmed": "Confirmation needed."})
        return checked, policy

    def _open_item(self, uow: UnitOfWork, item_id: uuid.UUID, verb: str) -> WorkItem:
        item = uow.work_items.get(item_id)
        verb = translate(verb)
        if item is None:
            raise ValidationError(msg("That item was deleted; nothing was {verb}. Refresh the "
                                      "list.", verb=verb))
        require_item(self.actor, Action.EDIT, item, uow)
        life = kinds.lifecycle(item.kind)
        if not life.allowed(item.status):
            raise ValidationError(msg("{number} is {status}; attachments of a {status} {noun} "
                                      "cannot change (nothing was {verb}).",
                                      number=item.number, status=life.said(item.status),
                                      noun=_noun(item.kind, life.noun), verb=verb))
        return item

    def _store(self, item_id: uuid.UUID, checked: FileCheck, policy: AttachmentPolicy,
               stream: IO[bytes], comment_id: uuid.UUID | None, progress: Progress | None,
               should_stop: ShouldStop | None) -> AttachmentDTO:
        stop = should_stop or (lambda: False)
        report = progress or (lambda _done, _total: None)
        with _seekable(stream, policy, checked.file_name) as source:
            start = source.tell()
            sha, size = _hash(source, policy, checked.file_name, stop, report)
            if size == 0:
                raise ValidationError(msg("{file_name} is empty; there is nothing to attach.",
                                          file_name=checked.file_name), {"path": "Empty file."})
            source.seek(start)
            now = self._clock()
            with self._uow() as uow:
                item = self._open_item(uow, item_id, mark("attached"))
                if comment_id is not None and comment_id not in {
                        c.id for c in uow.work_items.comments(item.id)}:
                    raise ValidationError("That comment does not belong to this item; attach "
                                          "the file to the item instead.",
                                          {"comment_id": "Not this item's comment."})
                repo = AttachmentRepository(uow.session)
                if _new_blob(uow, repo, sha, size):
                    _write_chunks(repo, source, sha, size, checked.file_name, stop, report)
                row = Attachment(id=new_id(), work_item_id=item.id, comment_id=comment_id,
                                 file_name=checked.file_name, media_type=checked.media_type,
                                 size=size, blob_sha256=sha, added_by_id=self.actor.staff_id,
                                 created_at=now, updated_at=now)
                repo.add(row)
                self._event(uow, item, EVENT_FIELD, None, _event_text(row.file_name, size), now)
                uow.flush()
                uow.commit()
                report(2 * size, 2 * size)
                return _dto(row, self.actor.full_name)

    # -- from an offline replica ----------------------------------------------------------
    def receive(self, item_id: uuid.UUID, attachment_id: uuid.UUID, file_name: str,
                sha256: str, size: int, content: Callable[[], Any], *,
                comment_id: uuid.UUID | None = None) -> AttachmentDTO:
        """A file attached in an offline replica, pushed: stored under the id the replica
        gave it, with the same checks as any add (the desk's types and size limit, the item's
        permission and lifecycle, the comment's item). A program or script was confirmed by
        the technician when they attached it offline. The content is read from ``content``
        (chunk by chunk, its hash checked) only when the desk does not hold those bytes yet."""
        policy = self.policy()
        checked = rules.check_file(file_name, policy)
        rules.check_size(size, policy, checked.file_name)
        if size <= 0:
            raise ValidationError(msg("{file_name} is empty; there is nothing to attach.",
                                      file_name=checked.file_name))
        now = self._clock()
        with self._uow() as uow:
            item = self._open_item(uow, item_id, mark("attached"))
            if comment_id is not None and comment_id not in {
                    c.id for c in uow.work_items.comments(item.id)}:
                raise ValidationError("The comment this file was attached to is not on the "
                                      "desk (it was refused); attach the file to the item "
                                      "instead.", {"comment_id": "Not this item's comment."})
            repo = AttachmentRepository(uow.session)
            if _new_blob(uow, repo, sha256, size):
                with content() as source:
                    _write_chunks(repo, source, sha256, size, checked.file_name,
                                  lambda: False, lambda _done, _total: None)
            row = Attachment(id=attachment_id, work_item_id=item.id, comment_id=comment_id,
                             file_name=checked.file_name, media_type=checked.media_type,
                             size=size, blob_sha256=sha256, added_by_id=self.actor.staff_id,
                             created_at=now, updated_at=now)
            repo.add(row)
            self._event(uow, item, EVENT_FIELD, None, _event_text(row.file_name, size), now)
            uow.flush()
            uow.commit()
            return _dto(row, self.actor.full_name)


def attach_in(uow: UnitOfWork, item: WorkItem, file_name: str, data: bytes, *,
              added_by_id: uuid.UUID | None, now: datetime,
              comment_id: uuid.UUID | None = None) -> Attachment:
    """Store ``data`` as an attachment of ``item`` inside ``uow`` (the caller commits and
    writes the event): mail-in keeps a message's files in the transaction that makes its
    incident or comment. Refused (ValidationError) like any attachment: over the desk's size
    limit, a type the desk does not take, a program or script (no one is there to confirm)."""
    policy = AttachmentPolicy.from_setting(uow.settings.get(SETTING_KEY))
    checked = rules.check_file(file_name, policy)
    if checked.warning is not None:
        raise ValidationError(checked.warning)
    rules.check_size(len(data), policy, checked.file_name)
    if not data:
        raise ValidationError(msg("{file_name} is empty; there is nothing to attach.",
                                  file_name=checked.file_name))
    sha = hashlib.sha256(data).hexdigest()
    repo = AttachmentRepository(uow.session)
    if _new_blob(uow, repo, sha, len(data)):
        _write_chunks(repo, io.BytesIO(data), sha, len(data), checked.file_name,
                      lambda: False, lambda _done, _total: None)
    row = Attachment(id=new_id(), work_item_id=item.id, comment_id=comment_id,
                     file_name=checked.file_name, media_type=checked.media_type,
                     size=len(data), blob_sha256=sha, added_by_id=added_by_id,
                     created_at=now, updated_at=now)
    repo.add(row)
    return row


def hash_content(source: IO[bytes], policy: AttachmentPolicy, name: str) -> tuple[str, int]:
    """The SHA-256 and size of what ``source`` holds from where it stands, read chunk by chunk
    (refused once over the desk's limit); the caller seeks back before :func:`store_content`.
    Article pictures share the content store through these two."""
    return _hash(source, policy, name, lambda: False, lambda _done, _total: None)


def store_content(uow: UnitOfWork, source: IO[bytes], sha: str, size: int, name: str) -> None:
    """Store the content ``source`` holds (hashed to ``sha``) inside ``uow``, unless that
    content is stored already; refused when it changed since it was hashed."""
    repo = AttachmentRepository(uow.session)
    if _new_blob(uow, repo, sha, size):
        _write_chunks(repo, source, sha, size, name, lambda: False, lambda _done, _total: None)


def read_content(uow: UnitOfWork, sha: str, name: str) -> bytes:
    """The whole content stored under ``sha`` (for small files: an article's picture), its
    checksum verified; a ValidationError naming ``name`` when it is missing or damaged."""
    repo = AttachmentRepository(uow.session)
    blob = repo.blob(sha)
    if blob is None:
        raise ValidationError(msg("The content of {file_name} is missing from the database; ask "
                                  "an administrator to check it.", file_name=name))
    parts: list[bytes] = []
    digest = hashlib.sha256()
    for index in range(blob.chunk_count):
        data = repo.read_chunk(sha, index)
        if data is None:
            raise ValidationError(msg("Part of {file_name} is missing from the database; ask an "
                                      "administrator to check it.", file_name=name))
        digest.update(data)
        parts.append(data)
    if digest.hexdigest() != sha:
        raise ValidationError(msg("The stored content of {file_name} is damaged (its checksum "
                                  "differs); ask an administrator.", file_name=name))
    return b"".join(parts)


def _new_blob(uow: UnitOfWork, repo: AttachmentRepository, sha: str, size: int) -> bool:
    """Claim the blob row for ``sha``; False when that content is stored already (then its
    chunks are too). Two people adding the same new file at once: the second waits for the
    first's transaction and then finds its blob."""
    if repo.blob(sha) is not None:
        return False
    try:
        with uow.session.begin_nested():
            repo.add_blob(AttachmentBlob(sha256=sha, size=size,
                                         chunk_count=-(-size // CHUNK_SIZE)))
    except IntegrityError:
        if repo.blob(sha) is None:
            raise
        return False
    return True


def _hash(source: IO[bytes], policy: AttachmentPolicy, name: str, stop: ShouldStop,
          report: Progress) -> tuple[str, int]:
    """The content's SHA-256 and size, read chunk by chunk; refused once over the limit."""
    digest = hashlib.sha256()
    size = 0
    total = _remaining(source)
    while True:
        if stop():
            raise AttachmentCancelled(f"Cancelled; {name} was not attached.")
        data = _read(source, name)
        if not data:
            return digest.hexdigest(), size
        size += len(data)
        rules.check_size(size, policy, name)
        digest.update(data)
        report(size, 2 * max(total, size))


def _write_chunks(repo: AttachmentRepository, source: IO[bytes], sha: str, size: int,
                  name: str, stop: ShouldStop, report: Progress) -> None:
    digest = hashlib.sha256()
    index = written = 0
    while written < size:
        if stop():
            raise AttachmentCancelled(f"Cancelled; {name} was not attached.")
        data = _read(source, name, min(CHUNK_SIZE, size - written))
        if not data:
            break
        digest.update(data)
        repo.write_chunk(sha, index, data)
        index += 1
        written += len(data)
        report(size + written, 2 * size)
    if written != size or digest.hexdigest() != sha or _read(source, name, 1):
        raise ValidationError(msg("{name} changed while it was being attached; wait until the "
                                  "program writing it is done, then attach it again.", name=name))


def _read(source: IO[bytes], name: str, count: int = CHUNK_SIZE) -> bytes:
    """Up to ``count`` bytes (a short read from a pipe is completed)."""
    parts: list[bytes] = []
    wanted = count
    try:
        while wanted > 0:
            data = source.read(wanted)
            if not data:
                break
            if not isinstance(data, bytes | bytearray | memoryview):
                raise ValidationError("The content must be a binary stream (bytes), not text.")
            parts.append(bytes(data))
            wanted -= len(data)
    except OSError as exc:
        raise ValidationError(msg("{name} could not be read to its end ({strerror}); nothing "
                                  "was attached. Check the file and try again.",
                                  name=name, strerror=exc.strerror or exc)) from exc
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _remaining(source: IO[bytes]) -> int:
    try:
        here = source.tell()
        end = source.seek(0, os.SEEK_END)
        source.seek(here)
    except (OSError, ValueError):
        return 0
    return max(end - here, 0)


@contextlib.contextmanager
def _seekable(stream: IO[bytes], policy: AttachmentPolicy, name: str) -> Iterator[IO[bytes]]:
    """``stream`` itself when it can be read twice, else a temporary copy of it (refused as
    soon as it passes the desk's limit)."""
    try:
        seekable = bool(stream.seekable())
        if seekable:
            stream.tell()
    except (OSError, ValueError, AttributeError):
        seekable = False
    if seekable:
        yield stream
        return
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        size = 0
        while data := _read(stream, name):
            size += len(data)
            rules.check_size(size, policy, name)
            spool.write(data)
        spool.seek(0)
        yield spool


def _policy_snapshot(policy: AttachmentPolicy) -> dict[str, str | None]:
    return {"max_bytes": str(policy.max_bytes), "allowed": " ".join(policy.allowed)}


def _event_text(name: str, size: int) -> str:
    return f"{name} ({size_text(size)})"


def _cannot_write(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(msg("{path} cannot be written ({strerror}); choose another folder or "
                               "name.", path=path, strerror=exc.strerror or exc),
                               {"path": "Cannot be written."})


def _dto(row: Attachment, added_by: str) -> AttachmentDTO:
    return AttachmentDTO(row.id, row.version, row.work_item_id, row.comment_id, row.file_name,
                         row.media_type, row.size, row.blob_sha256, added_by, row.created_at)


def _noun(kind: str, noun: str) -> str:
    """The kind in a refusal: its noun in English ("a closed incident task"), its translated
    label in another language (where an article would need the noun's gender)."""
    label = kinds.kind(kind).label
    shown = translate(label)
    return noun if shown == label else shown
