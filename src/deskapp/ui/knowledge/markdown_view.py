"""A read-only Markdown viewer that never fetches anything but the article's own pictures.

The text is cleaned by :func:`deskapp.domain.markdown_safety.sanitise` again before Qt's
Markdown reader sees it (a row written by another client, or by hand in psql, is not trusted),
and :meth:`MarkdownView.loadResource` answers every resource request itself: an image that is
not one of the article's pictures is never loaded, so no remote server, ``file:`` path or UNC
share is contacted while an article is read. Links open in the browser only for http, https and
mailto; they are never followed inside the viewer.

The article's pictures (``![alt](kb-image:<id>)``) come from the database: the viewer asks for
the ones it has not got yet through the image reader it is given, on a worker thread (the bytes
are read and decoded there), shows the text at once, and draws the pictures when they arrive. A
picture of another article, one that is missing or damaged, or any picture while no article is
given (a text not saved yet) is shown as a sentence in its place.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from deskapp.domain.article_images import READ_MAX, parse_target
from deskapp.domain.markdown_safety import (
    IMAGE_NOTE,
    image_allowed,
    image_ids,
    link_allowed,
    sanitise,
)
from deskapp.services.knowledge_dto import (
    IMAGE_DAMAGED,
    IMAGE_ELSEWHERE,
    IMAGE_MISSING,
    IMAGE_SHOWN,
    IMAGE_TOO_MANY,
    ImageContent,
)
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import Runner, user_message

#: reads an article's pictures: (article id, picture ids) -> their contents (a service call)
ImageReader = Callable[[uuid.UUID, tuple[uuid.UUID, ...]], Sequence[ImageContent]]
T = TypeVar("T")

#: a wider picture is drawn scaled down to this width
PICTURE_MAX_WIDTH = 640


def _fragments(document: QTextDocument, pick: Callable[[QTextCharFormat], T | None]
               ) -> list[tuple[QTextCursor, T]]:
    """The fragments ``pick`` says something of, each selected by a cursor, last first (so
    replacing one leaves the positions of the others as they were)."""
    found: list[tuple[int, int, T]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            what = pick(fragment.charFormat())
            if what is not None:
                found.append((fragment.position(), fragment.length(), what))
            it += 1
        block = block.next()
    out = []
    for position, length, what in reversed(found):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        out.append((cursor, what))
    return out


def _unsafe(fmt: QTextCharFormat) -> bool | None:
    """True for an image that is not an attachment, False for a link it may not follow."""
    if fmt.isImageFormat() and not image_allowed(QTextImageFormat(fmt).name()):
        return True
    if fmt.isAnchor() and fmt.anchorHref() and not link_allowed(fmt.anchorHref()):
        return False
    return None


def strip_unsafe(document: QTextDocument) -> int:
    """The last pass over what Qt made of the text: an image that is not an attachment becomes
    the note, a link to anything but the web or mail loses its target. Markdown readers differ
    on how code spans and fences nest in lists and quotes, so the cleaner's reading may not be
    Qt's; this pass makes the shown document safe whatever Qt read. Returns how many it fixed."""
    fixes = _fragments(document, _unsafe)
    for cursor, is_image in fixes:
        if is_image:
            cursor.insertText(IMAGE_NOTE, QTextCharFormat())
        else:
            fmt = cursor.charFormat()
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
            cursor.setCharFormat(fmt)
    return len(fixes)


class MarkdownView(QTextBrowser):
    #: the pictures of the text shown are drawn or replaced by their sentences (tests wait)
    pictures_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        #: attachment name -> image bytes (the older ``attachment:`` form; nothing fills it)
        self.attachments: dict[str, bytes] = {}
        self.requested: list[str] = []  # resources Qt asked for (tests read it)
        self._run: SafeRunner | None = None
        self._reader: ImageReader | None = None
        self._text = ""
        #: pictures asked for and not in yet
        self._pending: set[uuid.UUID] = set()
        #: why a picture could not be read this time (asked again on the next showing)
        self._unread: dict[uuid.UUID, str] = {}
        #: the shown article's pictures: a decoded picture, or the sentence shown instead
        self._pictures: dict[uuid.UUID, QImage | str] = {}
        self._pictures_of: uuid.UUID | None = None

    def set_image_reader(self, runner: Runner, reader: ImageReader) -> None:
        """Where the article's pictures come from (a service call, run on ``runner``)."""
        self._run = SafeRunner(self, runner)
        self._reader = reader

    def show_markdown(self, text: str, article_id: uuid.UUID | None = None) -> None:
        """Show ``text`` (cleaned again); its ``kb-image:`` pictures are those of the article
        ``article_id`` (None: a text not saved as an article, whose pictures are not shown)."""
        self.requested.clear()
        self._unread.clear()
        self._text = sanitise(text).text
        if article_id != self._pictures_of:
            self._pictures.clear()
            self._pending.clear()
            self._pictures_of = article_id
        wanted = image_ids(self._text)
        missing = tuple(i for i in wanted if i not in self._pictures and i not in self._pending)
        if missing and (article_id is None or self._reader is None or self._run is None):
            for image_id in missing:
                self._pictures[image_id] = (
                    self.tr("[Picture not shown: pictures are shown once the article is "
                            "saved.]") if article_id is None else
                    self.tr("[Picture not shown here.]"))
            missing = ()
        self._render()
        if missing:
            assert article_id is not None and self._reader is not None and self._run is not None
            self._pending.update(missing)
            reader = self._reader

            def read() -> list[tuple[uuid.UUID, QImage | str]]:  # on a worker thread
                return [(c.id, _decoded(c)) for c in reader(article_id, missing)]

            self._run.run(read, lambda found: self._arrived(article_id, found),
                          lambda exc: self._failed(article_id, missing, exc))
        elif not self._waiting():
            self.pictures_ready.emit()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        """Override QTextBrowser::loadResource: only the article's own pictures (read before,
        off the UI thread), never a fetch."""
        name = QUrl(name) if isinstance(name, str) else name  # Qt passes a QUrl
        self.requested.append(name.toString())
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        if name.scheme() == "attachment":
            return self.attachments.get(name.path())
        image_id = parse_target(name.toString())
        found = self._pictures.get(image_id) if image_id is not None else None
        return found if isinstance(found, QImage) else None

    # -- inside ------------------------------------------------------------------------------
    def _arrived(self, article_id: uuid.UUID,
                 found: list[tuple[uuid.UUID, QImage | str]]) -> None:
        if article_id != self._pictures_of:
            return  # another article is shown now
        for image_id, picture in found:
            self._pending.discard(image_id)
            self._pictures[image_id] = picture if isinstance(picture, QImage) \
                else self._sentence(picture)
        self._render()
        if not self._waiting():
            self.pictures_ready.emit()

    def _failed(self, article_id: uuid.UUID, missing: tuple[uuid.UUID, ...],
                exc: BaseException) -> None:
        if article_id != self._pictures_of:
            return
        self._pending.difference_update(missing)
        # not kept: the next showing asks again (the desk may be back by then)
        reason = self.tr("[Picture not shown: {reason}]").format(reason=user_message(exc))
        self._unread.update(dict.fromkeys(missing, reason))
        self._render()
        if not self._waiting():
            self.pictures_ready.emit()

    def _waiting(self) -> bool:
        """Whether a picture of the text shown is still being read."""
        return any(i in self._pending for i in image_ids(self._text))

    def _sentence(self, state: str) -> str:
        return {
            IMAGE_ELSEWHERE: self.tr("[Picture not shown: it belongs to another article. "
                                     "Insert it into this one to show it here.]"),
            IMAGE_MISSING: self.tr("[Picture missing: it is not in the database (never saved "
                                   "with an article, or removed).]"),
            IMAGE_DAMAGED: self.tr("[Picture not shown: its stored content is damaged; ask an "
                                   "administrator.]"),
            IMAGE_TOO_MANY: self.tr("[Picture not shown: an article shows at most {n} "
                                    "pictures.]").format(n=READ_MAX),
        }.get(state, self.tr("[Picture not shown here.]"))

    def _render(self) -> None:
        """The text with its pictures: drawn (scaled to a readable width) or a sentence."""
        scroll = self.verticalScrollBar().value()
        self.setMarkdown(self._text)
        document = self.document()
        strip_unsafe(document)

        def picture(fmt: QTextCharFormat) -> QImage | str | None:
            image_id = parse_target(QTextImageFormat(fmt).name()) if fmt.isImageFormat() \
                else None
            if image_id is None:
                return None
            found = self._unread.get(image_id)
            return found if found is not None else self._pictures.get(image_id)

        pictures: list[tuple[QTextCursor, QImage | str]] = _fragments(document, picture)
        for cursor, found in pictures:
            if isinstance(found, str):
                note = QTextCharFormat()
                note.setFontItalic(True)
                note.setForeground(QColor("#8a4b00"))
                cursor.insertText(found, note)
            elif found.width() > PICTURE_MAX_WIDTH:
                fmt = QTextImageFormat(cursor.charFormat())
                fmt.setWidth(PICTURE_MAX_WIDTH)
                fmt.setHeight(found.height() * PICTURE_MAX_WIDTH / found.width())
                cursor.setCharFormat(fmt)
        self.verticalScrollBar().setValue(scroll)

    def _open_link(self, url: QUrl) -> None:
        if link_allowed(url.toString()):
            QDesktopServices.openUrl(url)


def _decoded(content: ImageContent) -> QImage | str:
    """A picture decoded (on the worker thread: QImage is safe off the UI thread), or the state
    that says why it is not shown."""
    if content.state != IMAGE_SHOWN:
        return content.state
    image = QImage.fromData(content.data)
    return IMAGE_DAMAGED if image.isNull() else image
