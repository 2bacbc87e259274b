"""Tickets written as plain rows, for schema revisions older than the models."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Engine,
    String,
    Table,
    Uuid,
    column,
    event,
    insert,
    inspect,
    table,
    text,
)

from deskapp.db.base import UtcDateTime
from deskapp.db.models import TicketEvent


def legacy_tables(engine: Engine) -> tuple[str, str, str]:
    """(items table, comments table, its item column) at the database's revision: before 0006
    ``incidents`` / ``incident_comments`` (``incident_id``), from 0006 on the work-item names."""
    if inspect(engine).has_table("work_items"):
        return "work_items", "work_item_comments", "work_item_id"
    return "incidents", "incident_comments", "incident_id"


def insert_ticket(engine: Engine, title: str = "migration row",
                  comment: str = "note") -> uuid.UUID:
    """One incident with its status event and a work note, using only the columns the database
    has now (every newer column is nullable or has a default); types as the models store them."""
    items_name, comments_name, item_column = legacy_tables(engine)
    have = {c["name"] for c in inspect(engine).get_columns(items_name)}
    now = datetime.now(UTC)
    ticket = uuid.uuid4()
    row = {"id": ticket, "version": 1, "created_at": now, "updated_at": now,
           "number": f"INC-R{ticket.hex[:10]}", "title": title, "channel": "phone",
           "impact": 2, "urgency": 3, "priority": 4, "status": "new", "is_major": False,
           "opened_at": now, "reopen_count": 0, "response_breached": False,
           "resolution_breached": False, "kind": "incident", "status_category": "open"}
    types = {"id": Uuid(), "created_at": UtcDateTime(), "updated_at": UtcDateTime(),
             "opened_at": UtcDateTime(), "is_major": Boolean(), "response_breached": Boolean(),
             "resolution_breached": Boolean(), "kind": String(), "status_category": String()}
    values = {k: v for k, v in row.items() if k in have}
    items = table(items_name, *[column(k, types.get(k)) for k in values])
    comments = table(comments_name, column("id", Uuid()), column(item_column, Uuid()),
                     column("body"), column("work_note", Boolean()),
                     column("created_at", UtcDateTime()))
    events = cast(Table, TicketEvent.__table__)
    with engine.begin() as conn:
        conn.execute(insert(items).values(values))
        if items_name == "work_items":
            conn.execute(insert(table("incident_details", column("work_item_id", Uuid()),
                                       column("is_major", Boolean())))
                         .values(work_item_id=ticket, is_major=False))
        conn.execute(insert(events).values(
            id=uuid.uuid4(), ticket_kind="INC", ticket_id=ticket, occurred_at=now,
            field="status", old_value=None, new_value="new"))
        conn.execute(insert(comments).values(
            {"id": uuid.uuid4(), item_column: ticket, "body": comment, "work_note": True,
             "created_at": now}))
    return ticket


def _work_rows(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in row) for row in conn.execute(text(
            f"SELECT * FROM {t}")))
            for t in ("work_items", "incident_details", "ticket_events", "work_item_comments",
                      "number_counters")}


def assert_new_tables_keep_rows(engine: Engine, before: str, after: str,
                                tables: tuple[str, ...]) -> None:
    """A migration that only adds ``tables``: five tickets with their events and notes are the
    same after the upgrade and after the downgrade (which drops the tables again), and the
    head's schema is the models' afterwards."""
    from deskapp.db import migrate

    migrate.upgrade(engine, before)
    for n in range(5):
        insert_ticket(engine, f"printer {n}")
    rows = _work_rows(engine)
    migrate.upgrade(engine, after)
    assert all(inspect(engine).has_table(t) for t in tables)
    assert _work_rows(engine) == rows
    migrate.downgrade(engine, before)
    assert not any(inspect(engine).has_table(t) for t in tables)
    assert _work_rows(engine) == rows
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []


def work_item_statements(engine: Engine, action: Callable[[], Any]
                         ) -> tuple[Any, list[tuple[str, Any]]]:
    """What ``action`` returned, and the statements (with parameters) it sent that read or
    write ``work_items``, in order: plan and statement-shape checks look at these."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "FROM work_items" in statement:
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        result = action()
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return result, seen
