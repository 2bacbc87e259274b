"""The SQL of ``deskapp-admin security apply``, generated from the domain.

Nothing here lists tables or roles by hand: grants and row-level security policies come from
:data:`deskapp.domain.permissions.RULES` (through :func:`~deskapp.domain.permissions.scopes`)
and the table declarations of :data:`deskapp.domain.records.TABLES`; the lifecycle trigger from
every active kind's :class:`~deskapp.domain.kinds.Lifecycle`. A new table declared in
``records.py`` gets its grants and policies on the next ``security apply`` (``db upgrade`` runs
it when the desk has security applied).

The statements are plain strings, idempotent as a whole (roles are created only when missing,
functions replaced, policies dropped and recreated, grants revoked and given again), meant to
run in one transaction.

"Me" and "my teams" come from ``session_user`` (the login that opened the connection), mapped
to ``staff_users.username`` by STABLE SECURITY DEFINER helper functions owned by the owner role.
Policies call them as scalar subqueries, ``(SELECT deskapp_my_team_ids())``, so PostgreSQL
evaluates them once per statement (an InitPlan), not once per row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from deskapp.db.security.names import DeskRoles, quote_ident, quote_literal
from deskapp.domain import kinds
from deskapp.domain.numbers import RECORD_PREFIXES
from deskapp.domain.permissions import Action, Principal, Resource, Role, Scope, decide, scopes
from deskapp.domain.records import BOOKKEEPING, TABLES, Policy, TableDeclaration

#: The transaction-local setting the migration runner turns on: the history triggers and the
#: lifecycle trigger let a migration rewrite rows (a data migration, a downgrade).
MIGRATING_SETTING = "deskapp.migrating"

#: Trigger functions this module writes (and owns as it writes them).
GENERATED_TRIGGER_FUNCTIONS = frozenset({"deskapp_check_lifecycle", "deskapp_refuse_history_change",
                                         "deskapp_stamp_actor", "deskapp_check_major_flag"})

#: The table and column of the major-incident flag, which row-level security cannot guard (it
#: protects rows, and whoever may edit an incident may write its row): a trigger does.
MAJOR_FLAG_TABLE, MAJOR_FLAG_COLUMN = "incident_details", "is_major"

#: SQLSTATEs of DeskApp's own refusals, so the error translation can tell them apart.
APPEND_ONLY_STATE = "DKAO1"
LIFECYCLE_STATE = "DKLC1"
REFUSED_STATE = "DKPD1"  # a login without a staff record, a disabled staff member

#: Actions that change rows (an append-only table takes inserts from whoever holds any of them).
WRITE_ACTIONS = (Action.CREATE, Action.EDIT, Action.HAND_OVER, Action.DELETE, Action.MANAGE,
                 Action.ERASE)
#: Which SQL privilege each action needs on a table (DELETE is a tombstone UPDATE on a table
#: with ``deleted_at``; a hard DELETE only on tables without one, never on work or history).
_UPDATES = (Action.EDIT, Action.HAND_OVER, Action.DELETE, Action.MANAGE, Action.ERASE)
_INSERTS = (Action.CREATE, Action.MANAGE)
_DELETES = (Action.DELETE, Action.MANAGE)

_WORK_POLICIES = (Policy.WORK_ITEM, Policy.WORK_ITEM_DETAIL, Policy.WORK_ITEM_CHILD,
                  Policy.WATCHERS)
#: the watcher's own column on a WATCHERS table
WATCHER_COLUMN = "staff_id"
#: article pictures, whose bytes are attachment content too
KB_IMAGES = "kb_article_images"


@dataclass(frozen=True)
class Desk:
    """What the generator needs to know about the database it writes for."""

    schema: str
    roles: DeskRoles
    #: tables that exist in the schema (declared ones; a declared table a migration has not
    #: made yet is skipped)
    present: frozenset[str]
    #: tables with a ``deleted_at`` tombstone column (their deletes are updates)
    tombstoned: frozenset[str]
    #: DeskApp's own functions that migrations made (trigger functions): the owner takes them
    functions: tuple[str, ...] = ()

    def q(self, name: str) -> str:
        """A schema-qualified, quoted name."""
        return f"{quote_ident(self.schema)}.{quote_ident(name)}"


# -- expressions ---------------------------------------------------------------------------

def _me(desk: Desk) -> str:
    return f"(SELECT {desk.q('deskapp_current_staff_id')}())"


def _teams(desk: Desk) -> str:
    # the cast makes it an array expression (evaluated once), not "= ANY (subquery)"
    return f"(SELECT {desk.q('deskapp_my_team_ids')}())::uuid[]"


def _led(desk: Desk) -> str:
    return f"(SELECT {desk.q('deskapp_my_led_team_ids')}())::uuid[]"


def _active(desk: Desk) -> str:
    """Every policy asks first: is the login an active staff member (a disabled one, or a login
    without a staff record, matches no row)."""
    return f"{_me(desk)} IS NOT NULL"


def scope_sql(desk: Desk, scope: Scope, row: str, *, owner_column: str | None = None) -> str:
    """:func:`deskapp.domain.permissions.in_scope` in SQL, over the row alias ``row``."""
    if scope is Scope.ANY:
        return "true"
    if scope is Scope.TEAM:
        return (f"({row}.team_id IS NULL OR {row}.team_id = ANY({_teams(desk)}) "
                f"OR {row}.assignee_id = {_me(desk)})")
    if scope is Scope.LED_TEAM:
        return f"({row}.team_id = ANY({_led(desk)}))"
    if owner_column is None:
        return "false"
    return f"({row}.{quote_ident(owner_column)} = {_me(desk)})"


def _widest(held: frozenset[Scope]) -> tuple[Scope, ...]:
    return (Scope.ANY,) if Scope.ANY in held else tuple(sorted(held))


def _any_of(parts: Iterable[str]) -> str:
    parts = list(dict.fromkeys(parts))
    if not parts:
        return "false"
    if "true" in parts:
        return "true"
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _scopes_for(role: Role, actions: Sequence[Action], resource: str) -> frozenset[Scope]:
    out: set[Scope] = set()
    for action in actions:
        out |= scopes((role,), action, resource)
    return frozenset(out)


def _kind_expr(desk: Desk, role: Role, actions: Sequence[Action], row: str,
               kinds_: Sequence[str], *, any_for: Sequence[Action] = ()) -> str:
    """Over a work-item row: per kind, the scopes ``role`` holds for ``actions`` (a kind on
    which it holds one of ``any_for`` counts as ANY: e.g. after a hand-over, any team)."""
    by_scopes: dict[tuple[Scope, ...], list[str]] = {}
    for key in kinds_:
        held = _scopes_for(role, actions, key)
        if held and _scopes_for(role, any_for, key):
            held = frozenset({Scope.ANY})
        if held:
            by_scopes.setdefault(_widest(held), []).append(key)
    if not by_scopes:
        return "false"
    parts = []
    for held_scopes, keys in by_scopes.items():
        expr = _any_of(scope_sql(desk, s, row) for s in held_scopes)
        if len(by_scopes) == 1 and set(keys) == set(kinds_):
            return expr
        listed = ", ".join(quote_literal(k) for k in keys)
        parts.append(f"({row}.kind IN ({listed}) AND {expr})")
    return _any_of(parts)


def _visible(desk: Desk, role: Role, row: str) -> str:
    """Confidential items: their team and admins only (:func:`permissions.can_see`)."""
    if role is Role.ADMIN:
        return "true"
    return f"(NOT {row}.confidential OR {row}.team_id = ANY({_teams(desk)}))"


def _and(*parts: str) -> str:
    kept = [p for p in parts if p != "true"]
    if "false" in kept:
        return "false"
    return " AND ".join(kept) if kept else "true"


def _kinds_of(decl: TableDeclaration) -> tuple[str, ...]:
    """The kinds a work table's rows can be: a detail table's own kind, else every active one."""
    if decl.resource in kinds.REGISTRY:
        return (decl.resource,)
    return kinds.ACTIVE


@dataclass(frozen=True)
class _Plan:
    """What one group role gets on one table: privileges and per-command policy expressions
    (None: no policy for that command)."""

    privileges: tuple[str, ...]
    select: str | None = None
    insert: str | None = None
    update_using: str | None = None
    update_check: str | None = None
    delete: str | None = None


def _plan(desk: Desk, decl: TableDeclaration, role: Role) -> _Plan:
    """Privileges and policies of ``role`` on ``decl``'s table, from the rules."""
    policy = decl.policy
    active = _active(desk)
    if policy is Policy.FUNCTION_ONLY:
        return _Plan(())
    if policy is Policy.APPEND_ONLY:
        return _append_only_plan(desk, decl, role)
    if policy is Policy.CHANGE_LOG:
        return _change_log_plan(desk, decl, role)
    if policy is Policy.LOCAL:  # a replica file's own bookkeeping: nobody on the server
        return _Plan(())
    if policy is Policy.COUNTERS:  # read by viewers of work items; the trigger writes
        if not scopes((role,), Action.VIEW, decl.resource):
            return _Plan(())
        return _Plan(("SELECT",), active)
    if policy is Policy.ATTACHMENT_CONTENT:
        return _attachment_content_plan(desk, decl, role)
    if policy in _WORK_POLICIES:
        return _work_plan(desk, decl, role)
    # reference data, owned rows, team membership: scopes from the table's own columns
    owner = decl.owner_column

    def expr(actions: Sequence[Action]) -> str | None:
        held = _scopes_for(role, actions, decl.resource)
        if policy is Policy.REFERENCE:  # no team or owner column: only ANY grants writing
            held = held & {Scope.ANY}
        if not held:
            return None
        return _and(active, _any_of(scope_sql(desk, s, quote_ident(decl.name), owner_column=owner)
                                    if policy is not Policy.REFERENCE else "true"
                                    for s in _widest(held)))

    select = expr((Action.VIEW,))
    insert = expr(_INSERTS)
    update = expr(_UPDATES)
    delete = expr(_DELETES) if decl.name not in desk.tombstoned else None
    privileges = tuple(p for p, e in (("SELECT", select), ("INSERT", insert),
                                      ("UPDATE", update), ("DELETE", delete)) if e is not None)
    return _Plan(privileges, select, insert, update, update, delete)


def _work_plan(desk: Desk, decl: TableDeclaration, role: Role) -> _Plan:
    kinds_ = _kinds_of(decl)
    active = _active(desk)
    changes = (Action.EDIT, Action.HAND_OVER, Action.DELETE)

    def exprs(row: str) -> tuple[str, str, str, str]:
        """(view, create, edit, after-edit check) over the work-item row ``row``."""
        return (_kind_expr(desk, role, (Action.VIEW,), row, kinds_),
                _kind_expr(desk, role, (Action.CREATE,), row, kinds_),
                _kind_expr(desk, role, changes, row, kinds_),
                # after the change the item may belong to any team if the role hands over
                _kind_expr(desk, role, changes, row, kinds_, any_for=(Action.HAND_OVER,)))

    if decl.policy is Policy.WORK_ITEM:
        row = quote_ident(decl.name)
        view, create, edit, check = exprs(row)
        visible = _visible(desk, role, row)
        select = _and(active, visible, view) if view != "false" else None
        insert = _and(active, create) if create != "false" else None
        using = _and(active, visible, edit) if edit != "false" else None
        return _Plan(_privileges(select, insert, using), select, insert, using,
                     _and(active, check) if using else None)
    # detail and child rows follow their work item: the EXISTS reads work_items under the
    # login's own policies, so an item it cannot see hides its rows too
    column = decl.work_item_column
    assert column is not None

    def item(expr: str) -> str | None:
        if expr == "false":
            return None
        cond = "" if expr == "true" else f" AND {expr}"
        return _and(active, f"EXISTS (SELECT 1 FROM {desk.q('work_items')} w WHERE w.id = "
                            f"{quote_ident(decl.name)}.{quote_ident(column)}{cond})")

    view, create, edit, check = exprs("w")
    if decl.policy is Policy.WATCHERS:
        return _watchers_plan(desk, decl, item(view), item(edit), item(check))
    # a detail row is written with its item (create) or with a change to it (edit); a child row
    # (comment, link) is a change to its item
    adds = create if decl.policy is Policy.WORK_ITEM_DETAIL else edit
    select, insert, using = item(view), item(adds), item(edit)
    return _Plan(_privileges(select, insert, using), select, insert, using,
                 item(check) if using else None)


def _watchers_plan(desk: Desk, decl: TableDeclaration, view: str | None, edit: str | None,
                   check: str | None) -> _Plan:
    """Watchers: seen with their item; a row for oneself is written on any item one can see
    (watch, unwatch), a row for someone else only on an item one may change."""
    if view is None:
        return _Plan(())
    own = f"{quote_ident(decl.name)}.{quote_ident(WATCHER_COLUMN)} = {_me(desk)}"
    writes = _and(view, f"({own} OR {edit})") if edit is not None else _and(view, own)
    after = _and(view, f"({own} OR {check})") if check is not None else _and(view, own)
    return _Plan(_privileges(view, writes, writes), view, writes, writes, after)


def _privileges(select: str | None, insert: str | None, update: str | None) -> tuple[str, ...]:
    return tuple(p for p, e in (("SELECT", select), ("INSERT", insert), ("UPDATE", update))
                 if e is not None)


def _append_only_plan(desk: Desk, decl: TableDeclaration, role: Role) -> _Plan:
    """History: read as the resource allows, appended by anyone who changes anything."""
    active = _active(desk)
    writes = any(scopes((role,), a, r.resource) for a in WRITE_ACTIONS for r in TABLES.values())
    reads = bool(scopes((role,), Action.VIEW, decl.resource))
    # events of a work item are as visible as the item (a confidential item's history stays
    # with its team)
    column = decl.work_item_column
    row = active if column is None else _and(
        active, f"EXISTS (SELECT 1 FROM {desk.q('work_items')} w WHERE w.id = "
                f"{quote_ident(decl.name)}.{quote_ident(column)})")
    # appended rows are not checked against their item: the ORM may write an item's events
    # before the item itself (no foreign key orders them); the actor is the login's anyway
    select = row if reads else None
    insert = active if writes else None
    return _Plan(_privileges(select, insert, None), select, insert)


def _attachment_content_plan(desk: Desk, decl: TableDeclaration, role: Role) -> _Plan:
    """Attachment content (blobs, chunks), shared by every attachment and article picture of
    the same bytes: read when an attachment the login may see names it (the EXISTS reads
    ``attachments`` under the login's own policies, which follow the work item) or an article
    picture does (``kb_article_images``, read by whoever reads articles); inserted by whoever
    may change work items or write articles (before the row naming it, which its own policy
    checks); never updated or deleted."""
    edits = any(scopes((role,), a, key) for a in (Action.EDIT,) for key in kinds.ACTIVE)
    views = any(scopes((role,), Action.VIEW, key) for key in kinds.ACTIVE)
    own = f"{quote_ident(decl.name)}.{quote_ident(decl.sync_key)}"
    named_by = [f"EXISTS (SELECT 1 FROM {desk.q('attachments')} a "
                f"WHERE a.blob_sha256 = {own})"] if views else []
    pictures = KB_IMAGES in desk.present
    if pictures and scopes((role,), Action.VIEW, Resource.KNOWLEDGE):
        named_by.append(f"EXISTS (SELECT 1 FROM {desk.q(KB_IMAGES)} i "
                        f"WHERE i.blob_sha256 = {own})")
    writes = edits or (pictures and bool(scopes((role,), Action.EDIT, Resource.KNOWLEDGE)))
    select = _and(_active(desk), _any_of(named_by)) if named_by else None
    insert = _active(desk) if writes else None
    return _Plan(_privileges(select, insert, None), select, insert)


def _change_log_plan(desk: Desk, decl: TableDeclaration, role: Role) -> _Plan:
    """The sync change log: read by whoever may view work items, an entry only when its work
    item is visible (or it names none: reference data); written only by the log trigger's
    function, which runs as the owner (see :func:`_change_log_writer`)."""
    if not scopes((role,), Action.VIEW, decl.resource):
        return _Plan(())
    column = decl.work_item_column
    assert column is not None
    own = f"{quote_ident(decl.name)}.{quote_ident(column)}"
    select = _and(_active(desk), f"({own} IS NULL OR EXISTS (SELECT 1 FROM "
                                 f"{desk.q('work_items')} w WHERE w.id = {own}))")
    return _Plan(("SELECT",), select)


def _change_log_writer(desk: Desk) -> list[str]:
    """The change log's trigger function (deskapp.db.changelog) writes as the owner, so staff
    logins change tables without any right on the log itself. ``db upgrade`` recreates the
    function as SECURITY INVOKER, then reapplies security, which sets this again."""
    from deskapp.db.changelog import FUNCTION

    if FUNCTION not in desk.functions:
        return []
    schema = quote_ident(desk.schema)
    return [f"ALTER FUNCTION {desk.q(FUNCTION)}() SECURITY DEFINER "
            f"SET search_path = {schema}, pg_catalog, pg_temp"]


# -- statements ----------------------------------------------------------------------------

#: Built-in functions behind operators the queues and search filter with, declared LEAKPROOF in
#: the desk's database: PostgreSQL applies a policy before any qual that is not, so without this
#: a full-text search could not use its GIN index under row-level security (a sequential scan:
#: measured 1.4 s against 63 ms at 100k tickets). The full-text match raises no error that could
#: reveal a row's content (a bad query fails in to_tsquery, on the searcher's own text).
#: ``ILIKE`` (texticlike) is the substring search over numbers and titles, served by pg_trgm
#: indexes: not LEAKPROOF, an agent's "INC-000123" search read the whole table (417 ms against
#: 6 ms at 100k). Its only error is a pattern ending in the escape character; a login that
#: wrote ``'x' ILIKE title`` could learn from it that some hidden title ends in a backslash,
#: and nothing else. That one bit is the price of substring search under row-level security.
LEAKPROOF = ("pg_catalog.ts_match_vq(tsvector, tsquery)", "pg_catalog.texticlike(text, text)")


def statements(desk: Desk) -> list[str]:
    """Every statement of ``security apply`` for ``desk``, in order."""
    out: list[str] = [f"ALTER FUNCTION {f} LEAKPROOF" for f in LEAKPROOF]
    out += _roles(desk)
    out += _ownership(desk)
    out += _functions(desk)
    out += _change_log_writer(desk)
    out += _grants(desk)
    out += _policies(desk)
    out += _triggers(desk)
    return out


def _create_role(name: str) -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"{quote_literal(name)}) THEN CREATE ROLE {quote_ident(name)} NOLOGIN; END IF; "
            f"END $$")


def _roles(desk: Desk) -> list[str]:
    names = [desk.roles.owner, *desk.roles.groups().values()]
    out = [_create_role(n) for n in names]
    # a group role never logs in and never inherits another (a login is put into groups)
    out += [f"ALTER ROLE {quote_ident(n)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
            f"NOBYPASSRLS" for n in names]
    return out


def _tables(desk: Desk) -> list[TableDeclaration]:
    return [d for d in TABLES.values() if d.name in desk.present]


def _ownership(desk: Desk) -> list[str]:
    owner = quote_ident(desk.roles.owner)
    out = [f"GRANT USAGE ON SCHEMA {quote_ident(desk.schema)} TO {owner}"]
    for name in sorted(desk.present):
        out.append(f"ALTER TABLE {desk.q(name)} OWNER TO {owner}")
    out += [f"ALTER FUNCTION {desk.q(f)}() OWNER TO {owner}" for f in desk.functions]
    return out


def _definer(desk: Desk, name: str, returns: str, body: str, *, args: str = "",
             volatility: str = "STABLE", language: str = "sql") -> list[str]:
    schema = quote_ident(desk.schema)
    return [
        f"CREATE OR REPLACE FUNCTION {desk.q(name)}({args}) RETURNS {returns} "
        f"LANGUAGE {language} {volatility} SECURITY DEFINER "
        # the caller's planner settings must not reach the helpers: the search sets
        # enable_seqscan off for its own statement, and the staff lookup planned under it took
        # 380 ms per statement (search as an agent 4.6x the superuser's; 1.0x pinned)
        f"SET search_path = {schema}, pg_catalog, pg_temp SET enable_seqscan = on "
        f"AS $fn$ {body} $fn$",
        f"ALTER FUNCTION {desk.q(name)}({_arg_types(args)}) OWNER TO "
        f"{quote_ident(desk.roles.owner)}",
        f"REVOKE ALL ON FUNCTION {desk.q(name)}({_arg_types(args)}) FROM PUBLIC",
    ]


def _arg_types(args: str) -> str:
    return ", ".join(a.split()[-1] for a in args.split(",") if a.strip())


#: The tables the helper functions read as the owner role (which FORCEd security also binds).
HELPER_READS = ("staff_users", "team_members")


def _functions(desk: Desk) -> list[str]:
    staff, members = desk.q("staff_users"), desk.q("team_members")
    mine = (f"FROM {members} m JOIN {staff} u ON u.id = m.staff_id WHERE u.username = "
            "session_user AND u.active AND u.deleted_at IS NULL")
    # a login without a staff record, or a disabled staff member, is refused with a sentence
    # at its next statement (policies call this first), even while signed in
    out = _definer(desk, "deskapp_current_staff_id", "uuid", (
        "DECLARE sid uuid; ok boolean; BEGIN "
        f"SELECT id, active AND deleted_at IS NULL INTO sid, ok FROM {staff} "
        "WHERE username = session_user; "
        "IF sid IS NULL THEN RAISE EXCEPTION 'The login % has no staff record on this desk; "
        "ask an administrator to run ''deskapp-admin staff add % --login''.', session_user, "
        f"session_user USING ERRCODE = '{REFUSED_STATE}'; END IF; "
        "IF NOT ok THEN RAISE EXCEPTION 'The staff member % is disabled on this desk, so the "
        "database refuses their work; ask an administrator to enable them again.', "
        f"session_user USING ERRCODE = '{REFUSED_STATE}'; END IF; RETURN sid; END"),
        language="plpgsql")
    out += _definer(desk, "deskapp_my_team_ids", "uuid[]",
                    f"SELECT coalesce(array_agg(m.team_id), '{{}}') {mine}")
    out += _definer(desk, "deskapp_my_led_team_ids", "uuid[]",
                    f"SELECT coalesce(array_agg(m.team_id), '{{}}') {mine} AND m.is_lead")
    # the actor of a history row: the login's staff record, unless the login is a superuser
    # (the admin CLI, demo data, imports keep the actor they give)
    out += _definer(desk, "deskapp_actor_id", "uuid",
                    f"SELECT u.id FROM {staff} u WHERE u.username = session_user AND NOT "
                    "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND "
                    "r.rolsuper)")
    out += _number_function(desk)
    out += _lifecycle_functions(desk)
    out += _history_functions(desk)
    out += _major_flag_function(desk)
    return out


def _number_function(desk: Desk) -> list[str]:
    counters = desk.q("number_counters")
    prefixes = ", ".join([*(quote_literal(d.prefix) for d in kinds.REGISTRY.values()
                            if not d.reserved),
                          *(quote_literal(p) for p in RECORD_PREFIXES)])
    body = (
        "DECLARE v integer; BEGIN "
        f"IF p_kind IS NULL OR NOT (p_kind = ANY (ARRAY[{prefixes}])) THEN "
        "RAISE EXCEPTION 'There is no kind of work item numbered %; numbers are allocated for "
        "kinds in use only.', p_kind USING ERRCODE = '22023'; END IF; "
        f"UPDATE {counters} SET last_value = last_value + 1 WHERE kind = p_kind "
        "RETURNING last_value INTO v; "
        f"IF v IS NULL THEN INSERT INTO {counters} (kind, last_value) VALUES (p_kind, 1) "
        f"ON CONFLICT (kind) DO UPDATE SET last_value = {counters}.last_value + 1 "
        "RETURNING last_value INTO v; END IF; RETURN v; END")
    return _definer(desk, "deskapp_next_number", "integer", body, args="p_kind text",
                    volatility="VOLATILE", language="plpgsql")


def lifecycle_steps() -> list[tuple[str, str, str]]:
    """(kind, from, to) for every step of every active kind: the trigger's table."""
    return sorted((key, source, target) for key in kinds.ACTIVE
                  for source, targets in kinds.REGISTRY[key].life.transitions.items()
                  for target in targets)


def lifecycle_statuses() -> list[tuple[str, str, str, str, str]]:
    """(kind, status, category, label, noun) for every status of every active kind."""
    return sorted((key, s, str(life.categories[s]), life.label(s), life.noun)
                  for key in kinds.ACTIVE for life in (kinds.REGISTRY[key].life,)
                  for s in life.statuses)


def _values(rows: Iterable[tuple[str, ...]]) -> str:
    return ", ".join("(" + ", ".join(quote_literal(v) for v in row) + ")" for row in rows)


def _migrating() -> str:
    return f"coalesce(current_setting({quote_literal(MIGRATING_SETTING)}, true), '') = 'on'"


def _lifecycle_functions(desk: Desk) -> list[str]:
    steps, statuses = desk.q("deskapp_lifecycle_steps"), desk.q("deskapp_lifecycle_statuses")
    owner = quote_ident(desk.roles.owner)
    check = (
        "DECLARE s record; o record; legal text; BEGIN "
        f"IF {_migrating()} THEN RETURN NEW; END IF; "
        "IF TG_OP = 'UPDATE' AND NEW.kind IS DISTINCT FROM OLD.kind THEN "
        "RAISE EXCEPTION 'A work item keeps its kind (% cannot become %); create a new item "
        f"instead.', OLD.kind, NEW.kind USING ERRCODE = '{LIFECYCLE_STATE}'; END IF; "
        f"SELECT * INTO s FROM {statuses}() x WHERE x.kind = NEW.kind AND x.status = NEW.status; "
        "IF NOT FOUND THEN RAISE EXCEPTION '''%'' is not a status of a %; use a status of its "
        f"lifecycle.', NEW.status, NEW.kind USING ERRCODE = '{LIFECYCLE_STATE}'; END IF; "
        "IF NEW.status_category IS DISTINCT FROM s.category THEN RAISE EXCEPTION "
        "'The status % of a % belongs to the category %, not %; set both together.', "
        f"s.label, s.noun, s.category, NEW.status_category USING ERRCODE = '{LIFECYCLE_STATE}'; "
        "END IF; "
        "IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS ("
        f"SELECT 1 FROM {steps}() t WHERE t.kind = NEW.kind AND t.from_status = OLD.status "
        "AND t.to_status = NEW.status) THEN "
        f"SELECT * INTO o FROM {statuses}() x WHERE x.kind = OLD.kind AND x.status = OLD.status; "
        f"SELECT string_agg(x.label, ', ' ORDER BY x.label) INTO legal FROM {steps}() t JOIN "
        f"{statuses}() x ON x.kind = t.kind AND x.status = t.to_status "
        "WHERE t.kind = NEW.kind AND t.from_status = OLD.status; "
        "RAISE EXCEPTION '% % cannot move from % to %; %.', CASE WHEN s.noun ~ '^[aeiou]' "
        "THEN 'An' ELSE 'A' END, s.noun, coalesce(o.label, "
        "OLD.status), s.label, CASE WHEN legal IS NULL THEN 'it is final' ELSE 'from ' || "
        f"coalesce(o.label, OLD.status) || ' it can go to ' || legal END USING ERRCODE = "
        f"'{LIFECYCLE_STATE}'; END IF; RETURN NEW; END")
    return [
        f"CREATE OR REPLACE FUNCTION {steps}() RETURNS TABLE (kind text, from_status text, "
        f"to_status text) LANGUAGE sql IMMUTABLE AS $fn$ VALUES {_values(lifecycle_steps())} "
        "$fn$",
        f"ALTER FUNCTION {steps}() OWNER TO {owner}",
        f"CREATE OR REPLACE FUNCTION {statuses}() RETURNS TABLE (kind text, status text, "
        "category text, label text, noun text) LANGUAGE sql IMMUTABLE AS $fn$ VALUES "
        f"{_values(lifecycle_statuses())} $fn$",
        f"ALTER FUNCTION {statuses}() OWNER TO {owner}",
        f"CREATE OR REPLACE FUNCTION {desk.q('deskapp_check_lifecycle')}() RETURNS trigger "
        f"LANGUAGE plpgsql AS $fn$ {check} $fn$",
        f"ALTER FUNCTION {desk.q('deskapp_check_lifecycle')}() OWNER TO {owner}",
    ]


def _history_functions(desk: Desk) -> list[str]:
    owner = quote_ident(desk.roles.owner)
    refuse = (
        f"BEGIN IF {_migrating()} THEN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
        "RETURN NEW; END IF; "
        "RAISE EXCEPTION 'The history in % is append-only: its rows are never changed or "
        "deleted, not even by the table owner. Record a correction as a new event.', "
        f"TG_TABLE_NAME USING ERRCODE = '{APPEND_ONLY_STATE}'; END")
    stamp = (
        f"DECLARE who uuid := {desk.q('deskapp_actor_id')}(); BEGIN "
        "IF who IS NOT NULL THEN NEW.actor_id := who; END IF; "
        # only audit_events has actor_login (PL/pgSQL does not short-circuit AND: nested IFs)
        "IF TG_TABLE_NAME = 'audit_events' THEN "
        "IF who IS NOT NULL OR NEW.actor_login IS NULL THEN NEW.actor_login := session_user; "
        "END IF; END IF; RETURN NEW; END")
    return [
        f"CREATE OR REPLACE FUNCTION {desk.q('deskapp_refuse_history_change')}() RETURNS "
        f"trigger LANGUAGE plpgsql AS $fn$ {refuse} $fn$",
        f"ALTER FUNCTION {desk.q('deskapp_refuse_history_change')}() OWNER TO {owner}",
        f"CREATE OR REPLACE FUNCTION {desk.q('deskapp_stamp_actor')}() RETURNS trigger "
        f"LANGUAGE plpgsql AS $fn$ {stamp} $fn$",
        f"ALTER FUNCTION {desk.q('deskapp_stamp_actor')}() OWNER TO {owner}",
    ]


def major_flag_roles() -> list[Role]:
    """The roles that may declare an incident major or stand it down (the domain's rule)."""
    return [r for r in Role if scopes((r,), Action.EDIT, Resource.MAJOR_INCIDENT)]


def major_flag_refusal() -> str:
    """The sentence the service says to anyone else, so both refuse alike."""
    nobody = Principal(uuid.UUID(int=0), frozenset())
    return decide(nobody, Action.EDIT, Resource.MAJOR_INCIDENT).reason


def _major_flag_function(desk: Desk) -> list[str]:
    """Setting or clearing the flag needs membership of a group role that holds the rule
    (a superuser is a member of every role: the admin CLI and demo data)."""
    allowed = " OR ".join(f"pg_has_role(session_user, {quote_literal(desk.roles.group(r))}, "
                          "'MEMBER')" for r in major_flag_roles())
    column = quote_ident(MAJOR_FLAG_COLUMN)
    check = (
        f"BEGIN IF {_migrating()} THEN RETURN NEW; END IF; "
        f"IF (TG_OP = 'INSERT' AND coalesce(NEW.{column}, false)) OR (TG_OP = 'UPDATE' AND "
        f"NEW.{column} IS DISTINCT FROM OLD.{column}) THEN "
        f"IF NOT ({allowed}) THEN RAISE EXCEPTION {quote_literal(major_flag_refusal())} "
        f"USING ERRCODE = '{REFUSED_STATE}'; END IF; END IF; RETURN NEW; END")
    name = desk.q("deskapp_check_major_flag")
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
        f"{check} $fn$",
        f"ALTER FUNCTION {name}() OWNER TO {quote_ident(desk.roles.owner)}",
    ]


def _grants(desk: Desk) -> list[str]:
    groups = desk.roles.groups()
    everyone = ", ".join(quote_ident(g) for g in groups.values())
    out = [f"GRANT USAGE ON SCHEMA {quote_ident(desk.schema)} TO {everyone}"]
    for name in sorted(BOOKKEEPING & desk.present):
        out += [f"REVOKE ALL ON {desk.q(name)} FROM PUBLIC, {everyone}",
                f"GRANT SELECT ON {desk.q(name)} TO {everyone}"]
    for decl in _tables(desk):
        out.append(f"REVOKE ALL ON {desk.q(decl.name)} FROM PUBLIC, {everyone}")
        for role in Role:
            privileges = _plan(desk, decl, role).privileges
            if privileges:
                out.append(f"GRANT {', '.join(privileges)} ON {desk.q(decl.name)} TO "
                           f"{quote_ident(groups[role])}")
    helpers = ("deskapp_current_staff_id", "deskapp_my_team_ids", "deskapp_my_led_team_ids",
               "deskapp_actor_id")
    out += [f"GRANT EXECUTE ON FUNCTION {desk.q(f)}() TO {everyone}" for f in helpers]
    numbering = [g for r, g in groups.items()
                 if any(scopes((Role(r),), Action.CREATE, k) for k in kinds.ACTIVE)]
    if numbering:
        out.append(f"GRANT EXECUTE ON FUNCTION {desk.q('deskapp_next_number')}(text) TO "
                   + ", ".join(quote_ident(g) for g in numbering))
    return out


def _drop_policies(desk: Desk) -> list[str]:
    """Start from no policy at all on DeskApp's tables (idempotent, and rules may shrink)."""
    schema = quote_literal(desk.schema)
    names = ", ".join(quote_literal(d.name) for d in _tables(desk))
    if not names:
        return []
    return [
        "DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname, tablename FROM pg_policies "
        f"WHERE schemaname = {schema} AND tablename IN ({names}) LOOP "
        f"EXECUTE format('DROP POLICY %I ON %I.%I', p.policyname, {schema}, p.tablename); "
        "END LOOP; END $$"]


def _trigger_names(decl: TableDeclaration) -> tuple[str, ...]:
    if decl.append_only:
        return ("deskapp_append_only", "deskapp_append_only_truncate", "deskapp_stamp_actor")
    if decl.policy is Policy.WORK_ITEM:
        return ("deskapp_lifecycle",)
    if decl.name == MAJOR_FLAG_TABLE:
        return ("deskapp_major_flag",)
    return ()


def strip_statements(desk: Desk) -> list[str]:
    """Policies and triggers off (before a downgrade: an older schema may lack their columns)."""
    return [*_drop_policies(desk),
            *(f"DROP TRIGGER IF EXISTS {name} ON {desk.q(decl.name)}"
              for decl in _tables(desk) for name in _trigger_names(decl))]


def _policies(desk: Desk) -> list[str]:
    out = _drop_policies(desk)
    owner = quote_ident(desk.roles.owner)
    for decl in _tables(desk):
        table = desk.q(decl.name)
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"]
        if decl.policy in (Policy.FUNCTION_ONLY, Policy.CHANGE_LOG, Policy.COUNTERS):
            out.append(f"CREATE POLICY deskapp_owner ON {table} AS PERMISSIVE FOR ALL TO "
                       f"{owner} USING (true) WITH CHECK (true)")
        if decl.name in HELPER_READS:
            out.append(f"CREATE POLICY deskapp_owner_read ON {table} FOR SELECT TO {owner} "
                       "USING (true)")
        for role in Role:
            out += _role_policies(desk, decl, role)
    return out


def _role_policies(desk: Desk, decl: TableDeclaration, role: Role) -> list[str]:
    plan = _plan(desk, decl, role)
    group = quote_ident(desk.roles.group(role))
    table = desk.q(decl.name)
    out = []

    def create(command: str, clauses: str) -> None:
        name = quote_ident(f"deskapp_{role.value}_{command.lower()}")
        out.append(f"CREATE POLICY {name} ON {table} AS PERMISSIVE FOR {command} TO {group} "
                   f"{clauses}")

    if plan.select is not None:
        create("SELECT", f"USING ({plan.select})")
    if plan.insert is not None:
        create("INSERT", f"WITH CHECK ({plan.insert})")
    if plan.update_using is not None:
        create("UPDATE", f"USING ({plan.update_using}) WITH CHECK "
                         f"({plan.update_check or 'false'})")
    if plan.delete is not None:
        create("DELETE", f"USING ({plan.delete})")
    return out


def _triggers(desk: Desk) -> list[str]:
    out = []
    for decl in _tables(desk):
        table = desk.q(decl.name)
        if decl.append_only:
            out += [
                f"DROP TRIGGER IF EXISTS deskapp_append_only ON {table}",
                f"CREATE TRIGGER deskapp_append_only BEFORE UPDATE OR DELETE ON {table} FOR "
                f"EACH ROW EXECUTE FUNCTION {desk.q('deskapp_refuse_history_change')}()",
                f"DROP TRIGGER IF EXISTS deskapp_append_only_truncate ON {table}",
                f"CREATE TRIGGER deskapp_append_only_truncate BEFORE TRUNCATE ON {table} FOR "
                f"EACH STATEMENT EXECUTE FUNCTION {desk.q('deskapp_refuse_history_change')}()",
                f"DROP TRIGGER IF EXISTS deskapp_stamp_actor ON {table}",
                f"CREATE TRIGGER deskapp_stamp_actor BEFORE INSERT ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION {desk.q('deskapp_stamp_actor')}()",
            ]
        if decl.policy is Policy.WORK_ITEM:
            out += [
                f"DROP TRIGGER IF EXISTS deskapp_lifecycle ON {table}",
                f"CREATE TRIGGER deskapp_lifecycle BEFORE INSERT OR UPDATE OF status, "
                f"status_category, kind ON {table} FOR EACH ROW EXECUTE FUNCTION "
                f"{desk.q('deskapp_check_lifecycle')}()",
            ]
        if decl.name == MAJOR_FLAG_TABLE:
            out += [
                f"DROP TRIGGER IF EXISTS deskapp_major_flag ON {table}",
                f"CREATE TRIGGER deskapp_major_flag BEFORE INSERT OR UPDATE OF "
                f"{quote_ident(MAJOR_FLAG_COLUMN)} ON {table} FOR EACH ROW EXECUTE FUNCTION "
                f"{desk.q('deskapp_check_major_flag')}()",
            ]
    return out
