"""Mailing a major incident's update to its stakeholders, driven as an incident manager does
it on the Major incidents board: addresses named in Stakeholders…, the count shown in the
update dialog before anything is sent, the box ticked, and the mail arriving at a real SMTP
server (aiosmtpd) with the number in its subject."""

from __future__ import annotations

import email
from dataclasses import replace
from email import policy

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from deskapp.domain.mail.settings import MailSettings
from deskapp.mail.worker import MailWorker
from deskapp.ui.context import UiContext
from deskapp.ui.operation.major_incidents_view import MajorIncidentsView
from tests.support.factories import Desk
from tests.support.mail_servers import (
    SMTP_PASSWORD,
    SMTP_USER,
    MemoryKeyring,
    SmtpServer,
)

WAIT = 30_000  # ms: a shared 2-core machine

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


def _tick(qtbot: QtBot, box: object) -> None:
    from PySide6.QtWidgets import QCheckBox

    assert isinstance(box, QCheckBox)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_name_addresses_see_the_count_and_mail_the_update(
        qtbot: QtBot, ctx: UiContext, desk: Desk, smtp: SmtpServer,
        keys: MemoryKeyring) -> None:
    ctx.services.mail.save_settings(replace(
        MailSettings(), send_enabled=True, smtp_host="localhost", smtp_port=smtp.port,
        smtp_username=SMTP_USER, from_address="servicedesk@example.com",
        ca_file=str(smtp.ca_file)), smtp_password=SMTP_PASSWORD)
    outage = ctx.services.incidents.create({"title": "Email down for everyone", "impact": 1,
                                            "urgency": 1, "service_id": desk.service_id})
    outage = ctx.services.major_incidents.declare(outage.id, outage.version)
    board = MajorIncidentsView(ctx)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.board is not None, timeout=WAIT)

    qtbot.mouseClick(board.stakeholders_button, Qt.MouseButton.LeftButton)
    dialog = board.stakeholders_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=WAIT)
    qtbot.keyClicks(dialog.named_address, "not-an-address")
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "e-mail address such as" in dialog.summary.text(), timeout=WAIT)
    dialog.named_address.clear()
    for address, name in (("cio@example.com", "Chris CIO"), ("ops@example.com", "")):
        qtbot.keyClicks(dialog.named_address, address)
        qtbot.keyClicks(dialog.named_name, name)
        qtbot.keyClick(dialog.named_address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda a=address: a in [n.address for n in dialog.shown.named],
                        timeout=WAIT)
    assert dialog.named.rowCount() == 2
    assert "2 stakeholders" in dialog.summary.text()
    dialog.close()

    qtbot.mouseClick(board.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.dialog is not None, timeout=WAIT)
    post = board.dialog
    qtbot.waitUntil(lambda: post.send.isEnabled(), timeout=WAIT)
    assert not post.send.isChecked()  # mail is never the default
    assert "2 stakeholders" in post.send.text()
    assert "Chris CIO, ops@example.com" in post.recipients.text()
    qtbot.keyClicks(post.body, "The mail relay is down; engineers are on site.")
    _tick(qtbot, post.send)
    assert post.send.isChecked()
    qtbot.mouseClick(post.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.board is not None and len(board.board.updates) == 1,
                    timeout=WAIT)
    assert board.updates_model.index(0, 5).data() == "2"

    assert MailWorker(ctx.database.uow).send_due().sent == 2
    got = [email.message_from_bytes(e.content, policy=policy.default)  # type: ignore[misc]
           for e in smtp.wait_for(2)]
    assert sorted(m["To"] for m in got) == ["cio@example.com", "ops@example.com"]
    assert all(m["Subject"].startswith(f"[{outage.number}] ") for m in got)
