"""KPI indexes: a year of figures reads the index of its range, not the work items' rows

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06 15:00:00

The KPI statements (``deskapp.repositories.kpi``) read every item of a kind opened before a
period's end (one period's figures, the backlog, a series by opening) or resolved in a range (a
series by resolution), and sum a dozen columns of each. The older indexes (``ix_queue_opened``,
``ix_queue_resolved``) hold only the timestamp, so each row in range cost a lookup of a wide
row (title, description, notes): on SQLite most of a year's time at 1M items. These two lead
with ``kind`` and the range's timestamp and carry every column a figure reads or is split or
scoped by (``INCLUDE`` columns on PostgreSQL, trailing keys on SQLite), so the statements read
the index alone. ``ix_queue_kpi_major`` holds the few major incidents, so the major-incident
count starts from them instead of looking up the detail row of every incident of the period.

The names start with ``ix_queue_``: outside ``db check``'s model comparison, suspended during
bulk demo loads and recreated by ``deskapp.db.maintenance`` from this file. No row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: name -> (key columns, carried columns); on ``work_items``, ``WHERE deleted_at IS NULL``.
KPI_INDEXES: dict[str, tuple[str, str]] = {
    # one period's figures and backlog, series by opening (opened, reopen rate, backlog)
    "ix_queue_kpi_opened": (
        "kind, opened_at",
        "resolved_at, responded_at, closed_at, status, team_id, assignee_id, service_id, "
        "category, priority, sla_id, response_breached, resolution_breached, "
        "response_elapsed_min, resolution_elapsed_min, reopen_count"),
    # series by resolution (resolved, MTTR, resolution SLA, first-contact resolution)
    "ix_queue_kpi_resolved": (
        "kind, resolved_at",
        "opened_at, responded_at, team_id, assignee_id, service_id, category, priority, "
        "sla_id, response_breached, resolution_breached, resolution_elapsed_min, reopen_count"),
}
#: the major incidents (a partial index: a few hundred rows of a million)
MAJOR_INDEX: dict[str, str] = {
    "sqlite": "CREATE INDEX ix_queue_kpi_major ON incident_details (work_item_id) "
              "WHERE is_major IS 1",
    "postgresql": "CREATE INDEX ix_queue_kpi_major ON incident_details (work_item_id) "
                  "WHERE is_major IS TRUE",
}


def statement(name: str, dialect: str) -> str:
    keys, carried = KPI_INDEXES[name]
    if dialect == "postgresql":
        return (f"CREATE INDEX {name} ON work_items ({keys}) INCLUDE ({carried}) "
                "WHERE deleted_at IS NULL")
    return f"CREATE INDEX {name} ON work_items ({keys}, {carried}) WHERE deleted_at IS NULL"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in KPI_INDEXES:
        op.execute(statement(name, dialect))
    op.execute(MAJOR_INDEX.get(dialect, MAJOR_INDEX["sqlite"]))
    if dialect == "sqlite":  # the new indexes alone: the table's other ones are known
        for name in (*KPI_INDEXES, "ix_queue_kpi_major"):
            op.execute(f"ANALYZE {name}")
    else:  # PostgreSQL samples the table
        op.execute("ANALYZE work_items")
        op.execute("ANALYZE incident_details")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_queue_kpi_major")
    for name in KPI_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
