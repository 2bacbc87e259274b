"""Migration 0031: ``kb_article_images`` arrives empty beside the articles and attachments
already there (nothing of theirs changes); the downgrade refuses, changing nothing and naming how
many pictures of how many articles, while a picture is stored, and drops the table once none is
(the shared content store keeps the attachments' bytes either way)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from deskapp.errors import DowngradeRefused

BEFORE = "0030"
AFTER = "0031"
AT = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)
SHA = "ab" * 32


def _id(engine: Engine, value: uuid.UUID) -> object:
    return value if engine.dialect.name == "postgresql" else value.hex


def _article_and_blob(engine: Engine) -> uuid.UUID:
    staff, article = uuid.uuid4(), uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO staff_users (id, version, created_at, updated_at, username, full_name, "
            "active) VALUES (:id, 1, :at, :at, 'kb.author', 'Kay Bee', true)"),
            {"id": _id(engine, staff), "at": AT})
        conn.execute(text(
            "INSERT INTO kb_articles (id, version, created_at, updated_at, number, title, body, "
            "keywords, status, author_id, published_version, helpful_count, "
            "not_helpful_count, use_count) VALUES (:id, 1, :at, :at, 'KB-000001', "
            "'Printer error 49', 'Turn it off and on.', '', 'draft', :staff, 0, 0, 0, 0)"),
            {"id": _id(engine, article), "at": AT, "staff": _id(engine, staff)})
        conn.execute(text("INSERT INTO attachment_blobs (sha256, size, chunk_count, created_at) "
                          "VALUES (:sha, 4, 1, :at)"), {"sha": SHA, "at": AT})
        conn.execute(text("INSERT INTO attachment_chunks (blob_sha256, chunk_index, data) "
                          "VALUES (:sha, 0, :data)"), {"sha": SHA, "data": b"\x89PNG"})
    return article


def _picture(engine: Engine, article: uuid.UUID) -> None:
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO kb_article_images (id, version, created_at, updated_at, article_id, "
            "file_name, media_type, size, width, height, blob_sha256) VALUES (:id, 1, :at, "
            ":at, :article, 'panel.png', 'image/png', 4, 2, 2, :sha)"),
            {"id": _id(engine, uuid.uuid4()), "at": AT, "article": _id(engine, article),
             "sha": SHA})


def _kept(engine: Engine) -> tuple[int, int, int, bytes]:
    with engine.connect() as conn:
        return (int(conn.scalar(text("SELECT count(*) FROM kb_articles")) or 0),
                int(conn.scalar(text("SELECT count(*) FROM attachment_blobs")) or 0),
                int(conn.scalar(text("SELECT count(*) FROM attachment_chunks")) or 0),
                bytes(conn.scalar(text("SELECT data FROM attachment_chunks"))))


def test_up_and_down_with_pictures_and_without(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, BEFORE)
    article = _article_and_blob(engine)
    before = _kept(engine)
    migrate.upgrade(engine, AFTER)
    assert "kb_article_images" in inspect(engine).get_table_names()
    assert _kept(engine) == before
    _picture(engine, article)
    _picture(engine, article)
    # two pictures of one article: refused, nothing changed
    with pytest.raises(DowngradeRefused, match=r"holds 2 article picture\(s\) in 1 "
                                               r"article\(s\)"):
        migrate.downgrade(engine, BEFORE)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == AFTER
        assert conn.scalar(text("SELECT count(*) FROM kb_article_images")) == 2
    assert _kept(engine) == before
    # without pictures the table goes, the articles and the content store stay
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM kb_article_images"))
    migrate.downgrade(engine, BEFORE)
    assert "kb_article_images" not in inspect(engine).get_table_names()
    assert _kept(engine) == before
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
