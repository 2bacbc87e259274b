"""PostgreSQL: extended statistics on the columns open-work queues filter together

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-07 01:30:00

The planner multiplied the selectivities of predicates that go together: an open status and
its category (every queue statement names both since 0033), and an unassigned item and one
without a team. Take next for a person without a team asked for the most urgent open item
with neither; there were 31,744 of them on the 1M benchmark desk and the planner expected
125, so it read and sorted all of them (external merge on disk, ~100 ms a claim, 14 claims a
second for eight agents) instead of walking the open-work priority index to the first one
(3 ms). Dependency and most-common-value statistics over (status, status_category,
assignee_id, team_id) give it the real share. SQLite is untouched (its planner has no such
statistics). No row changes; the ``ANALYZE`` fills them at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATISTICS = "st_work_items_open_work"
COLUMNS = "status, status_category, assignee_id, team_id"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} (dependencies, mcv) "
                   f"ON {COLUMNS} FROM work_items")
        op.execute("ANALYZE work_items")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
