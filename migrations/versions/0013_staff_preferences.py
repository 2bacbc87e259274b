"""staff preferences: a person's default team (take next and Assign to me put work there)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 06:00:00

``staff_preferences`` is a record table (UUID, version, timestamps, tombstone), one row per
staff member who chose a default team. The upgrade only adds the table. The downgrade drops
it: the older schema has nowhere to keep the choice, and nothing else depends on it (take next
in the older DeskApp never sets a team); people are asked for their team again on their first
take after the next upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_preferences",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("default_team_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_users.id"],
                                name="fk_staff_preferences_staff_id_staff_users"),
        sa.ForeignKeyConstraint(["default_team_id"], ["teams.id"],
                                name="fk_staff_preferences_default_team_id_teams"),
        sa.PrimaryKeyConstraint("id", name="pk_staff_preferences"),
        sa.UniqueConstraint("staff_id", name="uq_staff_preferences_staff_id"),
    )


def downgrade() -> None:
    op.drop_table("staff_preferences")
