"""The orchestrator: reference data, then the work items in batches, each batch through the
steps (:data:`STEPS`), written in one transaction per batch."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from deskapp.db.demo.access import generate_access
from deskapp.db.demo.approvals import ApprovalStep
from deskapp.db.demo.attachments import AttachmentsStep
from deskapp.db.demo.catalogue import ensure_catalogue
from deskapp.db.demo.changes import generate_changes
from deskapp.db.demo.clock import WALL, Clock, load_clock
from deskapp.db.demo.common import (
    DEFAULT_BATCH,
    KIND,
    TASK_KIND,
    WINDOW_DAYS,
    Cancel,
    Progress,
    table_of,
)
from deskapp.db.demo.impacted_cis import ImpactedCisStep
from deskapp.db.demo.incidents import IncidentGenerator
from deskapp.db.demo.knowledge import ensure_knowledge
from deskapp.db.demo.major_children import raise_major_children
from deskapp.db.demo.major_incidents import MajorUpdatesStep
from deskapp.db.demo.problems import PROBLEM_PREFIX, ProblemStep
from deskapp.db.demo.reference import Reference, ensure_reference
from deskapp.db.demo.requests import generate_requests
from deskapp.db.demo.rows import (
    COMMENT_COLUMNS,
    EVENT_COLUMNS,
    INCIDENT_DETAIL_COLUMNS,
    TASK_DETAIL_COLUMNS,
    WORK_ITEM_COLUMNS,
)
from deskapp.db.demo.satisfaction import SatisfactionStep
from deskapp.db.demo.steps import Step
from deskapp.db.demo.tasks import TASK_SHARE
from deskapp.db.demo.templates import ensure_templates
from deskapp.db.demo.time_entries import TimeEntriesStep
from deskapp.db.demo.worker import from_worker, worker_available
from deskapp.db.demo.writer import SqliteBulk, Writer, roomy_engine
from deskapp.db.engine import BEGIN_MODE
from deskapp.db.models import Comment, IncidentTask, NumberCounter, TicketEvent, WorkItem
from deskapp.db.models import Incident as IncidentDetails

#: Below this many tickets a second process costs more (start-up, pickling) than it saves.
PARALLEL_MIN_TICKETS = 40_000
SUSPEND_MIN_TICKETS = 100_000
"""Loads at least this large (and at least as large as the table already is) drop the queue and
search indexes and SQLite's FTS triggers while loading and rebuild them once afterwards."""

#: The generators that add rows on each batch of work items, in order (the extension point:
#: see :mod:`deskapp.db.demo.steps`).
STEPS: tuple[Step, ...] = (AttachmentsStep(), TimeEntriesStep(), ApprovalStep(),
                           SatisfactionStep(), ImpactedCisStep(), ProblemStep(),
                           MajorUpdatesStep())


@dataclass(frozen=True)
class DemoStats:
    """What a run produced. Reference counts are the demo reference rows now in the database
    (created or reused); incidents, events and comments are the rows this run added."""

    organisations: int
    people: int
    staff: int
    teams: int
    services: int
    cis: int
    incidents: int
    events: int
    comments: int
    seconds: float
    tasks: int = 0  # incident tasks among the work items added (incidents counts the rest)
    #: (table, rows added) for each table the steps wrote, in step order
    step_rows: tuple[tuple[str, int], ...] = ()
    articles: int = 0  # knowledge articles written (once per desk)
    #: service requests raised from the demo catalogue (their tasks, events and approvals
    #: are not in the counts above)
    requests: int = 0
    #: changes raised across the year (with their tasks, approvals and reviews)
    changes: int = 0

    def rows_in(self, table: str) -> int:
        """Rows this run added to a step's table (0 if no step writes it)."""
        return dict(self.step_rows).get(table, 0)




def generate(engine: Engine, tickets: int, *, seed: int = 1, open_ratio: float = 0.3,
             progress: Progress | None = None, cancel: Cancel | None = None,
             now: datetime | None = None, batch_size: int = DEFAULT_BATCH,
             parallel: bool | None = None,
             suspend_indexes: bool | None = None, requests: bool = False) -> DemoStats:
    """Add ``tickets`` work items (and any missing reference data) to a migrated database:
    60 % incidents and 40 % incident tasks under them (``TASK_SHARE``).

    ``open_ratio`` of the incidents end in an open status, days or weeks old (their tasks
    mostly open with them), the rest resolved or closed. ``progress(done, total)`` is called
    after each committed batch; ``cancel()`` returning True stops after the current batch.
    The same ``seed`` gives the same tickets (numbers, titles, statuses...) on a fresh
    database; ``now`` pins the clock the two-year window ends at (default: the current time).
    ``parallel`` generates rows in a child
    Python process while this one writes (default: for large runs, when not a frozen bundle);
    the output is the same either way. ``suspend_indexes`` drops the queue and search indexes
    (and SQLite's full-text triggers, and the plain indexes of the tables the load fills but
    for those it appends to) for the load and rebuilds them once at the end
    (:func:`deskapp.db.maintenance.indexes_suspended`, crash-safe; default: for loads of at least
    ``SUSPEND_MIN_TICKETS`` that are at least as large as the table already is). Only for a
    database nobody else writes to meanwhile. Planner statistics are refreshed afterwards.
    The demo catalogue's offerings are added with the reference data; ``requests`` also raises
    service requests from it through the services (:mod:`deskapp.db.demo.requests`: the app's
    sample data and ``deskapp-admin demo-data`` do; the bulk loader's own tests do not), and
    the calls the newest open major incidents collect, linked as their children
    (:mod:`deskapp.db.demo.major_children`).
    """
    if tickets < 0:
        raise ValueError("tickets must be zero or more")
    if not 0.0 <= open_ratio <= 1.0:
        raise ValueError("open_ratio must be between 0 and 1")
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    epoch_start = now - timedelta(days=WINDOW_DAYS + 60)
    people_target = max(200, tickets // 50)
    counter_t = table_of(NumberCounter)
    if engine.dialect.name == "sqlite":
        engine = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
    if parallel is None:
        parallel = tickets >= PARALLEL_MIN_TICKETS and worker_available()

    with roomy_engine(engine) as roomy:
        with engine.connect() as conn:
            with conn.begin():
                ref = ensure_reference(conn, people_target, epoch_start)
                ensure_catalogue(conn, epoch_start)
                start = conn.execute(select(counter_t.c.last_value)
                                     .where(counter_t.c.kind == KIND)).scalar()
                if start is None:
                    start = 0
                    conn.execute(counter_t.insert(), [{"kind": KIND, "last_value": 0}])
                task_start = conn.execute(select(counter_t.c.last_value)
                                          .where(counter_t.c.kind == TASK_KIND)).scalar()
                if task_start is None:
                    task_start = 0
                    conn.execute(counter_t.insert(), [{"kind": TASK_KIND, "last_value": 0}])
                first_day = (now - timedelta(days=WINDOW_DAYS + 3)).date()
                last_day = (now + timedelta(days=400)).date()
                clocks = {sla: load_clock(conn, cal, first_day, last_day)
                          for sla, cal in ref.sla_calendar.items()}
                clocks[WALL] = Clock("UTC", {d: [(0, 1440)] for d in range(7)}, frozenset(),
                                     first_day, first_day)
            stats_ref = (ref.organisations, len(ref.people), ref.staff, len(ref.teams),
                         ref.service_count, ref.ci_count)
            if suspend_indexes is None:
                suspend_indexes = tickets >= SUSPEND_MIN_TICKETS and tickets >= conn.execute(
                    select(func.count()).select_from(table_of(WorkItem))).scalar_one()
                conn.rollback()  # the count's implicit transaction must not block the DROPs
            suspended: AbstractContextManager[None] = nullcontext()
            if tickets and suspend_indexes:
                from deskapp.db.maintenance import indexes_suspended  # noqa: PLC0415

                suspended = indexes_suspended(roomy)
            with suspended:
                counts = _load(
                    conn, ref, clocks, seed=seed, start=int(start), task_start=int(task_start),
                    tickets=tickets,
                    open_ratio=open_ratio, now=now, batch_size=batch_size, parallel=parallel,
                    progress=progress, cancel=cancel)
            with conn.begin():  # after the items: articles link the resolved ones they solved
                articles = ensure_knowledge(conn, ref, now, seed)
                ensure_templates(conn, ref, now)
            if counts.written:
                _analyze(conn)
        raised = changed = 0  # after the bulk rows' connection is back in the pool
        if requests:
            raised, changed = _through_services(roomy, tickets, seed=seed, now=now)
            if tickets and roomy.dialect.name == "postgresql":
                with roomy.connect() as again:
                    _vacuum_items(again.execution_options(isolation_level="AUTOCOMMIT"))
    return DemoStats(*stats_ref, incidents=counts.written - counts.tasks, events=counts.events,
                     comments=counts.comments, seconds=time.perf_counter() - started,
                     tasks=counts.tasks, step_rows=tuple(counts.rows.items()),
                     articles=articles, requests=raised, changes=changed)


def _through_services(engine: Engine, tickets: int, *, seed: int, now: datetime
                      ) -> tuple[int, int]:
    """The items raised through the services (their own transactions), after the bulk load:
    (requests, changes)."""
    raised = generate_requests(engine, tickets, seed=seed, now=now)
    if tickets:  # systems, grants, access requests, a leaver and a review
        generate_access(engine, seed=seed, now=now)
        # and the calls about the newest open major incidents, their children
        raise_major_children(engine, seed=seed, now=now)
    # changes across the year around today (with the year-end freeze), the same way
    return raised, generate_changes(engine, tickets, seed=seed, now=now)


@dataclass
class _Counts:
    written: int = 0  # work items
    tasks: int = 0  # of them incident tasks
    events: int = 0
    comments: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # the steps' tables


def _load(conn: Connection, ref: Reference, clocks: dict[str, Clock], *, seed: int,
          start: int, task_start: int, tickets: int, open_ratio: float, now: datetime,
          batch_size: int, parallel: bool, progress: Progress | None,
          cancel: Cancel | None) -> _Counts:
    """Write the work items, and what the steps add on them, in batches."""
    counter_t = table_of(NumberCounter)
    counts = _Counts(rows={name: 0 for step in STEPS for name, _ in step.tables})
    if tickets:
        postgres = conn.dialect.name == "postgresql"
        n_tasks = int(tickets * TASK_SHARE)
        # batches count incidents; each carries its incidents' tasks
        per_batch = max(1, round(batch_size * (1 - TASK_SHARE)))
        gen = IncidentGenerator(ref, clocks, seed=seed, start_number=int(start),
                                total=tickets - n_tasks, open_ratio=open_ratio, now=now,
                                postgres=postgres, task_start=task_start, tasks=n_tasks,
                                steps=STEPS)
        writer = Writer(conn, tables=list(counts.rows))
        number, task_number = int(start), int(task_start)
        batches = from_worker(gen, per_batch) if parallel else gen.batches(per_batch)
        try:
            with SqliteBulk(conn):
                for batch in batches:
                    with conn.begin():
                        if postgres:
                            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                        moved = conn.execute(
                            update(counter_t)
                            .where(counter_t.c.kind == KIND,
                                   counter_t.c.last_value == number)
                            .values(last_value=batch.last_number)).rowcount
                        moved += conn.execute(
                            update(counter_t)
                            .where(counter_t.c.kind == TASK_KIND,
                                   counter_t.c.last_value == task_number)
                            .values(last_value=batch.last_task_number)).rowcount
                        if moved != 2:
                            raise RuntimeError(
                                "Ticket numbers were allocated by someone else during the "
                                "demo-data load; run it while nobody logs tickets.")
                        writer.write(table_of(WorkItem), WORK_ITEM_COLUMNS, batch.items)
                        writer.write(table_of(IncidentDetails), INCIDENT_DETAIL_COLUMNS,
                                     batch.incident_details)
                        writer.write(table_of(IncidentTask), TASK_DETAIL_COLUMNS,
                                     batch.task_details)
                        writer.write(table_of(TicketEvent), EVENT_COLUMNS, batch.events)
                        writer.write(table_of(Comment), COMMENT_COLUMNS, batch.comments)
                        for step in STEPS:
                            for name, columns in step.tables:
                                writer.write(name, columns, batch.extra.get(name, []))
                    number, task_number = batch.last_number, batch.last_task_number
                    counts.written += len(batch.items)
                    counts.tasks += batch.tasks
                    counts.events += len(batch.events)
                    counts.comments += len(batch.comments)
                    for name, rows in batch.extra.items():
                        counts.rows[name] += len(rows)
                    if progress is not None:
                        progress(counts.written, tickets)
                    if cancel is not None and cancel():
                        break
        finally:
            close = getattr(batches, "close", None)
            if close is not None:
                close()  # stops the worker process if we left early
        with conn.begin():
            _counter_past_highest(conn, PROBLEM_PREFIX)
    return counts


def _counter_past_highest(conn: Connection, prefix: str) -> None:
    """Move a prefix's number counter past the highest number a step gave (demo problems are
    numbered after their first incident), so the next one the desk logs is free."""
    counter_t, items = table_of(NumberCounter), table_of(WorkItem)
    numbers = conn.execute(select(items.c.number).where(
        items.c.number.like(f"{prefix}-%"))).scalars()
    highest = max((int(n.split("-", 1)[1]) for n in numbers if n.split("-", 1)[1].isdigit()),
                  default=0)
    if not highest:
        return
    moved = conn.execute(update(counter_t).where(counter_t.c.kind == prefix,
                                                 counter_t.c.last_value < highest)
                         .values(last_value=highest)).rowcount
    exists = conn.execute(select(counter_t.c.kind).where(counter_t.c.kind == prefix)).first()
    if not moved and exists is None:
        conn.execute(counter_t.insert(), [{"kind": prefix, "last_value": highest}])


def _vacuum_items(auto: Connection) -> None:
    """PostgreSQL: ``VACUUM (ANALYZE)`` the items (``auto``: in autocommit; VACUUM cannot run
    in a transaction).

    Run after the bulk rows (:func:`_analyze`) and again after the phases that go through the
    services (requests, access, major incidents' children, changes): they change item rows and
    so clear the visibility map of those pages; straight after a 1M load a count of the open
    priority-3 items then fetched 8,400 heap pages (13 ms instead of 8 ms, and the filter
    change 26 ms instead of 17). The second pass visits only the changed pages (2.3 s)."""
    auto.exec_driver_sql(f"VACUUM (ANALYZE) {WorkItem.__tablename__}")


def _analyze(conn: Connection) -> None:
    """Fresh planner statistics after a bulk load.

    PostgreSQL: ``VACUUM (ANALYZE)`` for incidents, so the visibility map is set and queue
    counts become index-only scans (straight after a load, counting the 73,000 open
    priority-3 tickets of 1M read 40,000 heap pages: 170-290 ms instead of a few ms), and
    ``ANALYZE`` for the history tables. VACUUM cannot run in a transaction, hence autocommit
    (the pool resets the isolation level when the connection goes back).
    """
    if conn.dialect.name == "postgresql":
        auto = conn.execution_options(isolation_level="AUTOCOMMIT")
        _vacuum_items(auto)
        for model in (TicketEvent, Comment, IncidentDetails, IncidentTask):
            auto.exec_driver_sql(f"ANALYZE {model.__tablename__}")
    elif conn.dialect.name == "sqlite":
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA optimize")

