"""Security in PostgreSQL (``deskapp-admin security apply``), tested as people attack it: psql-level
statements over a real login role per staff member, against real rows.

Each module run makes its own database and cluster-wide roles (logins and the desk's groups) with
unique names, and drops them afterwards. PostgreSQL only: skipped when DESKAPP_TEST_POSTGRES_URL
is unset, failing when it is set but unreachable (tests/support/fixtures.py).
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from deskapp.db import migrate
from deskapp.db.engine import make_engine
from deskapp.db.security import generate
from deskapp.db.security.apply import apply, is_applied
from deskapp.db.security.logins import PostgresLogins, SqliteLogins
from deskapp.db.security.names import DeskRoles
from deskapp.db.security.scram import verifier
from deskapp.domain import kinds
from deskapp.domain.permissions import Action, Principal, Target, decide
from deskapp.errors import ConfigError, InvalidTransition, PermissionDenied, ValidationError
from deskapp.runtime import open_database
from deskapp.services.container import Services
from deskapp.services.staff import resolve_actor
from tests.support.fixtures import PostgresDatabases
from tests.support.security import PEOPLE, SecuredDesk, drop_roles, fresh_desk, secured_desk

pytestmark = pytest.mark.postgres

desk = secured_desk


def _refused(conn: psycopg.Connection[Any], sql: str, params: Any = None) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    return caught.value


# -- the attacks of the issue -----------------------------------------------------------------

def test_an_agent_cannot_update_or_delete_an_event(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn:
        event = conn.execute("SELECT id FROM ticket_events LIMIT 1").fetchone()
        assert event is not None
        for sql in ("UPDATE ticket_events SET new_value = 'forged' WHERE id = %s",
                    "DELETE FROM ticket_events WHERE id = %s"):
            err = _refused(conn, sql, (event[0],))
            assert err.sqlstate == "42501", err
        assert _refused(conn, "TRUNCATE ticket_events").sqlstate == "42501"
        assert _refused(conn, "DELETE FROM audit_events").sqlstate == "42501"


def test_history_is_append_only_even_for_the_owner_and_a_superuser(desk: SecuredDesk) -> None:
    with desk.connect() as conn:
        for sql in ("UPDATE ticket_events SET new_value = 'x'", "DELETE FROM ticket_events",
                    "TRUNCATE ticket_events"):
            err = _refused(conn, sql)
            assert err.sqlstate == generate.APPEND_ONLY_STATE
            assert "append-only" in str(err)
        # a migration (the runner sets deskapp.migrating for its transaction) may rewrite
        with conn.transaction(force_rollback=True):
            conn.execute("SELECT set_config('deskapp.migrating', 'on', true)")
            assert conn.execute("UPDATE ticket_events SET new_value = new_value").rowcount > 0


def test_an_agent_cannot_make_themselves_admin(desk: SecuredDesk) -> None:
    admin_group = desk.roles.group("admin")
    with desk.connect("alice") as conn:
        assert _refused(conn, f'GRANT "{admin_group}" TO "{desk.logins["alice"]}"').sqlstate \
            == "42501"
        assert _refused(conn, f'SET ROLE "{admin_group}"').sqlstate == "42501"
        assert _refused(conn, f'SET ROLE "{desk.roles.owner}"').sqlstate == "42501"
        assert _refused(conn, "INSERT INTO staff_roles (staff_id, role) VALUES (%s, 'admin')",
                        (desk.staff["alice"],)).sqlstate == "42501"
        assert _refused(conn, "ALTER TABLE work_items DISABLE ROW LEVEL SECURITY").sqlstate \
            == "42501"


def test_an_agent_changes_their_teams_items_only(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn, conn.transaction(force_rollback=True):
        other = conn.execute("UPDATE work_items SET title = 'mine now' WHERE id = %s",
                             (desk.items["b"],))
        assert other.rowcount == 0
        own = conn.execute("UPDATE work_items SET title = 'fixed' WHERE id = %s",
                           (desk.items["a"],))
        assert own.rowcount == 1
        # assigned to alice though in team B; and untriaged items are anyone's
        for key in ("b_mine", "none"):
            assert conn.execute("UPDATE work_items SET title = 't' WHERE id = %s",
                                (desk.items[key],)).rowcount == 1
        # she may hand her item on to another team (the domain's hand-over)
        assert conn.execute("UPDATE work_items SET team_id = %s WHERE id = %s",
                            (desk.teams["B"], desk.items["a"])).rowcount == 1


def test_a_confidential_item_of_another_team_is_invisible(desk: SecuredDesk) -> None:
    secret = desk.items["b_secret"]
    for person, seen in (("alice", 0), ("bob", 1), ("adam", 1), ("sue", 0), ("audrey", 0)):
        with desk.connect(person) as conn:
            rows = conn.execute("SELECT count(*) FROM work_items WHERE id = %s",
                                (secret,)).fetchone()
            events = conn.execute("SELECT count(*) FROM ticket_events WHERE ticket_id = %s",
                                  (secret,)).fetchone()
            details = conn.execute("SELECT count(*) FROM incident_details WHERE "
                                   "work_item_id = %s", (secret,)).fetchone()
            assert (rows, details) == ((seen,), (seen,)), person
            assert events is not None and (events[0] > 0) == bool(seen), person


def test_closing_by_update_skipping_the_lifecycle_is_refused(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn:
        err = _refused(conn, "UPDATE work_items SET status = 'closed', status_category = 'done' "
                             "WHERE id = %s", (desk.items["a"],))
        assert err.sqlstate == generate.LIFECYCLE_STATE
        assert "cannot move from New to Closed" in str(err)
        err = _refused(conn, "UPDATE work_items SET status = 'assigned', status_category = "
                             "'done' WHERE id = %s", (desk.items["a"],))
        assert "category" in str(err)
        with conn.transaction(force_rollback=True):
            assert conn.execute("UPDATE work_items SET status = 'assigned' WHERE id = %s",
                                (desk.items["a"],)).rowcount == 1
    with desk.connect() as conn:  # the trigger binds a superuser too
        assert _refused(conn, "UPDATE work_items SET status = 'closed', status_category = "
                              "'done'").sqlstate == generate.LIFECYCLE_STATE


def test_the_trigger_table_is_the_domain_lifecycle(desk: SecuredDesk) -> None:
    domain = {(key, source, target) for key in kinds.ACTIVE
              for source, targets in kinds.REGISTRY[key].life.transitions.items()
              for target in targets}
    categories = {(key, s, str(kinds.REGISTRY[key].life.categories[s])) for key in kinds.ACTIVE
                  for s in kinds.REGISTRY[key].life.statuses}
    with desk.connect() as conn:
        steps = set(conn.execute("SELECT kind, from_status, to_status FROM "
                                 "deskapp_lifecycle_steps()").fetchall())
        statuses = set(conn.execute("SELECT kind, status, category FROM "
                                    "deskapp_lifecycle_statuses()").fetchall())
    assert steps == domain
    assert statuses == categories


def test_a_forged_actor_on_an_event_is_replaced_by_the_login(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn, conn.transaction(force_rollback=True):
        conn.execute("INSERT INTO ticket_events (id, ticket_kind, ticket_id, actor_id, "
                     "occurred_at, field, old_value, new_value) VALUES (%s, 'INC', %s, %s, "
                     "now(), 'title', 'a', 'b')",
                     (uuid.uuid4(), desk.items["a"], desk.staff["bob"]))
        conn.execute("INSERT INTO audit_events (id, occurred_at, actor_id, actor_login, "
                     "record_type, action) VALUES (%s, now(), %s, 'bob', 'service', 'changed')",
                     (uuid.uuid4(), desk.staff["bob"]))
        row = conn.execute("SELECT actor_id FROM ticket_events WHERE field = 'title' AND "
                           "new_value = 'b'").fetchone()
        assert row == (desk.staff["alice"],)
    with desk.connect("adam") as conn, conn.transaction(force_rollback=True):
        event = uuid.uuid4()
        conn.execute("INSERT INTO audit_events (id, occurred_at, actor_id, actor_login, "
                     "record_type, action) VALUES (%s, now(), %s, 'bob', 'service', 'changed')",
                     (event, desk.staff["bob"]))
        row = conn.execute("SELECT actor_id, actor_login FROM audit_events WHERE id = %s",
                           (event,)).fetchone()
        assert row == (desk.staff["adam"], desk.logins["adam"])


def test_a_superuser_keeps_the_actor_it_gives(desk: SecuredDesk) -> None:
    """The admin command line, demo data and imports write history in others' names."""
    with desk.connect() as conn, conn.transaction(force_rollback=True):
        event, audit = uuid.uuid4(), uuid.uuid4()
        conn.execute("INSERT INTO ticket_events (id, ticket_kind, ticket_id, actor_id, "
                     "occurred_at, field, old_value, new_value) VALUES (%s, 'INC', %s, %s, "
                     "now(), 'title', 'a', 'b')", (event, desk.items["a"], desk.staff["bob"]))
        conn.execute("INSERT INTO audit_events (id, occurred_at, actor_id, record_type, "
                     "action) VALUES (%s, now(), %s, 'service', 'changed')",
                     (audit, desk.staff["bob"]))
        assert conn.execute("SELECT actor_id FROM ticket_events WHERE id = %s",
                            (event,)).fetchone() == (desk.staff["bob"],)
        assert conn.execute("SELECT actor_id, actor_login FROM audit_events WHERE id = %s",
                            (audit,)).fetchone() == (desk.staff["bob"], desk.url.username)


def test_numbers_come_from_the_definer_function_only(desk: SecuredDesk) -> None:
    with desk.connect("alice") as conn:
        assert _refused(conn, "UPDATE number_counters SET last_value = 0").sqlstate == "42501"
        first = conn.execute("SELECT deskapp_next_number('INC')").fetchone()
        second = conn.execute("SELECT deskapp_next_number('INC')").fetchone()
        assert first is not None and second == (first[0] + 1,)
        assert _refused(conn, "SELECT deskapp_next_number('NOPE')").sqlstate == "22023"
    with desk.connect("audrey") as conn:  # the auditor creates nothing
        assert _refused(conn, "SELECT deskapp_next_number('INC')").sqlstate == "42501"


# -- bad input -----------------------------------------------------------------------------

def test_a_disabled_staff_member_is_refused_while_signed_in(desk: SecuredDesk) -> None:
    with desk.connect("tom") as conn:
        assert conn.execute("SELECT count(*) FROM work_items").fetchone() != (0,)
        with desk.connect() as admin:
            admin.execute("UPDATE staff_users SET active = false WHERE id = %s",
                          (desk.staff["tom"],))
        try:
            err = _refused(conn, "SELECT count(*) FROM work_items")
            assert err.sqlstate == generate.REFUSED_STATE
            assert "disabled" in str(err)
        finally:
            with desk.connect() as admin:
                admin.execute("UPDATE staff_users SET active = true WHERE id = %s",
                              (desk.staff["tom"],))


def test_a_role_revoked_mid_connection_refuses_the_next_statement(desk: SecuredDesk) -> None:
    login = desk.logins["tom"]
    with desk.connect("tom") as conn:
        conn.execute("SELECT 1 FROM work_items LIMIT 1")
        PostgresLogins(make_engine(desk.url)).set_roles(login, ())
        try:
            err = _refused(conn, "SELECT 1 FROM work_items LIMIT 1")
            assert err.sqlstate == "42501"
        finally:
            PostgresLogins(make_engine(desk.url)).set_roles(login, ("technician",))


def test_database_refusals_reach_the_services_as_typed_sentences(desk: SecuredDesk) -> None:
    """The app opened as an agent's login: it works, and what the database refuses arrives as
    PermissionDenied / InvalidTransition with a sentence."""
    db = open_database(desk.url.set(username=desk.logins["alice"]), auto_upgrade=False)
    try:
        actor = resolve_actor(db.uow, desk.logins["alice"])
        services = Services.build(db.uow, actor)
        made = services.incidents.create({"title": "as alice", "impact": 2, "urgency": 2,
                                          "team_id": desk.teams["A"]})
        assert made.number.startswith("INC-")
        with db.uow() as uow:
            events = uow.work_items.events(made.id)
            assert {e.actor_id for e in events} == {desk.staff["alice"]}
        with pytest.raises(PermissionDenied, match="append-only|may not do this"), db.uow() as uow:
            uow.session.execute(text("DELETE FROM ticket_events WHERE ticket_id = :i"),
                                {"i": made.id})
        with pytest.raises(InvalidTransition, match="cannot move from"), db.uow() as uow:
            uow.session.execute(text("UPDATE work_items SET status = 'closed', "
                                     "status_category = 'done' WHERE id = :i"), {"i": made.id})
        with pytest.raises(PermissionDenied, match="outside what your role"), db.uow() as uow:
            uow.session.execute(text("INSERT INTO work_item_comments (id, work_item_id, body, "
                                     "work_note, created_at) VALUES (:id, :w, 'x', false, "
                                     "now())"), {"id": uuid.uuid4(), "w": desk.items["b"]})
    finally:
        db.dispose()


def test_a_login_without_deskapp_grants_gets_a_sentence(
        desk: SecuredDesk, pg_databases: PostgresDatabases) -> None:
    stranger = f"stranger_{uuid.uuid4().hex[:6]}"
    desk_engine = make_engine(desk.url)
    with pg_databases.engine.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{stranger}" LOGIN'))
    try:
        with pytest.raises(PermissionDenied, match=f"staff add {stranger} --login"):
            open_database(desk.url.set(username=stranger), auto_upgrade=False)
        with desk_engine.begin() as conn:  # past the schema check: the tables
            conn.execute(text(f'GRANT SELECT ON alembic_version TO "{stranger}"'))
        db = open_database(desk.url.set(username=stranger), auto_upgrade=False)
        try:
            with pytest.raises(PermissionDenied, match="staff add") as caught, \
                    db.uow(read_only=True) as uow:
                uow.session.execute(text("SELECT count(*) FROM work_items")).scalar()
            assert "permission denied for table work_items" in str(caught.value)
        finally:
            db.dispose()
    finally:
        with desk_engine.begin() as conn:
            conn.execute(text(f'DROP OWNED BY "{stranger}"'))
        desk_engine.dispose()
        drop_roles(pg_databases, [stranger])


def test_apply_refuses_foreign_tables_and_applies_nothing(
        pg_databases: PostgresDatabases, pg_template: URL) -> None:
    with fresh_desk(pg_databases, pg_template) as url:
        engine = make_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE payroll (id int)"))
            with pytest.raises(ConfigError, match="payroll.*nothing was applied"):
                apply(engine)
            with engine.connect() as conn:
                assert not is_applied(conn)
                assert conn.execute(text("SELECT count(*) FROM pg_policies")).scalar() == 0
        finally:
            engine.dispose()


def test_two_desks_on_one_server_do_not_share_roles(
        desk: SecuredDesk, pg_databases: PostgresDatabases, pg_template: URL) -> None:
    with fresh_desk(pg_databases, pg_template) as url:
        other = DeskRoles(str(url.database))
        engine = make_engine(url)
        try:
            done = apply(engine)
            assert done.owner == other.owner != desk.roles.owner
            assert set(done.groups.values()).isdisjoint(desk.roles.groups().values())
            # alice, an agent of the first desk, reaches nothing on the second
            conninfo = url.set(drivername="postgresql", username=desk.logins["alice"])
            with psycopg.connect(conninfo.render_as_string(hide_password=False),
                                 autocommit=True) as conn:
                assert _refused(conn, "SELECT 1 FROM work_items").sqlstate == "42501"
        finally:
            engine.dispose()


def test_apply_is_idempotent_and_db_upgrade_reapplies(desk: SecuredDesk) -> None:
    engine = make_engine(desk.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP POLICY deskapp_agent_update ON work_items"))
        migrate.upgrade(engine)  # at head: nothing to migrate, security applied again
        with engine.connect() as conn:
            policies = conn.execute(text(
                "SELECT count(*) FROM pg_policies WHERE tablename = 'work_items' AND "
                "policyname = 'deskapp_agent_update'")).scalar()
            forced = conn.execute(text(
                "SELECT bool_and(relforcerowsecurity) FROM pg_class c JOIN pg_namespace n ON "
                "n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind = 'r' AND "
                "relname <> 'alembic_version'")).scalar()
            owners = set(conn.execute(text(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                .scalars())
        assert policies == 1 and forced is True
        assert owners == {desk.roles.owner}
        apply(engine)
    finally:
        engine.dispose()


def test_scram_verifier_matches_the_servers(desk: SecuredDesk,
                                           pg_databases: PostgresDatabases) -> None:
    probe = f"probe_{uuid.uuid4().hex[:6]}"
    with pg_databases.engine.connect() as conn:
        conn.execute(text("SET password_encryption = 'scram-sha-256'"))
        conn.execute(text(f"CREATE ROLE \"{probe}\" LOGIN PASSWORD 'pässword 1'"))
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                              {"r": probe}).scalar_one()
        alice = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                             {"r": desk.logins["alice"]}).scalar_one()
    drop_roles(pg_databases, [probe])
    import base64

    salt = base64.b64decode(stored.split("$")[1].split(":")[1])
    assert verifier("pässword 1", salt=salt) == stored
    assert alice.startswith("SCRAM-SHA-256$4096:")  # the login got a verifier, not plaintext


# -- the policies agree with domain.permissions.decide ----------------------------------------

CASES = ("a", "b", "none", "b_mine", "b_secret", "a_secret")


@pytest.mark.parametrize("person", list(PEOPLE))
def test_policies_agree_with_the_domain(desk: SecuredDesk, person: str) -> None:
    roles, members, leads = PEOPLE[person]
    principal = Principal(desk.staff[person], frozenset(roles),
                          frozenset(desk.teams[t] for t in members),
                          frozenset(desk.teams[t] for t in leads))
    with desk.connect() as admin:
        rows = {key: admin.execute("SELECT team_id, assignee_id, confidential FROM work_items "
                                   "WHERE id = %s", (desk.items[key],)).fetchone()
                for key in CASES}
    disagreements = []
    with desk.connect(person) as conn:
        for key in CASES:
            row = rows[key]
            assert row is not None
            target = Target(team_id=row[0], assignee_id=row[1], confidential=row[2])
            with conn.transaction(force_rollback=True):
                seen = conn.execute("SELECT count(*) FROM work_items WHERE id = %s",
                                    (desk.items[key],)).fetchone() == (1,)
                try:
                    changed = conn.execute("UPDATE work_items SET title = title || '!' WHERE "
                                           "id = %s", (desk.items[key],)).rowcount == 1
                except psycopg.errors.InsufficientPrivilege:
                    changed = False
            with conn.transaction(force_rollback=True):
                try:
                    conn.execute("INSERT INTO work_item_comments (id, work_item_id, body, "
                                 "work_note, created_at) VALUES (%s, %s, 'c', true, now())",
                                 (uuid.uuid4(), desk.items[key]))
                    commented = True
                except psycopg.errors.InsufficientPrivilege:
                    commented = False
            expected = (bool(decide(principal, Action.VIEW, "incident", target)),
                        bool(decide(principal, Action.EDIT, "incident", target)),
                        bool(decide(principal, Action.EDIT, "incident", target)))
            if (seen, changed, commented) != expected:
                disagreements.append((key, (seen, changed, commented), expected))
    assert not disagreements, f"{person}: (item, database, domain) {disagreements}"


def test_the_logins_api_the_admin_ui_calls(desk: SecuredDesk,
                                           pg_databases: PostgresDatabases) -> None:
    engine = make_engine(desk.url)
    logins = PostgresLogins(engine)
    login = desk.logins["audrey"]

    def role() -> tuple[Any, ...]:
        with pg_databases.engine.connect() as conn:
            row = conn.execute(text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE "
                                    "rolname = :r"), {"r": login}).one()
        return tuple(row)

    try:
        assert logins.exists(login) and not logins.exists(f"nobody_{uuid.uuid4().hex[:6]}")
        before = role()[1]
        logins.set_password(login, "another passphrase")
        assert role()[1] != before and role()[1].startswith("SCRAM-SHA-256$")
        logins.set_enabled(login, False)
        assert role()[0] is False
        logins.set_enabled(login, True)
        assert role()[0] is True
        with pytest.raises(ValidationError, match="Unknown role 'boss'"):
            logins.set_roles(login, ("boss",))
        with pytest.raises(ValidationError, match="superuser"):
            logins.create_login("postgres", None, ("agent",))
        with pytest.raises(ValidationError, match="no database login"):
            logins.set_password(f"nobody_{uuid.uuid4().hex[:6]}", "x" * 10)
    finally:
        engine.dispose()


def test_sqlite_desks_explain_they_have_no_logins() -> None:
    logins = SqliteLogins()
    with pytest.raises(ValidationError, match="SQLite desks have no database logins"):
        logins.create_login("x", "secret secret", ("agent",))
    assert not logins.exists("x")


def test_a_secured_desk_downgrades_and_upgrades_again(
        pg_databases: PostgresDatabases, pg_template: URL) -> None:
    with fresh_desk(pg_databases, pg_template) as url:
        engine = make_engine(url)

        def counts() -> tuple[int, int]:
            with engine.connect() as conn:
                return (
                    int(conn.execute(text("SELECT count(*) FROM pg_policies")).scalar_one()),
                    int(conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE "
                                          "'deskapp\\_lifecycle%'")).scalar_one()))

        try:
            apply(engine)
            assert counts()[0] > 50 and counts()[1] == 1
            migrate.downgrade(engine, "0006")  # drops work_items.confidential, read by policies
            assert counts() == (0, 0)
            migrate.upgrade(engine)
            assert counts()[0] > 50 and counts()[1] == 1
        finally:
            engine.dispose()


def test_a_disabled_staff_member_meets_a_sentence_in_the_app(desk: SecuredDesk) -> None:
    login = desk.logins["ian"]
    db = open_database(desk.url.set(username=login), auto_upgrade=False)
    try:
        services = Services.build(db.uow, resolve_actor(db.uow, login))
        assert services.incidents.get(desk.items["a"]).id == desk.items["a"]
        with desk.connect() as admin:
            admin.execute("UPDATE staff_users SET active = false WHERE id = %s",
                          (desk.staff["ian"],))
        try:
            with pytest.raises(PermissionDenied, match="disabled on this desk"):
                services.incidents.get(desk.items["a"])
        finally:
            with desk.connect() as admin:
                admin.execute("UPDATE staff_users SET active = true WHERE id = %s",
                              (desk.staff["ian"],))
    finally:
        db.dispose()


def test_full_text_search_may_use_its_index_under_row_level_security(
        desk: SecuredDesk) -> None:
    with desk.connect() as conn:
        row = conn.execute("SELECT proleakproof FROM pg_proc WHERE oid = "
                           "'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure").fetchone()
        ilike = conn.execute("SELECT proleakproof FROM pg_proc WHERE oid = "
                             "'pg_catalog.texticlike(text, text)'::regprocedure").fetchone()
    assert row == (True,) and ilike == (True,)  # substring search keeps its trigram index
    with desk.connect("alice") as conn:
        found = {r[0] for r in conn.execute(
            "SELECT id FROM work_items WHERE search_vector @@ to_tsquery('english', 'item')")}
    assert desk.items["a"] in found and desk.items["b_secret"] not in found


def test_the_change_log_is_written_by_its_trigger_and_follows_its_work_item(
        desk: SecuredDesk) -> None:
    secret = desk.items["b_secret"]
    with desk.connect("alice") as conn:
        assert _refused(conn, "INSERT INTO sync_log (txid, table_name, row_key, deleted) "
                              "VALUES (1, 'work_items', %s, false)", (secret,)).sqlstate \
            == "42501"
        assert conn.execute("SELECT count(*) FROM sync_log WHERE work_item_id = %s",
                            (secret,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sync_log WHERE work_item_id = %s",
                            (desk.items["a"],)).fetchone() != (0,)
    with desk.connect("bob") as conn:
        assert conn.execute("SELECT count(*) FROM sync_log WHERE work_item_id = %s",
                            (secret,)).fetchone() != (0,)


@pytest.mark.parametrize("where", [
    "status IN ('new', 'assigned', 'in_progress', 'pending')",  # All open
    "team_id = '{team}' AND status IN ('new', 'assigned')",     # a team's queue
    "assignee_id = '{me}' AND status IN ('new', 'assigned')",   # My open work
])
def test_queue_counts_stay_index_only_under_row_level_security(desk: SecuredDesk,
                                                               where: str) -> None:
    """Migration 0012: the policy reads confidential and team_id; the count indexes carry
    them, so a count never has to visit the table (2.7x slower as an agent without them)."""
    with desk.connect() as conn:
        team, me = conn.execute(
            "SELECT m.team_id, u.id FROM staff_users u JOIN team_members m ON m.staff_id = u.id "
            "WHERE u.username = %s", (desk.logins["alice"],)).fetchone() or (None, None)
        conn.execute("VACUUM ANALYZE work_items")
    assert team is not None
    with desk.connect("alice") as conn:
        conn.execute("SET enable_seqscan = off")
        conn.execute("SET enable_bitmapscan = off")
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT count(*) FROM work_items WHERE deleted_at IS NULL AND "
            + where.format(team=team, me=me)))
    assert "Index Only Scan using ix_queue_visible_" in plan, plan
    assert "confidential" in plan  # the policy is checked, inside the index


def test_the_policy_helpers_keep_their_own_planner_settings(desk: SecuredDesk) -> None:
    """The search turns enable_seqscan off for its statement; planned under that, the staff
    lookup every policy starts with took 380 ms a statement (search as an agent 4.6x)."""
    with desk.connect() as conn:
        configs = dict(conn.execute(
            "SELECT proname, proconfig FROM pg_proc WHERE proname IN "
            "('deskapp_current_staff_id', 'deskapp_my_team_ids', 'deskapp_my_led_team_ids')"
        ).fetchall())
    assert len(configs) == 3
    assert all("enable_seqscan=on" in (config or []) for config in configs.values()), configs


def test_knowledge_through_logins_and_the_database_rules(desk: SecuredDesk) -> None:
    """Two agents' logins write, review and publish an article (KB numbers from the definer
    function); the auditor reads it but may not write one, even in psql; a vote is its
    giver's."""
    from datetime import date, timedelta

    from deskapp.domain.knowledge import Step
    from deskapp.services.knowledge_dto import ArticleDraft

    def services_of(person: str) -> tuple[Any, Services]:
        db = open_database(desk.url.set(username=desk.logins[person]), auto_upgrade=False)
        return db, Services.build(db.uow, resolve_actor(db.uow, desk.logins[person]))

    (adb, alice), (bdb, bob) = services_of("alice"), services_of("bob")
    try:
        a = alice.knowledge.create(ArticleDraft(
            "VPN drops hourly", "Raise the DPD timeout.", owner_id=alice.actor.staff_id,
            review_due_on=date.today() + timedelta(days=30))).article
        assert a.number.startswith("KB-")
        a = alice.knowledge.step(a.id, a.version, Step.SUBMIT)
        a = bob.knowledge.step(a.id, a.version, Step.PUBLISH)
        assert a.status == "published" and bob.knowledge.vote(a.id, True).helpful == 1
    finally:
        adb.dispose()
        bdb.dispose()
    with desk.connect("audrey") as conn:
        assert conn.execute("SELECT count(*) FROM kb_articles").fetchone() == (1,)
        assert _refused(conn, "UPDATE kb_articles SET title = 'x'").sqlstate == "42501"
        assert _refused(conn, "SELECT deskapp_next_number('KB')").sqlstate == "42501"
    with desk.connect("alice") as conn:
        # bob's vote is bob's: alice sees it but cannot change it
        assert conn.execute("SELECT count(*) FROM kb_votes").fetchone() == (1,)
        conn.execute("UPDATE kb_votes SET helpful = false")
        assert conn.execute("SELECT count(*) FROM kb_votes WHERE NOT helpful").fetchone() \
            == (0,)


def test_article_pictures_through_logins_and_the_content_policy(
        desk: SecuredDesk, tmp_path: Any) -> None:
    """An agent's login stores a picture with an article (its bytes in the content store shared
    with attachments, which no attachment names); the auditor's login reads the bytes through
    the content policy but may not add a picture, even in psql."""
    from tests.support.pictures import png

    def services_of(person: str) -> tuple[Any, Services]:
        db = open_database(desk.url.set(username=desk.logins[person]), auto_upgrade=False)
        return db, Services.build(db.uow, resolve_actor(db.uow, desk.logins[person]))

    from deskapp.services.knowledge_dto import ArticleDraft

    path = tmp_path / "panel.png"
    path.write_bytes(png(7, 5))
    (adb, alice), (udb, audrey) = services_of("alice"), services_of("audrey")
    try:
        article = alice.knowledge.create(ArticleDraft("Label printer prints blank",
                                                      "Replace the ribbon.")).article
        image = alice.knowledge_images.add_image(article.id, path)
        (shown,) = audrey.knowledge_images.images(article.id, [image.id])
        assert (shown.state, shown.data) == ("shown", png(7, 5))
        with pytest.raises(PermissionDenied):
            audrey.knowledge_images.add_image(article.id, path)
    finally:
        adb.dispose()
        udb.dispose()
    with desk.connect("audrey") as conn:
        row = conn.execute("SELECT blob_sha256 FROM kb_article_images").fetchone()
        assert row is not None
        assert conn.execute("SELECT count(*) FROM attachment_chunks WHERE blob_sha256 = %s",
                            (row[0],)).fetchone() == (1,)
        err = _refused(conn, "INSERT INTO kb_article_images (id, version, created_at, "
                             "updated_at, article_id, file_name, media_type, size, width, "
                             "height, blob_sha256) SELECT gen_random_uuid(), 1, now(), now(), "
                             "article_id, 'x.png', 'image/png', 1, 1, 1, blob_sha256 FROM "
                             "kb_article_images")
        assert err.sqlstate == "42501"
