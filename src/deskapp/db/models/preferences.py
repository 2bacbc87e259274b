"""A staff member's own desk preferences (their default team: where take next puts work that
has no team yet).

A table of its own rather than a column of ``staff_users``: staff records are reference data
only administrators change, while a person sets their own preferences (first take next, or the
Administration window for someone else).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class StaffPreference(Record):
    __tablename__ = "staff_preferences"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), unique=True)
    default_team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
