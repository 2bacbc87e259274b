"""Hostile Markdown through the article viewer (the cleaner, Qt's own Markdown reader, and the
viewer's last pass over what Qt made of it): no script element, no image other than an
attachment, no link to anything but the web or mail, and the viewer never asks for a resource
that is not an attachment."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication

from deskapp.domain.markdown_safety import image_allowed, link_allowed, sanitise
from deskapp.ui.knowledge.markdown_view import MarkdownView
from tests.unit.domain.test_markdown_safety import hostile


def rendered(document: QTextDocument) -> tuple[list[str], list[str]]:
    """Image names and link targets in a rendered document."""
    images, links = [], []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(QTextImageFormat(fmt).name())
            if fmt.isAnchor() and fmt.anchorHref():
                links.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return images, links


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile)
def test_what_the_viewer_shows_from_hostile_markdown_is_safe(qapp: QApplication,
                                                            text: str) -> None:
    view = MarkdownView()
    view.show_markdown(text)
    document = view.document()
    images, links = rendered(document)
    assert all(image_allowed(name) for name in images), images
    assert all(link_allowed(href) for href in links), links
    assert "<script" not in document.toHtml().lower()
    assert all(r.startswith(("attachment:", "kb-image:")) for r in view.requested)


def test_the_cleaner_alone_already_keeps_qt_from_most_tricks(qapp: QApplication) -> None:
    """Without the viewer's pass: the common tricks are gone after cleaning alone."""
    for text in ("<img src=http://evil/a.png>", "![a](http://evil/a.png)",
                 "[x](file://srv/share)", "<file://srv/x>", "![r]\n\n[r]: http://evil/r.png",
                 "- item\n\n  ```\n<img src=http://evil/a.png>\n```"):
        document = QTextDocument()
        document.setMarkdown(sanitise(text).text)
        images, links = rendered(document)
        assert images == [] and all(link_allowed(href) for href in links), text


def test_the_viewer_fetches_nothing_remote(qapp: QApplication) -> None:
    view = MarkdownView()
    view.show_markdown("![a](attachment:a.png) ![b](http://evil.example/b.png) "
                       "<img src=file://srv/share/c.png>")
    view.resize(400, 300)
    view.document().documentLayout()
    view.grab()  # paint: images are asked for while laying out
    assert all(r.startswith("attachment:") for r in view.requested)
