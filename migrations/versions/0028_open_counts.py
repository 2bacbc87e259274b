"""open counts: per-group counts of open work kept by triggers (grouped "All open" at 1M)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06 10:00:00

``work_item_open_counts`` holds, for each groupable column of ``work_items`` (kind, status,
priority, team, assignee, service, SLA state, category) and each value, how many open
(status category open or waiting), live, non-confidential items have it. Triggers on
``work_items`` keep it in the writer's own transaction, so a count is never ahead of or behind
what the same snapshot's GROUP BY would say. The grouped All open queue reads these rows instead
of grouping ~300,000 rows (see docs/queues.md "Grouped queues"); confidential items are grouped
live, under the reader's row-level security, and added.

SQLite has one writer at a time: one row per (dimension, value) in ``slot`` 0, changed by
UPSERT. PostgreSQL runs writers concurrently: a row per (dimension, value) would be a hot row
every open-item change waits on (and two saves changing the same pair of values in opposite
directions would deadlock), so each backend writes its own rows (``slot`` =
``pg_backend_pid()``, never written by two transactions at once) and a reader sums the slots;
``deskapp_compact_open_counts()`` folds them into slot 0, skipping rows a writer holds (it never
waits, so it cannot deadlock), and is run by the SLA sweep.

The downgrade drops the triggers, the functions and the table; nothing else depended on them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from deskapp.db.open_counts import (  # the objects' SQL lives with the app (maintenance)
    CONFIDENTIAL_INDEX,
    PG_COMPACT,
    PG_FUNCTION,
    PG_OPEN_COUNTS,
    SQLITE_OPEN_COUNTS,
    TABLE,
    recount_sql,
)

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("dimension", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dimension", "value", "slot", name=op.f(f"pk_{TABLE}")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_OPEN_COUNTS:
            op.execute(statement)
    else:
        op.execute(PG_FUNCTION)
        op.execute(PG_COMPACT)
        for statement in PG_OPEN_COUNTS:
            op.execute(statement)
    op.execute(CONFIDENTIAL_INDEX[dialect])
    for statement in recount_sql(dialect):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DROP INDEX IF EXISTS ix_queue_confidential_open")
    for name in ("work_items_open_counts_ai", "work_items_open_counts_au",
                 "work_items_open_counts_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON work_items"
                                                       if dialect != "sqlite" else ""))
    if dialect != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS deskapp_open_counts()")
        op.execute("DROP FUNCTION IF EXISTS deskapp_compact_open_counts()")
    op.drop_table(TABLE)
