"""Installation-wide settings and saved queue definitions."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Record


class AppSetting(Record):
    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class QueueDefinition(Record):
    """A saved queue: filter, sort, columns, grouping. No owner and no team means built-in."""

    __tablename__ = "queue_definitions"
    name: Mapped[str] = mapped_column(String(80))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
