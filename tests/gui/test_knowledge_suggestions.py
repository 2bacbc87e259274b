"""Knowledge offered while an incident is logged: the agent types a title, the matching
published article appears beside the form before anything is saved (drafts and retired ones
never do), reads it, marks *This solved it*: the article's use count goes up at once and the
incident is linked to it when saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deskapp.domain.knowledge import Step
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.knowledge_dto import ArticleDetail, ArticleDraft
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from tests.gui.test_incident_form import WAIT, new_editor, pick, save
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")


def article(ctx: UiContext, database: Database, desk: Desk, title: str, body: str, *,
            publish: bool = True) -> ArticleDetail:
    author = Services.build(database.uow, ensure_staff(database.uow, "kb.author", "Kim Author"))
    a = author.knowledge.create(ArticleDraft(
        title, body, owner_id=author.actor.staff_id, service_id=desk.service_id,
        review_due_on=date.today() + timedelta(days=60))).article
    if publish:
        a = author.knowledge.step(a.id, a.version, Step.SUBMIT)
        a = ctx.services.knowledge.step(a.id, a.version, Step.PUBLISH)
    return a


def test_a_matching_article_is_offered_before_saving_and_this_solved_it_counts(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk,
        sqlite_database: Database) -> None:
    published = article(ctx, sqlite_database, desk, "Outlook keeps asking for the password",
                        "## Resolution\n\nClear the cached credentials in Credential Manager.")
    article(ctx, sqlite_database, desk, "Outlook password prompt draft",
            "Not reviewed yet.", publish=False)
    editor = new_editor(qtbot, view)
    pane = editor.panel.suggestions
    qtbot.keyClicks(editor.details.title, "Outlook asking for password")
    qtbot.waitUntil(lambda: pane.list.count() >= 1, timeout=WAIT)
    assert editor.dto is None  # nothing saved yet
    shown = pane.shown
    assert shown is not None and [s.id for s in shown.items] == [published.id]  # no draft
    assert "Outlook keeps asking for the password" in pane.list.item(0).text()
    # the service of the article puts it first and says so
    pick(qtbot, editor.details.service, "Email")
    qtbot.waitUntil(lambda: pane.shown is not None and pane.shown.items
                    and pane.shown.items[0].same_service, timeout=WAIT)
    # open it beside the form, read it, mark it as the solution
    pane.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Credential Manager" in pane.reader.toPlainText(), timeout=WAIT)
    assert pane.solved_button.isEnabled()
    qtbot.mouseClick(pane.solved_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.services.knowledge.article(published.id).uses == 1,
                    timeout=WAIT)
    assert not pane.solved_button.isEnabled()  # once per incident
    # the caller, then save: the new incident is linked to the article as its solution
    details = editor.details
    details.caller_edit.setFocus()
    qtbot.keyClicks(details.caller_edit, "Cas")
    qtbot.waitUntil(lambda: details.completer.popup().isVisible(), timeout=WAIT)
    qtbot.keyClick(details.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(details.completer.popup(), Qt.Key.Key_Return)
    dto = save(qtbot, editor)
    qtbot.waitUntil(lambda: [link.item_id for link in ctx.services.knowledge.article(
        published.id).links] == [dto.id], timeout=WAIT)
    detail = ctx.services.knowledge.article(published.id)
    assert detail.uses == 1 and detail.links[0].relation == "solved"


def test_retired_articles_are_never_suggested(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext, desk: Desk,
                                              sqlite_database: Database) -> None:
    a = article(ctx, sqlite_database, desk, "VPN drops every hour", "Raise the timeout.")
    retired = ctx.services.knowledge.step(a.id, a.version, Step.RETIRE)
    assert retired.status == "retired"
    editor = new_editor(qtbot, view)
    pane = editor.panel.suggestions
    with qtbot.waitSignal(pane.suggestions_shown, timeout=WAIT) as shown:
        qtbot.keyClicks(editor.details.title, "VPN drops")
    assert shown.args[0].items == () and pane.list.count() == 0
    assert "No published article" in pane.hint.text()
