"""The benchmark harness itself, on a tiny dataset: statistics, interleaving, records, anchors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.anchors import QSqlAnchor, orm_all_ms, queue_sql, raw_sql_ms  # noqa: E402
from benchmarks.harness import Report, Series, interleave  # noqa: E402
from deskapp.db.demo import generate  # noqa: E402
from deskapp.domain.queue import BUILT_IN_BY_KEY  # noqa: E402
from deskapp.runtime import Database  # noqa: E402
from deskapp.services.container import Services  # noqa: E402
from deskapp.services.staff import ensure_staff  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NUMBERED = ("INC-", "ITASK-")  # the numbers a queue row shows, of any kind


def test_series_median_p95_and_cap() -> None:
    s = Series("x")
    for v in [5.0, 1.0, 3.0, 2.0, 4.0, 100.0, 6.0, 7.0, 8.0, 9.0, 10.0]:
        s.add(v)
    assert s.p50 == 6.0
    assert s.p95 == 100.0  # nearest rank: index round(0.95 * 10) of the 11 sorted samples
    capped = Series("slow", cap_ms=2000)
    capped.add(None)
    assert capped.p50 is None and capped.show(None, "ms") == "> 2000 ms"


def test_interleave_alternates_discards_warmup_and_stops_retrying_a_capped_anchor() -> None:
    order: list[str] = []
    values = iter([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])

    def a() -> float:
        order.append("A")
        return next(values)

    def b() -> float | None:
        order.append("B")
        return None  # over its cap at once

    result = interleave({"A": a, "B": b}, runs=3, warmup=1)
    assert order == ["A", "B", "A", "A", "A"]
    assert result["A"].samples == [2.0, 3.0, 4.0]  # the warm-up value is dropped
    assert result["B"].capped and result["B"].samples == []


def test_report_ratios_targets_and_json(tmp_path: Path) -> None:
    report = Report("sqlite")
    mine = Series("DeskApp", [10.0, 20.0, 30.0, 40.0, 50.0])
    qsql = Series("QSqlQueryModel", [600.0] * 5)
    orm = Series("ORM all()", capped=True, cap_ms=20_000)
    report.add("open all open", mine, [qsql, orm], target_ms=50, target_ratio=1 / 15)
    first, second = report.records
    assert (first.deskapp_ms, first.anchor, first.anchor_ms) == (30.0, "QSqlQueryModel", 600.0)
    assert first.ratio == pytest.approx(0.05) and first.met is True
    assert second.anchor == "ORM all()" and second.anchor_ms is None
    assert second.ratio == pytest.approx(30 / 20_000)  # an upper bound against the cap
    assert "> 20000 ms" in report.lines[1]

    slow = Report("sqlite")
    slow.add("edit commit", Series("DeskApp", [9.0] * 18 + [25.0] * 2), [], target_ms=10,
             use_p95=True)
    assert slow.records[0].met is False and slow.records[0].deskapp_p95_ms == 25.0

    out = tmp_path / "r.json"
    report.write_json(out)
    data = json.loads(out.read_text())
    assert [r["operation"] for r in data] == ["open all open", "open all open"]
    assert set(data[0]) >= {"operation", "database", "deskapp_ms", "anchor", "anchor_ms",
                            "ratio", "runs"}


def test_anchors_answer_the_same_question_as_the_queue(sqlite_database: Database,
                                                      qapp: QApplication) -> None:
    engine = sqlite_database.engine
    services = Services.build(sqlite_database.uow,
                              ensure_staff(sqlite_database.uow, "bench.test", "Bench Test"))
    generate(engine, 120, seed=3, open_ratio=0.5)
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    expected = services.queues.count(queue)
    assert expected > 0
    first_page = services.queues.page(queue, None, 10)

    sql = queue_sql(engine, queue.filter, queue.sort, 10)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(sql)
        numbers = [row[2] if isinstance(row[2], str) and row[2].startswith(NUMBERED)
                   else next(v for v in row if isinstance(v, str) and v.startswith(NUMBERED))
                   for row in cur.fetchall()]
    finally:
        raw.close()
    assert numbers == [r.number for r in first_page]  # same rows, same order

    assert raw_sql_ms(engine, sql) >= 0
    assert orm_all_ms(engine, queue.filter, queue.sort, cap_s=60) is not None
    assert orm_all_ms(engine, queue.filter, queue.sort, cap_s=0) is None  # over the cap

    anchor = QSqlAnchor(sqlite_database.url)
    try:
        assert anchor.available, anchor.note
        full = queue_sql(engine, queue.filter, queue.sort, None)
        assert (anchor.open_ms(full) or 0) > 0
        assert anchor.jump_ms(full, 0.9, cap_s=60) is not None
    finally:
        anchor.close()


def test_the_demo_load_benchmark_times_every_phase(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """``python -m benchmarks.demo_load`` on a small load: a record for the whole load, each
    phase and each table written, and the loader's functions put back afterwards."""
    from benchmarks import demo_load, harness
    from deskapp.db.demo import run

    monkeypatch.setattr(harness, "RESULTS", tmp_path / "results")

    before = run._load
    out = tmp_path / "demo.json"
    assert demo_load.main(["--tickets", "300", "--json", str(out)]) == 0
    assert run._load is before
    operations = {r["operation"] for r in json.loads(out.read_text(encoding="utf-8"))}
    assert {"demo-data: whole load", "demo-data: _load", "demo-data: generate_requests",
            "demo-data: write work_items", "demo-data: write ticket_events"} <= operations
