"""Nothing lost, nothing raw (issue 16): fsync on commit, fsynced settings, typed operating
errors, read-only desks, crash-safe bulk-load suspension, guarded downgrades, backups."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.engine import URL

from deskapp.config import atomic, profiles
from deskapp.config.profiles import Profile, ProfileStore
from deskapp.db import maintenance, migrate
from deskapp.db.engine import make_engine, session_factories
from deskapp.db.models import Incident
from deskapp.errors import DatabaseBusy, ReadOnlyDatabase, StorageFull
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

ROOT = Path(__file__).resolve().parents[2]


def _admin(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskapp.cli", *args], capture_output=True,
                          text=True, timeout=300, input=stdin, cwd=ROOT)


def _incidents(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Incident)).scalar_one())


def _services(db: Database) -> Services:
    return Services.build(db.uow, ensure_staff(db.uow, "dur.agent", "Dee Durable"))


def _database(url: URL, **engine_options: object) -> Database:
    engine = make_engine(url, **engine_options)  # type: ignore[arg-type]
    return Database(url, engine, UnitOfWorkFactory(*session_factories(engine)))


DRAFT = {"title": "Printer on fire", "impact": 2, "urgency": 2, "category": "Hardware"}


# -- 1. power loss ---------------------------------------------------------------------------

def test_every_sqlite_connection_commits_with_fsync(sqlite_database: Database) -> None:
    """synchronous=FULL (2) on writer and reader connections alike (was NORMAL: no fsync)."""
    seen = []
    for read_only in (False, True):
        with sqlite_database.uow(read_only=read_only) as uow:
            seen.append(uow.session.execute(text("PRAGMA synchronous")).scalar())
            seen.append(uow.session.execute(text("PRAGMA journal_mode")).scalar())
    fresh = sqlite_database.engine.raw_connection()  # a new pooled connection, too
    try:
        seen.append(fresh.cursor().execute("PRAGMA synchronous").fetchone()[0])
    finally:
        fresh.close()
    assert seen == [2, "wal", 2, "wal", 2]


def test_profiles_are_written_whole_and_fsynced(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKAPP_CONFIG_DIR", str(tmp_path / "config"))
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    store = ProfileStore()
    store.upsert(Profile("Team", "postgresql://agent@db.example.com/desk"))
    store.save()
    assert len(synced) == 2  # the file's data, then the folder holding the rename
    assert ProfileStore.load().get("Team").url.endswith("/desk")

    # a failure before the rename leaves the old file whole and no temporary file behind
    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    store.current = "Team"
    with pytest.raises(OSError):
        store.save()
    assert ProfileStore.load().current == "Local"
    assert [p.name for p in ProfileStore.file().parent.iterdir()] == ["profiles.json"]


def test_empty_or_nul_database_option_is_refused(tmp_path: Path) -> None:
    empty = _admin("--database", "", "db", "current")
    assert empty.returncode == 2 and "The database URL is empty" in empty.stderr
    # the shell cannot pass NUL in an argument; the parser is what refuses it
    from deskapp.config.urls import parse_database_url
    from deskapp.errors import ConfigError

    with pytest.raises(ConfigError, match="NUL"):
        parse_database_url(f"sqlite:///{tmp_path}/a\x00b.db")
    assert profiles.resolve_url("sqlite:////x/desk.db").database == "/x/desk.db"


def test_db_current_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "not" / "there.sqlite3"
    result = _admin("--database", f"sqlite:///{target}", "db", "current")
    assert result.returncode == 2 and "There is no DeskApp database" in result.stderr
    assert not (tmp_path / "not").exists()


# -- 3. typed operating errors ---------------------------------------------------------------

@pytest.fixture
def locked_file(sqlite_database: Database) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock (BEGIN EXCLUSIVE) on the desk's file."""
    assert sqlite_database.engine.url.database
    other = sqlite3.connect(sqlite_database.engine.url.database, isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_lock_held_past_the_busy_timeout_is_a_typed_error(
        sqlite_database: Database, locked_file: sqlite3.Connection) -> None:
    url = sqlite_database.engine.url
    ensure_staff(sqlite_database.uow, "dur.agent", "Dee Durable")
    impatient = _database(url, busy_timeout_ms=150)
    try:
        services = _services(impatient)
        kept = services.incidents.create(DRAFT)
        locked_file.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusy, match="busy.*Your changes are still here"):
            services.incidents.create(DRAFT)
        with pytest.raises(DatabaseBusy):
            services.incidents.update(kept.id, kept.version, {"title": "Printer fine"})
        locked_file.execute("ROLLBACK")
        assert _incidents(impatient.engine) == 1
        assert services.incidents.get(kept.id).title == DRAFT["title"]
        assert services.incidents.create(DRAFT).number == "INC-000002"  # lock gone: saves
    finally:
        impatient.dispose()


def _limit_pages(engine: Engine) -> None:
    """SQLite's max_page_count: the file may not grow past its size now (a full disk)."""
    @event.listens_for(engine, "connect")
    def _cap(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_a_typed_error_and_nothing_is_half_saved(
        sqlite_database: Database) -> None:
    url = sqlite_database.engine.url
    services = _services(sqlite_database)
    kept = services.incidents.create(DRAFT)
    with sqlite_database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_database.dispose()
    full = _database(url)
    _limit_pages(full.engine)
    try:
        services = _services(full)
        big = dict(DRAFT, description="x" * 20_000)
        with pytest.raises(StorageFull, match="disk .* is full.*free some disk space"):
            services.incidents.create(big)
        with pytest.raises(StorageFull):
            services.incidents.update(kept.id, kept.version, {"description": "y" * 20_000})
        assert _incidents(full.engine) == 1
        assert services.incidents.get(kept.id).version == kept.version
    finally:
        full.dispose()


def test_a_read_only_data_folder_opens_read_only(sqlite_database: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    services = _services(sqlite_database)
    kept = services.incidents.create(DRAFT)
    url = sqlite_database.engine.url
    sqlite_database.dispose()
    assert url.database
    folder = str(Path(url.database).resolve().parent)
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # the tests run as root: chmod is no barrier
        if str(path).startswith(folder) and mode & os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    from deskapp import runtime

    monkeypatch.setattr(runtime.os, "access", access)
    db = open_database(url)
    try:
        assert db.read_only
        services = _services(db)
        assert services.incidents.get(kept.id).title == DRAFT["title"]
        with pytest.raises(ReadOnlyDatabase, match="can only be read.*write access"):
            services.incidents.update(kept.id, kept.version, {"title": "Changed"})
        with pytest.raises(ReadOnlyDatabase):
            services.incidents.create(DRAFT)
        assert _incidents(db.engine) == 1
    finally:
        db.dispose()


AS_NOBODY = """
import sys
from sqlalchemy.engine import make_url
from deskapp.errors import ReadOnlyDatabase
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import resolve_actor

db = open_database(make_url(sys.argv[1]))
services = Services.build(db.uow, resolve_actor(db.uow, "dur.agent"))
found = services.search.search("printer").hits
try:
    services.incidents.create({"title": "x", "impact": 2, "urgency": 2})
except ReadOnlyDatabase as exc:
    print(db.read_only, len(found), str(exc).split(",")[0])
"""


def test_a_data_folder_another_user_owns_opens_read_only(sqlite_database: Database) -> None:
    """For real: the desk in a root-owned folder, opened as 'nobody' (as the bundle smoke test
    does for an empty data folder)."""
    import shutil
    import tempfile

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run as another user")
    _services(sqlite_database).incidents.create(DRAFT)
    assert sqlite_database.engine.url.database
    with sqlite_database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = Path(tempfile.mkdtemp(prefix="deskapp-ro-"))
    try:
        folder.chmod(0o755)
        shutil.copy(sqlite_database.engine.url.database, folder / "desk.sqlite3")
        done = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-c", AS_NOBODY, f"sqlite:///{folder / 'desk.sqlite3'}"],
            capture_output=True, text=True, timeout=120, cwd="/")
        assert done.stdout.strip() == "True 1 The database can only be read (the file or " \
            "its folder is read-only", done.stderr
    finally:
        shutil.rmtree(folder)


def test_migrations_begin_immediate_and_a_held_lock_is_typed(tmp_path: Path) -> None:
    url = URL.create("sqlite+pysqlite", database=str(tmp_path / "mig.sqlite3"))
    engine = make_engine(url)
    begins: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(_c: object, _cur: object, statement: str, *_a: object) -> None:
        if statement.startswith("BEGIN"):
            begins.append(statement)

    migrate.upgrade(engine, "0001")
    assert begins and set(begins) == {"BEGIN IMMEDIATE"}
    engine.dispose()

    # a writer holding the lock for a moment: the migration waits for it and then runs
    holder = sqlite3.connect(str(tmp_path / "mig.sqlite3"), isolation_level=None,
                             check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))
    releaser.start()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        releaser.join()
        # held past the (short) timeout: a typed error, the schema untouched
        holder.execute("BEGIN EXCLUSIVE")
        impatient = make_engine(url, busy_timeout_ms=100)
        with pytest.raises(DatabaseBusy):
            migrate.downgrade(impatient, "0003")
        impatient.dispose()
        holder.execute("ROLLBACK")
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        holder.close()
        engine.dispose()


# -- 2. interrupted bulk loads ---------------------------------------------------------------

KILL_LOAD = """
import os, signal, sys
from sqlalchemy.engine import make_url
from deskapp.db.demo import generate
from deskapp.db.engine import make_engine

engine = make_engine(make_url(sys.argv[1]))

def progress(done, total):
    if done >= 2000:
        print("loading", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

generate(engine, 20000, seed=5, batch_size=500, parallel=False, suspend_indexes=True,
         progress=progress)
"""


def _killed_load(url: str) -> None:
    done = subprocess.run([sys.executable, "-c", KILL_LOAD, url], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)
    assert done.returncode == -signal.SIGKILL and "loading" in done.stdout, done.stderr


def test_a_killed_bulk_load_is_reported_by_check_and_repaired_on_open(
        database: Database) -> None:
    url = database.engine.url.render_as_string(hide_password=False)
    local = database.is_local
    database.dispose()
    _killed_load(url)
    check = _admin("--database", url, "db", "check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "run 'deskapp-admin db repair'" in check.stdout
    assert "queue index ix_queue_priority" in check.stdout
    assert ("search trigger work_items_fts_ai" if local else
            "search index ix_search_work_items_vector") in check.stdout
    if local:  # the next open of a local desk repairs by itself
        reopened = open_database(database.url)
        try:
            assert maintenance.missing_objects(reopened.engine) == []
            with reopened.engine.connect() as conn:  # the loaded rows are searchable
                found = conn.exec_driver_sql(
                    "SELECT count(*) FROM work_items_fts WHERE work_items_fts MATCH 'printer OR "
                    "email OR vpn OR laptop OR password'").scalar()
                written = conn.exec_driver_sql("SELECT count(*) FROM work_items").scalar()
            assert written and written >= 2000 and found
            services = _services(reopened)
            number = services.incidents.create(dict(DRAFT, title="Zyxwv trigger check")).number
            assert [r.number for r in services.search.search("zyxwv").hits] == [number]
        finally:
            reopened.dispose()
    else:
        repair = _admin("--database", url, "db", "repair")
        assert repair.returncode == 0 and "recreated queue index" in repair.stdout, repair.stderr
    again = _admin("--database", url, "db", "check")
    assert again.returncode == 0 and "search triggers are present" in again.stdout, again.stdout


# -- 4. destructive commands, backups ---------------------------------------------------------

def test_downgrade_with_data_needs_yes_and_takes_a_backup(sqlite_database: Database,
                                                          tmp_path: Path) -> None:
    services = _services(sqlite_database)
    services.incidents.create(DRAFT)
    url = sqlite_database.engine.url
    sqlite_database.dispose()
    assert url.database
    raw = f"sqlite:///{url.database}"
    refused = _admin("--database", raw, "db", "downgrade", "base")
    assert refused.returncode == 2 and "--yes" in refused.stderr and "may drop data" in \
        refused.stderr
    assert "Traceback" not in refused.stderr
    wrong = _admin("--database", raw, "db", "downgrade", "base", stdin="yes\n")  # no terminal
    assert wrong.returncode == 2
    check = _database(url)
    assert _incidents(check.engine) == 1 and migrate.current_revision(check.engine) == \
        migrate.head_revision()
    check.dispose()

    done = _admin("--database", raw, "db", "downgrade", "base", "--yes")
    assert done.returncode == 0 and "now at base" in done.stdout, done.stderr
    backup = Path(done.stdout.split("backup: ", 1)[1].split(" ", 1)[0])
    assert backup.is_file() and backup.parent == Path(url.database).parent / "backups"
    restored = _admin("--database", raw, "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    back = open_database(url)
    try:
        assert _incidents(back.engine) == 1
    finally:
        back.dispose()


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_postgresql_downgrade_refuses_without_yes_naming_pg_dump(database: Database) -> None:
    _services(database).incidents.create(DRAFT)
    url = database.engine.url.render_as_string(hide_password=False)
    refused = _admin("--database", url, "db", "downgrade", "base")
    assert refused.returncode == 2 and "pg_dump" in refused.stderr and "--yes" in \
        refused.stderr
    assert _incidents(database.engine) == 1
    backup = _admin("--database", url, "backup")
    assert backup.returncode == 2 and "pg_dump" in backup.stderr


def test_backup_while_writing_and_restore(sqlite_database: Database, tmp_path: Path) -> None:
    services = _services(sqlite_database)
    first = services.incidents.create(DRAFT)
    url = sqlite_database.engine.url
    raw = f"sqlite:///{url.database}"
    made = _admin("--database", raw, "backup", str(tmp_path / "copy.sqlite3"))
    assert made.returncode == 0, made.stderr
    services.incidents.create(dict(DRAFT, title="After the backup"))
    assert maintenance.check_backup(tmp_path / "copy.sqlite3") == migrate.head_revision()
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    junk = _admin("--database", raw, "restore", str(tmp_path / "junk.sqlite3"), "--yes")
    assert junk.returncode == 2 and "cannot be restored" in junk.stderr
    no = _admin("--database", raw, "restore", str(tmp_path / "copy.sqlite3"))
    assert no.returncode == 2 and "--yes" in no.stderr
    assert _incidents(sqlite_database.engine) == 2
    ok = _admin("--database", raw, "restore", str(tmp_path / "copy.sqlite3"), "--yes")
    assert ok.returncode == 0 and "the desk as it was" in ok.stdout, ok.stderr
    # the open engine sees the restored desk (restored through SQLite, not a file swap)
    assert _incidents(sqlite_database.engine) == 1
    assert services.incidents.get(first.id).title == DRAFT["title"]


def test_new_desks_have_16_kb_pages_and_older_desks_restore_into_them(
        sqlite_database: Database, tmp_path: Path) -> None:
    """A new desk file is made with 16 KB pages (engine.SQLITE_PAGE_SIZE); an older desk's
    4 KB backup restores into it once nothing has it open (SQLite copies into a WAL file only
    at the same page size), and is refused with a sentence, changing nothing, while it is."""
    from deskapp.db.engine import SQLITE_PAGE_SIZE

    assert SQLITE_PAGE_SIZE == 16_384
    services = _services(sqlite_database)
    services.incidents.create(DRAFT)
    path = sqlite_database.engine.url.database
    assert path
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == SQLITE_PAGE_SIZE
    older = tmp_path / "older.sqlite3"
    assert _admin("--database", f"sqlite:///{path}", "backup", str(older)).returncode == 0
    raw = sqlite3.connect(older, isolation_level=None)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("PRAGMA page_size = 4096")
    raw.execute("VACUUM")  # the backup as a desk made before 16 KB pages would have it
    raw.execute("UPDATE work_items SET title = 'From the older desk'")
    raw.close()
    services.incidents.create(dict(DRAFT, title="Only in the newer desk"))

    held = _admin("--database", f"sqlite:///{path}", "restore", str(older), "--yes")
    assert held.returncode == 2, held.stdout
    assert "page size" in held.stderr and "close DeskApp" in held.stderr
    assert "Nothing was changed" in held.stderr
    assert _incidents(sqlite_database.engine) == 2

    sqlite_database.dispose()  # the desk closed everywhere
    done = _admin("--database", f"sqlite:///{path}", "restore", str(older), "--yes")
    assert done.returncode == 0, done.stderr
    reopened = open_database(URL.create("sqlite", database=path))
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096  # kept as made
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("SELECT title FROM work_items").scalars().all() == [
                "From the older desk"]
        _services(reopened).incidents.create(dict(DRAFT, title="Logged after the restore"))
        assert _incidents(reopened.engine) == 2
    finally:
        reopened.dispose()


def test_daily_backup_once_a_day_keeping_the_newest(sqlite_database: Database) -> None:
    assert sqlite_database.engine.url.database
    file = Path(sqlite_database.engine.url.database)
    day = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    made = [maintenance.daily_backup(file, keep=3, now=day + timedelta(days=n, hours=h))
            for n in range(5) for h in (0, 5)]
    assert [m is not None for m in made] == [True, False] * 5
    kept = sorted(p.name for p in maintenance.backups_folder(file).iterdir())
    assert [name.split("-daily-")[1][:8] for name in kept] == ["20261203", "20261204",
                                                               "20261205"]


def test_a_unique_value_taken_meanwhile_is_a_conflict_not_a_driver_error(
        database: Database) -> None:
    """Two writers pass the service's "is the code free?" check; the second insert hits the
    database's UNIQUE constraint: a ConflictError sentence, nothing written."""
    from deskapp.db.models import Team
    from deskapp.errors import ConflictError
    from deskapp.repositories.uow import DUPLICATE_MESSAGE

    with database.uow() as uow:
        uow.session.add(Team(name="Network"))
        uow.commit()
    with pytest.raises(ConflictError, match="already uses this name or code"), \
            database.uow() as uow:
        uow.session.add(Team(name="Network"))
        uow.commit()
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM teams")).scalar() == 1
    assert DUPLICATE_MESSAGE.endswith("choose another.")
