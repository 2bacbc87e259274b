"""Full-text search over work items of every kind and their comments, per dialect.

SQLite: FTS5 external-content tables ``work_items_fts`` (number, title, description) and
``work_item_comments_fts`` (body), keyed by the base tables' rowid and kept by triggers (migrations
0002 and 0006). PostgreSQL: a generated ``search_vector`` tsvector column with a GIN index on
both tables, plus pg_trgm indexes on number and title for substrings.

Whatever a person types is parsed into words and quoted phrases first and the engine's query is
built from those, so no input can produce an FTS syntax error or a tsquery parse error.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    Uuid,
    bindparam,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from deskapp.db.models import Comment, WorkItem
from deskapp.domain.numbers import KINDS, format_number

MAX_TERMS = 12
#: Words shorter than this match exactly; longer ones also match as a prefix ("print" ->
#: "printer"). One- and two-letter prefixes would touch a large part of the index.
PREFIX_MIN = 3
TS_CONFIG = "english"

#: The columns PostgreSQL search reads, including the generated ones the models leave out.
_PG_ITEMS = table("work_items", column("id", Uuid()), column("search_vector"),
                      column("number", String()), column("title", String()))
_PG_COMMENTS = table("work_item_comments", column("work_item_id", Uuid()),
                     column("search_vector"))

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"')
_NUMBER = re.compile(r"^\s*(?:(?P<kind>[A-Za-z]{2,6})\s*-?\s*)?#?0*(?P<seq>\d{1,12})\s*$")


@dataclass(frozen=True)
class ParsedQuery:
    """Words (each may be a prefix) and phrases, with the ticket number the text names, if any."""

    raw: str
    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    number: str | None
    #: A bare number ("404") is also looked for as typed: an error code, a room, a port.
    #: The text then matches the words *or* this one.
    digits: str | None = None

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases and self.number is None

    @property
    def substring(self) -> str | None:
        """The text for a substring (trigram) match: one bare token of 3+ characters."""
        stripped = self.raw.strip()
        if len(stripped) >= 3 and not self.phrases and " " not in stripped:
            return stripped
        return None

    def _prefix(self, word: str) -> bool:
        return len(word) >= PREFIX_MIN and self.number is None

    def fts5(self) -> str:
        """An FTS5 MATCH expression; every term is quoted, so symbols never reach the parser."""
        parts = [f'"{w}"*' if self._prefix(w) else f'"{w}"' for w in self.words]
        parts.extend('"' + " ".join(p) + '"' for p in self.phrases)
        if self.digits is not None:
            return "(" + " AND ".join(parts) + f') OR "{self.digits}"'
        return " AND ".join(parts)

    def tsquery(self) -> str:
        """A to_tsquery() expression: 'word':* & ('a' <-> 'b'). Words are \\w+ only."""
        parts = [f"'{w}':*" if self._prefix(w) else f"'{w}'" for w in self.words]
        parts.extend("(" + " <-> ".join(f"'{w}'" for w in p) + ")" for p in self.phrases)
        if self.digits is not None:
            return "(" + " & ".join(parts) + f") | '{self.digits}'"
        return " & ".join(parts)


def parse_query(raw: str) -> ParsedQuery:
    # NUL is no letter or digit, and PostgreSQL refuses it in any text parameter (DataError)
    raw = raw.replace("\x00", "")
    match = _NUMBER.match(raw)
    if match and (match["kind"] or "INC").upper() in KINDS:
        # A ticket number: the exact number, plus texts that quote it ("see INC-000123").
        # Its words are not searched as words: "inc"* would match every incident.
        exact = format_number((match["kind"] or "INC").upper(), int(match["seq"]))
        padded = exact.split("-", 1)[1]
        # a bare number may be an error code or a port as much as a ticket: "404" also
        # matches the word 404 (not for "INC-404", which names a ticket)
        typed = None if match["kind"] else "".join(c for c in raw if c.isdigit())
        return ParsedQuery(raw, (padded,), (), exact,
                           typed if typed and typed != padded else None)
    phrases: list[tuple[str, ...]] = []
    for phrase in _PHRASE.findall(raw):
        phrase_words = tuple(w.lower() for w in _WORD.findall(phrase))
        if len(phrase_words) > 1:  # a one-word "phrase" is handled as a word below
            phrases.append(phrase_words)
    rest = _PHRASE.sub(lambda m: " " if len(_WORD.findall(m.group(1))) > 1 else m.group(1), raw)
    words: list[str] = []
    for word in _WORD.findall(rest):
        word = word.lower().replace("_", "")  # '_' is \w but FTS5 and PG treat it as a separator
        if word and word not in words:
            words.append(word)
    return ParsedQuery(raw, tuple(words[:MAX_TERMS]), tuple(phrases[:MAX_TERMS]), None)


#: On PostgreSQL, a text filter matching at least this many tickets is checked row by row
#: along the queue's own index instead of being collected from the GIN index first.
COMMON_MATCHES = 20_000


def text_condition(dialect: str, raw: str,
                   probe: Callable[[ParsedQuery, int], int] | None = None
                   ) -> ColumnElement[bool]:
    """Work items whose number, title, description or a comment matches ``raw``.

    ``probe(query, cap)`` (PostgreSQL) counts matches up to ``cap``, to choose the plan: a rare
    word is collected from the GIN indexes (a hashed set the queue probes); a common one is
    tested on each row as the queue's index is read, which stops as soon as a page is full.
    """
    query = parse_query(raw)
    if query.empty:
        return false()
    branches: list[ColumnElement[bool]] = []
    if query.number is not None:
        branches.append(WorkItem.number == query.number)
    if query.words or query.phrases:
        if dialect == "postgresql":
            # One IN over a UNION: each branch is a GIN bitmap scan and the outer query probes
            # a hashed set. As ORed conditions PostgreSQL evaluated them row by row along the
            # sort index (1.5 s for a word nobody used, over 300,000 open tickets).
            if probe is not None and probe(query, COMMON_MATCHES) >= COMMON_MATCHES:
                comments = _PG_COMMENTS.alias("sv_c")
                branches.append(literal_column("work_items.search_vector").op("@@")(
                    _tsq(query, "ts_query")))
                branches.append(WorkItem.id.in_(select(comments.c.work_item_id).where(
                    comments.c.search_vector.op("@@")(_tsq(query, "ts_query_c")))))
                return or_(*branches)
            own = _PG_ITEMS.alias("sv_i")
            comments = _PG_COMMENTS.alias("sv_c")
            exact = _PG_ITEMS.alias("sv_n")  # the number goes inside the union: an OR
            # next to the IN would make PostgreSQL test every row again
            parts: list[Any] = [
                select(own.c.id).where(own.c.search_vector.op("@@")(_tsq(query, "ts_query"))),
                select(comments.c.work_item_id).where(
                    comments.c.search_vector.op("@@")(_tsq(query, "ts_query_c"))),
            ]
            # no trigram substring branch here: '%mail%' matches a third of all titles, and a
            # queue must count every match (global search uses it, with a LIMIT)
            matching = union_all(*parts)
            if query.number is not None:
                matching = union_all(*parts, select(exact.c.id).where(
                    exact.c.number == query.number))
                return WorkItem.id.in_(matching)
            branches.append(WorkItem.id.in_(matching))
        else:
            match: Any = bindparam("fts_query", query.fts5())
            branches.append(literal_column("work_items.rowid").in_(
                select(literal_column("rowid")).select_from(text("work_items_fts"))
                .where(literal_column("work_items_fts").op("MATCH")(match))))
            comment_rows: Any = (select(literal_column("rowid")).select_from(
                text("work_item_comments_fts")).where(
                    literal_column("work_item_comments_fts").op("MATCH")(match)))
            branches.append(WorkItem.id.in_(
                select(Comment.work_item_id).where(
                    literal_column("work_item_comments.rowid").in_(comment_rows))))
    return or_(*branches)


def _tsq(query: ParsedQuery, name: str) -> ColumnElement[Any]:
    return func.to_tsquery(literal_column(f"'{TS_CONFIG}'::regconfig"),
                           bindparam(name, query.tsquery()))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class Match:
    item_id: uuid.UUID
    rank: float | None
    via_comment: bool


@dataclass(frozen=True)
class SearchScope:
    """What a search may return besides matching: open items only, certain kinds only."""

    open_only: bool = False
    kinds: tuple[str, ...] = ()

    def sql(self, alias: str) -> tuple[str, dict[str, Any]]:
        """Extra ``AND`` conditions on the work item ``alias`` (bound, never interpolated)."""
        parts, params = [], {}
        if self.open_only:
            parts.append(f"{alias}.status_category <> 'done'")
        for n, kind in enumerate(self.kinds):
            params[f"kind{n}"] = kind
        if self.kinds:
            names = ", ".join(f":kind{n}" for n in range(len(self.kinds)))
            parts.append(f"{alias}.kind IN ({names})")
        return "".join(f" AND {p}" for p in parts), params

    @property
    def narrowed(self) -> bool:
        return self.open_only or bool(self.kinds)


EVERYTHING = SearchScope()


class SearchRepository:
    """Candidate work items for a query: ranked when few match, else newest first, unranked."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def _pg_index_only(self) -> None:
        """Search wants GIN and trigram bitmaps, never a sequential scan. With a LIMIT the
        planner liked to walk all 440,000 comments hoping to meet matches early (90 ms for a
        word no comment has); this lasts until the read transaction ends."""
        self.session.execute(text("SET LOCAL enable_seqscan = off"))

    def count_capped(self, query: ParsedQuery, cap: int, scope: SearchScope = EVERYTHING) -> int:
        """How many work items and comments match, counting no further than ``cap`` of each."""
        if query.empty or not (query.words or query.phrases):
            return 0
        extra, params = scope.sql("i")
        if self.dialect == "postgresql":
            self._pg_index_only()
            restore = True
            sql = ("SELECT (SELECT count(*) FROM (SELECT 1 FROM work_items i WHERE "
                   f"i.search_vector @@ to_tsquery('{TS_CONFIG}', :q) AND i.deleted_at IS NULL"
                   f"{extra} LIMIT :cap) a) + (SELECT count(*) FROM (SELECT 1 FROM "
                   "work_item_comments c" + (" JOIN work_items i ON i.id = c.work_item_id"
                                             if extra else "")
                   + f" WHERE c.search_vector @@ to_tsquery('{TS_CONFIG}', :q){extra} "
                   "LIMIT :cap) b)")
            params.update(q=query.tsquery(), cap=cap)
        else:
            sql = ("SELECT (SELECT count(*) FROM (SELECT 1 FROM work_items_fts f"
                   + (" JOIN work_items i ON i.rowid = f.rowid" if extra else "")
                   + f" WHERE work_items_fts MATCH :q{extra} LIMIT :cap)) + (SELECT count(*) "
                   "FROM (SELECT 1 FROM work_item_comments_fts f"
                   + (" JOIN work_item_comments c ON c.rowid = f.rowid JOIN work_items i ON "
                      "i.id = c.work_item_id" if extra else "")
                   + f" WHERE work_item_comments_fts MATCH :q{extra} LIMIT :cap))")
            params.update(q=query.fts5(), cap=cap)
            restore = False
        found = int(self.session.execute(text(sql), params).scalar() or 0)
        if restore:  # the caller's next statements (a queue page) may want a seq scan
            self.session.execute(text("SET LOCAL enable_seqscan = on"))
        return found

    def matches(self, query: ParsedQuery, limit: int, *, ranked: bool,
                scope: SearchScope = EVERYTHING) -> list[Match]:
        """Work item ids matching in their own text, then those matching through a comment."""
        if not (query.words or query.phrases):
            return []
        if self.dialect == "postgresql":
            own, via = self._pg(query, limit, ranked, scope)
        else:
            own, via = self._sqlite(query, limit, ranked, scope)
        seen: set[uuid.UUID] = set()
        out: list[Match] = []
        for item_id, rank, by_comment in [*[(i, r, False) for i, r in own],
                                              *[(i, r, True) for i, r in via]]:
            if item_id not in seen:
                seen.add(item_id)
                out.append(Match(item_id, rank, by_comment))
        if ranked:
            # bm25 is "lower is better", ts_rank "higher is better": normalised in the queries
            out.sort(key=lambda m: m.rank if m.rank is not None else 0.0, reverse=True)
        return out[:limit]

    def _sqlite(self, query: ParsedQuery, limit: int, ranked: bool, scope: SearchScope
                ) -> tuple[list[tuple[uuid.UUID, float | None]],
                           list[tuple[uuid.UUID, float | None]]]:
        q = query.fts5()
        extra, params = scope.sql("i")
        params.update(q=q, n=limit)
        # Unranked: FTS5 hands rows out in rowid order, so rowid DESC (newest first) is free.
        order = "ORDER BY f.rank" if ranked else "ORDER BY f.rowid DESC"
        own = self.session.execute(text(
            "SELECT i.id, -f.rank FROM work_items_fts f JOIN work_items i ON i.rowid = f.rowid "
            f"WHERE work_items_fts MATCH :q AND i.deleted_at IS NULL{extra} {order} LIMIT :n"),
            params).all()
        via = self.session.execute(text(
            "SELECT c.work_item_id, -f.rank FROM work_item_comments_fts f "
            "JOIN work_item_comments c ON c.rowid = f.rowid "
            + ("JOIN work_items i ON i.id = c.work_item_id " if extra else "")
            + f"WHERE work_item_comments_fts MATCH :q{extra} {order} LIMIT :n"),
            params).all()
        return ([(_uuid(r[0]), float(r[1]) if ranked else None) for r in own],
                [(_uuid(r[0]), float(r[1]) if ranked else None) for r in via])

    def _pg(self, query: ParsedQuery, limit: int, ranked: bool, scope: SearchScope
            ) -> tuple[list[tuple[uuid.UUID, float | None]], list[tuple[uuid.UUID, float | None]]]:
        self._pg_index_only()
        tsq = f"to_tsquery('{TS_CONFIG}', :q)"
        order = "ORDER BY 2 DESC" if ranked else ""
        extra, params = scope.sql("i")
        params.update(q=query.tsquery(), n=limit)
        rank = f"ts_rank(i.search_vector, {tsq})" if ranked else "NULL::real"
        own = list(self.session.execute(text(
            f"SELECT i.id, {rank} FROM work_items i WHERE i.search_vector @@ {tsq} "
            f"AND i.deleted_at IS NULL{extra} {order} LIMIT :n"), params).all())
        if query.substring is not None and len(own) < limit:
            pattern = "%" + _escape_like(query.substring) + "%"
            own.extend(self.session.execute(text(
                "SELECT i.id, 0.0 FROM work_items i WHERE (i.number ILIKE :p OR i.title ILIKE :p)"
                f" AND i.deleted_at IS NULL{extra} LIMIT :n"), {**params, "p": pattern}).all())
        rank = f"ts_rank(c.search_vector, {tsq})" if ranked else "NULL::real"
        via = self.session.execute(text(
            f"SELECT c.work_item_id, {rank} FROM work_item_comments c "
            + ("JOIN work_items i ON i.id = c.work_item_id " if extra else "")
            + f"WHERE c.search_vector @@ {tsq}{extra} {order} LIMIT :n"), params).all()
        return ([(_uuid(r[0]), float(r[1]) if ranked else None) for r in own],
                [(_uuid(r[0]), float(r[1]) if ranked else None) for r in via])

    def rebuild(self) -> None:
        """Rebuild the SQLite FTS index from the base tables.

        The index keys on the tables' rowid; VACUUM may renumber rowids of tables without an
        INTEGER PRIMARY KEY, so anything that VACUUMs a DeskApp file must call this afterwards.
        PostgreSQL's generated column needs no upkeep.
        """
        if self.dialect == "sqlite":
            self.session.execute(text(
                "INSERT INTO work_items_fts(work_items_fts) VALUES('rebuild')"))
            self.session.execute(text(
                "INSERT INTO work_item_comments_fts(work_item_comments_fts) VALUES('rebuild')"))
            self.session.execute(text(
                "INSERT INTO kb_articles_fts(kb_articles_fts) VALUES('rebuild')"))


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def ids_in_order(ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    return {i: n for n, i in enumerate(ids)}
