"""Offline replicas on the real PostgreSQL: made from a scope, pulled after server-side changes,
equal to the server's projection of the scope after every pull, and never skipping a slow
transaction's changes."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Table, select, text

from deskapp.config.urls import sqlite_url
from deskapp.db import changelog
from deskapp.db.models import Base
from deskapp.domain.records import TABLES, Sync
from deskapp.errors import ValidationError
from deskapp.runtime import Database, connect, open_database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from deskapp.sync.replica import create_replica, pull, synced
from deskapp.sync.scope import Scope
from tests.support.factories import Desk, make_desk
from tests.support.fixtures import new_database_url


@pytest.fixture
def desk_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db = open_database(new_database_url("postgresql", request, tmp_path), auto_upgrade=False)
    yield db
    db.dispose()


@pytest.fixture
def tech(desk_db: Database) -> Actor:
    return ensure_staff(desk_db.uow, "tech1", "Terry Technician", ("technician", "agent"))


@pytest.fixture
def desk(desk_db: Database, tech: Actor) -> Desk:
    return make_desk(desk_db, actor_id=tech.staff_id)


@pytest.fixture
def services(desk_db: Database, tech: Actor) -> Services:
    return Services.build(desk_db.uow, tech)


@pytest.fixture
def replica_path(tmp_path: Path) -> Path:
    return tmp_path / "laptop.sqlite3"


def settled(server: Engine, timeout_s: float = 240.0) -> None:
    """Wait until every change logged so far may be pulled: transaction ids are cluster-wide,
    so a long write in another database on the same server (a parallel test's bulk load) holds
    pulls back until it ends, as it would on a shared server."""
    deadline = time.monotonic() + timeout_s
    with server.connect() as conn:
        newest = conn.scalar(text("SELECT max(txid) FROM sync_log")) or 0
    while time.monotonic() < deadline:
        with server.connect() as conn:
            if (conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
                    or 0) > newest:
                return
        time.sleep(0.05)
    pytest.fail("a transaction on the test server kept the change log waiting for four minutes")


def _local(path: Path) -> Engine:
    return connect(sqlite_url(path), create=False)


def _rows(conn: Any, table: Table, where: Any = None) -> list[tuple[Any, ...]]:
    stmt = select(table)
    if where is not None:
        stmt = stmt.where(where)
    return sorted((tuple(r) for r in conn.execute(stmt)), key=repr)


def projection(server: Engine, team_id: uuid.UUID) -> dict[str, list[tuple[Any, ...]]]:
    """What a team:<team> replica must hold, computed here straight from the rule: the team's
    open items and their parents, everything hanging off them, the callers they name, and all
    reference data."""
    tables = Base.metadata.tables
    wi = tables["work_items"]
    out: dict[str, list[tuple[Any, ...]]] = {}
    with server.connect() as conn:
        scope = set(conn.scalars(select(wi.c.id).where(
            wi.c.team_id == team_id, wi.c.status_category != "done", wi.c.deleted_at.is_(None))))
        parents = set(conn.scalars(select(wi.c.parent_id).where(
            wi.c.id.in_(scope), wi.c.parent_id.is_not(None))))
        items = scope | parents
        callers = set(conn.scalars(select(wi.c.caller_id).where(
            wi.c.id.in_(items), wi.c.caller_id.is_not(None))))
        for name, column in (("access_request_details", "person_id"),
                             ("approvals", "approver_person_id")):  # the people work names
            table = tables[name]
            callers |= set(conn.scalars(select(table.c[column]).where(
                table.c.work_item_id.in_(items), table.c[column].is_not(None))))
        held: dict[str, set[Any]] = {}  # ids of the desk records held so far
        for name, decl in TABLES.items():
            if decl.sync is Sync.NONE:
                continue
            table = tables[name]
            if name == "work_items":
                out[name] = _rows(conn, table, table.c.id.in_(items))
            elif name == "work_item_links":
                out[name] = _rows(conn, table, table.c.source_id.in_(items)
                                  & table.c.target_id.in_(items))
            elif decl.work_item_column:
                out[name] = _rows(conn, table, table.c[decl.work_item_column].in_(items))
            elif name == "people":
                out[name] = _held(table, conn.execute(select(table).where(
                    table.c.id.in_(callers))).mappings(), held)
                held[name] = callers
            else:
                out[name] = _held(table, conn.execute(select(table)).mappings(), held)
                if "id" in table.c:
                    held[name] = {row[list(table.c.keys()).index("id")] for row in out[name]}
    return out


def _held(table: Table, rows: Any, held: dict[str, set[Any]]) -> list[tuple[Any, ...]]:
    """Desk records as a replica holds them: a reference to work is empty, one to a person or
    record it does not hold too, and a row that cannot be without one is not there."""
    work = {name for name, decl in TABLES.items() if decl.work_item_column} | {"work_items"}
    refs = [(fk.parent.name, fk.column.table.name, fk.parent.nullable)
            for fk in table.foreign_keys
            if fk.column.table.name in work or fk.column.table.name in held
            or fk.column.table.name == table.name == "people"]
    rows = list(rows)
    if table.name == "people":
        held = {**held, "people": {r["id"] for r in rows}}
    out = []
    for mapping in rows:
        row = dict(mapping)
        keep = True
        for column, target, nullable in refs:
            if row[column] is None or (target not in work and row[column] in held[target]):
                continue
            if nullable:
                row[column] = None
            else:
                keep = False
        if keep:
            out.append(tuple(row[c.name] for c in table.columns))
    return sorted(out, key=repr)


def replica_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = _local(path)
    try:
        with engine.connect() as conn:
            return {name: _rows(conn, Base.metadata.tables[name])
                    for name, decl in TABLES.items() if decl.sync is not Sync.NONE}
    finally:
        engine.dispose()


def assert_equal_projection(desk_db: Database, desk: Desk, path: Path) -> None:
    expected, got = projection(desk_db.engine, desk.team_id), replica_rows(path)
    for name in expected:
        assert got[name] == expected[name], name


def test_every_synced_table_is_logged_after_upgrade_and_after_a_bulk_load(
        desk_db: Database) -> None:
    from deskapp.db import maintenance

    with desk_db.engine.connect() as conn:
        assert changelog.logged_tables(conn) == set(changelog.synced_tables())
    with maintenance.indexes_suspended(desk_db.engine):
        with desk_db.engine.connect() as conn:  # a bulk load is not news for replicas
            assert changelog.logged_tables(conn) == set()
        assert any(o.change_log for o in maintenance.missing_objects(desk_db.engine))
    with desk_db.engine.connect() as conn:
        assert changelog.logged_tables(conn) == set(changelog.synced_tables())
    assert maintenance.missing_objects(desk_db.engine) == []


def test_a_team_replica_follows_the_desk_pull_after_pull(desk_db: Database, desk: Desk,
                                                         services: Services, tech: Actor,
                                                         replica_path: Path) -> None:
    inc = services.incidents
    mine = inc.create({"title": "Printer jams on floor 3", "impact": 2, "urgency": 2,
                       "team_id": desk.team_id, "caller_id": desk.caller_id})
    moving = inc.create({"title": "Switch port flapping", "impact": 2, "urgency": 2,
                         "team_id": desk.team_id})
    elsewhere = inc.create({"title": "Core router upgrade", "impact": 3, "urgency": 3,
                            "team_id": desk.other_team_id})
    services.incident_tasks.create(mine.id, {"title": "Order a new roller",
                                             "team_id": desk.team_id})
    inc.add_comment(mine.id, "Caller says it started after the toner change", work_note=False)

    summary = create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                             staff="tech1")
    assert summary.items == 3  # two incidents and the task
    assert_equal_projection(desk_db, desk, replica_path)

    # the desk moves on: an item leaves for another team, one arrives, one is resolved, a
    # comment, a link made and removed, a caller renamed, a new member
    inc.assign(moving.id, inc.get(moving.id).version, desk.other_team_id, None)
    # an agent may not take another team's item: an administrator hands it over
    admin = Services.build(desk_db.uow, ensure_staff(desk_db.uow, "lead1", "Lee Lead"))
    arriving = admin.incidents.assign(elsewhere.id, inc.get(elsewhere.id).version,
                                      desk.team_id, None)
    inc.add_comment(arriving.id, "Maintenance window agreed for Sunday", work_note=True)
    new = inc.create({"title": "Wi-Fi drops in meeting room B", "impact": 2, "urgency": 3,
                      "team_id": desk.team_id})
    link = services.work_items.link(new.id, mine.id, "relates_to")
    services.work_items.link(arriving.id, mine.id, "relates_to")
    services.work_items.unlink(link.id)
    with desk_db.engine.begin() as conn:
        conn.execute(text("UPDATE people SET full_name = 'Casey Caller-Jones', version = "
                          "version + 1 WHERE id = :id"), {"id": desk.caller_id})
        conn.execute(text("INSERT INTO team_members (team_id, staff_id, is_lead) VALUES "
                          "(:t, :s, false)"), {"t": desk.team_id, "s": desk.outsider_id})

    settled(desk_db.engine)
    result = pull(desk_db.engine, _local(replica_path))
    assert result.entries > 0 and result.added == 2 and result.removed == 1
    assert_equal_projection(desk_db, desk, replica_path)

    # resolving takes an item out of the open work; pulling twice changes nothing more
    item = inc.transition(new.id, inc.get(new.id).version, "in_progress")
    inc.transition(new.id, item.version, "resolved", resolution_code="Solved (permanently)",
                   resolution_notes="Access point replaced")
    settled(desk_db.engine)
    assert pull(desk_db.engine, _local(replica_path)).removed == 1
    assert_equal_projection(desk_db, desk, replica_path)
    again = pull(desk_db.engine, _local(replica_path))
    assert again.entries == 0
    assert_equal_projection(desk_db, desk, replica_path)


def test_a_slow_transaction_is_never_skipped(desk_db: Database, desk: Desk, services: Services,
                                             replica_path: Path) -> None:
    first = services.incidents.create({"title": "Laptop will not dock", "impact": 2,
                                       "urgency": 2, "team_id": desk.team_id})
    second = services.incidents.create({"title": "VPN token expired", "impact": 2,
                                        "urgency": 2, "team_id": desk.team_id})
    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    for round_ in range(5):
        slow = desk_db.engine.connect()
        tx = slow.begin()
        # the slow writer takes its transaction id first...
        slow.execute(text("INSERT INTO work_item_comments (id, work_item_id, body, work_note, "
                          "created_at) VALUES (:id, :item, :body, true, now())"),
                     {"id": uuid.uuid4(), "item": first.id, "body": f"slow {round_}"})
        # ...a fast one commits after it, with a larger id
        services.incidents.add_comment(second.id, f"fast {round_}", work_note=True)
        held = pull(desk_db.engine, _local(replica_path))
        assert held.waiting >= 1  # the fast comment, and it says so
        bodies = {value for row in replica_rows(replica_path)["work_item_comments"]
                  for value in row if isinstance(value, str)}
        assert f"fast {round_}" not in bodies  # held back: an older transaction still runs
        tx.commit()
        slow.close()
        settled(desk_db.engine)
        pull(desk_db.engine, _local(replica_path))
        assert_equal_projection(desk_db, desk, replica_path)


def test_bad_scopes_and_files_get_a_sentence(desk_db: Database, desk: Desk, tmp_path: Path,
                                             request: pytest.FixtureRequest,
                                             replica_path: Path) -> None:
    with pytest.raises(ValidationError, match="no team 'Nowhere'.*Network, Service Desk"):
        create_replica(desk_db.engine, replica_path, Scope(team="Nowhere"), staff="tech1")
    assert not replica_path.exists()
    with pytest.raises(ValidationError, match="not a replica scope"):
        Scope.parse("everything")
    with pytest.raises(ValidationError, match="no active staff record"):
        create_replica(desk_db.engine, replica_path, Scope(me=True), staff="nobody")
    create_replica(desk_db.engine, replica_path, Scope(me=True), staff="tech1")
    with pytest.raises(ValidationError, match="exists already"):
        create_replica(desk_db.engine, replica_path, Scope(me=True), staff="tech1")

    other = open_database(new_database_url("postgresql", request, tmp_path), auto_upgrade=False)
    try:
        ensure_staff(other.uow, "tech1", "Terry Technician")
        with pytest.raises(ValidationError, match="made from another desk"):
            pull(other.engine, _local(replica_path))
    finally:
        other.dispose()
    plain = tmp_path / "plain.sqlite3"
    open_database(sqlite_url(plain)).dispose()
    with pytest.raises(ValidationError, match="not an offline replica"):
        pull(desk_db.engine, _local(plain))


def test_pruning_the_log_tells_an_old_replica_to_start_again(desk_db: Database, desk: Desk,
                                                             services: Services, tmp_path: Path,
                                                             replica_path: Path) -> None:
    from deskapp.sync.replica import prune

    item = services.incidents.create({"title": "Badge reader offline", "impact": 2,
                                      "urgency": 2, "team_id": desk.team_id})
    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    current = tmp_path / "current.sqlite3"
    create_replica(desk_db.engine, current, Scope(team="Service Desk"), staff="tech1")
    services.incidents.add_comment(item.id, "Vendor booked for Monday", work_note=True)
    settled(desk_db.engine)
    assert pull(desk_db.engine, _local(current)).entries > 0  # this one kept up
    with desk_db.engine.begin() as conn:  # the log's entries so far are 40 days old
        conn.execute(text("UPDATE sync_log SET logged_at = now() - interval '40 days'"))
    with pytest.raises(ValidationError, match="1 to 3650 days"):
        prune(desk_db.engine, 0)
    pruned = prune(desk_db.engine, 30)
    assert pruned.removed > 0
    assert prune(desk_db.engine, 30).removed == 0  # nothing more to prune
    with pytest.raises(ValidationError, match="older than the desk's change log"):
        pull(desk_db.engine, _local(replica_path))
    settled(desk_db.engine)
    pull(desk_db.engine, _local(current))  # it had everything: it still syncs
    assert_equal_projection(desk_db, desk, current)
    fresh = tmp_path / "fresh.sqlite3"
    create_replica(desk_db.engine, fresh, Scope(team="Service Desk"), staff="tech1")
    pull(desk_db.engine, _local(fresh))
    assert_equal_projection(desk_db, desk, fresh)


def test_the_app_opens_a_replica_as_its_technician(desk_db: Database, desk: Desk,
                                                   replica_path: Path) -> None:
    from deskapp.app import sign_in
    from deskapp.services.replica import ReplicaService

    assert ReplicaService(desk_db.uow).info() is None  # the desk itself is no replica
    create_replica(desk_db.engine, replica_path, Scope(me=True), staff="tech1")
    replica = open_database(sqlite_url(replica_path))
    try:
        info = ReplicaService(replica.uow).info()
        assert info is not None and info.scope == "me" and info.login == "tech1"
        actor = sign_in(replica)
        assert actor.username == "tech1" and "technician" in actor.roles
        with replica.engine.connect() as conn:  # no local staff record was made up
            assert conn.scalar(text("SELECT count(*) FROM staff_users WHERE username = :u"),
                               {"u": "tech1"}) == 1
    finally:
        replica.dispose()


def test_a_pull_cut_by_the_server_changes_nothing_and_the_next_finishes_it(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """pg_terminate_backend in the middle of a batch: the replica keeps its cursor and rows,
    and pulling again applies everything exactly once."""
    from deskapp.sync import replica as replica_module

    item = services.incidents.create({"title": "Scanner offline", "impact": 2, "urgency": 2,
                                      "team_id": desk.team_id})
    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    for n in range(3):
        services.incidents.add_comment(item.id, f"Visit {n} booked", work_note=True)
    settled(desk_db.engine)
    before = replica_rows(replica_path)

    def cursor() -> tuple[Any, ...]:
        engine = _local(replica_path)
        try:
            with engine.connect() as conn:
                return tuple(conn.execute(text(
                    "SELECT cursor_txid, cursor_seq FROM replica_state")).one())
        finally:
            engine.dispose()

    where = cursor()
    real_apply = replica_module._apply

    def cut(rows: Any, resolved: Any, entries: Any) -> Any:
        pid = rows.server.scalar(text("SELECT pg_backend_pid()"))
        with desk_db.engine.connect() as killer:
            killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return real_apply(rows, resolved, entries)

    monkeypatch.setattr(replica_module, "_apply", cut)
    with pytest.raises(Exception):  # noqa: B017,PT011 - the connection is gone, whatever it says
        pull(desk_db.engine, _local(replica_path))
    assert replica_rows(replica_path) == before and cursor() == where  # nothing half applied
    monkeypatch.setattr(replica_module, "_apply", real_apply)
    assert pull(desk_db.engine, _local(replica_path)).entries >= 3
    assert_equal_projection(desk_db, desk, replica_path)


@pytest.mark.slow
def test_a_sync_killed_with_sigkill_is_finished_by_the_next(desk_db: Database, desk: Desk,
                                                            services: Services,
                                                            replica_path: Path) -> None:
    """kill -9 of `deskapp-admin sync` at different moments: the next sync converges."""
    import signal
    import subprocess
    import sys

    item = services.incidents.create({"title": "Plotter jams", "impact": 2, "urgency": 2,
                                      "team_id": desk.team_id})
    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    url = desk_db.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "deskapp.cli", "--database", url, "sync", "--replica",
               str(replica_path)]
    for delay in (0.3, 0.8, 1.5, 2.5):
        with desk_db.engine.begin() as conn:  # 2,500 comments: two batches of the log
            conn.execute(text(
                "INSERT INTO work_item_comments (id, work_item_id, body, work_note, created_at) "
                "SELECT gen_random_uuid(), :item, 'note ' || g, true, now() "
                "FROM generate_series(1, 2500) g"), {"item": item.id})
        settled(desk_db.engine)
        victim = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        time.sleep(delay)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        pull(desk_db.engine, _local(replica_path))
        assert_equal_projection(desk_db, desk, replica_path)


def test_a_big_pull_keeps_the_replicas_counts_and_search(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path) -> None:
    """More changed items than bulk_rewrite.THRESHOLD: the replica's open-work counts and
    full-text index are kept set by set; they must be what the row triggers would have made."""
    from deskapp.db.bulk_rewrite import THRESHOLD
    from deskapp.db.open_counts import recount_sql

    items = [services.incidents.create({"title": f"Kiosk {k}: card reader", "impact": 2,
                                        "urgency": 2, "team_id": desk.team_id})
             for k in range(THRESHOLD + 20)]
    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    with desk_db.engine.begin() as conn:  # a supervisor's mass edit on the desk
        conn.execute(text(
            "UPDATE work_items SET priority = 1 + (priority % 5), sla_state = 'warning', "
            "title = CASE WHEN number LIKE '%0' THEN 'Kiosk firmware pelican' ELSE title END, "
            "version = version + 1 WHERE id = ANY(:ids)"), {"ids": [i.id for i in items]})
    settled(desk_db.engine)
    local = _local(replica_path)
    pull(desk_db.engine, local)
    assert_equal_projection(desk_db, desk, replica_path)
    with local.begin() as conn:
        kept = sorted(conn.execute(text(
            "SELECT dimension, value, n FROM work_item_open_counts WHERE n <> 0")).all())
        for statement in recount_sql("sqlite"):
            conn.exec_driver_sql(statement)
        fresh = sorted(conn.execute(text(
            "SELECT dimension, value, n FROM work_item_open_counts WHERE n <> 0")).all())
        renamed = conn.scalar(text("SELECT count(*) FROM work_items WHERE title LIKE "
                                   "'%pelican'"))
        found = conn.scalar(text("SELECT count(*) FROM work_items_fts WHERE work_items_fts "
                                 "MATCH 'pelican'"))
        triggers = conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name IN ('work_items_fts_au', "
                                    "'work_items_open_counts_au')"))
    assert kept == fresh
    assert renamed and found == renamed and triggers == 2
    local.dispose()


def _made_desk_work(services: Services, desk: Desk, n: int = 6) -> list[Any]:
    items = [services.incidents.create({"title": f"Site {k}: alarm panel", "impact": 2,
                                        "urgency": 2, "team_id": desk.team_id})
             for k in range(n)]
    for item in items:
        services.incidents.add_comment(item.id, "Panel reset", work_note=True)
    return items


def test_an_interrupted_replica_creation_resumes_where_it_stopped(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path) -> None:
    items = _made_desk_work(services, desk)
    seen: list[str] = []

    def lost(table: str, _rows: int) -> None:
        seen.append(table)
        if table == "work_item_comments":  # the desk goes away in the middle
            raise ConnectionError("the network went down")

    with pytest.raises(ConnectionError):
        create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                       staff="tech1", progress=lost)
    partial = replica_path.with_name(replica_path.name + ".partial")
    noted = json.loads(partial.with_name(partial.name + ".json").read_text())
    assert partial.exists() and not replica_path.exists()
    assert "work_items" in noted["done"] and "work_item_comments" not in noted["done"]
    services.incidents.add_comment(items[0].id, "Engineer on the way", work_note=True)
    later = services.incidents.create({"title": "Site 9: door sensor", "impact": 2,
                                       "urgency": 2, "team_id": desk.team_id})
    again: list[str] = []
    summary = create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                             staff="tech1", progress=lambda table, _n: again.append(table))
    assert summary.resumed and replica_path.exists() and not partial.exists()
    assert "work_items" not in again and "work_item_comments" in again  # not copied twice
    settled(desk_db.engine)
    pull(desk_db.engine, _local(replica_path))  # from the first run's snapshot
    assert_equal_projection(desk_db, desk, replica_path)
    with _local(replica_path).connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM work_items WHERE title = :t"),
                           {"t": later.title}) == 1


def test_the_replica_file_is_whole_on_its_own_when_moved_into_place(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A WAL file is two files, and a rename moves one: the replica leaves WAL mode before it
    is moved, and a connection left open on it stops the move instead of leaving a file whose
    last writes (the replica record) stayed behind in the old name's ``-wal``; an app opening
    that file found no replica record and recorded no ops to push."""
    import sqlite3

    from deskapp import runtime
    from deskapp.runtime import is_replica

    _made_desk_work(services, desk)
    held: list[sqlite3.Connection] = []
    real_connect = runtime.connect

    def leaves_one_open(url: Any, **kwargs: Any) -> Engine:
        engine = real_connect(url, **kwargs)
        if str(url.database).endswith(".partial"):
            held.append(sqlite3.connect(url.database))
            held[-1].execute("SELECT count(*) FROM sqlite_master").fetchall()
        return engine

    monkeypatch.setattr(runtime, "connect", leaves_one_open)
    with pytest.raises(ValidationError, match="still open"):
        create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    assert not replica_path.exists()
    for conn in held:
        conn.close()
    monkeypatch.setattr(runtime, "connect", real_connect)
    summary = create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                             staff="tech1")
    assert summary.resumed
    assert sorted(p.name for p in replica_path.parent.iterdir()
                  if p.name.startswith(replica_path.name)) == [replica_path.name]
    laptop = open_database(sqlite_url(replica_path))
    try:
        assert is_replica(laptop.engine)
        with laptop.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM replica_state")) == 1
            assert conn.scalar(text("PRAGMA journal_mode")) == "wal"  # back for the app
    finally:
        laptop.dispose()
    assert_equal_projection(desk_db, desk, replica_path)


class _Killed(BaseException):
    """The process stopping (as KeyboardInterrupt or SystemExit would)."""


def test_a_kill_while_the_progress_note_is_written_keeps_what_was_copied(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The note of copied tables is rewritten after each table; a process killed halfway
    through that write (file opened and emptied, nothing written yet) once left an empty note,
    and the next run started from nothing."""
    _made_desk_work(services, desk)
    writes = 0
    real_write = Path.write_text

    def dies_in_the_fifth(path: Path, data: str, *args: object, **kwargs: object) -> int:
        nonlocal writes
        if path.name.startswith(replica_path.name + ".partial.json"):
            writes += 1
            if writes == 5:
                path.open("w").close()  # emptied, then the process is gone
                raise _Killed
        return real_write(path, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", dies_in_the_fifth)
    with pytest.raises(_Killed):
        create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    monkeypatch.setattr(Path, "write_text", real_write)
    again: list[str] = []
    summary = create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                             staff="tech1", progress=lambda table, _n: again.append(table))
    assert summary.resumed
    assert again and again[0] != synced()[0].name  # the tables copied first were kept
    assert_equal_projection(desk_db, desk, replica_path)


@pytest.mark.slow
def test_a_replica_creation_killed_with_sigkill_resumes(
        desk_db: Database, desk: Desk, services: Services, replica_path: Path) -> None:
    import signal
    import subprocess
    import sys

    _made_desk_work(services, desk, 40)
    noted = replica_path.with_name(replica_path.name + ".partial.json")
    url = desk_db.url.render_as_string(hide_password=False)
    victim = subprocess.Popen(
        [sys.executable, "-m", "deskapp.cli", "--database", url, "replica", "create",
         "--scope", "team:Service Desk", "--to", str(replica_path), "--staff", "tech1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and victim.poll() is None:
        try:
            if len(json.loads(noted.read_text())["done"]) >= 8:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.01)
    assert victim.poll() is None, "the creation finished before it could be killed"
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert not replica_path.exists()
    summary = create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"),
                             staff="tech1")
    assert summary.resumed
    settled(desk_db.engine)
    pull(desk_db.engine, _local(replica_path))
    assert_equal_projection(desk_db, desk, replica_path)


def test_desk_records_pointing_outside_the_scope_do_not_stop_a_replica(
        desk_db: Database, desk: Desk, services: Services, tech: Actor,
        replica_path: Path) -> None:
    """Access grants and articles written from tickets point at items and people a replica
    does not hold: making one failed on a foreign key (the 1M demo desk could not be taken
    offline). The replica holds them as far as it can, and pulls keep it so."""
    from datetime import UTC, datetime

    from deskapp.db.models import (
        AccessGrant,
        AccessReview,
        AccessReviewItem,
        AccessSystem,
        Entitlement,
        KbArticle,
        Person,
    )

    mine = services.incidents.create({"title": "Badge reader refuses my card", "impact": 2,
                                      "urgency": 2, "team_id": desk.team_id,
                                      "caller_id": desk.caller_id})
    elsewhere = services.incidents.create({"title": "Payroll export fails", "impact": 3,
                                           "urgency": 3, "team_id": desk.other_team_id})
    with desk_db.uow() as uow:
        session = uow.session
        stranger = Person(id=uuid.uuid4(), full_name="Stella Stranger",
                          manager_id=desk.caller_id)
        system = AccessSystem(id=uuid.uuid4(), name="Door badges")
        role = Entitlement(id=uuid.uuid4(), system_id=system.id, name="Main entrance")
        session.add_all([stranger, system])
        session.flush()
        session.add(role)
        session.flush()
        held = AccessGrant(id=uuid.uuid4(), person_id=desk.caller_id, entitlement_id=role.id,
                           system_id=system.id, request_id=elsewhere.id)
        other = AccessGrant(id=uuid.uuid4(), person_id=stranger.id, entitlement_id=role.id,
                            system_id=system.id, request_id=elsewhere.id)
        article = KbArticle(id=uuid.uuid4(), number="KB-000900", title="Payroll export",
                            author_id=tech.staff_id, source_item_id=elsewhere.id)
        review = AccessReview(id=uuid.uuid4(), title="Badges, December",
                              due_at=datetime(2026, 12, 31, tzinfo=UTC))
        session.add_all([held, other, article, review])
        session.flush()
        session.add_all([AccessReviewItem(
            id=uuid.uuid4(), review_id=review.id, grant_id=grant.id, person_name="x",
            access_label="Door badges: Main entrance", reviewer_person_id=stranger.id,
            reviewer_name="Stella Stranger", reviewer_role="manager")
            for grant in (held, other)])
        uow.commit()

    create_replica(desk_db.engine, replica_path, Scope(team="Service Desk"), staff="tech1")
    assert_equal_projection(desk_db, desk, replica_path)
    tables = Base.metadata.tables
    with _local(replica_path).connect() as conn:
        grants = conn.execute(select(tables["access_grants"].c.id,
                                     tables["access_grants"].c.request_id)).all()
        assert grants == [(held.id, None)]  # the caller's, without the request it holds not
        review_items = tables["access_review_items"]
        assert conn.execute(select(review_items.c.grant_id,
                                   review_items.c.reviewer_person_id)).all() == [
            (held.id, None)]  # the line of the grant it holds; a reviewer it does not hold
        assert conn.scalar(select(tables["kb_articles"].c.source_item_id).where(
            tables["kb_articles"].c.id == article.id)) is None

    # the desk moves on: the other item arrives in the scope, the stranger's grant changes
    admin = Services.build(desk_db.uow, ensure_staff(desk_db.uow, "lead1", "Lee Lead"))
    admin.incidents.assign(elsewhere.id, services.incidents.get(elsewhere.id).version,
                           desk.team_id, None)
    with desk_db.engine.begin() as conn:
        conn.execute(text("UPDATE access_grants SET note = 'renewed', version = version + 1"))
    settled(desk_db.engine)
    assert pull(desk_db.engine, _local(replica_path)).added == 1
    assert_equal_projection(desk_db, desk, replica_path)
    with _local(replica_path).connect() as conn:
        assert conn.scalar(select(tables["work_items"].c.id).where(
            tables["work_items"].c.id == mine.id)) == mine.id


def test_a_moved_file_without_its_replica_record_is_refused_and_removed(tmp_path: Path) -> None:
    """The last check of making a replica: a file under its final name without the replica
    record would open as an ordinary desk and record no offline work, so it is removed and
    the person told to make the replica again."""
    from deskapp.sync import replica as replica_module

    target = tmp_path / "laptop.sqlite3"
    raw = sqlite3.connect(target)
    raw.execute("CREATE TABLE replica_state (id TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(ValidationError, match="was not written completely"):
        replica_module._check_moved(target)
    assert not target.exists()
    raw = sqlite3.connect(target)
    raw.execute("CREATE TABLE replica_state (id TEXT)")
    raw.execute("INSERT INTO replica_state VALUES ('one')")
    raw.commit()
    raw.close()
    replica_module._check_moved(target)  # a whole one stays
    assert target.exists()
