"""SQLite: forget the planner statistics of the full-text index's shadow tables

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-07 04:30:00

Migration 0006 ends with a whole-database ``ANALYZE``; on a new desk that records FTS5's shadow
tables while they are empty (``work_items_fts_data``: 2 rows), and SQLite's planner keeps
believing it however large the index grows. FTS5 removes merged segments with
``DELETE FROM work_items_fts_data WHERE id>=? AND id<=?``, which the planner then runs as a scan
of the whole table instead of a rowid range: on the 1M benchmark desk about every 16th save
that touches the full-text index took 300-700 ms instead of a few (18-45 ms per segment
removed). Without statistics the planner seeks by rowid. Statistics are advisory: no row of the
desk changes, and there is nothing to put back on the way down. PostgreSQL is untouched.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # the one list of FTS5 shadow tables and the statements: deskapp.db.maintenance
    from deskapp.db.maintenance import forget_fts_statistics

    forget_fts_statistics(op.get_bind())


def downgrade() -> None:
    pass  # planner statistics only; a stale row count is not worth restoring
