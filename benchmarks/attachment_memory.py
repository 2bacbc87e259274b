"""A 100 MB attachment in and out, and the process's memory while it happens.

    python -m benchmarks.attachment_memory [--size-mb 100] [--runs 3] [--postgres]
                                           [--database URL ...] [--json out.json]

Each run is a process of its own (peak RSS is per process: ``VmHWM``), taking turns with
its anchor on the same database (A B A B ...):

* ``deskapp``: ``AttachmentService.add_file`` of a fresh file of random bytes (random: nothing
  to deduplicate or compress), then ``save_to`` another path, and a byte-for-byte comparison.
* ``whole file`` (the anchor): what storing an attachment as one value costs, the same file read
  into memory, INSERTed as one blob, SELECTed back and written out.

Without ``--database`` it runs on a fresh SQLite file; ``--postgres`` adds a throw-away database
on the server named by ``DESKAPP_TEST_POSTGRES_URL`` (default: local, user postgres). Prints one
table per database, writes the records to ``--json`` (a list) and a full result (machine, time,
command, records) to ``benchmarks/results/``. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.harness import Record, Report, Series, save_results, scratch_postgres

TARGET_MB = 250.0
ANCHOR_TABLE = "bench_whole_file"


def _status_mb(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process, in MB. Not ``ru_maxrss``: Linux
    carries it over from the parent across ``exec`` (see docs/performance.md)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    return _status_mb("VmHWM")


# -- the measured processes ------------------------------------------------------------------

def child(kind: str, url_text: str, source: Path) -> dict[str, float]:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from deskapp.runtime import open_database

    db = open_database(make_url(url_text), auto_upgrade=False)
    out = source.with_suffix(".out")
    try:
        if kind == "deskapp":
            from deskapp.services.container import Services
            from deskapp.services.staff import ensure_staff

            services = Services.build(db.uow, ensure_staff(db.uow, "bench.files", "Bench Files"))
            services.attachments.set_policy(max_bytes=1024 * 1024 * 1024)
            item = services.incidents.create({"title": "Attachment benchmark", "impact": 3,
                                              "urgency": 3})
            base = _rss_mb()
            t0 = time.perf_counter()
            added = services.attachments.add_file(item.id, source)
            t1 = time.perf_counter()
            services.attachments.save_to(added.id, out)
            t2 = time.perf_counter()
        else:
            base = _rss_mb()
            t0 = time.perf_counter()
            data = source.read_bytes()
            key = uuid.uuid4().hex
            with db.engine.begin() as conn:
                conn.execute(text(f"INSERT INTO {ANCHOR_TABLE} (id, data) VALUES (:k, :d)"),
                             {"k": key, "d": data})
            del data
            t1 = time.perf_counter()
            with db.engine.connect() as conn:
                back = conn.scalar(text(f"SELECT data FROM {ANCHOR_TABLE} WHERE id = :k"),
                                   {"k": key})
            out.write_bytes(bytes(back))
            del back
            t2 = time.perf_counter()
        same = filecmp.cmp(source, out, shallow=False)
        return {"base_mb": base, "peak_mb": _peak_mb(), "add_ms": (t1 - t0) * 1000,
                "save_ms": (t2 - t1) * 1000, "same": float(same)}
    finally:
        out.unlink(missing_ok=True)
        db.dispose()


def _spawn(kind: str, url_text: str, source: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.attachment_memory", "child", kind,
                           url_text, str(source)], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if not result["same"]:
        raise SystemExit(f"{kind}: the file read back differs from the one stored")
    return result


# -- the databases -----------------------------------------------------------------------------

def _prepare(url_text: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from deskapp.db import migrate
    from deskapp.db.engine import make_engine

    engine = make_engine(make_url(url_text))
    try:
        migrate.upgrade(engine)
        blob = "BLOB" if engine.dialect.name == "sqlite" else "BYTEA"
        with engine.begin() as conn:
            conn.execute(text(f"CREATE TABLE IF NOT EXISTS {ANCHOR_TABLE} "
                              f"(id VARCHAR(32) PRIMARY KEY, data {blob} NOT NULL)"))
    finally:
        engine.dispose()


def _fresh_file(folder: Path, size_mb: int, run: int) -> Path:
    path = folder / f"capture-{run}.pcap"
    with path.open("wb") as out:
        for _ in range(size_mb):
            out.write(os.urandom(1024 * 1024))
    return path


def run_database(name: str, url_text: str, size_mb: int, runs: int, folder: Path) -> Report:
    _prepare(url_text)
    report = Report(name)
    print(f"\n== {name}: {size_mb} MB in and out, {runs} run(s) each ==", flush=True)
    print(report.header(), flush=True)
    measured: dict[str, list[dict[str, float]]] = {"deskapp": [], "whole": []}
    for run in range(runs):
        order = ("deskapp", "whole") if run % 2 == 0 else ("whole", "deskapp")
        for kind in order:
            source = _fresh_file(folder, size_mb, run)
            try:
                measured[kind].append(_spawn(kind, url_text, source))
            finally:
                source.unlink(missing_ok=True)

    def series(kind: str, key: str, label: str) -> Series:
        return Series(label, [m[key] for m in measured[kind]])

    report.add(f"peak rss {size_mb} MB", series("deskapp", "peak_mb", "DeskApp"),
               [series("whole", "peak_mb", "whole file")], target_ms=TARGET_MB, unit="MB",
               use_p95=True, note="process peak RSS (VmHWM) over add + save")
    growth_mine = Series("DeskApp", [m["peak_mb"] - m["base_mb"] for m in measured["deskapp"]])
    growth_theirs = Series("whole file", [m["peak_mb"] - m["base_mb"] for m in measured["whole"]])
    report.add("rss growth", growth_mine, [growth_theirs], unit="MB",
               note="peak RSS minus RSS just before the add")
    report.add(f"add {size_mb} MB", series("deskapp", "add_ms", "DeskApp"),
               [series("whole", "add_ms", "whole file")])
    report.add(f"save {size_mb} MB", series("deskapp", "save_ms", "DeskApp"),
               [series("whole", "save_ms", "whole file")])
    return report



def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["child"]:
        print(json.dumps(child(args_list[1], args_list[2], Path(args_list[3]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attachment_memory")
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", action="append", metavar="URL")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(args_list)
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    records: list[Record] = []
    with tempfile.TemporaryDirectory(prefix="deskapp-attach-bench-") as tmp:
        folder = Path(tmp)
        targets: list[tuple[str, str, Any]] = []
        if not args.database:
            targets.append(("sqlite", f"sqlite+pysqlite:///{folder / 'bench.sqlite3'}", None))
        for url in args.database or []:
            targets.append((url.split(":", 1)[0].split("+", 1)[0], url, None))
        if args.postgres:
            url, drop = scratch_postgres("deskapp_attach_bench")
            targets.append(("postgresql", url, drop))
        try:
            for name, url, _drop in targets:
                report = run_database(name, url, args.size_mb, args.runs, folder)
                print("\n" + report.header())
                print("\n".join(report.lines), flush=True)
                records.extend(report.records)
        finally:
            for _name, _url, drop in targets:
                if drop is not None:
                    drop()
    save_results(f"attachment-{args.size_mb}mb", records, started=started, t0=t0,
                 command="python -m benchmarks.attachment_memory " + " ".join(args_list),
                 json_path=args.json, size_mb=args.size_mb, runs=args.runs,
                 target_peak_rss_mb=TARGET_MB)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
