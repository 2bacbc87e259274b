"""open work per service and per CI, and KPI periods: indexes for Strategy, Transition, Improvement

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 07:00:00

The portfolio counts open, urgent and breached incidents per service, and the CI list counts open
incidents per CI. On 1M tickets (300,000 open) SQLite answered the portfolio in about 500 ms from
the status index; with this covering index it reads only the index (122 ms measured). The names
start with ``ix_queue_`` so that, like migration 0002's indexes, they stay out of
``deskapp-admin db check`` and are suspended during bulk demo loads.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES: dict[str, str] = {
    "ix_queue_open_service": "status, deleted_at, service_id, priority, resolution_breached",
    "ix_queue_open_ci": "status, deleted_at, ci_id, priority",
    # the Improvement KPIs: incidents resolved / first responded to in a period (opened in a
    # period uses 0002's ix_queue_opened), so a report reads the period, not the whole table
    "ix_queue_resolved": "resolved_at, deleted_at",
    "ix_queue_responded": "responded_at, deleted_at",
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON incidents ({columns}) WHERE deleted_at IS NULL")
    op.execute("ANALYZE incidents")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
