"""Measurements that need a process of their own: start-up, peak RSS, take-next.

``python -m benchmarks.procs startup deskapp|bare URL`` prints ``ready`` once the window has
painted; the parent times from spawning to that line. ``... rss deskapp|qsql|orm|bare URL
CAP_S`` prints the process's peak RSS in MB (``ru_maxrss``) after its work, or ``capped``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.harness import Report, Series, interleave

CONTENDERS = {"deskapp": "DeskApp", "qsql": "QSqlQueryModel", "orm": "ORM all()",
              "bare": "bare QMainWindow"}


def _qapp() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    previous = qInstallMessageHandler(None)

    def quiet(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:  # the offscreen platform's harmless notice
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication(["deskapp-bench"])
    QCoreApplication.setOrganizationName("DeskAppBench")
    QCoreApplication.setApplicationName(f"bench-{uuid.uuid4().hex[:6]}")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="deskapp-bench-settings-"))
    return app


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux keeps ru_maxrss across execve, so
    a child would report its parent's peak if that was higher."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- child side ------------------------------------------------------------------------------
def child_startup(kind: str, url_text: str) -> None:
    if kind != "bare":  # as every way of starting the app does, before its imports
        from deskapp.startup import hold_collector

        hold_collector()
    qapp = _qapp()
    from PySide6.QtWidgets import QMainWindow

    from benchmarks.gui import wait_for_paint_widget

    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 720)
        wait_for_paint_widget(window)
    else:
        from deskapp.config.urls import parse_database_url
        from deskapp.runtime import open_database
        from deskapp.services.container import Services
        from deskapp.services.staff import ensure_staff
        from deskapp.ui.context import UiContext
        from deskapp.ui.main_window import MainWindow
        from deskapp.ui.workers import Runner

        db = open_database(parse_database_url(url_text))
        from benchmarks.logins import bench_username  # (SQLAlchemy: not in the bare child)

        actor = ensure_staff(db.uow, bench_username(), "Benchmark Agent")
        window = MainWindow(UiContext(db, Services.build(db.uow, actor), Runner(qapp)))
        window.resize(1280, 720)
        wait_for_paint_widget(window)
    print("ready", flush=True)
    os._exit(0)  # the parent has its time; skip teardown


def child_rss(kind: str, url_text: str, cap_s: float) -> None:
    qapp = _qapp()
    from PySide6.QtWidgets import QAbstractItemView, QMainWindow

    from benchmarks.gui import wait_for_paint_widget

    if kind == "bare":  # before importing DeskApp: the floor of a Qt process
        window = QMainWindow()
        window.resize(1280, 720)
        wait_for_paint_widget(window)
        print(f"{_peak_mb():.1f}", flush=True)
        os._exit(0)

    from benchmarks.anchors import QSqlAnchor, orm_all_ms, queue_sql
    from benchmarks.gui import pause, visible_rows, wait_until
    from deskapp.config.urls import parse_database_url
    from deskapp.domain.queue import BUILT_IN_BY_KEY
    from deskapp.runtime import open_database

    url = parse_database_url(url_text)
    db = open_database(url)
    from benchmarks.queue_open import bench_context

    ctx = bench_context(db, qapp)
    queue = ctx.services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    ok = True
    if kind == "deskapp":
        from deskapp.ui.queues.workspace import QueueWorkspace

        ws = QueueWorkspace(ctx)
        ws.resize(1280, 720)
        ws.show()
        ws.open_queue("all_open")
        view, model = ws.view, ws.model

        def loaded() -> bool:
            rows = visible_rows(view)
            return len(rows) > 0 and all(model.row_at(r) is not None for r in rows)

        wait_until(lambda: model.rowCount() > 0 and loaded(), cap_s)
        pause(300)
        wait_until(lambda: not ctx.runner.busy, cap_s)
        count = model.rowCount()
        deadline = time.perf_counter() + cap_s
        for step in range(401):  # end to end in 400 jumps
            target = min(count - 1, count * step // 400)
            view.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            if not wait_until(loaded, max(0.1, deadline - time.perf_counter())):
                ok = False
                break
        ws.shutdown()
    elif kind == "qsql":
        anchor = QSqlAnchor(url)
        if not anchor.available:
            print(f"unavailable {anchor.note}", flush=True)
            os._exit(0)
        sql = queue_sql(db.engine, queue.filter, queue.sort, None)
        ok = anchor.jump_ms(sql, 1.0, cap_s) is not None
    elif kind == "orm":
        ok = orm_all_ms(db.engine, queue.filter, queue.sort, cap_s) is not None
    print(f"{_peak_mb():.1f}" if ok else f"capped {_peak_mb():.1f}", flush=True)
    os._exit(0)


# -- parent side -----------------------------------------------------------------------------
#: Compiled bytecode for the children, as an installed app has it (pip compiles a wheel's
#: modules when it installs them; the bundle carries them compiled). Where the environment sets
#: PYTHONDONTWRITEBYTECODE (the benchmark machine does), an editable checkout would otherwise
#: compile every module of the app on every start: 2.4 s instead of 1.3 s for the same start
#: (2026-12-07); and a head with more modules pays more of it, so a side-by-side run against
#: an older head would partly compare compilers.
_BYTECODE = Path(tempfile.gettempdir()) / "deskapp-bench-bytecode"


def _child_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(_BYTECODE))
    return env


def _spawn(*args: str, timeout_s: float) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.procs", *args],
                            stdout=subprocess.PIPE, text=True, env=_child_env())
    try:
        out, _ = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return (time.perf_counter() - t0) * 1000, "timeout"
    lines = [line for line in out.splitlines() if line.strip()]
    return (time.perf_counter() - t0) * 1000, (lines[-1] if lines else "")


def startup(url_text: str, runs: int, report: Report) -> None:
    def measure(kind: str) -> float | None:
        ms, line = _spawn("startup", kind, url_text, timeout_s=120)
        return ms if line == "ready" else None

    for kind in ("deskapp", "bare"):  # untimed: writes the bytecode the timed runs read
        measure(kind)
    measured = interleave({"DeskApp": lambda: measure("deskapp"),
                           "bare QMainWindow": lambda: measure("bare")}, runs)
    report.add("start-up", measured["DeskApp"], [measured["bare QMainWindow"]],
               target_ms=1500, note="process spawn -> main window painted (offscreen), "
                                    "bytecode compiled as installed")


def peak_rss(url_text: str, cap_s: float, report: Report) -> None:
    results: dict[str, Series] = {}
    for kind, name in CONTENDERS.items():
        _ms, line = _spawn("rss", kind, url_text, str(cap_s), timeout_s=cap_s * 3 + 120)
        series = Series(name, cap_ms=None)
        if line.startswith("capped"):
            series.capped = True
            series.note = f"stopped at the {cap_s:g} s cap with {line.split()[1]} MB"
        elif line.startswith("unavailable"):
            series.note = line
        else:
            try:
                series.add(float(line))
            except ValueError:
                series.note = f"failed: {line!r}"
        results[name] = series
        print(f"  peak RSS {name}: {line}", flush=True)
    anchors = [results[n] for n in ("QSqlQueryModel", "ORM all()", "bare QMainWindow")]
    report.add("peak rss", results["DeskApp"], anchors, target_ms=250, unit="MB",
               note="All open opened and scrolled end to end in 400 jumps")


def take_next(url_text: str, report: Report, workers: int = 8, per_worker: int = 25) -> None:
    """8 agents, each with its own engine, claim from the unassigned open queue at once."""
    from benchmarks.logins import bench_username
    from deskapp.config.urls import parse_database_url
    from deskapp.domain.queue import OPEN, UNASSIGNED, QueueDefinition, QueueFilter
    from deskapp.runtime import open_database
    from deskapp.services.container import Services
    from deskapp.services.staff import ensure_staff

    url = parse_database_url(url_text)
    if url.get_backend_name() != "postgresql":
        return
    definition = QueueDefinition(QueueFilter(assignees=(UNASSIGNED,), statuses=OPEN))
    claims: list[uuid.UUID] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(workers)
    dbs = [open_database(url) for _ in range(workers)]
    services = []
    for n, db in enumerate(dbs):
        # as a login (--as-login) every worker is that login: it cannot add staff records
        actor = ensure_staff(db.uow, bench_username(f"bench.taker{n}"), f"Benchmark Taker {n}")
        services.append(Services.build(db.uow, actor))

    def work(svc: Any) -> None:
        queue = svc.queues.resolve(definition)
        barrier.wait()
        for _ in range(per_worker):
            try:
                dto = svc.queues.take_next(queue)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                with lock:
                    errors.append(type(exc).__name__)
                continue
            if dto is not None:
                with lock:
                    claims.append(dto.id)

    threads = [threading.Thread(target=work, args=(s,)) for s in services]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    for db in dbs:
        db.dispose()
    duplicates = sum(c - 1 for c in Counter(claims).values() if c > 1)
    rate = len(claims) / seconds if seconds else 0.0
    series = Series("DeskApp", [rate])
    note = (f"{len(claims)} claims by {workers} workers in {seconds:.1f} s, "
            f"{duplicates} duplicates, {len(errors)} errors"
            + (f" ({', '.join(sorted(set(errors)))})" if errors else ""))
    report.add("take next", series, [], unit="/s", note=note)
    report.records[-1].met = duplicates == 0
    report.records[-1].target = "duplicates == 0"
    print(f"  take next: {note}", flush=True)


def main(argv: list[str]) -> int:
    if argv[0] == "startup":
        child_startup(argv[1], argv[2])
    elif argv[0] == "rss":
        child_rss(argv[1], argv[2], float(argv[3]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
