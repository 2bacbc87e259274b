"""The incident editor: the work-item form shell with the incident's panel.

Everything but the fields lives in the shell (:mod:`deskapp.ui.work_items.form_shell`); the
fields, choice lists, callers and the Resolve dialog in :mod:`.incident_panel`. This class keeps
the name the operation view and the tests know, and the incident's words for its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from deskapp.services.dto import Changes
from deskapp.ui.operation.incident_panel import INCIDENT_FORM, IncidentPanel
from deskapp.ui.work_items.form_shell import WorkItemForm
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.major_incidents import Candidate
    from deskapp.ui.context import UiContext
    from deskapp.ui.operation.caller_dialog import NewCallerDialog
    from deskapp.ui.operation.details import IncidentDetails
    from deskapp.ui.operation.resolve_dialog import ResolveDialog


class IncidentEditor(WorkItemForm):
    """One incident (or a new one)."""

    panel: IncidentPanel
    #: "Create article from this incident": the ArticleDraft, for the knowledge base to open
    article_draft = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, INCIDENT_FORM, parent)
        self.setObjectName("incidentEditor")
        self.save_button.setObjectName("saveIncident")
        self.save_button.setToolTip(self.tr("Save the incident (Ctrl+S)"))
        buttons = self.lifecycle.buttons
        self.start_button, self.pending_button = buttons["start"], buttons["pending"]
        self.resolve_button, self.reopen_button = buttons["resolve"], buttons["reopen"]
        self.close_button: QPushButton = buttons["close"]
        self.major_question: QMessageBox | None = None
        self.saved.connect(self._offer_major)
        self.panel.article.draft_ready.connect(self.article_draft)

    def _offer_major(self, dto: Any) -> None:
        """Just logged, on a service with an open major incident: "this looks like INC-…,
        link as child?" (No is the default; nothing changes without a Yes)."""
        if dto.version != 1 or dto.parent_id is not None or dto.is_major:
            return
        majors, incident_id = self.ctx.services.major_incidents, dto.id
        self.runner.run(lambda: majors.candidates(incident_id),
                        lambda found: self._ask_major(incident_id, found),
                        lambda exc: self.show_notice(user_message(exc)))

    def _ask_major(self, incident_id: Any, found: list[Candidate]) -> None:
        if not found or self.item_id != incident_id or self.major_question is not None:
            return
        major = found[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Part of a major incident?"),
                          self.tr("This looks like {n}: {title} (an open major incident on "
                                  "{service}). Link {mine} to it as a child incident?").format(
                              n=major.number, title=major.title, service=major.service_name,
                              mine=self.dto.number if self.dto else ""),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("majorQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _o=None: setattr(self, "major_question", None))
        majors = self.ctx.services.major_incidents

        def answered(button: Any) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return

            def linked(_count: int) -> None:
                self.message.emit(self.tr("{mine} is now a child of {n}.").format(
                    mine=self.dto.number if self.dto else "", n=major.number))
                self.ctx.bus.publish(Changes("incident", frozenset({incident_id, major.id})))
                self.reload()

            self.runner.run(lambda: majors.link_children(major.id, [incident_id]), linked,
                            lambda exc: self.show_notice(user_message(exc)))

        box.buttonClicked.connect(answered)
        self.major_question = box
        box.open()

    @property
    def details(self) -> IncidentDetails:
        return self.panel.details

    @property
    def resolve_dialog(self) -> ResolveDialog | None:
        return self.panel.resolve_dialog

    @property
    def caller_dialog(self) -> NewCallerDialog | None:
        return self.panel.caller_dialog

    @property
    def reason_dialog(self) -> QInputDialog | None:
        return self.panel.reason_dialog
