"""The write path the kept open counts' triggers sit on, at 1M: create an incident, change its
priority (impact), assign it (team and assignee), change its title (no counted column: the
triggers do not fire), each a full service call with commit. Run against the code before and
after migration 0025 on the same database to see what the counts cost a writer.

``python -m benchmarks.write_path --database URL [--samples 40] [--label before]``
prints p50/p95 per operation and writes ``benchmarks/results/<stamp>-write-path-<label>-<db>.json``.
The operations alternate (A B C D A B C D ...), so a load spike on the machine hits all alike.
``--toggle-counts`` alternates whole rounds with the open-count triggers on and off on the same
code and database: the triggers' own cost, free of the load on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from benchmarks.harness import RESULTS, Series, stopwatch
from deskapp.config.urls import parse_database_url
from deskapp.db import open_counts
from deskapp.db.models import Person, Team, TeamMember
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.write_path")
    parser.add_argument("--database", required=True)
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--label", default="run")
    parser.add_argument("--toggle-counts", action="store_true",
                        help="alternate rounds with the open-count triggers on and off (same "
                             "code, same database, same load); they are recounted at the end")
    args = parser.parse_args(argv)
    started, t0 = datetime.now(UTC), time.perf_counter()
    db = open_database(parse_database_url(args.database), auto_upgrade=False)
    actor = ensure_staff(db.uow, "bench.writer", "Benchmark Writer", ("agent", "supervisor"))
    services = Services.build(db.uow, actor)
    with db.uow() as uow:
        team = uow.session.scalars(select(Team.id).order_by(Team.name)).first()
        caller = uow.session.scalars(select(Person.id).limit(1)).first()
        if team is not None and uow.session.get(TeamMember, (team, actor.staff_id)) is None:
            uow.session.add(TeamMember(team_id=team, staff_id=actor.staff_id))
        uow.commit()
    incidents = services.incidents
    made: list[Any] = []
    modes = ("counts on", "counts off") if args.toggle_counts else ("",)
    series = {f"{name} ({mode})" if mode else name: Series(f"{name} ({mode})" if mode else name)
              for mode in modes for name in ("create", "priority change", "assign",
                                             "title change", "raw priority UPDATE")}
    for n in range(2 * args.samples + 4 if args.toggle_counts else args.samples + 2):
        mode = modes[n % len(modes)]
        if args.toggle_counts:
            _counts(db.engine, on=mode == "counts on")
        keep = n >= 2 * len(modes)  # two warm-up rounds (of each mode)

        def add(name: str, ms: float, keep: bool = keep, mode: str = mode) -> None:
            if keep:
                series[f"{name} ({mode})" if mode else name].add(ms)

        created: list[Any] = []
        title = f"Write path {n}"
        ms = stopwatch(lambda: created.append(incidents.create({  # noqa: B023
            "title": title, "impact": 3, "urgency": 3, "caller_id": caller})))  # noqa: B023
        item = created[0]
        made.append(item.id)
        add("create", ms)
        current = incidents.get(item.id)
        ms = stopwatch(lambda: incidents.update(current.id, current.version,  # noqa: B023
                                                {"impact": 2}))
        add("priority change", ms)
        current = incidents.get(item.id)
        ms = stopwatch(lambda: incidents.assign(current.id, current.version,  # noqa: B023
                                                team, actor.staff_id))
        add("assign", ms)
        current = incidents.get(item.id)
        ms = stopwatch(lambda: incidents.update(current.id, current.version,  # noqa: B023
                                                {"title": title + " (renamed)"}))  # noqa: B023
        add("title change", ms)
        # the same kind of write with no service around it: the trigger's share is visible
        new_priority = 1 + n % 5
        ms = stopwatch(lambda: _raw_update(db.engine, item.id, new_priority))  # noqa: B023
        add("raw priority UPDATE", ms)
    if args.toggle_counts:
        _counts(db.engine, on=True)
        with db.engine.begin() as conn:  # recount what the rounds without triggers wrote
            for statement in open_counts.recount_sql(conn.dialect.name):
                conn.exec_driver_sql(statement)
    database = db.engine.dialect.name
    rows = []
    for s in series.values():
        p50, p95 = s.p50, s.p95
        print(f"{database:10} {s.name:28} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms", flush=True)
        rows.append({"operation": s.name, "database": database, "p50_ms": p50,
                     "p95_ms": p95, "runs": len(s.samples)})
    import json

    from benchmarks.machine import machine

    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{started.strftime('%Y%m%dT%H%M%SZ')}-write-path-{args.label}-{database}.json"
    out.write_text(json.dumps({"timestamp": started.isoformat(timespec="seconds"),
                               "seconds": round(time.perf_counter() - t0, 1),
                               "command": " ".join(sys.argv), "label": args.label,
                               "machine": machine(), "records": rows}, indent=2),
                   encoding="utf-8")
    print(f"results: {out}")
    db.dispose()
    return 0


def _raw_update(engine: Any, item_id: Any, priority: int) -> None:
    from sqlalchemy import update

    from deskapp.db.models import WorkItem

    with engine.begin() as conn:
        conn.execute(update(WorkItem.__table__).where(WorkItem.__table__.c.id == item_id)
                     .values(priority=priority))


def _counts(engine: Any, *, on: bool) -> None:
    """Create or drop the open-count triggers (deskapp.db.open_counts)."""
    from sqlalchemy import text

    with engine.begin() as conn:
        dialect = conn.dialect.name
        statements = open_counts.SQLITE_OPEN_COUNTS if dialect == "sqlite" \
            else open_counts.PG_OPEN_COUNTS
        for statement in statements:
            name = statement.split()[2]
            on_table = "" if dialect == "sqlite" else " ON work_items"
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}{on_table}"))
            if on:
                conn.execute(text(statement))


if __name__ == "__main__":
    raise SystemExit(main())
