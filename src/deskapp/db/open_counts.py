"""Per-group counts of open work, kept by triggers in the writer's own transaction.

``work_item_open_counts`` holds, for each groupable column of ``work_items`` (kind, status,
priority, team, assignee, service, SLA state, category) and each value, how many open (status
category open or waiting), live, non-confidential items have it, so the grouped "All open"
queue paints its headers without grouping ~300,000 rows (docs/queues.md "Grouped queues").

SQLite has one writer at a time: one row per (dimension, value) in ``slot`` 0, changed by
UPSERT. PostgreSQL runs writers concurrently: one row per (dimension, value) would be a hot row
every open-item change waits on until commit, and two saves moving items between the same two
values in opposite directions would deadlock. So each backend writes rows of its own (``slot``
= ``pg_backend_pid()``: never written by two transactions at once) and a reader sums the
slots; :data:`PG_COMPACT`'s function folds them into slot 0, skipping rows a writer holds (it
never waits, so it cannot deadlock); the SLA sweep runs it.

Migration 0028 creates the table and these objects; :mod:`deskapp.db.maintenance` knows them
(a bulk load suspends the triggers and :func:`recount_sql` rebuilds the counts afterwards).
"""

from __future__ import annotations

TABLE = "work_item_open_counts"
#: (dimension, SQLite value expression, PostgreSQL value expression) over a row ``{r}``
DIMENSIONS = (
    ("kind", "{r}.kind", "{r}.kind"),
    ("status", "{r}.status", "{r}.status"),
    ("priority", "CAST({r}.priority AS TEXT)", "{r}.priority::text"),
    ("team_id", "coalesce({r}.team_id, '')", "coalesce({r}.team_id::text, '')"),
    ("assignee_id", "coalesce({r}.assignee_id, '')", "coalesce({r}.assignee_id::text, '')"),
    ("service_id", "coalesce({r}.service_id, '')", "coalesce({r}.service_id::text, '')"),
    ("sla_state", "coalesce({r}.sla_state, '')", "coalesce({r}.sla_state, '')"),
    ("category", "coalesce({r}.category, '')", "coalesce({r}.category, '')"),
)
#: a row counts while it is open work anyone on the desk may see
MEMBER = ("({r}.status_category IN ('open', 'waiting') AND {r}.deleted_at IS NULL "
          "AND NOT {r}.confidential)")
WATCHED = ("status_category", "deleted_at", "confidential", "kind", "status", "priority",
           "team_id", "assignee_id", "service_id", "sla_state", "category")

_SQLITE_UPSERT = (f"INSERT INTO {TABLE} (dimension, value, slot, n) SELECT d, v, 0, sum(k) "
                  "FROM ({rows}) WHERE true GROUP BY d, v HAVING sum(k) <> 0 "
                  "ON CONFLICT (dimension, value, slot) DO UPDATE SET n = n + excluded.n;")


def _sqlite_rows(row: str, sign: int, source: str = "") -> str:
    """Each dimension's value of ``row`` with ``sign``, if it counts; ``source`` is the FROM
    and WHERE before the membership test (empty in a trigger, which reads OLD or NEW)."""
    member = MEMBER.format(r=row)
    where = f"{source} AND" if source else "WHERE"
    return " UNION ALL ".join(f"SELECT '{dim}' AS d, {expr.format(r=row)} AS v, {sign} AS k "
                              f"{where} {member}" for dim, expr, _pg in DIMENSIONS)


def sqlite_shift(sign: int, chosen: str) -> str:
    """What the row triggers do, for many rows at once: add (``sign`` 1) or take out (-1) the
    share of the work items whose ids the table ``chosen`` lists (``deskapp.db.bulk_rewrite``)."""
    source = f"FROM work_items w WHERE w.id IN (SELECT id FROM {chosen})"
    return _SQLITE_UPSERT.format(rows=_sqlite_rows("w", sign, source)).rstrip(";")


#: the statements maintenance.expected_objects reads (as literals: keep them literal)
SQLITE_OPEN_COUNTS = [
    "CREATE TRIGGER work_items_open_counts_ai AFTER INSERT ON work_items BEGIN "
    + _SQLITE_UPSERT.format(rows=_sqlite_rows("NEW", 1)) + " END",
    "CREATE TRIGGER work_items_open_counts_au AFTER UPDATE OF " + ", ".join(WATCHED)
    + " ON work_items BEGIN " + _SQLITE_UPSERT.format(
        rows=_sqlite_rows("OLD", -1) + " UNION ALL " + _sqlite_rows("NEW", 1)) + " END",
    "CREATE TRIGGER work_items_open_counts_ad AFTER DELETE ON work_items BEGIN "
    + _SQLITE_UPSERT.format(rows=_sqlite_rows("OLD", -1)) + " END",
]


def _pg_array(row: str) -> str:
    return "ARRAY[" + ", ".join(pg.format(r=row) for _d, _s, pg in DIMENSIONS) + "]"


PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION deskapp_open_counts() RETURNS trigger LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
    "DECLARE dims text[] := ARRAY[" + ", ".join(f"'{d}'" for d, _s, _p in DIMENSIONS) + "]; "
    "none text[] := array_fill(NULL::text, ARRAY[" + str(len(DIMENSIONS)) + "]); "
    "before text[] := none; after text[] := none; "
    "BEGIN "
    "IF TG_OP <> 'INSERT' AND " + MEMBER.format(r="OLD") + " THEN before := "
    + _pg_array("OLD") + "; END IF; "
    "IF TG_OP <> 'DELETE' AND " + MEMBER.format(r="NEW") + " THEN after := "
    + _pg_array("NEW") + "; END IF; "
    "IF before = after OR (before[1] IS NULL AND after[1] IS NULL) THEN RETURN NULL; END IF; "
    f"INSERT INTO {TABLE} AS c (dimension, value, slot, n) "
    "SELECT d, v, pg_backend_pid(), sum(k) FROM unnest(dims || dims, before || after, "
    "array_fill(-1, ARRAY[" + str(len(DIMENSIONS)) + "]) || array_fill(1, ARRAY["
    + str(len(DIMENSIONS)) + "])) AS t(d, v, k) WHERE v IS NOT NULL GROUP BY d, v "
    "HAVING sum(k) <> 0 ON CONFLICT (dimension, value, slot) DO UPDATE SET n = c.n + excluded.n; "
    "RETURN NULL; END $$"
)
PG_COMPACT = (
    "CREATE OR REPLACE FUNCTION deskapp_compact_open_counts() RETURNS integer LANGUAGE sql "
    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
    f"WITH taken AS (SELECT ctid FROM {TABLE} WHERE slot <> 0 FOR UPDATE SKIP LOCKED), "
    f"gone AS (DELETE FROM {TABLE} WHERE ctid IN (SELECT ctid FROM taken) "
    "RETURNING dimension, value, n), "
    f"kept AS (INSERT INTO {TABLE} AS c (dimension, value, slot, n) "
    "SELECT dimension, value, 0, sum(n) FROM gone GROUP BY dimension, value "
    "ON CONFLICT (dimension, value, slot) DO UPDATE SET n = c.n + excluded.n RETURNING 1) "
    "SELECT count(*)::integer FROM gone $$"
)
PG_OPEN_COUNTS = [
    "CREATE TRIGGER work_items_open_counts_ai AFTER INSERT ON work_items FOR EACH ROW "
    "EXECUTE FUNCTION deskapp_open_counts()",
    "CREATE TRIGGER work_items_open_counts_au AFTER UPDATE OF " + ", ".join(WATCHED)
    + " ON work_items FOR EACH ROW EXECUTE FUNCTION deskapp_open_counts()",
    "CREATE TRIGGER work_items_open_counts_ad AFTER DELETE ON work_items FOR EACH ROW "
    "EXECUTE FUNCTION deskapp_open_counts()",
]
#: confidential open items are grouped live (under the reader's row-level security): few rows
CONFIDENTIAL_INDEX = {
    "sqlite": "CREATE INDEX ix_queue_confidential_open ON work_items (status_category) "
              "WHERE confidential = 1 AND deleted_at IS NULL",
    "postgresql": "CREATE INDEX ix_queue_confidential_open ON work_items (status_category) "
                  "WHERE confidential AND deleted_at IS NULL",
}


def recount_sql(dialect: str) -> list[str]:
    """Statements that make the table what a fresh GROUP BY says (the upgrade's fill, and the
    repair after a bulk load that suspended the triggers)."""
    member = MEMBER.format(r="w")
    # the open rows are read once (a materialised CTE: 300,000 of 1M items) and grouped per
    # dimension from there; a statement per dimension read the whole table eight times (21 s
    # of a 1M SQLite demo load, against 4 s)
    columns = ", ".join(f"w.{dim}" for dim, _s, _p in DIMENSIONS)
    groups = " UNION ALL ".join(
        f"SELECT '{dim}', {expr}, 0, count(*) FROM open_rows w GROUP BY {expr}"
        for dim, expr in ((d, (sq if dialect == "sqlite" else pg).format(r="w"))
                          for d, sq, pg in DIMENSIONS))
    return [f"DELETE FROM {TABLE}",
            f"WITH open_rows AS MATERIALIZED (SELECT {columns} FROM work_items w "
            f"WHERE {member}) INSERT INTO {TABLE} (dimension, value, slot, n) {groups}"]


