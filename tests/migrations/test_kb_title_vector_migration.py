"""Migration 0027: PostgreSQL's kb_articles.title_vector (generated, GIN-indexed) arrives filled
for the articles already there and goes on a downgrade with nothing else touched; SQLite is left
as it is (FTS5 filters by column)."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from tests.support.rows import insert_ticket


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("kb_articles")}


def test_up_and_down(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0026")
    insert_ticket(engine, "printer jam")
    with engine.begin() as conn:
        staff = conn.execute(text("SELECT id FROM staff_users LIMIT 1")).scalar()
        if staff is None:
            conn.execute(text("INSERT INTO staff_users (id, version, created_at, updated_at, "
                              "username, full_name, active) VALUES (:id, 1, CURRENT_TIMESTAMP, "
                              "CURRENT_TIMESTAMP, 'kb', 'Kay Bee', true)"),
                         {"id": "0" * 31 + "1" if engine.dialect.name == "sqlite"
                          else "00000000-0000-0000-0000-000000000001"})
            staff = conn.execute(text("SELECT id FROM staff_users LIMIT 1")).scalar()
        conn.execute(text(
            "INSERT INTO kb_articles (id, version, created_at, updated_at, number, title, body, "
            "keywords, status, author_id, published_version, helpful_count, not_helpful_count, "
            "use_count) VALUES (:id, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'KB-000001', "
            "'Printer jams every morning', 'Clear the tray.', 'spooler', 'published', :staff, 0, "
            "0, 0, 0)"), {"id": "a" * 32 if engine.dialect.name == "sqlite"
                          else "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "staff": staff})
    before = _columns(engine)
    migrate.upgrade(engine, "0027")
    if engine.dialect.name == "postgresql":
        assert _columns(engine) == before | {"title_vector"}
        with engine.connect() as conn:
            assert conn.scalar(text(
                "SELECT count(*) FROM kb_articles WHERE title_vector @@ "
                "to_tsquery('english', 'printer & spooler')")) == 1
            assert conn.scalar(text(  # the body is not in it
                "SELECT count(*) FROM kb_articles WHERE title_vector @@ "
                "to_tsquery('english', 'tray')")) == 0
    else:
        assert _columns(engine) == before
    migrate.downgrade(engine, "0026")
    assert _columns(engine) == before
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM kb_articles")) == 1
    migrate.upgrade(engine, "head")
    assert migrate.schema_differences(engine) == []
