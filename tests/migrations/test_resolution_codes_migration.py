"""Migration 0005: free-text resolution codes become a list without losing any ticket's code."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from deskapp.db import migrate
from tests.support.rows import insert_ticket

SEEDED = ["Solved (permanently)", "Solved (workaround)", "Not solved (not reproducible)",
          "Not solved (too costly)", "Closed/resolved by caller", "Duplicate"]


def _resolve(engine: Engine, code: str | None) -> None:
    ticket = insert_ticket(engine, f"resolved {code}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE incidents SET resolution_code = :code, status = 'resolved' "
                          "WHERE id = :id"), {"code": code, "id": ticket.hex
                                              if engine.dialect.name == "sqlite" else ticket})


def _ticket_codes(engine: Engine) -> list[str | None]:
    with engine.connect() as conn:
        return sorted((r[0] for r in conn.execute(text(
            "SELECT resolution_code FROM incidents"))), key=lambda c: c or "")


def test_seeds_the_list_and_keeps_every_free_text_code(empty_engine: Engine) -> None:
    engine = empty_engine
    migrate.upgrade(engine, "0004")
    for code in ("Solved (permanently)", "asdf qwerty", "Known error", "asdf qwerty", None):
        _resolve(engine, code)
    before = _ticket_codes(engine)

    migrate.upgrade(engine, "0005")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT code, label, active, sort_order, version, deleted_at "
                                 "FROM resolution_codes ORDER BY sort_order")).all()
    assert [r.code for r in rows] == [*SEEDED, "Known error", "asdf qwerty"]
    assert all(r.code == r.label and r.version == 1 and r.deleted_at is None for r in rows)
    # the usual codes are offered; taken-over free text is kept but retired
    assert [bool(r.active) for r in rows] == [True] * 6 + [False, False]
    assert _ticket_codes(engine) == before

    migrate.downgrade(engine, "0004")
    assert not inspect(engine).has_table("resolution_codes")
    assert _ticket_codes(engine) == before  # incidents keep their code text
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM resolution_codes")) == 8
    assert migrate.schema_differences(engine) == []


def test_head_is_the_resolution_codes_revision() -> None:
    # 0006 (work items) came after it
    assert migrate.script_directory().get_revision("0006").down_revision == "0005"
