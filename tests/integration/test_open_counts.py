"""The kept open counts (work_item_open_counts) equal a fresh GROUP BY on SQLite and
PostgreSQL: after random edits of every grouped column (hypothesis), after concurrent writers on
PostgreSQL with compaction running beside them, and after a bulk load that suspended the
triggers; the grouped All open queue reads them."""

from __future__ import annotations

import random
import threading
import uuid
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text, update

from deskapp.db import maintenance
from deskapp.db.engine import make_engine
from deskapp.db.models import WorkItem
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.repositories.open_counts import OpenCountRepository
from deskapp.repositories.queues import GROUP_COLUMNS, QueueRowRepository
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.queues import ALL_OPEN
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

DIMENSIONS = sorted(set(GROUP_COLUMNS.values()))
STATUSES = [("new", "open"), ("assigned", "open"), ("in_progress", "open"),
            ("pending", "waiting"), ("resolved", "done"), ("closed", "done")]


def _items(database: Database, desk: Desk, n: int) -> tuple[list[uuid.UUID], Services]:
    agent = ensure_staff(database.uow, "ada.agent", "Ada Agent", ("agent", "supervisor"))
    services = Services.build(database.uow, agent)
    ids = [services.incidents.create({"title": f"Item {k}", "impact": 2 + k % 2,
                                      "urgency": 3, "caller_id": desk.caller_id}).id
           for k in range(n)]
    return ids, services


def _kept(database: Database) -> dict[str, Counter[Any]]:
    with database.uow(read_only=True) as uow:
        repo = OpenCountRepository(uow.session)
        return {d: Counter({k: n for k, _l, n in repo.group_counts(d)}) for d in DIMENSIONS}


def _fresh(database: Database) -> dict[str, Counter[Any]]:
    with database.uow(read_only=True) as uow:
        repo = QueueRowRepository(uow.session)
        by_column = {v: k for k, v in GROUP_COLUMNS.items()}
        return {d: Counter({k: n for k, _l, n in repo.group_counts(ALL_OPEN, by_column[d])})
                for d in DIMENSIONS}


def _edit(engine: Engine, item: uuid.UUID, change: dict[str, Any]) -> None:
    with engine.begin() as conn:
        conn.execute(update(WorkItem.__table__).where(WorkItem.__table__.c.id == item)
                     .values(**change))


def _change(rnd: random.Random, desk: Desk, staff: list[uuid.UUID]) -> dict[str, Any]:
    pick = rnd.randrange(8)
    if pick == 0:
        status, category = STATUSES[rnd.randrange(len(STATUSES))]
        return {"status": status, "status_category": category}
    if pick == 1:
        return {"priority": rnd.randint(1, 5)}
    if pick == 2:
        return {"team_id": rnd.choice([None, desk.team_id, desk.other_team_id])}
    if pick == 3:
        return {"assignee_id": rnd.choice([None, *staff])}
    if pick == 4:
        return {"sla_state": rnd.choice([None, "ok", "warning", "breached", "paused"]),
                "category": rnd.choice([None, "Hardware", "Network"])}
    if pick == 5:
        return {"confidential": rnd.random() < 0.5}
    if pick == 6:
        return {"service_id": rnd.choice([None, desk.service_id])}
    from datetime import UTC, datetime

    return {"deleted_at": rnd.choice([None, datetime.now(UTC)])}


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), edits=st.integers(1, 40))
def test_kept_counts_equal_a_fresh_group_by_after_random_edits(
        database: Database, seed: int, edits: int) -> None:
    with database.uow(read_only=True) as uow:
        have = uow.session.scalar(select(func.count()).select_from(WorkItem))
    if not have:  # the first example makes the desk; later ones edit it further
        desk = make_desk(database)
        _items(database, desk, 8)
    with database.uow(read_only=True) as uow:
        from deskapp.db.models import Team

        teams = list(uow.session.scalars(select(Team.id).order_by(Team.name)))
        ids = list(uow.session.scalars(select(WorkItem.id)))
        staff = list(uow.session.scalars(select(WorkItem.assignee_id).where(
            WorkItem.assignee_id.is_not(None)))) or []
    from deskapp.db.models import StaffUser

    with database.uow(read_only=True) as uow:
        staff = list(uow.session.scalars(select(StaffUser.id)))
        service = uow.session.scalar(select(WorkItem.service_id).where(
            WorkItem.service_id.is_not(None)))
    desk_like = Desk(teams[1], teams[0], staff[0], staff[0], staff[0],
                     service or uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    rnd = random.Random(seed)
    for _ in range(edits):
        change = _change(rnd, desk_like, staff)
        if change.get("service_id") not in (None, service):
            change["service_id"] = None
        _edit(database.engine, rnd.choice(ids), change)
    assert _kept(database) == _fresh(database)


def test_the_grouped_all_open_queue_reads_the_kept_counts(database: Database) -> None:
    desk = make_desk(database)
    ids, services = _items(database, desk, 5)
    _edit(database.engine, ids[0], {"confidential": True, "team_id": desk.team_id})
    queue, groups = services.queues.open_groups(
        BUILT_IN_BY_KEY["all_open"].definition.__class__(
            BUILT_IN_BY_KEY["all_open"].definition.filter, group_by="priority"))
    assert queue.filter == ALL_OPEN
    assert sorted((v, n) for v, _l, n in groups) == sorted(
        (v, n) for v, _l, n in services.queues.group_counts(queue, "priority"))
    assert sum(n for _v, _l, n in groups) == 5  # the confidential one too (SQLite: no RLS)
    _, by_team = services.queues.open_groups(
        BUILT_IN_BY_KEY["all_open"].definition.__class__(
            BUILT_IN_BY_KEY["all_open"].definition.filter, group_by="team_name"))
    assert ("Service Desk" in {label for _v, label, _n in by_team})


def test_a_bulk_load_that_suspends_the_triggers_is_recounted(database: Database) -> None:
    desk = make_desk(database)
    ids, _services = _items(database, desk, 3)
    with maintenance.indexes_suspended(database.engine):
        for item in ids:  # written while nothing counts
            _edit(database.engine, item, {"priority": 1})
    assert _kept(database) == _fresh(database)
    assert _kept(database)["priority"] == Counter({1: 3})


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_concurrent_writers_and_compaction_keep_exact_counts(database: Database) -> None:
    desk = make_desk(database)
    ids, _services = _items(database, desk, 24)
    with database.uow(read_only=True) as uow:
        from deskapp.db.models import StaffUser

        staff = list(uow.session.scalars(select(StaffUser.id)))
    errors: list[BaseException] = []

    def writer(seed: int) -> None:
        engine = make_engine(database.engine.url)
        rnd = random.Random(seed)
        try:
            for _ in range(60):
                # several items per transaction, each moving values in random directions:
                # one counter row per value would deadlock here (the items themselves are
                # locked in id order, so they cannot)
                with engine.begin() as conn:
                    for item in sorted(rnd.sample(ids, 3)):
                        conn.execute(update(WorkItem.__table__)
                                     .where(WorkItem.__table__.c.id == item)
                                     .values(**_change(rnd, desk, staff)))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            engine.dispose()

    def compactor() -> None:
        engine = make_engine(database.engine.url)
        try:
            for _ in range(30):
                with engine.begin() as conn:
                    conn.execute(text("SELECT deskapp_compact_open_counts()"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=compactor))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _kept(database) == _fresh(database)
    with database.engine.begin() as conn:
        conn.execute(text("SELECT deskapp_compact_open_counts()"))
        slots = conn.execute(text("SELECT count(*) FROM work_item_open_counts "
                                  "WHERE slot <> 0")).scalar_one()
    assert slots == 0
    assert _kept(database) == _fresh(database)


def test_the_sla_sweep_folds_the_writers_rows(database: Database) -> None:
    desk = make_desk(database)
    ids, services = _items(database, desk, 4)
    for item in ids:
        _edit(database.engine, item, {"priority": 2})
    folded = services.sla_sweep.compact_open_counts()
    with database.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM work_item_open_counts "
                                 "WHERE slot <> 0")).scalar_one()
    assert left == 0
    assert (folded > 0) == (database.engine.dialect.name == "postgresql")
    assert _kept(database) == _fresh(database)
