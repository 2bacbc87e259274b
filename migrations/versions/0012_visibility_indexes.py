"""row-level security keeps counts on the indexes: queue indexes that carry confidential, team_id

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 06:00:00

PostgreSQL only. A staff login's policy on ``work_items`` reads ``confidential`` and ``team_id``
(``NOT confidential OR team_id = ANY(my teams)``), so a queue count, which the superuser answers
with an index-only scan over ``(status, ...)``, became a bitmap heap scan reading every open
row's page: on 100k tickets the "All open" count took 41 ms as an agent against 6.6 ms as the
superuser, a team's count 47 ms against 0.6 ms. These indexes carry the two columns (as
``INCLUDE`` columns or keys), so the policy is checked inside an index-only scan again
(8.6 ms and 1.9 ms, most of it the one-per-statement staff lookup). The names start with
``ix_queue_``: outside ``db check``'s model comparison, suspended during bulk demo loads and
recreated by ``deskapp.db.maintenance`` from this file. SQLite has no row-level security and
gets nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: name -> (key columns, INCLUDE columns); all ``WHERE deleted_at IS NULL``.
PG_VISIBILITY_INDEXES: dict[str, tuple[str, str]] = {
    # status queues ("All open", "Unassigned", any status filter) and their counts
    "ix_queue_visible_status": ("status", "confidential, team_id"),
    # a team's queue and its count
    "ix_queue_visible_team": ("team_id, status", "confidential"),
    # "My open work" and its count
    "ix_queue_visible_assignee": ("assignee_id, status", "confidential, team_id"),
}


def statement(name: str) -> str:
    keys, include = PG_VISIBILITY_INDEXES[name]
    return (f"CREATE INDEX {name} ON work_items ({keys}) INCLUDE ({include}) "
            "WHERE deleted_at IS NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in PG_VISIBILITY_INDEXES:
        op.execute(statement(name))
    op.execute("ANALYZE work_items")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in PG_VISIBILITY_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
