"""``python -m benchmarks run --tickets 1000000 [--database URL ...] [--json out.json]``;
``python -m benchmarks load --agents 100 --minutes 2 --json out.json`` (:mod:`benchmarks.load`).

Without ``--database`` it runs on a SQLite file in ``--data-dir``; ``--postgres`` adds the local
server's ``deskapp_bench<size>`` database. Datasets are created with ``deskapp-admin demo-data``
or reused. Prints one table per database, writes the records to ``--json`` (a list, as the
benchmarks issue specifies) and a full result (machine, time, command, records) to
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import dataset
from benchmarks.harness import Record, Report, save_results
from benchmarks.machine import machine  # noqa: F401  (kept importable from here)

OPERATIONS = ("open all open", "open team queue", "jump", "sort change", "filter change",
              "search", "edit commit", "live refresh", "grouped all open", "take next",
              "start-up", "peak rss")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="measure DeskApp against its anchors")
    run.add_argument("--tickets", type=int, default=1_000_000)
    run.add_argument("--database", action="append", metavar="URL",
                     help="a database URL (repeatable); default: a SQLite file in --data-dir")
    run.add_argument("--postgres", action="store_true",
                     help="also the local server's deskapp_bench<size> database")
    run.add_argument("--data-dir", type=Path, default=dataset.DEFAULT_DIR)
    run.add_argument("--json", type=Path, help="write the records (a JSON list) here")
    run.add_argument("--runs", type=int, default=7, help="kept runs per operation (>= 5)")
    run.add_argument("--cap", type=float, default=20.0,
                     help="seconds after which a slow anchor is stopped (reported as > cap)")
    run.add_argument("--as-login", metavar="NAME",
                     help="PostgreSQL: measure as the staff login NAME with row-level security "
                          "on (prepared with the superuser URL: security applied if needed, "
                          "NAME an agent in every team)")
    run.add_argument("--only", action="append", choices=OPERATIONS,
                     help="only these operations (repeatable)")
    from benchmarks import load

    load.add_parser(sub)
    return parser.parse_args(argv)


def run_database(url_text: str, args: argparse.Namespace) -> Report:
    from benchmarks import procs
    from benchmarks.queue_open import run_gui
    from deskapp.config.urls import redacted

    url = dataset.ensure(url_text, args.tickets)
    name = url.get_backend_name()
    if args.as_login:
        from benchmarks.logins import as_login

        url = as_login(url, args.as_login)
        name = f"{name}-login"
    report = Report(name)
    print(f"\n== {redacted(url)} ({args.tickets:,} tickets) ==", flush=True)
    print(report.header(), flush=True)
    only = set(args.only) if args.only else None
    gui_ops = set(OPERATIONS) - {"take next", "start-up", "peak rss"}
    if only is None or only & gui_ops:
        run_gui(url, args.runs, args.cap, report, only)
    plain = url.render_as_string(hide_password=False)
    if (only is None or "take next" in only) and url.get_backend_name() == "postgresql":
        procs.take_next(plain, report)
    if only is None or "start-up" in only:
        procs.startup(plain, max(5, args.runs // 2 + 2), report)
    if only is None or "peak rss" in only:
        procs.peak_rss(plain, args.cap * 3, report)
    print("\n" + report.header())
    print("\n".join(report.lines), flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "load":
        from benchmarks import load

        return load.main(args)
    if args.runs < 1:
        raise SystemExit("--runs must be at least 1")
    urls = list(args.database or [dataset.default_sqlite(args.tickets, args.data_dir)])
    if args.postgres:
        urls.append(dataset.default_postgres(args.tickets))
    from benchmarks.procs import _qapp

    _qapp()  # one QApplication, offscreen, with throw-away settings
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    records: list[Record] = []
    for url in urls:
        records.extend(run_database(url, args).records)
    save_results(dataset.suffix(args.tickets), records, started=started, t0=t0,
                 command="python -m benchmarks " + " ".join(sys.argv[1:] if argv is None
                                                           else argv),
                 json_path=args.json, tickets=args.tickets, runs=args.runs, cap_s=args.cap)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
