"""Services', sync's and the domain's sentences (msg templates) are German under German: the
status labels inside them are the translated labels, inserted nouns read right, and English is
unchanged once the translator is gone."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from deskapp import messages
from deskapp.app import install_translations
from deskapp.domain import kinds
from deskapp.domain.access import check_name
from deskapp.domain.kinds import change as chg
from deskapp.domain.mail.templates import MailEvent, Template, check
from deskapp.domain.permissions import Action, Principal, Resource, decide
from deskapp.errors import DeskAppError, InvalidTransition, NotFound, ValidationError
from deskapp.messages import mark
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.sync.scope import Scope


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """German installed for one test; always removed again (the translator and the default
    locale are process-wide: later tests in this worker must read English)."""
    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        messages.install(None)
        QLocale.setDefault(before)


def _refusal(call: Callable[[], object]) -> DeskAppError:
    with pytest.raises(DeskAppError) as refused:
        call()
    return refused.value


def test_a_lifecycle_refusal_names_the_translated_statuses(german: None) -> None:
    refused = _refusal(lambda: chg.LIFECYCLE.check(chg.NEW, chg.CLOSED))
    assert isinstance(refused, InvalidTransition)
    assert str(refused) == ("Eine Änderung kann nicht von „Neu“ zu „Geschlossen“ wechseln; von "
                            "„Neu“ aus möglich: Bewerten, Eingeplant, Abgebrochen.")
    assert str(_refusal(lambda: kinds.kind("ticket"))).startswith(
        "'ticket' ist keine Art von Arbeitseintrag; verwenden Sie eine von incident, ")
    assert str(_refusal(lambda: kinds.category_of("limbo"))) == (
        "'limbo' ist bei keiner Art von Arbeitseintrag ein Status.")
    assert str(_refusal(lambda: kinds.lifecycle("access_request").parse("limbo"))).startswith(
        "'limbo' ist kein Status für einen Zugriffsantrag; verwenden Sie einen von new, ")


def test_inserted_nouns_and_roles_read_right_in_german(german: None) -> None:
    named = _refusal(lambda: check_name(" ", mark("system")))
    assert str(named) == "Ein Name ist erforderlich (System); geben Sie einen ein."
    too_long = _refusal(lambda: check_name("x" * 500, mark("entitlement")))
    assert str(too_long).startswith("Kürzen Sie den Namen (Berechtigungsstufe) auf ")
    agent = Principal(uuid.uuid4(), frozenset({"agent"}))
    reason = decide(agent, Action.EDIT, Resource.CHANGE_PLAN).reason
    assert "fragen Sie einen Administrator oder jemanden mit der Rolle „" in reason
    assert "einen Change" not in reason and "einen „" not in reason


def test_mail_and_sync_refusals_read_german(german: None) -> None:
    with pytest.raises(ValidationError) as refused:
        check(next(iter(MailEvent)), Template("", "Hello {nope}"))
    assert refused.value.fields["subject"].startswith("Schreiben Sie einen einzeiligen Betreff")
    assert refused.value.fields["body"].startswith(
        "{nope} ist kein Platzhalter dieser Nachricht; verwenden Sie ")
    scope = _refusal(lambda: Scope.parse("everyone"))
    assert str(scope).startswith("'everyone' ist kein Umfang für ein Replikat;")


def test_services_refusals_read_german_and_english_again(qapp: QApplication,
                                                         sqlite_database: Database) -> None:
    admin = ensure_staff(sqlite_database.uow, "ada", "Ada Admin", roles=("admin",))
    services = Services.build(sqlite_database.uow, admin)
    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        with pytest.raises(ValidationError) as unknown:
            services.work_items.link_number(uuid.uuid4(), "XYZ-1", "relates_to")
        with pytest.raises(NotFound) as no_article:
            services.knowledge.by_number("KB-999999")
        with pytest.raises(ValidationError) as link_type:
            services.work_items.link(uuid.uuid4(), uuid.uuid4(), "kin_of")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        messages.install(None)
        QLocale.setDefault(before)
    assert str(unknown.value) == ("Kein Eintrag hat die Nummer 'XYZ-1'; geben Sie eine Nummer "
                                  "wie INC-000042 ein.")
    assert str(no_article.value) == "Es gibt keinen Artikel KB-999999; prüfen Sie die Nummer."
    assert str(link_type.value).startswith("'kin_of' ist kein Verknüpfungstyp;")
    with pytest.raises(ValidationError) as english:
        services.work_items.link_number(uuid.uuid4(), "XYZ-1", "relates_to")
    assert str(english.value) == ("No ticket is numbered 'XYZ-1'; type a number such as "
                                  "INC-000042.")
    assert str(_refusal(lambda: chg.LIFECYCLE.check(chg.NEW, chg.CLOSED))) == (
        "A change cannot move from New to Closed; from New it can go to Assess, Scheduled, "
        "Cancelled.")

