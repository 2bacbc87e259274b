"""Resolution codes: the list a resolved incident's code is chosen from (kept in Service Design)."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class ResolutionCode(Record):
    """One choice of the list. ``code`` is what a ticket stores (and its history shows), so it
    never changes once made; ``label`` is what the desk reads and may be reworded. A retired
    code (``active`` false) is no longer offered but still names the tickets that carry it."""

    __tablename__ = "resolution_codes"
    code: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
