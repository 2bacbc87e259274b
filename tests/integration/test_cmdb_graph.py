"""The walks over the CI graph equal a plain breadth-first walk (:func:`deskapp.domain.cmdb.walk`)
on random graphs, on SQLite and PostgreSQL: every direction, depth and choice of relation types,
cycles included. Both walks: level by level (the Impact tab, tickets, change conflicts; with the
services an upstream walk affects) and the recursive CTE (embedded in queue conditions)."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from deskapp.db.base import utcnow
from deskapp.db.models import CiRelation, ConfigurationItem, Service
from deskapp.domain.cmdb import RELATION_TYPES, Direction, closes_part_of_cycle, walk
from deskapp.repositories import cmdb_server_walk
from deskapp.repositories.cmdb_graph import CmdbGraphRepository, starts_of, walk_cte
from deskapp.runtime import Database

NODES = 12
SERVICES = 3
edges_strategy = st.lists(
    st.tuples(st.sampled_from(RELATION_TYPES), st.integers(0, NODES - 1),
              st.integers(0, NODES - 1)).filter(lambda e: e[1] != e[2]),
    max_size=40, unique_by=lambda e: e)
#: (service, CI it relates to, type) and which CIs belong to a service
service_edges_strategy = st.lists(
    st.tuples(st.integers(0, SERVICES - 1), st.integers(0, NODES - 1),
              st.sampled_from(RELATION_TYPES)), min_size=1, max_size=6,
    unique_by=lambda e: e)
owners_strategy = st.lists(st.one_of(st.none(), st.integers(0, SERVICES - 1)),
                           min_size=NODES, max_size=NODES)


def brute_services(reached: dict[int, int], depth: int, types: set[str],
                   owners: list[int | None],
                   service_edges: list[tuple[int, int, str]]) -> dict[int, int]:
    """Upstream, a service is affected at its CI's distance, or one step beyond a CI it
    relates to (within ``depth``)."""
    out: dict[int, int] = {}
    for node, d in reached.items():
        owner = owners[node]
        if owner is not None:
            out[owner] = min(d, out.get(owner, d))
    for service, node, kind in service_edges:
        if kind in types and node in reached and reached[node] < depth:
            d = reached[node] + 1
            out[service] = min(d, out.get(service, d))
    return out


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(edges=edges_strategy, start=st.integers(0, NODES - 1), depth=st.integers(1, 6),
       direction=st.sampled_from(list(Direction)),
       types=st.sets(st.sampled_from(RELATION_TYPES), min_size=1),
       service_edges=service_edges_strategy, owners=owners_strategy,
       second=st.one_of(st.none(), st.integers(0, NODES - 1)))
def test_walks_equal_brute_force(database: Database, edges: list[tuple[str, int, int]],
                                 start: int, depth: int, direction: Direction,
                                 types: set[str], service_edges: list[tuple[int, int, str]],
                                 owners: list[int | None], second: int | None) -> None:
    ids = [uuid.uuid4() for _ in range(NODES)]
    svc = [uuid.uuid4() for _ in range(SERVICES)]
    with database.uow() as uow:  # never committed: each example leaves nothing behind
        uow.session.add_all(Service(id=s, name=f"svc-{s}") for s in svc)
        uow.session.flush()
        uow.session.add_all(ConfigurationItem(
            id=i, name=f"ci-{n}", ci_type="server",
            service_id=svc[owners[n]] if owners[n] is not None else None)
            for n, i in enumerate(ids))
        uow.session.flush()
        uow.session.add_all(CiRelation(relation_type=kind, source_ci_id=ids[s],
                                       target_ci_id=ids[t]) for kind, s, t in edges)
        uow.session.add_all(CiRelation(relation_type=kind, source_service_id=svc[s],
                                       target_ci_id=ids[t]) for s, t, kind in service_edges)
        # a removed relation is not walked
        uow.session.add(CiRelation(relation_type="depends_on", source_ci_id=ids[start],
                                   target_ci_id=ids[(start + 1) % NODES],
                                   deleted_at=utcnow()))
        uow.session.flush()
        repo = CmdbGraphRepository(uow.session)
        expected = walk(edges, start, depth, direction, types)
        numbered = {ids.index(k): v for k, v in repo.reach([ids[start]], depth, direction,
                                                           types).items()}
        assert numbered == expected

        # the recursive CTE a queue condition embeds gives the same
        cte = walk_cte(starts_of([ids[start]]), depth, direction, types,
                       dialect=uow.session.get_bind().dialect.name)
        rows = uow.session.execute(select(cte.c.node, func.min(cte.c.depth))
                                   .group_by(cte.c.node))
        assert {ids.index(n): int(d) for n, d in rows} == expected

        # the walk the Impact tab makes: levels, counts, nearest first, services upstream
        walked = repo.walk([ids[start]], depth, direction, types)
        assert {ids.index(k): v for k, v in walked.distances().items()} == expected
        assert walked.total == len(expected) - 1
        assert walked.per_depth(depth) == tuple(
            sum(1 for d in expected.values() if d == level) for level in range(1, depth + 1))
        nearest = walked.nearest(5)
        assert nearest == sorted(((ids[n], d) for n, d in expected.items() if d > 0),
                                 key=lambda x: (x[1], x[0].int))[:5]
        services = {svc.index(k): v for k, v in walked.service_distances().items()}
        if direction is Direction.UPSTREAM:
            assert services == brute_services(expected, depth, types, owners, service_edges)
        else:
            assert services == {}

        # on PostgreSQL, with every level counted as wide: the "part of" legs are read by one
        # scan instead of a probe per CI, and the answer is the same
        if uow.session.get_bind().dialect.name == "postgresql":
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(cmdb_server_walk, "WIDE", 1)
                wide = repo.walk([ids[start]], depth, direction, types)
            assert {ids.index(k): v for k, v in wide.distances().items()} == expected
            assert wide.service_distances() == walked.service_distances()

        # from two CIs at once (a ticket's CIs): each node at its least distance from either
        if second is not None:
            other = walk(edges, second, depth, direction, types)
            both = {n: min(expected.get(n, 99), other.get(n, 99))
                    for n in expected.keys() | other.keys()}
            found = repo.reach([ids[start], ids[second]], depth, direction, types)
            assert {ids.index(k): v for k, v in found.items()} == both

        part_of = [(s, t) for kind, s, t in edges if kind == "part_of"]
        for goal in range(NODES):
            if goal != start:
                assert repo.part_of_reaches(ids[start], ids[goal]) == \
                    closes_part_of_cycle(part_of, goal, start)


def test_walk_of_unknown_ci_is_empty(database: Database) -> None:
    with database.uow(read_only=True) as uow:
        repo = CmdbGraphRepository(uow.session)
        assert repo.reach([uuid.uuid4()], 3, Direction.EITHER, set(RELATION_TYPES)) == {}
        walked = repo.walk([], 3, Direction.UPSTREAM, set(RELATION_TYPES))
        assert walked.total == 0 and walked.per_depth(3) == (0, 0, 0)
        assert walked.nearest(10) == [] and walked.service_distances() == {}


class _CountingCursor(psycopg.Cursor[Any]):
    executed = 0

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        _CountingCursor.executed += 1
        return super().execute(*args, **kwargs)


# the walk on the server is PostgreSQL's
@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_postgres_walks_in_one_statement(database: Database) -> None:
    """On PostgreSQL a walk is one statement however deep it goes (each level was a round
    trip carrying the frontier both ways); services found on the way."""
    chain = [uuid.uuid4() for _ in range(6)]
    whole, owner, user = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with database.uow() as uow:
        uow.session.add_all([Service(id=owner, name="owner"), Service(id=user, name="user")])
        uow.session.flush()
        uow.session.add_all(ConfigurationItem(id=c, name=f"ci-{n}", ci_type="server",
                                              service_id=owner if n == 4 else None)
                            for n, c in enumerate([*chain, whole]))
        uow.session.flush()
        # each CI depends on the one before; the third is part of a whole
        uow.session.add_all(CiRelation(relation_type="depends_on", source_ci_id=chain[n + 1],
                                       target_ci_id=chain[n]) for n in range(len(chain) - 1))
        uow.session.add_all([
            CiRelation(relation_type="part_of", source_ci_id=chain[2], target_ci_id=whole),
            CiRelation(relation_type="uses", source_service_id=user, target_ci_id=chain[1])])
        uow.session.flush()
        raw = uow.session.connection().connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)
        before = raw.cursor_factory
        raw.cursor_factory = _CountingCursor
        _CountingCursor.executed = 0
        try:
            walked = CmdbGraphRepository(uow.session).walk(
                [chain[0]], 5, Direction.UPSTREAM, set(RELATION_TYPES), known=True)
        finally:
            raw.cursor_factory = before
        assert _CountingCursor.executed == 1
        assert walked.distances() == {**{c: n for n, c in enumerate(chain)}, whole: 3}
        assert walked.service_distances() == {owner: 4, user: 2}
