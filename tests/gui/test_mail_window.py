"""Tools > Mail… driven as an administrator uses it, against a real SMTP server: settings typed
and saved (the password to the keyring), one round sent with the button, a failed message seen
with its reason and sent again; an agent sees the controls off; Ctrl+Shift+E opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.runtime import Database
from deskapp.ui.admin.mail_window import MailWindow
from deskapp.ui.context import UiContext
from deskapp.ui.main_window import MainWindow
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context
from tests.support.mail_servers import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    SmtpServer,
)

WAIT = 30_000  # ms: a shared 2-core machine

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


@pytest.fixture
def desk(sqlite_database: Database) -> Desk:
    return make_desk(sqlite_database)


@pytest.fixture
def ctx(sqlite_database: Database, desk: Desk, qapp: QApplication,
        settings_dir: Path) -> UiContext:
    return make_context(sqlite_database, qapp, "gui.admin", "Gui Admin")


def _window(qtbot: QtBot, ctx: UiContext) -> MailWindow:
    win = MailWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.settings_tab.from_name.text() != "", timeout=WAIT)
    return win


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_an_administrator_sets_up_mail_and_sends_a_round(
        qtbot: QtBot, ctx: UiContext, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    win = _window(qtbot, ctx)
    tab = win.settings_tab
    try:
        tab.send_enabled.setFocus()
        qtbot.keyClick(tab.send_enabled, Qt.Key.Key_Space)
        assert tab.send_enabled.isChecked()
        _type(qtbot, tab.smtp_host, "localhost")
        tab.smtp_port.setValue(smtp.port)
        _type(qtbot, tab.smtp_username, SMTP_USER)
        _type(qtbot, tab.smtp_password, SMTP_PASSWORD)
        _type(qtbot, tab.from_address, "not an address")
        _type(qtbot, tab.ca_file, str(smtp.ca_file))
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "desk's address" in tab.message.text(), timeout=WAIT)
        assert ctx.services.mail.status().settings.send_enabled is False  # nothing saved
        _type(qtbot, tab.from_address, "servicedesk@example.com")
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.message.text() == "Saved.", timeout=WAIT)
        assert SMTP_PASSWORD in keys.store.values()
        assert tab.smtp_password.text() == ""
        qtbot.waitUntil(lambda: "keyring" in tab.smtp_password.placeholderText()
                        and "none" not in tab.smtp_password.placeholderText(), timeout=WAIT)

        item = ctx.services.incidents.create({"title": "Scanner offline", "impact": 3,
                                              "urgency": 3, "caller_id": desk.caller_id})
        qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.message.text().startswith("Sent"), timeout=WAIT)
        assert tab.message.text().startswith("Sent 1, failed 0"), tab.message.text()
        assert len(smtp.wait_for(1)) == 1

        smtp.refuse.add("casey@example.com")
        ctx.services.incidents.add_comment(item.id, "On my way.", work_note=False)
        qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "failed 1" in tab.message.text(), timeout=WAIT)
        outbox = win.outbox_tab
        win.tabs.setCurrentWidget(outbox)
        qtbot.mouseClick(outbox.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outbox.table.rowCount() == 1, timeout=WAIT)
        assert outbox.table.item(0, 3).text() == "Failed"
        assert "550" in outbox.table.item(0, 6).text()
        smtp.refuse.clear()
        outbox.table.selectRow(0)
        qtbot.mouseClick(outbox.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1 message(s) changed" in outbox.summary.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: outbox.table.rowCount() == 1
                        and outbox.table.item(0, 3).text() == "Waiting", timeout=WAIT)
        qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(smtp.messages) == 2, timeout=WAIT)
    finally:
        win.close()
        ctx.runner.wait_idle()


def test_an_agent_sees_the_controls_off_with_the_reason(
        qtbot: QtBot, sqlite_database: Database, desk: Desk, qapp: QApplication,
        settings_dir: Path) -> None:
    from deskapp.services.staff import ensure_staff

    ensure_staff(sqlite_database.uow, "gui.agent2", "Gui Agent Two", roles=("agent",))
    agent = make_context(sqlite_database, qapp, "gui.agent2", "Gui Agent Two")
    win = _window(qtbot, agent)
    try:
        assert not win.settings_tab.save_button.isEnabled()
        assert "administrator" in win.settings_tab.save_button.toolTip()
        assert not win.outbox_tab.retry_button.isEnabled()
    finally:
        win.close()
        agent.runner.wait_idle()


def test_main_window_opens_mail_with_its_shortcut(qtbot: QtBot, ctx: UiContext) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    main.current_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    try:
        qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: getattr(main, "mail_window", None) is not None
                        and main.mail_window.isVisible(), timeout=WAIT)
        main.mail_window.close()
    finally:
        main.close()
        ctx.runner.wait_idle()


def test_an_agent_records_a_rating_from_a_call(qtbot: QtBot, ctx: UiContext,
                                               desk: Desk) -> None:
    from deskapp.ui.work_items.satisfaction_tab import SatisfactionTab

    services = ctx.services
    item = services.incidents.create({"title": "Headset crackles", "impact": 3, "urgency": 3,
                                      "caller_id": desk.caller_id})
    tab = SatisfactionTab()
    qtbot.addWidget(tab)
    tab.bind(services.satisfaction, ctx.runner, lambda: item.id)
    messages: list[str] = []
    tab.message.connect(messages.append)
    tab.show()
    qtbot.waitExposed(tab)
    try:
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
        assert messages[-1] == "Choose the score the caller gave first."
        tab.score.setFocus()
        qtbot.keyClick(tab.score, Qt.Key.Key_Down)  # 5 - excellent
        qtbot.keyClicks(tab.comment, "Sorted in minutes")
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not resolved yet" in (messages[-1] if messages else ""),
                        timeout=WAIT)
        dto = services.incidents.transition(item.id, item.version, "in_progress")
        services.incidents.transition(item.id, dto.version, "resolved",
                                      resolution_code="Solved (permanently)",
                                      resolution_notes="New headset.")
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: messages[-1] == "Rating recorded.", timeout=WAIT)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
        [rating] = services.satisfaction.ratings(item.id)
        assert (rating.score, rating.comment, rating.source) == (5, "Sorted in minutes", "call")
        assert tab.score.currentData() is None  # back to no score
    finally:
        ctx.runner.wait_idle()


def test_an_administrator_edits_a_template_with_a_live_preview_and_resets_it(
        qtbot: QtBot, ctx: UiContext, desk: Desk) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    item = ctx.services.incidents.create({"title": "Scanner offline", "impact": 3,
                                          "urgency": 3, "caller_id": desk.caller_id})
    win = _window(qtbot, ctx)
    tab = win.templates_tab
    try:
        win.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.shown is not None, timeout=WAIT)
        assert tab.subject.text() == "We received your call: {title}"
        assert "{caller_name}" in tab.placeholders.text()
        qtbot.waitUntil(lambda: tab.preview_subject.text() ==
                        f"[{item.number}] We received your call: Scanner offline", timeout=WAIT)
        assert "Hello Casey Caller" in tab.preview.toPlainText()
        assert not tab.reset_button.isEnabled()  # nothing of the desk's own to reset

        _type(qtbot, tab.subject, "Logged: {title} ({priorty})")
        qtbot.waitUntil(lambda: "{priorty} is not a placeholder" in tab.message.text(),
                        timeout=WAIT)
        assert tab.preview.toPlainText() == ""
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "{priorty} is not a placeholder" in tab.message.text(),
                        timeout=WAIT)
        assert not ctx.services.mail.template("en", "logged").custom  # nothing saved
        _type(qtbot, tab.subject, "Logged: {title}")
        qtbot.waitUntil(lambda: tab.preview_subject.text() ==
                        f"[{item.number}] Logged: Scanner offline", timeout=WAIT)
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.message.text().startswith("Saved"), timeout=WAIT)
        assert ctx.services.mail.template("en", "logged").subject == "Logged: {title}"
        assert tab.reset_button.isEnabled()

        tab.language.setCurrentIndex(tab.language.findData("de"))
        qtbot.waitUntil(lambda: tab.subject.text().startswith("Ihre Meldung"), timeout=WAIT)
        tab.language.setCurrentIndex(tab.language.findData("en"))
        qtbot.waitUntil(lambda: tab.subject.text() == "Logged: {title}", timeout=WAIT)

        def answer() -> None:
            box = next(b for b in tab.findChildren(QMessageBox, "resetTemplateBox")
                       if b.isVisible())
            reset = next(b for b in box.buttons() if "Reset" in b.text())
            qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)

        QTimer.singleShot(200, answer)
        qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.subject.text() == "We received your call: {title}",
                        timeout=WAIT)
        assert not ctx.services.mail.template("en", "logged").custom
    finally:
        win.close()
        ctx.runner.wait_idle()
