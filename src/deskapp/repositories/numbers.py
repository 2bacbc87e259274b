"""Human numbers (INC-000123, KB-000012): the per-prefix counter of the authoritative database.

Work items and other numbered records (knowledge articles) share it, so every prefix is
allocated the same way: a row-locked UPDATE in the caller's transaction, or, on a PostgreSQL desk
with security applied, the SECURITY DEFINER function ``deskapp_next_number`` (staff logins may
not touch the counters themselves; measured as fast in docs/security.md).
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from deskapp.db.models import NumberCounter

#: Per engine: does the desk allocate numbers through ``deskapp_next_number`` (security applied)?
_NUMBERING: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def numbering_function(session: Session) -> bool:
    """True on a PostgreSQL desk with security applied (asked once per engine)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    engine = getattr(bind, "engine", bind)
    known = _NUMBERING.get(engine)
    if known is None:
        known = bool(session.execute(text(
            "SELECT to_regprocedure('deskapp_next_number(text)') IS NOT NULL")).scalar())
        _NUMBERING[engine] = known
    return known


def allocate_number(session: Session, prefix: str) -> int:
    """Next value of ``prefix``'s counter, in the caller's transaction (row-locked)."""
    if numbering_function(session):
        return int(session.execute(
            text("SELECT deskapp_next_number(:kind)"), {"kind": prefix}).scalar_one())
    value = session.execute(
        update(NumberCounter)
        .where(NumberCounter.kind == prefix)
        .values(last_value=NumberCounter.last_value + 1)
        .returning(NumberCounter.last_value)
    ).scalar_one_or_none()
    if value is None:
        session.add(NumberCounter(kind=prefix, last_value=1))
        session.flush()
        return 1
    return int(value)
