"""Incident tasks (ITASK-): work another team does for an incident, with its own team,
assignee, status, due date and resolution SLA. Everything generic (history, comments, the
event bookkeeping, take next, bulk) comes from the work-item core; this is what only tasks do.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from deskapp.db.models import IncidentTask, WorkItem
from deskapp.domain.ids import new_id
from deskapp.domain.incident import (
    DESCRIPTION_MAX,
    validate_text,
)
from deskapp.domain.kinds import Category
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.incident_task import INCIDENT_TASK, LIFECYCLE
from deskapp.domain.numbers import format_number
from deskapp.errors import NotFound, ValidationError
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.dto import TASK_EDITABLE_FIELDS, Choice, IncidentTaskDTO, WorkItemRow
from deskapp.services.incidents import _matrix
from deskapp.services.work_items import WorkItemOperations, row_dto

ASSIGNMENT = ("team_id", "assignee_id")


class IncidentTaskService(WorkItemOperations):
    # -- reading ------------------------------------------------------------------------
    def get(self, task_id: uuid.UUID) -> IncidentTaskDTO:
        with self._uow(read_only=True) as uow:
            return self._dto(uow, self._load(uow, task_id), with_sla=True)

    def tasks_of(self, incident_id: uuid.UUID) -> list[WorkItemRow]:
        """The incident's live tasks, by number."""
        with self._uow(read_only=True) as uow:
            return [row_dto(r) for r in uow.work_items.children(incident_id, INCIDENT_TASK.key)]

    # -- writing ------------------------------------------------------------------------
    def create(self, incident_id: uuid.UUID, draft: Mapping[str, Any]) -> IncidentTaskDTO:
        """A new task under an open incident. Impact and urgency default to the incident's,
        service and CI are the incident's; ``draft`` holds TASK_EDITABLE_FIELDS plus
        team_id/assignee_id."""
        unknown = set(draft) - set(TASK_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(f"Unknown task field(s): {', '.join(sorted(unknown))}.")
        now = self._clock()
        with self._uow() as uow:
            parent = uow.work_items.get(incident_id)
            if parent is None or parent.kind != INCIDENT.key:
                raise NotFound("That incident no longer exists; refresh the list.")
            if parent.status_category == Category.DONE.value:
                raise ValidationError(f"{parent.number} is {parent.status}; reopen it before "
                                      "adding tasks.")
            values = self._validated(
                {"impact": parent.impact, "urgency": parent.urgency, **draft}, creating=True)
            team_id, assignee_id = self._validated_assignment(
                uow, draft.get("team_id"), draft.get("assignee_id"))
            task = IncidentTask(
                id=new_id(), kind=INCIDENT_TASK.key,
                number=format_number(INCIDENT_TASK.prefix,
                                     uow.work_items.allocate_number(INCIDENT_TASK.prefix)),
                status=LIFECYCLE.initial, status_category=Category.OPEN.value,
                parent_id=parent.id, service_id=parent.service_id, ci_id=parent.ci_id,
                caller_id=None, channel=parent.channel, category=parent.category,
                opened_at=now, created_at=now, updated_at=now, reopen_count=0,
                team_id=team_id, assignee_id=assignee_id,
                requested_by_id=self.actor.staff_id, **values)
            task.priority = _matrix(uow).priority(task.impact, task.urgency)
            uow.work_items.add(task)
            self._event(uow, task, "created", None, task.number, now)
            self._event(uow, task, "status", None, LIFECYCLE.initial, now)
            self._event(uow, parent, "task_added", None, task.number, now)
            self._first_assignment(uow, task, now)
            self._sla.recompute(uow, task, now)
            return self._commit(uow, task)

    def edit(self, task_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> IncidentTaskDTO:
        """Save what the task form changed, fields and assignment together (one version)."""
        unknown = set(changes) - set(TASK_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(f"Field(s) {', '.join(sorted(unknown))} cannot be edited "
                                  "here; use the lifecycle actions.")
        now = self._clock()
        with self._uow() as uow:
            task = self._load_for_write(uow, task_id, expected_version)
            fields: dict[str, str] = {}
            values: dict[str, Any] = {}
            try:
                values = self._validated({k: v for k, v in changes.items()
                                          if k in TASK_EDITABLE_FIELDS}, creating=False)
            except ValidationError as exc:
                fields.update(exc.fields or {"title": str(exc)})
            team_id, assignee_id = task.team_id, task.assignee_id
            if set(ASSIGNMENT) & changes.keys():
                try:
                    team_id, assignee_id = self._validated_assignment(
                        uow, changes.get("team_id", task.team_id),
                        changes.get("assignee_id", task.assignee_id))
                except ValidationError as exc:
                    fields.update({k: str(exc) for k in exc.fields or ("assignee_id",)})
            if fields:
                raise ValidationError.for_fields(fields)
            self._apply(uow, task, values, now)
            self._change(uow, task, "team_id", team_id, now)
            self._change(uow, task, "assignee_id", assignee_id, now)
            self._first_assignment(uow, task, now)
            self._sla.recompute(uow, task, now)
            return self._commit(uow, task)

    def update(self, task_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> IncidentTaskDTO:
        return self.edit(task_id, expected_version, changes)

    def assign(self, task_id: uuid.UUID, expected_version: int,
               team_id: uuid.UUID | None, assignee_id: uuid.UUID | None) -> IncidentTaskDTO:
        now = self._clock()
        with self._uow() as uow:
            task = self._load_for_write(uow, task_id, expected_version)
            if not LIFECYCLE.allowed(task.status):  # final (cancelled)
                raise ValidationError(f"{task.number} is {LIFECYCLE.label(task.status)}; it "
                                      "cannot be reassigned.")
            team_id, assignee_id = self._validated_assignment(uow, team_id, assignee_id)
            self._change(uow, task, "team_id", team_id, now)
            self._change(uow, task, "assignee_id", assignee_id, now)
            self._first_assignment(uow, task, now)
            self._sla.recompute(uow, task, now)
            return self._commit(uow, task)

    def transition(self, task_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None,
                   resolution_notes: str | None = None) -> IncidentTaskDTO:
        """Move through the task lifecycle; closing or cancelling stops its SLA clock and may
        carry notes (``resolution_code`` is not used by tasks)."""
        to = LIFECYCLE.parse(target)
        now = self._clock()
        with self._uow() as uow:
            task = self._load_for_write(uow, task_id, expected_version)
            LIFECYCLE.check(task.status, to)
            if to == "assigned" and not (task.team_id or task.assignee_id):
                raise ValidationError("Choose a team or an assignee before marking the task "
                                      "Assigned.", {"team_id": "Choose a team or an assignee."})
            done = LIFECYCLE.category(to) == Category.DONE
            if done:
                fields: dict[str, str] = {}
                notes = validate_text(fields, "resolution_notes", resolution_notes,
                                      label="Closing notes", required=False,
                                      limit=DESCRIPTION_MAX)
                if fields:
                    raise ValidationError.for_fields(fields)
                if notes is not None:
                    self._change(uow, task, "resolution_notes", notes, now)
                self._change(uow, task, "resolved_at", now, now)
                self._change(uow, task, "closed_at", now, now)
            elif task.status_category == Category.DONE.value:  # reopened
                self._change(uow, task, "resolved_at", None, now)
                self._change(uow, task, "closed_at", None, now)
                self._change(uow, task, "reopen_count", task.reopen_count + 1, now)
            self._set_status(uow, task, to, now)
            self._sla.recompute(uow, task, now)
            return self._commit(uow, task)

    # -- helpers ------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, task_id: uuid.UUID) -> IncidentTask:
        item = uow.work_items.get(task_id)
        if not isinstance(item, IncidentTask):
            raise NotFound("That incident task no longer exists; refresh the list.")
        return item

    def _load_for_write(self, uow: UnitOfWork, task_id: uuid.UUID,
                        expected_version: int) -> IncidentTask:
        task = self._load(uow, task_id)
        self._check_version(uow, task, expected_version,
                            lambda: self._dto(uow, task, with_sla=False))
        return task

    def _validated(self, data: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
        fields: dict[str, str] = {}
        out = self._validated_core(fields, data, creating=creating)
        if "due_at" in data:
            due = data["due_at"]
            if due is not None and (not isinstance(due, datetime) or due.tzinfo is None):
                fields["due_at"] = "Give the due date as a date and time with its time zone."
            out["due_at"] = due
        if fields:
            raise ValidationError.for_fields(fields)
        return out

    def _apply(self, uow: UnitOfWork, task: WorkItem, values: Mapping[str, Any],
               now: datetime) -> None:
        for name, value in values.items():
            self._change(uow, task, name, value, now)
        if {"impact", "urgency"} & values.keys():
            self._change(uow, task, "priority", _matrix(uow).priority(task.impact, task.urgency),
                         now)

    def _commit(self, uow: UnitOfWork, task: IncidentTask) -> IncidentTaskDTO:
        uow.flush()
        dto = self._dto(uow, task, with_sla=True)
        uow.commit()
        return dto

    def _dto(self, uow: UnitOfWork, t: Any, *, with_sla: bool) -> IncidentTaskDTO:
        names = uow.work_items.related_labels(None, None, None, t.team_id, t.assignee_id)
        parent = uow.session.get(WorkItem, t.parent_id) if t.parent_id else None
        requester = uow.staff.get(t.requested_by_id) if t.requested_by_id else None

        def choice(ref: uuid.UUID | None, label: str | None) -> Choice | None:
            return Choice(ref, label) if ref is not None and label is not None else None

        return IncidentTaskDTO(
            id=t.id, version=t.version, number=t.number, title=t.title,
            description=t.description or "", status=t.status, impact=t.impact,
            urgency=t.urgency, priority=t.priority,
            team=choice(t.team_id, names["team"]),
            assignee=choice(t.assignee_id, names["assignee"]), due_at=t.due_at,
            parent_id=t.parent_id, parent_number=parent.number if parent else "",
            parent_title=parent.title if parent else "",
            requested_by=requester.full_name if requester else None,
            resolution_notes=t.resolution_notes, opened_at=t.opened_at,
            resolved_at=t.resolved_at, updated_at=t.updated_at, reopen_count=t.reopen_count,
            sla_state=t.sla_state, resolution_breached=t.resolution_breached,
            allowed_transitions=tuple(s for s in LIFECYCLE.statuses
                                      if s in LIFECYCLE.allowed(t.status)),
            sla=self._sla.snapshot(uow, t, self._clock()) if with_sla else None,
        )
