"""Kept per-group counts of open work (see :mod:`deskapp.db.open_counts`): derived rows the
triggers on ``work_items`` write, like a search index; not a record (no id, version or
tombstone), never edited by a service, never synced (a replica's own triggers keep its own)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base


class OpenCount(Base):
    __tablename__ = "work_item_open_counts"

    #: the work_items column grouped by (kind, status, priority, team_id, ...)
    dimension: Mapped[str] = mapped_column(String(20), primary_key=True)
    #: its value as text ('' for none)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: 0 on SQLite; the writing backend's pid on PostgreSQL until compacted into 0
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
