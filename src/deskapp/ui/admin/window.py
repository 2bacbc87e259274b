"""The Administration window (Tools > Administration…, Ctrl+Shift+M): Staff, Teams, the Audit
trail and Templates (incident templates and canned responses) on four pages. What the person
may not change is disabled with the reason as tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from deskapp.ui.admin.audit_tab import AuditTab
from deskapp.ui.admin.scaffold import TabbedWindow
from deskapp.ui.admin.staff_tab import StaffTab
from deskapp.ui.admin.teams_tab import TeamsTab
from deskapp.ui.admin.templates_tab import TemplatesTab

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

SETTINGS_KEY = "administration/geometry"


class AdministrationWindow(TabbedWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(SETTINGS_KEY, parent)
        self.setWindowTitle(self.tr("Administration"))
        self.staff = StaffTab(ctx, self)
        self.teams = TeamsTab(ctx, self)
        self.audit = AuditTab(ctx, self)
        self.templates = TemplatesTab(ctx, self)
        self.tabs.addTab(self.staff, self.tr("&Staff"))
        self.tabs.addTab(self.teams, self.tr("&Teams"))
        self.tabs.addTab(self.audit, self.tr("A&udit trail"))
        self.tabs.addTab(self.templates, self.tr("Templat&es"))
        self.staff.reload()
        self.teams.reload()
        self.audit.load_choices()
        self.audit.reload()
        self.templates.reload()
