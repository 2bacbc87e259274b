"""search (FTS5 / tsvector + pg_trgm), queue keyset indexes, change notifications

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 03:40:00

Objects here live outside the ORM models and are left out of ``deskapp-admin db check`` by
``deskapp.db.migrate.include_object``: tables named ``*_fts*``, indexes named ``ix_search_*`` and
``ix_queue_*``, and the PostgreSQL ``search_vector`` columns.

* Queue indexes are partial (``deleted_at IS NULL``) and end with the columns queue filters test
  (status, and ``deleted_at`` itself): SQLite treats an index as covering only when every column
  the query names is in it, so without ``deleted_at`` a COUNT of the open queue read 300,000
  table rows (390 ms at 1M tickets) instead of the index (18 ms).
* SQLite FTS5 tables use external content keyed by the base tables' rowid. A migration that
  rebuilds ``incidents`` or ``incident_comments`` (batch mode) drops these triggers and may
  renumber rowids: it must recreate the triggers and run the FTS 'rebuild' command.
* PostgreSQL sends ``NOTIFY deskapp_changes`` once per statement with the table, the operation
  and up to 50 ids (``ids`` is null when more rows changed); listeners re-query under their own
  rights, so the payload carries no data.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_DUE = {
    "sqlite": "'9999-12-31 00:00:00.000000'",
    "postgresql": "'9999-12-31 00:00:00+00'::timestamptz",
}

#: name -> indexed expressions; all ``WHERE deleted_at IS NULL``.
QUEUE_INDEXES: dict[str, str] = {
    # default order (priority, opened_at, id) under any filter
    "ix_queue_priority": "priority, opened_at, id, status, deleted_at",
    # the status column sort
    "ix_queue_status": "status, priority, opened_at, id, deleted_at",
    # counts of status queues: narrow, so counting the 300,000 open tickets reads few pages
    # (PostgreSQL 68 -> 13 ms; its planner preferred scanning all of ix_queue_sla otherwise)
    "ix_queue_status_count": "status, deleted_at",
    # team and assignee queues in the default order, status checked inside the index
    "ix_queue_team": "team_id, priority, opened_at, id, status, assignee_id, deleted_at",
    "ix_queue_assignee": "assignee_id, priority, opened_at, id, status, team_id, deleted_at",
    # header sorts
    "ix_queue_number": "number, status, deleted_at",
    "ix_queue_title": "title, id, status, deleted_at",
    "ix_queue_opened": "opened_at, id, status, deleted_at",
    "ix_queue_updated": "updated_at, id, status, deleted_at",
    "ix_queue_due": "coalesce(resolution_due_at, {no_due}), id, status, sla_state, deleted_at",
    # SLA-state queues ("Breached or at risk") counted from the index
    "ix_queue_sla": "sla_state, status, deleted_at",
}

#: PostgreSQL only: open tickets in the default order. A plain index scan cannot test status
#: inside the index (only after reading each table row: 3,500 heap reads for the first 64 open
#: P1 tickets, most old P1s being closed); these partial indexes hold open tickets only, and
#: PostgreSQL proves that a filter on open statuses implies their WHERE. (SQLite tests status
#: inside the index already, and cannot match a partial index against bound parameters.)
PG_OPEN_INDEXES: dict[str, str] = {
    "ix_queue_open_priority": "priority, opened_at, id",
    "ix_queue_open_team": "team_id, priority, opened_at, id",
    "ix_queue_open_assignee": "assignee_id, priority, opened_at, id",
}
OPEN_WHERE = "deleted_at IS NULL AND status IN ('new', 'assigned', 'in_progress', 'pending')"

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE incidents_fts USING fts5(number, title, description, "
    "content='incidents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN
        INSERT INTO incidents_fts(rowid, number, title, description)
        VALUES (new.rowid, new.number, new.title, new.description);
    END""",
    """CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN
        INSERT INTO incidents_fts(incidents_fts, rowid, number, title, description)
        VALUES ('delete', old.rowid, old.number, old.title, old.description);
    END""",
    """CREATE TRIGGER incidents_fts_au AFTER UPDATE OF number, title, description ON incidents
    BEGIN
        INSERT INTO incidents_fts(incidents_fts, rowid, number, title, description)
        VALUES ('delete', old.rowid, old.number, old.title, old.description);
        INSERT INTO incidents_fts(rowid, number, title, description)
        VALUES (new.rowid, new.number, new.title, new.description);
    END""",
    "CREATE VIRTUAL TABLE incident_comments_fts USING fts5(body, content='incident_comments', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER incident_comments_fts_ai AFTER INSERT ON incident_comments BEGIN
        INSERT INTO incident_comments_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    """CREATE TRIGGER incident_comments_fts_ad AFTER DELETE ON incident_comments BEGIN
        INSERT INTO incident_comments_fts(incident_comments_fts, rowid, body)
        VALUES ('delete', old.rowid, old.body);
    END""",
    """CREATE TRIGGER incident_comments_fts_au AFTER UPDATE OF body ON incident_comments BEGIN
        INSERT INTO incident_comments_fts(incident_comments_fts, rowid, body)
        VALUES ('delete', old.rowid, old.body);
        INSERT INTO incident_comments_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    # index what is already there
    "INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')",
    "INSERT INTO incident_comments_fts(incident_comments_fts) VALUES ('rebuild')",
]

SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS incidents_fts_ai",
    "DROP TRIGGER IF EXISTS incidents_fts_ad",
    "DROP TRIGGER IF EXISTS incidents_fts_au",
    "DROP TRIGGER IF EXISTS incident_comments_fts_ai",
    "DROP TRIGGER IF EXISTS incident_comments_fts_ad",
    "DROP TRIGGER IF EXISTS incident_comments_fts_au",
    "DROP TABLE IF EXISTS incidents_fts",
    "DROP TABLE IF EXISTS incident_comments_fts",
]

PG_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE incidents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(number, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')) STORED""",
    "CREATE INDEX ix_search_incidents_vector ON incidents USING gin (search_vector)",
    "CREATE INDEX ix_search_incidents_title_trgm ON incidents USING gin (title gin_trgm_ops)",
    "CREATE INDEX ix_search_incidents_number_trgm ON incidents USING gin (number gin_trgm_ops)",
    """ALTER TABLE incident_comments ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, body)) STORED""",
    "CREATE INDEX ix_search_comments_vector ON incident_comments USING gin (search_vector)",
]

PG_NOTIFY = [
    """CREATE FUNCTION deskapp_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        changed bigint;
        some_ids text[];
    BEGIN
        IF TG_OP = 'DELETE' THEN
            SELECT count(*), (array_agg(id::text))[1:50] INTO changed, some_ids FROM old_rows;
        ELSE
            SELECT count(*), (array_agg(id::text))[1:50] INTO changed, some_ids FROM new_rows;
        END IF;
        IF changed > 0 THEN
            PERFORM pg_notify('deskapp_changes', json_build_object(
                'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'count', changed,
                'ids', CASE WHEN changed <= 50 THEN to_json(some_ids) END)::text);
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER deskapp_notify_incidents_ins AFTER INSERT ON incidents "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
    "CREATE TRIGGER deskapp_notify_incidents_upd AFTER UPDATE ON incidents "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
    "CREATE TRIGGER deskapp_notify_incidents_del AFTER DELETE ON incidents "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS deskapp_notify_incidents_ins ON incidents",
    "DROP TRIGGER IF EXISTS deskapp_notify_incidents_upd ON incidents",
    "DROP TRIGGER IF EXISTS deskapp_notify_incidents_del ON incidents",
    "DROP FUNCTION IF EXISTS deskapp_notify_change()",
    "DROP INDEX IF EXISTS ix_search_comments_vector",
    "ALTER TABLE incident_comments DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS ix_search_incidents_number_trgm",
    "DROP INDEX IF EXISTS ix_search_incidents_title_trgm",
    "DROP INDEX IF EXISTS ix_search_incidents_vector",
    "ALTER TABLE incidents DROP COLUMN IF EXISTS search_vector",
    # pg_trgm stays: other databases objects may use it, and dropping needs ownership
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, columns in QUEUE_INDEXES.items():
        expr = columns.format(no_due=NO_DUE.get(dialect, NO_DUE["sqlite"]))
        op.execute(f"CREATE INDEX {name} ON incidents ({expr}) WHERE deleted_at IS NULL")
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
        bind = op.get_bind()
        if bind.exec_driver_sql("SELECT count(*) FROM (SELECT 1 FROM incidents LIMIT 1000)"
                                ).scalar() == 1000:
            op.execute("ANALYZE")  # an existing database: let the planner see the new indexes
    elif dialect == "postgresql":
        for name, columns in PG_OPEN_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON incidents ({columns}) WHERE {OPEN_WHERE}")
        for statement in PG_SEARCH + PG_NOTIFY:
            op.execute(statement)
        op.execute("ANALYZE incidents")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in PG_DOWN:
            op.execute(statement)
        for name in PG_OPEN_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    for name in reversed(QUEUE_INDEXES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
