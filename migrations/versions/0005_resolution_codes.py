"""resolution_codes: the list a resolution code is chosen from, kept in Service Design

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 23:55:00

Resolution codes were free text (any words were accepted). This revision makes them a list:
the usual codes are seeded, and every other value incidents already carry becomes a retired
code of its own (code and label = the text, ``active`` false), so no ticket loses its code, old
items still name it, and it is no longer offered until an administrator reactivates it.
Incidents keep storing the code as text in ``incidents.resolution_code``; no ticket row changes,
so the downgrade only drops the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (code = label, description), in the order the resolve dialog offers them. Frozen here: a
#: migration must seed the same rows whatever later code says.
SEEDS = (
    ("Solved (permanently)", "The cause was found and removed."),
    ("Solved (workaround)", "Service restored; the cause remains (see the problem record)."),
    ("Not solved (not reproducible)", "The fault could not be reproduced."),
    ("Not solved (too costly)", "A fix was judged not worth its cost."),
    ("Closed/resolved by caller", "The caller solved it or withdrew the request."),
    ("Duplicate", "Another incident already covers this."),
)
TAKEN_OVER = "Taken over from free text when the list was introduced."


def upgrade() -> None:
    codes = op.create_table(
        "resolution_codes",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_codes")),
        sa.UniqueConstraint("code", name=op.f("uq_resolution_codes_code")),
    )
    bind = op.get_bind()
    now = datetime.now(UTC)
    if bind.dialect.name == "sqlite":  # stored naive, as the models' UtcDateTime does
        now = now.replace(tzinfo=None)
    seeded = {code for code, _ in SEEDS}
    in_use = sorted(
        value for value in bind.execute(sa.text(
            "SELECT DISTINCT resolution_code FROM incidents "
            "WHERE resolution_code IS NOT NULL")).scalars()
        if value.strip() and value not in seeded)
    rows = [_row(code, code, description, True, 10 * (n + 1), now)
            for n, (code, description) in enumerate(SEEDS)]
    rows += [_row(value, value[:80], TAKEN_OVER, False, 1000 + n, now)
             for n, value in enumerate(in_use)]
    op.bulk_insert(codes, rows)


def _row(code: str, label: str, description: str, active: bool, order: int,
         now: datetime) -> dict[str, object]:
    return {"id": uuid.uuid4(), "code": code, "label": label, "description": description,
            "active": active, "sort_order": order, "version": 1, "created_at": now,
            "updated_at": now, "deleted_at": None}


def downgrade() -> None:
    # incidents.resolution_code keeps its text; only the list goes
    op.drop_table("resolution_codes")
