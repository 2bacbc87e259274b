"""Knowledge articles: write, review, publish, revise and retire them; their versions and diffs;
links to work items; votes and uses; full-text search; articles from resolved incidents.

Each operation is one unit of work: the rule check (:mod:`deskapp.domain.knowledge`), the
Markdown cleaning (:mod:`deskapp.domain.markdown_safety`), the write and its audit rows are
saved together or not at all. Suggestions while an incident is logged are in
:mod:`deskapp.services.suggestions`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from deskapp.db.base import utcnow
from deskapp.db.models import KbArticle, KbArticleLink, KbArticleVersion, KbVote
from deskapp.domain import knowledge as rules
from deskapp.domain.knowledge import ArticleState, ArticleStatus, Step
from deskapp.domain.markdown_safety import sanitise
from deskapp.domain.numbers import format_number
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import mark, msg
from deskapp.repositories.knowledge import KnowledgeRepository
from deskapp.repositories.numbers import allocate_number
from deskapp.repositories.search import parse_query
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import require, require_item, require_visible, visible
from deskapp.services.dto import Actor, Changes
from deskapp.services.knowledge_dto import (
    ArticleDetail,
    ArticleDraft,
    ArticleList,
    ArticleSummary,
    ItemLink,
    SavedArticle,
    VersionDiff,
    VersionSummary,
    VersionText,
)

Clock = Callable[[], datetime]
LIST_LIMIT = 500
RELATIONS = ("solved", "documents", "related")
RELATION_LABELS = {"solved": "Solved", "documents": "Documents", "related": "Related"}
AUDITED = ("title", "status", "owner_id", "review_due_on", "service_id", "ci_id", "keywords")
NOTHING_HINT = "No article matches '{text}'. Try fewer or shorter words."


#: a reference an article names that is gone (one sentence each: the noun's gender differs in
#: other languages)
_GONE = {"owner": mark("The chosen owner no longer exists; choose again."),
         "service": mark("The chosen service no longer exists; choose again."),
         "configuration item": mark("The chosen configuration item no longer exists; choose "
                                    "again.")}


class KnowledgeService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    def _today(self) -> date:
        return self._clock().date()

    # -- reading ----------------------------------------------------------------------------
    def articles(self, text: str = "", status: str | None = None, *, due_only: bool = False,
                 limit: int = LIST_LIMIT) -> ArticleList:
        """Articles matching ``text`` (every word, best first) of ``status``; ``due_only``:
        the review queue (published articles whose review date has come, oldest date first)."""
        limit = max(1, min(limit, LIST_LIMIT))
        today = self._today()
        statuses: tuple[str, ...] = (status,) if status else ()
        if due_only:
            statuses = (ArticleStatus.PUBLISHED,)
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            hint = None
            query = parse_query(text)
            if query.number is not None and query.number.startswith(rules.PREFIX + "-"):
                found = repo.by_number(query.number)
                rows = [found] if found is not None and (
                    not statuses or found.status in statuses) else []
            elif text.strip():
                if query.empty:
                    rows, hint = [], "Type a word or an article number (KB-000012)."
                else:
                    matches = repo.matches(query, limit + 1, statuses=statuses)
                    rows = repo.listing(ids=[m.article_id for m in matches],
                                        due_by=today if due_only else None, limit=limit + 1)
                    if not rows:
                        hint = NOTHING_HINT.format(text=text.strip())
            else:
                rows = repo.listing(statuses=statuses, due_by=today if due_only else None,
                                    limit=limit + 1)
            names = repo.names([i for a in rows for i in (a.owner_id, a.service_id)])
            items = tuple(_summary(a, names, today) for a in rows[:limit])
            return ArticleList(items, len(rows) > limit, repo.counts(), repo.count_due(today),
                               hint)

    def article(self, article_id: uuid.UUID) -> ArticleDetail:
        with self._uow(read_only=True) as uow:
            return self._detail(uow, self._get(uow, article_id))

    def by_number(self, number: str) -> ArticleDetail:
        with self._uow(read_only=True) as uow:
            found = KnowledgeRepository(uow.session).by_number(number.strip().upper())
            if found is None:
                raise NotFound(msg("There is no article {number}; check the number.",
                                   number=number.strip()))
            return self._detail(uow, found)

    def versions(self, article_id: uuid.UUID) -> tuple[VersionSummary, ...]:
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            self._get(uow, article_id)
            rows = repo.versions(article_id)
            names = repo.names([i for v in rows for i in (v.author_id, v.published_by_id)])
            return tuple(VersionSummary(v.version_number, v.title, names.get(v.author_id, ""),
                                        names.get(v.published_by_id, ""), v.published_at)
                         for v in rows)

    def version_text(self, article_id: uuid.UUID, number: int) -> VersionText:
        """Version ``number`` as it was published (its pictures are read like the article's:
        they are kept with it)."""
        with self._uow(read_only=True) as uow:
            article = self._get(uow, article_id)
            found = KnowledgeRepository(uow.session).version(article_id, number)
            if found is None:
                raise NotFound(msg("{article} has no version {number}; choose one of the "
                                   "versions listed.", article=article.number, number=number))
            return VersionText(article_id, number, found.title, found.body, found.published_at)

    def diff(self, article_id: uuid.UUID, older: int, newer: int) -> VersionDiff:
        """What changed from version ``older`` to version ``newer`` (0 for ``newer``: the text
        as it stands now, e.g. a revision under way)."""
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            article = self._get(uow, article_id)

            def text_of(number: int) -> str:
                if number == 0:
                    return rules.version_text(article.title, article.body)
                found = repo.version(article_id, number)
                if found is None:
                    raise NotFound(msg("{article} has no version {number}; choose one of the "
                                       "versions listed.", article=article.number, number=number))
                return rules.version_text(found.title, found.body)

            lines = rules.diff_versions(text_of(older), text_of(newer))
            return VersionDiff(older, newer, lines, sum(1 for d in lines if d.sign == "+"),
                               sum(1 for d in lines if d.sign == "-"))

    # -- writing ----------------------------------------------------------------------------
    def create(self, draft: ArticleDraft) -> SavedArticle:
        with self._uow() as uow:
            require(self._actor, Action.CREATE, Resource.KNOWLEDGE)
            title, body, removed = self._clean(draft)
            keywords = rules.check_keywords(draft.keywords)
            rules.check_review_date(draft.review_due_on, self._today())
            self._check_refs(uow, draft)
            repo = KnowledgeRepository(uow.session)
            article = KbArticle(
                number=format_number(rules.PREFIX, allocate_number(uow.session, rules.PREFIX)),
                title=title, body=body, keywords=keywords, status=ArticleStatus.DRAFT,
                author_id=self._actor.staff_id, owner_id=draft.owner_id,
                review_due_on=draft.review_due_on, service_id=draft.service_id,
                ci_id=draft.ci_id, source_item_id=draft.source_item_id)
            repo.add(article)
            uow.flush()
            if draft.source_item_id is not None:
                repo.add(KbArticleLink(article_id=article.id, work_item_id=draft.source_item_id,
                                       relation="related", created_by_id=self._actor.staff_id))
            audit(uow, self._actor, "kb_article", article.id, article.number, None,
                  snapshot(article, AUDITED))
            uow.commit()
        return SavedArticle(self.article(article.id), removed)

    def save(self, article_id: uuid.UUID, expected_version: int,
             draft: ArticleDraft) -> SavedArticle:
        """Change an article. A published article's text is changed by revising it first; its
        owner, review date, service, CI and keywords may change while it stays published."""
        with self._uow() as uow:
            require(self._actor, Action.EDIT, Resource.KNOWLEDGE)
            article = self._get(uow, article_id, expected_version)
            if article.status == ArticleStatus.RETIRED:
                raise ValidationError(msg("{number} is retired; reopen it as a draft to change "
                                          "it.", number=article.number))
            title, body, removed = self._clean(draft)
            if article.status == ArticleStatus.PUBLISHED and (
                    title != article.title or body != article.body):
                raise ValidationError(
                    msg("{number} is published; choose Revise to change its text (it leaves the "
                        "suggestions until it is reviewed again).", number=article.number),
                    {"body": "revise first"})
            keywords = rules.check_keywords(draft.keywords)
            if draft.review_due_on != article.review_due_on:
                rules.check_review_date(draft.review_due_on, self._today())
            if article.status == ArticleStatus.PUBLISHED and (
                    draft.owner_id is None or draft.review_due_on is None):
                raise ValidationError("A published article keeps an owner and a review date; "
                                      "choose both.", {"owner": "needed"})
            self._check_refs(uow, draft)
            before = snapshot(article, AUDITED)
            article.title, article.body, article.keywords = title, body, keywords
            article.owner_id, article.review_due_on = draft.owner_id, draft.review_due_on
            article.service_id, article.ci_id = draft.service_id, draft.ci_id
            audit(uow, self._actor, "kb_article", article.id, article.number, before,
                  snapshot(article, AUDITED))
            uow.commit()
        return SavedArticle(self.article(article_id), removed)

    def step(self, article_id: uuid.UUID, expected_version: int, step: Step,
             comment: str = "") -> ArticleDetail:
        """Take a lifecycle step; publishing writes the next version."""
        with self._uow() as uow:
            require(self._actor, Action.EDIT, Resource.KNOWLEDGE)
            article = self._get(uow, article_id, expected_version)
            now = self._clock()
            target = rules.check_step(_state(article), step, self._actor.staff_id, now.date(),
                                      comment=comment)
            before = snapshot(article, AUDITED)
            article.status = target
            if step is Step.SUBMIT:
                article.submitted_at = now
                article.review_comment = None
            elif step is Step.SEND_BACK:
                article.review_comment = comment.strip()
            elif step is Step.PUBLISH:
                article.published_version += 1
                article.published_at = now
                article.reviewer_id = self._actor.staff_id
                article.retired_at = None
                article.review_comment = None
                KnowledgeRepository(uow.session).add(KbArticleVersion(
                    article_id=article.id, version_number=article.published_version,
                    title=article.title, body=article.body, author_id=article.author_id,
                    published_by_id=self._actor.staff_id, published_at=now))
            elif step is Step.RETIRE:
                article.retired_at = now
            audit(uow, self._actor, "kb_article", article.id, article.number, before,
                  snapshot(article, AUDITED), action=str(step))
            uow.commit()
        return self.article(article_id)

    def confirm_review(self, article_id: uuid.UUID, expected_version: int,
                       next_review: date) -> ArticleDetail:
        """The owner checked a published article: it still holds until ``next_review``."""
        with self._uow() as uow:
            require(self._actor, Action.EDIT, Resource.KNOWLEDGE)
            article = self._get(uow, article_id, expected_version)
            if article.status != ArticleStatus.PUBLISHED:
                raise ValidationError("Only a published article is reviewed on its date; "
                                      "publish it first.")
            rules.check_review_date(next_review, self._today())
            before = snapshot(article, AUDITED)
            article.review_due_on = next_review
            audit(uow, self._actor, "kb_article", article.id, article.number, before,
                  snapshot(article, AUDITED), action="reviewed")
            uow.commit()
        return self.article(article_id)

    def draft_from_incident(self, item_id: uuid.UUID) -> ArticleDraft:
        """A draft prefilled from a resolved incident: its title, the symptoms as described,
        the resolution notes as the fix, its service and CI."""
        with self._uow(read_only=True) as uow:
            item = uow.work_items.get_incident(item_id)
            if item is None:
                raise NotFound("That incident no longer exists; reload the queue.")
            require_visible(self._actor, item, uow)
            if item.status not in ("resolved", "closed"):
                raise ValidationError(msg("{number} is not resolved yet; write the article once "
                                          "the fix is known.", number=item.number))
            symptoms = (item.description or "").strip() or item.title
            fix = (item.resolution_notes or "").strip() or "(Describe the fix.)"
            body = (f"## Symptoms\n\n{symptoms}\n\n## Cause\n\n(What caused it.)\n\n"
                    f"## Resolution\n\n{fix}\n\n*Written from {item.number}.*\n")
            return ArticleDraft(title=item.title[:rules.TITLE_MAX], body=sanitise(body).text,
                                keywords=item.category or "", service_id=item.service_id,
                                ci_id=item.ci_id, source_item_id=item.id)

    # -- links, votes, uses -----------------------------------------------------------------
    def link(self, article_id: uuid.UUID, item_id: uuid.UUID,
             relation: str = "related") -> Changes:
        if relation not in RELATIONS:
            raise ValidationError(msg("'{relation}' is not a kind of link; use one of "
                                      "{relations}.", relation=relation,
                                      relations=", ".join(RELATIONS)))
        with self._uow() as uow:
            self._link(uow, self._get(uow, article_id), item_id, relation)
            uow.commit()
        return Changes("kb_article", frozenset({article_id, item_id}))

    def unlink(self, article_id: uuid.UUID, item_id: uuid.UUID) -> Changes:
        with self._uow() as uow:
            item = uow.work_items.get(item_id)
            if item is None:
                raise NotFound("That work item no longer exists; reload.")
            require_item(self._actor, Action.EDIT, item, uow)
            found = KnowledgeRepository(uow.session).live_link(article_id, item_id)
            if found is None:
                raise NotFound("The article is not linked to that item any more; reload.")
            found.deleted_at = self._clock()
            uow.commit()
        return Changes("kb_article", frozenset({article_id, item_id}))

    def record_use(self, article_id: uuid.UUID, item_id: uuid.UUID | None = None) -> ArticleDetail:
        """"This solved it": the article's use count goes up, and the incident (once saved)
        is linked to it."""
        with self._uow() as uow:
            require(self._actor, Action.EDIT, Resource.KNOWLEDGE)
            article = self._get(uow, article_id)
            if article.status != ArticleStatus.PUBLISHED:
                raise ValidationError(msg("{number} is not published; only published articles "
                                          "are used on incidents.", number=article.number))
            repo = KnowledgeRepository(uow.session)
            if item_id is not None:
                self._link(uow, article, item_id, "solved")
            repo.bump(article_id, use_count=1)
            uow.commit()
        return self.article(article_id)

    def vote(self, article_id: uuid.UUID, helpful: bool) -> ArticleDetail:
        """The signed-in person's word on the article (voting again changes it)."""
        with self._uow() as uow:
            require(self._actor, Action.CREATE, Resource.KNOWLEDGE_VOTE)
            article = self._get(uow, article_id)
            if article.status != ArticleStatus.PUBLISHED:
                raise ValidationError(msg("{number} is not published; vote on published "
                                          "articles.", number=article.number))
            repo = KnowledgeRepository(uow.session)
            mine = repo.vote_of(article_id, self._actor.staff_id)
            if mine is not None and mine.helpful == helpful and mine.deleted_at is None:
                return self._detail(uow, article)
            if mine is None:
                repo.add(KbVote(article_id=article_id, staff_id=self._actor.staff_id,
                                helpful=helpful))
                deltas = {"helpful_count": int(helpful), "not_helpful_count": int(not helpful)}
            else:
                was = mine.helpful if mine.deleted_at is None else None
                mine.helpful, mine.deleted_at = helpful, None
                deltas = {"helpful_count": int(helpful) - int(was is True),
                          "not_helpful_count": int(not helpful) - int(was is False)}
            uow.flush()
            repo.bump(article_id, **deltas)
            uow.commit()
        return self.article(article_id)

    # -- helpers ----------------------------------------------------------------------------
    def _link(self, uow: UnitOfWork, article: KbArticle, item_id: uuid.UUID,
              relation: str) -> None:
        item = uow.work_items.get(item_id)
        if item is None:
            raise NotFound("That work item no longer exists; reload.")
        require_item(self._actor, Action.EDIT, item, uow)
        repo = KnowledgeRepository(uow.session)
        found = repo.live_link(article.id, item_id)
        if found is not None:
            if relation == "solved" and found.relation != "solved":
                found.relation = "solved"
            return
        repo.add(KbArticleLink(article_id=article.id, work_item_id=item_id, relation=relation,
                               created_by_id=self._actor.staff_id))
        uow.flush()

    def _clean(self, draft: ArticleDraft) -> tuple[str, str, tuple[str, ...]]:
        title = " ".join(draft.title.split())
        cleaned = sanitise(draft.body)
        rules.check_content(title, cleaned.text)
        if "<" in title:
            raise ValidationError("A title is plain text; leave out < and HTML.",
                                  {"title": "plain text only"})
        return title, cleaned.text, cleaned.removed

    def _check_refs(self, uow: UnitOfWork, draft: ArticleDraft) -> None:
        names = KnowledgeRepository(uow.session).names(
            [draft.owner_id, draft.service_id, draft.ci_id])
        for value, what in ((draft.owner_id, "owner"), (draft.service_id, "service"),
                            (draft.ci_id, "configuration item")):
            if value is not None and value not in names:
                raise ValidationError(_GONE[what], {what: "gone"})
        if draft.source_item_id is not None and uow.work_items.get(draft.source_item_id) is None:
            raise ValidationError("The incident the article is written from no longer exists.")

    def _get(self, uow: UnitOfWork, article_id: uuid.UUID,
             expected_version: int | None = None) -> KbArticle:
        article = KnowledgeRepository(uow.session).get(article_id)
        if article is None:
            raise NotFound("That article no longer exists; reload the list.")
        if expected_version is not None and article.version != expected_version:
            raise ConflictError(CONFLICT_MESSAGE)
        return article

    def _detail(self, uow: UnitOfWork, a: KbArticle) -> ArticleDetail:
        repo = KnowledgeRepository(uow.session)
        names = repo.names([a.author_id, a.owner_id, a.reviewer_id, a.service_id, a.ci_id])
        links = tuple(ItemLink(link.id, item.id, item.number, item.kind, item.title, item.status,
                               link.relation)
                      for link, item in repo.links(a.id) if visible(self._actor, item))
        vote = repo.vote_of(a.id, self._actor.staff_id)
        steps = []
        for step in rules.steps_from(a.status):
            if step is Step.PUBLISH and a.author_id == self._actor.staff_id:
                continue
            steps.append(str(step))
        return ArticleDetail(
            a.id, a.version, a.number, a.title, a.body, a.keywords, a.status, a.author_id,
            names.get(a.author_id, ""), a.owner_id, names.get(a.owner_id, "") if a.owner_id
            else "", names.get(a.reviewer_id, "") if a.reviewer_id else "", a.review_due_on,
            a.service_id, names.get(a.service_id, "") if a.service_id else "", a.ci_id,
            names.get(a.ci_id, "") if a.ci_id else "", a.source_item_id, a.published_version,
            a.published_at, a.review_comment or "", a.helpful_count, a.not_helpful_count,
            a.use_count, None if vote is None or vote.deleted_at is not None else vote.helpful,
            tuple(steps), links, a.updated_at)


def _state(a: KbArticle) -> ArticleState:
    return ArticleState(a.status, a.author_id, a.title, a.body, a.owner_id, a.review_due_on)


def _summary(a: KbArticle, names: dict[uuid.UUID, str], today: date) -> ArticleSummary:
    return ArticleSummary(
        a.id, a.number, a.title, a.status, names.get(a.owner_id, "") if a.owner_id else "",
        a.review_due_on, names.get(a.service_id, "") if a.service_id else "", a.helpful_count,
        a.not_helpful_count, a.use_count, a.updated_at,
        rules.review_due(a.review_due_on, a.status, today))


def relation_label(relation: str) -> str:
    return RELATION_LABELS.get(relation, relation)

