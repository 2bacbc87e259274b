"""Suggestion candidates on SQLite and PostgreSQL: articles whose title or keywords match are
ranked first (and alone when there are enough of them); the body counts when few titles match;
known errors are found through the work-item index."""

from __future__ import annotations

from deskapp.db.models import KbArticle
from deskapp.repositories.knowledge import KnowledgeRepository
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor


def _articles(database: Database, actor: Actor, rows: list[tuple[str, str, str]]) -> None:
    with database.uow() as uow:
        for n, (title, keywords, body) in enumerate(rows, start=1):
            uow.session.add(KbArticle(number=f"KB-{n:06d}", title=title, keywords=keywords,
                                      body=body, status="published", author_id=actor.staff_id))
        uow.commit()


def _titles(database: Database, words: tuple[str, ...], limit: int) -> list[str]:
    with database.uow(read_only=True) as uow:
        repo = KnowledgeRepository(uow.session)
        found = repo.candidates(words, limit, statuses=("published",))
        rows = repo.many([c.article_id for c in found])
        return [rows[c.article_id].title for c in found]


def test_title_matches_are_enough_when_there_are_as_many_as_asked(
        database: Database, actor: Actor) -> None:
    _articles(database, actor, [
        ("Printer offline on floor 2", "", "Restart the spooler."),
        ("Printer jams every morning", "", "Clear the tray."),
        ("Scanner is slow", "printer", "Update the driver."),  # keywords count as title
        ("Outlook keeps asking for the password", "", "The printer queue is not the cause."),
    ])
    assert sorted(_titles(database, ("printer",), 3)) == [
        "Printer jams every morning", "Printer offline on floor 2", "Scanner is slow"]
    # asked for more than the titles give: the body counts too, below the titles
    found = _titles(database, ("printer",), 10)
    assert len(found) == 4 and found[-1] == "Outlook keeps asking for the password"


def test_body_only_matches_are_found_when_no_title_matches(
        database: Database, actor: Actor) -> None:
    _articles(database, actor, [
        ("VPN drops every hour", "", "Raise the dead peer detection timeout to 300 seconds."),
        ("Mailbox full", "", "Archive old mail."),
    ])
    assert _titles(database, ("timeout", "detection"), 5) == ["VPN drops every hour"]
    assert _titles(database, ("nothingmatches",), 5) == []


def test_suggestions_still_rank_the_title_match_first(services: Services, database: Database,
                                                      actor: Actor) -> None:
    _articles(database, actor, [
        ("Monitor flickers after docking", "", "Update the dock firmware."),
        ("Laptop will not charge", "", "The monitor cable is fine; replace the charger."),
    ])
    found = services.suggestions.suggest("Monitor flickers", "")
    assert [s.title for s in found.items][:2] == ["Monitor flickers after docking",
                                                 "Laptop will not charge"]
