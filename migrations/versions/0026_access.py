"""access management: systems, entitlements, grants with their history, access requests (ACC-)
and access reviews

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 09:00:00

New tables ``access_systems``, ``access_entitlements``, ``access_grants`` (who holds what, never
deleted: a revocation stamps it), ``access_grant_events`` (a grant's append-only history),
``access_request_details`` (the ACC kind's detail table on the work-item core), ``access_reviews``
and ``access_review_items``. New columns: ``people.left_at`` (a leaver's last day) and
``catalogue_offerings.entitlement_id`` (an access offering names what it grants).

The downgrade refuses (changing nothing) while the database holds systems, grants, reviews or
access requests: dropping them would lose the record of who had access to what.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text("deleted_at IS NULL")
_LIVE_GRANT = sa.text("revoked_at IS NULL AND deleted_at IS NULL")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _fk(table: str, column: str, target: str, **kw: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"), **kw)


def _time(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    t = "access_systems"
    op.create_table(
        t,
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("ci_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        _time("retired_at"),
        *_record_columns(),
        _fk(t, "ci_id", "config_items"), _fk(t, "owner_id", "staff_users"),
        _fk(t, "team_id", "teams"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index("uq_access_systems_live_name", t, ["name"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)
    t = "access_entitlements"
    op.create_table(
        t,
        sa.Column("system_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("approval_required", sa.Boolean(), nullable=False),
        _time("retired_at"),
        *_record_columns(),
        _fk(t, "system_id", "access_systems"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f("ix_access_entitlements_system_id"), t, ["system_id"])
    op.create_index("uq_access_entitlements_live_name", t, ["system_id", "name"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)
    t = "access_grants"
    op.create_table(
        t,
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("entitlement_id", sa.Uuid(), nullable=False),
        sa.Column("system_id", sa.Uuid(), nullable=False),
        _time("granted_at", nullable=False),
        sa.Column("granted_by_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        _time("expires_at"),
        sa.Column("revoke_item_id", sa.Uuid(), nullable=True),
        _time("revoked_at"),
        sa.Column("revoked_by_id", sa.Uuid(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_record_columns(),
        _fk(t, "person_id", "people"), _fk(t, "entitlement_id", "access_entitlements"),
        _fk(t, "system_id", "access_systems"), _fk(t, "granted_by_id", "staff_users"),
        _fk(t, "request_id", "work_items"), _fk(t, "revoke_item_id", "work_items"),
        _fk(t, "revoked_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    for column in ("person_id", "entitlement_id", "system_id"):
        op.create_index(op.f(f"ix_access_grants_{column}"), t, [column])
    op.create_index("ix_access_grants_expires_at", t, ["expires_at"])
    op.create_index("uq_access_grants_live", t, ["person_id", "entitlement_id"], unique=True,
                    sqlite_where=_LIVE_GRANT, postgresql_where=_LIVE_GRANT)
    t = "access_grant_events"
    op.create_table(
        t,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("grant_id", sa.Uuid(), nullable=False),
        _time("occurred_at", nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("what", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        _fk(t, "grant_id", "access_grants"), _fk(t, "actor_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f("ix_access_grant_events_grant_id"), t, ["grant_id"])
    t = "access_reviews"
    op.create_table(
        t,
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("system_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        _time("started_at", nullable=False),
        _time("due_at", nullable=False),
        _time("finished_at"),
        *_record_columns(),
        _fk(t, "system_id", "access_systems"), _fk(t, "department_id", "departments"),
        _fk(t, "started_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    t = "access_review_items"
    op.create_table(
        t,
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("grant_id", sa.Uuid(), nullable=False),
        sa.Column("person_name", sa.String(length=120), nullable=False),
        sa.Column("access_label", sa.String(length=250), nullable=False),
        sa.Column("reviewer_staff_id", sa.Uuid(), nullable=True),
        sa.Column("reviewer_person_id", sa.Uuid(), nullable=True),
        sa.Column("reviewer_name", sa.String(length=120), nullable=False),
        sa.Column("reviewer_role", sa.String(length=10), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        _time("decided_at"),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_proxy", sa.Boolean(), nullable=False),
        sa.Column("revoke_item_id", sa.Uuid(), nullable=True),
        *_record_columns(),
        _fk(t, "review_id", "access_reviews"), _fk(t, "grant_id", "access_grants"),
        _fk(t, "reviewer_staff_id", "staff_users"), _fk(t, "reviewer_person_id", "people"),
        _fk(t, "decided_by_id", "staff_users"), _fk(t, "revoke_item_id", "work_items"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f("ix_access_review_items_review_id"), t, ["review_id"])
    op.create_index(op.f("ix_access_review_items_grant_id"), t, ["grant_id"])
    op.create_index("ix_access_review_items_reviewer", t, ["reviewer_staff_id", "decision"])
    t = "access_request_details"
    op.create_table(
        t,
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("entitlement_id", sa.Uuid(), nullable=True),
        _time("expires_at"),
        sa.Column("review_id", sa.Uuid(), nullable=True),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("grant_id", sa.Uuid(), nullable=True),
        _fk(t, "work_item_id", "work_items", ondelete="CASCADE"),
        _fk(t, "person_id", "people"), _fk(t, "entitlement_id", "access_entitlements"),
        _fk(t, "review_id", "access_reviews"), _fk(t, "requested_by_id", "staff_users"),
        _fk(t, "grant_id", "access_grants"),
        sa.PrimaryKeyConstraint("work_item_id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f("ix_access_request_details_person_id"), t, ["person_id"])
    op.add_column("people", _time("left_at"))
    # no foreign key: SQLite would rebuild the table (refused while requests point at it);
    # the catalogue service checks the entitlement exists
    op.add_column("catalogue_offerings", sa.Column("entitlement_id", sa.Uuid(), nullable=True))


def _refusal(bind: sa.Connection) -> str | None:
    held = []
    for table, what in (("access_systems", "access systems"),
                        ("access_grants", "access grants"),
                        ("access_reviews", "access reviews"),
                        ("access_request_details", "access requests")):
        if bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
            held.append(what)
    if bind.execute(sa.text("SELECT 1 FROM work_items WHERE kind = 'access_request' "
                            "LIMIT 1")).first() is not None:
        held.append("access requests")
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
    op.drop_column("catalogue_offerings", "entitlement_id")
    op.drop_column("people", "left_at")
    for table in ("access_request_details", "access_review_items", "access_reviews",
                  "access_grant_events", "access_grants", "access_entitlements",
                  "access_systems"):
        op.drop_table(table)
