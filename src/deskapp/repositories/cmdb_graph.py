"""The CI graph: relations, and walks over them, the same statements on SQLite and PostgreSQL.

One step follows a live relation from its source to its target or the other way, as
:func:`deskapp.domain.cmdb.dependency_step` says for the direction and the relation's type, on
the two covering partial indexes (``ix_ci_relations_down`` / ``_up``).

Two ways to walk, with the same result (tests/integration/test_cmdb_graph.py checks both against
a brute-force walk):

* :func:`walk_cte`, a recursive CTE, where the walk must be part of a larger statement (a queue's
  "affects service" condition). It keeps (node, depth) pairs, so a node reached through several
  paths is walked again at each depth it is reached at: fine for the few CIs services stand on.
* :meth:`CmdbGraphRepository.reach` and friends (the Impact tab, a ticket's services, a change's
  neighbourhood), level by level with a visited set, so every CI and relation is read once: on
  SQLite one statement per level over the whole frontier (passed as one JSON array parameter),
  on PostgreSQL one statement per walk whose recursive rows are whole levels
  (:mod:`deskapp.repositories.cmdb_server_walk`). A recursive CTE over (node, depth) rows cannot
  do that (it may name itself once, and ``UNION`` compares whole rows); on the 100k-CI demo
  estate it took 8-10 s from a hub that the level walk answers in a fraction of a second
  (docs/performance.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from deskapp.db.models import CiRelation, ConfigurationItem, Service, WorkItem, WorkItemCi
from deskapp.domain.cmdb import Direction
from deskapp.repositories.cmdb_levels import LevelWalk, LevelWalker, legs

#: Stay well under SQLite's bound-parameter limit in IN lists.
_CHUNK = 500
_R = CiRelation.__table__


def walk_cte(starts: Select[Any], depth: int, direction: Direction,
             types: Collection[str], name: str = "walk", dialect: str = "sqlite") -> CTE:
    """A recursive CTE of (node, depth) from ``starts`` (a select of (node, depth) rows) up to
    ``depth`` steps. Embeddable: a queue condition selects its nodes as a subquery.

    A walk along both legs (upstream or downstream over "part of" and another type; either
    direction) is two recursive steps on SQLite (a compound recursive select, each step on its
    own index; an OR in one join made SQLite scan every relation) and one join with an OR on
    PostgreSQL (which allows one recursive reference only, and answers the OR with a BitmapOr
    of the two indexes)."""
    forward, backward = legs(direction, types)
    walk = starts.cte(name, recursive=True)
    w = walk.alias()
    live = and_(_R.c.deleted_at.is_(None), _R.c.source_ci_id.is_not(None))
    fwd = and_(_R.c.source_ci_id == w.c.node, _R.c.relation_type.in_(forward)) \
        if forward else None
    bwd = and_(_R.c.target_ci_id == w.c.node, _R.c.relation_type.in_(backward)) \
        if backward else None

    deeper = small(w.c.depth < depth, dialect)

    def step(on: ColumnElement[bool], nxt: Any) -> Select[Any]:
        return (select(nxt.label("node"), (w.c.depth + 1).label("depth"))
                .select_from(w.join(_R, and_(on, live)))
                .where(deeper))

    if fwd is not None and bwd is not None:
        if dialect == "sqlite":
            return walk.union(step(fwd, _R.c.target_ci_id), step(bwd, _R.c.source_ci_id))
        # a relation to itself is refused, so the matched end tells the way
        nxt: Any = case((_R.c.source_ci_id == w.c.node, _R.c.target_ci_id),
                        else_=_R.c.source_ci_id)
        return walk.union(step(or_(fwd, bwd), nxt))
    if fwd is not None:
        return walk.union(step(fwd, _R.c.target_ci_id))
    if bwd is not None:
        return walk.union(step(bwd, _R.c.source_ci_id))
    return walk.union(step(false(), _R.c.target_ci_id))


def small(condition: ColumnElement[bool], dialect: str) -> ColumnElement[bool]:
    """``condition`` on a CTE's rows, marked as rare for SQLite. SQLite assumes a CTE holds a
    million rows; once a joined table has statistics it then builds a Bloom filter over the
    whole table for every query (0.2-0.5 s at 300k relations for a walk that finds nothing).
    likelihood() tells it the CTE is small."""
    if dialect != "sqlite":
        return condition
    return func.likelihood(condition, literal_column("0.000001"))


def starts_of(ci_ids: Iterable[uuid.UUID]) -> Select[Any]:
    ids = list(ci_ids)
    return select(ConfigurationItem.id.label("node"),  # type: ignore[return-value]
                  literal(0).label("depth")).where(ConfigurationItem.id.in_(ids))


def service_starts(service_ids: Collection[uuid.UUID], types: Collection[str]) -> Select[Any]:
    """The CIs services stand on: their own CIs (depth 0) and the CIs they relate to (1)."""
    own = select(ConfigurationItem.id.label("node"), literal(0).label("depth")).where(
        ConfigurationItem.service_id.in_(service_ids), ConfigurationItem.deleted_at.is_(None))
    related = select(_R.c.target_ci_id.label("node"), literal(1).label("depth")).where(
        _R.c.source_service_id.in_(service_ids), _R.c.deleted_at.is_(None),
        _R.c.relation_type.in_(sorted(types)))
    return union_all(own, related).subquery().select()


class CmdbGraphRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    # -- walks ------------------------------------------------------------------------------
    def reach(self, ci_ids: Iterable[uuid.UUID], depth: int, direction: Direction,
              types: Collection[str]) -> dict[uuid.UUID, int]:
        """Every CI within ``depth`` steps of ``ci_ids`` and its least distance (the starts
        at 0)."""
        return self.walk(ci_ids, depth, direction, types).distances()

    def walk(self, ci_ids: Iterable[uuid.UUID], depth: int, direction: Direction,
             types: Collection[str], *, known: bool = False) -> LevelWalk:
        """A walk level by level from ``ci_ids`` (``known``: the caller has read them, they
        are CIs). Upstream it also finds the services affected: the reached CIs' own services
        (at the CI's distance) and services that relate to a reached CI (one step further,
        within ``depth``); downstream none."""
        return LevelWalker(self.session, depth, direction, types,
                           services=direction is Direction.UPSTREAM).run(ci_ids, known=known)

    def part_of_reaches(self, start: uuid.UUID, goal: uuid.UUID) -> bool:
        """Does a chain of live "part of" relations lead from ``start`` to ``goal`` (start is
        part of ... part of goal)? No depth bound: ``UNION`` on the node alone ends on cycles."""
        base = select(literal(start).label("node")).cte("wholes", recursive=True)
        w = base.alias()
        step = select(_R.c.target_ci_id).select_from(w.join(_R, and_(
            _R.c.source_ci_id == w.c.node, _R.c.relation_type == "part_of",
            _R.c.deleted_at.is_(None))))
        wholes = base.union(step)
        return self.session.scalar(select(literal(1)).select_from(wholes)
                                   .where(wholes.c.node == goal).limit(1)) is not None

    # -- relations --------------------------------------------------------------------------
    def relations_of(self, ci_id: uuid.UUID) -> Sequence[CiRelation]:
        """Live relations with ``ci_id`` at either end."""
        return self.session.scalars(select(CiRelation).where(
            CiRelation.deleted_at.is_(None),
            or_(CiRelation.source_ci_id == ci_id, CiRelation.target_ci_id == ci_id))).all()

    def relations_among(self, ci_ids: Collection[uuid.UUID], types: Collection[str]
                        ) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
        """(source, target, type) of live CI relations with both ends in ``ci_ids``."""
        ids = list(ci_ids)
        out: list[tuple[uuid.UUID, uuid.UUID, str]] = []
        wanted = set(ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for s, t, kind in self.session.execute(
                    select(_R.c.source_ci_id, _R.c.target_ci_id, _R.c.relation_type).where(
                        _R.c.deleted_at.is_(None), _R.c.source_ci_id.in_(chunk),
                        _R.c.relation_type.in_(sorted(types)))):
                if t in wanted:
                    out.append((s, t, kind))
        return out

    def service_relations_to(self, ci_ids: Collection[uuid.UUID], types: Collection[str]
                             ) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
        """(service, target CI, type) of live service relations to ``ci_ids``."""
        ids = list(ci_ids)
        out: list[tuple[uuid.UUID, uuid.UUID, str]] = []
        for start in range(0, len(ids), _CHUNK):
            out.extend((s, t, k) for s, t, k in self.session.execute(
                select(_R.c.source_service_id, _R.c.target_ci_id, _R.c.relation_type).where(
                    _R.c.deleted_at.is_(None), _R.c.source_service_id.is_not(None),
                    _R.c.target_ci_id.in_(ids[start:start + _CHUNK]),
                    _R.c.relation_type.in_(sorted(types)))))
        return out

    def ci_lines(self, ci_ids: Collection[uuid.UUID]
                 ) -> dict[uuid.UUID, tuple[str, str, str, uuid.UUID | None]]:
        """id -> (name, type, status, service id) of ``ci_ids``."""
        ids = list(ci_ids)
        out: dict[uuid.UUID, tuple[str, str, str, uuid.UUID | None]] = {}
        ci = ConfigurationItem.__table__
        for start in range(0, len(ids), _CHUNK):
            for r in self.session.execute(
                    select(ci.c.id, ci.c.name, ci.c.ci_type, ci.c.status, ci.c.service_id)
                    .where(ci.c.id.in_(ids[start:start + _CHUNK]))):
                out[r.id] = (r.name, r.ci_type, r.status, r.service_id)
        return out

    def service_names(self, service_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
        ids = list(service_ids)
        out: dict[uuid.UUID, str] = {}
        for start in range(0, len(ids), _CHUNK):
            out.update((r.id, r.name) for r in self.session.execute(
                select(Service.id, Service.name).where(Service.id.in_(ids[start:start + _CHUNK]))))
        return out


class TicketCiRepository:
    """The CIs work items impact (``work_item_cis``) beside their main ``work_items.ci_id``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def links(self, work_item_id: uuid.UUID) -> Sequence[WorkItemCi]:
        return self.session.scalars(select(WorkItemCi).where(
            WorkItemCi.work_item_id == work_item_id, WorkItemCi.deleted_at.is_(None))
            .order_by(WorkItemCi.created_at, WorkItemCi.id)).all()


def items_touching(ci_ids: Select[Any] | Collection[uuid.UUID]) -> ColumnElement[bool]:
    """A work-item condition: its main CI or one of its impacted CIs is in ``ci_ids`` (ids or
    a select of ids)."""
    linked = select(WorkItemCi.work_item_id).where(WorkItemCi.ci_id.in_(ci_ids),
                                                   WorkItemCi.deleted_at.is_(None))
    return or_(WorkItem.ci_id.in_(ci_ids), WorkItem.id.in_(linked))


def items_affecting(service_ids: Collection[uuid.UUID], depth: int,
                    types: Collection[str], dialect: str) -> ColumnElement[bool]:
    """A work-item condition: one of its CIs lies within ``depth`` of what the services stand on
    (their own CIs and the CIs they relate to, walked downstream), i.e. the item affects one of
    the services, as the form's impacted services say; or the item names the service."""
    walk = walk_cte(service_starts(service_ids, types), depth, Direction.DOWNSTREAM, types,
                    name="affecting", dialect=dialect)
    return or_(WorkItem.service_id.in_(service_ids), items_touching(select(walk.c.node)))
