"""Open-work queue indexes keyed on the status category, so every kind's open work uses them

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 18:45:00

Migration 0002 gave PostgreSQL three partial indexes of open tickets in the default order
(``ix_queue_open_priority``, ``_team``, ``_assignee``) with ``WHERE status IN ('new',
'assigned', 'in_progress', 'pending')``: the incident statuses of the time. Later kinds brought
their own open statuses (problems, changes, requests, access), so the queues' open filter lists
eleven statuses and no longer implies that predicate: PostgreSQL stopped using these indexes
and walked the all-items order index instead, skipping closed history row by row (14,194
rows for the first 50 of a team queue on a desk with 5 % open work: 15 ms instead of 0.4 ms,
and the main load of a server with 200 agents refreshing their queues).

The indexes are now keyed on what does not change when a kind is added: ``status_category IN
('open', 'waiting')``. The queue statements say that category beside the statuses, as a
literal (``deskapp.repositories.work_items``), so the planner proves the predicate under generic
plans too. SQLite never had these indexes (its queue indexes carry the status). No row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: name -> key columns, on ``work_items`` (PostgreSQL only)
OPEN_INDEXES: dict[str, str] = {
    "ix_queue_open_priority": "priority, opened_at, id",
    "ix_queue_open_team": "team_id, priority, opened_at, id",
    "ix_queue_open_assignee": "assignee_id, priority, opened_at, id",
}
OPEN_WHERE = "deleted_at IS NULL AND status_category IN ('open', 'waiting')"
#: the predicate 0002 gave them (downgrade)
OLD_WHERE = "deleted_at IS NULL AND status IN ('new', 'assigned', 'in_progress', 'pending')"


def _recreate(where: str) -> None:
    for name, columns in OPEN_INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} ON work_items ({columns}) WHERE {where}")
    op.execute("ANALYZE work_items")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _recreate(OPEN_WHERE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _recreate(OLD_WHERE)
