"""How long ``deskapp-admin demo-data`` takes, phase by phase, on a fresh database (issue 11:
1M work items on SQLite in under 3 minutes).

    python -m benchmarks.demo_load --tickets 1000000 [--database URL] [--json FILE]

Without ``--database`` the load goes into a new SQLite file in a temporary folder (removed
afterwards). A ``--database`` URL must name an empty database; a PostgreSQL one migrated first
(``deskapp-admin --database URL db upgrade``). The phases are timed by wrapping the loader's
own steps (the bulk rows, the index and search rebuild, the items made through the services),
and the bulk rows' writes per table are added up; one record per phase and one for the whole
load go to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.harness import Record, save_results

TARGET_S = 180.0
#: the loader's steps timed as phases (module attributes of :mod:`deskapp.db.demo.run`)
PHASES = ("ensure_reference", "_load", "ensure_knowledge", "_analyze", "generate_requests",
          "generate_access", "raise_major_children", "generate_changes")


@contextlib.contextmanager
def _timed_phases(times: dict[str, float], writes: Counter[str]) -> Iterator[None]:
    """Wrap the loader's steps, the index suspension's rebuild and the bulk writer so each
    adds its wall time to ``times`` / ``writes``; everything is put back afterwards."""
    from deskapp.db import maintenance
    from deskapp.db.demo import run, writer

    saved: list[tuple[Any, str, Any]] = []

    def wrap(module: Any, name: str, key: str, target: dict[str, float] | Counter[str]) -> None:
        original = getattr(module, name)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                label = key if key else str(args[1])
                target[label] = target.get(label, 0.0) + time.perf_counter() - started

        saved.append((module, name, original))
        setattr(module, name, timed)

    for name in PHASES:
        wrap(run, name, name, times)
    suspended = maintenance.indexes_suspended

    @contextlib.contextmanager
    def rebuild_timed(engine: Any) -> Iterator[None]:
        with contextlib.ExitStack() as stack:
            stack.enter_context(suspended(engine))
            stack.callback(lambda: times.__setitem__("rebuild", time.perf_counter()))
            yield
        times["rebuild"] = time.perf_counter() - times["rebuild"]

    saved.append((maintenance, "indexes_suspended", suspended))
    maintenance.indexes_suspended = rebuild_timed  # type: ignore[assignment]
    wrap(writer.Writer, "write", "", writes)
    try:
        yield
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)


def measure(url_text: str | None, tickets: int, seed: int,
            progress: Callable[[int, int], None] | None = None) -> list[Record]:
    from sqlalchemy import make_url

    from deskapp.config.urls import sqlite_url
    from deskapp.db.demo.run import generate
    from deskapp.runtime import open_database

    with contextlib.ExitStack() as stack:
        if url_text is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="deskapp-")))
            url = sqlite_url(folder / "demo.sqlite3")
        else:
            url = make_url(url_text)
        db = open_database(url)
        stack.callback(db.dispose)
        name = url.get_backend_name()
        times: dict[str, float] = {}
        writes: Counter[str] = Counter()
        with _timed_phases(times, writes):
            started = time.perf_counter()
            stats = generate(db.engine, tickets, seed=seed, requests=True, progress=progress)
            total = time.perf_counter() - started
    note = f"{tickets:,} work items, seed {seed}"
    records = [Record("demo-data: whole load", name, total * 1000, None, None, None, 1,
                      target=f"<= {TARGET_S:.0f} s (SQLite, 1M)",
                      met=total <= TARGET_S if name == "sqlite" and tickets >= 1_000_000
                      else None, note=f"{note}; {stats.events:,} events")]
    print(f"{name:<11} {'whole load':<34} {total:8.1f} s", flush=True)
    for phase, seconds in times.items():
        records.append(Record(f"demo-data: {phase}", name, seconds * 1000, None, None, None, 1,
                              note=note))
        print(f"{name:<11} {phase:<34} {seconds:8.1f} s", flush=True)
    for table, seconds in writes.most_common():
        records.append(Record(f"demo-data: write {table}", name, seconds * 1000, None, None,
                              None, 1, note=note))
        print(f"{name:<11} {'  write ' + table:<34} {seconds:8.1f} s", flush=True)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.demo_load")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--database", action="append", metavar="URL",
                        help="an empty database to load (repeatable); default: a new SQLite "
                             "file in a temporary folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    last = [t0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 20 or done == total:
            last[0] = now
            print(f"  {done:>10,} / {total:,} work items ({now - t0:5.0f} s)", flush=True)

    records: list[Record] = []
    for url in args.database or [None]:
        records += measure(url, args.tickets, args.seed, progress)
    save_results(f"demo-load-{args.tickets}", records, started=started, t0=t0,
                 command=" ".join(["python -m benchmarks.demo_load", *(argv or sys.argv[1:])]),
                 json_path=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
