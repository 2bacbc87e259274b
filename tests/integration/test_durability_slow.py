"""Durability under violence (issue 16, part 6): a writer killed with SIGKILL at random points,
and a disk that fills up. Marked ``slow``; the normal run deselects them, ``.ci/run`` runs them:

    python -m pytest -m slow tests/integration/test_durability_slow.py
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.engine import URL

from deskapp.db.engine import make_engine, session_factories
from deskapp.db.models import Incident
from deskapp.errors import StorageFull
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILL_CYCLES = int(os.environ.get("DESKAPP_KILL_CYCLES", "60"))


WRITER = """
import sys
from sqlalchemy.engine import make_url
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

db = open_database(make_url(sys.argv[1]))
services = Services.build(db.uow, ensure_staff(db.uow, "writer", "Kill Target"))
n = 0
while True:
    n += 1
    dto = services.incidents.create({"title": f"kill test {sys.argv[2]}-{n}", "impact": 2,
                                     "urgency": 2, "description": "x" * (n % 7 * 300)})
    if n % 3 == 0:
        dto = services.incidents.update(dto.id, dto.version, {"title": dto.title + " edited"})
    print(dto.number, dto.version, flush=True)   # acknowledged: committed and returned
"""


def _acknowledged(line: str, into: dict[str, int]) -> bool:
    """Record a whole "NUMBER VERSION" line; a line the kill cut short acknowledged nothing."""
    parts = line.split()
    if not line.endswith("\n") or len(parts) != 2 or not parts[1].isdigit():
        return False
    into[parts[0]] = max(into.get(parts[0], 0), int(parts[1]))
    return True


def _titles(engine: Engine) -> dict[str, tuple[int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(Incident.number, Incident.version, Incident.title)).all()
    return {number: (version, title) for number, version, title in rows}


def test_killed_writers_lose_no_acknowledged_write(sqlite_database: Database) -> None:
    url = sqlite_database.engine.url
    sqlite_database.dispose()
    rng = random.Random(16)
    acknowledged: dict[str, int] = {}
    for cycle in range(KILL_CYCLES):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, url.render_as_string(hide_password=False),
             str(cycle)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        # kill at a random point: after 0-40 acknowledged writes and a random extra delay,
        # so the SIGKILL lands anywhere in a transaction, a commit or between them
        target = rng.randint(0, 40)
        seen = 0
        while seen < target:
            line = proc.stdout.readline()
            if not line:
                break
            seen += _acknowledged(line, acknowledged)
        time.sleep(rng.random() * 0.05)
        proc.send_signal(signal.SIGKILL)
        # read on through the same text stream (communicate() would read the pipe under it,
        # skipping what readline had buffered and starting mid-line)
        rest = proc.stdout.read()
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, err
        for line in rest.splitlines(keepends=True):  # acknowledged before the kill landed
            _acknowledged(line, acknowledged)
    db = open_database(url)
    try:
        stored = _titles(db.engine)
        lost = {n: v for n, v in acknowledged.items()
                if n not in stored or stored[n][0] < v}
        assert not lost, f"{len(lost)} acknowledged writes lost: {sorted(lost)[:10]}"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            conn.exec_driver_sql(
                "INSERT INTO work_items_fts(work_items_fts) VALUES ('integrity-check')")
    finally:
        db.dispose()
    assert len(acknowledged) > KILL_CYCLES  # the writers did get work done


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 24 MB tmpfs where this machine lets us mount one (root in CI), else None: the
    empty desk (5 MB since new desks have 16 KB pages), the 1.5 MB file the person deletes to
    make room, and room for a few dozen saves (each writes its pages to the WAL, about 0.7 MB
    a save with 16 KB pages) before the disk is full."""
    mount = tmp_path / "small"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        yield None
        return
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)],
                          capture_output=True)
    if made.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill_until_full(db: Database) -> tuple[Services, dict[str, int]]:
    services = Services.build(db.uow, ensure_staff(db.uow, "filler", "Fill Up"))
    acknowledged: dict[str, int] = {}
    for n in range(100_000):
        try:
            dto = services.incidents.create({"title": f"fill {n}", "impact": 3, "urgency": 3,
                                             "description": "d" * 4000})
        except StorageFull:
            break
        acknowledged[dto.number] = dto.version
    else:
        pytest.fail("the disk never filled up")
    return services, acknowledged


def _verify(url: URL, acknowledged: dict[str, int]) -> None:
    engine = make_engine(url)
    try:
        stored = _titles(engine)
        assert all(n in stored for n in acknowledged)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


@pytest.mark.parametrize("how", ["filesystem", "max_page_count"])
def test_a_full_disk_gives_the_typed_error_and_loses_nothing(
        how: str, sqlite_template: Path, small_disk: Path | None, tmp_path: Path) -> None:
    if how == "filesystem":
        if small_disk is None:
            pytest.skip("no small file system can be mounted here; max_page_count covers it")
        folder = small_disk
    else:
        folder = tmp_path
    file = folder / "desk.sqlite3"
    shutil.copy(sqlite_template, file)
    filler = folder / "other-files.bin"  # what the person deletes to make room
    if how == "filesystem":
        filler.write_bytes(b"\0" * 1_500_000)
    url = URL.create("sqlite+pysqlite", database=str(file))
    engine = make_engine(url)
    if how == "max_page_count":
        @event.listens_for(engine, "connect")
        def _cap(dbapi_conn: object, _record: object) -> None:
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
            size = dbapi_conn.execute("PRAGMA page_size").fetchone()[0]  # type: ignore[attr-defined]
            room = 1_228_800 // size  # 1.2 MB to fill, whatever the page size
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + room}")  # type: ignore[attr-defined]
    db = Database(url, engine, UnitOfWorkFactory(*session_factories(engine)))
    try:
        _services, acknowledged = _fill_until_full(db)
        assert len(acknowledged) > 10
    finally:
        db.dispose()
    _verify(url, acknowledged)
    if how == "filesystem":
        filler.unlink()  # space comes back: saving works again, search still finds the rows
        free = open_database(url)
        try:
            services = Services.build(free.uow, ensure_staff(free.uow, "filler", "Fill Up"))
            more = services.incidents.create({"title": "after cleaning up", "impact": 3,
                                              "urgency": 3})
            first = next(iter(acknowledged))
            assert [h.number for h in services.search.search(first).hits][:1] == [first]
            assert services.incidents.get(more.id).title == "after cleaning up"
        finally:
            free.dispose()
