"""CMDB impact analysis at estate scale: the Impact tab's service call on a large CI graph.

``python -m benchmarks.cmdb_impact [--cis 100000] [--samples 200] [--sqlite PATH]
[--postgres URL | --no-postgres]`` builds (or reuses) a database per backend holding a large
estate (``deskapp.db.demo.cmdb.generate_estate``: about three relations per CI, with hubs), then
measures ``ImpactService.impact`` as the Impact tab calls it:

* upstream and downstream to depth 5 over every relation type from random CIs (p50, p95;
  target p95 <= 50 ms),
* upstream to depth 5 from the biggest hubs (the CIs most relations point at; each hub's median
  of 3 runs; target: the worst <= 500 ms), beside the recursive CTE walk the Impact tab used
  before (``walk_cte``, the walk alone; ``--no-cte`` leaves it out: it takes seconds a hub),
* ``within_hops`` (2 hops, the change order's conflict check) from random CIs.

Beside wall-clock times it records the benchmark process's CPU time: on SQLite (in the process)
that is the walk's own cost whatever else the machine runs; on PostgreSQL only the client's
share. The load average before and after goes into the JSON.

Results go to ``benchmarks/results/<stamp>-cmdb-impact-<databases>.json``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL

from benchmarks.harness import Record, save_results
from deskapp.config.urls import parse_database_url
from deskapp.db import migrate
from deskapp.db.demo.cmdb import generate_estate
from deskapp.db.engine import make_engine
from deskapp.db.models import CiRelation, ConfigurationItem
from deskapp.domain.cmdb import RELATION_TYPES, Direction
from deskapp.repositories.cmdb_graph import starts_of, walk_cte
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

DEFAULT_SQLITE = Path("/tmp/deskapp-bench/cmdb{n}.db")
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/deskapp_bench_cmdb{n}"
HUBS = 5
DEPTH = 5


def _suffix(cis: int) -> str:
    return f"{cis // 1000}k" if cis % 1000 == 0 else str(cis)


def _create_postgres(url: URL) -> None:
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                            {"n": url.database}).first() is None:
                conn.exec_driver_sql(f'CREATE DATABASE "{url.database}"')
    finally:
        server.dispose()


def _prepare(url: URL, cis: int) -> tuple[int, int]:
    """Migrate and fill the estate unless it is there; returns (CIs, relations) present."""
    if url.get_backend_name() == "postgresql":
        _create_postgres(url)
    elif url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)  # a shared database is not upgraded by opening it
    finally:
        engine.dispose()
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            have = int(conn.execute(select(func.count()).select_from(
                ConfigurationItem.__table__)).scalar_one())
        if have < cis * 0.9:  # the generator lands a few per cent under the number asked
            t0 = time.perf_counter()
            made, linked = generate_estate(db.engine, cis, seed=1)
            print(f"  estate: {made:,} CIs, {linked:,} relations in "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
            if url.get_backend_name() == "postgresql":
                # what autovacuum does soon after a bulk load: statistics and a visibility
                # map (index-only scans)
                with db.engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT") as conn:
                    for table in ("ci_relations", "config_items"):
                        conn.exec_driver_sql(f"VACUUM ANALYZE {table}")
        with db.engine.connect() as conn:
            return (int(conn.execute(select(func.count()).select_from(
                        ConfigurationItem.__table__)).scalar_one()),
                    int(conn.execute(select(func.count()).select_from(
                        CiRelation.__table__)).scalar_one()))
    finally:
        db.dispose()


def _timed(fn: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t0) * 1000, out


def _cpu(fn: Any) -> tuple[float, float, Any]:
    """(wall ms, this process's CPU ms, result)."""
    c0 = time.process_time()
    wall, out = _timed(fn)
    return wall, (time.process_time() - c0) * 1000, out


def _cte_walk(db: Any, ci: Any) -> int:
    """The walk as the Impact tab made it before the level walk: one recursive CTE."""
    with db.uow(read_only=True) as uow:
        walk = walk_cte(starts_of([ci]), DEPTH, Direction.UPSTREAM, RELATION_TYPES,
                        dialect=uow.session.get_bind().dialect.name)
        return len(uow.session.execute(select(walk.c.node, func.min(walk.c.depth))
                                       .group_by(walk.c.node)).all())


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(url: URL, samples: int, database: str, cte: bool = True) -> list[Record]:
    db = open_database(url)
    records: list[Record] = []
    try:
        services = Services.build(db.uow, ensure_staff(db.uow, "bench", "Benchmark"))
        with db.engine.connect() as conn:
            ids = list(conn.execute(select(ConfigurationItem.id)).scalars())
            hubs = [cid for cid, _n in conn.execute(
                select(CiRelation.target_ci_id, func.count().label("n"))
                .group_by(CiRelation.target_ci_id).order_by(text("n DESC")).limit(HUBS))]
        rng = random.Random(7)
        picked = [rng.choice(ids) for _ in range(samples)]
        impact = services.impact
        for ci in picked[:10]:  # warm the caches
            impact.impact(ci, "upstream", DEPTH)
        for direction in ("upstream", "downstream"):
            times, cpus, reached = [], [], []
            for ci in picked:
                ms, cpu, result = _cpu(lambda ci=ci, way=direction: impact.impact(ci, way, DEPTH))
                times.append(ms)
                cpus.append(cpu)
                reached.append(result.total)
            p50, p95 = statistics.median(times), _p95(times)
            print(f"  {database:<10} random {direction:<10} depth {DEPTH}: p50 {p50:6.1f} ms "
                  f"p95 {p95:6.1f} ms, CPU p95 {_p95(cpus):6.1f} ms (CIs reached: median "
                  f"{statistics.median(reached):.0f}, max {max(reached)})", flush=True)
            records.append(Record(
                f"impact {direction} depth {DEPTH}, random CI", database, round(p50, 2), None,
                None, None, len(times), round(p95, 2), None, "p95 <= 50 ms", p95 <= 50,
                f"CIs reached: median {statistics.median(reached):.0f}, max {max(reached)}; "
                f"process CPU p50 {statistics.median(cpus):.1f} ms, p95 {_p95(cpus):.1f} ms"))
        worst, worst_cpu, worst_total, worst_name = 0.0, 0.0, 0, ""
        for hub in hubs:
            runs = [_cpu(lambda hub=hub: impact.impact(hub, "upstream", DEPTH)) for _ in range(3)]
            ms = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            result = runs[0][2]
            before = ""
            if cte:
                cte_ms, found = _timed(lambda hub=hub: _cte_walk(db, hub))
                assert found == result.total + 1, "the two walks disagree"
                before = f"; recursive CTE walk alone {cte_ms:,.0f} ms"
                records.append(Record(
                    f"impact upstream depth {DEPTH}, hub {result.root.name}", database,
                    round(ms, 2), "recursive CTE walk (before)", round(cte_ms, 2),
                    round(cte_ms / ms, 1) if ms else None, 3, None, None, "", None,
                    f"{result.total:,} CIs; process CPU {cpu:.0f} ms"))
            print(f"  {database:<10} hub {result.root.name:<22} upstream depth {DEPTH}: "
                  f"{ms:7.1f} ms, CPU {cpu:6.1f} ms ({result.total:,} CIs, "
                  f"{len(result.services)} services{before})", flush=True)
            if ms >= worst:
                worst, worst_cpu, worst_total, worst_name = ms, cpu, result.total, \
                    result.root.name
        records.append(Record(
            f"impact upstream depth {DEPTH}, worst of {len(hubs)} hubs", database,
            round(worst, 2), None, None, None, 3, None, None, "<= 500 ms", worst <= 500,
            f"{worst_name}: {worst_total:,} CIs reached; process CPU {worst_cpu:.0f} ms"))
        times = [_timed(lambda ci=ci: impact.within_hops([ci], 2))[0] for ci in picked]
        p50, p95 = statistics.median(times), _p95(times)
        print(f"  {database:<10} within 2 hops (conflict check): p50 {p50:.1f} ms "
              f"p95 {p95:.1f} ms", flush=True)
        records.append(Record("CIs within 2 hops, random CI", database, round(p50, 2), None,
                              None, None, len(times), round(p95, 2), None, "", None, ""))
    finally:
        db.dispose()
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cmdb_impact")
    parser.add_argument("--cis", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--sqlite", default=None, help="SQLite file (default /tmp/...)")
    parser.add_argument("--postgres", default=None, help="PostgreSQL URL (default local)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-cte", action="store_true",
                        help="leave out the recursive CTE walk beside the hubs")
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    load_before = os.getloadavg()
    n = _suffix(args.cis)
    targets: list[tuple[str, URL]] = []
    if not args.no_sqlite:
        path = args.sqlite or str(DEFAULT_SQLITE).format(n=n)
        targets.append(("sqlite", URL.create("sqlite+pysqlite", database=path)))
    if not args.no_postgres:
        targets.append(("postgresql", parse_database_url(
            args.postgres or DEFAULT_POSTGRES.format(n=n))))
    records: list[Record] = []
    sizes: dict[str, tuple[int, int]] = {}
    for name, url in targets:
        print(f"{name}: preparing {args.cis:,} CIs", flush=True)
        sizes[name] = _prepare(url, args.cis)
        print(f"{name}: {sizes[name][0]:,} CIs, {sizes[name][1]:,} relations", flush=True)
        records += measure(url, args.samples, name, cte=not args.no_cte)
    save_results("cmdb-impact", records, started=started, t0=t0,
                 command=" ".join(["python -m benchmarks.cmdb_impact", *sys.argv[1:]]),
                 cis=args.cis, samples=args.samples,
                 load_average={"before": load_before, "after": os.getloadavg()},
                 estate={k: {"cis": v[0], "relations": v[1]} for k, v in sizes.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
