"""What the knowledge services hand to the UI: frozen values, never ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from deskapp.domain.knowledge import DiffLine


@dataclass(frozen=True)
class ArticleDraft:
    """What a person writes or changes on an article (text is cleaned before it is stored)."""

    title: str
    body: str
    keywords: str = ""
    owner_id: uuid.UUID | None = None
    review_due_on: date | None = None
    service_id: uuid.UUID | None = None
    ci_id: uuid.UUID | None = None
    #: the resolved incident it is written from ("Create article from this incident")
    source_item_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ArticleSummary:
    id: uuid.UUID
    number: str
    title: str
    status: str
    owner: str
    review_due_on: date | None
    service: str
    helpful: int
    not_helpful: int
    uses: int
    updated_at: datetime
    review_due: bool  # published and its review date has come


@dataclass(frozen=True)
class ArticleList:
    items: tuple[ArticleSummary, ...]
    more: bool  # more matched than the list holds
    counts: dict[str, int] = field(default_factory=dict)  # per status
    due: int = 0  # published articles due for review
    hint: str | None = None


@dataclass(frozen=True)
class ItemLink:
    id: uuid.UUID
    item_id: uuid.UUID
    number: str
    kind: str
    title: str
    status: str
    relation: str


@dataclass(frozen=True)
class ArticleDetail:
    id: uuid.UUID
    version: int
    number: str
    title: str
    body: str
    keywords: str
    status: str
    author_id: uuid.UUID
    author: str
    owner_id: uuid.UUID | None
    owner: str
    reviewer: str
    review_due_on: date | None
    service_id: uuid.UUID | None
    service: str
    ci_id: uuid.UUID | None
    ci: str
    source_item_id: uuid.UUID | None
    published_version: int
    published_at: datetime | None
    review_comment: str
    helpful: int
    not_helpful: int
    uses: int
    my_vote: bool | None
    steps: tuple[str, ...]  # Step values legal now for the signed-in person
    links: tuple[ItemLink, ...]
    updated_at: datetime


@dataclass(frozen=True)
class SavedArticle:
    article: ArticleDetail
    removed: tuple[str, ...] = ()  # what the Markdown cleaner took out, a sentence each


@dataclass(frozen=True)
class VersionSummary:
    number: int
    title: str
    author: str
    published_by: str
    published_at: datetime


@dataclass(frozen=True)
class VersionText:
    """One publication as it was read: its title and Markdown body."""

    article_id: uuid.UUID
    number: int
    title: str
    body: str
    published_at: datetime


@dataclass(frozen=True)
class VersionDiff:
    older: int
    newer: int
    lines: tuple[DiffLine, ...]
    added: int
    removed: int


@dataclass(frozen=True)
class Suggestion:
    """A published article (or a known error) offered while an incident is logged."""

    id: uuid.UUID
    number: str
    title: str
    kind: str  # "article" or "known_error"
    score: float
    same_service: bool
    same_ci: bool
    helpful: int
    not_helpful: int
    uses: int
    excerpt: str


@dataclass(frozen=True)
class Suggestions:
    words: tuple[str, ...]
    items: tuple[Suggestion, ...]


@dataclass(frozen=True)
class ArticleImage:
    """A picture of an article (its bytes are read with ``ArticleImageService.images``)."""

    id: uuid.UUID
    article_id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    width: int
    height: int
    added_by: str
    added_at: datetime
    markdown: str  # what shows it in the article: ![alt](kb-image:<id>)


#: what became of a picture the viewer asked for
IMAGE_SHOWN = "shown"
IMAGE_MISSING = "missing"  # no such picture (never saved, or removed)
IMAGE_ELSEWHERE = "elsewhere"  # a picture of another article
IMAGE_DAMAGED = "damaged"  # its stored bytes are missing or do not match their checksum
IMAGE_TOO_MANY = "too_many"  # past the number one read hands over


@dataclass(frozen=True)
class ImageContent:
    id: uuid.UUID
    state: str  # one of the IMAGE_* values
    data: bytes = b""
    media_type: str = ""
    file_name: str = ""
    width: int = 0
    height: int = 0
