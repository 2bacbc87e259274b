"""Pictures in knowledge articles, by keyboard: an author inserts one with Ctrl+Alt+I (refused
with a sentence until the article is saved), saves with Alt+S, and the article shows it drawn
from the database; a picture of another article, or one that is not there, is a sentence in its
place, and nothing else is ever fetched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from deskapp.domain.markdown_safety import image_ids
from deskapp.ui.context import UiContext
from deskapp.ui.transition import knowledge_view
from deskapp.ui.transition.view import TransitionView
from tests.gui.test_knowledge_view import open_view
from tests.gui.test_markdown_render import rendered
from tests.support.pictures import png

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ALT = Qt.KeyboardModifier.AltModifier
RED = (200, 30, 30)
WAIT = 15_000


@pytest.fixture
def author(ctx: UiContext, qtbot: QtBot) -> Iterator[TransitionView]:
    view = open_view(ctx, qtbot)
    view.activateWindow()
    yield view
    ctx.runner.wait_idle()


def red_pixels(image: QImage) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if abs(colour.red() - RED[0]) < 12 and abs(colour.green() - RED[1]) < 12 \
                    and abs(colour.blue() - RED[2]) < 12:
                count += 1
    return count


def test_an_author_inserts_a_picture_by_keyboard_and_the_saved_article_shows_it(
        author: TransitionView, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    picture = tmp_path / "error 49.png"
    picture.write_bytes(png(160, 90, RED))
    asked: list[object] = []
    monkeypatch.setattr(knowledge_view, "choose_picture",
                        lambda parent: asked.append(parent) or picture)
    kb = author.knowledge
    editor = kb.editor
    author.new_record()
    qtbot.keyClicks(editor.title_edit, "Printer shows error 49")
    editor.tabs.setCurrentWidget(editor.body_edit)
    qtbot.keyClicks(editor.body_edit, "Press the green button:")
    # not saved yet: a sentence, and no file is asked for
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_I, CTRL_ALT)
    assert "Save the new article first" in editor.review_note.text()
    assert asked == []
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, ALT)  # &Save
    qtbot.waitUntil(lambda: editor.article is not None, timeout=WAIT)
    # back to writing, at the end of the text: Ctrl+Alt+I stores the file and inserts it
    qtbot.keyClick(editor, Qt.Key.Key_W, ALT)  # &Write
    assert editor.tabs.currentWidget() is editor.body_edit
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_I, CTRL_ALT)
    qtbot.waitUntil(lambda: "kb-image:" in editor.body_edit.toPlainText(), timeout=WAIT)
    assert len(asked) == 1
    body = editor.body_edit.toPlainText()
    assert body.startswith("Press the green button:\n![error 49](kb-image:")
    assert editor.dirty()  # stored with the article; the text is saved by the author
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: editor.article is not None and "kb-image:" in editor.article.body,
                    timeout=WAIT)
    assert editor.tabs.currentWidget() is editor.preview
    (image_id,) = image_ids(editor.article.body)
    name = f"kb-image:{image_id}"
    # the Read tab draws it: the document holds the picture, Qt got it from the viewer
    preview = editor.preview
    qtbot.waitUntil(lambda: isinstance(preview.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(name)), QImage), timeout=WAIT)
    images, _links = rendered(preview.document())
    assert images == [name]
    assert "Press the green button:" in preview.toPlainText()
    preview.resize(600, 400)
    qtbot.waitUntil(lambda: red_pixels(preview.grab().toImage()) > 800, timeout=WAIT)
    assert all(r.startswith("kb-image:") for r in preview.requested)


def test_a_picture_of_another_article_or_none_at_all_is_a_sentence(
        author: TransitionView, ctx: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "panel.png"
    picture.write_bytes(png(40, 30, RED))
    kb = author.knowledge
    editor = kb.editor
    author.new_record()
    qtbot.keyClicks(editor.title_edit, "Scanner jams")
    editor.body_edit.setPlainText("Open the lid.")
    author.save()
    qtbot.waitUntil(lambda: editor.article is not None, timeout=WAIT)
    first = editor.article
    assert first is not None
    theirs = ctx.services.knowledge_images.add_image(first.id, picture)
    author.new_record()
    qtbot.keyClicks(editor.title_edit, "Copier jams")
    editor.body_edit.setPlainText(
        f"Borrowed: {theirs.markdown}\n\nGone: "
        "![gone](kb-image:00000000-0000-4000-8000-000000000000)\n\nEnd.")
    author.save()
    qtbot.waitUntil(lambda: editor.article is not None and editor.article.id != first.id,
                    timeout=WAIT)
    shown = editor.preview
    qtbot.waitUntil(lambda: "belongs to another article" in shown.toPlainText(), timeout=WAIT)
    text = shown.toPlainText()
    assert "Picture missing" in text and "End." in text
    images, _links = rendered(shown.document())
    assert images == []  # sentences, not broken pictures
    # the first article still shows its own picture (nothing was moved or changed)
    shown.show_markdown(theirs.markdown, first.id)
    qtbot.waitUntil(lambda: rendered(shown.document())[0] == [f"kb-image:{theirs.id}"]
                    and isinstance(shown.loadResource(
                        QTextDocument.ResourceType.ImageResource.value,
                        QUrl(f"kb-image:{theirs.id}")), QImage), timeout=WAIT)
    # the same text before it is saved with an article: a sentence, nothing read
    shown.show_markdown(theirs.markdown)
    assert "pictures are shown once the article is saved" in shown.toPlainText()


def test_a_published_version_shows_its_picture_after_a_revision_dropped_it(
        author: TransitionView, ctx: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    """Versions… (Ctrl+Shift+H): version 1 still shows the picture its text named, read from
    the database, after version 2 left it out."""
    from datetime import date, timedelta

    from deskapp.domain.knowledge import Step
    from deskapp.services.container import Services
    from deskapp.services.knowledge_dto import ArticleDraft
    from deskapp.services.staff import ensure_staff

    picture = tmp_path / "dialog.png"
    picture.write_bytes(png(120, 80, RED))
    kb, images = ctx.services.knowledge, ctx.services.knowledge_images
    reviewer = Services.build(ctx.database.uow, ensure_staff(ctx.database.uow, "rita",
                                                             "Rita Reviewer"))
    a = kb.create(ArticleDraft("VPN asks twice", "Step one.", owner_id=ctx.services.actor.
                               staff_id, review_due_on=date.today() + timedelta(days=30))).article
    shown = images.add_image(a.id, picture)
    for body in (f"Step one.\n\n{shown.markdown}\n", "Step one, no picture now.\n"):
        a = kb.article(a.id)
        if a.status == "published":
            a = kb.step(a.id, a.version, Step.REVISE)
        a = kb.save(a.id, a.version, ArticleDraft(a.title, body, owner_id=a.owner_id,
                                                  review_due_on=a.review_due_on)).article
        a = kb.step(a.id, a.version, Step.SUBMIT)
        a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    assert a.published_version == 2
    knowledge = author.knowledge
    knowledge.reload()
    qtbot.waitUntil(lambda: knowledge.model.row_of(a.id) >= 0, timeout=WAIT)
    knowledge.table.selectRow(knowledge.model.row_of(a.id))
    qtbot.waitUntil(lambda: knowledge.editor.article is not None
                    and knowledge.editor.article.id == a.id, timeout=WAIT)
    qtbot.keyClick(knowledge.editor, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: knowledge._dialog is not None and knowledge._dialog.isVisible(),
                    timeout=WAIT)
    dialog = knowledge._dialog
    assert dialog is not None
    dialog.versions.clearSelection()
    dialog.versions.item(1).setSelected(True)  # newest first: version 1
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)  # &Show the chosen version
    name = f"kb-image:{shown.id}"
    qtbot.waitUntil(lambda: dialog.reader.isVisible() and isinstance(
        dialog.reader.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name)),
        QImage), timeout=WAIT)
    assert rendered(dialog.reader.document())[0] == [name]
    assert "Version 1" in dialog.summary.text()
    dialog.close()
