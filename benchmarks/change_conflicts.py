"""The change conflict check at desk scale: 50,000 scheduled changes over the 100k-CI estate.

``python -m benchmarks.change_conflicts [--cis 100000] [--changes 50000] [--samples 200]
[--sqlite PATH] [--postgres URL | --no-postgres] [--json PATH]`` makes (or reuses) a database
per backend holding the large estate (``deskapp.db.demo.cmdb.generate_estate``; the CMDB
benchmark's database is copied when it exists) and a year of scheduled changes (1-4 hour
windows, mostly evenings and nights; a random CI each, a fifth with extra CIs; 40
implementers), then measures what the change form asks at every edit of a window:
``ChangeCalendarService.conflicts`` for a random CI, window and implementer (target: p95 <= 50
ms), the same for a saved change, and from the biggest hubs (a change on the directory server).

The anchor is the plain form of the same check: walk the CIs within 2 hops
(``ImpactService.within_hops``, recursive SQL) and compare, which the service did at first;
the ratio says how much the pair-wise check saves. Results go to
``benchmarks/results/<stamp>-change-conflicts-<databases>.json`` (and ``--json``).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import URL

from benchmarks.cmdb_impact import _p95, _prepare, _suffix, _timed
from benchmarks.harness import Record, save_results
from deskapp.config.urls import parse_database_url
from deskapp.db.demo.common import table_of
from deskapp.db.models import Change, CiRelation, ConfigurationItem, WorkItem, WorkItemCi
from deskapp.domain.change_conflicts import HOPS, Booking, Window, find_conflicts
from deskapp.domain.ids import new_id
from deskapp.runtime import open_database
from deskapp.services.change_calendar import check_window
from deskapp.services.cmdb_impact import within_hops
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

DEFAULT_SQLITE = Path("/tmp/deskapp-bench/changes{n}.db")
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/deskapp_bench_changes{n}"
CMDB_SQLITE = Path("/tmp/deskapp-bench/cmdb{n}.db")
CMDB_POSTGRES = "deskapp_bench_cmdb{n}"
TARGET_MS = 50.0
YEAR_START = datetime(2027, 1, 1, tzinfo=UTC)
IMPLEMENTERS = 40
HUBS = 3


def _copy_estate(url: URL, n: str) -> None:
    """Start from the CMDB benchmark's estate when it exists (generating 100k CIs takes
    minutes); otherwise :func:`_prepare` generates it."""
    if url.get_backend_name() == "sqlite":
        target, source = Path(url.database or ""), Path(str(CMDB_SQLITE).format(n=n))
        if not target.exists() and source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
                src.backup(dst)
        return
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": url.database}).first()
            template = CMDB_POSTGRES.format(n=n)
            has_template = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                        {"n": template}).first()
            if exists is None and has_template is not None:
                try:
                    conn.exec_driver_sql(f'CREATE DATABASE "{url.database}" TEMPLATE '
                                         f'"{template}"')
                except Exception as exc:  # noqa: BLE001 - someone is connected: generate
                    print(f"  (could not copy {template}: {str(exc).splitlines()[0]})")
    finally:
        server.dispose()


def _fill_changes(url: URL, changes: int, seed: int = 3) -> int:
    """A year of scheduled changes (unless there are that many); returns how many exist."""
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            have = int(conn.execute(select(func.count()).select_from(
                Change.__table__)).scalar_one())
            if have >= changes:
                return have
            ci_ids = list(conn.execute(select(ConfigurationItem.id)).scalars())
        staff = [ensure_staff(db.uow, f"impl{n:02d}", f"Implementer {n:02d}",
                              ("agent",)).staff_id for n in range(IMPLEMENTERS)]
        rng = random.Random(seed)
        t0 = time.perf_counter()
        core, detail, extra = [], [], []
        for n in range(have, changes):
            day = YEAR_START + timedelta(days=rng.randrange(365))
            hour = rng.choice((6, 18, 19, 20, 21, 22, 22, 23, 23, 0, 1, 2) if rng.random() < .8
                              else tuple(range(8, 18)))
            start = day + timedelta(hours=hour)
            end = start + timedelta(hours=rng.choice((1, 1, 2, 2, 3, 4)))
            key = new_id()
            core.append({"id": key, "version": 1, "created_at": YEAR_START,
                         "updated_at": YEAR_START, "kind": "change",
                         "number": f"CHG-B{n:07d}", "title": f"Benchmark change {n}",
                         "channel": "internal", "impact": 3, "urgency": 3, "priority": 4,
                         "status": "scheduled", "status_category": "waiting",
                         "confidential": False, "opened_at": YEAR_START, "reopen_count": 0,
                         "response_breached": False, "resolution_breached": False,
                         "ci_id": rng.choice(ci_ids), "assignee_id": rng.choice(staff)})
            detail.append({"work_item_id": key, "change_type": "normal", "risk_answers": {},
                           "planned_start": start, "planned_end": end})
            if rng.random() < 0.2:
                for ci in rng.sample(ci_ids, rng.randint(1, 2)):
                    extra.append({"id": new_id(), "version": 1, "created_at": YEAR_START,
                                  "updated_at": YEAR_START, "work_item_id": key, "ci_id": ci})
        with db.engine.begin() as conn:
            for i in range(0, len(core), 5000):
                conn.execute(insert(table_of(WorkItem)), core[i:i + 5000])
                conn.execute(insert(table_of(Change)), detail[i:i + 5000])
            for i in range(0, len(extra), 5000):
                conn.execute(insert(table_of(WorkItemCi)), extra[i:i + 5000])
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("ANALYZE work_items")
                conn.exec_driver_sql("ANALYZE change_details")
                conn.exec_driver_sql("ANALYZE work_item_cis")
            else:
                conn.exec_driver_sql("ANALYZE")
        print(f"  {changes - have:,} scheduled changes added in "
              f"{time.perf_counter() - t0:.0f} s", flush=True)
        return changes
    finally:
        db.dispose()


def _walk_check(services: Services, db: Any, ci: Any, start: datetime, end: datetime,
                who: Any) -> list[Any]:
    """The anchor: the same conflicts from the 2-hop walk (what the service did at first)."""
    with db.uow(read_only=True) as uow:
        from deskapp.repositories.changes import ChangeRepository

        repo = ChangeRepository(uow.session)
        rows = repo.booked_between(start, end)
        extra = repo.extra_cis([r["id"] for r in rows]) if rows else {}
        others = [Booking(r["id"], r["number"], r["planned_start"], r["planned_end"],
                          frozenset({r["ci_id"], *extra.get(r["id"], ())} - {None}),
                          r["assignee_id"]) for r in rows]
        near = within_hops(uow, [ci], HOPS)
        return find_conflicts(Window(start, end, frozenset({ci}), who), others, near)


def measure(url: URL, samples: int, database: str) -> list[Record]:
    db = open_database(url)
    records: list[Record] = []
    try:
        services = Services.build(db.uow, ensure_staff(db.uow, "bench", "Benchmark"))
        calendar = services.change_calendar
        with db.engine.connect() as conn:
            ci_ids = list(conn.execute(select(ConfigurationItem.id)).scalars())
            staff = list(conn.execute(text(
                "SELECT id FROM staff_users WHERE username LIKE 'impl%'")).scalars())
            hubs = [cid for cid, _n in conn.execute(
                select(CiRelation.target_ci_id, func.count().label("n"))
                .group_by(CiRelation.target_ci_id).order_by(text("n DESC")).limit(HUBS))]
            saved = list(conn.execute(select(Change.id, Change.planned_start,
                                             Change.planned_end, Change.assignee_id)
                                      .limit(2000)))
        rng = random.Random(11)

        def window() -> tuple[datetime, datetime]:
            start = YEAR_START + timedelta(days=rng.randrange(365),
                                           hours=rng.choice((19, 20, 21, 22)))
            return start, start + timedelta(hours=2)

        picks = [(rng.choice(ci_ids), *window(), rng.choice(staff)) for _ in range(samples)]
        for ci, start, end, who in picks[:10]:  # warm the caches
            calendar.conflicts(None, start, end, [ci], who)
        times, found = [], []
        for ci, start, end, who in picks:
            ms, report = _timed(lambda ci=ci, s=start, e=end, w=who: calendar.conflicts(
                None, s, e, [ci], w))
            times.append(ms)
            found.append(len(report.conflicts))
        anchor = [_timed(lambda ci=ci, s=start, e=end, w=who: _walk_check(
            services, db, ci, s, e, w))[0] for ci, start, end, who in picks]
        # the two ways agree (the anchor is the definition)
        for ci, start, end, who in picks[:40]:
            with db.uow(read_only=True) as uow:
                fast = check_window(uow, Window(start, end, frozenset({ci}), who), None)
            slow = _walk_check(services, db, ci, start, end, who)
            assert {(c.kind, c.other) for c in fast} == {(c.kind, c.other) for c in slow}
        p50, p95 = statistics.median(times), _p95(times)
        a50, a95 = statistics.median(anchor), _p95(anchor)
        print(f"  {database:<10} conflicts, new change on a random CI: p50 {p50:6.1f} ms "
              f"p95 {p95:6.1f} ms  (2-hop walk: p50 {a50:6.1f} p95 {a95:7.1f}; "
              f"p95 ratio {a95 / max(p95, 0.01):.1f}x)  conflicts: median "
              f"{statistics.median(found):.0f}, max {max(found)}", flush=True)
        records.append(Record(
            "conflict check, unsaved change on a random CI", database, round(p50, 2),
            "2-hop walk (within_hops) + finder", round(a50, 2), round(a50 / max(p50, .01), 2),
            len(times), round(p95, 2), round(a95, 2), f"p95 <= {TARGET_MS:.0f} ms",
            p95 <= TARGET_MS, f"conflicts found: median {statistics.median(found):.0f}, "
                              f"max {max(found)}"))
        chosen = rng.sample(saved, min(samples, len(saved)))
        times = [_timed(lambda r=r: calendar.conflicts(r[0], r[1], r[2], (), r[3]))[0]
                 for r in chosen]
        p50, p95 = statistics.median(times), _p95(times)
        print(f"  {database:<10} conflicts, saved change: p50 {p50:6.1f} ms "
              f"p95 {p95:6.1f} ms", flush=True)
        records.append(Record("conflict check, saved change", database, round(p50, 2), None,
                              None, None, len(times), round(p95, 2), None,
                              f"p95 <= {TARGET_MS:.0f} ms", p95 <= TARGET_MS, ""))
        worst = 0.0
        for hub in hubs:
            start, end = window()
            ms = statistics.median(_timed(lambda h=hub, s=start, e=end: calendar.conflicts(
                None, s, e, [h], None))[0] for _ in range(3))
            worst = max(worst, ms)
        print(f"  {database:<10} conflicts, change on one of the {len(hubs)} biggest hubs: "
              f"worst {worst:6.1f} ms", flush=True)
        records.append(Record(f"conflict check, change on a hub (worst of {len(hubs)})",
                              database, round(worst, 2), None, None, None, 3, None, None,
                              "", None, "the CIs most relations point at"))
    finally:
        db.dispose()
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.change_conflicts")
    parser.add_argument("--cis", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--sqlite", default=None, help="SQLite file (default /tmp/...)")
    parser.add_argument("--postgres", default=None, help="PostgreSQL URL (default local)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    n = _suffix(args.cis)
    targets: list[tuple[str, URL]] = []
    if not args.no_sqlite:
        path = args.sqlite or str(DEFAULT_SQLITE).format(n=n)
        targets.append(("sqlite", URL.create("sqlite+pysqlite", database=path)))
    if not args.no_postgres:
        targets.append(("postgresql", parse_database_url(
            args.postgres or DEFAULT_POSTGRES.format(n=n))))
    records: list[Record] = []
    sizes: dict[str, dict[str, int]] = {}
    for name, url in targets:
        print(f"{name}: preparing {args.cis:,} CIs and {args.changes:,} changes", flush=True)
        _copy_estate(url, n)
        cis, relations = _prepare(url, args.cis)
        sizes[name] = {"cis": cis, "relations": relations,
                       "changes": _fill_changes(url, args.changes)}
        print(f"{name}: {sizes[name]}", flush=True)
        records += measure(url, args.samples, name)
    save_results("change-conflicts", records, started=started, t0=t0, json_path=args.json,
                 command=" ".join(["python -m benchmarks.change_conflicts", *sys.argv[1:]]),
                 cis=args.cis, changes=args.changes, samples=args.samples, estate=sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
