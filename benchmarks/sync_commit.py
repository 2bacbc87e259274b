"""Edit commit with SQLite synchronous=NORMAL and FULL, interleaved on one database file.

    python -m benchmarks.sync_commit PATH/TO/desk.db [PAIRS]

Two engines on the same file, one per setting, take turns (NORMAL then FULL, then FULL then
NORMAL, ...), so a machine whose load drifts affects both alike. Each turn times
``IncidentService.update`` of a title (the benchmark's "edit commit") and a bare
``UPDATE ... ; COMMIT`` through the driver (the fsync alone). See docs/performance.md.
"""

from __future__ import annotations

import statistics
import sys
import time

from sqlalchemy import select
from sqlalchemy.engine import URL

import deskapp.db.engine as engine_module
from deskapp.db.engine import make_engine, session_factories
from deskapp.db.models import Incident
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

MODES = ("NORMAL", "FULL")


def _p95(values: list[float]) -> float:
    return sorted(values)[max(int(len(values) * 0.95) - 1, 0)]


def main(argv: list[str]) -> None:
    path, pairs = argv[0], int(argv[1]) if len(argv) > 1 else 150
    url = URL.create("sqlite+pysqlite", database=path)
    built = {}
    for mode in MODES:
        engine_module.SQLITE_SYNCHRONOUS = mode  # read when each connection opens
        engine = make_engine(url)
        uow = UnitOfWorkFactory(*session_factories(engine))
        built[mode] = (engine, Services.build(uow, ensure_staff(uow, "bench.sync", "Bench Sync")))
    with built["FULL"][0].connect() as conn:
        ids = conn.execute(select(Incident.id).where(Incident.status == "new").limit(200)
                           ).scalars().all()
    edit: dict[str, list[float]] = {m: [] for m in MODES}
    bare: dict[str, list[float]] = {m: [] for m in MODES}
    for i in range(pairs):
        for mode in (MODES if i % 2 else tuple(reversed(MODES))):
            engine, services = built[mode]
            current = services.incidents.get(ids[i % len(ids)])
            title = f"{current.title.split(' #')[0]} #{i}{mode[0]}"
            t0 = time.perf_counter()
            services.incidents.update(current.id, current.version, {"title": title})
            edit[mode].append((time.perf_counter() - t0) * 1000)
            raw = engine.raw_connection()
            try:
                cur = raw.cursor()
                t0 = time.perf_counter()
                cur.execute("BEGIN IMMEDIATE")
                cur.execute("UPDATE incidents SET title = title WHERE id = ?",
                            (ids[(i + 7) % len(ids)].hex,))
                cur.execute("COMMIT")
                bare[mode].append((time.perf_counter() - t0) * 1000)
            finally:
                raw.close()
    for mode in MODES:
        print(f"{mode:6} edit commit p50 {statistics.median(edit[mode]):6.1f} ms, p95 "
              f"{_p95(edit[mode]):6.1f} ms | bare UPDATE + COMMIT p50 "
              f"{statistics.median(bare[mode]):5.2f} ms, p95 {_p95(bare[mode]):5.2f} ms "
              f"({pairs} pairs)")


if __name__ == "__main__":
    main(sys.argv[1:])
