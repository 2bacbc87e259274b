"""problems: the problem kind's detail table (root cause, workaround, permanent fix)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 06:00:00

Problems (PRB-) become a kind of work item: their core row lives in ``work_items`` like every
kind's, and ``problem_details`` holds what only a problem has (root cause and its category,
workaround, permanent fix, when it became a known error). The upgrade only adds the table.

The downgrade refuses (changing nothing) while the database holds a problem, live or removed:
the older schema has no place for its diagnosis, and dropping problems would orphan the links
and history of the incidents they explain. Without problems it drops the table and gives the
0014 schema back with every row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "problem_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("root_cause", sa.Text(), nullable=True),
        sa.Column("root_cause_category", sa.String(length=40), nullable=True),
        sa.Column("workaround", sa.Text(), nullable=True),
        sa.Column("permanent_fix", sa.Text(), nullable=True),
        sa.Column("known_error_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"], ondelete="CASCADE",
                                name=op.f("fk_problem_details_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_problem_details")),
    )


def downgrade() -> None:
    bind = op.get_bind()
    held = bind.execute(sa.text(
        "SELECT count(*) FROM work_items WHERE kind = 'problem'")).scalar_one()
    if held:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"This database holds {held} problem(s), which the older schema cannot keep; "
            "nothing was changed. Restore a backup taken before the upgrade instead.")
    op.drop_table("problem_details")
