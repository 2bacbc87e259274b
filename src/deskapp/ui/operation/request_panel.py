"""The service request's panel on the work-item form, the request task's form declaration, and
the request's.

A request shows what was ordered (the offering, for whom, the answers to its form, who ordered
it, the incident it came from) above its editable fields (title, description, urgency, team,
assignee); its approvals, tasks, links, attachments and time are the shell's shared tabs. Its
lifecycle buttons put it on hold, resume, close it when its tasks are done, or cancel it (with
a reason). A request task is an incident task's panel under a request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QInputDialog, QLabel, QWidget

from deskapp.domain.kinds import service_request as req
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.task_panel import TASK_FORM, TaskPanel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import FormKind, Step
from deskapp.ui.workers import user_message

REQUEST_FIELDS = ("title", "description", "urgency", "team_id", "assignee_id")


class RequestTaskPanel(TaskPanel):
    """A request task: the task panel, its parent a service request."""

    PARENT_BUTTON = QT_TRANSLATE_NOOP("TaskPanel", "Open re&quest")


class RequestPanel(TaskPanel):
    """Details of a service request: what was ordered, then the fields an agent edits."""

    FIELDS = REQUEST_FIELDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPanel")
        form = self.layout()
        assert isinstance(form, QFormLayout)
        # a request has no impact (it is not a disruption) and no due date of its own (its
        # target is the offering's SLA): those rows of the task panel stay hidden
        form.setRowVisible(self.impact, False)
        form.setRowVisible(self.due, False)
        self.parent_button.hide()
        self.ordered = QGroupBox(self.tr("Ordered"))
        self.ordered.setObjectName("ordered")
        self.ordered_form = QFormLayout(self.ordered)
        form.insertRow(0, self.ordered)

    def header_buttons(self) -> list[QWidget]:
        return []

    def blank_values(self) -> dict[str, Any]:
        return {"title": "", "description": "", "urgency": 3, "team_id": None,
                "assignee_id": None}

    def show_item(self, values: Mapping[str, Any], dto: Any) -> None:
        super().show_item({**values, "impact": 3, "due_at": None}, dto)
        while self.ordered_form.rowCount():
            self.ordered_form.removeRow(0)
        if dto is None:
            return
        rows = [(self.tr("Offering:"), dto.offering.label),
                (self.tr("For:"), dto.caller.label if dto.caller else self.tr("(no caller)")),
                (self.tr("Ordered by:"), dto.requested_by or self.tr("unknown"))]
        if dto.converted_from:
            rows.append((self.tr("Converted from:"), dto.converted_from))
        rows.extend((f"{a.label}:", a.text) for a in dto.answers)
        rows.append((self.tr("Tasks:"), self.tr("{open} open of {total}").format(
            open=dto.tasks_open, total=dto.tasks_total)))
        if dto.resolution_notes:
            rows.append((self.tr("Outcome:"), dto.resolution_notes))
        for label, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setObjectName("orderedValue")
            self.ordered_form.addRow(label, value)

    def values(self) -> dict[str, Any]:
        values = super().values()
        return {name: values[name] for name in REQUEST_FIELDS}

    def values_of(self, dto: Any) -> dict[str, Any]:
        return {name: dto.field_value(name) for name in REQUEST_FIELDS}

    def header_note(self, dto: Any) -> tuple[str, str]:
        who = dto.caller.label if dto.caller else self.tr("no caller")
        text = self.tr("{offering} for {who}").format(offering=dto.offering.label, who=who)
        if dto.awaiting_approval:
            text = self.tr("{text}; awaiting approval").format(text=text)
        return (text,
                self.tr("Opened {opened}").format(opened=local_time(dto.opened_at)))

    def last_field(self) -> QWidget:
        return self.assignee

    def run_step(self, step: Step) -> None:
        """Cancelling asks why (the caller reads it)."""
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Cancel request"),
            self.tr("Why is the request cancelled? Its open tasks are cancelled with it."))
        if not ok:
            return
        self.form.transition(step.target, lambda exc: self.form.show_notice(user_message(exc)),
                             resolution_notes=reason)


REQUEST_FORM = FormKind(
    key="service_request",
    panel=RequestPanel,
    service=lambda services: services.requests,
    steps=(
        Step("pending", req.PENDING, QT_TRANSLATE_NOOP("WorkItemForm", "Pe&nding")),
        Step("resume", req.IN_PROGRESS, QT_TRANSLATE_NOOP("WorkItemForm", "Resume wor&k"),
             sources=frozenset({req.PENDING})),
        Step("close", req.CLOSED, QT_TRANSLATE_NOOP("WorkItemForm", "Cl&ose")),
        Step("cancel", req.CANCELLED, QT_TRANSLATE_NOOP("WorkItemForm", "Cance&l request…"),
             dialog=True),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New request"),
    children=lambda services: services.request_tasks,
)

REQUEST_TASK_FORM = dataclasses.replace(
    TASK_FORM, key="request_task", panel=RequestTaskPanel,
    service=lambda services: services.request_tasks,
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New request task"))
