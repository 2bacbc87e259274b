"""``python -m benchmarks run --tickets 1000000 [--database URL ...] [--json out.json]``.

Without ``--database`` it runs on a SQLite file in ``--data-dir``; ``--postgres`` adds the local
server's ``deskapp_bench<size>`` database. Datasets are created with ``deskapp-admin demo-data``
or reused. Prints one table per database, writes the records to ``--json`` (a list, as the
benchmarks issue specifies) and a full result (machine, time, command, records) to
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import dataset
from benchmarks.harness import Record, Report

RESULTS = Path(__file__).resolve().parent / "results"
OPERATIONS = ("open all open", "open team queue", "jump", "sort change", "filter change",
              "search", "edit commit", "live refresh", "take next", "start-up", "peak rss")


def machine() -> dict[str, Any]:
    import PySide6
    import sqlalchemy

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {"host": platform.node(), "os": platform.platform(), "cpu": cpu,
            "cores": os.cpu_count(), "memory_gb": mem_gb,
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__}


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
    run.add_argument("--only", action="append", choices=OPERATIONS,
                     help="only these operations (repeatable)")
    return parser.parse_args(argv)


def run_database(url_text: str, args: argparse.Namespace) -> Report:
    from benchmarks import procs
    from benchmarks.queue_open import run_gui
    from deskapp.config.urls import redacted

    url = dataset.ensure(url_text, args.tickets)
    name = url.get_backend_name()
    report = Report(name)
    print(f"\n== {redacted(url)} ({args.tickets:,} tickets) ==", flush=True)
    print(report.header(), flush=True)
    only = set(args.only) if args.only else None
    gui_ops = set(OPERATIONS) - {"take next", "start-up", "peak rss"}
    if only is None or only & gui_ops:
        run_gui(url, args.runs, args.cap, report, only)
    plain = url.render_as_string(hide_password=False)
    if (only is None or "take next" in only) and name == "postgresql":
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
    rows = [asdict(r) for r in records]
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    kinds = "-".join(sorted({r.database for r in records})) or "none"
    out = RESULTS / f"{stamp}-{dataset.suffix(args.tickets)}-{kinds}.json"
    out.write_text(json.dumps({
        "timestamp": started.isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - t0, 1),
        "command": "python -m benchmarks " + " ".join(sys.argv[1:] if argv is None else argv),
        "tickets": args.tickets, "runs": args.runs, "cap_s": args.cap,
        "machine": machine(), "records": rows}, indent=2), encoding="utf-8")
    print(f"\nresults: {out}" + (f" and {args.json}" if args.json else ""), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
