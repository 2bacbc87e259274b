"""Incident templates on the incident form: "From template…" (Ctrl+Alt+N) offers the incident
templates the agent may use and pre-fills the new incident's fields (title, category, service,
impact, urgency, team, a description skeleton) as if typed; nothing is saved until Ctrl+S."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from deskapp.domain.templates import INCIDENT
from deskapp.ui.work_items.template_picker import PickerSlot, TemplatePicker
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.templates import IncidentPrefill, TemplateDTO

KEYS = "Ctrl+Alt+N"


class IncidentTemplates(QObject):
    """The button, its shortcut on ``panel`` and the picker (``picker`` while open)."""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.slot = PickerSlot()
        # no mnemonic left on an incident form: Ctrl+Alt+N while the form has the focus
        self.button = QPushButton(self.tr("From template…"))
        self.button.setObjectName("fromTemplate")
        self.button.setToolTip(self.tr("Pre-fill this new incident from an incident template: "
                                       "category, service, priority, team and a description "
                                       "to complete (Ctrl+Alt+N)"))
        self.button.clicked.connect(self.offer)
        self.shortcut = QShortcut(QKeySequence(KEYS), panel)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.setWhatsThis(self.tr("Pre-fill a new incident from a template"))
        self.shortcut.activated.connect(self.offer)

    def show_item(self, dto: Any) -> None:
        self.button.setVisible(dto is None)  # templates start incidents

    def offer(self) -> None:
        form = self.panel.form
        if form.dto is not None:
            form.show_notice(self.tr("Templates pre-fill a new incident; press Ctrl+N for one."))
            return
        if self.slot.raise_open():
            return
        templates = form.ctx.services.templates
        team_id = self.panel.details.team.currentData()
        form.runner.run(lambda: templates.offered(INCIDENT, team_id), self._show,
                        lambda exc: form.show_notice(user_message(exc)))

    @property
    def picker(self) -> TemplatePicker | None:
        return self.slot.picker

    def _show(self, found: list[TemplateDTO]) -> None:
        self.slot.show(found, INCIDENT, self.panel.form, self._apply)

    def _apply(self, template_id: uuid.UUID) -> None:
        form = self.panel.form
        templates = form.ctx.services.templates

        def done(prefill: IncidentPrefill) -> None:
            if form.dto is not None:  # another incident opened meanwhile
                return
            self.panel.details.apply_template(prefill)
            self.panel.details.title.setFocus()
            form.message.emit(self.tr("Template applied; complete the fields and save "
                                      "(Ctrl+S)."))

        form.runner.run(lambda: templates.incident_prefill(template_id), done,
                        lambda exc: form.show_notice(user_message(exc)))
