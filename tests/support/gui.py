"""Shared GUI test set-up: isolated QSettings and a ``UiContext`` for a real database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskapp.db.models import Team, TeamMember
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.workers import Runner


@pytest.fixture
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings at a fresh folder so tests never read or write the person's settings."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("DeskAppTest")
    QCoreApplication.setApplicationName(f"deskapp-{uuid.uuid4().hex[:6]}")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


def make_context(db: Database, qapp: QApplication, username: str = "gui.agent",
                 full_name: str = "Gui Agent") -> UiContext:
    """Services for a staff member who belongs to the first team (if any team exists)."""
    actor = ensure_staff(db.uow, username, full_name)
    with db.uow() as uow:
        team_id = uow.session.scalars(select(Team.id).order_by(Team.name)).first()
        if team_id is not None and uow.session.get(TeamMember, (team_id, actor.staff_id)) \
                is None:
            uow.session.add(TeamMember(team_id=team_id, staff_id=actor.staff_id))
            uow.commit()
    return UiContext(db, Services.build(db.uow, actor), Runner(qapp))
