"""``deskapp-admin import``: incidents with their history, callers, organisations, CIs and
services from CSV or ServiceNow exports (the engine is :mod:`deskapp.services.importing`).

Progress goes to stderr, the summary to stdout (``--json``: one JSON object).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deskapp.domain.importing.mapping import ColumnMapping
    from deskapp.runtime import Database

#: Rejected rows listed in the plain summary (all of them are in --json).
SHOWN = 20


def add_parser(sub: Any) -> None:
    imp = sub.add_parser("import", help="import incidents (with history) or reference data "
                                        "from CSV or ServiceNow exports")
    what = imp.add_subparsers(dest="import_kind", required=True, metavar="WHAT")
    inc = what.add_parser("incidents", help="incidents and their history (idempotent: a "
                                            "re-import changes only what changed)")
    inc.add_argument("file")
    inc.add_argument("--format", choices=("csv", "servicenow"), default="csv",
                     help="servicenow: ServiceNow field names, one row per update allowed")
    inc.add_argument("--date-order", choices=("auto", "dmy", "mdy"), default=None,
                     help="how to read 05/06/2016 (default auto: decided by a value like "
                          "13/02; asked for when nothing decides)")
    inc.add_argument("--zone", help="time zone of times without one (default: the desk's)")
    inc.add_argument("--source", help="name of the old system, part of each item's key "
                                      "(default: servicenow or csv)")
    _common(inc)
    for kind, text in (("callers", "callers (people the desk serves)"),
                       ("organisations", "organisations"), ("cis", "configuration items"),
                       ("services", "services")):
        ref = what.add_parser(kind, help=f"{text} from CSV, matched by name")
        ref.add_argument("file")
        _common(ref)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mapping", metavar="FILE", help="a mapping file (JSON, see docs/import.md)")
    p.add_argument("--dry-run", action="store_true",
                   help="read and check everything, report per-row errors, write nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    from deskapp.domain.importing.values import DateOrder

    mapping = _mapping(args.mapping)
    path = Path(args.file).expanduser()
    db = open_db()
    progress = _Progress()
    try:
        if args.import_kind == "incidents":
            from deskapp.services.importing.incidents import ImportOptions, IncidentImporter

            options = ImportOptions(
                format=args.format, zone=args.zone, mapping=mapping, source=args.source,
                dry_run=args.dry_run,
                date_order=DateOrder(args.date_order) if args.date_order else None)
            summary: Any = IncidentImporter(db.uow).run(path, options,
                                                        progress=progress)
        else:
            from deskapp.services.importing.reference import ReferenceImporter

            summary = ReferenceImporter(db.uow).run(args.import_kind, path, mapping=mapping,
                                                    dry_run=args.dry_run, progress=progress)
    finally:
        db.dispose()
    data = summary.to_json()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_summary(data)
    return 0


def _mapping(name: str | None) -> ColumnMapping | None:
    if not name:
        return None
    from deskapp.domain.importing.mapping import ColumnMapping
    from deskapp.errors import ValidationError

    try:
        text = Path(name).expanduser().read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"Cannot read the mapping file {name} ({exc.strerror}); check "
                              "the path.") from None
    return ColumnMapping.loads(text)


class _Progress:
    """Progress lines on stderr, at most one every two seconds per phase."""

    def __init__(self) -> None:
        self._started = time.perf_counter()
        self._last = 0.0
        self._phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if phase == self._phase and now - self._last < 2 and done < total:
            return
        self._phase, self._last = phase, now
        if phase == "Reading":
            text = f"{done / 1e6:,.1f} / {total / 1e6:,.1f} MB"
        else:
            text = f"{done:,} / {total:,}"
        print(f"  {phase.lower():<10} {text}  ({now - self._started:5.1f} s)", file=sys.stderr,
              flush=True)


def _print_summary(data: dict[str, Any]) -> None:
    verb = "would be" if data["dry_run"] else "were"
    head = "dry run: nothing was written. " if data["dry_run"] else ""
    if data.get("cancelled"):
        head += "cancelled: the batches already written are whole; run again to finish. "
    print(f"{head}{data['file']}: {data['rows_read']:,} rows read in {data['seconds']:.1f} s")
    for key in ("created", "updated", "unchanged"):
        if key in data:
            print(f"  {data[key]:>8,} {verb} {key}")
    if data.get("events"):
        print(f"  {data['events']:>8,} history events")
    for kind, n in sorted((data.get("records_created") or {}).items()):
        if n:
            print(f"  {n:>8,} new {kind} record(s) {verb} created")
    rejected = data.get("rejected_rows") or []
    print(f"  {len(rejected):>8,} rows rejected")
    for problem in rejected[:SHOWN]:
        ident = f" ({problem['id']})" if problem.get("id") else ""
        print(f"    line {problem['line']}{ident}: {problem['reason']}")
    if len(rejected) > SHOWN:
        print(f"    ... {len(rejected) - SHOWN:,} more (use --json to list them all)")
    warnings = data.get("warnings") or []
    if warnings:
        print(f"  {len(warnings):>8,} warnings (values kept; see --json), e.g. line "
              f"{warnings[0]['line']}: {warnings[0]['reason']}")
