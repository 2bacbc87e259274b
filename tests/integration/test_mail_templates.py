"""The template editor's service, on SQLite and PostgreSQL: the text in force per message and
language, a preview filled from a real item, unknown placeholders and stray braces refused with
a sentence, the desk's text used for the next message, reset to the built-in text; saving and
resetting audited; administrators only."""

from __future__ import annotations

import uuid

import pytest

from deskapp.db.models import AuditEvent, MailOutboxEntry
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.integration.test_mail_out import settings_for
from tests.support.factories import Desk, make_desk
from tests.support.mail_servers import SMTP_PASSWORD, MemoryKeyring, SmtpServer


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def test_edit_preview_use_and_reset_a_template(database: Database, services: Services,
                                               desk: Desk, smtp: SmtpServer,
                                               keys: MemoryKeyring) -> None:
    services.mail.save_settings(settings_for(smtp), smtp_password=SMTP_PASSWORD)
    mail = services.mail
    builtin = mail.template("de", "logged")
    assert not builtin.custom and builtin.subject.startswith("Ihre Meldung ist eingegangen")
    assert "{number}" not in builtin.placeholders and "number" in builtin.placeholders
    with pytest.raises(ValidationError, match="no item to preview"):
        mail.preview_template("en", "logged", "Got it: {title}", "Hi {caller_name}")
    item = services.incidents.create({"title": "VPN drops", "impact": 3, "urgency": 3,
                                      "caller_id": desk.caller_id})
    preview = mail.preview_template("en", "logged", "Got it: {title}",
                                    "Hi {caller_name}, {number} is logged.")
    assert preview.number == item.number
    assert preview.subject == f"[{item.number}] Got it: VPN drops"
    assert preview.body == f"Hi Casey Caller, {item.number} is logged.\n"
    assert mail.preview_template("en", "logged", "x", "y", item.number.lower()).number == \
        item.number
    with pytest.raises(ValidationError, match="There is no item INC-999999"):
        mail.preview_template("en", "logged", "x", "y", "INC-999999")
    with pytest.raises(ValidationError, match=r"\{rating_links\} is not a placeholder"):
        mail.preview_template("en", "logged", "x", "Rate us: {rating_links}")
    with pytest.raises(ValidationError, match="brace that is not a placeholder"):
        mail.save_template("en", "logged", "Got it: {title", "Hi")
    with pytest.raises(ValidationError, match="Choose one of en, de"):
        mail.template("fr", "logged")
    with pytest.raises(ValidationError, match="no message for"):
        mail.template("en", "birthday")
    # a stakeholder update is previewed on the latest major incident
    with pytest.raises(ValidationError, match="no major incident"):
        mail.preview_template("en", "major_update", "Down: {title}", "{update}")
    services.major_incidents.declare(item.id, services.incidents.get(item.id).version)
    update = mail.preview_template("en", "major_update", "Down: {title}",
                                   "{recipient_name}: {update} Next: {next_update}")
    assert update.body.startswith("Sam Stakeholder: (the text of the update) Next: ")

    mail.save_template("en", "logged", "Got it: {title}", "Hi {caller_name}, {number}.")
    assert mail.template("en", "logged").custom
    services.incidents.create({"title": "Printer", "impact": 3, "urgency": 3,
                               "caller_id": desk.caller_id})
    with database.uow(read_only=True) as uow:
        subjects = [r.subject for r in uow.session.query(MailOutboxEntry)
                    .order_by(MailOutboxEntry.created_at)]
    assert subjects[-1].endswith("Got it: Printer")
    reset = mail.reset_template("en", "logged")
    assert not reset.custom and reset.subject == "We received your call: {title}"
    assert mail.reset_template("en", "logged") == reset  # nothing left to reset: no change
    with database.uow(read_only=True) as uow:
        trail = [(e.action, e.record_label) for e in uow.session.query(AuditEvent)
                 .filter(AuditEvent.record_label == "mail_templates.en.logged")
                 .order_by(AuditEvent.id)]
    assert {a for a, _l in trail} == {"created", "reset"}


def test_only_administrators_edit_templates(database: Database, services: Services,
                                            desk: Desk) -> None:
    agent = ensure_staff(database.uow, f"a{uuid.uuid4().hex[:6]}", "Ada Agent",
                         roles=("agent",))
    mail = Services.build(database.uow, agent).mail
    for attempt in (lambda: mail.save_template("en", "logged", "a", "b"),
                    lambda: mail.reset_template("en", "logged"),
                    lambda: mail.preview_template("en", "logged", "a", "b")):
        with pytest.raises(PermissionDenied):
            attempt()
