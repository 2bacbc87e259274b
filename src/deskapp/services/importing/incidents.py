"""Importing incidents with their history from a CSV or ServiceNow export.

Three passes, none holding the file in memory:

1. **Read**: rows are streamed (:mod:`.reader`), mapped to fields and parked on disk by
   incident (:mod:`.staging`), while date values are watched for one that decides the day/month
   order (13/02 can only be day-first). A file that never decides stops here with a question
   (:class:`DateOrderNeeded`) unless ``date_order`` says it: an import never guesses.
2. **Parse**: each incident's rows become its final state and its history
   (:mod:`deskapp.domain.importing.incident_rows`); a row that cannot be read is rejected with
   its reason and the incident's other rows still count.
3. **Write**: whole incidents in batches, one transaction each. Items are matched by
   ``(external_source, external_id)``: a new one is created with its events; a known one whose
   values differ is updated, with an event per changed field (the history rows the new export
   adds after what was imported, else one at its last update); an equal one is left alone.
   So re-importing changes nothing, and an import cancelled or killed between batches is
   finished by running it again. A dry run does passes 1 and 2 and counts what pass 3 would
   do, writing nothing.

Imported SLA outcomes (``made_sla``) are stored as the old tool measured them and never
replayed over DeskApp's calendars: :class:`deskapp.services.sla_clock.SlaEngine` leaves the SLA
columns of an item with an ``external_source`` as imported, and the sweep never picks it
(``sla_check_at`` is empty).
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskapp.db.base import utcnow
from deskapp.db.models import Incident, TicketEvent, WorkItem
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.importing.incident_rows import (
    DONE,
    IncidentHistory,
    RowRejected,
    history,
    read_row,
)
from deskapp.domain.importing.mapping import ColumnMapping, fields_for, says_utc
from deskapp.domain.importing.values import DateOrder, clean, decided_order, needs_order
from deskapp.domain.incident import PriorityMatrix
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.numbers import format_number
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ValidationError
from deskapp.messages import msg
from deskapp.repositories.importing import ImportRepository
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.authorization import require
from deskapp.services.dto import Actor
from deskapp.services.importing.names import NameBook
from deskapp.services.importing.reader import RowProblem, Summary, detect, file_error, read_rows
from deskapp.services.importing.staging import Staging
from deskapp.services.work_items import _text  # one way to write an event value

FORMATS = ("csv", "servicenow")
BATCH = 500
MATRIX_KEY = "priority_matrix"
#: Work item columns an import writes and compares ("did anything change?").
COLUMNS = ("title", "description", "caller_id", "service_id", "ci_id", "category", "channel",
           "impact", "urgency", "priority", "status", "status_category", "team_id",
           "assignee_id", "resolution_code", "resolution_notes", "opened_at", "responded_at",
           "resolved_at", "closed_at", "reopen_count", "sla_id", "response_due_at",
           "resolution_due_at", "response_elapsed_min", "resolution_elapsed_min",
           "response_breached", "resolution_breached", "sla_state", "sla_check_at",
           "updated_at")
#: Columns whose change is a history event of its own (as the services record them).
EVENT_COLUMNS = ("title", "description", "caller_id", "service_id", "ci_id", "category",
                 "channel", "impact", "urgency", "priority", "status", "team_id",
                 "assignee_id", "resolution_code", "resolution_notes", "opened_at",
                 "responded_at", "resolved_at", "closed_at", "reopen_count")
REFERENCE_KIND = {"caller_id": "caller", "service_id": "service", "ci_id": "ci",
                  "team_id": "team", "assignee_id": "staff"}

_LIFECYCLE = kinds.lifecycle(INCIDENT.key)
Progress = Callable[[str, int, int], None]
ShouldStop = Callable[[], bool]


class DateOrderNeeded(ValidationError):
    """The file's numeric dates read both ways and none decides; ask for the order."""


@dataclass(frozen=True)
class ImportOptions:
    format: str = "csv"
    date_order: DateOrder | None = None  # None: the mapping's, else auto
    zone: str | None = None  # None: the mapping's, else the desk's
    mapping: ColumnMapping | None = None
    source: str | None = None  # None: the mapping's, else "servicenow" / "csv"
    dry_run: bool = False
    batch: int = BATCH


@dataclass(frozen=True)
class ImportSummary(Summary):
    format: str = "csv"
    source: str = ""
    incidents: int = 0
    events: int = 0
    records_created: Mapping[str, int] = field(default_factory=dict)
    date_order: str = DateOrder.AUTO.value
    zone: str = "UTC"

    def extra_json(self) -> dict[str, Any]:
        return {"format": self.format, "source": self.source, "incidents": self.incidents,
                "events": self.events, "records_created": dict(self.records_created),
                "date_order": self.date_order, "zone": self.zone}


@dataclass
class _Run:
    source: str
    zone: ZoneInfo
    order: DateOrder
    dry_run: bool
    matrix: PriorityMatrix
    default_sla: uuid.UUID | None
    service_slas: dict[uuid.UUID, uuid.UUID]
    book: NameBook
    now: datetime
    counts: Counter[str] = field(default_factory=Counter)


class IncidentImporter:
    """Imports incident history. ``actor`` is the person importing (the app): an import creates
    staff, teams, callers, services and CIs, so it takes an administrator's rights. None is the
    admin CLI, which the database holds to its login's rights."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], datetime] = utcnow,
                 actor: Actor | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._actor = actor

    def desk_zone(self) -> str:
        with self._uow(read_only=True) as uow:
            return ImportRepository(uow.session).desk_zone() or "UTC"

    def run(self, path: Path, options: ImportOptions = ImportOptions(), *,
            progress: Progress | None = None,
            should_stop: ShouldStop = lambda: False) -> ImportSummary:
        started = time.monotonic()
        path = Path(path)
        if self._actor is not None:
            require(self._actor, Action.MANAGE, Resource.STAFF)
        if options.format not in FORMATS:
            raise ValidationError(msg("Unknown format '{format}'; use csv or servicenow.",
                                      format=options.format))
        mapping = options.mapping or ColumnMapping()
        if mapping.kind != "incidents":
            raise ValidationError(msg("The mapping is for {kind}, not incidents; choose an "
                                      "incident mapping.", kind=mapping.kind))
        shape = detect(path)
        resolved = mapping.resolve(shape.headers)
        missing = mapping.missing_required(resolved)
        if missing:
            raise file_error(path, "it has no column for " + " or ".join(
                f.label.lower() for f in missing) + " (map one with a mapping file or in the "
                "wizard)")
        source = options.source or mapping.source or (
            "servicenow" if options.format == "servicenow" else "csv")
        if len(source) > 40:
            raise ValidationError("The source name is longer than 40 characters; shorten it.")
        zone = self._zone(options.zone or mapping.zone)
        keys = list(resolved)
        columns = [resolved[k] for k in keys]
        key_at = {k: i for i, k in enumerate(keys)}
        dates = [key_at[k] for k in ("opened_at", "updated_at", "responded_at", "resolved_at",
                                     "closed_at") if k in key_at]
        utc = frozenset(k for k in keys if says_utc(shape.headers[resolved[k]]))
        rejected: list[RowProblem] = []
        warnings: list[RowProblem] = []

        def report(phase: str, done: int, total: int) -> None:
            if progress is not None:
                progress(phase, done, total)

        with Staging() as staging:
            evidence: dict[DateOrder, str] = {}
            ambiguous: str | None = None
            for item in read_rows(path, shape,
                                  progress=lambda d, t: report("Reading", d, t)):
                if should_stop():
                    return self._summary(path, options, source, zone, DateOrder.AUTO, staging,
                                         rejected, warnings, None, started, cancelled=True)
                if isinstance(item, RowProblem):
                    rejected.append(item)
                    continue
                cells: list[str | None] = [item.cells[i] for i in columns]
                ext = clean(cells[key_at["external_id"]])
                if ext is None:
                    rejected.append(RowProblem(item.line, "it has no number (the incident's "
                                                          "id in the old tool)"))
                    continue
                for i in dates:
                    decided = decided_order(cells[i])
                    if decided is not None:
                        evidence.setdefault(decided, cells[i] or "")
                    elif ambiguous is None and needs_order(cells[i]):
                        ambiguous = cells[i]
                staging.add(ext, item.line, cells)
            order = self._order(options.date_order or mapping.date_order or DateOrder.AUTO,
                                evidence, ambiguous)
            with self._uow(read_only=True) as uow:
                repo = ImportRepository(uow.session)
                stored = uow.settings.get(MATRIX_KEY)
                run = _Run(source=source, zone=zone, order=order, dry_run=options.dry_run,
                           matrix=PriorityMatrix.from_json(stored) if stored else
                           PriorityMatrix(), default_sla=repo.default_sla(),
                           service_slas=repo.service_slas(), book=NameBook(repo),
                           now=self._clock())
            total = staging.incident_count()
            done = 0
            batch: list[IncidentHistory] = []
            cancelled = False
            for ext, group in staging.incidents():
                parsed = []
                for line, cells in group:
                    try:
                        reading = read_row(line, dict(zip(keys, cells, strict=True)),
                                           order=order, zone=zone, translate=mapping.translate,
                                           utc=utc)
                    except RowRejected as exc:
                        rejected.append(RowProblem(line, str(exc), ext))
                        continue
                    warnings.extend(RowProblem(line, w, ext) for w in reading.warnings)
                    parsed.append(reading.row)
                done += 1
                if not parsed:
                    continue
                try:
                    batch.append(history(parsed))
                except RowRejected as exc:
                    rejected.append(RowProblem(group[0][0], str(exc), ext))
                if len(batch) >= options.batch:
                    self._write(batch, run, rejected)
                    batch = []
                    report("Importing", done, total)
                    if should_stop():
                        cancelled = True
                        break
            if batch and not cancelled:
                self._write(batch, run, rejected)
            report("Importing", done, total)
            return self._summary(path, options, source, zone, order, staging, rejected,
                                 warnings, run, started, cancelled=cancelled)

    # -- pass 1 helpers ----------------------------------------------------------------------
    def _zone(self, name: str | None) -> ZoneInfo:
        name = name or self.desk_zone()
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(msg("'{name}' is not a time zone DeskApp knows; use an IANA "
                                      "name such as Europe/London or America/New_York.",
                                      name=name)) from None

    @staticmethod
    def _order(wanted: DateOrder, evidence: Mapping[DateOrder, str],
               ambiguous: str | None) -> DateOrder:
        if wanted is not DateOrder.AUTO:
            return wanted
        if len(evidence) > 1:
            raise DateOrderNeeded(
                f"The file has day-first dates ('{evidence[DateOrder.DAY_FIRST]}') and "
                f"month-first ones ('{evidence[DateOrder.MONTH_FIRST]}'); say which it uses "
                "with --date-order dmy or mdy (in the import wizard: Dates); rows that do not "
                "fit are then rejected.")
        if evidence:
            return next(iter(evidence))
        if ambiguous is not None:
            raise DateOrderNeeded(
                f"Dates like '{ambiguous}' can be read day-first or month-first and no date in "
                "the file decides it; say which with --date-order dmy or mdy (in the import "
                "wizard: Dates).")
        return DateOrder.AUTO

    def _summary(self, path: Path, options: ImportOptions, source: str, zone: ZoneInfo,
                 order: DateOrder, staging: Staging, rejected: list[RowProblem],
                 warnings: list[RowProblem], run: _Run | None, started: float, *,
                 cancelled: bool) -> ImportSummary:
        counts = run.counts if run is not None else Counter()
        return ImportSummary(
            file=str(path), format=options.format, source=source, dry_run=options.dry_run,
            cancelled=cancelled,
            rows_read=staging.rows + sum(1 for p in rejected if p.external_id is None),
            incidents=counts["created"] + counts["updated"] + counts["unchanged"],
            created=counts["created"], updated=counts["updated"],
            unchanged=counts["unchanged"], events=counts["events"],
            rejected=tuple(sorted(rejected, key=lambda p: p.line)), warnings=tuple(warnings),
            records_created=dict(run.book.created) if run is not None else {},
            date_order=order.value, zone=zone.key, seconds=time.monotonic() - started)

    # -- pass 3 ------------------------------------------------------------------------------
    def _write(self, batch: Sequence[IncidentHistory], run: _Run,
               rejected: list[RowProblem]) -> None:
        try:
            with self._uow(read_only=run.dry_run) as uow:
                repo = ImportRepository(uow.session)
                existing = repo.by_external(run.source, [h.final.external_id for h in batch])
                fresh = [h for h in batch if h.final.external_id not in existing]
                number = repo.allocate_numbers(INCIDENT.prefix, len(fresh)) \
                    if fresh and not run.dry_run else 1
                items: list[dict[str, Any]] = []
                details: list[dict[str, Any]] = []
                events: list[dict[str, Any]] = []
                counts: Counter[str] = Counter()
                for h in batch:
                    item = existing.get(h.final.external_id)
                    if item is not None and item.kind != INCIDENT.key:
                        rejected.append(RowProblem(h.final.line, f"{run.source} "
                                        f"{h.final.external_id} was imported as a {item.kind}",
                                        h.final.external_id))
                        continue
                    values = self._columns(h, run)
                    if item is None:
                        ident = new_id()
                        item_number = format_number(INCIDENT.prefix, number)
                        number += 1
                        items.append({"id": ident, "version": 1, "kind": INCIDENT.key,
                                      "number": item_number, "parent_id": None,
                                      "due_at": None, "external_source": run.source,
                                      "external_id": h.final.external_id,
                                      "created_at": values["opened_at"], "deleted_at": None,
                                      **values})
                        details.append({"work_item_id": ident, "is_major": False})
                        events.extend(self._history(ident, h, run, None, item_number))
                        counts["created"] += 1
                        continue
                    changed = {k: v for k, v in values.items() if getattr(item, k) != v}
                    if not changed:
                        counts["unchanged"] += 1
                        continue
                    events.extend(self._update_events(item, h, run, changed))
                    for name, value in changed.items():
                        setattr(item, name, value)
                    counts["updated"] += 1
                counts["events"] += len(events)
                if not run.dry_run:
                    run.book.write(repo, uow, self._actor)
                    repo.insert(WorkItem.__table__, items)  # type: ignore[arg-type]
                    repo.insert(Incident.__table__, details)  # type: ignore[arg-type]
                    repo.insert(TicketEvent.__table__, events)  # type: ignore[arg-type]
                    uow.commit()
        except BaseException:
            run.book.rolled_back()
            raise
        if not run.dry_run:
            run.book.committed()
        run.counts.update(counts)

    def _ident(self, run: _Run, kind: str, name: str | None) -> uuid.UUID | None:
        if run.dry_run:
            run.book.would_create(kind, name)
            return run.book.lookup(kind, name)
        return run.book.resolve(kind, name, run.now)

    def _columns(self, h: IncidentHistory, run: _Run) -> dict[str, Any]:
        f = h.final
        assert f.opened_at is not None
        impact, urgency = f.impact or 2, f.urgency or 2
        service_id = self._ident(run, "service", f.service)
        sla_id, state, breached = None, None, False
        if f.made_sla is not None:
            sla_id = run.service_slas.get(service_id) if service_id else None
            sla_id = sla_id or run.default_sla
            breached = not f.made_sla
            if f.status in DONE:
                state = "breached" if breached else "met"
            else:
                state = "breached" if breached else "ok"
        times = [t for t in (f.opened_at, f.responded_at, f.resolved_at, f.closed_at) if t]
        return {
            "title": f.title or f"Imported {f.external_id}", "description": f.description,
            "caller_id": self._ident(run, "caller", f.caller), "service_id": service_id,
            "ci_id": self._ident(run, "ci", f.ci), "category": f.category,
            "channel": f.channel or "phone", "impact": impact, "urgency": urgency,
            "priority": f.priority or run.matrix.priority(impact, urgency),
            "status": f.status,
            "status_category": _LIFECYCLE.category(f.status).value,
            "team_id": self._ident(run, "team", f.team),
            "assignee_id": self._ident(run, "staff", f.assignee),
            "resolution_code": f.resolution_code, "resolution_notes": f.resolution_notes,
            "opened_at": f.opened_at, "responded_at": f.responded_at,
            "resolved_at": f.resolved_at, "closed_at": f.closed_at,
            "reopen_count": f.reopen_count or 0, "sla_id": sla_id, "response_due_at": None,
            "resolution_due_at": None, "response_elapsed_min": None,
            "resolution_elapsed_min": None, "response_breached": breached,
            "resolution_breached": breached, "sla_state": state, "sla_check_at": None,
            "updated_at": f.updated_at or max(times),
        }

    def _event_row(self, ticket: uuid.UUID, run: _Run, at: datetime, actor: str | None,
                   name: str, old: Any, new: Any) -> dict[str, Any]:
        kind = REFERENCE_KIND.get(name)
        if kind is not None:  # references are stored by id, as the services do
            old = self._ident(run, kind, old) if isinstance(old, str) else old
            new = self._ident(run, kind, new) if isinstance(new, str) else new
        return {"id": new_id(), "ticket_kind": INCIDENT.prefix, "ticket_id": ticket,
                "actor_id": self._ident(run, "staff", actor), "occurred_at": at,
                "field": name, "old_value": _text(old), "new_value": _text(new)}

    def _history(self, ticket: uuid.UUID, h: IncidentHistory, run: _Run,
                 after: datetime | None, number: str | None) -> list[dict[str, Any]]:
        rows = []
        for c in h.changes:
            if after is not None and (c.at <= after or c.field == "created"):
                continue
            new = number if c.field == "created" else c.new
            rows.append(self._event_row(ticket, run, c.at, c.actor, c.field, c.old, new))
        return rows

    def _update_events(self, item: WorkItem, h: IncidentHistory, run: _Run,
                       changed: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The new export's history after what was imported, then an event for each changed
        field those steps do not already explain (at its last update, by its updater)."""
        rows = self._history(item.id, h, run, item.updated_at, None)
        explained = {r["field"] for r in rows}
        at = h.final.updated_at or run.now
        actor = self._ident(run, "staff", h.final.updated_by)
        for name in EVENT_COLUMNS:
            if name in changed and name not in explained:
                rows.append({"id": new_id(), "ticket_kind": INCIDENT.prefix,
                             "ticket_id": item.id, "actor_id": actor, "occurred_at": at,
                             "field": name, "old_value": _text(getattr(item, name)),
                             "new_value": _text(changed[name])})
        return rows


def incident_fields() -> list[tuple[str, str, bool]]:
    """(key, label, required) of what an incident import fills, for the wizard."""
    return [(f.key, f.label, f.required) for f in fields_for("incidents")]
