"""Canned responses in a form's conversation: Ctrl+Shift+T (or the button) offers the responses
the agent may use here (their own, shared ones for everyone, their teams and the item's team);
the chosen one is filled from the saved item (caller, number ...) by the service, off the UI
thread, and inserted at the note editor's cursor. A value the item lacks is said in a sentence
under the editor and nothing is inserted."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from deskapp.domain.templates import RESPONSE
from deskapp.ui.work_items.template_picker import PickerSlot, TemplatePicker
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.templates import TemplateDTO


def _tr(text: str) -> str:
    return QCoreApplication.translate("CannedResponses", text)


class CannedResponses(QObject):
    """Wires a form's ConversationTab to the template service; ``picker`` is the open one."""

    def __init__(self, form: Any) -> None:
        super().__init__(form)
        self.form = form
        self.slot = PickerSlot()
        form.comments.canned_requested.connect(self.offer)

    def offer(self) -> None:
        form, tab = self.form, self.form.comments
        item_id = form.item_id
        if item_id is None:
            tab.show_error(_tr("Save the item first: a canned response is filled from its "
                               "number and caller."))
            return
        if self.slot.raise_open():
            return
        team_id = getattr(form.dto, "team_id", None) or getattr(
            getattr(form.dto, "team", None), "id", None)
        templates = form.ctx.services.templates
        form.runner.run(lambda: templates.offered(RESPONSE, team_id),
                        lambda found: self._show(found, item_id),
                        lambda exc: tab.show_error(user_message(exc)))

    @property
    def picker(self) -> TemplatePicker | None:
        return self.slot.picker

    def _show(self, found: list[TemplateDTO], item_id: uuid.UUID) -> None:
        self.slot.show(found, RESPONSE, self.form,
                       lambda template_id: self._insert(template_id, item_id))

    def _insert(self, template_id: uuid.UUID, item_id: uuid.UUID) -> None:
        form, tab = self.form, self.form.comments
        templates = form.ctx.services.templates
        form.runner.run(lambda: templates.fill_response(template_id, item_id),
                        tab.insert_text, lambda exc: tab.show_error(user_message(exc)))
