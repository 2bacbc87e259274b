"""Importing a ServiceNow event-log export: rows per second, on a fresh SQLite desk.

    python -m benchmarks.import_incidents [INCIDENTS] [--database URL] [--keep DIR]

Writes a synthetic export shaped like ServiceNow's incident event log (one row per update,
36 columns, day-first dates, "?" for empty, choice labels like "2 - Medium"; about ten rows per
incident, a share of them out of order) and times ``deskapp-admin import incidents --format
servicenow`` on it in-process, then the re-import of the same file (everything unchanged).
See docs/import.md for measured numbers.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

HEADER = ("number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,"
          "made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,"
          "sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,u_symptom,"
          "cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,"
          "u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,"
          "resolved_by,resolved_at,closed_at").split(",")
PRIORITY = {(1, 1): "1 - Critical", (1, 2): "2 - High", (2, 1): "2 - High",
            (1, 3): "3 - Moderate", (2, 2): "3 - Moderate", (3, 1): "3 - Moderate",
            (2, 3): "4 - Low", (3, 2): "4 - Low", (3, 3): "4 - Low"}
LEVEL = {1: "1 - High", 2: "2 - Medium", 3: "3 - Low"}
START = datetime(2016, 2, 29, 8, 0)


def stamp(t: datetime) -> str:
    """ServiceNow's day-first export format without leading zeros: 29/2/2016 01:16."""
    return f"{t.day}/{t.month}/{t.year} {t.hour:02d}:{t.minute:02d}"


def incident_rows(n: int, rng: random.Random) -> Iterator[list[str]]:
    """The rows of incident ``n`` in update order (what ServiceNow writes)."""
    opened = START + timedelta(minutes=rng.randrange(0, 60 * 24 * 330))
    impact, urgency = rng.choice((1, 2, 2, 2, 3)), rng.choice((1, 2, 2, 2, 3))
    group = f"Group {rng.randrange(1, 80)}"
    resolver = f"Resolver {rng.randrange(1, 200)}"
    base = {
        "number": f"INC{n:07d}", "active": "true", "reassignment_count": "0",
        "reopen_count": "0", "made_sla": "true", "caller_id": f"Caller {rng.randrange(1, 5000)}",
        "opened_by": f"Opened by {rng.randrange(1, 200)}", "opened_at": stamp(opened),
        "sys_created_by": "?", "sys_created_at": stamp(opened),
        "contact_type": rng.choice(("Phone", "Phone", "Email", "Self service")),
        "location": f"Location {rng.randrange(1, 200)}",
        "category": f"Category {rng.randrange(1, 60)}",
        "subcategory": f"Subcategory {rng.randrange(1, 250)}",
        "u_symptom": f"Symptom {rng.randrange(1, 500)}", "cmdb_ci": "?",
        "impact": LEVEL[impact], "urgency": LEVEL[urgency],
        "priority": PRIORITY[(impact, urgency)], "assignment_group": "?", "assigned_to": "?",
        "knowledge": "false", "u_priority_confirmation": "false", "notify": "Do Not Notify",
        "problem_id": "?", "rfc": "?", "vendor": "?", "caused_by": "?", "closed_code": "?",
        "resolved_by": "?", "resolved_at": "?", "closed_at": "?"}
    steps = ["New", "Active"] + ["Active"] * rng.randrange(2, 7) + \
        (["Awaiting User Info", "Active"] if rng.random() < 0.2 else []) + ["Resolved", "Closed"]
    reopened = rng.random() < 0.05
    if reopened:
        steps[-1:-1] = ["Active", "Resolved"]
    if rng.random() < 0.1:
        steps = steps[:rng.randrange(2, len(steps) - 1)]  # still open at export time
    t = opened
    row = dict(base)
    resolved = 0
    for mod, state in enumerate(steps):
        t += timedelta(minutes=rng.randrange(5, 60 * 30))
        row["incident_state"] = state
        row["sys_mod_count"] = str(mod)
        row["sys_updated_at"] = stamp(t if mod else opened)
        row["sys_updated_by"] = f"Updated by {rng.randrange(1, 300)}"
        if state == "Active" and row["assignment_group"] == "?":
            row["assignment_group"], row["assigned_to"] = group, resolver
        if state == "Resolved":
            resolved += 1
            if resolved == 2:
                row["reopen_count"] = "1"
            row["resolved_by"] = f"Resolved by {rng.randrange(1, 200)}"
            row["resolved_at"] = stamp(t)
            row["closed_code"] = f"code {rng.randrange(1, 17)}"
            row["made_sla"] = "true" if rng.random() < 0.85 else "false"
        if state == "Active" and resolved:
            row["resolved_at"] = "?"
        if state == "Closed":
            row["active"] = "false"
            row["closed_at"] = stamp(t)
        yield [row.get(h, "?") for h in HEADER]


def write_servicenow_log(path: Path, incidents: int, *, seed: int = 1,
                         shuffled: float = 0.05) -> int:
    """Write the export; returns its number of rows. ``shuffled``: share of incidents whose
    rows are scattered through the file (real exports are not always sorted)."""
    rng = random.Random(seed)
    rows = 0
    held: list[list[str]] = []
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for n in range(1, incidents + 1):
            for row in incident_rows(n, rng):
                rows += 1
                if rng.random() < shuffled:
                    held.append(row)
                else:
                    writer.writerow(row)
            if len(held) > 50:
                rng.shuffle(held)
                writer.writerows(held)
                held.clear()
        writer.writerows(held)
    return rows


def main(argv: list[str]) -> None:
    from sqlalchemy.engine import URL

    from deskapp.runtime import open_database
    from deskapp.services.importing.incidents import ImportOptions, IncidentImporter

    incidents = int(argv[0]) if argv and argv[0].isdigit() else 10_000
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="deskapp-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    export = folder / f"servicenow-{incidents}.csv"
    started = time.perf_counter()
    rows = write_servicenow_log(export, incidents)
    print(f"export: {rows:,} rows, {export.stat().st_size / 1e6:.1f} MB in "
          f"{time.perf_counter() - started:.1f} s ({export})")
    if "--database" in argv:
        from sqlalchemy.engine import make_url

        url = make_url(argv[argv.index("--database") + 1])
    else:
        url = URL.create("sqlite+pysqlite", database=str(folder / "desk.db"))
    db = open_database(url, auto_upgrade=True)
    try:
        importer = IncidentImporter(db.uow)
        for label in ("import", "re-import"):
            started, cpu = time.perf_counter(), time.process_time()
            summary = importer.run(export, ImportOptions(format="servicenow", zone="UTC"))
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu
            print(f"{label}: {seconds:.1f} s ({cpu:.1f} s CPU in this process), "
                  f"{rows / seconds:,.0f} rows/s; "
                  f"{summary.created:,} created, {summary.updated:,} updated, "
                  f"{summary.unchanged:,} unchanged, {summary.events:,} events, "
                  f"{len(summary.rejected)} rejected")
    finally:
        db.dispose()
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:,.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
