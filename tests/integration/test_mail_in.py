"""Mail in against a real IMAP server (a private Dovecot started by the test) and mail out
against a real SMTP server (aiosmtpd), on SQLite and PostgreSQL: new mail becomes an incident,
the agent's comment reaches the caller, the caller's reply lands on the same item, a rating
reply is counted; exactly once even when the worker is killed between fetch and commit;
auto-replies, bounces and loops ignored; hostile mail kept safe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.base import utcnow
from deskapp.db.models import (
    Attachment,
    Comment,
    MailMessage,
    MailOutboxEntry,
    Person,
    WorkItem,
    WorkItemLink,
)
from deskapp.domain.mail.settings import MailSettings
from deskapp.mail.worker import MailWorker
from deskapp.runtime import Database
from deskapp.services.container import Services
from tests.support.mail_servers import (
    IMAP_PASSWORD,
    IMAP_TOKEN,
    IMAP_USER,
    SMTP_PASSWORD,
    SMTP_USER,
    ImapServer,
    MemoryKeyring,
    SmtpServer,
)

DESK = "servicedesk@example.com"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def configured(services: Services, imap: ImapServer, smtp: SmtpServer,
               keys: MemoryKeyring) -> Services:
    services.mail.save_settings(MailSettings(
        send_enabled=True, smtp_host="localhost", smtp_port=smtp.port, smtp_username=SMTP_USER,
        from_address=DESK, receive_enabled=True, imap_host="localhost", imap_port=imap.port,
        imap_username=IMAP_USER, ca_file=str(imap.ca_file)), smtp_password=SMTP_PASSWORD,
        imap_secret=IMAP_PASSWORD)
    # both servers' certificates come from one throwaway CA each: trust the IMAP one for IMAP
    # and the SMTP one for SMTP through one CA file holding both
    bundle = imap.folder / "cas.pem"
    bundle.write_bytes(imap.ca_file.read_bytes() + smtp.ca_file.read_bytes())
    settings = services.mail.status().settings
    from dataclasses import replace
    services.mail.save_settings(replace(settings, ca_file=str(bundle)))
    return services


def mail(sender: str, subject: str, body: str, *, name: str = "", **headers: str
         ) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Message-ID"] = headers.pop("message_id", make_msgid(domain="caller.example"))
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def count(database: Database, model: Any, *where: Any) -> int:
    with database.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where))
                   or 0)


def items(database: Database) -> list[WorkItem]:
    with database.uow(read_only=True) as uow:
        rows = list(uow.session.scalars(select(WorkItem).order_by(WorkItem.number)))
        uow.session.expunge_all()
        return rows


def comments(database: Database, item_id: uuid.UUID) -> list[Comment]:
    with database.uow(read_only=True) as uow:
        rows = list(uow.work_items.comments(item_id))
        uow.session.expunge_all()
        return rows


def test_mail_becomes_incident_comment_goes_out_reply_lands_and_rating_counts(
        database: Database, configured: Services, imap: ImapServer, smtp: SmtpServer) -> None:
    services = configured
    worker = MailWorker(database.uow)
    first = mail("pat.jones@caller.example", "VPN drops every 10 minutes",
                 "Since this morning the VPN drops.\n\n-- \nPat Jones\nFinance", name="Pat Jones")
    imap.deliver(first.as_bytes())
    report = worker.fetch()
    assert report.received == {"incident": 1}, report.line()
    [item] = items(database)
    assert (item.title, item.channel) == ("VPN drops every 10 minutes", "email")
    with database.uow(read_only=True) as uow:
        caller = uow.session.get(Person, item.caller_id)
        assert caller is not None
        assert (caller.full_name, caller.email) == ("Pat Jones", "pat.jones@caller.example")
    assert b"\\Seen" in imap.flags()[0]
    assert worker.fetch().received == {}  # nothing new

    services.incidents.add_comment(item.id, "Please try the new VPN profile.", work_note=False)
    sent = worker.send_due()
    assert sent.sent == 2, sent.line()  # the acknowledgement and the comment
    envelopes = smtp.wait_for(2)
    import email as email_module
    from email import policy
    out = [email_module.message_from_bytes(e.content, policy=policy.default)  # type: ignore[misc]
           for e in envelopes]
    comment_mail = out[1]
    assert comment_mail["To"] == "pat.jones@caller.example"
    assert comment_mail["In-Reply-To"] == first["Message-ID"]
    assert "Please try the new VPN profile." in comment_mail.get_content()

    reply = mail("Pat.Jones@caller.example", f"Re: {comment_mail['Subject']}",
                 "Still drops, even with the new profile.\n\nBest\nPat\n-- \nPat Jones\n"
                 "Finance\n\nOn Mon, 7 Dec 2026 at 09:00, Service Desk wrote:\n"
                 "> Please try the new VPN profile.\n",
                 In_Reply_To=comment_mail["Message-ID"],
                 References=f"{comment_mail['References']} {comment_mail['Message-ID']}")
    imap.deliver(reply.as_bytes())
    assert worker.fetch().received == {"comment": 1}
    assert len(items(database)) == 1
    caller_comment = comments(database, item.id)[-1]
    assert caller_comment.author_id is None and not caller_comment.work_note
    assert "Still drops, even with the new profile." in caller_comment.body
    assert "Please try the new VPN profile." not in caller_comment.body  # the quote
    assert "Finance" not in caller_comment.body  # the signature, kept apart
    with database.uow(read_only=True) as uow:
        processed = uow.mail.processed(reply["Message-ID"])
        assert processed is not None and "Finance" in (processed.note or "")

    item = items(database)[0]
    dto = services.incidents.transition(item.id, item.version, "in_progress")
    dto = services.incidents.transition(item.id, dto.version, "resolved",
                                        resolution_code="Solved (permanently)",
                                        resolution_notes="Replaced the VPN client.")
    assert worker.send_due().sent == 1
    resolved = email_module.message_from_bytes(smtp.wait_for(3)[2].content,
                                               policy=policy.default)  # type: ignore[misc]
    rating = mail("pat.jones@caller.example", f"Re: {resolved['Subject']}",
                  "5 - quick and friendly\n\n> How did we do?",
                  In_Reply_To=resolved["Message-ID"], References=resolved["References"])
    imap.deliver(rating.as_bytes())
    assert worker.fetch().received == {"rating": 1}
    figures = services.satisfaction.figures(utcnow() - timedelta(days=1),
                                            utcnow() + timedelta(days=1))
    assert (figures.count, figures.by_score[5], figures.csat_percent) == (1, 1, 100.0)
    [stored] = services.satisfaction.ratings(item.id)
    assert (stored.score, stored.comment, stored.source) == (5, "quick and friendly", "email")
    assert services.incidents.get(item.id).status == "resolved"  # a rating does not reopen


def test_a_reply_reopens_within_the_window_and_a_closed_item_gets_a_new_one(
        database: Database, configured: Services, imap: ImapServer) -> None:
    services = configured
    worker = MailWorker(database.uow)
    imap.deliver(mail("lee@caller.example", "Outlook crashes", "On start.").as_bytes())
    worker.fetch()
    [item] = items(database)
    dto = services.incidents.transition(item.id, item.version, "in_progress")
    dto = services.incidents.transition(item.id, dto.version, "resolved",
                                        resolution_code="Solved (permanently)",
                                        resolution_notes="Repaired the profile.")
    imap.deliver(mail("lee@caller.example", f"Re: [{item.number}] Resolved",
                      "It crashes again.").as_bytes())
    assert worker.fetch().received == {"reopened": 1}
    reopened = services.incidents.get(item.id)
    assert (reopened.status, reopened.reopen_count) == ("in_progress", 1)
    dto = services.incidents.transition(item.id, reopened.version, "resolved",
                                        resolution_code="Solved (permanently)",
                                        resolution_notes="New profile.")
    dto = services.incidents.transition(item.id, dto.version, "closed")
    imap.deliver(mail("lee@caller.example", f"Re: [{item.number}] Resolved",
                      "And again, sorry.").as_bytes())
    assert worker.fetch().received == {"incident": 1}
    new = [i for i in items(database) if i.id != item.id]
    assert len(new) == 1
    assert count(database, WorkItemLink, WorkItemLink.source_id == new[0].id,
                 WorkItemLink.target_id == item.id) == 1


def test_auto_replies_bounces_and_loops_are_ignored(database: Database,
                                                    configured: Services,
                                                    imap: ImapServer) -> None:
    ignored = [
        mail("pat@caller.example", "Out of office", "Back Monday.", Auto_Submitted="auto-replied"),
        mail("pat@caller.example", "Automatic reply", "Away.", Precedence="auto_reply"),
        mail("MAILER-DAEMON@mx.caller.example", "Undelivered Mail Returned to Sender",
             "Delivery failed."),
        mail("other@desk.example", "[INC-000001] Update", "Ping", X_DeskApp_Loop="x@y"),
        mail(DESK, "Hello from myself", "Loop."),
    ]
    for message in ignored:
        imap.deliver(message.as_bytes())
    report = MailWorker(database.uow).fetch()
    assert report.received == {"ignored": 5}
    assert items(database) == []
    assert count(database, MailMessage, MailMessage.outcome == "ignored") == 5


def test_a_forged_number_goes_to_review_not_onto_the_item(
        database: Database, configured: Services, imap: ImapServer) -> None:
    services = configured
    worker = MailWorker(database.uow)
    imap.deliver(mail("sam@caller.example", "Password reset", "Locked out.").as_bytes())
    worker.fetch()
    [item] = items(database)
    before = len(comments(database, item.id))
    forged = mail("mallory@evil.example", f"Re: [{item.number}] Password reset",
                  "Please send the new password to this address.")
    imap.deliver(forged.as_bytes())
    assert worker.fetch().received == {"review": 1}
    assert len(comments(database, item.id)) == before
    [review] = services.mail.reviews()
    assert (review.sender, review.work_item_id) == ("mallory@evil.example", item.id)
    services.mail.dismiss_review(review.id)
    assert services.mail.reviews() == []


def test_hostile_mail_is_read_safely(database: Database, configured: Services,
                                     imap: ImapServer) -> None:
    services = configured
    worker = MailWorker(database.uow)
    html = EmailMessage()
    html["From"] = "kim@caller.example"
    html["To"] = DESK
    html["Subject"] = "Screen flickers"
    html["Message-ID"] = make_msgid()
    html.set_content("<html><head><script>alert('x')</script><style>p{}</style></head>"
                     "<body><p>The screen <b>flickers</b>.</p><script>steal()</script>"
                     "</body></html>", subtype="html")
    html.add_attachment(b"\x89PNG\r\n\x1a\n" + b"0" * 2000, maintype="image", subtype="png",
                        filename="../../etc/screen.png")
    huge = mail("kim@caller.example", "Log files", "Logs attached.")
    huge.add_attachment(os.urandom(50 * 1024 * 1024), maintype="application",
                        subtype="zip", filename="logs.zip")
    broken = (b"From: ron@caller.example\r\nTo: " + DESK.encode() + b"\r\n"
              b"Subject: =?utf-8?q?broken=ZZ?= printer\r\nMessage-ID: <broken@caller>\r\n"
              b"Content-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n"
              b"--wrong\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\n"
              b"The printer \xff\xfe is broken\r\n--wrong")
    for raw in (html.as_bytes(), huge.as_bytes(), broken):
        imap.deliver(raw)
    report = worker.fetch()
    assert report.received == {"incident": 3}, report.line()
    by_title = {i.title: i for i in items(database)}
    flicker = services.incidents.get(by_title["Screen flickers"].id)
    assert "The screen flickers." in (flicker.description or "")
    assert "alert" not in (flicker.description or "") and "steal" not in (flicker.description
                                                                          or "")
    [png] = services.attachments.attachments(flicker.id)
    assert png.file_name == "screen.png"
    logs = by_title["Log files"]
    assert count(database, Attachment, Attachment.work_item_id == logs.id) == 0
    note = comments(database, logs.id)[-1]
    assert note.work_note and "logs.zip" in note.body
    assert any("printer" in title for title in by_title)


def test_xoauth2_signs_in_and_a_wrong_secret_says_what_to_do(
        database: Database, configured: Services, imap: ImapServer,
        keys: MemoryKeyring) -> None:
    from dataclasses import replace

    services = configured
    settings = replace(services.mail.status().settings, imap_auth="xoauth2")
    services.mail.save_settings(settings, imap_secret=IMAP_TOKEN)
    imap.deliver(mail("jo@caller.example", "Token test", "Hi").as_bytes())
    assert MailWorker(database.uow).fetch().received == {"incident": 1}
    services.mail.save_settings(settings, imap_secret="expired-token")
    report = MailWorker(database.uow).fetch()
    assert "refused the user desk" in report.errors[0]
    assert "expired-token" not in report.errors[0]


@pytest.mark.parametrize("moment", ["commit", "mark"])
def test_a_worker_killed_between_fetch_and_commit_makes_one_item(
        database: Database, configured: Services, imap: ImapServer, tmp_path: Path,
        moment: str) -> None:
    message = mail("ann@caller.example", "Keyboard missing keys", "F and J are gone.")
    imap.deliver(message.as_bytes())
    marker = tmp_path / "marker"
    url = database.url.render_as_string(hide_password=False)
    child = subprocess.Popen([sys.executable, "-m", "tests.support.mail_kill", url, moment,
                              str(marker)], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    assert marker.exists(), child.communicate()[0].decode(errors="replace")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL
    expected_before = 0 if moment == "commit" else 1
    assert len(items(database)) == expected_before
    # the next round: the message is processed (again), once
    report = MailWorker(database.uow).fetch()
    assert report.received == ({"incident": 1} if moment == "commit" else {"duplicate": 1})
    assert len(items(database)) == 1
    assert count(database, MailMessage, MailMessage.message_key == message["Message-ID"]) == 1
    assert count(database, MailOutboxEntry, MailOutboxEntry.event == "logged") == 1
    assert b"\\Seen" in imap.flags()[0]
    # a message delivered twice (same Message-ID) is one item too
    imap.deliver(message.as_bytes())
    assert MailWorker(database.uow).fetch().received == {"duplicate": 1}
    assert len(items(database)) == 1
