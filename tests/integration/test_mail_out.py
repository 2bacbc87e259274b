"""Mail out against a real SMTP server (aiosmtpd, STARTTLS or TLS, AUTH), on SQLite and
PostgreSQL: the outbox is written with the change, the worker sends it with threading headers,
retries with backoff, gives up visibly, and never puts a password in a message."""

from __future__ import annotations

import email
import uuid
from dataclasses import replace
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest

from deskapp.db.base import utcnow
from deskapp.db.models import MailOutboxEntry, StaffUser
from deskapp.domain.mail.retry import MAX_ATTEMPTS
from deskapp.domain.mail.settings import MailSettings
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.mail.worker import MailWorker
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk
from tests.support.mail_servers import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    SmtpServer,
    free_port,
    smtp_server,
)

DESK = "servicedesk@example.com"


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def settings_for(server: SmtpServer, **changes: Any) -> MailSettings:
    return replace(MailSettings(send_enabled=True, smtp_host="localhost",
                                smtp_port=server.port, smtp_security="starttls",
                                smtp_username=SMTP_USER, from_address=DESK,
                                from_name="Example Service Desk",
                                ca_file=str(server.ca_file)), **changes)


def outbox(database: Database) -> list[MailOutboxEntry]:
    with database.uow(read_only=True) as uow:
        rows = uow.session.query(MailOutboxEntry).order_by(MailOutboxEntry.created_at).all()
        uow.session.expunge_all()
        return rows


def received(server: SmtpServer, count: int) -> list[EmailMessage]:
    envelopes = server.wait_for(count)
    assert len(envelopes) == count
    return [email.message_from_bytes(e.content, policy=policy.default)  # type: ignore[misc]
            for e in envelopes]


def new_incident(services: Services, desk: Desk, **fields: Any) -> Any:
    return services.incidents.create({"title": "Printer on floor 3 jams", "impact": 3,
                                      "urgency": 3, "caller_id": desk.caller_id, **fields})


def test_logged_and_commented_items_reach_the_caller_over_starttls(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    assert SMTP_PASSWORD in keys.store.values()  # the keyring, not the database
    with database.uow(read_only=True) as uow:
        assert SMTP_PASSWORD not in str(uow.settings.get("mail"))
    item = new_incident(services, desk)
    services.incidents.add_comment(item.id, "Internal: toner low", work_note=True)
    services.incidents.add_comment(item.id, "A technician comes at 2 pm.", work_note=False)
    queued = outbox(database)
    assert [(r.event, r.recipient, r.state) for r in queued] == [
        ("logged", "casey@example.com", "pending"), ("comment", "casey@example.com", "pending")]

    report = MailWorker(database.uow).send_due()
    assert (report.sent, report.failed, report.errors) == (2, 0, [])
    logged, comment = received(smtp, 2)
    assert smtp.logins == [SMTP_USER]
    assert logged["Subject"] == f"[{item.number}] We received your call: Printer on floor 3 jams"
    assert comment["Subject"].startswith(f"[{item.number}] ")
    assert "A technician comes at 2 pm." in comment.get_content()
    assert "toner" not in comment.get_content() + logged.get_content()
    anchor = f"<item-{item.id}@example.com>"
    for message, row in zip((logged, comment), queued, strict=True):
        assert message["Message-ID"] == row.message_id
        assert anchor in message["References"]
        assert message["Auto-Submitted"] == "auto-generated"
        assert message["To"] == "casey@example.com"
        assert DESK in message["From"]
    assert {r.state for r in outbox(database)} == {"sent"}
    # sent once: another round sends nothing
    assert MailWorker(database.uow).send_due().sent == 0
    assert len(smtp.messages) == 2


def test_the_message_is_part_of_the_changes_transaction(database: Database,
                                                        services: Services, desk: Desk,
                                                        smtp: SmtpServer,
                                                        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    with database.uow() as uow:
        services.incidents._create_in(uow, {"title": "Rolled back", "impact": 3, "urgency": 3,
                                            "caller_id": desk.caller_id}, utcnow())
        uow.session.flush()
        assert len(uow.mail.outbox(("pending",), 10)) == 1
        # no commit: the incident and its message go together
    assert outbox(database) == []
    # a refused change queues nothing either
    item = new_incident(services, desk)
    with pytest.raises(ValidationError):
        services.incidents.transition(item.id, item.version, "resolved")
    assert [r.event for r in outbox(database)] == ["logged"]


def test_resolution_over_implicit_tls_carries_rating_links(
        database: Database, services: Services, desk: Desk, keys: MemoryKeyring) -> None:
    with smtp_server(implicit_tls=True) as server:
        services.mail.save_settings(settings_for(server, smtp_security="tls"),
                                    smtp_password=SMTP_PASSWORD)
        item = new_incident(services, desk, team_id=desk.team_id)
        item = services.incidents.transition(item.id, item.version, "in_progress")
        item = services.incidents.transition(item.id, item.version, "resolved",
                                             resolution_code="Solved (permanently)",
                                             resolution_notes="Cleared the paper path.")
        assert MailWorker(database.uow).send_due().sent == 2
        resolved = received(server, 2)[1]
    body = resolved.get_content()
    assert resolved["Subject"] == f"[{item.number}] Resolved: Printer on floor 3 jams"
    assert "Cleared the paper path." in body
    for score in range(1, 6):
        assert f"mailto:{DESK}?subject=Rating%20{score}%20%5B{item.number}%5D" in body


def test_wrong_password_backs_off_then_fails_visibly_and_can_be_sent_again(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password="not-the-password")
    new_incident(services, desk)
    # a minute after the message was queued (a fixed date became the past, and the message
    # queued at the real time was then not due at it)
    now = [utcnow().replace(microsecond=0) + timedelta(minutes=1)]
    worker = MailWorker(database.uow, clock=lambda: now[0])
    report = worker.send_due()
    assert (report.sent, report.failed) == (0, 1)
    assert "refused the user name desk" in report.errors[0]
    row = outbox(database)[0]
    assert (row.state, row.attempts) == ("pending", 1)
    assert row.next_attempt_at == now[0] + timedelta(minutes=1)
    assert "not-the-password" not in (row.last_error or "")
    # not due yet: nothing is tried
    assert worker.send_due().failed == 0
    delays = []
    while outbox(database)[0].state == "pending":
        due = outbox(database)[0].next_attempt_at
        assert due is not None
        delays.append(due - now[0])
        now[0] = due
        worker.send_due()
    assert delays == [timedelta(minutes=2 ** n) for n in range(MAX_ATTEMPTS - 1)]
    failed = services.mail.outbox(("failed",))
    assert len(failed) == 1 and failed[0].attempts == MAX_ATTEMPTS
    assert "enter them again in the mail settings" in (failed[0].last_error or "")
    assert smtp.messages == []
    # the administrator fixes the password and sends it again
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    assert services.mail.retry([failed[0].id]) == 1
    assert worker.send_due().sent == 1
    assert len(received(smtp, 1)) == 1
    assert services.mail.retry([failed[0].id]) == 0  # a sent message is never sent again


def test_a_refused_recipient_fails_at_once_and_others_still_go(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    smtp.refuse.add("casey@example.com")
    with database.uow() as uow:
        member = uow.session.get(StaffUser, desk.member_id)
        assert member is not None
        member.email = "morgan@example.com"
        uow.commit()
    new_incident(services, desk, team_id=desk.team_id, assignee_id=desk.member_id)
    report = MailWorker(database.uow).send_due()
    assert (report.sent, report.failed) == (1, 1)
    rows = {r.event: r for r in outbox(database)}
    assert rows["logged"].state == "failed" and "550" in (rows["logged"].last_error or "")
    assert rows["assigned"].state == "sent"
    assert received(smtp, 1)[0]["To"] == "morgan@example.com"


def test_an_unreachable_server_says_so_and_loses_nothing(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp, smtp_port=free_port()),
                                smtp_password=SMTP_PASSWORD)
    new_incident(services, desk)
    report = MailWorker(database.uow).send_due()
    assert report.sent == 0
    assert "refused the connection" in report.errors[0]
    assert outbox(database)[0].state == "pending"


def test_opted_out_callers_get_nothing_and_sending_off_queues_nothing(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    services.mail.set_opt_out(desk.caller_id, True, "asked on the phone")
    assert services.mail.opted_out(desk.caller_id)
    item = new_incident(services, desk)
    services.incidents.add_comment(item.id, "On it.", work_note=False)
    assert outbox(database) == []
    services.mail.set_opt_out(desk.caller_id, False)
    services.incidents.add_comment(item.id, "Fixed?", work_note=False)
    assert [r.event for r in outbox(database)] == ["comment"]
    services.mail.save_settings(settings_for(smtp, send_enabled=False))
    services.incidents.add_comment(item.id, "Anyone?", work_note=False)
    assert len(outbox(database)) == 1


def test_only_administrators_change_mail_settings(database: Database, services: Services,
                                                  smtp: SmtpServer,
                                                  keys: MemoryKeyring) -> None:
    agent = ensure_staff(database.uow, f"a{uuid.uuid4().hex[:6]}", "Ada Agent",
                         roles=("agent",))
    with pytest.raises(PermissionDenied):
        Services.build(database.uow, agent).mail.save_settings(settings_for(smtp))
    with pytest.raises(ValidationError, match="never sent unencrypted"):
        services.mail.save_settings(settings_for(smtp, smtp_security="none"))
