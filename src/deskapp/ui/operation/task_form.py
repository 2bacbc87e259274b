"""The incident task editor: the work-item form shell with the task's panel
(:mod:`.task_panel`). This class keeps the name the operation view and the tests know."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from deskapp.ui.operation.task_panel import TASK_FORM, TaskPanel
from deskapp.ui.work_items.form_shell import WorkItemForm

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class TaskEditor(WorkItemForm):
    """One incident task. ``open_parent(incident_id)`` asks the view to show its incident."""

    panel: TaskPanel

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, TASK_FORM, parent)
        self.setObjectName("taskEditor")
        self.save_button.setObjectName("saveTask")
        self.step_buttons = self.lifecycle.buttons
