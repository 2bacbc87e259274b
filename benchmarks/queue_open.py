"""In-process GUI measurements: the real QueueWorkspace (offscreen) against its anchors.

Operations 1-7 of the benchmarks issue: open All open, open a team queue, jump to 90 %, sort
change, filter change, global search, edit commit, live refresh. Each DeskApp measurement
prepares its state untimed (another queue open, background work finished) and then times the
request up to the end of the first paint that shows the new rows.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, cast

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView
from sqlalchemy import Engine, Table, create_engine, func, select, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from benchmarks.anchors import QSqlAnchor, orm_all_ms, queue_sql, raw_sql_ms, wait_for_paint
from benchmarks.gui import pause, timed_paint, visible_rows, wait_until
from benchmarks.harness import Report, Series, interleave, stopwatch
from benchmarks.logins import bench_username
from deskapp.db.models import Team, TeamMember, WorkItem
from deskapp.domain.queue import BUILT_IN_BY_KEY, OPEN, QueueDefinition, QueueFilter
from deskapp.repositories.queues import QueueRowRepository
from deskapp.repositories.search import parse_query
from deskapp.runtime import Database, open_database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.queues.model import BLOCK
from deskapp.ui.queues.workspace import QueueWorkspace
from deskapp.ui.workers import Runner

WIDTH, HEIGHT = 1280, 720
SEARCHES = (
    # common words
    "printer", "update", "password", "outlook", "vpn",
    # phrases
    '"paper jam"', '"blue screen"', '"mailbox full"', '"recovery key"', '"dial tone"',
    # prefixes
    "phish", "encr", "licen", "flick", "dock",
    # rarer combinations and a ticket number
    "conference bridge", "antivirus threat", "charger", "voicemail", "INC-0123456",
)


def bench_context(db: Database, qapp: QApplication, username: str | None = None) -> UiContext:
    """Services for a benchmark agent who is a member of every team."""
    actor = ensure_staff(db.uow, username or bench_username(), "Benchmark Agent")
    with db.uow() as uow:
        for team_id in uow.session.scalars(select(Team.id)):
            if uow.session.get(TeamMember, (team_id, actor.staff_id)) is None:
                uow.session.add(TeamMember(team_id=team_id, staff_id=actor.staff_id))
        uow.commit()
    return UiContext(db, Services.build(db.uow, actor), Runner(qapp))


def team_near(engine: Engine, rows: int) -> tuple[uuid.UUID, str, int]:
    """The team whose open queue size is nearest ``rows``."""
    with engine.connect() as conn:
        found = conn.execute(
            select(WorkItem.team_id, Team.name, func.count())
            .join(Team, Team.id == WorkItem.team_id)
            .where(WorkItem.status.in_(OPEN), WorkItem.deleted_at.is_(None))
            .group_by(WorkItem.team_id, Team.name)).all()
    team_id, name, count = min(found, key=lambda r: abs(r[2] - rows))
    assert team_id is not None
    return team_id, name, int(count)


class QueueBench:
    """One database: the workspace, the anchors and the measurements."""

    def __init__(self, url: URL, runs: int, cap_s: float, report: Report) -> None:
        self.qapp = QApplication.instance() or QApplication(["deskapp-bench"])
        self.url = url
        self.runs = runs
        self.cap_s = cap_s
        self.report = report
        self.db = open_database(url)
        self.engine = self.db.engine
        self.ctx = bench_context(self.db, self.qapp)  # type: ignore[arg-type]
        self.ws = QueueWorkspace(self.ctx)
        self.ws.resize(WIDTH, HEIGHT)
        self.ws.show()
        self.view: QTableView = self.ws.view
        self.model = self.ws.model
        self.qsql = QSqlAnchor(url)
        self._opened = [False]
        self.model.opened.connect(lambda: self._opened.__setitem__(0, True))
        team_id, self.team_name, self.team_rows = team_near(self.engine, 15_000)
        self.team_def = QueueDefinition(QueueFilter(teams=(str(team_id),), statuses=OPEN))
        self.all_open = BUILT_IN_BY_KEY["all_open"].definition
        self.settle()

    # -- helpers ------------------------------------------------------------------------
    def settle(self, timeout_s: float = 120.0) -> None:
        """Let background work (recount, checkpoint pass, counts) finish."""
        pause(200)
        wait_until(lambda: not self.ctx.runner.busy, timeout_s, poll_ms=5)
        pause(20)

    def _screen_loaded(self) -> bool:
        rows = visible_rows(self.view)
        return len(rows) > 0 and all(self.model.row_at(r) is not None for r in rows)

    def _open(self, action: Callable[[], object]) -> float | None:
        self._opened[0] = False
        return timed_paint(self.view, action, lambda: self._opened[0] and (
            self.model.rowCount() == 0 or self._screen_loaded()), self.cap_s)

    def open_key(self, key: str) -> None:
        self._open(lambda: self.ws.open_queue(key))
        self.settle()

    def show_definition(self, definition: QueueDefinition) -> None:
        """Show ``definition`` scrolled to the top (a change then repaints the first page).

        The view keeps its scroll position across a model reset, so without this a sort or
        filter change after a jump would measure a jump into a queue without checkpoints.
        """
        self._open(lambda: self.ws.apply_definition(definition))
        self.view.scrollToTop()
        self.settle()

    def _sql(self, definition: QueueDefinition, limit: int | None) -> str:
        queue = self.ctx.services.queues.resolve(definition)
        return queue_sql(self.engine, queue.filter, queue.sort, limit)

    def _anchors(self, definition: QueueDefinition) -> dict[str, Callable[[], float | None]]:
        queue = self.ctx.services.queues.resolve(definition)
        full = self._sql(definition, None)
        page = self._sql(definition, 2 * BLOCK)
        out: dict[str, Callable[[], float | None]] = {}
        if self.qsql.available:
            out["QSqlQueryModel"] = lambda: self.qsql.open_ms(full)
        out["ORM all()"] = lambda: orm_all_ms(self.engine, queue.filter, queue.sort, self.cap_s)
        out["raw keyset SQL"] = lambda: raw_sql_ms(self.engine, page)
        return out

    def _add(self, operation: str, measured: dict[str, Series], **kwargs: Any) -> None:
        anchors = []
        for name, series in measured.items():
            if name == "DeskApp":
                continue
            series.cap_ms = self.cap_s * 1000
            anchors.append(series)
        if "QSqlQueryModel" not in measured and not self.qsql.available and operation in (
                "open all open", "open team queue", "filter change", "jump", "sort change"):
            missing = Series("QSqlQueryModel", note=self.qsql.note)
            anchors.insert(0, missing)
        self.report.add(operation, measured["DeskApp"], anchors, **kwargs)

    # -- 1, 2: opening a queue ------------------------------------------------------------
    def open_all_open(self) -> None:
        def deskapp() -> float | None:
            self.open_key("my_open")
            ms = self._open(lambda: self.ws.open_queue("all_open"))
            self.settle()
            return ms

        self.open_key("all_open")  # the navigator's count is cached from here on, as in use
        measured = interleave({"DeskApp": deskapp, **self._anchors(self.all_open)}, self.runs)
        self._add("open all open", measured, target_ms=50, target_ratio=1 / 15,
                  note=f"{self.model.rowCount():,} rows")

    def open_team_queue(self) -> None:
        def deskapp() -> float | None:
            self.open_key("all_open")
            ms = self._open(lambda: self.ws.apply_definition(self.team_def))
            self.settle()
            return ms

        measured = interleave({"DeskApp": deskapp, **self._anchors(self.team_def)}, self.runs)
        self._add("open team queue", measured, target_ms=20,
                  note=f"team {self.team_name}: {self.team_rows:,} open rows")

    # -- grouped queues (issue 14) ---------------------------------------------------------
    def grouped_all_open(self) -> None:
        """All open grouped by team, status, priority and assignee: from the request to the
        paint of the group headers with their counts (one GROUP BY; no row is read until a
        group is opened). Anchor: the same GROUP BY straight through the driver."""
        view, grouped = self.ws.grouped_view, self.ws.grouped_model
        loaded = [False]
        grouped.loaded.connect(lambda: loaded.__setitem__(0, True))
        for column, label in (("team_name", "team"), ("status", "status"),
                              ("priority", "priority"), ("assignee_name", "assignee")):
            definition = replace(self.all_open, group_by=column)
            queue = self.ctx.services.queues.resolve(definition)
            with Session(self.engine) as session:
                stmt = QueueRowRepository(session).group_counts_query(queue.filter, column)
                sql = str(stmt.compile(self.engine, compile_kwargs={"literal_binds": True}))

            def deskapp(definition: QueueDefinition = definition) -> float | None:
                self.open_key("my_open")
                loaded[0] = False
                ms = timed_paint(view, lambda: self.ws.apply_definition(definition),
                                 lambda: loaded[0] and grouped.rowCount() > 0, self.cap_s)
                self.settle()
                return ms

            measured = interleave({"DeskApp": deskapp,
                                   "raw GROUP BY SQL": partial(raw_sql_ms, self.engine, sql)},
                                  self.runs)
            self._add(f"grouped all open by {label}", measured, target_ms=100,
                      note=f"{grouped.rowCount()} groups, {grouped.total():,} rows")
        self.open_key("all_open")

    # -- 3: jump ------------------------------------------------------------------------------
    def jump(self) -> None:
        state = {"n": 0}

        def deskapp() -> float | None:
            if self.ws.key != "all_open" or self.ws.definition != self.all_open:
                self.open_key("all_open")
            state["n"] += 1
            count = self.model.rowCount()
            target = min(count - 30, int(count * 0.9) + state["n"] * 7 * BLOCK)
            self.view.scrollToTop()
            self.settle()
            ms = timed_paint(
                self.view,
                lambda: self.view.scrollTo(self.model.index(target, 0),
                                           QAbstractItemView.ScrollHint.PositionAtTop),
                lambda: self.view.rowAt(0) >= target - 1 and self._screen_loaded(),
                self.cap_s)
            return ms

        sql = self._sql(self.all_open, None)
        measurements: dict[str, Callable[[], float | None]] = {"DeskApp": deskapp}
        if self.qsql.available:
            measurements["QSqlQueryModel"] = lambda: self.qsql.jump_ms(sql, 0.9, self.cap_s)
        measured = interleave(measurements, self.runs)
        self._add("jump", measured, target_ms=33, note="to 90 % of All open and repaint")

    # -- sort change --------------------------------------------------------------------------
    def sort_change(self) -> None:
        by_number = self.all_open.sorted_by("number", descending=True)

        def deskapp() -> float | None:
            self.show_definition(self.all_open)
            ms = self._open(lambda: self.ws.apply_definition(by_number))
            self.settle()
            return ms

        sql = self._sql(by_number, None)
        measurements: dict[str, Callable[[], float | None]] = {"DeskApp": deskapp}
        if self.qsql.available:
            measurements["QSqlQueryModel"] = lambda: self.qsql.open_ms(sql)
        page = self._sql(by_number, 2 * BLOCK)
        measurements["raw keyset SQL"] = lambda: raw_sql_ms(self.engine, page)
        measured = interleave(measurements, self.runs)
        self._add("sort change", measured, note="All open by number, descending")

    # -- 4: filter change ---------------------------------------------------------------------
    def filter_change(self) -> None:
        state = {"n": 0}
        filtered = [self.all_open.with_filter(replace(self.all_open.filter, priorities=(p,)))
                    for p in (2, 3)]

        def deskapp() -> float | None:
            self.show_definition(self.all_open)
            state["n"] += 1
            target = filtered[state["n"] % 2]
            self.ctx.services.queues._counts.clear()  # a filter not counted before
            ms = self._open(lambda: self.ws.set_filter(target.filter))
            self.settle()
            return ms

        measured = interleave({"DeskApp": deskapp, **self._anchors(filtered[0])}, self.runs)
        self._add("filter change", measured, target_ms=50,
                  note="All open -> priority 2 / 3, count not cached")

    # -- 5: search ----------------------------------------------------------------------------
    def search(self) -> None:
        search = self.ctx.services.search
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            raw = ("SELECT rowid FROM work_items_fts WHERE work_items_fts MATCH ? "
                   "ORDER BY rowid DESC LIMIT 51")
        else:
            raw = ("SELECT id FROM work_items WHERE search_vector @@ to_tsquery('english', %s) "
                   "AND deleted_at IS NULL LIMIT 51")

        def raw_ms(q: str) -> float:
            parsed = parse_query(q)
            arg = parsed.fts5() if dialect == "sqlite" else parsed.tsquery()
            conn: Any = self.engine.raw_connection()
            try:
                t0 = time.perf_counter()
                cur = conn.cursor()
                cur.execute(raw, (arg,))
                cur.fetchall()
                ms = (time.perf_counter() - t0) * 1000
                cur.close()
                conn.rollback()
            finally:
                conn.close()
            return ms

        mine, theirs = Series("DeskApp"), Series("raw keyset SQL",
                                                  note="the full-text match alone, via driver")
        for q in SEARCHES[:3]:  # warm-up
            search.search(q)
        for _ in range(max(1, self.runs // 5)):
            for q in SEARCHES:
                mine.add(stopwatch(partial(search.search, q)))
                theirs.add(raw_ms(q))
        self.report.add("search", mine, [theirs], target_ms=150, use_p95=True,
                        note=f"{len(SEARCHES)} queries x {max(1, self.runs // 5)}")

    # -- 6: edit commit -----------------------------------------------------------------------
    def edit_commit(self, samples: int = 40) -> None:
        incidents = self.ctx.services.incidents
        queue = self.ctx.services.queues.resolve(self.all_open)
        # incidents only: the edit is the incident service's (tasks are edited by theirs)
        rows = [r for r in self.ctx.services.queues.page(queue, None, samples * 3)
                if r.kind == "incident"][:samples]
        state = {"n": 0}
        raw_sql = ("UPDATE work_items SET title = {p}, version = version + 1 WHERE number = {p}"
                   .replace("{p}", "?" if self.engine.dialect.name == "sqlite" else "%s"))

        def deskapp() -> float:
            state["n"] += 1
            row = rows[state["n"] % len(rows)]
            current = incidents.get(row.id)
            title = f"{current.title.split(' #')[0]} #{state['n']}"
            return stopwatch(lambda: incidents.update(row.id, current.version, {"title": title}))

        def raw() -> float:
            row = rows[(state["n"] + 7) % len(rows)]
            conn: Any = self.engine.raw_connection()
            try:
                t0 = time.perf_counter()
                cur = conn.cursor()
                cur.execute(raw_sql, (f"{row.title.split(' #')[0]} #r{state['n']}", row.number))
                conn.commit()
                ms = (time.perf_counter() - t0) * 1000
                cur.close()
            finally:
                conn.close()
            return ms

        measured = interleave({"DeskApp": deskapp, "raw keyset SQL": raw},
                              max(self.runs, samples // 2), warmup=2)
        measured["raw keyset SQL"].note = "a bare UPDATE of the title + commit, via driver"
        self._add("edit commit", measured, target_ms=10, use_p95=True,
                  note="title change: service rules, SLA recompute, event, search index")

    # -- 7: live refresh ----------------------------------------------------------------------
    def live_refresh(self, samples: int = 10) -> None:
        if self.ws.watcher is None:
            self.report.add("live refresh", Series("DeskApp", note="no live watcher"), [])
            return
        self.open_key("all_open")
        self.view.scrollToTop()
        self.settle()
        other = create_engine(self.url)
        series = Series("DeskApp")
        table = cast(Table, WorkItem.__table__)
        try:
            for n in range(samples + 1):
                row = self.model.row_at(n % 5)
                assert row is not None
                title = f"{row.title.split(' #')[0]} #live{n}"

                def commit(row_id: uuid.UUID = row.id, title: str = title) -> None:
                    with other.begin() as conn:
                        conn.execute(update(table).where(table.c.id == row_id)
                                     .values(title=title, version=table.c.version + 1))

                def shown(row_id: uuid.UUID = row.id, title: str = title) -> bool:
                    r = self.model.row_of(row_id)
                    found = self.model.row_at(r) if r is not None else None
                    return found is not None and found.title == title

                ms = timed_paint(self.view, commit, shown, 10.0)
                if n > 0:
                    series.add(ms)
                self.settle()
        finally:
            other.dispose()
        self.report.add("live refresh", series, [], target_ms=1000, use_p95=True,
                        note="UPDATE committed on another connection -> repainted row")

    def close(self) -> None:
        self.ws.shutdown()
        self.ws.close()
        self.ctx.runner.wait_idle(30_000)
        self.qsql.close()
        self.db.dispose()


def run_gui(url: URL, runs: int, cap_s: float, report: Report,
            only: set[str] | None = None) -> None:
    bench = QueueBench(url, runs, cap_s, report)
    steps: list[tuple[str, Callable[[], None]]] = [
        ("open all open", bench.open_all_open), ("open team queue", bench.open_team_queue),
        ("jump", bench.jump), ("sort change", bench.sort_change),
        ("filter change", bench.filter_change), ("search", bench.search),
        ("edit commit", bench.edit_commit), ("live refresh", bench.live_refresh),
        ("grouped all open", bench.grouped_all_open),
    ]
    try:
        for name, step in steps:
            if only is None or name in only:
                step()
    finally:
        bench.close()


__all__ = ["run_gui", "QueueBench", "bench_context", "wait_for_paint"]
