"""incidents.sla_check_at: when a ticket's stored SLA state goes stale, for the SLA sweep

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:45:00

The stored ``sla_state`` (queue colouring, the "Breached or at risk" queue) and the breach flags
(reports) were only recomputed when someone changed the ticket, so a ticket nobody touched stayed
"ok" past its deadline. ``sla_check_at`` is the instant its state changes by itself (OK ->
warning -> breached); the sweep (``SlaSweepService``, run by every open DeskApp and by
``deskapp-admin sla sweep``) re-evaluates the tickets whose instant has passed. Open tickets that
exist before this revision are due at once: the first sweep checks them all.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: partial: only tickets whose state can still change by itself are in it (a constant, so
#: deskapp.db.maintenance can recreate it after an interrupted bulk load)
SLA_CHECK_INDEX = ("CREATE INDEX ix_queue_sla_check ON incidents (sla_check_at) "
                   "WHERE deleted_at IS NULL AND sla_check_at IS NOT NULL")


def upgrade() -> None:
    op.add_column("incidents",
                  sa.Column("sla_check_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(SLA_CHECK_INDEX)
    op.execute("UPDATE incidents SET sla_check_at = CURRENT_TIMESTAMP WHERE deleted_at IS NULL "
               "AND sla_id IS NOT NULL AND status NOT IN ('resolved', 'closed')")


def downgrade() -> None:
    op.execute("DROP INDEX ix_queue_sla_check")
    # not batch mode: on SQLite that copies the table and would lose its search triggers;
    # SQLite 3.35+ drops an unindexed column in place
    op.execute("ALTER TABLE incidents DROP COLUMN sla_check_at")
