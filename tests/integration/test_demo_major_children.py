"""Demo major incidents come with children: the calls logged about the outage, linked through
the services, in both items' histories; a second run adds none."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from deskapp.db.demo import generate
from deskapp.db.demo.major_children import raise_major_children
from deskapp.runtime import Database

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _children(database: Database) -> list[tuple[str, str, str, str, str, str]]:
    with database.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT m.number, c.number, c.status_category, c.service_id, m.service_id, "
            "m.status_category FROM work_items c JOIN work_items m ON m.id = c.parent_id "
            "JOIN incident_details d ON d.work_item_id = m.id "
            "WHERE c.kind = 'incident' AND d.is_major ORDER BY c.number"))]


def test_open_major_incidents_have_their_calls_as_children(database: Database) -> None:
    generate(database.engine, 600, seed=5, now=NOW, requests=True)
    rows = _children(database)
    majors = {r[0] for r in rows}
    assert majors, "no demo major incident has children"
    for major in majors:
        mine = [r for r in rows if r[0] == major]
        assert 2 <= len(mine) <= 4
        # open calls on the open major incident's own service
        assert all(r[2] != "done" and r[3] == r[4] and r[5] != "done" for r in mine)
    with database.engine.connect() as conn:
        major = sorted(majors)[0]
        added = conn.execute(text(
            "SELECT e.new_value FROM ticket_events e JOIN work_items m ON m.id = e.ticket_id "
            "WHERE m.number = :n AND e.field = 'child_added' ORDER BY e.new_value"),
            {"n": major}).scalars().all()
        linked = conn.execute(text(
            "SELECT count(*) FROM ticket_events e JOIN work_items c ON c.id = e.ticket_id "
            "JOIN work_items m ON m.id = c.parent_id WHERE m.number = :n "
            "AND e.field = 'parent_id'"), {"n": major}).scalar_one()
    assert added == sorted(r[1] for r in rows if r[0] == major)
    assert linked == len(added)
    assert raise_major_children(database.engine, seed=5, now=NOW) == 0
    assert _children(database) == rows
