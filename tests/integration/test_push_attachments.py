"""Files attached in an offline replica, on the real PostgreSQL: stored in the replica, pushed
once as append ops under the replica's ids (on a comment made offline too), content sent by
hash only when the desk lacks it, identical bytes on the desk, refusals kept with the desk's
sentence and retried, a push cut mid-way finished once, and the replica converging with the
desk (attachment records synced, content fetched on demand)."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from deskapp.db.models import AttachmentChunk
from deskapp.domain.attachments import CHUNK_SIZE
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.sync import content as content_module
from deskapp.sync import push as push_module
from deskapp.sync.push import push, synchronise
from tests.integration.test_push import (
    OUTBOX,
    assert_converged,
    desk,
    desk_db,
    laptops,
    new_incident,
    online,
    sync,
    tech,
)
from tests.integration.test_replica import settled
from tests.support.factories import Desk

desk_db, tech, desk, online, laptops = desk_db, tech, desk, online, laptops  # fixtures


def _bytes(size: int, seed: int = 1) -> bytes:
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB, differs by seed
    return (block * (size // len(block) + 1))[:size]


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _desk_rows(desk_db: Database, sql: str, **params: Any) -> list[Any]:
    with desk_db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


class _Reads:
    """Which contents the push read from the replica (the spy on LocalContent)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shas: Counter[str] = Counter()
        real = content_module.LocalContent
        reads = self.shas

        class Counted(real):  # type: ignore[misc,valid-type]
            def _chunk(self) -> bytes:
                data: bytes = super()._chunk()
                if data:
                    reads[self._sha] += 1
                return data

        monkeypatch.setattr(push_module, "LocalContent", Counted)


def test_a_file_attached_offline_is_pushed_once_with_the_same_bytes(
        desk_db: Database, desk: Desk, online: Services, laptops: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    item = new_incident(online, desk, "Printer on floor 2 smears")
    on_desk = online.attachments.add_bytes(item.id, "desk-photo.png", _bytes(5000, 7))
    laptop = laptops()
    offline = laptop.services
    # the replica carries the item's attachment records (content on demand)
    assert [a.id for a in offline.attachments.attachments(item.id)] == [on_desk.id]

    photo = _bytes(3 * CHUNK_SIZE + 17, 2)
    note = offline.incidents.add_comment(item.id, "Photo of the smear attached", work_note=True)
    mine = offline.attachments.add_file(item.id, _file(tmp_path, "smear.jpg", photo),
                                        comment_id=note.id)
    same = offline.attachments.add_bytes(item.id, "again.png", _bytes(5000, 7))  # desk has it
    assert [(o.table_name, o.action) for o in laptop.ops()] == [
        ("work_item_comments", "append"), ("attachments", "append"),
        ("attachments", "append")]
    assert laptop.ops()[1].changes == {
        "file_name": "smear.jpg", "media_type": "image/jpeg", "size": len(photo),
        "blob_sha256": hashlib.sha256(photo).hexdigest(), "comment_id": str(note.id)}

    reads = _Reads(monkeypatch)
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected, done.pushed.conflicts) == (3, 0, 0)
    # only the content the desk lacked was read from the replica and sent
    assert set(reads.shas) == {mine.sha256} and reads.shas[mine.sha256] == 4
    got = {a.id: a for a in online.attachments.attachments(item.id)}
    assert set(got) == {on_desk.id, mine.id, same.id}  # the replica's ids on the desk
    assert got[mine.id].comment_id == note.id
    assert [c.id for c in online.incidents.comments(item.id)] == [note.id]
    saved = online.attachments.save_to(mine.id, tmp_path / "from-desk.jpg")
    assert saved.read_bytes() == photo
    assert len(_desk_rows(desk_db, "SELECT sha256 FROM attachment_blobs")) == 2
    assert _desk_rows(desk_db, "SELECT count(*) FROM ticket_events WHERE ticket_id = :i AND "
                               "field = 'attachment'", i=item.id)[0][0] == 3

    # pushed again (the laptop lost its note of the outcome): nothing new on the desk
    with laptop.db.engine.begin() as conn:
        conn.execute(update(OUTBOX).values(state="pending"))
    again = push(desk_db.engine, laptop.db.engine)
    assert (again.repeated, again.applied) == (3, 3)
    assert len(online.attachments.attachments(item.id)) == 3
    assert_converged(desk_db, desk, laptop)
    # the replica lists each file once, under the same ids as the desk
    assert sorted(str(a.id) for a in offline.attachments.attachments(item.id)) == sorted(
        str(i) for i in got)


def test_content_on_the_desk_is_fetched_on_demand_and_removals_are_pushed(
        desk_db: Database, desk: Desk, online: Services, laptops: Any,
        tmp_path: Path) -> None:
    item = new_incident(online, desk, "Scanner jams")
    data = _bytes(2 * CHUNK_SIZE + 5, 3)
    on_desk = online.attachments.add_bytes(item.id, "jam.png", data)
    gone = online.attachments.add_bytes(item.id, "old.txt", b"an old log")
    laptop = laptops()
    with laptop.db.engine.connect() as conn:  # metadata only: no bytes in the replica
        assert conn.scalar(select(text("count(*)")).select_from(AttachmentChunk.__table__)) == 0
    offline = laptop.services.attachments
    offline.desk = lambda: desk_db.engine  # the app connects with the keyring's password
    assert offline.save_to(on_desk.id, tmp_path / "jam.png").read_bytes() == data
    offline.desk = None
    assert offline.save_to(on_desk.id, tmp_path / "again.png").read_bytes() == data  # kept

    offline.remove(gone.id, gone.version)
    [op] = laptop.ops()
    assert (op.table_name, op.action, op.row_id) == ("attachments", "remove", gone.id)
    done = sync(desk_db, laptop)
    assert done.pushed.applied == 1
    assert [a.id for a in online.attachments.attachments(item.id)] == [on_desk.id]
    assert_converged(desk_db, desk, laptop)

    # the item leaves the scope: its content leaves the replica with it
    with desk_db.engine.begin() as conn:
        conn.execute(text("UPDATE work_items SET team_id = :t, version = version + 1 "
                          "WHERE id = :i"), {"t": desk.other_team_id, "i": item.id})
    assert_converged(desk_db, desk, laptop)
    with laptop.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM attachment_chunks")) == 0
        assert conn.scalar(text("SELECT count(*) FROM attachment_blobs")) == 0


def test_a_refused_file_keeps_the_sentence_and_is_retried_from_the_kept_bytes(
        desk_db: Database, desk: Desk, online: Services, laptops: Any,
        tmp_path: Path) -> None:
    admin = Services.build(desk_db.uow, ensure_staff(desk_db.uow, "admin1", "Ada Admin",
                                                     ("admin",)))
    item = new_incident(online, desk, "Dock flickers")
    laptop = laptops()
    offline = laptop.services
    big = _bytes(40_000, 4)
    offline.attachments.add_bytes(item.id, "dock.mp4", big)
    offline.incidents.add_comment(item.id, "Filmed the flicker", work_note=True)
    admin.attachments.set_policy(max_bytes=20_000)  # the desk's limit went down meanwhile
    done = sync(desk_db, laptop)
    assert (done.pushed.applied, done.pushed.rejected) == (1, 1)
    refused, noted = laptop.ops()
    assert refused.state == "rejected"
    assert "this desk takes attachments up to" in (refused.reason or "")
    assert noted.state == "applied"  # blocks nothing after it
    assert online.attachments.attachments(item.id) == []
    assert offline.attachments.attachments(item.id) == []  # the desk's view again
    assert_converged(desk_db, desk, laptop)

    admin.attachments.set_policy(max_bytes=1_000_000)
    sync(desk_db, laptop)  # the replica checks a retry against the desk's limit it pulled
    offline.outbox.retry(refused.id)  # from the bytes the replica kept for it
    done = sync(desk_db, laptop)
    assert done.pushed.applied == 1
    [kept] = online.attachments.attachments(item.id)
    assert online.attachments.save_to(kept.id, tmp_path / "dock.mp4").read_bytes() == big
    assert_converged(desk_db, desk, laptop)
    with laptop.db.engine.connect() as conn:  # the bytes stay while an attachment names them
        assert conn.scalar(select(text("count(*)")).select_from(AttachmentChunk.__table__)) == 1


def test_files_offline_are_refused_by_the_replicas_checks_with_a_sentence(
        desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Kiosk crashed")
    laptop = laptops()
    with pytest.raises(ValidationError, match="is empty"):
        laptop.services.attachments.add_bytes(item.id, "empty.txt", b"")
    with pytest.raises(ValidationError, match="Confirm to attach it anyway"):
        laptop.services.attachments.add_bytes(item.id, "fix.ps1", b"Restart-Computer")
    assert laptop.ops() == []


def test_an_offline_file_is_sent_once_after_a_push_cut_mid_way(
        desk_db: Database, desk: Desk, online: Services, laptops: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = [new_incident(online, desk, f"Till {n} frozen") for n in range(3)]
    laptop = laptops()
    offline = laptop.services
    photo = _bytes(5 * CHUNK_SIZE + 99, 5)
    for n in range(150):
        if n == 110:  # in the second batch, before the cut
            offline.attachments.add_bytes(items[0].id, "till.jpg", photo)
        offline.incidents.add_comment(items[n % 3].id, f"check {n}", work_note=True)
    real = push_module._apply_one
    calls = [0]

    def cut(conn: Any, *args: Any) -> Any:
        calls[0] += 1
        if calls[0] == 130:  # the second batch's file sent, the batch not committed
            pid = conn.scalar(text("SELECT pg_backend_pid()"))
            with desk_db.engine.connect() as killer:
                killer.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        return real(conn, *args)

    monkeypatch.setattr(push_module, "_apply_one", cut)
    with pytest.raises(Exception):  # noqa: B017,PT011 - the connection is gone, whatever it says
        push(desk_db.engine, laptop.db.engine)
    monkeypatch.setattr(push_module, "_apply_one", real)
    assert Counter(o.state for o in laptop.ops()) == {"applied": 100, "pending": 51}
    # the cut batch left nothing behind: no record, no content
    assert _desk_rows(desk_db, "SELECT count(*) FROM attachments")[0][0] == 0
    assert _desk_rows(desk_db, "SELECT count(*) FROM attachment_blobs")[0][0] == 0
    settled(desk_db.engine)
    synchronise(desk_db.engine, laptop.db.engine)
    assert Counter(o.state for o in laptop.ops()) == {"applied": 151}
    assert _desk_rows(desk_db, "SELECT count(*) FROM sync_applied_ops")[0][0] == 151
    [sent] = online.attachments.attachments(items[0].id)
    assert online.attachments.save_to(sent.id, tmp_path / "till.jpg").read_bytes() == photo
    assert _desk_rows(desk_db, "SELECT count(*) FROM attachment_chunks")[0][0] == 6
    assert_converged(desk_db, desk, laptop)
