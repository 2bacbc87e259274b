"""The problem editor: the work-item form shell with the problem's panel
(:mod:`.problem_panel`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from deskapp.ui.operation.problem_panel import PROBLEM_FORM, ProblemPanel
from deskapp.ui.work_items.form_shell import WorkItemForm

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class ProblemEditor(WorkItemForm):
    """One problem (or a new one)."""

    panel: ProblemPanel

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, PROBLEM_FORM, parent)
        self.setObjectName("problemEditor")
        self.save_button.setObjectName("saveProblem")
        self.step_buttons = self.lifecycle.buttons
