"""Suggestions while an incident is logged: published articles and known errors that match what
the agent has typed so far, the best first.

The query is the telling words of the title and the description (stop words and short words
left out, the title's words first), any of which may match (:meth:`KnowledgeRepository.
candidates`). Each candidate's score is its full-text rank, scaled to the best one's, plus a
bonus for the incident's service and CI and a little for how helpful agents found it and how
often it was used; retired, draft and in-review articles are never suggested. Known errors are
problems in the ``known_error`` state (the problem kind's own status), found through the
work-item search index, so they appear as soon as that kind exists on the desk.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import Problem
from deskapp.domain.permissions import Action, Resource
from deskapp.repositories.knowledge import Candidate, KnowledgeRepository, telling_words
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import require, visible
from deskapp.services.dto import Actor
from deskapp.services.knowledge_dto import Suggestion, Suggestions

Clock = Callable[[], datetime]
#: How many full-text candidates are re-scored (the rank decides which come this far).
CANDIDATES = 30
SUGGEST_LIMIT = 6
SAME_SERVICE = 0.35
SAME_CI = 0.35
HELPFUL = 0.2
USED = 0.1
KNOWN_ERROR = 0.15  # a known error of the same fault is worth offering first
EXCERPT = 180
_MARKUP = re.compile(r"[#*_`>\[\]!]|\((?:attachment|kb-image):[^)]*\)|\s+")


def excerpt(body: str) -> str:
    """The start of a body as plain words (headings and markup dropped)."""
    words = _MARKUP.sub(" ", body).split()
    for heading in ("Symptoms", "Cause", "Resolution"):
        if words[:1] == [heading]:
            words = words[1:]
    text = " ".join(words)
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1].rsplit(" ", 1)[0] + "…"


def _helpfulness(helpful: int, not_helpful: int) -> float:
    """-1..1, shrunk towards 0 while few have voted."""
    return (helpful - not_helpful) / (helpful + not_helpful + 2)


class SuggestionService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def suggest(self, title: str, description: str = "", service_id: uuid.UUID | None = None,
                ci_id: uuid.UUID | None = None, limit: int = SUGGEST_LIMIT) -> Suggestions:
        """Published articles and known errors for an incident being written, best first."""
        require(self._actor, Action.VIEW, Resource.KNOWLEDGE)
        limit = max(1, min(limit, 20))
        words = telling_words(f"{title} {title} {description[:2000]}")
        if not words:
            return Suggestions((), ())
        out: list[Suggestion] = []
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            found = repo.candidates(words, CANDIDATES, statuses=("published",))
            best = max((c.rank for c in found), default=0.0) or 1.0
            rows = repo.many([c.article_id for c in found])
            for c in found:
                a = rows.get(c.article_id)
                if a is None or a.status != "published":
                    continue
                same_service = service_id is not None and a.service_id == service_id
                same_ci = ci_id is not None and a.ci_id == ci_id
                score = (c.rank / best + SAME_SERVICE * same_service + SAME_CI * same_ci
                         + HELPFUL * _helpfulness(a.helpful_count, a.not_helpful_count)
                         + USED * min(math.log1p(a.use_count) / math.log1p(50), 1.0))
                out.append(Suggestion(a.id, a.number, a.title, "article", score, same_service,
                                      same_ci, a.helpful_count, a.not_helpful_count,
                                      a.use_count, excerpt(a.body)))
            out.extend(self._known_errors(uow, repo, words, service_id, ci_id))
        out.sort(key=lambda s: (-s.score, s.number))
        return Suggestions(words, tuple(out[:limit]))

    def _known_errors(self, uow: UnitOfWork, repo: KnowledgeRepository, words: tuple[str, ...],
                      service_id: uuid.UUID | None, ci_id: uuid.UUID | None) -> list[Suggestion]:
        found: list[Candidate] = repo.known_errors(words, CANDIDATES // 3)
        if not found:
            return []
        best = max(c.rank for c in found) or 1.0
        ids = [c.article_id for c in found]
        items = {i.id: i for i in uow.work_items.many(ids)}
        # the workaround is what the agent applies while the caller waits
        workarounds = {pid: text for pid, text in uow.session.execute(
            select(Problem.id, Problem.workaround).where(Problem.id.in_(ids)))}
        out = []
        for c in found:
            item = items.get(c.article_id)
            if item is None or item.deleted_at is not None or not visible(self._actor, item):
                continue
            same_service = service_id is not None and item.service_id == service_id
            same_ci = ci_id is not None and item.ci_id == ci_id
            score = (c.rank / best + SAME_SERVICE * same_service + SAME_CI * same_ci
                     + KNOWN_ERROR)
            out.append(Suggestion(item.id, item.number, item.title, "known_error", score,
                                  same_service, same_ci, 0, 0, 0,
                                  excerpt(workarounds.get(item.id) or item.description or "")))
        return out
