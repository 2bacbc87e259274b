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
from deskapp.repositories.search import ParsedQuery, SearchRepository, parse_query
from deskapp.repositories.uow import UnitOfWorkFactory

RANK_LIMIT = 1000
DEFAULT_LIMIT = 50
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
class SearchResult:
    text: str
    hits: tuple[SearchHit, ...]
    ranked: bool
    more: bool  # more matches than shown
    hint: str | None = None


class SearchService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        query = parse_query(text)
        text = query.raw  # without NUL characters, which PostgreSQL refuses in text
        if not text.strip():
            return SearchResult(text, (), False, False)
        if query.empty:
            return SearchResult(text, (), False, False, SYMBOLS_HINT)
        with self._uow(read_only=True) as uow:
            hits: list[SearchHit] = []
            seen: set[uuid.UUID] = set()
            if query.number is not None:
                exact = uow.work_items.by_number(query.number)
                if exact is not None:
                    hits.append(SearchHit(exact.id, exact.number, exact.title, exact.status,
                                          exact.priority, exact_number=True, kind=exact.kind))
                    seen.add(exact.id)
            repo = SearchRepository(uow.session)
            matched = repo.count_capped(query, RANK_LIMIT + 1)
            ranked = 0 < matched <= RANK_LIMIT
            matches = repo.matches(query, limit + 1, ranked=ranked)
            details = _details(uow.session, [m.item_id for m in matches
                                             if m.item_id not in seen])
            for m in matches:
                row = details.get(m.item_id)
                if row is None or m.item_id in seen:
                    continue
                seen.add(m.item_id)
                hits.append(SearchHit(m.item_id, row.number, row.title, row.status,
                                      row.priority, via_comment=m.via_comment, kind=row.kind))
        more = len(hits) > limit or matched > RANK_LIMIT
        hits = hits[:limit]
        hint = None if hits else NOTHING_HINT.format(text=text.strip())
        return SearchResult(text, tuple(hits), ranked, more, hint)


def _details(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, WorkItem]:
    if not ids:
        return {}
    rows = session.scalars(select(WorkItem).where(WorkItem.id.in_(ids),
                                                  WorkItem.deleted_at.is_(None))).all()
    return {r.id: r for r in rows}


__all__ = ["ParsedQuery", "SearchHit", "SearchResult", "SearchService"]
