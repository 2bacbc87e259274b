"""Offline replicas side by side with a plain COPY of the same rows.

    python -m benchmarks.replica postgresql://postgres@127.0.0.1:5432/deskapp_bench1m \
        [--runs 3] [--changes 5000] [--json out.json]

1. **create**: ``create_replica`` for the ``me`` scope of the staff member with the most open
   items (about 10,000 at 1M tickets), against ``COPY (SELECT ...) TO STDOUT`` of the same rows
   of every table the replica carries (reading the data off the server is the floor).
2. **pull**: ``changes`` updates to the scope's items committed on the server, then ``pull``,
   against a COPY of those rows.

Prints a table and writes the records (the harness's ``Record`` shape) to ``--json`` and to
``benchmarks/results/``. Targets (issue 17): create <= 30 s, pull of 5,000 changes <= 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, make_url, text

from benchmarks.harness import Record, save_results
from deskapp.config.urls import sqlite_url
from deskapp.db.models import Base
from deskapp.domain.records import TABLES, Sync
from deskapp.runtime import connect
from deskapp.sync.replica import create_replica, pull
from deskapp.sync.scope import Scope

CREATE_TARGET_S, PULL_TARGET_S = 30.0, 3.0


def busiest_staff(engine: Engine) -> tuple[str, int]:
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT s.username, count(*) FROM work_items w JOIN staff_users s ON s.id = "
            "w.assignee_id WHERE w.status_category <> 'done' AND w.deleted_at IS NULL "
            "GROUP BY s.username ORDER BY 2 DESC LIMIT 1")).one()
    return str(row[0]), int(row[1])


def copy_scope(engine: Engine, username: str) -> float:
    """COPY out every row a ``me`` replica of ``username`` carries; seconds."""
    items = ("SELECT id FROM work_items WHERE assignee_id = (SELECT id FROM staff_users WHERE "
             f"username = '{username}') AND status_category <> 'done' AND deleted_at IS NULL")
    started = time.perf_counter()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for name, decl in TABLES.items():
            if decl.sync is Sync.NONE:
                continue
            columns = ", ".join(f'"{c.name}"' for c in Base.metadata.tables[name].columns)
            if name == "work_items":
                where = f"WHERE id IN ({items})"
            elif decl.work_item_column:
                where = f"WHERE {decl.work_item_column} IN ({items})"
            elif name == "people":
                where = f"WHERE id IN (SELECT caller_id FROM work_items WHERE id IN ({items}))"
            else:
                where = ""
            with cur.copy(f'COPY (SELECT {columns} FROM "{name}" {where}) TO STDOUT') as copy:
                for _ in copy:
                    pass
    finally:
        raw.close()
    return time.perf_counter() - started


#: What the changes are: what a desk mostly changes (priority, SLA columns: no text), or title
#: edits (each re-indexes the item's full text in the replica: the worst case).
CHANGES = {
    "fields": "priority = 1 + (priority + :run) % 5, sla_state = CASE WHEN sla_state = 'ok' "
              "THEN 'warning' ELSE 'ok' END, updated_at = now()",
    "titles": "title = left(title, 180) || ' #' || :run, updated_at = now()",
}

WHAT = {"fields": "priority and SLA state", "titles": "titles (full-text re-index)"}


def change_items(engine: Engine, username: str, changes: int, run: int,
                 kind: str = "fields") -> None:
    with engine.begin() as conn:
        conn.execute(text(
            f"UPDATE work_items SET {CHANGES[kind]}, version = version + 1 "
            "WHERE id IN (SELECT id FROM work_items WHERE assignee_id = (SELECT id FROM "
            "staff_users WHERE username = :u) AND status_category <> 'done' AND deleted_at IS "
            "NULL ORDER BY id LIMIT :n)"), {"u": username, "n": changes, "run": run})


def copy_changed(engine: Engine, username: str, changes: int) -> float:
    started = time.perf_counter()
    raw = engine.raw_connection()
    try:
        with raw.cursor().copy(
                "COPY (SELECT * FROM work_items WHERE id IN (SELECT id FROM work_items WHERE "
                "assignee_id = (SELECT id FROM staff_users WHERE username = "
                f"'{username}') AND status_category <> 'done' AND deleted_at IS NULL ORDER BY id "
                f"LIMIT {changes})) TO STDOUT") as copy:
            for _ in copy:
                pass
    finally:
        raw.close()
    return time.perf_counter() - started


def settle(engine: Engine) -> None:
    """Wait until the newest log entry may be pulled (no older writer still running)."""
    with engine.connect() as conn:
        newest = conn.scalar(text("SELECT max(txid) FROM sync_log")) or 0
    for _ in range(1200):
        with engine.connect() as conn:
            if (conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
                    or 0) > newest:
                return
        time.sleep(0.05)


def record(operation: str, mine: list[float], anchor: list[float], target_s: float,
           note: str) -> Record:
    m, a = statistics.median(mine) * 1000, statistics.median(anchor) * 1000
    return Record(operation, "postgresql", round(m, 1), "COPY of the same rows", round(a, 1),
                  round(m / a, 2) if a else None, len(mine), round(max(mine) * 1000, 1),
                  round(max(anchor) * 1000, 1), f"<= {target_s:g} s", m <= target_s * 1000,
                  note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.replica")
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=5000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    engine = connect(make_url(args.url).set(drivername="postgresql+psycopg"), create=False)
    username, open_items = busiest_staff(engine)
    print(f"scope: me of {username} ({open_items:,} open items)", flush=True)
    creates, copies = [], []
    pulls: dict[str, list[float]] = {kind: [] for kind in CHANGES}
    copies_changed: dict[str, list[float]] = {kind: [] for kind in CHANGES}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            path = Path(folder) / f"replica{run}.sqlite3"
            copies.append(copy_scope(engine, username))
            began = time.perf_counter()
            summary = create_replica(engine, path, Scope(me=True), staff=username)
            creates.append(time.perf_counter() - began)
            print(f"  create {run + 1}: {creates[-1]:.2f} s ({summary.rows:,} rows), "
                  f"COPY {copies[-1]:.2f} s", flush=True)
            for kind in CHANGES:
                change_items(engine, username, args.changes, run, kind)
                settle(engine)
                local = connect(sqlite_url(path), create=False)
                copies_changed[kind].append(copy_changed(engine, username, args.changes))
                began = time.perf_counter()
                result = pull(engine, local)
                pulls[kind].append(time.perf_counter() - began)
                local.dispose()
                print(f"  pull {run + 1} ({kind}): {pulls[kind][-1]:.2f} s "
                      f"({result.entries:,} changes), COPY {copies_changed[kind][-1]:.3f} s",
                      flush=True)
    records = [
        record("replica create", creates, copies, CREATE_TARGET_S,
               f"me scope, {open_items:,} open items, {summary.rows:,} rows"),
        *[record(f"replica pull ({kind})", pulls[kind], copies_changed[kind], PULL_TARGET_S,
                 f"{args.changes:,} changed items: {WHAT[kind]}") for kind in CHANGES],
    ]
    for r in records:
        print(f"{r.operation:24} {r.deskapp_ms:>10.1f} ms   COPY {r.anchor_ms:>8.1f} ms   "
              f"x{r.ratio}   target {r.target}: {'met' if r.met else 'MISSED'}")
    save_results("replica", records, started=started, t0=t0,
                 command="python -m benchmarks.replica " + " ".join(argv or []),
                 json_path=args.json, runs=args.runs, changes=args.changes)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
