"""Simulated desk agents and supervisors for ``python -m benchmarks load``.

Each simulated person is a thread with DeskApp's own pieces and nothing else: their own login
(row-level security on), ``open_database`` (the client's engine, so its connection budget),
``Services.build`` and the services the GUI calls, and the live-refresh listener
(:mod:`deskapp.db.live`) paced by :class:`deskapp.domain.refresh_pacing.RefreshPacer`, as the
queue workspace does. No Qt. A worker process runs a share of them; one selector thread per
process watches all its people's LISTEN sockets, as each GUI's QSocketNotifier would.

What a person does between think times (exponential, mean ``--think``) is drawn from
:data:`AGENT_MIX` / :data:`SUPERVISOR_MIX`. Every action is timed; so is every refresh a
notification causes, and the wall-clock times of edits and refreshes go back to the parent,
which matches them into the NOTIFY fan-out delay (commit to each listener's refreshed rows).
"""

from __future__ import annotations

import random
import selectors
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.engine import make_url

from deskapp.db import live
from deskapp.domain.kpi import Period
from deskapp.domain.queries import cursor_for
from deskapp.domain.queue import BUILT_IN_BY_KEY, MY_TEAMS, OPEN, QueueDefinition, QueueFilter
from deskapp.domain.refresh_pacing import COUNTS, ROWS, RefreshPacer
from deskapp.errors import ConflictError
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.dto import IncidentDTO, IncidentTaskDTO
from deskapp.services.staff import resolve_actor

TASK_PREFIX = "ITASK-"
PAGE = 50  # rows a queue view shows and reads at a time
SEARCHES = ("printer", "vpn", "outlook crashes", "password reset", "laptop", "INC-000123",
            "email", "network drive", "teams meeting", "badge")
AGENT_MIX = {"open queue": 26, "scroll": 14, "open item": 20, "edit commit": 16,
             "comment": 8, "take next": 6, "search": 10}
SUPERVISOR_MIX = {"supervisor counts": 50, "supervisor KPIs": 30, "open queue": 20}
TEAM_OPEN = QueueDefinition(QueueFilter(teams=(MY_TEAMS,), statuses=OPEN))
QUEUES = (TEAM_OPEN, BUILT_IN_BY_KEY["my_open"].definition,
          BUILT_IN_BY_KEY["unassigned_my_teams"].definition, BUILT_IN_BY_KEY["all_open"].definition)
QUEUE_WEIGHTS = (60, 15, 15, 10)


@dataclass
class PersonSpec:
    name: str
    supervisor: bool
    seed: int


@dataclass
class WorkerResult:
    samples: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    #: (item id, wall time before the save call, wall time after it returned)
    edits: list[tuple[str, float, float]] = field(default_factory=list)
    #: (person, item id, wall time the notification arrived, wall time its refresh finished)
    notices: list[tuple[str, str, float, float]] = field(default_factory=list)
    cpu_s: float = 0.0
    people: int = 0


class Person:
    def __init__(self, spec: PersonSpec, url_text: str, think_s: float, result: WorkerResult,
                 lock: threading.Lock, replica_url: str | None = None,
                 via: str | None = None) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.think_s = think_s
        self.result, self.lock = result, lock
        url = make_url(url_text).set(username=spec.name)
        work = url
        if via:  # a pooler (PgBouncer) for the work connection; LISTEN needs a session
            host, _, port = via.partition(":")
            work = url.set(host=host, port=int(port or 6432))
        self.db = open_database(work, budget=True)  # the desktop client's budget
        self.reports_db = open_database(make_url(replica_url).set(username=spec.name),
                                        budget=True) if replica_url else None
        actor = resolve_actor(self.db.uow, spec.name)
        self.services = Services.build(self.db.uow, actor)
        self.reports = Services.build(self.reports_db.uow, actor) if self.reports_db \
            else self.services
        self.listener = live.listen(url, application_name=f"DeskApp live refresh {spec.name}")
        self.pacer = RefreshPacer(rng=random.Random(spec.seed + 1))
        self.wake = threading.Condition()
        self.pending: list[tuple[list[str] | None, float]] = []
        self.queue = self.services.queues.resolve(TEAM_OPEN)
        self.teams = self.queue.filter.team_ids
        self.kinds = {"incident": self.services.incidents,
                      "incident_task": self.services.incident_tasks}
        self.rows: list[Any] = []
        self.mine: list[tuple[Any, uuid.UUID]] = []

    # -- called by the process's selector thread ---------------------------------------------
    def notified(self, payloads: list[dict[str, Any]], wall: float) -> None:
        with self.wake:
            for payload in payloads:
                if payload.get("table") not in (None, "work_items"):
                    continue
                ids = payload.get("ids")
                self.pending.append((None if ids is None else [str(i) for i in ids], wall))
                self.pacer.note(time.monotonic())
            self.wake.notify()

    # -- the person's own thread ------------------------------------------------------------
    def run(self, stop: threading.Event, deadline: float) -> None:
        next_action = time.monotonic() + self.rng.uniform(0, self.think_s)  # staggered start
        while not stop.is_set():
            now = time.monotonic()
            if now >= deadline:
                break
            with self.wake:
                due = self.pacer.next_due()
                wait = min(next_action, due if due is not None else next_action, deadline) - now
                if wait > 0:
                    self.wake.wait(wait)
                lanes = self.pacer.take(time.monotonic())
                pending, self.pending = (self.pending, []) if ROWS in lanes else ([], self.pending)
            if lanes:
                self._refresh(lanes, pending)
            if time.monotonic() >= next_action and not stop.is_set():
                self._act()
                next_action = time.monotonic() + min(4 * self.think_s, max(
                    0.2 * self.think_s, self.rng.expovariate(1 / self.think_s)))

    def close(self) -> None:
        try:
            self.listener.close()
        finally:
            self.db.dispose()
            if self.reports_db is not None:
                self.reports_db.dispose()

    def _timed(self, name: str, fn: Any) -> Any:
        t0 = time.perf_counter()
        try:
            value = fn()
        except ConflictError:
            with self.lock:
                self.result.outcomes[f"{name}: conflict (another agent saved first)"] += 1
            return None
        except Exception as exc:  # noqa: BLE001 - counted by kind, the run goes on
            text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
            with self.lock:
                self.result.errors[f"{name}: {type(exc).__name__}: {text}"] += 1
            return None
        ms = (time.perf_counter() - t0) * 1000
        with self.lock:
            self.result.samples.setdefault(name, []).append(ms)
        return value

    def _refresh(self, lanes: frozenset[str],
                 pending: list[tuple[list[str] | None, float]]) -> None:
        queues = self.services.queues
        if ROWS in lanes:
            # as the app does: re-read the window only when a change can alter it
            ids = None if any(changed is None for changed, _wall in pending) else [
                uuid.UUID(i) for changed, _wall in pending for i in changed or ()]
            shown = {r.id for r in self.rows}
            touched = self._timed("refresh check",
                                  lambda: queues.touched_by(self.queue, ids, shown))
            if touched is False:
                self._shown(pending)  # the change is not in this view: it is up to date
            elif touched:
                rows = self._timed("refresh rows", lambda: queues.page(self.queue, None, PAGE))
                if rows is not None:
                    self.rows = rows
                    self._shown(pending)
        if COUNTS in lanes:
            if self.spec.supervisor:
                self._timed("refresh counts", lambda: queues.refresh_counts())
            else:
                self._timed("refresh counts", lambda: queues.count(self.queue, fresh=True))

    def _shown(self, pending: list[tuple[list[str] | None, float]]) -> None:
        """The rows on screen were just re-read: every change notified before is shown."""
        done = time.time()
        with self.lock:
            self.result.notices.extend(
                (self.spec.name, item, wall, done) for ids, wall in pending for item in ids or ())

    def _act(self) -> None:
        mix = SUPERVISOR_MIX if self.spec.supervisor else AGENT_MIX
        action = self.rng.choices(list(mix), weights=list(mix.values()))[0]
        getattr(self, "_" + action.replace(" ", "_"))()

    def _open_queue(self) -> None:
        definition = self.rng.choices(QUEUES, weights=QUEUE_WEIGHTS)[0]
        with self.wake:
            pending, self.pending = self.pending, []
        opened = self._timed("open queue", lambda: self.services.queues.open(definition, PAGE))
        if opened is None:
            with self.wake:
                self.pending[:0] = pending
            return
        self.queue, _count, self.rows = opened
        with self.wake:
            self.pacer.ran(ROWS, time.monotonic())
        self._shown(pending)

    def _scroll(self) -> None:
        if not self.rows:
            return self._open_queue()
        after = cursor_for(self.rows[-1], self.queue.sort)
        rows = self._timed("scroll", lambda: self.services.queues.page(self.queue, after, PAGE))
        if rows:
            self.rows = rows

    def _pick(self) -> tuple[Any, Any] | None:
        """(its service, id): an incident or incident task of the person's teams on screen, or
        one they took (what they may edit; supervisors may edit any)."""
        if self.mine and self.rng.random() < 0.5:
            return self.rng.choice(self.mine)
        editable = [r for r in self.rows if r.kind in self.kinds and (
            self.spec.supervisor or r.team_id in self.teams)]
        if not editable:
            return None
        row = self.rng.choice(editable)
        return self.kinds[row.kind], row.id

    def _open_item(self) -> None:
        picked = self._pick()
        if picked is None:
            return self._open_queue()
        service, item_id = picked
        self._timed("open item", lambda: (service.get(item_id),
                                          self.services.work_items.comments(item_id)))
        return None

    def _edit_commit(self) -> None:
        picked = self._pick()
        if picked is None:
            return self._open_queue()
        service, item_id = picked
        item = self._timed("open item", lambda: service.get(item_id))
        if item is None:
            return None
        # a new title every time (the seeds repeat from run to run; an unchanged title saves
        # nothing and notifies nobody)
        title = f"{item.title.split(' ~')[0][:150]} ~{time.time_ns() % 10**12}"
        before = time.time()
        saved = self._timed("edit commit", lambda: service.update(
            item.id, item.version, {"title": title}))
        if saved is not None:
            with self.lock:
                self.result.edits.append((str(item.id), before, time.time()))
        return None

    def _comment(self) -> None:
        picked = self._pick()
        if picked is None:
            return self._open_queue()
        item_id = picked[1]
        self._timed("comment", lambda: self.services.work_items.add_comment(
            item_id, "Called the user back; waiting for the log files.", work_note=True))
        return None

    def _take_next(self) -> None:
        unassigned = self.services.queues.resolve(
            BUILT_IN_BY_KEY["unassigned_my_teams"].definition)
        taken = self._timed("take next", lambda: self.services.queues.take_next(unassigned))
        kind = "incident" if isinstance(taken, IncidentDTO) else None
        if isinstance(taken, IncidentTaskDTO) and taken.number.startswith(TASK_PREFIX):
            kind = "incident_task"  # request tasks share the DTO
        if kind is not None:  # problems and requests are opened, not edited, here
            self.mine = [*self.mine[-19:], (self.kinds[kind], taken.id)]

    def _search(self) -> None:
        query = self.rng.choice(SEARCHES)
        self._timed("search", lambda: self.services.search.search(query))

    def _supervisor_counts(self) -> None:
        self._timed("supervisor counts", lambda: self.reports.queues.refresh_counts())

    def _supervisor_KPIs(self) -> None:  # noqa: N802 - named after the action
        end = datetime.now(UTC)
        period = Period(end - timedelta(days=30), end)
        self._timed("supervisor KPIs", lambda: self.reports.kpi.report(period))


def _watch(people: list[Person], stop: threading.Event) -> None:
    """The process's selector thread: drain each LISTEN socket, hand payloads to its person."""
    selector = selectors.DefaultSelector()
    for person in people:
        selector.register(person.listener.pgconn.socket, selectors.EVENT_READ, person)
    while not stop.is_set():
        for key, _mask in selector.select(timeout=0.2):
            person = key.data
            try:
                payloads = live.drain(person.listener)
            except Exception as exc:  # noqa: BLE001 - a lost listener is an error of the run
                with person.lock:
                    person.result.errors[f"live refresh: {type(exc).__name__}"] += 1
                selector.unregister(key.fileobj)
                continue
            if payloads:
                person.notified(payloads, time.time())
    selector.close()


def run_worker(specs: list[PersonSpec], url_text: str, think_s: float, seconds: float,
               replica_url: str | None, via: str | None, ready: Any, go: Any,
               out: Any) -> None:
    """A worker process: connect its people, report ready, wait for ``go``, run ``seconds``,
    put a :class:`WorkerResult` on ``out``."""
    import resource

    result = WorkerResult()
    lock = threading.Lock()
    people: list[Person] = []
    try:
        for spec in specs:
            people.append(Person(spec, url_text, think_s, result, lock, replica_url, via))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        ready.put(f"{type(exc).__name__}: {exc}")
        for person in people:
            person.close()
        return
    ready.put("ready")
    go.wait()
    stop = threading.Event()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    deadline = time.monotonic() + seconds
    watcher = threading.Thread(target=_watch, args=(people, stop), daemon=True)
    watcher.start()
    threads = [threading.Thread(target=p.run, args=(stop, deadline), daemon=True)
               for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    stop.set()
    watcher.join(timeout=5)
    end = resource.getrusage(resource.RUSAGE_SELF)
    result.cpu_s = (end.ru_utime - usage.ru_utime) + (end.ru_stime - usage.ru_stime)
    result.people = len(people)
    for person in people:
        person.close()
    out.put(result)
