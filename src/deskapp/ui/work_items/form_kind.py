"""What a kind of work item brings to the form shell: a panel for its own fields and a
declaration (its service, its step buttons, its children).

A new kind is a :class:`KindPanel` subclass and one :class:`FormKind`; the shell
(:mod:`deskapp.ui.work_items.form_shell`) does the rest: header, lifecycle buttons, saving,
conflicts, conversation, history, tasks, links and the shared tabs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from deskapp.domain.kinds import KindDeclaration, kind
from deskapp.ui.operation.models import field_label
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from datetime import datetime

    from deskapp.domain.permissions import Action, Decision
    from deskapp.services.container import Services
    from deskapp.services.dto import Choice
    from deskapp.ui.work_items.form_shell import WorkItemForm


class KindService(Protocol):
    """What the shell calls on a kind's service (incidents, incident tasks, ...)."""

    def get(self, item_id: uuid.UUID) -> Any: ...

    def edit(self, item_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> Any: ...

    def transition(self, item_id: uuid.UUID, expected_version: int, target: str,
                   *args: Any, **kwargs: Any) -> Any: ...

    # every kind's service has these from WorkItemOperations
    def permissions_for(self, item_id: uuid.UUID) -> dict[Action, Decision]: ...

    def assign_to_me(self, item_id: uuid.UUID, expected_version: int,
                     team_id: uuid.UUID | None = None) -> Any: ...

    def wait(self, item_id: uuid.UUID, expected_version: int, target: str, reason: str,
             until: datetime | None = None) -> Any: ...

    def reopen(self, item_id: uuid.UUID, expected_version: int, target: str,
               reason: str) -> Any: ...


@dataclass(frozen=True)
class Step:
    """One lifecycle button: a step to ``target``, shown only while the lifecycle allows it.

    ``sources`` narrows it to some current statuses (the incident's "Reopen" and "Start work"
    both go to In Progress, from different places); ``labels_from`` rewords it by the current
    status ("Resume work" from Pending). A ``dialog`` step asks the panel for input first
    (:meth:`KindPanel.run_step`). Labels are untranslated ("WorkItemForm" context).
    """

    name: str
    target: str
    label: str
    sources: frozenset[str] | None = None
    labels_from: Mapping[str, str] = field(default_factory=dict)
    dialog: bool = False

    def label_for(self, current: str | None) -> str:
        return self.labels_from.get(current or "", self.label)


@dataclass(frozen=True)
class FormKind:
    """The form-side declaration of one kind (its domain side is ``domain/kinds/<kind>.py``)."""

    key: str
    #: builds the Details tab's panel
    panel: Callable[[], KindPanel]
    #: the kind's service, from the container
    service: Callable[[Services], KindService]
    #: the step buttons in order; a legal step not named here still gets a button
    steps: tuple[Step, ...] = ()
    #: tab title of a blank form ("New incident"), untranslated
    new_title: str = ""
    #: the service that lists and creates this kind's child items (the Tasks tab)
    children: Callable[[Services], Any] | None = None

    @property
    def declaration(self) -> KindDeclaration:
        return kind(self.key)


class KindPanel(QWidget):
    """The Details tab of one kind: its fields, what they load, how they read.

    The shell owns the item (``form.dto``), saving, the lifecycle and the other tabs; the panel
    only shows and reads values under the service's field names, so the shell can diff them,
    send the changes and build the conflict table. Override what the kind needs.
    """

    changed = Signal()  # a field was edited: the shell recomputes dirty state and header
    errors_changed = Signal()  # a field's message appeared or went

    #: the editable fields, in the order the conflict table lists them
    FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form: WorkItemForm | None = None
        self._filling = 0  # above zero while the panel fills fields (not an edit)

    @property
    def form(self) -> WorkItemForm:
        assert self._form is not None, "attach() the panel to its form first"
        return self._form

    def attach(self, form: WorkItemForm) -> None:
        """The shell adopts the panel (before anything loads)."""
        self._form = form

    # -- loading (``reference_job`` runs on the worker: services only, no widgets) ----------
    def reference_job(self) -> Callable[[Any], Any]:
        """What the panel needs besides the item (choice lists...), read with it."""
        return lambda _dto: None

    def show_reference(self, reference: Any, dto: Any) -> None:
        """Fill choice lists from ``reference_job``'s result (before :meth:`show_item`)."""

    def blank_values(self) -> dict[str, Any]:
        return {}

    def values_of(self, dto: Any) -> dict[str, Any]:
        return {name: dto.field_value(name) for name in self.FIELDS}

    def show_item(self, values: Mapping[str, Any], dto: Any) -> None:
        """Show a saved state (``dto`` None: a blank form) without reporting edits."""

    def history_shown(self, history: list[Any]) -> None:
        """The item's history was (re)read (a resolution panel may read who resolved it)."""

    # -- reading -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {}

    def labels(self) -> dict[str, str]:
        """How each reference field of the form reads now (for the conflict table)."""
        return {}

    def labels_of(self, dto: Any) -> dict[str, str]:
        return {}

    def describe(self, name: str, value: Any, labels: Mapping[str, str]) -> str:
        """A field value as a person reads it (the conflict table)."""
        if name in labels:
            return labels[name] if value is not None else ""
        text = "" if value is None else str(value)
        return text if len(text) <= 300 else text[:300] + "…"

    def field_label(self, name: str) -> str:
        return field_label(name)

    def priority(self) -> int | None:
        """The priority the header shows while editing (None: the saved one)."""
        return None

    def header_buttons(self) -> list[QWidget]:
        """Buttons of the kind beside the lifecycle steps ("Open incident" on a task)."""
        return []

    def header_note(self, dto: Any) -> tuple[str, str]:
        """Text after the header's facts, and its tooltip."""
        return "", ""

    # -- checks and messages -----------------------------------------------------------------
    def client_errors(self) -> dict[str, str]:
        return {}

    def show_errors(self, fields: Mapping[str, str]) -> None:
        """Mark the fields ``fields`` names; unknown names are the shell's message alone."""

    def messages(self) -> dict[str, str]:
        """Field messages still standing (their fields unchanged since)."""
        return {}

    def first_field(self) -> QWidget | None:
        """Focus goes here on a blank form."""
        return None

    def last_field(self) -> QWidget | None:
        """Tab from here goes to Save."""
        return None

    # -- choice lists ------------------------------------------------------------------------
    def fill_choices(self, box: QComboBox, choices: list[Choice], none: str) -> None:
        """``none`` (no choice) then ``choices``, without reporting an edit."""
        self._filling += 1
        try:
            box.clear()
            box.addItem(none, None)
            for c in choices:
                box.addItem(c.label, c.id)
        finally:
            self._filling -= 1

    @staticmethod
    def show_choices(boxes: Iterable[tuple[QComboBox, Choice | None]],
                     values: Mapping[str, Any], chosen: Iterable[tuple[str, QComboBox]]) -> None:
        """Show an item's choices: each ``(box, choice)`` whose choice the box no longer offers
        (a retired service, an inactive member) is added so it stays shown, then each
        ``(field, box)`` selects ``values[field]`` (the "none" entry when it is not there).
        Called while filling (no edit reported)."""
        for box, choice in boxes:
            if choice is not None and box.findData(choice.id) < 0:
                box.addItem(choice.label, choice.id)
        for name, box in chosen:
            box.setCurrentIndex(max(box.findData(values[name]), 0))

    def reload_choices(self, key: uuid.UUID | None, box: QComboBox, none: str,
                       fetch: Callable[[uuid.UUID], list[Choice]]) -> None:
        """Refill ``box`` with what ``fetch(key)`` reads (empty for no key), keeping the choice
        when it is still offered: a team's members after the team changed, a service's CIs."""
        chosen = box.currentData()

        def done(choices: list[Choice]) -> None:
            self.fill_choices(box, choices, none)
            self._filling += 1
            box.setCurrentIndex(max(box.findData(chosen), 0))
            self._filling -= 1
            self.changed.emit()

        if key is None:
            done([])
        else:
            self.form.runner.run(lambda: fetch(key), done,
                                 lambda exc: self.form.show_notice(user_message(exc)))

    # -- steps -------------------------------------------------------------------------------
    def run_step(self, step: Step) -> None:
        """A ``dialog`` step: ask for its input, then call ``form.transition``."""
        self.form.transition(step.target)
