"""Attachments on SQLite and PostgreSQL: stored once per content in chunks, streamed in and out,
limited per desk, programs confirmed, removals tombstoned with history, nothing half saved."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from deskapp.domain.attachments import CHUNK_SIZE
from deskapp.errors import ConflictError, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.attachments import AttachmentCancelled, ConfirmationNeeded
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

TABLES = ("attachments", "attachment_blobs", "attachment_chunks", "ticket_events")


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.scalar(text(f"SELECT count(*) FROM {t}")) or 0) for t in TABLES}


def _incident(services: Services, title: str = "Laptop will not boot") -> Any:
    return services.incidents.create({"title": title, "impact": 2, "urgency": 2})


def _file(tmp_path: Path, name: str, size: int, seed: int = 1) -> Path:
    path = tmp_path / name
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB, differs by seed
    with path.open("wb") as out:
        left = size
        while left > 0:
            out.write(block[:left])
            left -= len(block)
    return path


def test_a_file_goes_in_and_comes_out_the_same_in_chunks(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    source = _file(tmp_path, "trace.log", 3 * CHUNK_SIZE + 123)
    seen: list[tuple[int, int]] = []
    added = services.attachments.add_file(item.id, source,
                                          progress=lambda d, t: seen.append((d, t)))
    assert (added.file_name, added.size, added.media_type) == ("trace.log", source.stat().st_size,
                                                               "text/plain")
    assert added.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert added.added_by == "Alex Agent"
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    assert _counts(database)["attachment_chunks"] == 4

    out = tmp_path / "out" / "copy.log"
    out.parent.mkdir()
    assert services.attachments.save_to(added.id, out) == out
    assert out.read_bytes() == source.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["copy.log"]  # no temporary left

    listed = services.attachments.attachments(item.id)
    assert [(a.id, a.file_name, a.added_by) for a in listed] == [
        (added.id, "trace.log", "Alex Agent")]
    history = services.incidents.readable_history(item.id)
    assert [(e.field, e.new_value) for e in history if e.field == "attachment"] == [
        ("attachment", "trace.log (768 KB)")]


def test_the_same_file_twice_is_stored_once(services: Services, database: Database,
                                            tmp_path: Path) -> None:
    first, second = _incident(services, "first"), _incident(services, "second")
    source = _file(tmp_path, "screen.png", CHUNK_SIZE + 5)
    a = services.attachments.add_file(first.id, source)
    b = services.attachments.add_file(first.id, source, file_name="again.png")
    c = services.attachments.add_stream(second.id, "other.png", io.BytesIO(source.read_bytes()))
    assert a.sha256 == b.sha256 == c.sha256
    counts = _counts(database)
    assert (counts["attachments"], counts["attachment_blobs"], counts["attachment_chunks"]) == \
        (3, 1, 2)
    assert [x.file_name for x in services.attachments.attachments(first.id)] == [
        "screen.png", "again.png"]


def test_the_desk_limit_refuses_and_an_admin_changes_it(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    assert services.attachments.policy().max_bytes == 25 * 1024 * 1024
    services.attachments.set_policy(max_bytes=100 * 1024)
    big = _file(tmp_path, "dump.zip", 100 * 1024 + 1)
    before = _counts(database)
    with pytest.raises(ValidationError, match=r"dump.zip is 100 KB; this desk takes "
                                              r"attachments up to 100 KB"):
        services.attachments.add_file(item.id, big)
    # a stream has no size up front: refused while it is read, nothing kept either
    with pytest.raises(ValidationError, match="up to 100 KB"):
        services.attachments.add_stream(item.id, "dump.zip", _Pipe(big.read_bytes()))
    assert _counts(database) == before

    agent = Services.build(database.uow, ensure_staff(database.uow, "plain", "Plain Agent",
                                                      roles=("agent",))).attachments
    with pytest.raises(PermissionDenied, match="You may not change desk settings"):
        agent.set_policy(max_bytes=10 * 1024 * 1024)
    with pytest.raises(ValidationError, match="must be from"):
        services.attachments.set_policy(max_bytes=12)
    assert services.attachments.policy().max_bytes == 100 * 1024  # the refusals changed nothing
    with database.engine.connect() as conn:  # the desk-wide audit trail names the change
        trail = conn.execute(text("SELECT record_type, record_label, action, field, old_value, "
                                  "new_value FROM audit_events")).all()
    assert [tuple(r) for r in trail] == [("setting", "attachments", "changed", "max_bytes",
                                          str(25 * 1024 * 1024), str(100 * 1024))]


def test_types_off_the_list_are_refused_and_programs_need_a_confirmation(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    tool = _file(tmp_path, "fix-printer.ps1", 300)
    check = services.attachments.check("fix-printer.ps1")
    assert check.warning is not None and "program or script (.ps1)" in check.warning
    assert services.attachments.check("notes.txt").warning is None
    with pytest.raises(ConfirmationNeeded, match="Confirm to attach it anyway"):
        services.attachments.add_file(item.id, tool)
    assert _counts(database)["attachments"] == 0
    added = services.attachments.add_file(item.id, tool, confirmed=True)
    assert added.file_name == "fix-printer.ps1"

    with pytest.raises(ValidationError, match=r"does not take '.xyz' files"):
        services.attachments.add_file(item.id, _file(tmp_path, "data.xyz", 10))
    services.attachments.set_policy(allowed=[".xyz", "image/*"])
    assert services.attachments.add_file(item.id, tmp_path / "data.xyz").file_name == "data.xyz"
    with pytest.raises(ValidationError, match="does not take '.txt' files"):
        services.attachments.check("notes.txt")
    with pytest.raises(ValidationError, match="neither an extension"):
        services.attachments.set_policy(allowed=["pdf files"])


def test_remove_tombstones_and_history_keeps_both_events(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    added = services.attachments.add_file(item.id, _file(tmp_path, "photo.jpg", 2000))
    with pytest.raises(ConflictError):
        services.attachments.remove(added.id, added.version + 1)
    services.attachments.remove(added.id, added.version)
    assert services.attachments.attachments(item.id) == []
    with database.engine.connect() as conn:
        row = conn.execute(text("SELECT deleted_at, version FROM attachments")).one()
        assert row.deleted_at is not None and row.version == 2
        assert conn.scalar(text("SELECT count(*) FROM attachment_chunks")) == 1  # kept
    events = [(e.field, e.old_value, e.new_value, e.actor)
              for e in services.incidents.readable_history(item.id) if e.field == "attachment"]
    assert events == [("attachment", None, "photo.jpg (2 KB)", "Alex Agent"),
                      ("attachment", "photo.jpg (2 KB)", None, "Alex Agent")]
    with pytest.raises(ValidationError, match="already removed"):
        services.attachments.remove(added.id)
    with pytest.raises(ValidationError, match="removed meanwhile"):
        services.attachments.save_to(added.id, tmp_path / "back.jpg")


def test_a_cancelled_add_leaves_nothing(services: Services, database: Database,
                                        tmp_path: Path) -> None:
    item = _incident(services)
    source = _file(tmp_path, "capture.pcap", 6 * CHUNK_SIZE)
    before = _counts(database)
    for stop_after in (2, 9):  # while hashing; while writing chunks
        calls = iter(range(100))
        with pytest.raises(AttachmentCancelled, match="was not attached"):
            services.attachments.add_file(item.id, source,
                                          should_stop=lambda n=stop_after, c=calls: next(c) >= n)
        assert _counts(database) == before
    added = services.attachments.add_file(item.id, source)
    out = tmp_path / "saved.pcap"
    calls = iter(range(100))
    with pytest.raises(AttachmentCancelled):
        services.attachments.save_to(added.id, out, should_stop=lambda: next(calls) >= 3)
    assert not out.exists() and not list(tmp_path.glob(".*part"))


def test_bad_input_is_a_sentence_and_nothing_is_saved(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    other = _incident(services, "other")
    note = services.incidents.add_comment(other.id, "see log", work_note=True)
    before = _counts(database)
    with pytest.raises(ValidationError, match="cannot be read"):
        services.attachments.add_file(item.id, tmp_path / "missing.pdf")
    with pytest.raises(ValidationError, match="cannot be read"):
        services.attachments.add_file(item.id, tmp_path, file_name="folder.zip")
    with pytest.raises(ValidationError, match="needs a name"):
        services.attachments.add_bytes(item.id, "   ", b"x")
    with pytest.raises(ValidationError, match="is empty"):
        services.attachments.add_bytes(item.id, "empty.txt", b"")
    with pytest.raises(ValidationError, match="readable binary stream"):
        services.attachments.add_stream(item.id, "a.txt", ["not", "a", "stream"])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not belong to this item"):
        services.attachments.add_bytes(item.id, "a.txt", b"x", comment_id=note.id)
    assert _counts(database) == before

    unreadable = _Pipe(b"abc" * 1000, fail_after=2)
    with pytest.raises(ValidationError, match="could not be read to its end"):
        services.attachments.add_stream(item.id, "broken.txt", unreadable)
    assert _counts(database) == before


def test_closed_and_deleted_items_take_no_attachments(
        services: Services, database: Database, tmp_path: Path) -> None:
    item = _incident(services)
    kept = services.attachments.add_bytes(item.id, "before.txt", b"before")
    item = services.incidents.transition(item.id, item.version, "resolved",
                                         "Solved (permanently)", "Fixed.")
    # a resolved incident may still reopen: it takes files
    services.attachments.add_bytes(item.id, "after.txt", b"after")
    item = services.incidents.transition(item.id, item.version, "closed")
    before = _counts(database)
    with pytest.raises(ValidationError, match=r"INC-\d+ is closed; attachments of a closed "
                                              r"incident cannot change"):
        services.attachments.add_bytes(item.id, "late.txt", b"late")
    with pytest.raises(ValidationError, match="closed"):
        services.attachments.remove(kept.id)
    assert _counts(database) == before
    gone = _incident(services, "deleted meanwhile")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET deleted_at = updated_at WHERE id = :id"),
                     {"id": gone.id.hex if database.engine.dialect.name == "sqlite"
                      else gone.id})
    with pytest.raises(ValidationError, match="was deleted; nothing was attached"):
        services.attachments.add_bytes(gone.id, "x.txt", b"x")


def test_a_comment_can_carry_a_file(services: Services, tmp_path: Path) -> None:
    item = _incident(services)
    note = services.incidents.add_comment(item.id, "Screenshot of the error", work_note=True)
    added = services.attachments.add_bytes(item.id, "error.png", b"\x89PNG...",
                                           comment_id=note.id)
    assert services.attachments.attachments(item.id)[0].comment_id == note.id == added.comment_id


def test_a_pipe_of_many_chunks_is_spooled_and_stored(services: Services, database: Database,
                                                     ) -> None:
    item = _incident(services)
    payload = os.urandom(5 * CHUNK_SIZE // 2)
    added = services.attachments.add_stream(item.id, "stream.bin.zip", _Pipe(payload))
    assert added.sha256 == hashlib.sha256(payload).hexdigest()
    assert _counts(database)["attachment_chunks"] == 3


class _Pipe(io.RawIOBase):
    """A stream that cannot seek and hands out small pieces (a pipe, a socket)."""

    def __init__(self, data: bytes, fail_after: int | None = None) -> None:
        self._data = memoryview(data)
        self._reads = 0
        self._fail_after = fail_after

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        self._reads += 1
        if self._fail_after is not None and self._reads > self._fail_after:
            raise OSError(5, "Input/output error")
        n = min(len(buffer), 1000, len(self._data))
        buffer[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def test_demo_data_attaches_small_files_to_a_share_of_items(
        services: Services, database: Database, tmp_path: Path) -> None:
    import struct
    import zlib

    from deskapp.db.demo import generate
    from deskapp.db.demo.attachments import SHARE

    generate(database.engine, 300, seed=4, parallel=False)
    with database.engine.connect() as conn:
        items = conn.scalar(text("SELECT count(*) FROM work_items"))
        with_files = conn.scalar(text("SELECT count(DISTINCT work_item_id) FROM attachments"))
        files = conn.scalar(text("SELECT count(*) FROM attachments"))
        # the demo articles' pictures share the content store
        blobs = conn.scalar(text("SELECT count(*) FROM attachment_blobs WHERE sha256 NOT IN "
                                 "(SELECT blob_sha256 FROM kb_article_images)"))
        picture = conn.execute(text(
            "SELECT i.id, i.article_id, a.body FROM kb_article_images i JOIN kb_articles a "
            "ON a.id = i.article_id LIMIT 1")).one()
        events = conn.scalar(text("SELECT count(*) FROM ticket_events "
                                  "WHERE field = 'attachment'"))
        png_item = conn.execute(text("SELECT work_item_id FROM attachments "
                                     "WHERE media_type = 'image/png' LIMIT 1")).scalar()
    assert 0.5 * SHARE * items <= with_files <= 1.5 * SHARE * items
    assert events == files == blobs  # one event per file; each file names its item
    item_id = png_item if isinstance(png_item, uuid.UUID) else uuid.UUID(str(png_item))
    shot = next(a for a in services.attachments.attachments(item_id)
                if a.media_type == "image/png")
    assert shot.file_name.startswith("screenshot-") and shot.size < 10_000
    data = services.attachments.save_to(shot.id, tmp_path / "shot.png").read_bytes()
    assert hashlib.sha256(data).hexdigest() == shot.sha256
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # a demo article shows its screenshot, read from the content store
    picture_id, article_id = (v if isinstance(v, uuid.UUID) else uuid.UUID(str(v))
                              for v in picture[:2])
    assert f"kb-image:{picture_id}" in picture[2]
    (shown,) = services.knowledge_images.images(article_id, [picture_id])
    assert shown.state == "shown" and shown.data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat = data.index(b"IDAT")
    length = struct.unpack(">I", data[idat - 4:idat])[0]
    assert len(zlib.decompress(data[idat + 4:idat + 4 + length])) == height * (1 + 3 * width)


def test_an_administrator_changes_the_limit_from_the_command_line(
        sqlite_database: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from deskapp import cli

    url = sqlite_database.url.render_as_string(hide_password=False)
    monkeypatch.setattr(cli.getpass, "getuser", lambda: "desk.admin")
    assert cli.main(["--database", url, "attachments"]) == cli.EXIT_ERROR
    assert "no active staff record" in capsys.readouterr().err  # nobody signed in here yet
    ensure_staff(sqlite_database.uow, "desk.admin", "Desk Admin")  # as the first start does
    assert cli.main(["--database", url, "attachments", "--max-mb", "150"]) == cli.EXIT_OK
    assert "up to 150 MB each" in capsys.readouterr().out
    ensure_staff(sqlite_database.uow, "plain.agent", "Plain Agent", roles=("agent",))
    monkeypatch.setattr(cli.getpass, "getuser", lambda: "plain.agent")
    assert cli.main(["--database", url, "attachments", "--max-mb", "1"]) == cli.EXIT_ERROR
    assert "You may not change desk settings" in capsys.readouterr().err
    assert cli.main(["--database", url, "attachments"]) == cli.EXIT_OK
    assert "up to 150 MB each" in capsys.readouterr().out
