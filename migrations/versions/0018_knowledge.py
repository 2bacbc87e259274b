"""knowledge: articles (KB- numbers), their published versions, links to work items, votes

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 06:00:00

New tables ``kb_articles`` (an article as it stands: Markdown body, status, author, owner,
reviewer, review date, service and CI, counts of votes and uses), ``kb_article_versions`` (the
text of each publication), ``kb_article_links`` (an article and a work item: the problem it
documents, an incident it solved) and ``kb_votes`` (one helpful / not helpful per staff member).

Full-text search over articles, outside the ORM models like migration 0002's: SQLite gets the
FTS5 table ``kb_articles_fts`` (external content keyed by rowid, kept by triggers); PostgreSQL a
generated ``search_vector`` column (number and title weigh A, keywords B, body C) with the GIN
index ``ix_search_kb_articles_vector``.

The downgrade refuses (changing nothing) while the database holds articles: dropping them would
lose the desk's knowledge. Restore a backup taken before the upgrade instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE kb_articles_fts USING fts5(number, title, keywords, body, "
    "content='kb_articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER kb_articles_fts_ai AFTER INSERT ON kb_articles BEGIN
        INSERT INTO kb_articles_fts(rowid, number, title, keywords, body)
        VALUES (new.rowid, new.number, new.title, new.keywords, new.body);
    END""",
    """CREATE TRIGGER kb_articles_fts_ad AFTER DELETE ON kb_articles BEGIN
        INSERT INTO kb_articles_fts(kb_articles_fts, rowid, number, title, keywords, body)
        VALUES ('delete', old.rowid, old.number, old.title, old.keywords, old.body);
    END""",
    """CREATE TRIGGER kb_articles_fts_au AFTER UPDATE OF number, title, keywords, body
    ON kb_articles BEGIN
        INSERT INTO kb_articles_fts(kb_articles_fts, rowid, number, title, keywords, body)
        VALUES ('delete', old.rowid, old.number, old.title, old.keywords, old.body);
        INSERT INTO kb_articles_fts(rowid, number, title, keywords, body)
        VALUES (new.rowid, new.number, new.title, new.keywords, new.body);
    END""",
]
SQLITE_FTS_DOWN = [
    "DROP TRIGGER IF EXISTS kb_articles_fts_ai",
    "DROP TRIGGER IF EXISTS kb_articles_fts_ad",
    "DROP TRIGGER IF EXISTS kb_articles_fts_au",
    "DROP TABLE IF EXISTS kb_articles_fts",
]
PG_SEARCH = [
    """ALTER TABLE kb_articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(number, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(keywords, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')) STORED""",
    "CREATE INDEX ix_search_kb_articles_vector ON kb_articles USING gin (search_vector)",
]


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
    dialect = op.get_bind().dialect.name
    op.create_table(
        "kb_articles",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("keywords", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("reviewer_id", sa.Uuid(), nullable=True),
        sa.Column("review_due_on", sa.Date(), nullable=True),
        sa.Column("service_id", sa.Uuid(), nullable=True),
        sa.Column("ci_id", sa.Uuid(), nullable=True),
        sa.Column("source_item_id", sa.Uuid(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_version", sa.Integer(), nullable=False),
        sa.Column("review_comment", sa.Text(), nullable=True),
        sa.Column("helpful_count", sa.Integer(), nullable=False),
        sa.Column("not_helpful_count", sa.Integer(), nullable=False),
        sa.Column("use_count", sa.Integer(), nullable=False),
        *_record_columns(),
        _fk("kb_articles", "author_id", "staff_users"),
        _fk("kb_articles", "owner_id", "staff_users"),
        _fk("kb_articles", "reviewer_id", "staff_users"),
        _fk("kb_articles", "service_id", "services"),
        _fk("kb_articles", "ci_id", "config_items"),
        _fk("kb_articles", "source_item_id", "work_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_articles")),
        sa.UniqueConstraint("number", name="uq_kb_articles_number"),
    )
    op.create_index("ix_kb_articles_status_review", "kb_articles", ["status", "review_due_on"])
    op.create_index(op.f("ix_kb_articles_service_id"), "kb_articles", ["service_id"])
    op.create_index(op.f("ix_kb_articles_ci_id"), "kb_articles", ["ci_id"])
    op.create_table(
        "kb_article_versions",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("published_by_id", sa.Uuid(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        *_record_columns(),
        _fk("kb_article_versions", "article_id", "kb_articles"),
        _fk("kb_article_versions", "author_id", "staff_users"),
        _fk("kb_article_versions", "published_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_versions")),
        sa.UniqueConstraint("article_id", "version_number",
                            name="uq_kb_article_versions_article_id"),
    )
    op.create_table(
        "kb_article_links",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("relation", sa.String(length=12), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        *_record_columns(),
        _fk("kb_article_links", "article_id", "kb_articles"),
        _fk("kb_article_links", "work_item_id", "work_items"),
        _fk("kb_article_links", "created_by_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_article_links")),
    )
    op.create_index("ix_kb_article_links_article", "kb_article_links",
                    ["article_id", "relation"])
    op.create_index(op.f("ix_kb_article_links_work_item_id"), "kb_article_links",
                    ["work_item_id"])
    op.create_table(
        "kb_votes",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        *_record_columns(),
        _fk("kb_votes", "article_id", "kb_articles"),
        _fk("kb_votes", "staff_id", "staff_users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_votes")),
        sa.UniqueConstraint("article_id", "staff_id", name="uq_kb_votes_article_id"),
    )
    op.create_index(op.f("ix_kb_votes_staff_id"), "kb_votes", ["staff_id"])
    statements = SQLITE_FTS if dialect == "sqlite" else PG_SEARCH
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM kb_articles LIMIT 1")).first() is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(
            "This database holds knowledge articles, which the older schema cannot keep; "
            "nothing was changed. Restore a backup taken before the upgrade instead.")
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS_DOWN:
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_kb_articles_vector")
    op.drop_table("kb_votes")
    op.drop_table("kb_article_links")
    op.drop_table("kb_article_versions")
    op.drop_table("kb_articles")
