"""The lifecycle buttons of a work-item form, generated from the kind's state machine.

A button is shown exactly while its step is legal from the saved status
(``Lifecycle.allowed``). The kind's :class:`~deskapp.ui.work_items.form_kind.Step` list gives
verbs, mnemonics and the steps that need a dialog; a legal step it does not name still gets a
button under the target status's label, so a new kind works without declaring any. The step
into ``on_assign`` is left out: choosing a team or assignee takes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from deskapp.ui.labels import status_label
from deskapp.ui.work_items.form_kind import Step

if TYPE_CHECKING:
    from deskapp.domain.kinds import Lifecycle

CONTEXT = "WorkItemForm"


def all_steps(life: Lifecycle, declared: Sequence[Step]) -> tuple[Step, ...]:
    """The declared steps, then one for every reachable status no declared step reaches."""
    covered = {s.target for s in declared}
    reachable = {t for targets in life.transitions.values() for t in targets}
    extra = tuple(Step(status, status, status) for status in life.statuses
                  if status in reachable and status not in covered
                  and status != life.on_assign)
    return (*declared, *extra)


class LifecycleBar(QWidget):
    """``step_chosen(Step)`` when a button is clicked."""

    step_chosen = Signal(object)

    def __init__(self, kind_key: str, life: Lifecycle, declared: Sequence[Step],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self.life = life
        self.steps = all_steps(life, declared)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for step in self.steps:
            button = QPushButton()
            button.setObjectName(step.name)
            button.clicked.connect(lambda _c=False, s=step: self.step_chosen.emit(s))
            self.buttons[step.name] = button
            layout.addWidget(button)
        self.show_status(None)

    def _text(self, step: Step, current: str | None) -> str:
        if step.name == step.target and step.label == step.target:  # undeclared: the status
            return status_label(step.target, self.kind_key)
        text = QCoreApplication.translate(CONTEXT, step.label_for(current))
        return text + "…" if step.dialog and not text.endswith("…") else text

    def legal(self, step: Step, current: str | None) -> bool:
        if current is None or step.target not in self.life.allowed(current):
            return False
        return step.sources is None or current in step.sources

    def show_status(self, current: str | None) -> None:
        """Show the steps legal from ``current`` (None: an unsaved item has none)."""
        for step in self.steps:
            button = self.buttons[step.name]
            button.setText(self._text(step, current))
            button.setVisible(self.legal(step, current))

    def visible_targets(self) -> set[str]:
        return {s.target for s in self.steps if not self.buttons[s.name].isHidden()}

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
