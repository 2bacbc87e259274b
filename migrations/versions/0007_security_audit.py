"""audit trail and confidential work items: the tables the database's security rules need

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:55:00

``audit_events`` is the append-only trail for every record that is not a work item (services,
CIs, SLAs, calendars, queues, staff, roles, teams, settings, erasures); work items keep their
history in ``ticket_events``. ``work_items.confidential`` marks items only their team and
administrators may see. Both are additive: adding a column with a constant default rewrites no
row on either database, so this is instant at a million items.

The downgrade drops both; it keeps every work item, and refuses (changing nothing) while any item
is marked confidential or the audit trail holds entries, because the older schema would silently
show those items to everyone and lose the trail.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # plain ALTER on both databases (a batch copy would drop SQLite's search triggers)
    op.add_column("work_items", sa.Column("confidential", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_login", sa.String(length=63), nullable=True),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("record_label", sa.String(length=200), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["staff_users.id"],
                                name="fk_audit_events_actor_id_staff_users"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    op.create_index("ix_audit_events_record", "audit_events",
                    ["record_type", "record_id", "occurred_at"])


def downgrade() -> None:
    bind = op.get_bind()
    confidential = bind.scalar(sa.text("SELECT count(*) FROM work_items WHERE confidential"))
    trail = bind.scalar(sa.text("SELECT count(*) FROM audit_events"))
    if confidential or trail:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"Cannot downgrade below 0007: {confidential} confidential work item(s) would become "
            f"visible to everyone and {trail} audit trail entries would be lost. Clear the "
            "confidential flags and export the audit trail ('deskapp-admin audit') first. "
            "Nothing was changed.")
    op.drop_index("ix_audit_events_record", table_name="audit_events")
    op.drop_index("ix_audit_events_occurred_at", table_name="audit_events")
    op.drop_table("audit_events")
    op.execute("ALTER TABLE work_items DROP COLUMN confidential")  # SQLite >= 3.35 too
