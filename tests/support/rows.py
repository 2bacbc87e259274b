"""Tickets written as plain rows, for schema revisions older than the models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Engine, Table, insert, inspect

from deskapp.db.models import Comment, Incident, TicketEvent


def insert_ticket(engine: Engine, title: str = "migration row",
                  comment: str = "note") -> uuid.UUID:
    """One incident with its status event and a work note, using the models' tables (their
    types store UUIDs and times right on both databases) but only the columns the database
    has now: every newer column is nullable or has a default."""
    have = {c["name"] for c in inspect(engine).get_columns("incidents")}
    incidents, events, comments = (cast(Table, m.__table__)
                                   for m in (Incident, TicketEvent, Comment))
    now = datetime.now(UTC)
    ticket = uuid.uuid4()
    row = {"id": ticket, "version": 1, "created_at": now, "updated_at": now,
           "number": f"INC-R{ticket.hex[:10]}", "title": title, "channel": "phone",
           "impact": 2, "urgency": 3, "priority": 4, "status": "new", "is_major": False,
           "opened_at": now, "reopen_count": 0, "response_breached": False,
           "resolution_breached": False}
    with engine.begin() as conn:
        conn.execute(insert(incidents).values({k: v for k, v in row.items() if k in have}))
        conn.execute(insert(events).values(
            id=uuid.uuid4(), ticket_kind="INC", ticket_id=ticket, occurred_at=now,
            field="status", old_value=None, new_value="new"))
        conn.execute(insert(comments).values(
            id=uuid.uuid4(), incident_id=ticket, body=comment, work_note=True, created_at=now))
    return ticket
