"""A year of KPIs on a large desk: every declared figure for the last 365 days, split and
trended, on each database (target: <= 2 s each at 1M work items).

    python -m benchmarks.kpi_year --tickets 1000000 [--database URL ...] [--postgres]

Databases are made (or reused) by :mod:`benchmarks.dataset` with ``deskapp-admin demo-data``.
Each operation runs ``--runs`` times after one warm-up; medians and p95 go to
``benchmarks/results/`` through :func:`benchmarks.harness.save_results`.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import dataset
from benchmarks.harness import Record, Series, interleave, save_results, stopwatch

TARGET_MS = 2000.0


def measure(url_text: str, tickets: int, runs: int,
            only: list[str] | None = None) -> list[Record]:
    from sqlalchemy import func, select

    from deskapp.db.models import WorkItem
    from deskapp.domain.kpi import Grain, Grouping, Period
    from deskapp.runtime import open_database
    from deskapp.services.kpi import KpiService

    url = dataset.ensure(url_text, tickets)
    db = open_database(url)
    name = url.get_backend_name()
    try:
        with db.uow(read_only=True) as uow:  # the year ends at the newest item
            newest = uow.session.execute(select(func.max(WorkItem.opened_at))).scalar_one()
        end = newest.replace(tzinfo=UTC) if newest.tzinfo is None else newest
        period = Period(end - timedelta(days=365), end)
        service = KpiService(db.uow)
        ops = {
            "kpi year: every figure": lambda: service.figures(period),
            "kpi year: every figure by team": lambda: service.figures(period, Grouping.TEAM),
            "kpi year: every figure by agent": lambda: service.figures(period, Grouping.AGENT),
            "kpi year: opened weekly + previous year": lambda: service.series(
                "opened", period, Grain.WEEK, UTC),
            "kpi year: MTTR monthly by team + previous year": lambda: service.series(
                "mttr_wall", period, Grain.MONTH, UTC, Grouping.TEAM),
            "kpi year: backlog weekly + previous year": lambda: service.series(
                "backlog", period, Grain.WEEK, UTC),
        }
        if only:
            ops = {op: fn for op, fn in ops.items() if any(o in op for o in only)}
        measured: dict[str, Series] = interleave(
            {op: (lambda fn=fn: stopwatch(fn)) for op, fn in ops.items()}, runs)
    finally:
        db.dispose()
    records = []
    for op, series in measured.items():
        p50 = series.p50
        records.append(Record(op, name, p50, None, None, None, len(series.samples),
                              deskapp_p95_ms=series.p95, target=f"<= {TARGET_MS:.0f} ms",
                              met=p50 is not None and p50 <= TARGET_MS,
                              note=f"{tickets:,} work items; period {period.start:%Y-%m-%d} "
                                   f"to {period.end:%Y-%m-%d}"))
        print(f"{name:<11} {op:<48} p50 {series.show(p50, 'ms'):>10}  "
              f"p95 {series.show(series.p95, 'ms'):>10}", flush=True)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kpi_year")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--database", action="append", metavar="URL")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", action="append", metavar="TEXT",
                        help="only the operations whose name contains TEXT (repeatable)")
    args = parser.parse_args(argv)
    urls = list(args.database or [dataset.default_sqlite(args.tickets)])
    if args.postgres:
        urls.append(dataset.default_postgres(args.tickets))
    started, t0 = datetime.now(UTC), time.perf_counter()
    records: list[Record] = []
    for url in urls:
        records += measure(url, args.tickets, args.runs, args.only)
    save_results(f"kpi-{dataset.suffix(args.tickets)}", records, started=started, t0=t0,
                 command=" ".join(["python -m benchmarks.kpi_year", *(argv or sys.argv[1:])]),
                 json_path=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
