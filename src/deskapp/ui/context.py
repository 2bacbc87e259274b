"""What every view is given: the services for the signed-in staff member and the job runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from deskapp.runtime import Database
    from deskapp.services.container import Services
    from deskapp.services.dto import Changes
    from deskapp.ui.workers import Runner


class ChangeBus(QObject):
    """Views announce what a mutation changed (``Changes``); other open views refresh if needed."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)


@dataclass
class UiContext:
    database: Database
    services: Services
    runner: Runner
    profile_name: str = "Local"
    bus: ChangeBus = field(default_factory=ChangeBus)
