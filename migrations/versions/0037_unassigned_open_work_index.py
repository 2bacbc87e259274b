"""PostgreSQL: an index of unassigned open work in the urgent order, for take next

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-07 07:00:00

Take next claims the most urgent unassigned item (``ORDER BY priority, opened_at, id LIMIT 1
FOR UPDATE SKIP LOCKED`` with ``assignee_id IS NULL``). PostgreSQL cannot read that order from
``ix_queue_open_assignee`` (assignee, priority, ...): it treats ``IS NULL`` as a filter, not as
an equality that fixes the leading column, so it walked ``ix_queue_open_priority`` and skipped
every assigned item ahead of the first unassigned one. That walk grows as a desk works its
queue from the top: 17,730 rows skipped and 24 ms per claim on the 1M benchmark desk after a
few hundred claims, with eight agents claiming at once the server's CPU was the limit (83
claims/s against 155 on the pre-core head). This index holds open, unassigned items only (a
few per cent of a working desk), in the urgent order: the first row that fits the person's
teams is near its start (3.7 ms, 1,116 rows skipped on the same desk; 0.1 ms on a fresh one).

SQLite needs nothing: it treats ``IS NULL`` as an equality and already reads that order from
``ix_queue_open_assignee`` (0034). No row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0037"
down_revision: str | None = "0036"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: name -> key columns, on ``work_items`` (PostgreSQL only)
UNASSIGNED_INDEXES: dict[str, str] = {"ix_queue_open_unassigned": "priority, opened_at, id"}
UNASSIGNED_WHERE = ("deleted_at IS NULL AND status_category IN ('open', 'waiting') "
                    "AND assignee_id IS NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, columns in UNASSIGNED_INDEXES.items():
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON work_items ({columns}) "
                       f"WHERE {UNASSIGNED_WHERE}")
        op.execute("ANALYZE work_items")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in UNASSIGNED_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
