"""View > Language: the choice is kept, and German is what a German start reads."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp import messages
from deskapp.app import install_translations
from deskapp.domain.calendar_rules import calendar_problems, sla_problems
from deskapp.domain.permissions import Action, Principal, Resource, Target, decide
from deskapp.errors import NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui import language
from deskapp.ui.labels import count_text
from deskapp.ui.main_window import AREAS, MainWindow
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """install_translations("de") sets the default locale and the service-sentence translator
    for the whole process; put both back so later tests in this worker read English."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
    messages.install(None)


@pytest.fixture
def window(qtbot: QtBot, sqlite_database: Database, qapp: QApplication,
           settings_dir: Path) -> Iterator[MainWindow]:
    ctx = make_context(sqlite_database, qapp)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    ctx.runner.wait_idle()


def test_choosing_deutsch_keeps_it_and_says_a_restart_shows_it(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    actions = window.language_actions
    assert actions["system"].isChecked()  # nothing chosen yet: the OS decides
    assert window.language_menu.menuAction() in window.menuBar().actions()[2].menu().actions()
    actions["de"].trigger()
    assert QSettings().value("language") == "de"
    assert language.chosen() == "de"
    assert actions["de"].isChecked() and not actions["system"].isChecked()
    assert "restart" in window.statusBar().currentMessage()
    actions["en"].trigger()
    assert language.chosen() == "en"


def test_an_unknown_stored_language_means_the_system(settings_dir: Path) -> None:
    QSettings().setValue("language", "xx")
    assert language.chosen() == "system"
    with pytest.raises(ValueError):
        language.choose("xx")


def test_install_translations_with_de_reads_german(qapp: QApplication) -> None:
    def translate(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    assert translate("&File") == "&File"
    installed = install_translations(qapp, "de")
    try:
        assert translate("&File") == "&Datei"
        assert translate("&Help") == "&Hilfe"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert translate("&File") == "&File"
    english = install_translations(qapp, "en")  # English: only the plural forms
    try:
        assert translate("&File") == "&File"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)


def test_numbers_and_dates_follow_the_chosen_language(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        assert QLocale().language() == QLocale.Language.German
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
        assert QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat) \
            == "06.12.26"
        assert count_text(26834) == "26.834"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QLocale().language() == before.language()


def test_services_sentences_reach_a_german_desk_in_german(qapp: QApplication,
                                                          sqlite_database: Database) -> None:
    """A service stays free of Qt; its refusal (and each field's) is German under German."""
    admin = ensure_staff(sqlite_database.uow, "ada", "Ada Admin", roles=("admin",))
    services = Services.build(sqlite_database.uow, admin)
    installed = install_translations(qapp, "de")
    before = QLocale()
    try:
        with pytest.raises(ValidationError) as refused:
            services.portfolio.save(None, None, {"name": " ", "availability_target": 120})
        assert refused.value.fields == {
            "name": "Ein Service braucht einen Namen; geben Sie einen ein.",
            "availability_target": "Das Verfügbarkeitsziel ist ein Prozentsatz über 0 und "
                                   "höchstens 100 (etwa 99,9); lassen Sie es für keines leer."}
        assert str(refused.value) == ("Ein Service braucht einen Namen; geben Sie einen ein. "
                                      "(weitere Felder brauchen Aufmerksamkeit: 1.)")
        with pytest.raises(NotFound) as gone:
            services.portfolio.detail(uuid.uuid4())
        assert "existiert nicht mehr" in str(gone.value)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        messages.install(None)
        QLocale.setDefault(before)
    with pytest.raises(ValidationError) as english:
        services.portfolio.save(None, None, {"name": " "})
    assert str(english.value) == "A service needs a name; type one."


def test_domain_refusals_and_permission_reasons_read_german_under_german(
        qapp: QApplication) -> None:
    """Templates with named fields (a calendar's and an SLA's refusals, whose labels and metric
    are fragments translated too) and a permission's reason (a tooltip) are German under
    German, and English again once the translator is gone."""
    agent = Principal(uuid.uuid4(), frozenset({"agent"}))
    installed = install_translations(qapp, "de")
    try:
        calendar = calendar_problems(" ", "Europe/Berlin", {}, [])
        sla = sla_problems("Gold", {1: (0, 60)}, [])
        refused = decide(agent, Action.MANAGE, Resource.SETTING)
        other_team = decide(agent, Action.EDIT, "incident", Target(team_id=uuid.uuid4()))
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        messages.install(None)
    assert calendar["name"] == ("Der Kalendername ist erforderlich; geben Sie einen Namen ein, "
                                "den andere wiedererkennen.")
    assert sla["targets"] == ("Geben Sie für jede Priorität P1 bis P5 ein Reaktions- und ein "
                              "Lösungsziel an.")
    assert sla["targets.1.response"] == ("Das Ziel für Reaktion bei P1 muss mehr als null "
                                         "Minuten betragen (es ist 0).")
    assert not refused and refused.reason == (
        "Sie dürfen Einstellungen des Service Desks nicht verwalten; das darf nur ein "
        "Administrator; fragen Sie einen.")
    assert other_team.reason.startswith("Dieser Eintrag gehört zu einem anderen Team; Sie dürfen "
                                        "Einträge Ihrer Teams und Ihnen zugewiesene Einträge "
                                        "ändern.")
    assert sla_problems("Gold", {1: (0, 60)}, [])["targets.1.response"] == (
        "P1 response target must be more than zero minutes (it is 0).")
    assert decide(agent, Action.MANAGE, Resource.SETTING).reason == (
        "You may not manage desk settings; only an administrator may; ask one.")


def test_in_german_no_form_mnemonic_takes_a_menu_letter_or_repeats(
        qtbot: QtBot, qapp: QApplication, sqlite_database: Database,
        settings_dir: Path) -> None:
    """The English check (test_main_window) again under German: Alt+D/G/A/H open Datei, Gehe
    zu, Ansicht and Hilfe, so no field takes those letters, and no screen repeats one."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from tests.gui.test_main_window import _mnemonic, _mnemonics

    installed = install_translations(qapp, "de")
    ctx = make_context(sqlite_database, qapp)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        menu_letters = {_mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
        assert {"d", "g", "a", "h"} <= menu_letters
        operation = window.views["operation"]
        window.show_area("operation")
        qtbot.keyClick(operation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = operation.current_editor()  # type: ignore[attr-defined]
        qtbot.waitUntil(editor.is_ready, timeout=10_000)
        for spec in AREAS:  # every area built (each is made when first shown)
            window.views[spec.key]
        assert len(window.views) == len(AREAS)
        clashes = [(key, text) for key, view in window.views.items()
                   for letter, text in _mnemonics(view, visible_only=False, skip_queues=False)
                   if letter in menu_letters]
        assert not clashes, f"German mnemonics on menu-bar letters: {clashes}"

        def repeated(root: QWidget) -> list[str]:
            letters: dict[str, list[str]] = {}
            for letter, text in _mnemonics(root, visible_only=True):
                letters.setdefault(letter, []).append(text)
            return [f"{k}: {v}" for k, v in letters.items() if len(v) > 1]

        assert not repeated(editor), "the incident form repeats"
        editor.tabs.setCurrentIndex(1)
        assert not repeated(editor), "the conversation tab repeats"
        for key in ("strategy", "design", "transition", "improvement"):
            window.show_area(key)
            assert not repeated(window.views[key]), f"{key} repeats"
        window.close()
    finally:
        ctx.runner.wait_idle()
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_sentence_qt_cannot_encode_stays_as_it_is(qapp: QApplication) -> None:
    """A refusal quoting a lone surrogate someone typed must not turn into an untyped error
    when the translator is on (Qt cannot encode it)."""
    installed = install_translations(qapp, "de")
    try:
        assert messages.translate("Unknown number '\ud800'.") == "Unknown number '\ud800'."
        assert str(ValidationError("'\ud800' is not a date.")) == "'\ud800' is not a date."
    finally:
        for translator in installed:  # later tests in this worker read English
            qapp.removeTranslator(translator)
