"""A walk over the CI graph level by level: one statement per level over the whole frontier and a
visited set, so each CI and each relation is read once however many paths lead to it.

On SQLite the walk runs here: the frontier travels as one parameter (a JSON array read by
``json_each``), so a level of 50,000 CIs is still one statement. On PostgreSQL the same walk is
one statement on the server (:mod:`deskapp.repositories.cmdb_server_walk`): there each level's
round trip, not the reading, was most of a hub's time. Either way ids stay the database's own
text (32 hex digits on SQLite, the canonical form on PostgreSQL) until the caller asks for
:class:`uuid.UUID` objects: hashing strings is several times cheaper than hashing UUIDs, and both
texts sort in the UUIDs' order. Used by
:class:`deskapp.repositories.cmdb_graph.CmdbGraphRepository`.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    bindparam,
    column,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from deskapp.db.models import CiRelation, ConfigurationItem
from deskapp.domain.cmdb import TARGET_DEPENDS, Direction
from deskapp.repositories.cmdb_server_walk import server_levels, walk_statement

_R = CiRelation.__table__
_CI = ConfigurationItem.__table__


def legs(direction: Direction, types: Collection[str]) -> tuple[list[str], list[str]]:
    """(types walked from source to target, types walked from target to source)."""
    chosen = sorted(types)
    if direction is Direction.EITHER:
        return chosen, chosen
    part = [t for t in chosen if t in TARGET_DEPENDS]
    rest = [t for t in chosen if t not in TARGET_DEPENDS]
    # downstream goes from a dependent to what it depends on: source -> target for most
    # types, target (the whole) -> source (its part) for "part of"; upstream the reverse
    return (rest, part) if direction is Direction.DOWNSTREAM else (part, rest)


@dataclass(frozen=True)
class LevelWalk:
    """What a walk reached: ``levels[d]`` holds the CIs first reached at distance ``d`` (level 0:
    the starts that exist), as database text; ``services`` the services affected (upstream
    walks that asked for them) with their least distance."""

    levels: tuple[tuple[str, ...], ...]
    services: dict[str, int]

    @property
    def total(self) -> int:
        """CIs reached besides the starts."""
        return sum(len(level) for level in self.levels[1:])

    def per_depth(self, depth: int) -> tuple[int, ...]:
        """How many CIs at distance 1..depth."""
        counts = [len(level) for level in self.levels[1:depth + 1]]
        return tuple(counts + [0] * (depth - len(counts)))

    def nearest(self, limit: int) -> list[tuple[uuid.UUID, int]]:
        """The ``limit`` nearest CIs besides the starts, (id, distance), ordered by distance
        then id; a wide level is cut without sorting all of it."""
        out: list[tuple[uuid.UUID, int]] = []
        for d, level in enumerate(self.levels[1:], start=1):
            room = limit - len(out)
            if room <= 0:
                break
            kept = sorted(level) if len(level) <= room else heapq.nsmallest(room, level)
            out.extend((uuid.UUID(k), d) for k in kept)
        return out

    def distances(self) -> dict[uuid.UUID, int]:
        """Every CI reached (starts at 0) and its least distance."""
        return {uuid.UUID(k): d for d, level in enumerate(self.levels) for k in level}

    def service_distances(self) -> dict[uuid.UUID, int]:
        return {uuid.UUID(k): d for k, d in self.services.items()}


class LevelWalker:
    """Walks ``direction`` over ``types`` to ``depth``; ``services`` also collects, per level,
    the services the CIs of that level belong to (at their distance) and the services related
    to them (one step further, within ``depth``): what an upstream walk affects."""

    def __init__(self, session: Session, depth: int, direction: Direction,
                 types: Collection[str], *, services: bool = False) -> None:
        self.session = session
        self.depth = depth
        self.postgres = session.get_bind().dialect.name == "postgresql"
        forward, backward = legs(direction, types)
        self._legs = (forward, backward)
        self._types = frozenset(types)
        self._services = services
        if self.postgres:  # the whole walk is one statement on the server
            return
        live = _R.c.deleted_at.is_(None)
        parts: list[Any] = []
        if forward:
            parts.append(select(literal("n"), self._text(_R.c.target_ci_id)).where(
                live, self._in(_R.c.source_ci_id), _R.c.relation_type.in_(forward)))
        if backward:
            parts.append(select(literal("n"), self._text(_R.c.source_ci_id)).where(
                live, self._in(_R.c.target_ci_id), _R.c.source_ci_id.is_not(None),
                _R.c.relation_type.in_(backward)))
        own: list[Any] = []
        related: list[Any] = []
        if services:
            own.append(select(literal("s"), self._text(_CI.c.service_id)).where(
                self._in(_CI.c.id), _CI.c.service_id.is_not(None)))
            related.append(select(literal("r"), self._text(_R.c.source_service_id)).where(
                live, self._in(_R.c.target_ci_id), _R.c.source_ci_id.is_(None),
                _R.c.relation_type.in_(sorted(types))))
        #: a level below ``depth`` steps on (and finds services one step further);
        #: the last level only has its own services
        self._inner = self._compile(_union([*parts, *own, *related]))
        self._last = self._compile(_union(own))
        starts = self._compile(select(literal("n"), self._text(_CI.c.id))
                               .where(self._in(_CI.c.id)))
        assert starts is not None
        self._starts = starts

    # -- SQLite -------------------------------------------------------------------------------
    def _text(self, col: ColumnElement[Any]) -> ColumnElement[str]:
        """The id as the database's text (no UUID objects made)."""
        return type_coerce(col, String)

    def _in(self, col: ColumnElement[Any]) -> ColumnElement[bool]:
        """``col`` is in the frontier (parameter ``f``)."""
        values = func.json_each(bindparam("f", "[]", type_=String)).table_valued("value")
        return col.in_(select(column("value")).select_from(values))

    def _compile(self, statement: Any) -> _Compiled | None:
        """SQL text and fixed parameters, run on the DBAPI cursor: a level may return 100,000
        rows, and plain tuples cost a fraction of SQLAlchemy rows."""
        if statement is None:
            return None
        compiled = statement.compile(dialect=self.session.get_bind().dialect,
                                     compile_kwargs={"render_postcompile": True})
        return _Compiled(str(compiled), dict(compiled.params),
                         tuple(compiled.positiontup) if compiled.positiontup else None)

    def _rows(self, statement: _Compiled, keys: list[str]) -> list[tuple[str, str]]:
        params = {**statement.params, "f": self._frontier(keys)}
        cursor = self.session.connection().connection.cursor()
        try:
            cursor.execute(statement.sql, [params[n] for n in statement.order]
                           if statement.order is not None else params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def _frontier(self, keys: list[str]) -> str:
        # ids are hex digits (they come from the database or uuid.hex): nothing to escape, and
        # a join is several times faster than json.dumps on 50,000 of them
        return '["' + '","'.join(keys) + '"]' if keys else "[]"

    def key(self, ci_id: uuid.UUID) -> str:
        return str(ci_id) if self.postgres else ci_id.hex

    # -- the walk -----------------------------------------------------------------------------
    def run(self, starts: Iterable[uuid.UUID], *, known: bool = False) -> LevelWalk:
        """Walk from ``starts``; those that are no CI are dropped, unless the caller ``known``
        they all are (one statement fewer: the Impact tab has just read its CI)."""
        keys = sorted({self.key(s) for s in starts})
        if self.postgres:
            return self._run_on_server(keys, known)
        frontier = keys if known or not keys else [
            key for _tag, key in self._rows(self._starts, keys)]
        seen = set(frontier)
        levels = [tuple(frontier)]
        services: dict[str, int] = {}
        for d in range(self.depth + 1):
            statement = self._inner if d < self.depth else self._last
            if not frontier or statement is None:
                break
            found: list[str] = []
            for tag, key in self._rows(statement, frontier):
                if tag == "n":
                    if key not in seen:
                        seen.add(key)
                        found.append(key)
                else:
                    at = d if tag == "s" else d + 1
                    if at < services.get(key, at + 1):
                        services[key] = at
            if d < self.depth and found:
                levels.append(tuple(found))
            frontier = found if d < self.depth else []
        return LevelWalk(tuple(levels), services)

    def _run_on_server(self, keys: list[str], known: bool) -> LevelWalk:
        if not keys:
            return LevelWalk(((),), {})
        forward, backward = self._legs
        statement = walk_statement(forward, backward, services=self._services, known=known)
        levels, services = server_levels(self.session, statement, keys, self.depth, forward,
                                         backward, self._types)
        return LevelWalk(levels, services)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: dict[str, Any]
    order: tuple[str, ...] | None  # parameter names in order, for a positional DBAPI


def _union(parts: list[Any]) -> Any:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else union_all(*parts)

