"""improvement: the CSI register, team hourly rates and service availability targets

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 06:20:00

New tables ``improvement_initiatives`` (title, why, owner, the KPI and scope aimed at, the
baseline measured when registered, target, due date, status, notes) and ``improvement_links``
(the work items that serve an initiative). ``teams`` gains ``hourly_rate`` (cost per service
and per ticket in Service Strategy) and ``services`` ``availability_target`` (in %, against the
outage minutes of major incidents in Service Design).

The downgrade refuses, changing nothing, while the database holds initiatives, links, a rate or
a target: dropping them would lose what supervisors registered. Otherwise it drops the tables
and the two columns (plain columns: SQLite drops them in place).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "improvement_initiatives",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("kpi", sa.String(length=40), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("baseline_count", sa.Integer(), nullable=False),
        sa.Column("baseline_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("baseline_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["owner_id"], ["staff_users.id"],
                                name=op.f("fk_improvement_initiatives_owner_id_staff_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_initiatives")),
    )
    op.create_index(op.f("ix_improvement_initiatives_owner_id"), "improvement_initiatives",
                    ["owner_id"])
    op.create_table(
        "improvement_links",
        sa.Column("initiative_id", sa.Uuid(), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["initiative_id"], ["improvement_initiatives.id"],
            name=op.f("fk_improvement_links_initiative_id_improvement_initiatives")),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_improvement_links_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_links")),
    )
    op.create_index(op.f("ix_improvement_links_initiative_id"), "improvement_links",
                    ["initiative_id"])
    op.create_index(op.f("ix_improvement_links_work_item_id"), "improvement_links",
                    ["work_item_id"])
    op.create_index("uq_improvement_links_live", "improvement_links",
                    ["initiative_id", "work_item_id"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"),
                    postgresql_where=sa.text("deleted_at IS NULL"))
    op.add_column("teams", sa.Column("hourly_rate", sa.Numeric(10, 2), nullable=True))
    op.add_column("services", sa.Column("availability_target", sa.Float(), nullable=True))


def _refusal(bind: sa.Connection) -> str | None:
    held = []
    for sql, what in (("SELECT 1 FROM improvement_initiatives LIMIT 1", "improvement initiatives"),
                      ("SELECT 1 FROM improvement_links LIMIT 1", "improvement links"),
                      ("SELECT 1 FROM teams WHERE hourly_rate IS NOT NULL LIMIT 1",
                       "teams' hourly rates"),
                      ("SELECT 1 FROM services WHERE availability_target IS NOT NULL LIMIT 1",
                       "services' availability targets")):
        if bind.execute(sa.text(sql)).first() is not None:
            held.append(what)
    if not held:
        return None
    return (f"This database holds {', '.join(held)}, which the older schema cannot keep; "
            "nothing was changed. Restore a backup taken before the upgrade instead.")


def downgrade() -> None:
    bind = op.get_bind()
    refusal = _refusal(bind)
    if refusal is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(refusal)
    op.drop_column("services", "availability_target")
    op.drop_column("teams", "hourly_rate")
    op.drop_table("improvement_links")
    op.drop_table("improvement_initiatives")
