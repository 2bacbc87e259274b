"""service requests: the service catalogue's offerings, requests (REQ-) and request tasks (RTASK-)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 06:00:00

New tables ``catalogue_offerings`` (what callers may order under a catalogue service: its form,
approval rule, fulfilment plan, target SLA, audience), ``service_request_details`` and
``request_task_details`` (the two new kinds' detail tables on the work-item core).

The downgrade keeps every row the older schema can hold and refuses (changing nothing) while
the database holds offerings, requests or request tasks: dropping them would lose work and the
catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
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
        "catalogue_offerings",
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("audience_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("audience_department_id", sa.Uuid(), nullable=True),
        sa.Column("form", sa.JSON(), nullable=False),
        sa.Column("approval", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("sla_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["audience_department_id"], ["departments.id"],
            name=op.f("fk_catalogue_offerings_audience_department_id_departments")),
        sa.ForeignKeyConstraint(
            ["audience_organisation_id"], ["organisations.id"],
            name=op.f("fk_catalogue_offerings_audience_organisation_id_organisations")),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_catalogue_offerings_service_id_services")),
        sa.ForeignKeyConstraint(["sla_id"], ["sla_definitions.id"],
                                name=op.f("fk_catalogue_offerings_sla_id_sla_definitions")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_catalogue_offerings_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_offerings")),
    )
    op.create_index(op.f("ix_catalogue_offerings_service_id"), "catalogue_offerings",
                    ["service_id"])
    op.create_index("uq_catalogue_offerings_live_name", "catalogue_offerings", ["name"],
                    unique=True, sqlite_where=sa.text("deleted_at IS NULL"),
                    postgresql_where=sa.text("deleted_at IS NULL"))
    op.create_table(
        "service_request_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("offering_id", sa.Uuid(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("converted_from", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["offering_id"], ["catalogue_offerings.id"],
            name=op.f("fk_service_request_details_offering_id_catalogue_offerings")),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["staff_users.id"],
            name=op.f("fk_service_request_details_requested_by_id_staff_users")),
        sa.ForeignKeyConstraint(
            ["work_item_id"], ["work_items.id"], ondelete="CASCADE",
            name=op.f("fk_service_request_details_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_service_request_details")),
    )
    op.create_index(op.f("ix_service_request_details_offering_id"), "service_request_details",
                    ["offering_id"])
    op.create_table(
        "request_task_details",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("plan_step", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["staff_users.id"],
            name=op.f("fk_request_task_details_requested_by_id_staff_users")),
        sa.ForeignKeyConstraint(
            ["work_item_id"], ["work_items.id"], ondelete="CASCADE",
            name=op.f("fk_request_task_details_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f("pk_request_task_details")),
    )


def _refusal(bind: sa.Connection) -> str | None:
    held = []
    for table, what in (("catalogue_offerings", "catalogue offerings"),
                        ("service_request_details", "service requests"),
                        ("request_task_details", "request tasks")):
        if bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
            held.append(what)
    if bind.execute(sa.text("SELECT 1 FROM work_items WHERE kind IN "
                            "('service_request', 'request_task') LIMIT 1")).first() is not None:
        held.append("work items of the request kinds")
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
    op.drop_table("request_task_details")
    op.drop_index(op.f("ix_service_request_details_offering_id"),
                  table_name="service_request_details")
    op.drop_table("service_request_details")
    op.drop_index("uq_catalogue_offerings_live_name", table_name="catalogue_offerings")
    op.drop_index(op.f("ix_catalogue_offerings_service_id"), table_name="catalogue_offerings")
    op.drop_table("catalogue_offerings")
