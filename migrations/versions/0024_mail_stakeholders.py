"""mail to stakeholders and per-caller language: service subscriptions, a major incident's named
addresses, how many were mailed an update, a caller's language

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 09:00:00

New tables ``service_subscriptions`` (a caller who wants a major incident's updates on a
service) and ``major_incident_recipients`` (addresses named on one major incident); new columns
``major_incident_updates.mailed_to`` (how many stakeholders the update was mailed to; NULL: only
logged) and ``people.language`` (the caller's language for mail; NULL: the desk's). Existing
rows are untouched.

The downgrade keeps what the older schema can hold: each major incident's named addresses
become one work note on it ("Stakeholder addresses: …"), an update's mail count is dropped (the
sent messages stay in the outbox) and a caller's language is dropped (mail falls back to the
desk's language). It refuses, changing nothing, while callers are subscribed to services: the
older schema has no place for them and dropping them would silently stop their updates.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "service_subscriptions",
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        *_record_columns(),
        _fk("service_subscriptions", "service_id", "services"),
        _fk("service_subscriptions", "person_id", "people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_subscriptions")),
    )
    op.create_index("ix_service_subscriptions_service", "service_subscriptions",
                    ["service_id", "person_id"])
    op.create_index(op.f("ix_service_subscriptions_person_id"), "service_subscriptions",
                    ["person_id"])
    op.create_table(
        "major_incident_recipients",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        *_record_columns(),
        _fk("major_incident_recipients", "work_item_id", "work_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_major_incident_recipients")),
    )
    op.create_index(op.f("ix_major_incident_recipients_work_item_id"),
                    "major_incident_recipients", ["work_item_id"])
    op.add_column("major_incident_updates", sa.Column("mailed_to", sa.Integer(), nullable=True))
    op.add_column("people", sa.Column("language", sa.String(length=5), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    subscribed = bind.execute(sa.text(
        "SELECT COUNT(*) FROM service_subscriptions WHERE deleted_at IS NULL")).scalar() or 0
    if subscribed:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"This database holds {subscribed} service subscription(s) for major-incident "
            "mail, which the older schema cannot keep; nothing was changed. Remove them "
            "(Major incidents ▸ Stakeholders) or restore a backup taken before the upgrade.")
    recipients = sa.table(
        "major_incident_recipients", sa.column("work_item_id", sa.Uuid()),
        sa.column("address", sa.String()), sa.column("name", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("deleted_at", sa.DateTime(timezone=True)))
    named: dict[uuid.UUID, list[str]] = defaultdict(list)
    for row in bind.execute(sa.select(recipients).where(recipients.c.deleted_at.is_(None))
                            .order_by(recipients.c.created_at)):
        named[row.work_item_id].append(f"{row.name} <{row.address}>" if row.name
                                       else row.address)
    if named:
        comments = sa.table(
            "work_item_comments", sa.column("id", sa.Uuid()),
            sa.column("work_item_id", sa.Uuid()), sa.column("body", sa.Text()),
            sa.column("work_note", sa.Boolean()),
            sa.column("created_at", sa.DateTime(timezone=True)))
        now = datetime.now(UTC)
        bind.execute(comments.insert(), [
            {"id": uuid.uuid4(), "work_item_id": item, "work_note": True, "created_at": now,
             "body": "Stakeholder addresses: " + ", ".join(addresses)}
            for item, addresses in named.items()])
    op.drop_column("people", "language")
    op.drop_column("major_incident_updates", "mailed_to")
    op.drop_index(op.f("ix_major_incident_recipients_work_item_id"),
                  table_name="major_incident_recipients")
    op.drop_table("major_incident_recipients")
    op.drop_index(op.f("ix_service_subscriptions_person_id"),
                  table_name="service_subscriptions")
    op.drop_index("ix_service_subscriptions_service", table_name="service_subscriptions")
    op.drop_table("service_subscriptions")
