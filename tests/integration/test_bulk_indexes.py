"""A bulk load drops the plain indexes of the tables it fills (work items, events, time,
comments, attachments, ratings) with the queue and search indexes, and builds them once
afterwards; a load killed in between leaves them missing, and the next repair (every open of a
local desk, ``db repair``) builds them again. Unique indexes stay (they guard the rows), and
so do those the load appends to in order."""

from __future__ import annotations

from deskapp.db import maintenance, migrate
from deskapp.runtime import Database
from deskapp.services.container import Services


def _indexes(database: Database) -> set[str]:
    with database.engine.connect() as conn:
        return {name for kind, name in maintenance._present(conn) if kind == "index"}


def test_the_loaded_tables_plain_indexes_are_dropped_and_rebuilt(database: Database,
                                                                  services: Services) -> None:
    plain = {o.name for o in maintenance.model_indexes(database.engine.dialect.name)}
    assert {"ix_ticket_events_ticket", "ix_work_items_team_status",
            "ix_time_entries_work_item"} <= plain
    dropped = plain - maintenance.APPENDED_WHILE_LOADING
    assert "ix_work_items_external_source" not in plain  # unique: kept
    before = _indexes(database)
    assert {"ix_work_items_team_status", "ix_time_entries_work_item"} <= before
    with maintenance.indexes_suspended(database.engine):
        during = _indexes(database)
        assert not during & dropped
        # unique ones guard the rows; those the load appends to stay too
        assert {"ix_work_items_external_source", "ix_ticket_events_ticket",
                "ix_queue_opened"} <= during
        services.incidents.create({"title": "Loaded in bulk", "impact": 2, "urgency": 2})
    assert _indexes(database) == before
    assert migrate.schema_differences(database.engine) == []


def test_a_load_killed_with_them_dropped_gets_them_back_on_repair(database: Database) -> None:
    suspended = maintenance.indexes_suspended(database.engine)
    suspended.__enter__()  # the process dies here: no exit, nothing rebuilt
    try:
        missing = {o.name for o in maintenance.missing_objects(database.engine)}
        assert {"ix_time_entries_work_item", "ix_work_items_caller_id"} <= missing
        assert migrate.schema_differences(database.engine) != []
        maintenance.repair(database.engine)
        assert maintenance.missing_objects(database.engine) == []
        assert migrate.schema_differences(database.engine) == []
    finally:
        suspended.__exit__(None, None, None)  # nothing left to do after the repair
