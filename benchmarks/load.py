"""``python -m benchmarks load --agents 50,100,200 --minutes 2 --json FILE``: a desk of simulated
agents and supervisors on one PostgreSQL server (issue 29).

Without ``--database`` it uses the private cluster of :mod:`benchmarks.load_server` (made and
started on first use, reused after, with ``pg_stat_statements`` and connections for 200 agents);
``--database URL`` names a superuser's URL instead. The dataset comes from ``deskapp-admin
demo-data`` (``--tickets``, ``--open-ratio``; reused when present); security is applied; each
simulated person gets a staff record and their own login. Several ``--agents`` values run one
after the other (a curve) into one JSON. Each run: ``--processes`` worker processes
(:mod:`benchmarks.load_agents`), per-operation p50 / p95 / p99, errors by kind, NOTIFY fan-out
delay, peak server connections (in all and per login), CPU of the server and of the harness,
load average, and the slowest statements.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import threading
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from benchmarks import dataset, load_server
from benchmarks.harness import RESULTS, Series
from benchmarks.load_agents import PersonSpec, WorkerResult, run_worker

PREFIX = "load."
TARGETS = {  # operation -> (percentile, limit ms), issue 29
    "open queue": ("p95", 100.0), "edit commit": ("p95", 50.0), "live refresh": ("p95", 1500.0)}
MAX_CONNECTIONS_PER_CLIENT = 2
#: pg_stat_statements lives outside ``public``: DeskApp's security check refuses tables there
#: it does not know
STATS_SCHEMA = "monitoring"


def add_parser(sub: Any) -> None:
    load = sub.add_parser("load", help="simulated agents on one PostgreSQL server (issue 29)")
    load.add_argument("--agents", default="100",
                      help="simulated agents; a comma list runs a curve (e.g. 50,100,200)")
    load.add_argument("--supervisors", type=float, default=0.05, metavar="SHARE",
                      help="supervisors as a share of the agents (at least one)")
    load.add_argument("--minutes", type=float, default=2.0, help="measured minutes per run")
    load.add_argument("--think", type=float, default=10.0,
                      help="mean seconds between one person's actions")
    load.add_argument("--database", metavar="URL",
                      help="a superuser's URL (default: the private load cluster, port "
                           f"{load_server.PORT})")
    load.add_argument("--replica", metavar="URL",
                      help="a read replica's URL: supervisors' counts and KPIs read from it")
    load.add_argument("--via", metavar="HOST:PORT",
                      help="work connections through this pooler (PgBouncer); the LISTEN "
                           "connections stay direct")
    load.add_argument("--pgbouncer", action="store_true",
                      help="start PgBouncer (transaction pooling) in front of the private "
                           "load cluster and send the work connections through it")
    load.add_argument("--tickets", type=int, default=1_000_000)
    load.add_argument("--open-ratio", type=float, default=0.05,
                      help="share of the tickets left open (0.05 of 1M: 50k open)")
    load.add_argument("--processes", type=int, default=4,
                      help="worker processes the simulated people are spread over")
    load.add_argument("--json", type=Path, help="write the result here too")


# -- preparing the desk ---------------------------------------------------------------------
def prepare_people(url: URL, agents: int, supervisors: int) -> list[PersonSpec]:
    """Security applied; ``load.agentNNN`` (agent, one team each, round robin) and
    ``load.supNN`` (supervisor, every team) with their own logins."""
    from sqlalchemy import select

    from benchmarks.logins import join_teams, secure
    from deskapp.db.models import Team
    from deskapp.db.security.logins import PostgresLogins
    from deskapp.runtime import open_database
    from deskapp.services.staff import ensure_staff

    db = open_database(url)
    try:
        secure(db)
        with db.uow(read_only=True) as uow:
            teams = list(uow.session.scalars(select(Team.id).order_by(Team.name)))
        logins = PostgresLogins(db.engine)
        specs = [PersonSpec(f"{PREFIX}agent{i:03d}", False, 1000 + i) for i in range(agents)]
        specs += [PersonSpec(f"{PREFIX}sup{i:02d}", True, 5000 + i) for i in range(supervisors)]
        for n, spec in enumerate(specs):
            roles = ("supervisor",) if spec.supervisor else ("agent",)
            actor = ensure_staff(db.uow, spec.name, spec.name.replace(".", " ").title(), roles)
            join_teams(db, actor.staff_id, teams if spec.supervisor else [teams[n % len(teams)]])
            logins.create_login(spec.name, None, roles)  # a login of another desk gets this one
        return specs
    finally:
        db.dispose()


# -- watching the server ----------------------------------------------------------------------
def _proc_cpu(pid: int) -> tuple[float, float, int]:
    """(own CPU s, reaped children's CPU s, parent pid) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return ((int(fields[11]) + int(fields[12])) / tick,
            (int(fields[13]) + int(fields[14])) / tick, int(fields[1]))


def server_cpu(postmaster: int | None) -> float | None:
    """CPU seconds the server has used: the postmaster, its live backends, and the backends
    it has reaped (its children's time). None when /proc cannot tell."""
    if postmaster is None:
        return None
    try:
        own, reaped, _ = _proc_cpu(postmaster)
    except OSError:
        return None
    total = own + reaped
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cpu, _, parent = _proc_cpu(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
            if parent == postmaster:
                total += cpu
    return total


def find_postmaster(engine: Engine) -> int | None:
    """The server's postmaster pid, when it runs on this machine (the parent of a backend)."""
    with engine.connect() as conn:
        backend = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
    try:
        return _proc_cpu(backend)[2]
    except OSError:
        return None


class Monitor(threading.Thread):
    """Samples the server's connections (the simulated logins' only, and per login) and the
    load average twice a second."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(daemon=True)
        self.engine = engine
        self.halt = threading.Event()
        self.peak_total = 0
        self.peak_per_login = 0
        self.peak_login = ""
        self.load: list[float] = []

    def run(self) -> None:
        with self.engine.connect() as conn:
            while not self.halt.wait(0.5):
                rows = conn.execute(text(
                    "SELECT usename, count(*) FROM pg_stat_activity WHERE usename LIKE :p "
                    "GROUP BY usename"), {"p": PREFIX + "%"}).all()
                conn.commit()
                self.peak_total = max(self.peak_total, sum(int(r[1]) for r in rows))
                for name, count in rows:
                    if int(count) > self.peak_per_login:
                        self.peak_per_login, self.peak_login = int(count), str(name)
                self.load.append(os.getloadavg()[0])


def slowest_statements(engine: Engine, limit: int = 12) -> list[dict[str, Any]] | str:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT calls, total_exec_time, mean_exec_time, max_exec_time, rows, query "
                f"FROM {STATS_SCHEMA}.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database "
                "WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT :n"),
                {"n": limit}).all()
    except Exception as exc:  # noqa: BLE001 - reported in the JSON instead
        return f"pg_stat_statements unavailable: {str(exc).splitlines()[0]}"
    return [{"calls": r[0], "total_ms": round(r[1], 1), "mean_ms": round(r[2], 2),
             "max_ms": round(r[3], 1), "rows": r[4], "query": " ".join(r[5].split())[:400]}
            for r in rows]


def reset_statements(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {STATS_SCHEMA}"))
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements "
                              f"SCHEMA {STATS_SCHEMA}"))
            conn.execute(text(f"SELECT {STATS_SCHEMA}.pg_stat_statements_reset()"))
            conn.commit()
        return None
    except Exception as exc:  # noqa: BLE001 - the run goes on without the statements
        return str(exc).splitlines()[0]


# -- the fan-out delay --------------------------------------------------------------------
def fan_out(edits: list[tuple[str, float, float]], notices: list[tuple[str, str, float, float]],
            listeners: int, end_wall: float) -> dict[str, Any]:
    """Match each listener's refreshes to the edits they showed: per (edit, listener), the
    first refresh of a notification for that item that arrived after the save began; the delay
    runs from the save's return (its commit) to that refresh's end. Edits in the last 3 s are
    left out (listeners had no time to refresh before the run ended)."""
    by_item: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for item, before, after in edits:
        by_item[item].append((before, after))
    for saves in by_item.values():
        saves.sort()
    first: dict[tuple[str, str, float], float] = {}
    for person, item, arrived, refreshed in notices:
        saves = by_item.get(item)
        if not saves:
            continue
        at = bisect_right([b for b, _ in saves], arrived) - 1
        if at < 0:
            continue
        before, after = saves[at]
        key = (person, item, before)
        delay = max(0.0, refreshed - after) * 1000
        if key not in first or delay < first[key]:
            first[key] = delay
    counted = [(i, b) for i, b, _ in edits if b < end_wall - 3]
    wanted = {(i, b) for i, b in counted}
    delays = Series("live refresh")
    for (_, item, before), delay in first.items():
        if (item, before) in wanted:
            delays.add(delay)
    expected = len(wanted) * listeners
    return {"series": delays, "expected": expected, "refreshed": len(delays.samples),
            "not_refreshed": max(0, expected - len(delays.samples))}


def percentiles(series: Series) -> dict[str, Any]:
    ordered = sorted(series.samples)
    if not ordered:
        return {"count": 0}

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 1)

    return {"count": len(ordered), "p50": at(0.5), "p95": at(0.95), "p99": at(0.99),
            "max": round(ordered[-1], 1)}


# -- one run ------------------------------------------------------------------------------
def run_once(url: URL, specs: list[PersonSpec], args: argparse.Namespace,
             postmaster: int | None, admin: Engine) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    ready, out, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    plain = url.render_as_string(hide_password=False)
    shares = [specs[i::args.processes] for i in range(min(args.processes, len(specs)))]
    seconds = args.minutes * 60
    workers = [ctx.Process(target=run_worker, args=(share, plain, args.think, seconds,
                                                   args.replica, args.via, ready, go, out))
               for share in shares]
    for proc in workers:
        proc.start()
    problems = [m for m in (ready.get(timeout=600) for _ in workers) if m != "ready"]
    if problems:
        go.set()
        for proc in workers:
            proc.join(timeout=30)
        raise SystemExit(f"the simulated clients could not connect: {problems[0]}")
    statements_problem = reset_statements(admin)
    monitor = Monitor(admin)
    monitor.start()
    cpu0, load0, wall0 = server_cpu(postmaster), os.getloadavg(), time.time()
    t0 = time.perf_counter()
    go.set()
    results: list[WorkerResult] = [out.get(timeout=seconds + 300) for _ in workers]
    elapsed = time.perf_counter() - t0
    cpu1, load1 = server_cpu(postmaster), os.getloadavg()
    monitor.halt.set()
    monitor.join(timeout=5)
    for proc in workers:
        proc.join(timeout=60)
    return summarise(specs, args, results, elapsed, wall0, (cpu0, cpu1), (load0, load1),
                     monitor, slowest_statements(admin), statements_problem)


def summarise(specs: list[PersonSpec], args: argparse.Namespace, results: list[WorkerResult],
              elapsed: float, wall0: float, cpu: tuple[float | None, float | None],
              load: tuple[tuple[float, ...], tuple[float, ...]], monitor: Monitor,
              statements: Any, statements_problem: str | None) -> dict[str, Any]:
    samples: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    edits, notices = [], []
    for r in results:
        for name, values in r.samples.items():
            samples[name].extend(values)
        errors.update(r.errors)
        outcomes.update(r.outcomes)
        edits.extend(r.edits)
        notices.extend(r.notices)
    operations = {name: percentiles(Series(name, values))
                  for name, values in sorted(samples.items())}
    fan = fan_out(edits, notices, len(specs), wall0 + elapsed)
    operations["live refresh"] = {**percentiles(fan["series"]),
                                  "expected": fan["expected"],
                                  "not_refreshed_before_the_end": fan["not_refreshed"]}
    harness_cpu = sum(r.cpu_s for r in results)
    server = None if None in cpu else round(float(cpu[1] or 0) - float(cpu[0] or 0), 1)
    agents = sum(1 for s in specs if not s.supervisor)
    targets = {}
    for name, (pct, limit) in TARGETS.items():
        value = operations.get(name, {}).get(pct)
        targets[name] = {"target": f"{pct} <= {limit:g} ms", "value_ms": value,
                         "met": value is not None and value <= limit,
                         "by": None if value is None else round(value / limit, 2)}
    targets["errors"] = {"target": "0", "value": sum(errors.values()),
                         "met": not errors}
    targets["connections per client"] = {
        "target": f"<= {MAX_CONNECTIONS_PER_CLIENT}", "value": monitor.peak_per_login,
        "met": monitor.peak_per_login <= MAX_CONNECTIONS_PER_CLIENT}
    actions = sum(len(v) for k, v in samples.items() if not k.startswith("refresh"))
    return {
        "agents": agents, "supervisors": len(specs) - agents, "seconds": round(elapsed, 1),
        "think_s": args.think, "processes": args.processes, "via": args.via,
        "actions_per_s": round(actions / elapsed, 2) if elapsed else None,
        "operations": operations, "targets": targets,
        "errors": {"count": sum(errors.values()), "kinds": dict(errors.most_common())},
        "outcomes": dict(outcomes.most_common()),
        "edits": len(edits), "notices": len(notices),
        "connections": {"peak_total": monitor.peak_total,
                        "peak_per_client": monitor.peak_per_login,
                        "peak_client": monitor.peak_login},
        "cpu": {"server_s": server, "harness_s": round(harness_cpu, 1),
                "server_cores": None if server is None else round(server / elapsed, 2),
                "harness_cores": round(harness_cpu / elapsed, 2),
                "machine_cores": os.cpu_count()},
        "load_average": {"start": [round(x, 2) for x in load[0]],
                         "end": [round(x, 2) for x in load[1]],
                         "max_1min": round(max(monitor.load), 2) if monitor.load else None,
                         "note": "other processes share this machine; see the load average"},
        "slowest_statements": statements if statements_problem is None
        else f"pg_stat_statements unavailable: {statements_problem}",
    }


def show(run: dict[str, Any]) -> None:
    print(f"\n== {run['agents']} agents + {run['supervisors']} supervisors, "
          f"{run['seconds']:.0f} s, {run['actions_per_s']} actions/s ==")
    print(f"{'operation':<20}{'count':>8}{'p50':>10}{'p95':>10}{'p99':>10}")
    for name, stats in run["operations"].items():
        if stats.get("count"):
            print(f"{name:<20}{stats['count']:>8}{stats['p50']:>10.1f}{stats['p95']:>10.1f}"
                  f"{stats['p99']:>10.1f}")
    for name, target in run["targets"].items():
        shown = target.get("value_ms", target.get("value"))
        print(f"  {name}: {target['target']}: {shown} -> {'met' if target['met'] else 'MISSED'}")
    print(f"  connections: {run['connections']}; cpu: {run['cpu']}; "
          f"load: {run['load_average']['start']} -> {run['load_average']['end']}")
    if run["errors"]["count"]:
        print(f"  errors: {run['errors']['kinds']}")


def main(args: argparse.Namespace) -> int:
    from deskapp.config.urls import parse_database_url, redacted

    counts = [int(n) for n in str(args.agents).split(",") if n.strip()]
    if not counts or min(counts) < 1 or args.processes < 1 or args.minutes <= 0:
        raise SystemExit("--agents needs positive numbers, --processes and --minutes more than 0")
    supervisors = [max(1, round(n * args.supervisors)) for n in counts]
    cluster = None
    if args.database:
        url_text = args.database
    else:
        cluster = load_server.ensure(max(n + s for n, s in zip(counts, supervisors, strict=True)))
        url_text = cluster.url(load_server.DATABASE)
    started = datetime.now(UTC)
    url = dataset.ensure(url_text, args.tickets, open_ratio=args.open_ratio)
    admin = create_engine(parse_database_url(url_text), pool_size=2)
    try:
        postmaster = cluster.postmaster_pid() if cluster else find_postmaster(admin)
        with admin.connect() as conn:
            size = dict(conn.execute(text(
                "SELECT count(*) AS tickets, count(*) FILTER (WHERE status_category <> 'done') "
                "AS open FROM work_items")).one()._mapping)
            max_connections = int(conn.execute(text("SHOW max_connections")).scalar_one())
        specs_all = prepare_people(url, max(counts), max(supervisors))
        if args.pgbouncer:
            if cluster is None:
                raise SystemExit("--pgbouncer fronts the private load cluster; with --database "
                                 "start your own pooler and pass --via HOST:PORT")
            args.via = load_server.start_pgbouncer(cluster, load_server.DATABASE,
                                                   [p.name for p in specs_all])
        runs = []
        for n, s in zip(counts, supervisors, strict=True):
            need = 2 * (n + s) + 10
            if need > max_connections:
                raise SystemExit(f"{redacted(url)} allows {max_connections} connections; "
                                 f"{n} agents and {s} supervisors need about {need}. Raise "
                                 "max_connections, or leave out --database to use the private "
                                 "load cluster.")
            specs = [p for p in specs_all if not p.supervisor][:n] + \
                    [p for p in specs_all if p.supervisor][:s]
            print(f"\nrunning {n} agents and {s} supervisors for {args.minutes:g} min "
                  f"({args.processes} processes)", flush=True)
            run = run_once(url, specs, args, postmaster, admin)
            show(run)
            runs.append(run)
    finally:
        admin.dispose()
        if args.pgbouncer:
            load_server.stop_pgbouncer()
    from benchmarks.machine import machine

    result = {
        "timestamp": started.isoformat(timespec="seconds"),
        "command": "python -m benchmarks " + " ".join(sys.argv[1:]),
        "database": redacted(url), "replica": redacted(parse_database_url(args.replica))
        if args.replica else None,
        "dataset": {"tickets": size["tickets"], "open": size["open"],
                    "tickets_asked": args.tickets, "open_ratio": args.open_ratio},
        "server": {"max_connections": max_connections},
        "machine": machine(), "runs": runs,
    }
    RESULTS.mkdir(exist_ok=True)
    label = "-".join(str(n) for n in counts)
    out = RESULTS / f"{started.strftime('%Y%m%dT%H%M%SZ')}-load-{label}.json"
    body = json.dumps(result, indent=2, default=str)
    out.write_text(body, encoding="utf-8")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(body, encoding="utf-8")
    print(f"\nresults: {out}" + (f" and {args.json}" if args.json else ""), flush=True)
    return 0
