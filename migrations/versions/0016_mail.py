"""mail: outbox, processed incoming messages, review list, opt-outs, satisfaction ratings

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 06:00:00

New tables only; no existing row is touched. The downgrade drops them and refuses (changing
nothing) while they hold messages still to send, processed messages, reviews, opt-outs or
ratings: dropping those would send mail twice, forget a caller's wish for no mail or lose the
satisfaction figures.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {"mail_outbox": "queued or sent e-mail", "mail_messages": "processed incoming e-mail",
          "mail_reviews": "e-mail awaiting review", "mail_opt_outs": "callers' mail opt-outs",
          "satisfaction_ratings": "satisfaction ratings"}


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
        "mail_outbox",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("audience", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.String(length=250), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("in_reply_to", sa.String(length=250), nullable=True),
        sa.Column("references", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        _fk("mail_outbox", "work_item_id", "work_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_outbox_message_id")),
    )
    op.create_index("ix_mail_outbox_state_next", "mail_outbox", ["state", "next_attempt_at"])
    op.create_index(op.f("ix_mail_outbox_work_item_id"), "mail_outbox", ["work_item_id"])
    op.create_table(
        "mail_messages",
        sa.Column("message_key", sa.String(length=300), nullable=False),
        sa.Column("sender", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=250), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        *_record_columns(),
        _fk("mail_messages", "work_item_id", "work_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint("message_key", name=op.f("uq_mail_messages_message_key")),
    )
    op.create_index(op.f("ix_mail_messages_work_item_id"), "mail_messages", ["work_item_id"])
    op.create_table(
        "mail_reviews",
        sa.Column("message_key", sa.String(length=300), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=True),
        sa.Column("sender", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=250), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        *_record_columns(),
        _fk("mail_reviews", "work_item_id", "work_items"),
        _fk("mail_reviews", "decided_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_reviews")),
    )
    op.create_index(op.f("ix_mail_reviews_state"), "mail_reviews", ["state"])
    op.create_index(op.f("ix_mail_reviews_work_item_id"), "mail_reviews", ["work_item_id"])
    op.create_table(
        "mail_opt_outs",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        *_record_columns(),
        _fk("mail_opt_outs", "person_id", "people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_opt_outs")),
    )
    op.create_index(op.f("ix_mail_opt_outs_person_id"), "mail_opt_outs", ["person_id"])
    op.create_table(
        "satisfaction_ratings",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        *_record_columns(),
        _fk("satisfaction_ratings", "work_item_id", "work_items"),
        _fk("satisfaction_ratings", "person_id", "people"),
        _fk("satisfaction_ratings", "recorded_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_ratings")),
    )
    op.create_index(op.f("ix_satisfaction_ratings_work_item_id"), "satisfaction_ratings",
                    ["work_item_id"])
    op.create_index(op.f("ix_satisfaction_ratings_rated_at"), "satisfaction_ratings",
                    ["rated_at"])


def downgrade() -> None:
    bind = op.get_bind()
    held = [what for table, what in TABLES.items()
            if bind.execute(sa.text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None]
    if held:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            f"This database holds {', '.join(held)}, which the older schema cannot keep; "
            "nothing was changed. Restore a backup taken before the upgrade instead.")
    for table in reversed(TABLES):
        op.drop_table(table)
