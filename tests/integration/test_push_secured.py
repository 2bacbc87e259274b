"""Pushing on a secured desk as the technician's own login: the desk's rules decide as online
(an item handed to another team meanwhile refuses the technician's edit with the sentence), and
the desk records who pushed each op from the session, not from the client."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from deskapp.db.models import AppliedOp
from deskapp.runtime import connect
from deskapp.sync.push import synchronise
from deskapp.sync.replica import create_replica
from deskapp.sync.scope import Scope
from tests.integration.test_push import Laptop
from tests.integration.test_replica import settled
from tests.support.security import SecuredDesk, secured_desk

desk = secured_desk


def test_a_technician_pushes_as_their_login_and_the_desk_rules_decide(
        desk: SecuredDesk, tmp_path: Path) -> None:
    superuser = connect(desk.url, create=False)
    tom = connect(desk.url.set(username=desk.logins["tom"], password="correct horse battery"),
                  create=False)
    path = tmp_path / "tom.sqlite3"
    create_replica(tom, path, Scope(team="Service Desk"))
    laptop = Laptop(path, desk.logins["tom"])
    try:
        offline = laptop.services.incidents
        mine, moved = offline.get(desk.items["a"]), offline.get(desk.items["a_secret"])
        offline.edit(mine.id, mine.version, {"title": "item a (fixed on site)"})
        offline.add_comment(mine.id, "Swapped the switch port", work_note=True)
        offline.edit(moved.id, moved.version, {"title": "item a_secret (seen on site)"})
        with superuser.begin() as conn:  # a supervisor hands it to Network meanwhile
            conn.execute(text("UPDATE work_items SET team_id = :b, version = version + 1 "
                              "WHERE id = :i"), {"b": desk.teams["B"], "i": moved.id})
        settled(superuser)
        done = synchronise(tom, laptop.db.engine)
        assert (done.pushed.applied, done.pushed.rejected) == (2, 1)
        refused = [o for o in laptop.ops() if o.state == "rejected"]
        assert refused[0].work_item_id == moved.id and refused[0].reason
        with superuser.connect() as conn:
            assert conn.scalar(text("SELECT title FROM work_items WHERE id = :i"),
                               {"i": mine.id}) == "item a (fixed on site)"
            assert conn.scalar(text("SELECT title FROM work_items WHERE id = :i"),
                               {"i": moved.id}) == "item a_secret"
            pushers = set(conn.scalars(select(AppliedOp.__table__.c.actor_id)))
        assert pushers == {desk.staff["tom"]}
        assert all(o.state in ("applied", "rejected") for o in laptop.ops())
    finally:
        laptop.close()
        tom.dispose()
        superuser.dispose()


def test_a_file_attached_offline_is_pushed_and_fetched_as_the_technicians_login(
        desk: SecuredDesk, tmp_path: Path) -> None:
    superuser = connect(desk.url, create=False)
    tom = connect(desk.url.set(username=desk.logins["tom"], password="correct horse battery"),
                  create=False)
    create_replica(tom, tmp_path / "tom.sqlite3", Scope(team="Service Desk"))
    laptop = Laptop(tmp_path / "tom.sqlite3", desk.logins["tom"])
    try:
        data = bytes(range(256)) * 1200  # 300 KiB: two chunks
        added = laptop.services.attachments.add_bytes(desk.items["a"], "port.png", data)
        settled(superuser)
        done = synchronise(tom, laptop.db.engine)
        assert (done.pushed.applied, done.pushed.rejected) == (1, 0)
        with superuser.connect() as conn:
            assert conn.scalar(text("SELECT file_name FROM attachments WHERE id = :i"),
                               {"i": added.id}) == "port.png"
            assert conn.scalar(text("SELECT count(*) FROM attachment_chunks WHERE "
                                    "blob_sha256 = :s"), {"s": added.sha256}) == 2
        # another replica of the same login gets the record, and the bytes on demand
        create_replica(tom, tmp_path / "tom2.sqlite3", Scope(team="Service Desk"))
        other = Laptop(tmp_path / "tom2.sqlite3", desk.logins["tom"])
        try:
            [listed] = other.services.attachments.attachments(desk.items["a"])
            assert listed.id == added.id
            other.services.attachments.desk = lambda: tom
            saved = other.services.attachments.save_to(added.id, tmp_path / "port.png")
            assert saved.read_bytes() == data
        finally:
            other.close()
    finally:
        laptop.close()
        tom.dispose()
        superuser.dispose()
