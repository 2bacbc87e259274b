"""Rewriting many items at once on SQLite (a replica's big pull): the open-work counts and the
full-text index follow set by set with the row triggers dropped, exactly as the triggers would
have kept them, and a failure inside leaves everything (triggers included) as it was."""

from __future__ import annotations

import random
import uuid
from typing import Any

import pytest
from sqlalchemy import Connection, bindparam, text, update

from deskapp.db.bulk_rewrite import THRESHOLD, items_rewritten
from deskapp.db.models import WorkItem
from deskapp.runtime import Database
from tests.integration.test_open_counts import STATUSES, _fresh, _items, _kept
from tests.support.factories import make_desk

ITEMS = WorkItem.__table__


def _triggers(conn: Connection) -> set[str]:
    return set(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'work_items'"
    ).scalars())


def _found(conn: Connection, words: str) -> int:
    return int(conn.execute(text("SELECT count(*) FROM work_items_fts WHERE work_items_fts "
                                 "MATCH :q"), {"q": words}).scalar_one())


def _rewrite(conn: Connection, ids: list[uuid.UUID], rnd: random.Random,
             teams: list[uuid.UUID | None]) -> None:
    """Item by item, changes of mixed columns (as a pull writes them: grouped by columns)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for n, item in enumerate(ids):
        status, category = STATUSES[rnd.randrange(len(STATUSES))]
        change: dict[str, Any] = {"priority": rnd.randint(1, 5), "team_id": rnd.choice(teams)}
        if n % 3 == 0:
            change |= {"status": status, "status_category": category}
        if n % 2 == 0:
            change["title"] = f"Rewritten zebrafinch {n}"
        groups.setdefault(tuple(sorted(change)), []).append({**change, "_key": item})
    with items_rewritten(conn, ids, {c for cs in groups for c in cs}):
        for columns, values in groups.items():
            conn.execute(update(ITEMS).where(ITEMS.c.id == bindparam("_key"))
                         .values({c: bindparam(c) for c in columns}), values)


def test_counts_and_search_follow_a_bulk_rewrite(sqlite_database: Database) -> None:
    desk = make_desk(sqlite_database)
    ids, _services = _items(sqlite_database, desk, THRESHOLD + 40)
    engine = sqlite_database.engine
    with engine.connect() as conn:
        before = _triggers(conn)
        assert _found(conn, "Item") == len(ids)
    for seed in range(3):
        with engine.begin() as conn:
            _rewrite(conn, ids, random.Random(seed), [None, desk.team_id, desk.other_team_id])
        assert _kept(sqlite_database) == _fresh(sqlite_database)
        with engine.connect() as conn:
            assert _triggers(conn) == before  # put back
            assert _found(conn, "zebrafinch") == len(ids[::2])  # the new titles are found
            assert _found(conn, "Item") == len(ids) - len(ids[::2])  # the old ones are not
            conn.exec_driver_sql("INSERT INTO work_items_fts(work_items_fts, rank) "
                                 "VALUES ('integrity-check', 1)")  # the index is the table's
    # the triggers work again afterwards: one item edited alone still counts
    with engine.begin() as conn:
        conn.execute(update(ITEMS).where(ITEMS.c.id == ids[1]).values(
            priority=1, status="new", status_category="open", title="Single heron"))
    assert _kept(sqlite_database) == _fresh(sqlite_database)
    with engine.connect() as conn:
        assert _found(conn, "heron") == 1


def test_a_failure_inside_leaves_rows_counts_and_triggers_as_they_were(
        sqlite_database: Database) -> None:
    desk = make_desk(sqlite_database)
    ids, _services = _items(sqlite_database, desk, THRESHOLD)
    engine = sqlite_database.engine
    kept = _kept(sqlite_database)
    with engine.connect() as conn:
        before = _triggers(conn)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        _rewrite(conn, ids, random.Random(9), [None, desk.other_team_id])
        raise RuntimeError("the desk went away")
    assert _kept(sqlite_database) == kept == _fresh(sqlite_database)
    with engine.connect() as conn:
        assert _triggers(conn) == before
        assert _found(conn, "zebrafinch") == 0 and _found(conn, "Item") == len(ids)
