"""The Tasks tab of a form whose kind has child kinds (an incident's incident tasks): lists the
children, opens one (``form.open_task_requested``) and creates one under the item."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from deskapp.domain.kinds import ACTIVE, REGISTRY
from deskapp.services.dto import Changes, Choice, WorkItemRow
from deskapp.ui.work_items.tasks_tab import TasksTab
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.work_items.form_shell import WorkItemForm


class ChildrenTab:
    """``service`` lists (``tasks_of(parent_id)``) and creates (``create(parent_id, draft)``)
    the children; their kinds are those whose declaration names the form's kind as parent."""

    def __init__(self, form: WorkItemForm, service: Any) -> None:
        self.form = form
        self.service = service
        self.kinds = frozenset(k for k in ACTIVE if form.decl.key in REGISTRY[k].parent_kinds)
        self.widget = TasksTab()
        self.widget.open_requested.connect(form.open_task_requested)
        self.widget.create_requested.connect(self.create)

    def refresh(self) -> None:
        parent_id = self.form.item_id
        if parent_id is None:
            self.widget.set_tasks([])
            return
        children, reference = self.service, self.form.ctx.services.reference

        def done(result: tuple[list[WorkItemRow], list[Choice]]) -> None:
            if self.form.item_id == parent_id:
                self.widget.teams = result[1]
                self.widget.set_tasks(result[0])

        self.form.runner.run(lambda: (children.tasks_of(parent_id), reference.teams()), done,
                             lambda exc: self.form.show_notice(user_message(exc)))

    def create(self, title: str, team_id: uuid.UUID | None) -> None:
        """A new child under the item (from the tab's New task dialog)."""
        parent_id, children, dialog = self.form.item_id, self.service, self.widget.dialog
        if parent_id is None:
            return

        def done(child: Any) -> None:
            if dialog is not None:
                dialog.accept()
            self.form.message.emit(QCoreApplication.translate(
                "WorkItemForm", "{task} added to {n}.").format(task=child.number,
                                                              n=child.parent_number))
            self.form.ctx.bus.publish(Changes(child.kind, frozenset({child.id, parent_id}),
                                              created=True))

        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(user_message(exc))
            else:
                self.form.show_notice(user_message(exc))

        self.form.runner.run(lambda: children.create(parent_id, {"title": title,
                                                                 "team_id": team_id}),
                             done, failed)
