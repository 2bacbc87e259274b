"""The Staff page of the Administration window: who works on this desk, as what.

Admins create staff, disable or enable them, tick their roles and (on a shared PostgreSQL desk)
reset their database password; everyone else sees the list with the controls disabled and the
reason in their tooltips. Every change is written to the audit trail by the service.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Decision
from deskapp.errors import ValidationError
from deskapp.services.administration import StaffDTO, role_choices
from deskapp.ui.permissions import guard, guard_all
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.services.logins import Logins
    from deskapp.ui.context import UiContext

#: What the checkboxes and the list call each role (the domain's ROLE_LABELS, translatable).
ROLE_TEXTS = {
    "agent": QT_TRANSLATE_NOOP("StaffTab", "Agent"),
    "technician": QT_TRANSLATE_NOOP("StaffTab", "Field technician"),
    "supervisor": QT_TRANSLATE_NOOP("StaffTab", "Supervisor"),
    "incident_manager": QT_TRANSLATE_NOOP("StaffTab", "Incident manager"),
    "problem_manager": QT_TRANSLATE_NOOP("StaffTab", "Problem manager"),
    "change_manager": QT_TRANSLATE_NOOP("StaffTab", "Change manager"),
    "service_owner": QT_TRANSLATE_NOOP("StaffTab", "Service owner"),
    "cab_member": QT_TRANSLATE_NOOP("StaffTab", "CAB member"),
    "approver": QT_TRANSLATE_NOOP("StaffTab", "Approver"),
    "admin": QT_TRANSLATE_NOOP("StaffTab", "Administrator"),
    "auditor": QT_TRANSLATE_NOOP("StaffTab", "Auditor (read only)"),
}


def role_text(role: str) -> str:
    return QCoreApplication.translate("StaffTab", ROLE_TEXTS.get(role, role))


def logins_of(ctx: UiContext) -> Logins | None:
    """The login manager when this desk is a shared PostgreSQL one (None on SQLite)."""
    if ctx.database.url.get_backend_name() != "postgresql":
        return None
    found: Logins | None = getattr(ctx.services, "logins", None)
    return found


class PasswordDialog(QDialog):
    """A new password typed twice; never shown, never stored by DeskApp."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for {name}").format(name=username))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if len(self.password.text()) < 8:
            self.error.setText(self.tr("Use at least 8 characters."))
        elif self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ; type the same one twice."))
        else:
            self.accept()
            return
        self.error.show()


class NewStaffDialog(QDialog):
    def __init__(self, with_password: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New staff member"))
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: set it later with Reset password"))
        form = QFormLayout()
        form.addRow(self.tr("&Username (database login):"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&E-mail:"), self.email)
        if with_password:
            form.addRow(self.tr("&Password:"), self.password)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


class StaffTab(QWidget):
    COLUMNS = 5

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.service = ctx.services.administration
        self.logins = logins_of(ctx)
        self.rows: list[StaffDTO] = []
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Username"), self.tr("Roles"), self.tr("Teams"),
            self.tr("Active")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.new_button = QPushButton(self.tr("&New staff member…"), self)
        self.active_button = QPushButton(self.tr("&Disable"), self)
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.new_button.clicked.connect(self.new_staff)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)

        self.roles_box = QGroupBox(self.tr("Roles"), self)
        grid = QGridLayout(self.roles_box)
        self.role_boxes: dict[str, QCheckBox] = {}
        for n, (role, _label) in enumerate(role_choices()):
            box = QCheckBox(role_text(role), self.roles_box)
            self.role_boxes[role] = box
            grid.addWidget(box, n // 2, n % 2)
        self.save_roles_button = QPushButton(self.tr("Save &roles"), self.roles_box)
        self.save_roles_button.clicked.connect(self.save_roles)
        grid.addWidget(self.save_roles_button, (len(self.role_boxes) + 1) // 2, 1,
                       Qt.AlignmentFlag.AlignRight)
        # where take next and Assign to me put work without a team (one of the person's teams)
        self.team_box = QGroupBox(self.tr("Default team"), self)
        self.default_team = QComboBox(self.team_box)
        self.default_team.setObjectName("staffDefaultTeam")
        self.save_team_button = QPushButton(self.tr("Save default &team"), self.team_box)
        self.save_team_button.clicked.connect(self.save_default_team)
        team_layout = QHBoxLayout(self.team_box)
        team_layout.addWidget(self.default_team, 1)
        team_layout.addWidget(self.save_team_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        for b in (self.new_button, self.active_button, self.password_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.roles_box)
        side.addWidget(self.team_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(body)
        layout.addWidget(self.message)
        self._apply_permissions()

    # -- permissions -------------------------------------------------------------------------
    def _manage(self) -> Decision:
        return self.service.can_manage_staff()

    def _password_decision(self) -> Decision:
        manage = self._manage()
        if not manage:
            return manage
        if self.logins is None:
            return Decision(False, self.tr(
                "This desk is a local SQLite file: its person signs in as themselves, there is "
                "no database password to reset."))
        return manage

    def _apply_permissions(self) -> None:
        manage = self._manage()
        chosen = self.current() is not None
        guard(self.new_button, manage)
        guard_all([self.active_button, self.save_roles_button, *self.role_boxes.values()],
                  manage if chosen or not manage else Decision(False, self.tr(
                      "Choose a staff member in the list first.")))
        password = self._password_decision()
        guard(self.password_button, password if chosen or not password else Decision(
            False, self.tr("Choose a staff member in the list first.")))

    # -- loading -----------------------------------------------------------------------------
    def reload(self, keep: uuid.UUID | None = None) -> None:
        self._run.run(self.service.staff, lambda rows: self._loaded(rows, keep), self._error)

    def _loaded(self, rows: list[StaffDTO], keep: uuid.UUID | None) -> None:
        current = self.current()
        keep = keep or (current.id if current else None)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            cells = (s.full_name, s.username, ", ".join(role_text(x) for x in s.roles),
                     ", ".join(s.teams), self.tr("yes") if s.active else self.tr("no"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
            if s.id == keep:
                self.table.selectRow(r)
        self._selected()

    def current(self) -> StaffDTO | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _selected(self) -> None:
        staff = self.current()
        for role, box in self.role_boxes.items():
            box.setChecked(staff is not None and role in staff.roles)
        self.active_button.setText(self.tr("&Enable") if staff is not None and not staff.active
                                   else self.tr("&Disable"))
        self._apply_permissions()
        self._load_default_team(staff)

    def _load_default_team(self, staff: StaffDTO | None) -> None:
        self.default_team.clear()
        guard_all([self.default_team, self.save_team_button], Decision(False, self.tr(
            "Choose a staff member in the list first.")))
        if staff is None:
            return
        prefs = self.ctx.services.preferences

        def work() -> tuple[list[Choice], uuid.UUID | None, Decision]:
            return (prefs.teams_of(staff.id), prefs.default_team(staff.id),
                    prefs.may_set_default_team(staff.id))

        def shown(found: tuple[list[Choice], uuid.UUID | None, Decision]) -> None:
            current = self.current()
            if current is None or current.id != staff.id:
                return
            teams, chosen, may = found
            self.default_team.clear()
            self.default_team.addItem(self.tr("(none: asked on the first take)"), None)
            for team in teams:
                self.default_team.addItem(team.label, team.id)
            self.default_team.setCurrentIndex(max(0, self.default_team.findData(chosen)))
            guard_all([self.default_team, self.save_team_button], may)

        self._run.run(work, shown, self._error)

    def save_default_team(self) -> None:
        staff = self.current()
        if staff is None:
            return
        team = self.default_team.currentData()
        label = self.default_team.currentText()
        prefs = self.ctx.services.preferences

        def done(_team: object) -> None:
            self.message.setText(self.tr("{name}'s default team is now {team}.").format(
                name=staff.full_name, team=label))

        self._run.run(lambda: prefs.set_default_team(team, staff.id), done, self._error)

    # -- commands ----------------------------------------------------------------------------
    def new_staff(self) -> None:
        dialog = NewStaffDialog(self.logins is not None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        username, name = dialog.username.text(), dialog.full_name.text()
        email, password = dialog.email.text(), dialog.password.text() or None
        logins = self.logins

        def work() -> StaffDTO:
            made = self.service.create_staff(username, name, ("agent",), email)
            if logins is not None and not logins.exists(made.username):
                logins.create_login(made.username, password, made.roles)
            return made

        self._do(work, self.tr("Added {name}."), lambda s: s.full_name)

    def toggle_active(self) -> None:
        staff = self.current()
        if staff is None:
            return
        logins, active = self.logins, not staff.active

        def work() -> StaffDTO:
            changed = self.service.set_active(staff.id, active)
            if logins is not None and logins.exists(staff.username):
                logins.set_enabled(staff.username, active)
            return changed

        self._do(work, self.tr("Enabled {name}.") if active else self.tr("Disabled {name}."),
                 lambda s: s.full_name)

    def save_roles(self) -> None:
        staff = self.current()
        if staff is None:
            return
        roles = tuple(r for r, box in self.role_boxes.items() if box.isChecked())
        logins = self.logins

        def work() -> StaffDTO:
            changed = self.service.set_roles(staff.id, roles)
            if logins is not None and logins.exists(staff.username):
                logins.set_roles(staff.username, changed.roles)
            return changed

        self._do(work, self.tr("Saved the roles of {name}."), lambda s: s.full_name)

    def reset_password(self) -> None:
        staff, logins = self.current(), self.logins
        if staff is None or logins is None or not self._password_decision():
            return
        dialog = PasswordDialog(staff.username, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password.text()
        dialog.password.clear()
        dialog.again.clear()

        def work() -> StaffDTO:
            if logins.exists(staff.username):
                logins.set_password(staff.username, password)
            else:
                logins.create_login(staff.username, password, staff.roles)
            return staff

        self._do(work, self.tr("Set a new password for {name}."), lambda s: s.full_name)

    def _do(self, work: Callable[[], StaffDTO], done: str,
            name: Callable[[StaffDTO], str]) -> None:
        def ok(staff: StaffDTO) -> None:
            self.message.setText(done.format(name=name(staff)))
            self.reload(staff.id)

        self._run.run(work, ok, self._error)

    def _error(self, exc: BaseException) -> None:
        prefix = self.tr("Not saved: ") if isinstance(exc, ValidationError) else ""
        self.message.setText(prefix + user_message(exc))
