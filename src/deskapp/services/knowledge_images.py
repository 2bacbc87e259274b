"""Pictures in knowledge articles: an author inserts one, every reader's viewer loads them.

A picture is stored like an attachment's content (once per distinct file, by SHA-256, in the
chunks of :mod:`deskapp.services.attachments`) and recorded as a ``kb_article_images`` row of
its article; the article's Markdown shows it as ``![alt](kb-image:<id>)``
(:func:`deskapp.domain.article_images.reference`). The file is checked before anything is
written: a PNG, JPEG, GIF or WebP by its content, within the desk's attachment size limit and
allow-list, and not too many pixels to draw. Adding one is a unit of work of its own (the
content, the row and the audit line together or nothing); the article's text changes when the
author saves it.

A picture is never changed or removed: the versions of an article keep their text, and the
pictures that text shows stay readable with them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from deskapp.db.base import utcnow
from deskapp.db.models import KbArticle, KbArticleImage
from deskapp.domain import article_images as pictures
from deskapp.domain import attachments as files
from deskapp.domain.attachments import AttachmentPolicy, size_text
from deskapp.domain.ids import new_id
from deskapp.domain.knowledge import ArticleStatus
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.knowledge import KnowledgeRepository
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.attachments import (
    SETTING_KEY,
    hash_content,
    read_content,
    store_content,
)
from deskapp.services.audit import audit
from deskapp.services.authorization import require
from deskapp.services.dto import Actor
from deskapp.services.knowledge_dto import (
    IMAGE_DAMAGED,
    IMAGE_ELSEWHERE,
    IMAGE_MISSING,
    IMAGE_SHOWN,
    IMAGE_TOO_MANY,
    ArticleImage,
    ImageContent,
)

Clock = Callable[[], datetime]
#: the statuses whose text an author changes (a published article is revised first)
WRITABLE = (ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW)


class ArticleImageService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    # -- adding ----------------------------------------------------------------------------
    def add_image(self, article_id: uuid.UUID, path: Path, alt: str = "") -> ArticleImage:
        """Store the picture at ``path`` as one of the article's; the returned ``markdown``
        is what the editor inserts into the text (``alt``: its words, else the file's name)."""
        require(self._actor, Action.EDIT, Resource.KNOWLEDGE)
        name = pictures.check_name(path.name)
        with self._uow(read_only=True) as uow:
            policy = AttachmentPolicy.from_setting(uow.settings.get(SETTING_KEY))
            self._writable(KnowledgeRepository(uow.session), article_id)
        files.check_file(name, policy)  # the desk may not take pictures at all
        try:
            handle = path.open("rb")
            size = os.fstat(handle.fileno()).st_size
        except OSError as exc:
            raise ValidationError(
                msg("{path_name} cannot be read ({strerror}); check that the file exists and "
                    "that you may open it.", path_name=path.name or path,
                    strerror=exc.strerror or exc), {"path": "Cannot be read."}) from exc
        with handle:
            files.check_size(size, policy, name)
            if size == 0:
                raise ValidationError(msg("{file_name} is empty; there is nothing to attach.",
                                          file_name=name), {"path": "Empty file."})
            info = pictures.inspect_image(handle, name)
            sha, size = hash_content(handle, policy, name)
            handle.seek(0)
            now = self._clock()
            with self._uow() as uow:
                repo = KnowledgeRepository(uow.session)
                article = self._writable(repo, article_id)
                store_content(uow, handle, sha, size, name)
                row = KbArticleImage(
                    id=new_id(), article_id=article.id, file_name=name,
                    media_type=info.media_type, size=size, width=info.width,
                    height=info.height, blob_sha256=sha, added_by_id=self._actor.staff_id,
                    created_at=now, updated_at=now)
                repo.add(row)
                uow.flush()
                audit(uow, self._actor, "kb_article", article.id, article.number, None,
                      {"picture": f"{name} ({size_text(size)}, {info.width} × {info.height})"},
                      action="picture added")
                uow.commit()
        stem = name.rsplit(".", 1)[0]
        return _dto(row, self._actor.full_name, alt.strip() or stem)

    # -- reading ---------------------------------------------------------------------------
    def images(self, article_id: uuid.UUID,
               image_ids: Sequence[uuid.UUID]) -> tuple[ImageContent, ...]:
        """The pictures ``image_ids`` as the article ``article_id`` shows them: the bytes of
        its own pictures (of any of its versions), and for any other id what became of it (a
        picture of another article, one that does not exist, damaged content). At most
        :data:`~deskapp.domain.article_images.READ_MAX` are read; the rest say so."""
        require(self._actor, Action.VIEW, Resource.KNOWLEDGE)
        wanted = list(dict.fromkeys(image_ids))
        read, rest = wanted[:pictures.READ_MAX], wanted[pictures.READ_MAX:]
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            if repo.get(article_id) is None:
                raise NotFound("That article no longer exists; reload the list.")
            rows = repo.images(read)
            out: list[ImageContent] = []
            for image_id in read:
                row = rows.get(image_id)
                if row is None or row.deleted_at is not None:
                    out.append(ImageContent(image_id, IMAGE_MISSING))
                elif row.article_id != article_id:
                    out.append(ImageContent(image_id, IMAGE_ELSEWHERE, file_name=row.file_name))
                else:
                    try:
                        data = read_content(uow, row.blob_sha256, row.file_name)
                    except ValidationError:
                        out.append(ImageContent(image_id, IMAGE_DAMAGED,
                                                file_name=row.file_name))
                        continue
                    out.append(ImageContent(image_id, IMAGE_SHOWN, data, row.media_type,
                                            row.file_name, row.width, row.height))
        return tuple(out) + tuple(ImageContent(i, IMAGE_TOO_MANY) for i in rest)

    def article_images(self, article_id: uuid.UUID) -> tuple[ArticleImage, ...]:
        """Every picture of the article, oldest first (those its text no longer shows too:
        its published versions may)."""
        require(self._actor, Action.VIEW, Resource.KNOWLEDGE)
        with self._uow(read_only=True) as uow:
            repo = KnowledgeRepository(uow.session)
            if repo.get(article_id) is None:
                raise NotFound("That article no longer exists; reload the list.")
            return tuple(_dto(row, name or "", row.file_name.rsplit(".", 1)[0])
                         for row, name in repo.images_of(article_id))

    # -- inside ----------------------------------------------------------------------------
    def _writable(self, repo: KnowledgeRepository, article_id: uuid.UUID) -> KbArticle:
        article = repo.get(article_id)
        if article is None:
            raise NotFound("That article no longer exists; reload the list.")
        if article.status == ArticleStatus.PUBLISHED:
            raise ValidationError(msg("{number} is published; choose Revise to change its text, "
                                      "then insert the picture.", number=article.number))
        if article.status not in WRITABLE:
            raise ValidationError(msg("{number} is retired; reopen it as a draft to add "
                                      "pictures.", number=article.number))
        return article


def _dto(row: KbArticleImage, added_by: str, alt: str) -> ArticleImage:
    return ArticleImage(row.id, row.article_id, row.file_name, row.media_type, row.size,
                        row.width, row.height, added_by, row.created_at,
                        pictures.reference(row.id, alt))
