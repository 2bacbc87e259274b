"""approvals: approval requests and their lines on any work item, delegations, callers' managers

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 03:00:00

New tables ``approval_requests`` (the rule asked on a work item and its state),
``approvals`` (one line per approver and stage: decision, comment, who recorded it and how) and
``approval_delegations`` (who acts for whom, from and to which date). ``people`` gains
``manager_id`` (another caller: the dynamic approver "the caller's manager").

The downgrade keeps every row the older schema can hold and refuses (changing nothing) while
the database holds approvals, delegations or a caller's manager: dropping them would lose
decisions that are part of the items' history. On SQLite the column is dropped by rebuilding
``people`` from its own stored definition without the column (SQLite cannot drop a column that
is a foreign key), with foreign-key checks deferred to the commit so the callers' incidents
keep pointing at them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The column as SQLite stores it inside ``people``'s definition; the downgrade removes it.
SQLITE_MANAGER = ("manager_id CHAR(32) CONSTRAINT fk_people_manager_id_people "
                  "REFERENCES people (id)")


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "approval_requests",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("rule", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("current_stage", sa.SmallInteger(), nullable=True),
        sa.Column("requested_by_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["requested_by_id"], ["staff_users.id"],
                                name=op.f("fk_approval_requests_requested_by_id_staff_users")),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_approval_requests_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_requests")),
    )
    op.create_index(op.f("ix_approval_requests_work_item_id"), "approval_requests",
                    ["work_item_id"])
    op.create_table(
        "approvals",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.SmallInteger(), nullable=False),
        sa.Column("approver_staff_id", sa.Uuid(), nullable=True),
        sa.Column("approver_person_id", sa.Uuid(), nullable=True),
        sa.Column("approver_name", sa.String(length=120), nullable=False),
        sa.Column("approver_email", sa.String(length=254), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_proxy", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["approver_person_id"], ["people.id"],
                                name=op.f("fk_approvals_approver_person_id_people")),
        sa.ForeignKeyConstraint(["approver_staff_id"], ["staff_users.id"],
                                name=op.f("fk_approvals_approver_staff_id_staff_users")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["staff_users.id"],
                                name=op.f("fk_approvals_decided_by_id_staff_users")),
        sa.ForeignKeyConstraint(["request_id"], ["approval_requests.id"],
                                name=op.f("fk_approvals_request_id_approval_requests")),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_approvals_work_item_id_work_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
    )
    op.create_index("ix_approvals_approver_decision", "approvals",
                    ["approver_staff_id", "decision"])
    op.create_index(op.f("ix_approvals_request_id"), "approvals", ["request_id"])
    op.create_index(op.f("ix_approvals_work_item_id"), "approvals", ["work_item_id"])
    op.create_table(
        "approval_delegations",
        sa.Column("from_staff_id", sa.Uuid(), nullable=False),
        sa.Column("to_staff_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["from_staff_id"], ["staff_users.id"],
                                name=op.f("fk_approval_delegations_from_staff_id_staff_users")),
        sa.ForeignKeyConstraint(["to_staff_id"], ["staff_users.id"],
                                name=op.f("fk_approval_delegations_to_staff_id_staff_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_delegations")),
    )
    op.create_index(op.f("ix_approval_delegations_from_staff_id"), "approval_delegations",
                    ["from_staff_id"])
    op.create_index(op.f("ix_approval_delegations_to_staff_id"), "approval_delegations",
                    ["to_staff_id"])
    if dialect == "sqlite":
        op.execute(f"ALTER TABLE people ADD COLUMN {SQLITE_MANAGER}")
    else:
        op.add_column("people", sa.Column("manager_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(op.f("fk_people_manager_id_people"), "people", "people",
                              ["manager_id"], ["id"])
    op.create_index(op.f("ix_people_manager_id"), "people", ["manager_id"])


def _refusal(bind: sa.Connection) -> str | None:
    held = []
    for table, what in (("approvals", "approval decisions"),
                        ("approval_requests", "approval requests"),
                        ("approval_delegations", "approval delegations")):
        if bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
            held.append(what)
    if bind.execute(sa.text("SELECT 1 FROM people WHERE manager_id IS NOT NULL LIMIT 1")
                    ).first() is not None:
        held.append("callers' managers")
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
    op.drop_index(op.f("ix_people_manager_id"), table_name="people")
    if bind.dialect.name == "sqlite":
        _sqlite_drop_manager(bind)
    else:
        op.drop_constraint(op.f("fk_people_manager_id_people"), "people", type_="foreignkey")
        op.drop_column("people", "manager_id")
    op.drop_table("approval_delegations")
    op.drop_table("approvals")
    op.drop_table("approval_requests")


def _sqlite_drop_manager(bind: sa.Connection) -> None:
    """Rebuild ``people`` without the column. Foreign keys are checked at commit: dropping the
    old table orphans the callers' incidents for a moment, inserting the rows back adopts them."""
    stored = bind.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'people'")).scalar_one()
    indexes = list(bind.execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' "
        "AND sql IS NOT NULL")).scalars())
    if f", {SQLITE_MANAGER}" not in stored:
        raise RuntimeError("people.manager_id is not as migration 0011 made it; not touching it")
    columns = [row[1] for row in bind.execute(sa.text("PRAGMA table_info(people)"))
               if row[1] != "manager_id"]
    names = ", ".join(f'"{c}"' for c in columns)
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute(f"CREATE TABLE _people_0011 AS SELECT {names} FROM people")
    op.execute("DROP TABLE people")
    op.execute(stored.replace(f", {SQLITE_MANAGER}", ""))
    op.execute(f"INSERT INTO people ({names}) SELECT {names} FROM _people_0011")
    op.execute("DROP TABLE _people_0011")
    for statement in indexes:
        op.execute(statement)
