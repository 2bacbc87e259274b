"""work items: one core table for every kind of ticket, detail tables per kind, links

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 00:10:00

``incidents`` becomes ``work_items`` (every kind's shared columns) and gains ``kind``,
``status_category``, ``due_at`` and an external reference (``external_source`` +
``external_id``, unique together when set); ``is_major`` moves to ``incident_details``, the
incident's own table; ``incident_task_details`` and ``work_item_links`` are new;
``incident_comments`` becomes ``work_item_comments`` (``work_item_id``). The event log
(``ticket_events``) keeps its name: ``ticket_id`` is the work item's id and ``ticket_kind`` its
number prefix, as before, so no event row is rewritten.

Tables and columns are renamed in place (instant on both databases: no row is copied, every id,
number, version and event stays), so the queue indexes of 0002-0004 stay as they are on the
renamed table. Indexes and constraints named after the old tables are renamed (PostgreSQL) or
recreated (SQLite indexes; SQLite keeps constraint names inside its table definitions, so the
models name those as they are). The SQLite full-text tables are recreated over the new tables
and rebuilt; PostgreSQL's generated ``search_vector`` columns move with their tables, and
change notifications now also fire for comments and links.

The downgrade puts everything back with its data, and refuses (changing nothing) while the
database holds what the old schema cannot: work items of other kinds, links, due dates or
external references.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Indexes named after the old tables: old name -> (new name, table after upgrade, columns).
INDEX_RENAMES: dict[str, tuple[str, str, str]] = {
    "ix_incidents_status_priority": ("ix_work_items_status_priority", "work_items",
                                     "status, priority, opened_at"),
    "ix_incidents_team_status": ("ix_work_items_team_status", "work_items", "team_id, status"),
    "ix_incidents_assignee_status": ("ix_work_items_assignee_status", "work_items",
                                     "assignee_id, status"),
    "ix_incidents_caller_id": ("ix_work_items_caller_id", "work_items", "caller_id"),
    "ix_incidents_ci_id": ("ix_work_items_ci_id", "work_items", "ci_id"),
    "ix_incidents_parent_id": ("ix_work_items_parent_id", "work_items", "parent_id"),
    "ix_incidents_resolution_due_at": ("ix_work_items_resolution_due_at", "work_items",
                                       "resolution_due_at"),
    "ix_incidents_service_id": ("ix_work_items_service_id", "work_items", "service_id"),
    "ix_incident_comments_incident_id": ("ix_work_item_comments_work_item_id",
                                         "work_item_comments", "work_item_id"),
}

#: PostgreSQL constraint names after the old tables: (table after upgrade, old, new). The number's
#: unique constraint keeps its name ``uq_incidents_number`` on both databases: SQLite cannot
#: rename it without copying the table, and ``db check`` compares unique constraints by name.
PG_CONSTRAINTS: list[tuple[str, str, str]] = [
    ("work_items", "pk_incidents", "pk_work_items"),
    *[("work_items", f"fk_incidents_{c}_{t}", f"fk_work_items_{c}_{t.replace('incidents', 'work_items')}")  # noqa: E501
      for c, t in (("assignee_id", "staff_users"), ("caller_id", "people"),
                   ("ci_id", "config_items"), ("parent_id", "incidents"),
                   ("service_id", "services"), ("sla_id", "sla_definitions"),
                   ("team_id", "teams"))],
    ("work_item_comments", "pk_incident_comments", "pk_work_item_comments"),
    ("work_item_comments", "fk_incident_comments_author_id_staff_users",
     "fk_work_item_comments_author_id_staff_users"),
    ("work_item_comments", "fk_incident_comments_incident_id_incidents",
     "fk_work_item_comments_work_item_id_work_items"),
]

#: SQLite full-text search over every kind and over comments (external content, by rowid).
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE work_items_fts USING fts5(number, title, description, "
    "content='work_items', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER work_items_fts_ai AFTER INSERT ON work_items BEGIN
        INSERT INTO work_items_fts(rowid, number, title, description)
        VALUES (new.rowid, new.number, new.title, new.description);
    END""",
    """CREATE TRIGGER work_items_fts_ad AFTER DELETE ON work_items BEGIN
        INSERT INTO work_items_fts(work_items_fts, rowid, number, title, description)
        VALUES ('delete', old.rowid, old.number, old.title, old.description);
    END""",
    """CREATE TRIGGER work_items_fts_au AFTER UPDATE OF number, title, description ON work_items
    BEGIN
        INSERT INTO work_items_fts(work_items_fts, rowid, number, title, description)
        VALUES ('delete', old.rowid, old.number, old.title, old.description);
        INSERT INTO work_items_fts(rowid, number, title, description)
        VALUES (new.rowid, new.number, new.title, new.description);
    END""",
    "CREATE VIRTUAL TABLE work_item_comments_fts USING fts5(body, content='work_item_comments', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER work_item_comments_fts_ai AFTER INSERT ON work_item_comments BEGIN
        INSERT INTO work_item_comments_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    """CREATE TRIGGER work_item_comments_fts_ad AFTER DELETE ON work_item_comments BEGIN
        INSERT INTO work_item_comments_fts(work_item_comments_fts, rowid, body)
        VALUES ('delete', old.rowid, old.body);
    END""",
    """CREATE TRIGGER work_item_comments_fts_au AFTER UPDATE OF body ON work_item_comments BEGIN
        INSERT INTO work_item_comments_fts(work_item_comments_fts, rowid, body)
        VALUES ('delete', old.rowid, old.body);
        INSERT INTO work_item_comments_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    "INSERT INTO work_items_fts(work_items_fts) VALUES ('rebuild')",
    "INSERT INTO work_item_comments_fts(work_item_comments_fts) VALUES ('rebuild')",
]
SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS work_items_fts_ai",
    "DROP TRIGGER IF EXISTS work_items_fts_ad",
    "DROP TRIGGER IF EXISTS work_items_fts_au",
    "DROP TRIGGER IF EXISTS work_item_comments_fts_ai",
    "DROP TRIGGER IF EXISTS work_item_comments_fts_ad",
    "DROP TRIGGER IF EXISTS work_item_comments_fts_au",
    "DROP TABLE IF EXISTS work_items_fts",
    "DROP TABLE IF EXISTS work_item_comments_fts",
]

#: PostgreSQL search indexes named after the old table (the comments' is generic already).
PG_SEARCH_RENAMES = {
    "ix_search_incidents_vector": "ix_search_work_items_vector",
    "ix_search_incidents_title_trgm": "ix_search_work_items_title_trgm",
    "ix_search_incidents_number_trgm": "ix_search_work_items_number_trgm",
}
#: Notification triggers on work items (renamed from 0002's) and, new, on comments and links.
PG_NOTIFY_RENAMES = {
    "deskapp_notify_incidents_ins": "deskapp_notify_work_items_ins",
    "deskapp_notify_incidents_upd": "deskapp_notify_work_items_upd",
    "deskapp_notify_incidents_del": "deskapp_notify_work_items_del",
}
PG_NOTIFY = [
    "CREATE TRIGGER deskapp_notify_work_item_comments_ins AFTER INSERT ON work_item_comments "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
    "CREATE TRIGGER deskapp_notify_work_item_links_ins AFTER INSERT ON work_item_links "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
    "CREATE TRIGGER deskapp_notify_work_item_links_upd AFTER UPDATE ON work_item_links "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION deskapp_notify_change()",
]
#: Table renames, for code that rebuilds 0002-0004's objects on the renamed tables
#: (deskapp.db.maintenance reads these literals).
TABLE_RENAMES = {"incidents": "work_items", "incident_comments": "work_item_comments"}
PG_NOTIFY_DOWN = [
    "DROP TRIGGER IF EXISTS deskapp_notify_work_item_comments_ins ON work_item_comments",
    "DROP TRIGGER IF EXISTS deskapp_notify_work_item_links_ins ON work_item_links",
    "DROP TRIGGER IF EXISTS deskapp_notify_work_item_links_upd ON work_item_links",
]

#: Number prefixes: ITASK is used now; the others are reserved for their orders.
NEW_COUNTERS = ("ITASK", "RTASK", "CTASK", "ACC")
CATEGORY_OF = {"pending": "waiting", "resolved": "done", "closed": "done"}


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _rename_index(dialect: str, old: str, new: str, table: str, columns: str) -> None:
    if dialect == "postgresql":
        op.execute(f"ALTER INDEX {old} RENAME TO {new}")
    else:  # SQLite cannot rename an index
        op.execute(f"DROP INDEX {old}")
        op.execute(f"CREATE INDEX {new} ON {table} ({columns})")


def _revision_0002() -> ModuleType:
    """Migration 0002's statements, for the downgrade to put its objects back exactly."""
    path = next(Path(__file__).parent.glob("0002_*.py"))
    spec = importlib.util.spec_from_file_location("deskapp_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    old = _revision_0002()
    if dialect == "sqlite":
        for statement in old.SQLITE_FTS_DOWN:  # external content names the old tables
            op.execute(statement)
    op.rename_table("incidents", "work_items")
    op.rename_table("incident_comments", "work_item_comments")
    op.execute("ALTER TABLE work_item_comments RENAME COLUMN incident_id TO work_item_id")
    # kind and category: every existing row is an incident; the defaults fill them in place
    op.execute("ALTER TABLE work_items ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'incident'")
    op.execute("ALTER TABLE work_items ADD COLUMN status_category VARCHAR(10) NOT NULL "
               "DEFAULT 'open'")
    for status, category in CATEGORY_OF.items():
        op.execute(f"UPDATE work_items SET status_category = '{category}' "
                   f"WHERE status = '{status}'")
    op.add_column("work_items", sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("work_items", sa.Column("external_source", sa.String(40), nullable=True))
    op.add_column("work_items", sa.Column("external_id", sa.String(120), nullable=True))
    op.create_index("ix_work_items_external_source", "work_items",
                    ["external_source", "external_id"], unique=True)

    op.create_table(
        "incident_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("is_major", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"], ondelete="CASCADE",
                                name="fk_incident_details_work_item_id_work_items"),
        sa.PrimaryKeyConstraint("work_item_id", name="pk_incident_details"),
    )
    op.execute("INSERT INTO incident_details (work_item_id, is_major) "
               "SELECT id, is_major FROM work_items")
    # SQLite 3.35+ drops an unindexed column in place (batch mode would copy the table)
    op.execute("ALTER TABLE work_items DROP COLUMN is_major")
    op.create_table(
        "incident_task_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"], ondelete="CASCADE",
                                name="fk_incident_task_details_work_item_id_work_items"),
        sa.ForeignKeyConstraint(["requested_by_id"], ["staff_users.id"],
                                name="fk_incident_task_details_requested_by_id_staff_users"),
        sa.PrimaryKeyConstraint("work_item_id", name="pk_incident_task_details"),
    )
    op.create_table(
        "work_item_links",
        sa.Column("source_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("link_type", sa.String(20), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["source_id"], ["work_items.id"],
                                name="fk_work_item_links_source_id_work_items"),
        sa.ForeignKeyConstraint(["target_id"], ["work_items.id"],
                                name="fk_work_item_links_target_id_work_items"),
        sa.PrimaryKeyConstraint("id", name="pk_work_item_links"),
    )
    op.create_index("ix_work_item_links_target_id", "work_item_links", ["target_id"])
    op.create_index("uq_work_item_links_live", "work_item_links",
                    ["source_id", "target_id", "link_type"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"),
                    postgresql_where=sa.text("deleted_at IS NULL"))

    for old_name, (new_name, table, columns) in INDEX_RENAMES.items():
        _rename_index(dialect, old_name, new_name, table, columns)
    if dialect == "postgresql":
        for table, old_name, new_name in PG_CONSTRAINTS:
            op.execute(f"ALTER TABLE {table} RENAME CONSTRAINT {old_name} TO {new_name}")
        for old_name, new_name in PG_SEARCH_RENAMES.items():
            op.execute(f"ALTER INDEX {old_name} RENAME TO {new_name}")
        for old_name, new_name in PG_NOTIFY_RENAMES.items():
            op.execute(f"ALTER TRIGGER {old_name} ON work_items RENAME TO {new_name}")
        for statement in PG_NOTIFY:
            op.execute(statement)
    else:
        for statement in SQLITE_FTS:
            op.execute(statement)

    counters = sa.table("number_counters", sa.column("kind", sa.String),
                        sa.column("last_value", sa.Integer))
    have = set(bind.execute(sa.select(counters.c.kind)).scalars())
    missing = [k for k in NEW_COUNTERS if k not in have]
    if missing:
        op.bulk_insert(counters, [{"kind": k, "last_value": 0} for k in missing])
    op.execute("ANALYZE work_items" if dialect == "postgresql" else "ANALYZE")


def _refusal(bind: sa.Connection) -> str | None:
    """What the old schema cannot hold, as one sentence (None: nothing)."""
    parts: list[str] = []
    rows = bind.execute(sa.text(
        "SELECT kind, count(*), min(number) FROM work_items WHERE kind <> 'incident' "
        "GROUP BY kind ORDER BY kind")).all()
    for kind, count, _ in rows:
        numbers = bind.execute(sa.text(
            "SELECT number FROM work_items WHERE kind = :k ORDER BY number LIMIT 3"),
            {"k": kind}).scalars().all()
        more = ", ..." if count > len(numbers) else ""
        parts.append(f"{count} {kind.replace('_', ' ')}(s) ({', '.join(numbers)}{more})")
    links = bind.execute(sa.text("SELECT count(*) FROM work_item_links")).scalar() or 0
    if links:
        parts.append(f"{links} link(s) between work items")
    extra = bind.execute(sa.text(
        "SELECT count(*) FROM work_items WHERE kind = 'incident' AND (due_at IS NOT NULL "
        "OR external_source IS NOT NULL OR external_id IS NOT NULL)")).scalar() or 0
    if extra:
        parts.append(f"{extra} incident(s) with a due date or an external reference")
    if not parts:
        return None
    return ("The database holds what the schema before 0006 cannot store: " + "; ".join(parts)
            + ". Nothing was changed; keep this DeskApp, or remove those records first.")


def downgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    refusal = _refusal(bind)
    if refusal is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(refusal)
    old = _revision_0002()
    if dialect == "sqlite":
        for statement in SQLITE_FTS_DOWN:
            op.execute(statement)
    else:
        for statement in PG_NOTIFY_DOWN:
            op.execute(statement)
        for old_name, new_name in PG_NOTIFY_RENAMES.items():
            op.execute(f"ALTER TRIGGER {new_name} ON work_items RENAME TO {old_name}")
        for old_name, new_name in PG_SEARCH_RENAMES.items():
            op.execute(f"ALTER INDEX {new_name} RENAME TO {old_name}")
        for table, old_name, new_name in reversed(PG_CONSTRAINTS):
            op.execute(f"ALTER TABLE {table} RENAME CONSTRAINT {new_name} TO {old_name}")
    for old_name, (new_name, table, columns) in INDEX_RENAMES.items():
        _rename_index(dialect, new_name, old_name, table, columns)
    op.drop_index("uq_work_item_links_live", "work_item_links")
    op.drop_index("ix_work_item_links_target_id", "work_item_links")
    op.drop_table("work_item_links")
    op.drop_table("incident_task_details")
    op.execute("ALTER TABLE work_items ADD COLUMN is_major BOOLEAN NOT NULL DEFAULT false")
    op.execute("UPDATE work_items SET is_major = true WHERE id IN "
               "(SELECT work_item_id FROM incident_details WHERE is_major)")
    if dialect == "postgresql":
        op.execute("ALTER TABLE work_items ALTER COLUMN is_major DROP DEFAULT")
    op.drop_table("incident_details")
    op.drop_index("ix_work_items_external_source", "work_items")
    for column in ("external_id", "external_source", "due_at", "status_category", "kind"):
        op.execute(f"ALTER TABLE work_items DROP COLUMN {column}")
    op.execute("ALTER TABLE work_item_comments RENAME COLUMN work_item_id TO incident_id")
    op.rename_table("work_item_comments", "incident_comments")
    op.rename_table("work_items", "incidents")
    if dialect == "sqlite":
        for statement in old.SQLITE_FTS:
            op.execute(statement)
    # number counters stay: the old schema's table holds any prefix, and a number once handed
    # out must never be handed out again
