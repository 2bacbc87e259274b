"""Knowledge articles on SQLite and PostgreSQL: the review lifecycle, versions and their diff,
search, the review queue, votes and uses, articles from resolved incidents, and every refusal
saving nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import AuditEvent, KbArticle, KbArticleVersion, WorkItem
from deskapp.domain.knowledge import Step
from deskapp.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.knowledge_dto import ArticleDraft
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

BODY = ("## Symptoms\n\nOutlook asks for the password again and again.\n\n"
        "## Resolution\n\nRemove the cached credentials in Credential Manager.")


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def reviewer(database: Database) -> Services:
    return Services.build(database.uow, ensure_staff(database.uow, "rita", "Rita Reviewer",
                                                     roles=("agent",)))


def later(days: int = 90) -> date:
    return date.today() + timedelta(days=days)


def draft(desk: Desk, owner: Actor | None = None, **kw: object) -> ArticleDraft:
    values: dict[str, object] = dict(
        title="Outlook keeps asking for the password", body=BODY, keywords="mail credentials",
        owner_id=owner.staff_id if owner else None, review_due_on=later(),
        service_id=desk.service_id, ci_id=desk.ci_id)
    values.update(kw)
    return ArticleDraft(**values)  # type: ignore[arg-type]


def count(database: Database, model: type) -> int:
    with database.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def publish(services: Services, reviewer: Services, desk: Desk) -> uuid_t:
    saved = services.knowledge.create(draft(desk, services.actor))
    a = services.knowledge.step(saved.article.id, saved.article.version, Step.SUBMIT)
    a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    assert a.status == "published"
    return a.id


uuid_t = object


def test_article_goes_through_review_and_keeps_each_publication(
        services: Services, reviewer: Services, desk: Desk, database: Database) -> None:
    saved = services.knowledge.create(draft(desk, services.actor))
    a = saved.article
    assert a.number.startswith("KB-") and a.status == "draft"
    assert a.author == services.actor.full_name
    assert "publish" not in a.steps and "submit" in a.steps
    a = services.knowledge.step(a.id, a.version, Step.SUBMIT)
    assert a.status == "in_review"
    # the author may not publish their own article
    with pytest.raises(ValidationError, match="someone else must review"):
        services.knowledge.step(a.id, a.version, Step.PUBLISH)
    # the reviewer sends it back with a reason, the author fixes it
    with pytest.raises(ValidationError, match="Say what the author should change"):
        reviewer.knowledge.step(a.id, a.version, Step.SEND_BACK)
    a = reviewer.knowledge.step(a.id, a.version, Step.SEND_BACK, "Name the menu path.")
    assert a.status == "draft" and a.review_comment == "Name the menu path."
    a = services.knowledge.save(a.id, a.version, draft(
        desk, services.actor, body=BODY + "\n\nControl Panel > Credential Manager.")).article
    a = services.knowledge.step(a.id, a.version, Step.SUBMIT)
    a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    assert (a.status, a.published_version, a.reviewer) == ("published", 1, "Rita Reviewer")
    # a published text changes only through a revision, which a second publication versions
    with pytest.raises(ValidationError, match="choose Revise"):
        services.knowledge.save(a.id, a.version, draft(desk, services.actor, body="Other"))
    a = services.knowledge.step(a.id, a.version, Step.REVISE)
    a = services.knowledge.save(a.id, a.version, draft(
        desk, services.actor, title="Outlook asks for the password after a change",
        body=BODY.replace("again and again", "after every restart"))).article
    a = services.knowledge.step(a.id, a.version, Step.SUBMIT)
    a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    versions = services.knowledge.versions(a.id)
    assert [v.number for v in versions] == [2, 1]
    assert versions[0].published_by == "Rita Reviewer"
    diff = services.knowledge.diff(a.id, 1, 2)
    assert diff.added >= 2 and diff.removed >= 2
    assert any(line.sign == "+" and "after every restart" in line.text for line in diff.lines)
    assert any(line.sign == "-" and "again and again" in line.text for line in diff.lines)
    with pytest.raises(NotFound, match="no version 7"):
        services.knowledge.diff(a.id, 1, 7)
    a = services.knowledge.step(a.id, a.version, Step.RETIRE)
    assert a.status == "retired"
    with pytest.raises(InvalidTransition, match="from here you may: Reopen as draft"):
        services.knowledge.step(a.id, a.version, Step.SUBMIT)
    with database.uow(read_only=True) as uow:
        trail = uow.session.scalars(select(AuditEvent.action).where(
            AuditEvent.record_id == a.id)).all()
    assert {"created", "submit", "publish", "send_back", "revise", "retire"} <= set(trail)


def test_publishing_needs_owner_and_review_date_and_saves_nothing_when_refused(
        services: Services, reviewer: Services, desk: Desk, database: Database) -> None:
    a = services.knowledge.create(draft(desk, None, review_due_on=None)).article
    a = services.knowledge.step(a.id, a.version, Step.SUBMIT)
    with pytest.raises(ValidationError) as refused:
        reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    assert set(refused.value.fields) == {"owner", "review_due_on"}
    assert services.knowledge.article(a.id).status == "in_review"
    assert count(database, KbArticleVersion) == 0
    with pytest.raises(ValidationError, match="after today"):
        services.knowledge.save(a.id, a.version, draft(desk, services.actor,
                                                       review_due_on=date.today()))
    with pytest.raises(ConflictError):
        services.knowledge.step(a.id, a.version - 1, Step.SEND_BACK, "x")


def test_bodies_are_cleaned_and_bad_input_refused(services: Services, desk: Desk,
                                                  database: Database) -> None:
    saved = services.knowledge.create(draft(desk, body=(
        "Fix <script>alert(1)</script> it\n\n![shot](http://evil.example/x.png)\n\n"
        "![unc](file://server/share/a.png) [share](\\\\server\\share)")))
    body = saved.article.body
    assert "<script" not in body and "http://evil" not in body and "file://" not in body
    assert len(saved.removed) >= 2
    before = count(database, KbArticle)
    with pytest.raises(ValidationError, match="needs a title"):
        services.knowledge.create(draft(desk, title="  "))
    with pytest.raises(ValidationError, match="100,000"):
        services.knowledge.create(draft(desk, body="x" * 100_001))
    assert count(database, KbArticle) == before


def test_search_review_queue_votes_and_uses(services: Services, reviewer: Services,
                                             desk: Desk, database: Database) -> None:
    article_id = publish(services, reviewer, desk)
    services.knowledge.create(draft(desk, title="Printer jams on tray 2",
                                    body="Open tray 2 and remove the paper.", keywords=""))
    found = services.knowledge.articles("credential manager")
    assert [a.id for a in found.items] == [article_id]
    assert services.knowledge.articles("printer").items[0].title == "Printer jams on tray 2"
    number = services.knowledge.article(article_id).number
    assert [a.id for a in services.knowledge.articles(number).items] == [article_id]
    assert services.knowledge.articles("zzzyyyxx").hint is not None
    # Ctrl+K finds articles too, by words and by number
    assert [a.id for a in services.search.search("credential manager").articles] == [article_id]
    assert [a.number for a in services.search.search(number.lower()).articles] == [number]
    assert services.search.search("credential manager").hint is None
    assert services.knowledge.articles(status="draft").items[0].status == "draft"
    # the review queue: published articles whose date has come
    assert services.knowledge.articles(due_only=True).items == ()
    with database.uow() as uow:
        uow.session.get(KbArticle, article_id).review_due_on = date.today()  # type: ignore[union-attr]
        uow.commit()
    queue = services.knowledge.articles(due_only=True)
    assert [a.id for a in queue.items] == [article_id] and queue.due == 1
    a = services.knowledge.article(article_id)
    a = services.knowledge.confirm_review(a.id, a.version, later(200))
    assert services.knowledge.articles(due_only=True).due == 0
    # votes: one per person, changed by voting again
    a = services.knowledge.vote(article_id, True)
    a = reviewer.knowledge.vote(article_id, True)
    a = reviewer.knowledge.vote(article_id, False)
    assert (a.helpful, a.not_helpful, a.my_vote) == (1, 1, False)
    # "This solved it" counts a use and links the incident
    incident = services.incidents.create({"title": "Outlook password prompt", "caller_id":
                                          desk.caller_id, "impact": 3, "urgency": 3})
    a = services.knowledge.record_use(article_id, incident.id)
    assert a.uses == 1 and [(link.number, link.relation) for link in a.links] == [
        (incident.number, "solved")]


def test_draft_from_a_resolved_incident(services: Services, desk: Desk,
                                        database: Database) -> None:
    incident = services.incidents.create({"title": "VPN drops every hour", "caller_id":
                                          desk.caller_id, "impact": 3, "urgency": 3,
                                          "description": "Cisco client disconnects.",
                                          "service_id": desk.service_id})
    with pytest.raises(ValidationError, match="not resolved yet"):
        services.knowledge.draft_from_incident(incident.id)
    with database.uow() as uow:
        item = uow.work_items.get_incident(incident.id)
        assert item is not None
        item.status, item.status_category = "resolved", "done"
        item.resolution_notes = "Raised the DPD timeout to 300 s."
        uow.commit()
    d = services.knowledge.draft_from_incident(incident.id)
    assert d.title == "VPN drops every hour" and d.service_id == desk.service_id
    assert "Cisco client disconnects." in d.body and "DPD timeout" in d.body
    saved = services.knowledge.create(d)
    assert [link.number for link in saved.article.links] == [incident.number]
    with database.uow(read_only=True) as uow:
        assert uow.session.get(WorkItem, incident.id) is not None


def test_demo_articles_answer_the_demo_incidents(database: Database) -> None:
    from deskapp.db import demo
    from deskapp.db.models import KbArticleLink, KbVote

    stats = demo.generate(database.engine, 600, seed=5)
    assert stats.articles == 300
    assert demo.generate(database.engine, 10, seed=6).articles == 0  # once per desk
    with database.uow(read_only=True) as uow:
        s = uow.session
        articles = s.scalars(select(KbArticle)).all()
        by_status: dict[str, int] = {}
        for a in articles:
            by_status[a.status] = by_status.get(a.status, 0) + 1
            if a.status == "published":
                assert a.owner_id and a.review_due_on and a.reviewer_id != a.author_id
                assert a.published_version >= 1
                votes = s.scalars(select(KbVote).where(KbVote.article_id == a.id)).all()
                assert a.helpful_count == sum(v.helpful for v in votes)
                assert a.not_helpful_count == sum(not v.helpful for v in votes)
        assert by_status["published"] > 200 and set(by_status) == {
            "published", "draft", "in_review", "retired"}
        links = s.execute(select(KbArticleLink, KbArticle, WorkItem).join(
            KbArticle, KbArticle.id == KbArticleLink.article_id).join(
            WorkItem, WorkItem.id == KbArticleLink.work_item_id)).all()
        assert links and all(item.title == article.title and item.status in (
            "resolved", "closed") for _link, article, item in links)
        titles = set(s.scalars(select(WorkItem.title).where(WorkItem.kind == "incident")))
        assert sum(a.title in titles for a in articles) > 100
        counter = s.scalar(select(func.max(KbArticle.number)))
        assert counter == "KB-000300"


def test_suggestions_rank_published_articles_and_known_errors(
        services: Services, reviewer: Services, desk: Desk) -> None:
    article_id = publish(services, reviewer, desk)
    other = services.knowledge.create(draft(desk, services.actor, title="Outlook calendar slow",
                                            body="Rebuild the calendar cache.",
                                            service_id=None)).article
    other = services.knowledge.step(other.id, other.version, Step.SUBMIT)
    reviewer.knowledge.step(other.id, other.version, Step.PUBLISH)
    services.knowledge.create(draft(desk, title="Outlook password draft", body="Not yet."))
    problem = services.problems.create({
        "title": "Outlook password prompts after the mail server move",
        "description": "Cached credentials point at the old server.",
        "root_cause": "Old server name cached.", "workaround": "Clear Credential Manager."})
    services.problems.transition(problem.id, problem.version, "known_error")
    found = services.suggestions.suggest("Outlook asking for password", "",
                                         desk.service_id, None)
    kinds = [(s.kind, s.id) for s in found.items]
    assert ("article", article_id) in kinds and ("known_error", problem.id) in kinds
    assert all(s.id != other.id or s.score < found.items[0].score for s in found.items)
    assert not any(s.title == "Outlook password draft" for s in found.items)
    known = next(s for s in found.items if s.kind == "known_error")
    assert "Clear Credential Manager" in known.excerpt
    assert services.suggestions.suggest("the and for", "").items == ()
