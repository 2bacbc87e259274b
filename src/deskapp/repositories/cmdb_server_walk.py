"""The level walk of :mod:`deskapp.repositories.cmdb_levels` kept on the PostgreSQL server: one
statement per walk, same result.

A recursive CTE whose rows are whole levels, not CIs: each row holds a level's CIs and every CI
seen so far as ``uuid[]``, and the next row is the CIs one step from the level (a nested loop of
index probes over the sorted level) less those seen (a hashed ``NOT IN``: cheaper than
``EXCEPT``, which hashes the candidates too; no id is NULL). So each CI is expanded once, as
in the client's walk, and no id crosses the network until the answer: on the 100k-CI demo
estate the worst hub (88,000 CIs reached) went from four round trips carrying up to 50,000 ids
each way, and a visited set in Python, to one statement (docs/performance.md).

One more saving: the "part of" leg of an upstream or downstream walk (the relations walked from
the whole to its part or back) is rare in an estate, yet probing for it costs as much per CI as
the busy leg. From a level of :data:`WIDE` CIs on, that leg reads the live relations of its types
once (a hash join) instead of probing once per CI; the read is made only if a level that wide
comes (a one-time filter), so small walks never pay for it.

The services an upstream walk affects are found at the end from the levels: a CI's own service
at its distance, a service related to a CI one step further (within the depth).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy.orm import Session

from deskapp.domain.cmdb import TARGET_DEPENDS

#: From a level this wide on, a "part of" leg is read with one scan, not a probe per CI. A rough
#: break-even from the 300k-relation demo estate: one read of the relations costs about what
#: 10,000 to 20,000 probes do
WIDE = 10_000

#: One step along a leg: (column the level matches, column stepped to, extra condition)
_ENDS = {"fwd": ("source_ci_id", "target_ci_id", ""),
         "bwd": ("target_ci_id", "source_ci_id", " AND r.source_ci_id IS NOT NULL")}


def walk_statement(forward: Sequence[str], backward: Sequence[str], *, services: bool,
                   known: bool) -> str:
    """The statement (psycopg named parameters: ``starts`` ids as text, ``depth``, ``fwd`` and
    ``bwd`` types, ``types`` for the services, ``wide``). Rows: ``('n', d, ids joined by
    commas)`` per level, then ``('s', d, service)`` and ``('r', d, service)``."""
    scans: list[str] = []
    steps: list[str] = []
    for leg, types in (("bwd", backward), ("fwd", forward)):
        if not types:
            continue
        at, nxt, extra = _ENDS[leg]
        probe = (f"SELECT r.{nxt} AS n FROM (SELECT unnest(lv.f) AS id) q JOIN ci_relations r"
                 f" ON r.{at} = q.id AND r.deleted_at IS NULL{extra}"
                 f" AND r.relation_type = ANY(%({leg})s::text[])")
        if set(types) <= TARGET_DEPENDS:
            scans.append(f"few_{leg} AS MATERIALIZED (SELECT r.{at} AS at, r.{nxt} AS n"
                         f" FROM ci_relations r WHERE r.deleted_at IS NULL{extra}"
                         f" AND r.relation_type = ANY(%({leg})s::text[]))")
            steps.append(f"{probe} WHERE cardinality(lv.f) < %(wide)s")
            steps.append(f"SELECT p.n FROM few_{leg} p WHERE cardinality(lv.f) >= %(wide)s"
                         f" AND p.at IN (SELECT unnest(lv.f))")
        else:
            steps.append(probe)
    if known:
        first = "SELECT 0, %(starts)s::uuid[], %(starts)s::uuid[]"
    else:
        first = ("SELECT 0, s.f, s.f FROM (SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')"
                 " AS f FROM config_items c WHERE c.id = ANY(%(starts)s::uuid[])) s")
    levels = f"lv(d, f, seen) AS ({first}"
    if steps:
        union = "\n      UNION ALL ".join(steps)
        levels += f"""
  UNION ALL
    SELECT lv.d + 1, nx.f, lv.seen || nx.f
    FROM lv CROSS JOIN LATERAL (
        SELECT array_agg(DISTINCT x.n ORDER BY x.n) AS f FROM (
            {union}) x
         WHERE x.n NOT IN (SELECT unnest(lv.seen))) nx
    WHERE lv.d < %(depth)s AND nx.f IS NOT NULL"""
    levels += ")"
    sql = (f"WITH RECURSIVE {', '.join([*scans, levels])}\n"
           "SELECT 'n', d, array_to_string(f, ',') FROM lv")
    if services:
        sql += """
UNION ALL
SELECT 's', min(u.d), c.service_id::text
  FROM (SELECT lv.d, unnest(lv.f) AS id FROM lv) u JOIN config_items c ON c.id = u.id
 WHERE c.service_id IS NOT NULL GROUP BY c.service_id
UNION ALL
SELECT 'r', min(u.d) + 1, r.source_service_id::text
  FROM (SELECT lv.d, unnest(lv.f) AS id FROM lv WHERE lv.d < %(depth)s) u
  JOIN ci_relations r ON r.target_ci_id = u.id
 WHERE r.source_ci_id IS NULL AND r.deleted_at IS NULL
   AND r.relation_type = ANY(%(types)s::text[])
 GROUP BY r.source_service_id"""
    return sql


def server_levels(session: Session, statement: str, starts: list[str], depth: int,
                  forward: Sequence[str], backward: Sequence[str], types: Collection[str]
                  ) -> tuple[tuple[tuple[str, ...], ...], dict[str, int]]:
    """Run ``statement`` (from :func:`walk_statement`): (the levels, services at their least
    distance), ids as the database's text."""
    params: dict[str, Any] = {"starts": starts, "depth": depth, "fwd": list(forward),
                              "bwd": list(backward), "types": sorted(types), "wide": WIDE}
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    levels: dict[int, tuple[str, ...]] = {}
    services: dict[str, int] = {}
    for tag, d, value in rows:
        if tag == "n":
            levels[d] = tuple(value.split(",")) if value else ()
        elif d < services.get(value, d + 1):
            services[value] = d
    return tuple(levels[d] for d in sorted(levels)), services
