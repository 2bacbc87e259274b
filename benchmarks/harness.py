"""Interleaved measurement (A B A B ...), medians and p95, the table and the JSON records."""

from __future__ import annotations

import json
import os
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres"

Timed = Callable[[], float | None]
"""A measurement: returns milliseconds (or None when it hit its cap)."""


@dataclass
class Series:
    name: str
    samples: list[float] = field(default_factory=list)
    capped: bool = False
    cap_ms: float | None = None
    note: str = ""

    def add(self, value: float | None) -> None:
        if value is None:
            self.capped = True
        else:
            self.samples.append(value)

    @property
    def p50(self) -> float | None:
        if self.capped or not self.samples:
            return None
        return statistics.median(self.samples)

    @property
    def p95(self) -> float | None:
        if self.capped or not self.samples:
            return None
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def show(self, value: float | None, unit: str) -> str:
        if self.capped:
            return f"> {self.cap_ms:.0f} {unit}" if self.cap_ms else "capped"
        if value is None:
            return "n/a"
        return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


@dataclass
class Record:
    operation: str
    database: str
    deskapp_ms: float | None
    anchor: str | None
    anchor_ms: float | None
    ratio: float | None
    runs: int
    deskapp_p95_ms: float | None = None
    anchor_p95_ms: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""


def interleave(measurements: dict[str, Timed], runs: int, warmup: int = 1) -> dict[str, Series]:
    """Run each measurement in turn, ``warmup`` rounds discarded, then ``runs`` rounds kept."""
    series = {name: Series(name) for name in measurements}
    for round_no in range(warmup + runs):
        for name, fn in measurements.items():
            if series[name].capped:
                continue  # a capped anchor is not retried
            value = fn()
            if round_no >= warmup or value is None:
                series[name].add(value)
    return series


def scratch_postgres(prefix: str) -> tuple[str, Callable[[], None]]:
    """A new, empty PostgreSQL database (on ``DESKAPP_TEST_POSTGRES_URL``'s server) named
    ``<prefix>_<random>``: its URL and a function that drops it."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = make_url(os.environ.get("DESKAPP_TEST_POSTGRES_URL", PG_DEFAULT)).set(
        drivername="postgresql+psycopg")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return admin.set(database=name).render_as_string(hide_password=False), drop


def stopwatch(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


@dataclass
class Report:
    database: str
    records: list[Record] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def add(self, operation: str, deskapp: Series, anchors: Sequence[Series], *,
            target_ms: float | None = None, target_ratio: float | None = None,
            unit: str = "ms", use_p95: bool = False, note: str = "") -> None:
        mine = deskapp.p95 if use_p95 else deskapp.p50
        met: bool | None = None
        target = ""
        if target_ms is not None and mine is not None:
            met = mine <= target_ms
            target = f"{'p95' if use_p95 else 'p50'} <= {target_ms:g} {unit}"
        for anchor in anchors or [Series("")]:
            theirs = anchor.p50 if anchor.name else None
            ratio = None
            if mine is not None and theirs:
                ratio = mine / theirs
            elif mine is not None and anchor.capped and anchor.cap_ms:
                ratio = mine / anchor.cap_ms  # an upper bound: the anchor took longer
            if target_ratio is not None and ratio is not None and anchor.name == "QSqlQueryModel":
                met = bool(met is not False and ratio <= target_ratio)
                target += f"; <= 1/{1 / target_ratio:g} of QSqlQueryModel"
            self.records.append(Record(
                operation, self.database, deskapp.p50, anchor.name or None,
                anchor.p50 if anchor.name else None, None if ratio is None else round(ratio, 4),
                len(deskapp.samples), deskapp.p95, anchor.p95 if anchor.name else None,
                target, met, note or anchor.note))
            theirs_text = anchor.show(anchor.p50, unit) if anchor.name else "-"
            ratio_text = "-" if ratio is None else f"{'< ' if anchor.capped else ''}{ratio:.3f}"
            verdict = "" if met is None else ("met" if met else "MISSED")
            self.lines.append(
                f"{operation:<16} {deskapp.show(deskapp.p50, unit):>11} "
                f"{deskapp.show(deskapp.p95, unit):>11}  {(anchor.name or '-'):<17} "
                f"{theirs_text:>11} {ratio_text:>8}  {verdict}"
            )
        print(self.lines[-1], flush=True)

    def header(self) -> str:
        return (f"{'operation':<16} {'DeskApp p50':>11} {'p95':>11}  {'anchor':<17} "
                f"{'anchor p50':>11} {'ratio':>8}  target")

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps([asdict(r) for r in self.records], indent=2),
                        encoding="utf-8")


RESULTS = Path(__file__).resolve().parent / "results"


def save_results(label: str, records: Sequence[Record], *, started: datetime, t0: float,
                 command: str, json_path: Path | None = None, **extra: object) -> Path:
    """Write the records (a JSON list) to ``json_path`` when given, and the full result
    (time, command, machine, the run's own settings in ``extra``, records) to
    ``benchmarks/results/<stamp>-<label>-<databases>.json``; print where."""
    from benchmarks.machine import machine

    rows = [asdict(r) for r in records]
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    RESULTS.mkdir(exist_ok=True)
    kinds = "-".join(sorted({r.database for r in records})) or "none"
    out = RESULTS / f"{started.strftime('%Y%m%dT%H%M%SZ')}-{label}-{kinds}.json"
    out.write_text(json.dumps({
        "timestamp": started.isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - t0, 1), "command": command, **extra,
        "machine": machine(), "records": rows}, indent=2), encoding="utf-8")
    print(f"\nresults: {out}" + (f" and {json_path}" if json_path else ""), flush=True)
    return out
