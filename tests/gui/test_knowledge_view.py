"""The knowledge page of Service Transition, driven by keys and clicks: an author writes an
article and sends it for review, a colleague publishes it, the list and the rendered body show
it; the author cannot publish their own article; hostile Markdown is shown cleaned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.transition.view import TransitionView
from tests.gui.test_markdown_render import rendered
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def open_view(ctx: UiContext, qtbot: QtBot) -> TransitionView:
    view = TransitionView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.pages.setCurrentWidget(view.knowledge)
    qtbot.waitUntil(lambda: view.knowledge.editor.owner_combo.count() > 1)
    return view


@pytest.fixture
def author(ctx: UiContext, qtbot: QtBot) -> Iterator[TransitionView]:
    view = open_view(ctx, qtbot)
    yield view
    ctx.runner.wait_idle()


def test_article_is_written_sent_for_review_and_published_by_a_colleague(
        author: TransitionView, sqlite_database: Database, qapp: QApplication,
        qtbot: QtBot) -> None:
    kb = author.knowledge
    author.new_record()  # Ctrl+N on this page
    editor = kb.editor
    qtbot.keyClicks(editor.title_edit, "Outlook keeps asking for the password")
    editor.tabs.setCurrentWidget(editor.body_edit)
    qtbot.keyClicks(editor.body_edit, "## Fix")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "Clear the saved credentials.")
    qtbot.keyClicks(editor.keywords_edit, "mail password")
    owner = editor.owner_combo.findText("Gui Agent")
    editor.owner_combo.setCurrentIndex(owner)
    editor.review_check.setChecked(True)
    soon = date.today() + timedelta(days=60)
    editor.review_date.setDate(QDate(soon.year, soon.month, soon.day))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.article is not None)
    article = editor.article
    assert article is not None and article.number.startswith("KB-")
    assert article.status == "draft"
    qtbot.waitUntil(lambda: kb.model.rowCount() == 1)
    # the author may send it for review but never sees Publish
    assert not editor.step_buttons["publish"].isVisible()
    qtbot.mouseClick(editor.step_buttons["submit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.article is not None and editor.article.status == "in_review")
    assert not editor.step_buttons["publish"].isVisible()

    # a colleague opens the knowledge page, finds it and publishes it
    colleague = make_context(sqlite_database, qapp, "rita", "Rita Reviewer")
    review = open_view(colleague, qtbot)
    rkb = review.knowledge
    rkb.status_filter.setCurrentIndex(rkb.status_filter.findData("in_review"))
    qtbot.waitUntil(lambda: rkb.model.rowCount() == 1)
    rkb.table.selectRow(0)
    qtbot.waitUntil(lambda: rkb.editor.article is not None)
    publish = rkb.editor.step_buttons["publish"]
    assert publish.isVisible()
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rkb.editor.article is not None
                    and rkb.editor.article.status == "published")
    assert rkb.editor.article.reviewer == "Rita Reviewer"
    # the rendered body and the published list
    assert "Clear the saved credentials." in rkb.editor.preview.toPlainText()
    rkb.status_filter.setCurrentIndex(rkb.status_filter.findData("published"))
    qtbot.waitUntil(lambda: rkb.model.rowCount() == 1)
    assert rkb.model.row_at(0).title == "Outlook keeps asking for the password"
    # full-text search over the body
    rkb.filter_edit.setText("credentials")
    qtbot.waitUntil(lambda: rkb.model.rowCount() == 1 and "1" in rkb.count_label.text())
    colleague.runner.wait_idle()


def test_hostile_markdown_is_shown_cleaned_and_nothing_is_fetched(
        author: TransitionView, qtbot: QtBot) -> None:
    kb = author.knowledge
    author.new_record()
    editor = kb.editor
    qtbot.keyClicks(editor.title_edit, "Hostile")
    editor.body_edit.setPlainText(
        "Hi <script>alert(1)</script><img src=http://evil.example/a.png>\n\n"
        "![x](http://evil.example/b.png) ![y](file://server/share/c.png) "
        "![z](\\\\server\\share\\d.png)\n\n[run](javascript:alert(1))")
    author.save()
    qtbot.waitUntil(lambda: editor.article is not None)
    assert editor.review_note.isVisible() and "removed" in editor.review_note.text()
    html = editor.preview.toHtml()
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "href" not in html  # the javascript: link lost its target
    images, _links = rendered(editor.preview.document())
    assert images == []
    assert editor.preview.requested == []
