"""The Teams page of the Administration window: teams, their members and leads.

Admins create and rename teams and manage every team's members; a supervisor manages the
members of the teams they lead, and sees the others' controls disabled with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Decision
from deskapp.errors import ValidationError
from deskapp.ui.permissions import guard, guard_all
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.administration import StaffDTO, TeamDTO
    from deskapp.ui.context import UiContext


class TeamsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.service = ctx.services.administration
        self.teams: list[TeamDTO] = []
        self.staff: list[StaffDTO] = []
        self._filling = False

        self.team_list = QListWidget(self)
        self.team_list.currentRowChanged.connect(lambda _r: self._team_chosen())
        self.new_button = QPushButton(self.tr("New &team…"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.rate_button = QPushButton(self.tr("Hourly &rate…"), self)
        self.rate_button.setToolTip(self.tr("What an hour of this team's work costs, for cost "
                                            "per service and per ticket"))
        self.new_button.clicked.connect(self.new_team)
        self.rename_button.clicked.connect(self.rename_team)
        self.rate_button.clicked.connect(self.set_rate)
        self.rate_label = QLabel(self)

        self.members = QTableWidget(0, 3, self)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Username"),
                                                self.tr("Lead")])
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.itemChanged.connect(self._lead_toggled)

        self.candidate = QComboBox(self)
        self.candidate_lead = QCheckBox(self.tr("as &lead"), self)
        self.add_button = QPushButton(self.tr("&Add member"), self)
        self.remove_button = QPushButton(self.tr("Re&move member"), self)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Teams"), self))
        left.addWidget(self.team_list)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.rate_button)
        left.addLayout(row)
        left.addWidget(self.rate_label)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Members (tick Lead for the team's supervisors)"), self))
        right.addWidget(self.members)
        add = QHBoxLayout()
        add.addWidget(self.candidate, 1)
        add.addWidget(self.candidate_lead)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        right.addLayout(add)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.message)
        self._apply_permissions()

    # -- loading -----------------------------------------------------------------------------
    def reload(self, keep: uuid.UUID | None = None) -> None:
        service = self.service

        def work() -> tuple[list[TeamDTO], list[StaffDTO]]:
            return service.teams(), [s for s in service.staff() if s.active]

        self._run.run(work, lambda found: self._loaded(found[0], found[1], keep), self._error)

    def _loaded(self, teams: list[TeamDTO], staff: list[StaffDTO],
                keep: uuid.UUID | None) -> None:
        current = self.current()
        keep = keep or (current.id if current else None)
        self.teams, self.staff = teams, staff
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for t in teams:
            self.team_list.addItem(QListWidgetItem(t.name))
        self.team_list.blockSignals(False)
        index = next((n for n, t in enumerate(teams) if t.id == keep), 0 if teams else -1)
        self.team_list.setCurrentRow(index)
        self._team_chosen()

    def current(self) -> TeamDTO | None:
        row = self.team_list.currentRow()
        return self.teams[row] if 0 <= row < len(self.teams) else None

    def _team_chosen(self) -> None:
        team = self.current()
        self._filling = True
        members = team.members if team else ()
        self.rate_label.setText(
            "" if team is None else
            self.tr("Hourly rate: {rate}").format(rate=QLocale().toString(float(
                team.hourly_rate), "f", 2)) if team.hourly_rate is not None else
            self.tr("Hourly rate: none (time is reported apart in cost figures)"))
        self.members.setRowCount(len(members))
        for r, m in enumerate(members):
            self.members.setItem(r, 0, QTableWidgetItem(m.full_name))
            self.members.setItem(r, 1, QTableWidgetItem(m.username))
            lead = QTableWidgetItem()
            lead.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            lead.setCheckState(Qt.CheckState.Checked if m.is_lead else Qt.CheckState.Unchecked)
            self.members.setItem(r, 2, lead)
        self._filling = False
        inside = {m.staff_id for m in members}
        self.candidate.clear()
        for s in self.staff:
            if s.id not in inside:
                self.candidate.addItem(f"{s.full_name} ({s.username})", s.id)
        self._apply_permissions()

    # -- permissions -------------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        guard(self.new_button, self.service.can_manage_teams())
        team = self.current()
        if team is None:
            none = Decision(False, self.tr("Choose a team in the list first."))
            for button in (self.rename_button, self.rate_button):
                guard(button, none if self.service.can_manage_teams()
                      else self.service.can_manage_teams())
            guard_all([self.members, self.candidate, self.candidate_lead, self.add_button,
                       self.remove_button], none)
            return
        guard(self.rename_button, self.service.can_manage_teams())
        guard(self.rate_button, self.service.can_manage_teams())
        members = self.service.can_manage_members(team.id)
        guard_all([self.members, self.candidate, self.candidate_lead, self.add_button,
                   self.remove_button], members)
        self.members.setEnabled(True)  # the list stays readable; its Lead boxes follow the rule
        for r in range(self.members.rowCount()):
            item = self.members.item(r, 2)
            if item is not None:
                self._filling = True
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if members:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setToolTip("" if members else members.reason)
                self._filling = False

    # -- commands ----------------------------------------------------------------------------
    def new_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Team &name:"))
        if ok:
            self._do(lambda: self.service.create_team(name), self.tr("Created {name}."))

    def rename_team(self) -> None:
        team = self.current()
        if team is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename team"), self.tr("Team &name:"),
                                        text=team.name)
        if ok:
            self._do(lambda: self.service.rename_team(team.id, team.version, name),
                     self.tr("Renamed the team to {name}."))

    def set_rate(self) -> None:
        team = self.current()
        if team is None:
            return
        current = "" if team.hourly_rate is None else str(team.hourly_rate)
        text, ok = QInputDialog.getText(
            self, self.tr("Hourly rate"),
            self.tr("Hourly &rate of {name} (such as 85.50; empty for none):").format(
                name=team.name), text=current)
        if ok and text.strip() != current:
            amount = text.strip().replace(QLocale().decimalPoint(), ".")
            self._do(lambda: self.service.set_hourly_rate(team.id, team.version, amount or None),
                     self.tr("Saved the hourly rate of {name}."))

    def add_member(self) -> None:
        team, staff_id = self.current(), self.candidate.currentData()
        if team is None or staff_id is None:
            return
        lead = self.candidate_lead.isChecked()
        self._do(lambda: self.service.add_member(team.id, staff_id, lead),
                 self.tr("Added a member to {name}."))

    def remove_member(self) -> None:
        team, row = self.current(), self.members.currentRow()
        if team is None or not 0 <= row < len(team.members):
            return
        staff_id = team.members[row].staff_id
        self._do(lambda: self.service.remove_member(team.id, staff_id),
                 self.tr("Removed a member from {name}."))

    def _lead_toggled(self, item: QTableWidgetItem) -> None:
        team = self.current()
        if self._filling or team is None or item.column() != 2 \
                or not 0 <= item.row() < len(team.members):
            return
        staff_id = team.members[item.row()].staff_id
        lead = item.checkState() == Qt.CheckState.Checked
        self._do(lambda: self.service.set_lead(team.id, staff_id, lead),
                 self.tr("Saved the leads of {name}."))

    def _do(self, work: Callable[[], TeamDTO], done: str) -> None:
        def ok(team: TeamDTO) -> None:
            self.message.setText(done.format(name=team.name))
            self.reload(team.id)

        def failed(exc: BaseException) -> None:
            self._error(exc)
            self.reload()  # puts a refused Lead tick back as stored

        self._run.run(work, ok, failed)

    def _error(self, exc: BaseException) -> None:
        prefix = self.tr("Not saved: ") if isinstance(exc, ValidationError) else ""
        self.message.setText(prefix + user_message(exc))
