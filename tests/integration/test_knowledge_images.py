"""Pictures in knowledge articles on SQLite and PostgreSQL: stored once in the attachments'
content store, shown only by their own article, kept with the article's versions, and every
refusal (not a picture by content, over the desk's limit, too many pixels, a published or
retired article, a file that cannot be read) saving nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.db.models import (
    Attachment,
    AttachmentBlob,
    AttachmentChunk,
    AuditEvent,
    KbArticleImage,
)
from deskapp.domain.article_images import READ_MAX
from deskapp.domain.knowledge import Step
from deskapp.errors import NotFound, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.knowledge_dto import (
    IMAGE_ELSEWHERE,
    IMAGE_MISSING,
    IMAGE_SHOWN,
    IMAGE_TOO_MANY,
    ArticleDraft,
)
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk
from tests.support.pictures import jpeg, png, png_header

TABLES = (KbArticleImage, AttachmentBlob, AttachmentChunk, AuditEvent)


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def reviewer(database: Database) -> Services:
    return Services.build(database.uow, ensure_staff(database.uow, "rita", "Rita Reviewer",
                                                     roles=("agent",)))


def counts(database: Database) -> dict[str, int]:
    with database.uow(read_only=True) as uow:
        return {m.__tablename__: int(uow.session.scalar(
            select(func.count()).select_from(m)) or 0) for m in TABLES}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def article(services: Services, title: str = "Printer shows error 49") -> uuid.UUID:
    from datetime import date, timedelta

    return services.knowledge.create(ArticleDraft(
        title, "## Fix\n\nTurn it off and on.", owner_id=services.actor.staff_id,
        review_due_on=date.today() + timedelta(days=60))).article.id


def test_a_picture_is_stored_once_and_shown_by_its_article(
        services: Services, database: Database, tmp_path: Path, desk: Desk) -> None:
    first, second = article(services), article(services, "Scanner jams")
    picture = write(tmp_path, "error 49 [panel].png", png(6, 4))
    added = services.knowledge_images.add_image(first, picture)
    assert (added.media_type, added.width, added.height, added.size) == \
        ("image/png", 6, 4, len(png(6, 4)))
    assert added.markdown == f"![error 49 panel](kb-image:{added.id})"
    assert added.added_by == services.actor.full_name
    # the same bytes again, and as an attachment of an incident: one copy of the content
    again = services.knowledge_images.add_image(second, picture, alt="Front panel")
    assert again.markdown.startswith("![Front panel](kb-image:")
    item = services.incidents.create({"title": "Printer error 49", "impact": 2, "urgency": 2,
                                      "caller_id": desk.caller_id})
    services.attachments.add_file(item.id, picture)
    found = counts(database)
    assert (found["kb_article_images"], found["attachment_blobs"],
            found["attachment_chunks"]) == (2, 1, 1)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Attachment)) == 1
        assert uow.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "picture added", AuditEvent.record_id == first)) >= 1
    # the article shows its own picture; another article's, or none at all, is said so
    ghost = uuid.uuid4()
    shown = services.knowledge_images.images(first, [added.id, again.id, ghost, added.id])
    assert [(c.id, c.state) for c in shown] == [
        (added.id, IMAGE_SHOWN), (again.id, IMAGE_ELSEWHERE), (ghost, IMAGE_MISSING)]
    assert shown[0].data == png(6, 4) and shown[0].media_type == "image/png"
    assert shown[1].data == b"" and shown[2].data == b""
    # past the number one read hands over, the rest say so
    many = services.knowledge_images.images(first, [uuid.uuid4() for _ in range(READ_MAX + 2)])
    assert [c.state for c in many[-2:]] == [IMAGE_TOO_MANY] * 2
    assert [i.id for i in services.knowledge_images.article_images(first)] == [added.id]
    with pytest.raises(NotFound):
        services.knowledge_images.images(uuid.uuid4(), [added.id])


def test_a_versions_pictures_stay_readable_after_a_revision_drops_them(
        services: Services, reviewer: Services, tmp_path: Path) -> None:
    kb, pictures = services.knowledge, services.knowledge_images
    article_id = article(services)
    old = pictures.add_image(article_id, write(tmp_path, "old.png", png(3, 3)))
    a = kb.article(article_id)
    a = kb.save(a.id, a.version, ArticleDraft(a.title, a.body + "\n\n" + old.markdown,
                                              owner_id=a.owner_id,
                                              review_due_on=a.review_due_on)).article
    a = kb.step(a.id, a.version, Step.SUBMIT)
    a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    # a published article takes no picture: it is revised first
    with pytest.raises(ValidationError, match="choose Revise"):
        pictures.add_image(article_id, write(tmp_path, "new.jpg", jpeg(8, 8)))
    a = kb.step(a.id, a.version, Step.REVISE)
    new = pictures.add_image(article_id, write(tmp_path, "new.jpg", jpeg(8, 8)))
    assert new.media_type == "image/jpeg"
    a = kb.save(a.id, a.version, ArticleDraft(a.title, "## Fix\n\n" + new.markdown,
                                              owner_id=a.owner_id,
                                              review_due_on=a.review_due_on)).article
    a = kb.step(a.id, a.version, Step.SUBMIT)
    a = reviewer.knowledge.step(a.id, a.version, Step.PUBLISH)
    assert a.published_version == 2 and old.markdown not in a.body
    # version 1 still names the old picture, and its bytes are still there to show
    diff = kb.diff(article_id, 1, 2)
    assert any(old.markdown in line.text for line in diff.lines if line.sign == "-")
    shown = reviewer.knowledge_images.images(article_id, [old.id, new.id])
    assert [c.state for c in shown] == [IMAGE_SHOWN, IMAGE_SHOWN]
    assert shown[0].data == png(3, 3)
    assert {i.id for i in pictures.article_images(article_id)} == {old.id, new.id}
    # retired: no more pictures, but the old ones are still shown
    a = kb.step(a.id, a.version, Step.RETIRE)
    with pytest.raises(ValidationError, match="retired"):
        pictures.add_image(article_id, write(tmp_path, "late.png", png()))
    assert pictures.images(article_id, [old.id])[0].state == IMAGE_SHOWN


@pytest.mark.parametrize(("name", "data", "refusal"), [
    ("screen.png", b"MZ\x90\x00" + b"\x00" * 64, "is not a PNG, JPEG, GIF or WebP picture"),
    ("drawing.svg", b"<svg><script>alert(1)</script></svg>", "choose a PNG, JPEG"),
    ("bomb.png", png_header(20_000, 20_000), "pixels; an article shows pictures up to"),
    ("empty.png", b"", "is empty"),
    ("large.png", png(4, 3) + b"\x00" * 3000, "this desk takes attachments up to"),
])
def test_what_is_not_a_picture_or_too_large_is_refused_and_nothing_is_kept(
        services: Services, database: Database, tmp_path: Path, name: str, data: bytes,
        refusal: str) -> None:
    article_id = article(services)
    # an administrator's limit: 2 KB (the smallest the desk takes is 1 KB)
    admin = Services.build(database.uow, ensure_staff(database.uow, "ada", "Ada Admin",
                                                      roles=("admin",)))
    admin.attachments.set_policy(max_bytes=2048)
    before = counts(database)
    with pytest.raises(ValidationError, match=refusal):
        services.knowledge_images.add_image(article_id, write(tmp_path, name, data))
    assert counts(database) == before


def test_other_refusals_save_nothing(services: Services, database: Database,
                                     tmp_path: Path) -> None:
    article_id = article(services)
    before = counts(database)
    with pytest.raises(ValidationError, match="cannot be read"):
        services.knowledge_images.add_image(article_id, tmp_path / "gone.png")
    with pytest.raises(NotFound):
        services.knowledge_images.add_image(uuid.uuid4(), write(tmp_path, "a.png", png()))
    auditor = Services.build(database.uow, ensure_staff(database.uow, "audrey",
                                                        "Audrey Auditor", roles=("auditor",)))
    with pytest.raises(PermissionDenied):
        auditor.knowledge_images.add_image(article_id, write(tmp_path, "a.png", png()))
    assert counts(database) == before
