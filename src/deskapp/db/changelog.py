"""The change log on a shared PostgreSQL desk: triggers on every synced table write ``sync_log``.

Which tables sync, and by which key, is declared once in :mod:`deskapp.domain.records`; the
triggers are (re)installed from those declarations after every ``db upgrade`` (:func:`install`
is idempotent), so a table a later migration adds is logged without anyone remembering to.

Each entry carries the writer's transaction id. A pull hands out entries in (txid, seq) order and
only those whose txid is below ``pg_snapshot_xmin(pg_current_snapshot())``: every transaction
with a smaller id has finished, so no entry can still appear behind the cursor. A plain
``seq > cursor`` would skip a slow transaction's entries that commit after a later one's were
pulled.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from deskapp.domain.records import TABLES, Sync

FUNCTION = "deskapp_sync_log"
TRIGGER_SUFFIX = "_sync_log"

#: One function for every table: the trigger's arguments name the sync key and the work-item
#: column. A row whose key changes (a member moved to another team) logs the old key too, so
#: the replica drops it there. Tombstones log as deleted.
_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_row jsonb;
    old_row jsonb;
    item uuid;
BEGIN
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF new_row IS NOT NULL THEN
        item := CASE WHEN TG_ARGV[1] <> '' THEN (new_row ->> TG_ARGV[1])::uuid END;
        INSERT INTO sync_log (table_name, row_key, work_item_id, deleted)
        VALUES (TG_TABLE_NAME, (new_row ->> TG_ARGV[0])::uuid, item,
                (new_row ->> 'deleted_at') IS NOT NULL);
    END IF;
    IF old_row IS NOT NULL AND (new_row IS NULL
            OR (old_row ->> TG_ARGV[0]) IS DISTINCT FROM (new_row ->> TG_ARGV[0])) THEN
        item := CASE WHEN TG_ARGV[1] <> '' THEN (old_row ->> TG_ARGV[1])::uuid END;
        INSERT INTO sync_log (table_name, row_key, work_item_id, deleted)
        VALUES (TG_TABLE_NAME, (old_row ->> TG_ARGV[0])::uuid, item, TG_OP = 'DELETE');
    END IF;
    RETURN NULL;
END
$$
"""


def synced_tables() -> list[str]:
    return sorted(name for name, decl in TABLES.items() if decl.sync is not Sync.NONE)


def trigger_name(table: str) -> str:
    return f"{table}{TRIGGER_SUFFIX}"


def trigger_statements() -> list[tuple[str, str, str]]:
    """(table, trigger name, CREATE TRIGGER statement) for every synced table."""
    out = []
    for name in synced_tables():
        decl = TABLES[name]
        item = decl.work_item_column or ""
        out.append((name, trigger_name(name),
                    f'CREATE TRIGGER {trigger_name(name)} AFTER INSERT OR UPDATE OR DELETE ON '
                    f'"{name}" FOR EACH ROW EXECUTE FUNCTION '
                    f"{FUNCTION}('{decl.sync_key}', '{item}')"))
    return out


def install(conn: Connection) -> int:
    """Create or refresh the log function and one trigger per synced table (PostgreSQL only;
    idempotent, inside the caller's transaction). Returns the number of tables logged."""
    if conn.dialect.name != "postgresql":
        return 0
    conn.execute(text(_FUNCTION_SQL))
    present = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    installed = 0
    for table, trigger, create in trigger_statements():
        if table not in present:  # an older revision while migrating step by step
            continue
        conn.execute(text(f'DROP TRIGGER IF EXISTS {trigger} ON "{table}"'))
        conn.execute(text(create))
        installed += 1
    return installed


def logged_tables(conn: Connection) -> set[str]:
    """Tables that carry their log trigger now (for checks and tests)."""
    return {table for table, trigger in conn.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgname LIKE :suffix"),
        {"suffix": f"%{TRIGGER_SUFFIX}"}).all() if trigger == trigger_name(table)}
