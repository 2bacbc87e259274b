"""The anchors DeskApp is measured against, on exactly the same SQL DeskApp runs.

The SQL comes from DeskApp's own repository (compiled with literal values for the dialect), so
QSqlQueryModel, the ORM load and the raw driver query all answer the same question as the queue.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from deskapp.db.models import WorkItem
from deskapp.domain.queries import SortKey, WorkItemFilter
from deskapp.repositories.work_items import WorkItemRepository, sort_order


def queue_sql(engine: Engine, flt: WorkItemFilter, sort: tuple[SortKey, ...],
              limit: int | None) -> str:
    with Session(engine) as session:
        stmt = WorkItemRepository(session).rows_query(flt, sort)
        if limit is not None:
            stmt = stmt.limit(limit)
        return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))


class PaintProbe(QObject):
    """Notes when a view's viewport has painted (the first paint the person sees)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_for_paint(view: QTableView, cap_s: float = 60.0) -> bool:
    probe = PaintProbe()
    view.viewport().installEventFilter(probe)
    deadline = time.perf_counter() + cap_s
    view.show()
    while not probe.painted and time.perf_counter() < deadline:
        QApplication.processEvents()
    # processEvents delivers the paint event synchronously; one more pass lets it finish
    QApplication.processEvents()
    view.viewport().removeEventFilter(probe)
    return probe.painted


class QSqlAnchor:
    """Qt's own QSqlQueryModel on the equivalent SQL, in a plain QTableView."""

    name = "QSqlQueryModel"

    def __init__(self, url: URL) -> None:
        self.available = True
        self.note = ""
        backend = url.get_backend_name()
        driver = "QSQLITE" if backend == "sqlite" else "QPSQL"
        self.db = QSqlDatabase.addDatabase(driver, f"bench-{id(self)}")
        if not self.db.isValid():
            self.available = False
            self.note = f"the {driver} driver did not load"
            return
        if backend == "sqlite":
            self.db.setDatabaseName(str(url.database))
        else:
            self.db.setHostName(url.host or "127.0.0.1")
            self.db.setPort(url.port or 5432)
            self.db.setDatabaseName(url.database or "")
            self.db.setUserName(url.username or "")
            if url.password:
                self.db.setPassword(url.password)
        if not self.db.open():
            self.available = False
            self.note = f"{driver} could not open the database: {self.db.lastError().text()}"

    def open_ms(self, sql: str) -> float | None:
        t0 = time.perf_counter()
        model = QSqlQueryModel()
        query = QSqlQuery(self.db)
        query.setForwardOnly(False)
        query.exec(sql)
        model.setQuery(query)
        view = QTableView()
        view.setModel(model)
        view.resize(1280, 720)
        wait_for_paint(view)
        elapsed = (time.perf_counter() - t0) * 1000
        view.close()
        view.deleteLater()
        return elapsed

    def jump_ms(self, sql: str, fraction: float, cap_s: float) -> float | None:
        """Open (untimed), then time a jump to ``fraction`` of the rows and its repaint.

        QSqlQueryModel only knows rows it has fetched (``fetchMore`` in steps of 255), so a
        jump has to fetch every row above the target first. None past ``cap_s``.
        """
        model = QSqlQueryModel()
        query = QSqlQuery(self.db)
        query.setForwardOnly(False)
        query.exec(sql)
        model.setQuery(query)
        view = QTableView()
        view.setModel(model)
        view.resize(1280, 720)
        wait_for_paint(view)
        total = query.size()  # -1 on SQLite: unknown until read
        t0 = time.perf_counter()
        if total < 0:
            counted = QSqlQuery(self.db)
            counted.exec(f"SELECT count(*) FROM ({sql}) AS q")
            counted.next()
            total = int(counted.value(0))
        target = int(total * fraction)
        while model.rowCount() <= target and model.canFetchMore():
            model.fetchMore()
            if time.perf_counter() - t0 > cap_s:
                view.close()
                view.deleteLater()
                return None
        view.scrollTo(model.index(target, 0), QTableView.ScrollHint.PositionAtTop)
        view.viewport().repaint()
        QApplication.processEvents()
        elapsed = (time.perf_counter() - t0) * 1000
        view.close()
        view.deleteLater()
        return elapsed

    def close(self) -> None:
        if self.available:
            self.db.close()


def orm_all_ms(engine: Engine, flt: WorkItemFilter, sort: tuple[SortKey, ...],
               cap_s: float) -> float | None:
    """The naive way: load every ORM object, then fill a QStandardItemModel. None past the cap."""
    t0 = time.perf_counter()
    with Session(engine) as session:
        repo = WorkItemRepository(session)
        stmt = select(WorkItem).where(*repo.conditions(flt)).order_by(
            *sort_order(sort)).execution_options(yield_per=2000)
        objects: list[WorkItem] = []
        for obj in session.scalars(stmt):
            objects.append(obj)
            if len(objects) % 2000 == 0 and time.perf_counter() - t0 > cap_s:
                return None
        model = QStandardItemModel(len(objects), 6)
        for row, inc in enumerate(objects):
            for col, value in enumerate((inc.number, inc.title, inc.status, inc.priority,
                                         inc.opened_at, inc.updated_at)):
                model.setItem(row, col, QStandardItem(str(value)))
            if row % 5000 == 0 and time.perf_counter() - t0 > cap_s:
                return None
    view = QTableView()
    view.setModel(model)
    wait_for_paint(view)
    elapsed = (time.perf_counter() - t0) * 1000
    view.close()
    view.deleteLater()
    return elapsed if elapsed <= cap_s * 1000 else None


def raw_sql_ms(engine: Engine, sql: str) -> float:
    """The floor: the keyset page straight through the DB-API driver."""
    raw: Any = engine.raw_connection()
    try:
        t0 = time.perf_counter()
        cur = raw.cursor()
        cur.execute(sql)
        cur.fetchall()
        elapsed = (time.perf_counter() - t0) * 1000
        cur.close()
        raw.rollback()
    finally:
        raw.close()
    return elapsed
