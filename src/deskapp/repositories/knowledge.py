"""Knowledge articles: rows, versions, links, votes, and full-text matches (FTS5 / tsvector).

Two kinds of text query: :meth:`KnowledgeRepository.matches` is the search box (every word must
match, as in Ctrl+K), :meth:`KnowledgeRepository.candidates` the suggestions while an incident is
typed (any of the telling words may match; the best ranked first), both bounded by a LIMIT so
20,000 articles cost what 200 do.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from deskapp.db.models import (
    ConfigurationItem,
    KbArticle,
    KbArticleImage,
    KbArticleLink,
    KbArticleVersion,
    KbVote,
    Service,
    StaffUser,
    WorkItem,
)
from deskapp.repositories.search import TS_CONFIG, ParsedQuery

#: Words a suggestion query leaves out: they say nothing about the fault.
STOPWORDS = frozenset("""a an and are as at be but by can cannot cant do does dont for from has
have help i im in is it its me my no not of on or our please since so that the their them then
there this to up us was we were what when where which while who why will with working works
would you your since after before again still keeps keep get gets got""".split())
_WORD = re.compile(r"\w+", re.UNICODE)
#: At most this many words go into a suggestion query (the longest: they tell the most).
SUGGEST_TERMS = 8
#: When few titles match, at most this many articles matching only in the body are ranked.
BODY_CANDIDATES = 300


@dataclass(frozen=True)
class Candidate:
    article_id: uuid.UUID
    rank: float  # higher is better on both databases


def telling_words(raw: str) -> tuple[str, ...]:
    """The words of an incident's title and description worth looking up, longest first."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(raw.lower()):
        word = word.replace("_", "")
        if len(word) >= 3 and word not in STOPWORDS and not word.isdigit():
            seen.setdefault(word)
    return tuple(sorted(seen, key=len, reverse=True)[:SUGGEST_TERMS])


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class KnowledgeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    # -- rows -------------------------------------------------------------------------------
    def add(self, row: Any) -> None:
        self.session.add(row)

    def get(self, article_id: uuid.UUID) -> KbArticle | None:
        row = self.session.get(KbArticle, article_id)
        return None if row is None or row.deleted_at is not None else row

    def by_number(self, number: str) -> KbArticle | None:
        return self.session.scalar(select(KbArticle).where(
            KbArticle.number == number, KbArticle.deleted_at.is_(None)))

    def many(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, KbArticle]:
        if not ids:
            return {}
        return {a.id: a for a in self.session.scalars(select(KbArticle).where(
            KbArticle.id.in_(list(ids)), KbArticle.deleted_at.is_(None)))}

    def listing(self, *, statuses: Sequence[str] = (), due_by: date | None = None,
                ids: Sequence[uuid.UUID] | None = None, limit: int = 500) -> list[KbArticle]:
        """Articles by status (and due for review by ``due_by``), the latest changed first;
        ``ids`` keeps the order they are given in (search results)."""
        stmt = select(KbArticle).where(KbArticle.deleted_at.is_(None))
        if statuses:
            stmt = stmt.where(KbArticle.status.in_(list(statuses)))
        if due_by is not None:
            stmt = stmt.where(KbArticle.review_due_on <= due_by)
        if ids is not None:
            rows = {a.id: a for a in self.session.scalars(stmt.where(
                KbArticle.id.in_(list(ids))))}
            return [rows[i] for i in ids if i in rows][:limit]
        order = (KbArticle.review_due_on, KbArticle.number) if due_by is not None else (
            KbArticle.updated_at.desc(), KbArticle.id)
        return list(self.session.scalars(stmt.order_by(*order).limit(limit)))

    def counts(self) -> dict[str, int]:
        rows = self.session.execute(select(KbArticle.status, func.count()).where(
            KbArticle.deleted_at.is_(None)).group_by(KbArticle.status))
        return {str(s): int(n) for s, n in rows}

    def count_due(self, today: date) -> int:
        return int(self.session.scalar(select(func.count()).select_from(KbArticle).where(
            KbArticle.deleted_at.is_(None), KbArticle.status == "published",
            KbArticle.review_due_on <= today)) or 0)

    def names(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
        """Staff names, service names and CI names of the given ids, in one dict."""
        wanted = [i for i in set(ids) if i is not None]
        if not wanted:
            return {}
        out: dict[uuid.UUID, str] = {}
        for model, column in ((StaffUser, StaffUser.full_name), (Service, Service.name),
                              (ConfigurationItem, ConfigurationItem.name)):
            for key, name in self.session.execute(select(model.id, column).where(
                    model.id.in_(wanted))):
                out[key] = name
        return out

    # -- versions ---------------------------------------------------------------------------
    def versions(self, article_id: uuid.UUID) -> list[KbArticleVersion]:
        return list(self.session.scalars(select(KbArticleVersion).where(
            KbArticleVersion.article_id == article_id, KbArticleVersion.deleted_at.is_(None))
            .order_by(KbArticleVersion.version_number.desc())))

    def version(self, article_id: uuid.UUID, number: int) -> KbArticleVersion | None:
        return self.session.scalar(select(KbArticleVersion).where(
            KbArticleVersion.article_id == article_id,
            KbArticleVersion.version_number == number, KbArticleVersion.deleted_at.is_(None)))

    # -- pictures ---------------------------------------------------------------------------
    def images(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, KbArticleImage]:
        """Pictures by id, whichever article they belong to (removed ones included: the
        caller decides what to say about them)."""
        if not ids:
            return {}
        return {row.id: row for row in self.session.scalars(
            select(KbArticleImage).where(KbArticleImage.id.in_(list(ids))))}

    def images_of(self, article_id: uuid.UUID) -> list[tuple[KbArticleImage, str | None]]:
        """An article's live pictures, oldest first, with the name of who added each."""
        rows = self.session.execute(
            select(KbArticleImage, StaffUser.full_name)
            .outerjoin(StaffUser, StaffUser.id == KbArticleImage.added_by_id)
            .where(KbArticleImage.article_id == article_id, KbArticleImage.deleted_at.is_(None))
            .order_by(KbArticleImage.created_at, KbArticleImage.id))
        return [(image, name) for image, name in rows]

    # -- links and votes --------------------------------------------------------------------
    def links(self, article_id: uuid.UUID) -> list[tuple[KbArticleLink, WorkItem]]:
        rows = self.session.execute(select(KbArticleLink, WorkItem).join(
            WorkItem, WorkItem.id == KbArticleLink.work_item_id).where(
            KbArticleLink.article_id == article_id, KbArticleLink.deleted_at.is_(None),
            WorkItem.deleted_at.is_(None)).order_by(KbArticleLink.created_at))
        return [(link, item) for link, item in rows]

    def live_link(self, article_id: uuid.UUID, item_id: uuid.UUID) -> KbArticleLink | None:
        return self.session.scalar(select(KbArticleLink).where(
            KbArticleLink.article_id == article_id, KbArticleLink.work_item_id == item_id,
            KbArticleLink.deleted_at.is_(None)))

    def articles_of_item(self, item_id: uuid.UUID) -> list[tuple[KbArticleLink, KbArticle]]:
        rows = self.session.execute(select(KbArticleLink, KbArticle).join(
            KbArticle, KbArticle.id == KbArticleLink.article_id).where(
            KbArticleLink.work_item_id == item_id, KbArticleLink.deleted_at.is_(None),
            KbArticle.deleted_at.is_(None)).order_by(KbArticleLink.created_at))
        return [(link, article) for link, article in rows]

    def vote_of(self, article_id: uuid.UUID, staff_id: uuid.UUID) -> KbVote | None:
        return self.session.scalar(select(KbVote).where(
            KbVote.article_id == article_id, KbVote.staff_id == staff_id))

    def bump(self, article_id: uuid.UUID, **deltas: int) -> None:
        """Add to the article's counters in one UPDATE (concurrent uses both count), moving
        its version on so an editor holding the old one is told."""
        values: dict[str, Any] = {name: getattr(KbArticle, name) + delta
                                  for name, delta in deltas.items() if delta}
        if not values:
            return
        values["version"] = KbArticle.version + 1
        self.session.execute(update(KbArticle).where(KbArticle.id == article_id).values(
            **values).execution_options(synchronize_session=False))

    # -- text -------------------------------------------------------------------------------
    def matches(self, query: ParsedQuery, limit: int, *, statuses: Sequence[str] = ()
                ) -> list[Candidate]:
        """Articles where every word matches (number, title, keywords, body), best first."""
        if not (query.words or query.phrases):
            return []
        if self.dialect == "postgresql":
            return self._pg(query.tsquery(), limit, statuses, ())
        return self._sqlite(query.fts5(), limit, statuses, ())

    def candidates(self, words: Sequence[str], limit: int, *, statuses: Sequence[str],
                   ) -> list[Candidate]:
        """Articles matching any of ``words``, the best ranked first.

        Typed text shares a word with nearly every body, so ranking every match read each
        matching article's whole text (p95 759 ms at 20,000 articles). The title, number and
        keywords say what an article is about: when at least ``limit`` articles match there,
        only they are ranked (PostgreSQL's small ``title_vector``, FTS5's column filter). With
        fewer, the body counts too: on PostgreSQL the title matches and at most
        :data:`BODY_CANDIDATES` body-only matches are ranked on the whole text (the LIMIT comes
        before the rank); FTS5 ranks all matches (bm25 needs the match it scores)."""
        if not words:
            return []
        if self.dialect == "postgresql":
            tsquery = " | ".join(f"'{w}':*" if len(w) >= 4 else f"'{w}'" for w in words)
            found = self._pg(tsquery, limit, statuses, words, vector="title_vector")
            if len(found) >= limit:
                return found
            return self._pg_with_body(tsquery, limit, statuses)
        match = " OR ".join(f'"{w}"*' if len(w) >= 4 else f'"{w}"' for w in words)
        found = self._sqlite("{number title keywords} : (" + match + ")", limit, statuses, words)
        if len(found) >= limit:
            return found
        return self._sqlite(match, limit, statuses, words)

    def _status_sql(self, statuses: Sequence[str], alias: str) -> tuple[str, dict[str, Any]]:
        if not statuses:
            return f" AND {alias}.deleted_at IS NULL", {}
        names = ", ".join(f":st{n}" for n in range(len(statuses)))
        return (f" AND {alias}.deleted_at IS NULL AND {alias}.status IN ({names})",
                {f"st{n}": s for n, s in enumerate(statuses)})

    def _sqlite(self, match: str, limit: int, statuses: Sequence[str],
                _words: Sequence[str]) -> list[Candidate]:
        extra, params = self._status_sql(statuses, "a")
        rows = self.session.execute(text(
            "SELECT a.id, -bm25(kb_articles_fts, 10.0, 6.0, 4.0, 1.0) AS score "
            "FROM kb_articles_fts JOIN kb_articles a ON a.rowid = kb_articles_fts.rowid "
            f"WHERE kb_articles_fts MATCH :q{extra} ORDER BY score DESC LIMIT :n"),
            {**params, "q": match, "n": limit}).all()
        return [Candidate(_uuid(r[0]), float(r[1])) for r in rows]

    def _pg(self, tsquery: str, limit: int, statuses: Sequence[str],
            _words: Sequence[str], *, vector: str = "search_vector") -> list[Candidate]:
        extra, params = self._status_sql(statuses, "a")
        tsq = f"to_tsquery('{TS_CONFIG}', :q)"
        rows = self.session.execute(text(
            f"SELECT a.id, ts_rank_cd(a.{vector}, {tsq}, 1) AS score FROM kb_articles a "
            f"WHERE a.{vector} @@ {tsq}{extra} ORDER BY score DESC LIMIT :n"),
            {**params, "q": tsquery, "n": limit}).all()
        return [Candidate(_uuid(r[0]), float(r[1])) for r in rows]

    def _pg_with_body(self, tsquery: str, limit: int, statuses: Sequence[str]
                      ) -> list[Candidate]:
        """Title matches and at most BODY_CANDIDATES body-only matches, ranked on the whole
        text: the rank reads only the rows the LIMITs let through."""
        extra, params = self._status_sql(statuses, "a")
        tsq = f"to_tsquery('{TS_CONFIG}', :q)"
        rows = self.session.execute(text(
            f"WITH picked AS ((SELECT a.id, a.search_vector FROM kb_articles a "
            f"WHERE a.title_vector @@ {tsq}{extra}) UNION ALL (SELECT a.id, a.search_vector "
            f"FROM kb_articles a WHERE a.search_vector @@ {tsq} AND NOT a.title_vector @@ {tsq}"
            f"{extra} LIMIT :body)) SELECT id, ts_rank_cd(search_vector, {tsq}, 1) AS score "
            "FROM picked ORDER BY score DESC LIMIT :n"),
            {**params, "q": tsquery, "n": limit, "body": BODY_CANDIDATES}).all()
        return [Candidate(_uuid(r[0]), float(r[1])) for r in rows]

    def known_errors(self, words: Sequence[str], limit: int) -> list[Candidate]:
        """Problems in the known-error state whose text matches any of ``words`` (the work-item
        search index), best first. Empty while no kind of work item has that state.

        The known errors (a few thousand at most) are found by status first, so the text test
        never ranks the matches among a million incidents. On SQLite the ``+`` keeps that list
        away from FTS5: handed to it as a rowid constraint, FTS5 ran the whole match once per
        known error (7 to 19 s at 2,000 of them)."""
        if not words:
            return []
        known = ("i.kind = 'problem' AND i.status = 'known_error' AND i.deleted_at IS NULL")
        if self.dialect == "postgresql":
            tsq = f"to_tsquery('{TS_CONFIG}', :q)"
            q = " | ".join(f"'{w}':*" if len(w) >= 4 else f"'{w}'" for w in words)
            rows = self.session.execute(text(
                f"SELECT i.id, ts_rank_cd(i.search_vector, {tsq}, 1) AS score FROM work_items i "
                f"WHERE {known} AND i.search_vector @@ {tsq} ORDER BY score DESC LIMIT :n"),
                {"q": q, "n": limit}).all()
        else:
            q = " OR ".join(f'"{w}"*' if len(w) >= 4 else f'"{w}"' for w in words)
            rows = self.session.execute(text(
                "SELECT i.id, -bm25(work_items_fts) AS score FROM work_items_fts "
                "JOIN work_items i ON i.rowid = work_items_fts.rowid "
                f"WHERE work_items_fts MATCH :q AND +work_items_fts.rowid IN (SELECT i.rowid "
                f"FROM work_items i WHERE {known}) ORDER BY score DESC LIMIT :n"),
                {"q": q, "n": limit}).all()
        return [Candidate(_uuid(r[0]), float(r[1])) for r in rows]

    def linked_problem_ids(self, article_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        if not article_ids:
            return set()
        return set(self.session.scalars(select(KbArticleLink.work_item_id).join(
            WorkItem, WorkItem.id == KbArticleLink.work_item_id).where(
            KbArticleLink.article_id.in_(list(article_ids)), KbArticleLink.deleted_at.is_(None),
            or_(WorkItem.kind == "problem"))))
