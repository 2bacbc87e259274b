"""templates: incident templates and canned responses (personal or shared, per team)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 09:00:00

New table ``work_templates`` (issue 21, part 3). The downgrade refuses (changing nothing) while
the table holds templates: dropping it would lose what the desk wrote.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_templates",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["staff_users.id"],
                                name=op.f("fk_work_templates_owner_id_staff_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_work_templates_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_templates")),
    )
    op.create_index(op.f("ix_work_templates_owner_id"), "work_templates", ["owner_id"])
    op.create_index("ix_work_templates_kind_name", "work_templates", ["kind", "name"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM work_templates LIMIT 1")).first() is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            "This database holds templates and canned responses, which the older schema "
            "cannot keep; nothing was changed. Restore a backup taken before the upgrade "
            "instead.")
    op.drop_index("ix_work_templates_kind_name", table_name="work_templates")
    op.drop_index(op.f("ix_work_templates_owner_id"), table_name="work_templates")
    op.drop_table("work_templates")
