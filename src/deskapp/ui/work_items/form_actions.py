"""What a person does to the item on a work-item form besides editing it: Assign to me, and
the steps every kind asks a reason for (Pending: why and until when; Reopen: why).

A mixin of :class:`~deskapp.ui.work_items.form_shell.WorkItemForm` (it uses the form's dto,
service, runner and messages), kept apart so each file holds one concept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from deskapp.domain.kinds import Category
from deskapp.domain.pending import ASKS_REASON, REASON_LABELS
from deskapp.domain.permissions import ALLOW
from deskapp.errors import ConflictError, ValidationError
from deskapp.ui.labels import status_label, tr_label
from deskapp.ui.permissions import guard
from deskapp.ui.work_items.default_team import cancelled, run_for_me
from deskapp.ui.work_items.step_dialogs import PendingDialog, ReopenDialog
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.item_context import ItemContext
    from deskapp.ui.work_items.form_kind import Step
    from deskapp.ui.work_items.form_shell import WorkItemForm

ASSIGN_TO_ME_KEYS = "Ctrl+M"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkItemForm", text)


class FormActions:
    """Mixed into WorkItemForm; ``self`` is the form."""

    assign_me_button: QPushButton
    step_dialog: PendingDialog | ReopenDialog | None = None
    item_context: ItemContext | None = None

    def _make_actions(self: WorkItemForm) -> list[QPushButton]:
        self.assign_me_button = QPushButton(_tr("Assign to me"))
        self.assign_me_button.setObjectName("assignToMe")
        self.assign_me_button.setToolTip(_tr("Make this item yours ({keys})").format(
            keys=QKeySequence(ASSIGN_TO_ME_KEYS).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.assign_me_button.clicked.connect(lambda: self.assign_to_me())
        keys = QShortcut(QKeySequence(ASSIGN_TO_ME_KEYS), self)
        keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys.setWhatsThis(_tr("Assign the item to me"))
        keys.activated.connect(self.assign_to_me)
        return [self.assign_me_button]

    def _show_actions(self: WorkItemForm) -> None:
        """Assign to me: on a saved, unfinished item not already the person's."""
        dto = self.dto
        mine = dto is not None and getattr(dto, "assignee", None) is not None \
            and dto.assignee.id == self.ctx.services.actor.staff_id
        open_item = dto is not None and self.life.category(dto.status).value != "done"
        self.assign_me_button.setVisible(dto is not None and open_item and not mine)
        guard(self.assign_me_button, self.may_edit if self.may_edit is not None else ALLOW)

    def assign_to_me(self: WorkItemForm) -> None:
        if self.dto is None or self._busy or not self.assign_me_button.isVisible() \
                or not self.assign_me_button.isEnabled():
            return
        if self._dirty:
            self.save(then=self.assign_to_me)
            return
        item_id, version, service = self.dto.id, self.dto.version, self.service
        self._set_busy(True)

        def done(dto: Any) -> None:
            self._set_busy(False)
            if cancelled(dto):
                return
            self._saved(dto)
            self.message.emit(_tr("{n} is yours now.").format(n=dto.number))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.show_notice(user_message(exc))
            if isinstance(exc, ConflictError):
                self.reload()

        run_for_me(self, self.runner, self.ctx.services.preferences.my_teams,
                   lambda team: service.assign_to_me(item_id, version, team), done, failed)

    # -- steps that ask why -------------------------------------------------------------------
    def ask_step_reason(self: WorkItemForm, step: Step) -> bool:
        """Pending asks why (and until when), Reopen asks why; True when a dialog took the
        step. Every kind's service has ``wait`` and ``reopen`` (WorkItemOperations)."""
        dto = self.dto
        if dto is None:
            return False
        current, target = self.life.category(dto.status), self.life.category(step.target)
        if target == Category.WAITING and step.target in ASKS_REASON:
            dialog: PendingDialog | ReopenDialog = PendingDialog(
                dto.number, status_label(step.target, self.decl.key), self)

            def wait(reason: str, until: object) -> None:
                self.transition(step.target, failed, dialog.accept, via=self.service.wait,
                                reason=reason, until=until)

            dialog.submitted.connect(wait)
        elif current == Category.DONE and target != Category.DONE:
            dialog = ReopenDialog(dto.number, self)

            def reopen(reason: str) -> None:
                self.transition(step.target, failed, dialog.accept, via=self.service.reopen,
                                reason=reason)

            dialog.submitted.connect(reopen)
        else:
            return False

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                dialog.show_error(user_message(exc))
            else:
                dialog.reject()

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.step_dialog = dialog
        dialog.open()
        return True

    def pending_note(self: WorkItemForm) -> str:
        """The header's "Awaiting vendor until 12 Dec 14:00" while the item waits."""
        found = self.item_context
        if self.dto is None or found is None or found.item_id != self.dto.id \
                or not found.pending_reason:
            return ""
        reason = tr_label(REASON_LABELS.get(found.pending_reason, found.pending_reason))
        if found.pending_until is None:
            return reason
        return _tr("{reason} until {when}").format(
            reason=reason, when=found.pending_until.astimezone().strftime("%Y-%m-%d %H:%M"))
