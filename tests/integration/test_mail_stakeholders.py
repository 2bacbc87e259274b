"""Major-incident updates mailed to stakeholders, against a real SMTP server (aiosmtpd), on
SQLite and PostgreSQL: callers subscribed to the affected service and addresses named on the
major incident, each once, in their language, with the number and threading; the count the
person saw is checked before anything is saved."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest

from deskapp.db.models import MailOutboxEntry, MajorIncidentUpdate, Person
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.mail.worker import MailWorker
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.integration.test_mail_out import DESK, settings_for
from tests.support.factories import Desk, make_desk
from tests.support.mail_servers import (
    SMTP_PASSWORD,
    MemoryKeyring,
    SmtpServer,
)


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _callers(database: Database, *people: tuple[str, str | None, str | None]) -> None:
    with database.uow() as uow:
        for name, address, language in people:
            uow.session.add(Person(full_name=name, email=address, language=language))
        uow.commit()


def _major(services: Services, desk: Desk) -> Any:
    item = services.incidents.create({"title": "Email down for everyone", "impact": 1,
                                      "urgency": 1, "service_id": desk.service_id,
                                      "team_id": desk.team_id})
    return services.major_incidents.declare(item.id, item.version)


def _messages(server: SmtpServer, count: int) -> list[EmailMessage]:
    envelopes = server.wait_for(count)
    assert len(envelopes) == count
    return [email.message_from_bytes(e.content, policy=policy.default)  # type: ignore[misc]
            for e in envelopes]


def _outbox(database: Database) -> list[tuple[str, str, str]]:
    with database.uow(read_only=True) as uow:
        return [(r.event, r.recipient, r.audience) for r in uow.session.query(MailOutboxEntry)
                .order_by(MailOutboxEntry.created_at, MailOutboxEntry.recipient)]


def test_an_update_reaches_subscribers_and_named_addresses_once_with_threading(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    _callers(database, ("Dana Deutsch", "dana@example.com", "de"),
             ("Eli English", "eli@example.com", None), ("Nora Nomail", None, None),
             ("Otto Optout", "otto@example.com", None))
    major = _major(services, desk)
    mi = services.major_incidents
    before = mi.stakeholders(major.id)
    assert before.count == 0 and before.sending
    for address in ("dana@example.com", "eli@example.com", "otto@example.com"):
        mi.subscribe(major.id, address)
    with pytest.raises(ValidationError, match="already follows"):
        mi.subscribe(major.id, "ELI@example.com")
    with pytest.raises(ValidationError, match="No caller has the address"):
        mi.subscribe(major.id, "stranger@example.com")
    with pytest.raises(ValidationError, match="e-mail address"):
        mi.name_address(major.id, "not an address")
    services.mail.set_opt_out(_person(database, "otto@example.com"), True)
    mi.name_address(major.id, "cio@example.com", "Chris CIO")
    seen = mi.name_address(major.id, "Eli@Example.com")  # a subscriber named too: mailed once
    with pytest.raises(ValidationError, match="already named"):
        mi.name_address(major.id, "cio@example.com")
    assert sorted(r.address for r in seen.recipients) == [
        "cio@example.com", "dana@example.com", "eli@example.com"]
    assert seen.count == 3
    assert {s.name: s.left_out for s in seen.subscribers} == {
        "Dana Deutsch": "", "Eli English": "", "Otto Optout": "opted out of mail"}

    first = mi.post_update(major.id, "Stakeholders", "The mail relay is down; engineers are "
                           "on site.", 30, send_to=3)
    assert first.mailed_to == 3
    assert {(e, r, a) for e, r, a in _outbox(database)} >= {
        ("major_update", "dana@example.com", "subscriber"),
        ("major_update", "eli@example.com", "subscriber"),
        ("major_update", "cio@example.com", "subscriber")}
    assert MailWorker(database.uow).send_due().failed == 0
    sent = {m["To"]: m for m in _messages(smtp, 3)}
    assert set(sent) == {"dana@example.com", "eli@example.com", "cio@example.com"}
    anchor = f"<item-{major.id}@example.com>"
    for message in sent.values():
        assert message["Subject"].startswith(f"[{major.number}] ")
        assert anchor in message["References"]
        assert message["Auto-Submitted"] == "auto-generated"
        assert DESK in message["From"]
        assert "engineers are on site" in message.get_content()
    assert sent["dana@example.com"]["Subject"] == \
        f"[{major.number}] Störung: Email down for everyone"
    assert "Nächster Stand: " in sent["dana@example.com"].get_content()
    assert "Hello Chris CIO" in sent["cio@example.com"].get_content()
    assert sent["eli@example.com"]["Subject"] == \
        f"[{major.number}] Service disruption: Email down for everyone"

    # the second update answers the first, per address, so clients thread them
    mi.post_update(major.id, "Stakeholders", "Restored.", None, send_to=3)
    MailWorker(database.uow).send_due()
    later = {m["To"]: m for m in _messages(smtp, 6)[3:]}
    for address, message in later.items():
        assert message["In-Reply-To"] == sent[address]["Message-ID"]
        assert sent[address]["Message-ID"] in message["References"]
    assert "when there is news" in later["eli@example.com"].get_content()
    assert "sobald es Neues gibt" in later["dana@example.com"].get_content()
    board = mi.board(major.id)
    assert [u.mailed_to for u in board.updates] == [3, 3]


def test_a_changed_count_or_sending_off_saves_nothing(
        database: Database, services: Services, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    major = _major(services, desk)
    mi = services.major_incidents
    with pytest.raises(ValidationError, match="has no stakeholders"):
        mi.post_update(major.id, "Stakeholders", "Down.", 30, send_to=0)
    mi.name_address(major.id, "cio@example.com")
    mi.name_address(major.id, "cfo@example.com")
    with pytest.raises(ValidationError, match="would now go to 2, not 1"):
        mi.post_update(major.id, "Stakeholders", "Down.", 30, send_to=1)
    removed = mi.remove_address(major.id, mi.stakeholders(major.id).named[1].id)
    assert [n.address for n in removed.named] == ["cio@example.com"]
    services.mail.save_settings(settings_for(smtp, send_enabled=False))
    assert not mi.stakeholders(major.id).sending
    with pytest.raises(ValidationError, match="switched off"):
        mi.post_update(major.id, "Stakeholders", "Down.", 30, send_to=1)
    with database.uow(read_only=True) as uow:
        assert uow.session.query(MajorIncidentUpdate).count() == 0
    # logging without sending still works and mails nothing
    logged = mi.post_update(major.id, "Service desk", "Told the desk by phone.", 30)
    assert logged.mailed_to is None
    assert [e for e, _r, _a in _outbox(database) if e == "major_update"] == []
    assert smtp.messages == []


def test_only_those_who_may_change_the_incident_name_addresses(
        database: Database, services: Services, desk: Desk, keys: MemoryKeyring) -> None:
    major = _major(services, desk)
    outsider = ensure_staff(database.uow, "olly2", "Olly Outsider", roles=("agent",))
    other = Services.build(database.uow, outsider)
    with pytest.raises(PermissionDenied):
        other.major_incidents.name_address(major.id, "cio@example.com")


def _person(database: Database, address: str) -> Any:
    with database.uow(read_only=True) as uow:
        found = uow.mail.person_by_email(address)
        assert found is not None
        return found.id
