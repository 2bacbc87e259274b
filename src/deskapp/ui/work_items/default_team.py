"""Asking a person in several teams for their default team, once (take next, Assign to me).

The services refuse "give this to me" on an item with no team while the person has no default
team and belongs to several (``services.preferences.CHOOSE_TEAM``); :func:`run_for_me` runs such
a job, and on that refusal asks with :class:`DefaultTeamDialog` and runs it again with the team
chosen, which the service keeps as the default.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ValidationError
from deskapp.services.preferences import CHOOSE_TEAM

if TYPE_CHECKING:
    from deskapp.services.dto import Choice


class DefaultTeamDialog(QDialog):
    """One combo of the person's teams; opens on no choice, so Enter never picks one."""

    def __init__(self, teams: Sequence[Choice], reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("defaultTeamDialog")
        self.setWindowTitle(self.tr("Choose your default team"))
        text = QLabel(reason + "\n" + self.tr(
            "Work you take that has no team yet goes to this team; an administrator or "
            "supervisor can change it later."))
        text.setWordWrap(True)
        self.team = QComboBox()
        self.team.setObjectName("defaultTeam")
        for choice in teams:
            self.team.addItem(choice.label, choice.id)
        self.team.setPlaceholderText(self.tr("Choose a team"))
        self.team.setCurrentIndex(-1)
        form = QFormLayout()
        label = QLabel(self.tr("Default &team:"))
        label.setBuddy(self.team)
        form.addRow(label, self.team)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Use this team"))
        self.ok.setEnabled(False)
        self.team.currentIndexChanged.connect(lambda i: self.ok.setEnabled(i >= 0))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen(self) -> uuid.UUID | None:
        value = self.team.currentData()
        return value if isinstance(value, uuid.UUID) else None


def needs_team(exc: BaseException) -> bool:
    return isinstance(exc, ValidationError) and CHOOSE_TEAM in exc.fields


def run_for_me(owner: QWidget, runner: Any, my_teams: Callable[[], list[Choice]],
               job: Callable[[uuid.UUID | None], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None:
    """Run ``job(None)``; if the service asks for a default team, ask the person (the teams
    read off the UI thread) and run ``job(team)``. Cancelling the question fails quietly with
    nothing changed (``failed`` is not called)."""

    def ask(exc: BaseException) -> None:
        if not needs_team(exc):
            failed(exc)
            return

        def show(teams: list[Choice]) -> None:
            dialog = DefaultTeamDialog(teams, str(exc), owner)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def accepted() -> None:
                team = dialog.chosen()
                runner.run(lambda: job(team), done, failed)

            dialog.accepted.connect(accepted)
            dialog.rejected.connect(lambda: done(_CANCELLED))
            dialog.open()

        runner.run(my_teams, show, failed)

    runner.run(lambda: job(None), done, ask)


class _Cancelled:
    """What ``done`` receives when the person closed the team question: nothing changed."""


_CANCELLED = _Cancelled()


def cancelled(result: object) -> bool:
    return result is _CANCELLED
