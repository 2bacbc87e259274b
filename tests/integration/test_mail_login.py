"""The mail worker's own login on a secured PostgreSQL desk (``deskapp-admin mail login``):
made with only the mail_worker role and its password in the keyring; as that login the worker
logs an incident from a message, sends the outbox to a real SMTP server (aiosmtpd) and takes
the caller's reply; and the database refuses it what it must not read or change (the audit
trail, queues, knowledge, settings, staff and roles, confidential items)."""

from __future__ import annotations

import email
import uuid
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from deskapp.config import credentials
from deskapp.db.security.apply import apply
from deskapp.db.security.mail_login import make_mail_login
from deskapp.errors import ConfigError, ValidationError
from deskapp.mail.worker import MailWorker
from deskapp.runtime import Database, open_database, with_keyring_password
from deskapp.services.administration import role_choices
from deskapp.services.container import Services
from deskapp.services.mail_in import MailInService
from deskapp.services.staff import ensure_staff
from tests.integration.test_mail_out import DESK, settings_for
from tests.support.factories import make_desk
from tests.support.fixtures import PostgresDatabases
from tests.support.mail_servers import SMTP_PASSWORD, MemoryKeyring, SmtpServer
from tests.support.security import fresh_desk


@pytest.fixture
def desk_url(pg_databases: PostgresDatabases, pg_template: URL) -> Iterator[tuple[URL, str]]:
    login = f"mailer_{uuid.uuid4().hex[:6]}"
    with fresh_desk(pg_databases, pg_template, [login]) as url:
        yield url, login


def _message(sender: str, subject: str, body: str, refs: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, DESK, subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@client.example.net>"
    if refs:
        msg["References"] = refs
    msg.set_content(body)
    return bytes(msg)


def _refused(conn: psycopg.Connection[Any], sql: str) -> str | None:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql)
    return caught.value.sqlstate


def test_the_mail_worker_works_as_its_own_login_and_reads_nothing_else(
        desk_url: tuple[URL, str], smtp: SmtpServer, keys: MemoryKeyring) -> None:
    url, login = desk_url
    db = open_database(url, auto_upgrade=False)
    try:
        admin = Services.build(db.uow, ensure_staff(db.uow, "postgres", "Database admin",
                                                     ("admin",)))
        made = make_desk(db)
        admin.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
        secret = admin.incidents.create({"title": "HR case", "impact": 3, "urgency": 3,
                                         "team_id": made.team_id})
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE work_items SET confidential = true WHERE id = :i"),
                         {"i": secret.id})
        with pytest.raises(ConfigError, match="security apply"):
            make_mail_login(db, login)
        apply(db.engine)
        assert make_mail_login(db, login) is True
        stored = credentials.load_password(login, url.host or "", url.database or "")
        assert stored and len(stored) >= 32 and stored in keys.store.values()
        assert make_mail_login(db, login) is False  # renewed: a new password
        renewed = credentials.load_password(login, url.host or "", url.database or "")
        assert renewed and renewed != stored
        with pytest.raises(ValidationError, match="mail worker role only"):
            make_mail_login(db, "postgres")
    finally:
        db.dispose()

    # the worker, as its own login (the password from the keyring, as 'mail run' does)
    worker_url = with_keyring_password(url.set(username=login, password=None))
    assert worker_url.password == renewed
    worker_db: Database = open_database(worker_url, auto_upgrade=False)
    try:
        inbound = MailInService(worker_db.uow)
        first = inbound.process(_message("Casey Caller <casey@example.com>", "Scanner offline",
                                         "The scanner on floor 2 is offline."), fallback_key="1")
        assert first.outcome == "incident" and first.number
        newcomer = inbound.process(_message("Nina New <nina@example.com>", "Cannot log in",
                                            "Password expired."), fallback_key="2")
        assert newcomer.outcome == "incident"
        report = MailWorker(worker_db.uow).send_due()
        assert (report.sent, report.failed, report.errors) == (2, 0, [])
        sent = [email.message_from_bytes(e.content, policy=policy.default)  # type: ignore[misc]
                for e in smtp.wait_for(2)]
        assert {m["To"] for m in sent} == {"casey@example.com", "nina@example.com"}
        reply = next(m for m in sent if m["To"] == "casey@example.com")
        answer = inbound.process(_message("casey@example.com", f"Re: {reply['Subject']}",
                                          "It works again after a restart.",
                                          refs=reply["References"]), fallback_key="3")
        assert (answer.outcome, answer.number) == ("comment", first.number)
    finally:
        worker_db.dispose()

    conninfo = url.set(drivername="postgresql", username=login, password=None)
    with psycopg.connect(conninfo.render_as_string(hide_password=False),
                         autocommit=True) as conn:
        # what it needs
        assert conn.execute("SELECT count(*) FROM mail_outbox").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM mail_messages").fetchone()[0] == 3
        # what it must not read
        for table in ("audit_events", "queue_definitions", "staff_preferences", "kb_articles",
                      "improvement_initiatives", "number_counters"):
            assert _refused(conn, f"SELECT * FROM {table} LIMIT 1") == "42501", table
        assert conn.execute("SELECT count(*) FROM work_items WHERE confidential").fetchone()[
            0] == 0
        # what it must not change
        for sql in ("UPDATE app_settings SET value = value",
                    "UPDATE staff_users SET full_name = 'x'",
                    "INSERT INTO staff_roles (staff_id, role) SELECT id, 'admin' FROM "
                    "staff_users LIMIT 1",
                    "UPDATE services SET name = name",
                    "DELETE FROM mail_outbox"):
            assert _refused(conn, sql) == "42501", sql


def test_the_mail_worker_role_is_not_given_or_taken_in_the_administration(
        database: Database, services: Services) -> None:
    worker = ensure_staff(database.uow, f"mw{uuid.uuid4().hex[:6]}", "Mail worker",
                          ("mail_worker",))
    admin = services.administration
    with pytest.raises(ValidationError, match="deskapp-admin mail login"):
        admin.set_roles(worker.staff_id, ["agent"])
    with pytest.raises(ValidationError, match="deskapp-admin mail login"):
        admin.create_staff(f"p{uuid.uuid4().hex[:6]}", "Pat Person", ["mail_worker"])
    assert "mail_worker" not in [r for r, _label in role_choices()]
    person = admin.create_staff(f"p{uuid.uuid4().hex[:6]}", "Pat Person", ["agent"])
    with pytest.raises(ValidationError, match="deskapp-admin mail login"):
        admin.set_roles(person.id, ["agent", "mail_worker"])
    assert admin.set_roles(person.id, ["agent", "supervisor"]).roles
