"""changes: change requests (CHG-) and change tasks (CTASK-), templates, CAB rules, freeze
windows, releases and accepted conflicts

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06 09:00:00

New tables ``change_details`` and ``change_task_details`` (the two kinds' detail tables on the
work-item core), ``change_templates`` (pre-approved standard changes), ``change_approval_rules``
(who authorises a change of a type and risk), ``freeze_windows`` (blackouts, desk-wide or per
service), ``releases`` (changes shipped together) and ``change_conflict_acceptances`` (a
conflict scheduled over on purpose, with its justification).

The downgrade refuses (changing nothing) while the database holds any of them: dropping them
would lose changes and their plans. Without them it gives the 0028 schema back.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text("deleted_at IS NULL")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _ts(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "change_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("service_id", sa.Uuid(), nullable=True),
        sa.Column("implementation_plan", sa.Text(), nullable=False),
        sa.Column("backout_plan", sa.Text(), nullable=False),
        sa.Column("test_plan", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        _ts("retired_at"),
        *_record_columns(),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_change_templates_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_templates")),
    )
    op.create_index("uq_change_templates_live_name", "change_templates", ["name"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)
    op.create_table(
        "change_approval_rules",
        sa.Column("change_type", sa.String(length=12), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=True),
        sa.Column("rule", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_approval_rules")),
    )
    op.create_index("uq_change_approval_rules_live", "change_approval_rules",
                    ["change_type", "risk_level"], unique=True, sqlite_where=_LIVE,
                    postgresql_where=_LIVE)
    op.create_table(
        "freeze_windows",
        sa.Column("name", sa.String(length=120), nullable=False),
        _ts("starts_at", False),
        _ts("ends_at", False),
        sa.Column("service_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_freeze_windows_service_id_services")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freeze_windows")),
    )
    op.create_index("ix_freeze_windows_starts_at", "freeze_windows", ["starts_at"])
    op.create_table(
        "releases",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        _ts("target_start"),
        _ts("target_end"),
        sa.Column("status", sa.String(length=12), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
    )
    op.create_table(
        "change_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("change_type", sa.String(length=12), nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("implementation_plan", sa.Text(), nullable=True),
        sa.Column("backout_plan", sa.Text(), nullable=True),
        sa.Column("test_plan", sa.Text(), nullable=True),
        _ts("planned_start"),
        _ts("planned_end"),
        sa.Column("risk_answers", sa.JSON(), nullable=False),
        sa.Column("risk_score", sa.SmallInteger(), nullable=True),
        sa.Column("risk_level", sa.String(length=10), nullable=True),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("release_id", sa.Uuid(), nullable=True),
        _ts("actual_start"),
        _ts("actual_end"),
        sa.Column("review_outcome", sa.String(length=24), nullable=True),
        sa.Column("review_notes", sa.Text(), nullable=True),
        _ts("reviewed_at"),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"], ondelete="CASCADE",
                                name=op.f("fk_change_details_work_item_id_work_items")),
        sa.ForeignKeyConstraint(["template_id"], ["change_templates.id"],
                                name=op.f("fk_change_details_template_id_change_templates")),
        sa.ForeignKeyConstraint(["requested_by_id"], ["staff_users.id"],
                                name=op.f("fk_change_details_requested_by_id_staff_users")),
        sa.ForeignKeyConstraint(["release_id"], ["releases.id"],
                                name=op.f("fk_change_details_release_id_releases")),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_change_details")),
    )
    op.create_index("ix_change_details_window", "change_details",
                    ["planned_start", "planned_end", "work_item_id"])
    op.create_index(op.f("ix_change_details_release_id"), "change_details", ["release_id"])
    op.create_table(
        "change_task_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"], ondelete="CASCADE",
                                name=op.f("fk_change_task_details_work_item_id_work_items")),
        sa.ForeignKeyConstraint(["requested_by_id"], ["staff_users.id"],
                                name=op.f("fk_change_task_details_requested_by_id_staff_users")),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_change_task_details")),
    )
    op.create_table(
        "change_conflict_acceptances",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("conflict_key", sa.String(length=60), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("accepted_by_id", sa.Uuid(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["work_item_id"], ["work_items.id"],
            name=op.f("fk_change_conflict_acceptances_work_item_id_work_items")),
        sa.ForeignKeyConstraint(
            ["accepted_by_id"], ["staff_users.id"],
            name=op.f("fk_change_conflict_acceptances_accepted_by_id_staff_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_conflict_acceptances")),
    )
    op.create_index("uq_change_conflict_acceptances_live", "change_conflict_acceptances",
                    ["work_item_id", "conflict_key"], unique=True, sqlite_where=_LIVE,
                    postgresql_where=_LIVE)


_TABLES = (("change_details", "changes"), ("change_task_details", "change tasks"),
           ("change_templates", "standard-change templates"),
           ("change_approval_rules", "CAB rules"), ("freeze_windows", "freeze windows"),
           ("releases", "releases"), ("change_conflict_acceptances", "accepted conflicts"))


def _refusal(bind: sa.Connection) -> str | None:
    held = [what for table, what in _TABLES
            if bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None]
    if bind.execute(sa.text("SELECT 1 FROM work_items WHERE kind IN ('change', 'change_task') "
                            "LIMIT 1")).first() is not None:
        held.append("work items of the change kinds")
    if not held:
        return None
    return (f"This database holds {', '.join(dict.fromkeys(held))}, which the older schema "
            "cannot keep; nothing was changed. Restore a backup taken before the upgrade "
            "instead.")


def downgrade() -> None:
    refusal = _refusal(op.get_bind())
    if refusal is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(refusal)
    op.drop_index("uq_change_conflict_acceptances_live",
                  table_name="change_conflict_acceptances")
    op.drop_table("change_conflict_acceptances")
    op.drop_table("change_task_details")
    op.drop_index(op.f("ix_change_details_release_id"), table_name="change_details")
    op.drop_index("ix_change_details_window", table_name="change_details")
    op.drop_table("change_details")
    op.drop_table("releases")
    op.drop_index("ix_freeze_windows_starts_at", table_name="freeze_windows")
    op.drop_table("freeze_windows")
    op.drop_index("uq_change_approval_rules_live", table_name="change_approval_rules")
    op.drop_table("change_approval_rules")
    op.drop_index("uq_change_templates_live_name", table_name="change_templates")
    op.drop_table("change_templates")
