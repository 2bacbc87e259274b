"""The incident task's panel on the work-item form, and the task's form declaration.

Title, description, impact, urgency, team (its members fill the assignee list) and due date; the
header says whose task it is, and "Open incident" shows the parent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from deskapp.domain.incident import TITLE_MAX, Impact, Urgency
from deskapp.domain.kinds.incident_task import CANCELLED, CLOSED, IN_PROGRESS, PENDING
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter, with_counter
from deskapp.ui.operation.models import local_time
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import FormKind, KindPanel, Step

if TYPE_CHECKING:
    from deskapp.services.dto import Choice, IncidentTaskDTO

FIELDS = ("title", "description", "impact", "urgency", "team_id", "assignee_id", "due_at")


@dataclass(frozen=True)
class _Reference:
    teams: list[Choice]
    members: list[Choice]


class TaskPanel(KindPanel):
    """Details of an incident task (a request task's panel is this one under another parent)."""

    FIELDS: tuple[str, ...] = FIELDS
    #: the header button showing the parent, untranslated ("TaskPanel" context)
    PARENT_BUTTON = QT_TRANSLATE_NOOP("TaskPanel", "Open &incident")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        # no maxLength: a paste stays whole; the counter and the save say it is too long
        self.title_counter = LengthCounter(self.title, TITLE_MAX)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.impact, self.urgency = QComboBox(), QComboBox()
        for box, levels in ((self.impact, Impact), (self.urgency, Urgency)):
            for level in levels:
                box.addItem(tr_label(level.label), int(level))
        self.team, self.assignee = QComboBox(), QComboBox()
        self.team.setObjectName("team")
        self.assignee.setObjectName("assignee")
        self.has_due = QCheckBox(self.tr("Due &date:"))
        self.due = QDateTimeEdit()
        self.due.setObjectName("dueAt")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), with_counter(self.title, self.title_counter))
        form.addRow(self.tr("D&escription:"), self.description)
        form.addRow(self.tr("Im&pact:"), self.impact)
        form.addRow(self.tr("&Urgency:"), self.urgency)
        form.addRow(self.tr("Tea&m:"), self.team)
        form.addRow(self.tr("&Assignee:"), self.assignee)
        form.addRow(self.has_due, self.due)
        self.parent_button = QPushButton(QCoreApplication.translate("TaskPanel",
                                                                    self.PARENT_BUTTON))
        self.parent_button.setObjectName("openParent")
        self.parent_button.clicked.connect(self._open_parent)

        self.title.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        for box in (self.impact, self.urgency, self.assignee):
            box.currentIndexChanged.connect(self._edited)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.has_due.toggled.connect(self._edited)
        self.due.dateTimeChanged.connect(self._edited)

    def header_buttons(self) -> list[QWidget]:
        return [self.parent_button]

    def _open_parent(self) -> None:
        if self.form.dto is not None:
            self.form.open_parent.emit(self.form.dto.parent_id)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    # -- loading ------------------------------------------------------------------------------
    def reference_job(self) -> Callable[[Any], Any]:
        reference = self.form.ctx.services.reference
        return lambda dto: _Reference(reference.teams(), reference.team_members(dto.team.id)
                                      if dto is not None and dto.team else [])

    def show_reference(self, reference: _Reference, dto: IncidentTaskDTO | None) -> None:
        self.fill_choices(self.team, reference.teams, self.tr("(no team)"))
        self.fill_choices(self.assignee, reference.members, self.tr("(nobody)"))

    def blank_values(self) -> dict[str, Any]:
        return {"title": "", "description": "", "impact": 2, "urgency": 2, "team_id": None,
                "assignee_id": None, "due_at": None}

    def show_item(self, values: Mapping[str, Any], dto: IncidentTaskDTO | None) -> None:
        self._filling += 1
        try:
            self.show_choices(
                ((self.team, dto.team if dto else None),
                 (self.assignee, dto.assignee if dto else None)),
                values, (("impact", self.impact), ("urgency", self.urgency),
                         ("team_id", self.team), ("assignee_id", self.assignee)))
            self.title.setText(values["title"])
            self.description.setPlainText(values["description"])
            due = values["due_at"]
            self.has_due.setChecked(due is not None)
            self.due.setEnabled(due is not None)
            self.due.setDateTime(QDateTime(due.astimezone()) if due is not None
                                 else QDateTime.currentDateTime().addDays(1))
        finally:
            self._filling -= 1

    # -- reading ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        # the stub says QDateTime.toPython() returns object; it returns a datetime
        due = cast(datetime, self.due.dateTime().toPython()).astimezone(UTC) \
            if self.has_due.isChecked() else None
        if due is not None:
            due = due.replace(second=0, microsecond=0)
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "impact": self.impact.currentData(), "urgency": self.urgency.currentData(),
                "team_id": self.team.currentData(), "assignee_id": self.assignee.currentData(),
                "due_at": due}

    def values_of(self, dto: IncidentTaskDTO) -> dict[str, Any]:
        values: dict[str, Any] = {name: dto.field_value(name) for name in FIELDS}
        if values["due_at"] is not None:
            values["due_at"] = values["due_at"].replace(second=0, microsecond=0)
        return values

    def labels(self) -> dict[str, str]:
        return {"team_id": self.team.currentText(), "assignee_id": self.assignee.currentText()}

    def labels_of(self, dto: IncidentTaskDTO) -> dict[str, str]:
        return {"team_id": dto.team.label if dto.team else "",
                "assignee_id": dto.assignee.label if dto.assignee else ""}

    def describe(self, name: str, value: Any, labels: Mapping[str, str]) -> str:
        if value is not None and name in ("impact", "urgency"):
            return self.tr((Impact if name == "impact" else Urgency)(int(value)).label)
        if value is not None and name == "due_at":
            return local_time(value)
        return super().describe(name, value, labels)

    def field_label(self, name: str) -> str:
        return self.tr("Due date") if name == "due_at" else super().field_label(name)

    def header_note(self, dto: IncidentTaskDTO) -> tuple[str, str]:
        return (self.tr("task of {parent}").format(parent=dto.parent_number),
                self.tr("Opened {opened}; asked for by {who}").format(
                    opened=local_time(dto.opened_at), who=dto.requested_by or self.tr("unknown")))

    def client_errors(self) -> dict[str, str]:
        if not self.title.text().strip():
            return {"title": self.tr("Enter a title.")}
        problem = self.title_counter.problem(self.tr("The title"))
        return {"title": problem} if problem else {}

    def first_field(self) -> QWidget:
        return self.title

    def last_field(self) -> QWidget:
        return self.due

    def _team_changed(self) -> None:
        if not self._filling:
            self.reload_choices(self.team.currentData(), self.assignee, self.tr("(nobody)"),
                                self.form.ctx.services.reference.team_members)


TASK_FORM = FormKind(
    key="incident_task",
    panel=TaskPanel,
    service=lambda services: services.incident_tasks,
    steps=(
        Step("start", IN_PROGRESS, QT_TRANSLATE_NOOP("WorkItemForm", "Start wor&k"),
             sources=frozenset({"new", "assigned", PENDING}),
             labels_from={PENDING: QT_TRANSLATE_NOOP("WorkItemForm", "Resume wor&k")}),
        Step("pending", PENDING, QT_TRANSLATE_NOOP("WorkItemForm", "Pe&nding")),
        Step("close", CLOSED, QT_TRANSLATE_NOOP("WorkItemForm", "Cl&ose")),
        Step("cancel", CANCELLED, QT_TRANSLATE_NOOP("WorkItemForm", "Cance&l task")),
        Step("reopen", IN_PROGRESS, QT_TRANSLATE_NOOP("WorkItemForm", "&Reopen"),
             sources=frozenset({CLOSED, CANCELLED})),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New incident task"),
)
