"""Demo changes on SQLite and PostgreSQL: a year of changes through the services, the CAB and
the emergency CAB set up, the year-end freeze with only an emergency change in it (accepted
over the freeze), reviews on the closed ones."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import text

from deskapp.db.demo import generate
from deskapp.runtime import Database

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_demo_changes_look_like_a_working_desk(database: Database) -> None:
    stats = generate(database.engine, 1000, seed=3, now=NOW, requests=True)
    assert stats.changes >= 24
    with database.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT w.status, d.change_type, d.review_outcome, d.planned_start, d.review_notes "
            "FROM work_items w JOIN change_details d ON d.work_item_id = w.id")).all()
        freezes = conn.execute(text("SELECT name, starts_at FROM freeze_windows")).all()
        accepted = conn.execute(text(
            "SELECT conflict_key FROM change_conflict_acceptances")).scalars().all()
        rules = conn.execute(text(
            "SELECT change_type FROM change_approval_rules")).scalars().all()
        votes = conn.execute(text(
            "SELECT count(*) FROM approvals a JOIN work_items w ON w.id = a.work_item_id "
            "WHERE w.kind = 'change' AND a.decision = 'approved'")).scalar_one()
    assert len(rows) == stats.changes
    statuses = Counter(r.status for r in rows)
    assert statuses["closed"] > statuses["scheduled"] > 0  # most of the year is done
    assert {"standard", "normal", "emergency"} <= {r.change_type for r in rows}
    closed = [r for r in rows if r.status == "closed"]
    assert all(r.review_outcome for r in closed)
    assert all(r.review_notes for r in closed if r.review_outcome != "successful")
    assert Counter(r.review_outcome for r in closed).most_common(1)[0][0] == "successful"
    assert {f.name for f in freezes} == {"Year-end freeze"} and len(freezes) == 2
    assert sorted(rules) == ["emergency", "normal"] and votes > 0

    def in_freeze(at: datetime | str) -> bool:
        at = datetime.fromisoformat(at) if isinstance(at, str) else at
        return (at.month, at.day) >= (12, 20) or (at.month, at.day) < (1, 4)

    frozen = [r for r in rows if r.planned_start is not None and in_freeze(r.planned_start)]
    assert frozen and all(r.change_type == "emergency" for r in frozen)
    assert any(k.startswith("freeze:") for k in accepted)
    # next week two changes share a server: the one still in Assess has its conflict open
    assert statuses["assess"] >= 1
