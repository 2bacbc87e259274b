"""knowledge: a title-and-keywords search vector for suggestions on PostgreSQL

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 09:50:00

Suggestions while an incident is typed rank the articles whose number, title or keywords match
(``KnowledgeRepository.candidates``). Ranking them on ``search_vector`` read every matching
row's whole body vector (p95 759 ms at 20,000 articles: nearly every body shares a word with the
typed text); ``title_vector`` holds only number, title and keywords, with its own GIN index, so
the match and the rank read a few words per row. SQLite needs nothing: FTS5 restricts a match
to columns (``{number title keywords} : ...``). The downgrade drops the column and its index
(generated: nothing is lost).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_UP = [
    """ALTER TABLE kb_articles ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(number, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(keywords, '')), 'B')) STORED""",
    "CREATE INDEX ix_search_kb_articles_title ON kb_articles USING gin (title_vector)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS ix_search_kb_articles_title",
    "ALTER TABLE kb_articles DROP COLUMN IF EXISTS title_vector",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWN:
            op.execute(statement)
