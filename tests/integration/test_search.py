"""Global search on SQLite (FTS5) and PostgreSQL (tsvector + pg_trgm)."""

from __future__ import annotations

import uuid

import pytest

from deskapp.domain.queue import QueueDefinition, QueueFilter
from deskapp.repositories.search import parse_query
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.search import SYMBOLS_HINT
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def incidents(services: Services, desk: Desk) -> dict[str, uuid.UUID]:
    made = {}
    for key, title, description in [
        ("printer", "Printer on floor 3 jams", "Paper tray broken"),
        ("vpn", "VPN disconnects every hour", "Since the client update"),
        ("mail", "Outlook cannot open the mailbox", "Profile corrupt, printer fine"),
        ("phrase", "Password reset for the payroll app", ""),
        ("other", "Reset the password of the wifi", "Password expiry"),
    ]:
        made[key] = services.incidents.create({"title": title, "description": description,
                                               "impact": 2, "urgency": 2}).id
    for n in range(10):
        services.incidents.create({"title": f"Filler {n}", "impact": 3, "urgency": 3})
    services.incidents.add_comment(made["vpn"], "Caller says the zeppelin app also fails",
                                   work_note=True)
    return made


def _ids(services: Services, text: str) -> list[uuid.UUID]:
    return [h.id for h in services.search.search(text).hits]


def test_words_prefixes_phrases_and_comments(services: Services,
                                             incidents: dict[str, uuid.UUID]) -> None:
    assert set(_ids(services, "printer")) == {incidents["printer"], incidents["mail"]}
    assert set(_ids(services, "print")) == {incidents["printer"], incidents["mail"]}
    assert _ids(services, "printer jams") == [incidents["printer"]]
    assert set(_ids(services, "password reset")) == {incidents["phrase"], incidents["other"]}
    assert _ids(services, '"password reset"') == [incidents["phrase"]]
    hits = services.search.search("zeppelin").hits
    assert [h.id for h in hits] == [incidents["vpn"]] and hits[0].via_comment
    result = services.search.search("printer")
    assert result.ranked and not result.more
    # ranked: the title match (weight A / both columns) comes before the description match
    assert result.hits[0].id == incidents["printer"]


def test_number_match_comes_first(services: Services, incidents: dict[str, uuid.UUID]) -> None:
    for text in ("INC-000002", "inc-2", "2", "#000002", " inc 000002 "):
        hits = services.search.search(text).hits
        assert hits and hits[0].id == incidents["vpn"] and hits[0].exact_number, text
    assert services.search.search("INC-999999").hits == ()


def test_edits_and_new_tickets_are_searchable_at_once(services: Services,
                                                      incidents: dict[str, uuid.UUID]) -> None:
    inc = services.incidents.get(incidents["vpn"])
    services.incidents.update(inc.id, inc.version, {"title": "Tunnel flaps hourly"})
    assert _ids(services, "tunnel") == [inc.id]
    assert inc.id not in _ids(services, "disconnects")
    assert inc.id in _ids(services, "zeppelin")  # the comment still matches
    new = services.incidents.create({"title": "Kerberos ticket expired", "impact": 1,
                                     "urgency": 1})
    assert _ids(services, "kerberos") == [new.id]


@pytest.mark.parametrize("text", ['"', "*", "AND", "NEAR(", "'", "\\", ":", "-", "^", "(",
                                  "a OR", '"unclosed phrase', "x:*", "!&|<->", "🙂",
                                  "col:value", "NOT printer", "printer*", "_", "%"])
def test_hostile_input_never_breaks_the_engine(services: Services,
                                               incidents: dict[str, uuid.UUID],
                                               text: str) -> None:
    result = services.search.search(text)  # must not raise
    assert isinstance(result.hits, tuple)
    if parse_query(text).empty:
        assert result.hits == () and result.hint == SYMBOLS_HINT


def test_symbols_only_gives_a_hint(services: Services, incidents: dict[str, uuid.UUID]) -> None:
    result = services.search.search("@#$%^&*()")
    assert result.hits == () and result.hint == SYMBOLS_HINT
    nothing = services.search.search("xylophone")
    assert nothing.hits == () and nothing.hint and "Nothing matches" in nothing.hint
    assert services.search.search("   ").hint is None


def test_many_matches_are_unranked_newest_first(services: Services, desk: Desk,
                                                database: Database) -> None:
    from deskapp.services import search as search_module

    made = [services.incidents.create({"title": f"Network outage {n}", "impact": 2,
                                       "urgency": 2}).id for n in range(8)]
    old = search_module.RANK_LIMIT
    search_module.RANK_LIMIT = 5
    try:
        result = services.search.search("outage", limit=3)
    finally:
        search_module.RANK_LIMIT = old
    assert not result.ranked and result.more and len(result.hits) == 3
    if database.url.get_backend_name() == "sqlite":
        assert [h.id for h in result.hits] == made[::-1][:3]


def test_a_bare_number_also_finds_the_digits_as_a_word(services: Services, desk: Desk,
                                                      incidents: dict[str, uuid.UUID]) -> None:
    code = services.incidents.create({"title": "Portal answers 404 since Monday",
                                      "impact": 2, "urgency": 2}).id
    commented = incidents["printer"]
    services.incidents.add_comment(commented, "Caller saw a 404 too", work_note=False)
    assert set(_ids(services, "404")) >= {code, commented}
    # the queue's text filter: the same condition
    queue = services.queues.resolve(QueueDefinition(QueueFilter(text="404")))
    assert {r.id for r in services.queues.page(queue, None, 50)} == {code, commented}
    # a ticket number that names its kind looks for that ticket only
    assert code not in _ids(services, "INC-404")


def test_nul_in_the_search_text_is_ignored(services: Services, desk: Desk,
                                           incidents: dict[str, uuid.UUID]) -> None:
    assert set(_ids(services, "prin\x00ter")) == {incidents["printer"], incidents["mail"]}
    assert services.search.search("\x00").hits == ()  # as if nothing was typed
    assert parse_query("a\x00b").raw == "ab"
    queue = services.queues.resolve(QueueDefinition(QueueFilter(text="zeppe\x00lin")))
    assert [r.id for r in services.queues.page(queue, None, 50)] == [incidents["vpn"]]
    assert services.search.search("\x00404").hits == ()  # number path: no DataError


def test_parse_query() -> None:
    q = parse_query('VPN "password reset" drops!! ')
    assert q.words == ("vpn", "drops") and q.phrases == (("password", "reset"),)
    assert q.fts5() == '"vpn"* AND "drops"* AND "password reset"'
    assert q.tsquery() == "'vpn':* & 'drops':* & ('password' <-> 'reset')"
    assert parse_query("inc-42").number == "INC-000042"
    assert parse_query("chg-7").number == "CHG-000007"
    assert parse_query("xyz-7").number is None
    assert parse_query("!!!").empty
    bare = parse_query(" 404 ")
    assert bare.number == "INC-000404" and bare.digits == "404"
    assert bare.fts5() == '("000404") OR "404"' and bare.tsquery() == "('000404') | '404'"
    assert parse_query("INC-404").digits is None and parse_query("000404").digits is None


def _schema(database: Database) -> set[str]:
    from sqlalchemy import text

    with database.engine.connect() as conn:
        if database.url.get_backend_name() == "sqlite":
            # SQLite writes a renamed table's name quoted into its indexes' text (0006
            # renamed incidents to work_items); a recreated index reads it unquoted
            return {r[0].replace('"work_items"', "work_items") for r in conn.execute(text(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN "
                "('index', 'trigger')"))}
        # names: PostgreSQL re-deparses a restored partial index's IN list with extra casts
        return {r[0] for r in conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))}


def test_bulk_load_with_indexes_suspended_restores_them(services: Services, desk: Desk,
                                                        database: Database) -> None:
    from deskapp.db.maintenance import indexes_suspended

    before = _schema(database)
    with indexes_suspended(database.engine):
        assert len(_schema(database)) < len(before)
        loaded = services.incidents.create({"title": "Loaded in bulk", "impact": 2,
                                            "urgency": 2})
        services.incidents.add_comment(loaded.id, "bulk marmalade", work_note=True)
    after = _schema(database)
    assert after == before, (before ^ after)
    assert _ids(services, "bulk loaded") == [loaded.id]
    assert _ids(services, "marmalade") == [loaded.id]


def test_results_narrow_to_open_items_and_kinds_and_page_on(services: Services, desk: Desk,
                                                           incidents: dict[str, uuid.UUID]
                                                           ) -> None:
    printer = incidents["printer"]
    item = services.incidents.get(printer)
    services.incidents.transition(printer, item.version, "resolved",
                                  resolution_code="Solved (permanently)",
                                  resolution_notes="New tray fitted")
    task = services.incident_tasks.create(incidents["mail"], {"title": "Printer driver check"}).id
    assert set(_ids(services, "printer")) == {printer, incidents["mail"], task}
    open_hits = services.search.search("printer", open_only=True).hits
    assert {h.id for h in open_hits} == {incidents["mail"], task}
    tasks = services.search.search("printer", kinds=("incident_task",)).hits
    assert [h.id for h in tasks] == [task]
    # a number outside the scope is not offered either
    number = services.incidents.get(printer).number
    assert printer not in [h.id for h in services.search.search(number, open_only=True).hits]
    # matching through a comment honours the scope too
    assert services.search.search("zeppelin", kinds=("incident_task",)).hits == ()
    assert [h.id for h in services.search.search("zeppelin", open_only=True).hits] == [
        incidents["vpn"]]
    # paging: asking for more returns the first page and then some
    first = services.search.search("filler", limit=4)
    more = services.search.search("filler", limit=8)
    assert first.more and len(first.hits) == 4 and len(more.hits) == 8
    assert [h.id for h in more.hits[:4]] == [h.id for h in first.hits]
    assert not services.search.search("filler", limit=50).more
