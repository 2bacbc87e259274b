"""The demo catalogue and its service requests, on SQLite and PostgreSQL: about thirty
offerings (one retired), requests in every state a desk sees, each consistent with what the
services would have written (tasks done before a request closes, a reason on every rejection,
a pending approval on every request waiting for one), and no incident titled as an order."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import text

from deskapp.db.demo import generate
from deskapp.db.demo.catalogue import OFFERINGS
from deskapp.runtime import Database

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
ORDERS = ("New starter needs", "Need access to", "Request for new", "Desk move at",
          "Software installation request", "Training request for")


def test_demo_catalogue_and_requests_look_like_a_working_desk(database: Database) -> None:
    stats = generate(database.engine, 1000, seed=3, now=NOW, requests=True)
    assert stats.requests == 30  # SHARE of the tickets
    with database.engine.connect() as conn:
        offerings = conn.execute(text(
            "SELECT name, retired_at FROM catalogue_offerings")).all()
        assert len(offerings) == len(OFFERINGS) >= 30
        assert [o.name for o in offerings if o.retired_at is not None] == ["Fax line"]
        requests = conn.execute(text(
            "SELECT w.id, w.status, w.resolution_notes, w.opened_at, w.sla_state, w.team_id "
            "FROM work_items w WHERE w.kind = 'service_request'")).all()
        tasks = conn.execute(text(
            "SELECT parent_id, status FROM work_items WHERE kind = 'request_task'")).all()
        approvals = conn.execute(text(
            "SELECT work_item_id, state FROM approval_requests")).all()
        titles = conn.execute(text(
            "SELECT title FROM work_items WHERE kind = 'incident'")).scalars().all()
        offering_of = Counter(conn.execute(text(
            "SELECT offering_id FROM service_request_details")).scalars())
    assert len(requests) == 30
    statuses = Counter(r.status for r in requests)
    assert {"pending", "in_progress", "closed", "rejected", "cancelled"} <= set(statuses)
    assert statuses["closed"] > statuses["in_progress"]  # most of the work is done
    assert len(offering_of) >= 10  # many offerings are ordered, the popular ones more
    by_request: dict[object, list[str]] = {}
    for t in tasks:
        by_request.setdefault(t.parent_id, []).append(t.status)
    approval_of = {a.work_item_id: a.state for a in approvals}
    for r in requests:
        own = by_request.get(r.id, [])
        if r.status == "closed":
            assert own and all(s in ("closed", "cancelled") for s in own)
            assert r.resolution_notes.startswith("Fulfilled")
        if r.status == "rejected":
            assert approval_of[r.id] == "rejected" and not own
            assert "Rejected by the approver." in r.resolution_notes
        if r.status == "cancelled":
            assert all(s in ("closed", "cancelled") for s in own) and r.resolution_notes
        if r.status == "pending" and approval_of.get(r.id) == "pending":
            assert not own  # nothing opens before the approval
        assert r.sla_state is not None and r.opened_at is not None
    assert not [t for t in titles if t.startswith(ORDERS)]
