"""Global search (Ctrl+K): ticket numbers first, then full-text over incidents and comments.

Ranking every match is what makes search slow on a big desk (bm25 / ts_rank over 900,000 rows
costs over a second), so matches are counted first, up to ``RANK_LIMIT``: below it the results
are ranked; above it they come newest first, unranked, which the index answers directly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import WorkItem
from deskapp.domain import kinds as work_kinds
from deskapp.repositories.knowledge import KnowledgeRepository
from deskapp.repositories.search import (
    ParsedQuery,
    SearchRepository,
    SearchScope,
    parse_query,
)
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.authorization import visible
from deskapp.services.dto import Actor

RANK_LIMIT = 1000
#: Ctrl+K shows this many knowledge articles after the work items.
ARTICLE_LIMIT = 5
DEFAULT_LIMIT = 50
#: How far "More results" pages; past it the person opens the matches as a queue (keyset-paged).
MAX_LIMIT = RANK_LIMIT
SYMBOLS_HINT = ("Type a word or a ticket number: search looks for letters and digits and "
                "ignores symbols.")
NOTHING_HINT = "Nothing matches '{text}'. Try fewer or shorter words."


@dataclass(frozen=True)
class SearchHit:
    id: uuid.UUID
    number: str
    title: str
    status: str
    priority: int
    exact_number: bool = False
    via_comment: bool = False
    kind: str = "incident"


@dataclass(frozen=True)
class ArticleHit:
    """A knowledge article matching the search (shown after the work items)."""

    id: uuid.UUID
    number: str
    title: str
    status: str


@dataclass(frozen=True)
class SearchResult:
    text: str
    hits: tuple[SearchHit, ...]
    ranked: bool
    more: bool  # more matches than shown
    hint: str | None = None
    articles: tuple[ArticleHit, ...] = ()


class SearchService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def search(self, text: str, limit: int = DEFAULT_LIMIT, *, open_only: bool = False,
               kinds: tuple[str, ...] = ()) -> SearchResult:
        """The first ``limit`` matches (asking again with a larger limit pages on, up to
        ``MAX_LIMIT``), optionally only open items and only some kinds."""
        limit = max(1, min(limit, MAX_LIMIT))
        scope = SearchScope(open_only, tuple(k for k in kinds if k in work_kinds.ACTIVE))
        query = parse_query(text)
        text = query.raw  # without NUL characters, which PostgreSQL refuses in text
        if not text.strip():
            return SearchResult(text, (), False, False)
        if query.empty:
            return SearchResult(text, (), False, False, SYMBOLS_HINT)
        with self._uow(read_only=True) as uow:
            hits: list[SearchHit] = []
            seen: set[uuid.UUID] = set()
            refused: str | None = None
            if query.number is not None:
                exact = uow.work_items.by_number(query.number)
                if exact is not None and not self._may_see(exact):
                    seen.add(exact.id)
                    refused = (f"{exact.number} is confidential to its team; ask a member of "
                               "that team or an administrator.")
                elif exact is not None and _in_scope(exact, scope):
                    hits.append(SearchHit(exact.id, exact.number, exact.title, exact.status,
                                          exact.priority, exact_number=True, kind=exact.kind))
                    seen.add(exact.id)
            repo = SearchRepository(uow.session)
            matched = repo.count_capped(query, RANK_LIMIT + 1, scope)
            ranked = 0 < matched <= RANK_LIMIT
            matches = repo.matches(query, limit + 1, ranked=ranked, scope=scope)
            details = _details(uow.session, [m.item_id for m in matches
                                             if m.item_id not in seen])
            for m in matches:
                row = details.get(m.item_id)
                if row is None or m.item_id in seen or not self._may_see(row):
                    continue
                seen.add(m.item_id)
                hits.append(SearchHit(m.item_id, row.number, row.title, row.status,
                                      row.priority, via_comment=m.via_comment, kind=row.kind))
            articles = _articles(uow.session, query) if not scope.narrowed else ()
        more = len(hits) > limit or matched > RANK_LIMIT
        hits = hits[:limit]
        hint = refused or (None if hits or articles else NOTHING_HINT.format(text=text.strip()))
        return SearchResult(text, tuple(hits), ranked, more, hint, articles)

    def _may_see(self, item: WorkItem) -> bool:
        return visible(self._actor, item)


def _articles(session: Session, query: ParsedQuery) -> tuple[ArticleHit, ...]:
    """The best few articles: the exact KB number, else those where every word matches."""
    repo = KnowledgeRepository(session)
    if query.number is not None:
        found = repo.by_number(query.number) if query.number.startswith("KB-") else None
        rows = [found] if found is not None else []
    else:
        rows = list(repo.listing(ids=[m.article_id for m in repo.matches(
            query, ARTICLE_LIMIT)], limit=ARTICLE_LIMIT))
    return tuple(ArticleHit(a.id, a.number, a.title, a.status) for a in rows)


def _in_scope(item: WorkItem, scope: SearchScope) -> bool:
    if scope.open_only and item.status_category == "done":
        return False
    return not scope.kinds or item.kind in scope.kinds


def _details(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, WorkItem]:
    if not ids:
        return {}
    rows = session.scalars(select(WorkItem).where(WorkItem.id.in_(ids),
                                                  WorkItem.deleted_at.is_(None))).all()
    return {r.id: r for r in rows}


__all__ = ["ParsedQuery", "SearchHit", "SearchResult", "SearchService"]
