"""A caller's own language for the desk's mail, on SQLite and PostgreSQL: set on the caller
(audited, administrators and agents who edit callers), used for their messages and falling back
to the desk's language; mail-in takes it from Content-Language for a caller whose language is
not known, and never overrides one that is."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest

from deskapp.db.models import AuditEvent, MailOutboxEntry, Person
from deskapp.domain.mail.inbound import content_language
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.mail_in import MailInService
from tests.integration.test_mail_out import settings_for
from tests.support.factories import Desk, make_desk
from tests.support.mail_servers import SMTP_PASSWORD, MemoryKeyring, SmtpServer


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _subjects(database: Database) -> list[tuple[str, str, str]]:
    with database.uow(read_only=True) as uow:
        return [(r.recipient, r.language, r.subject) for r in uow.session.query(
            MailOutboxEntry).order_by(MailOutboxEntry.created_at)]


def _mail(sender: str, subject: str, language: str | None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "servicedesk@example.com", subject
    msg["Message-ID"] = f"<{abs(hash((sender, subject)))}@client.example.net>"
    msg.set_content("Der Drucker druckt nicht.")  # (clears Content-* headers set before)
    if language:
        msg["Content-Language"] = language
    return bytes(msg)


def _person(database: Database, address: str) -> Any:
    with database.uow(read_only=True) as uow:
        found = uow.mail.person_by_email(address)
        assert found is not None
        uow.session.expunge(found)
        return found


def test_content_language_reads_the_first_tag_the_desk_writes() -> None:
    assert content_language("de-CH, en") == "de"
    assert content_language("EN_gb") == "en"
    assert content_language("fr") is None
    assert content_language("") is None and content_language(None) is None


def test_the_callers_language_wins_over_the_desks(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    assert services.mail.caller_mail(desk.caller_id).language is None
    services.mail.set_language(desk.caller_id, "de")
    found = services.mail.caller_mail(desk.caller_id)
    assert (found.language, found.desk_language, found.opted_out) == ("de", "en", False)
    services.incidents.create({"title": "Drucker", "impact": 3, "urgency": 3,
                               "caller_id": desk.caller_id})
    services.mail.set_language(desk.caller_id, None)
    services.incidents.create({"title": "Printer", "impact": 3, "urgency": 3,
                               "caller_id": desk.caller_id})
    (_r1, lang1, subject1), (_r2, lang2, subject2) = _subjects(database)
    assert (lang1, lang2) == ("de", "en")
    assert "Ihre Meldung ist eingegangen: Drucker" in subject1
    assert "We received your call: Printer" in subject2
    with pytest.raises(ValidationError, match="Choose one of en, de"):
        services.mail.set_language(desk.caller_id, "fr")
    with database.uow(read_only=True) as uow:
        changes = [(e.old_value, e.new_value) for e in uow.session.query(AuditEvent)
                   .filter(AuditEvent.record_id == desk.caller_id,
                           AuditEvent.field == "language").order_by(AuditEvent.id)]
    assert changes == [("", "de"), ("de", "")]


def test_mail_in_learns_the_language_of_a_caller_it_does_not_know(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    inbound = MailInService(database.uow)
    assert inbound.process(_mail("Jonas <jonas@example.de>", "Drucker kaputt", "de-DE"),
                           fallback_key="1").outcome == "incident"
    assert _person(database, "jonas@example.de").language == "de"
    recipient, language, subject = _subjects(database)[-1]
    assert (recipient, language) == ("jonas@example.de", "de")
    assert "Ihre Meldung ist eingegangen: Drucker kaputt" in subject
    # a known language stays: the caller (or an agent) chose it
    services.mail.set_language(desk.caller_id, "en")
    inbound.process(_mail("casey@example.com", "Printer jammed", "de"), fallback_key="2")
    assert _person(database, "casey@example.com").language == "en"
    # unknown before, a language the desk does not write: still unknown
    with database.uow() as uow:
        uow.session.add(Person(full_name="Flo", email="flo@example.fr", vip=False))
        uow.commit()
    inbound.process(_mail("flo@example.fr", "Imprimante", "fr"), fallback_key="3")
    assert _person(database, "flo@example.fr").language is None
