"""Knowledge: articles (KB- numbers, their own records, not work items), the version kept at each
publication, links from articles to work items (the problem an article documents, the incidents
it solved), each staff member's helpful / not helpful vote, and the pictures an article shows
(their bytes in the attachments' content store). The rules are in
:mod:`deskapp.domain.knowledge`; the Markdown body is cleaned by
:mod:`deskapp.domain.markdown_safety` before it is stored.

Full-text search: SQLite keeps ``kb_articles_fts`` (FTS5, external content, triggers) and
PostgreSQL a generated ``search_vector`` column with a GIN index; migration 0012 owns both.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class KbArticle(Record):
    """An article as it stands now; what was published before is in :class:`KbArticleVersion`."""

    __tablename__ = "kb_articles"
    __table_args__ = (
        UniqueConstraint("number", name="uq_kb_articles_number"),
        Index("ix_kb_articles_status_review", "status", "review_due_on"),
    )

    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    #: who published the last version (never the author)
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    review_due_on: Mapped[date | None] = mapped_column(Date)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    ci_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("config_items.id"), index=True)
    #: the resolved incident it was written from, if any
    source_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_items.id"))
    submitted_at: Mapped[datetime | None] = mapped_column()
    published_at: Mapped[datetime | None] = mapped_column()
    retired_at: Mapped[datetime | None] = mapped_column()
    #: the number of the last published version (0: never published)
    published_version: Mapped[int] = mapped_column(Integer, default=0)
    #: the reviewer's reason when it was last sent back
    review_comment: Mapped[str | None] = mapped_column(Text)
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    not_helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    use_count: Mapped[int] = mapped_column(Integer, default=0)


class KbArticleVersion(Record):
    """The text of one publication of an article (versions are written, never changed)."""

    __tablename__ = "kb_article_versions"
    __table_args__ = (
        UniqueConstraint("article_id", "version_number",
                         name="uq_kb_article_versions_article_id"),
    )

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_articles.id"))
    version_number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    published_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    published_at: Mapped[datetime] = mapped_column()


class KbArticleLink(Record):
    """An article linked to a work item: the problem it documents, an incident it solved."""

    __tablename__ = "kb_article_links"
    __table_args__ = (
        Index("ix_kb_article_links_article", "article_id", "relation"),
    )

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_articles.id"))
    work_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_items.id"), index=True)
    relation: Mapped[str] = mapped_column(String(12))  # solved / documents / related
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))


class KbVote(Record):
    """One staff member's word on an article: helpful or not (changed by voting again)."""

    __tablename__ = "kb_votes"
    __table_args__ = (
        UniqueConstraint("article_id", "staff_id", name="uq_kb_votes_article_id"),
    )

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_articles.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), index=True)
    helpful: Mapped[bool] = mapped_column(Boolean)




class KbArticleImage(Record):
    """A picture of an article, shown in its Markdown as ``![alt](kb-image:<id>)``.

    The bytes are stored once per content in the attachments' blob store
    (``attachment_blobs`` / ``attachment_chunks``, keyed by SHA-256). A picture belongs to one
    article and is never changed or removed by the app: a published version that shows it must
    stay readable after a revision took it out of the text, and versions are never deleted.
    """

    __tablename__ = "kb_article_images"

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kb_articles.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    #: from the content (PNG, JPEG, GIF or WebP), not from the file name
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.sha256"), index=True)
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
