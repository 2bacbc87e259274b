"""Incident tasks (ITASK-): work another team does for an incident, with its own team,
assignee, status, due date and resolution SLA. Everything generic (history, comments, the
event bookkeeping, take next, bulk) comes from the work-item core; this is what only tasks do.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from deskapp.db.models import ChangeTask, IncidentTask, RequestTask, WorkItem
from deskapp.domain.ids import new_id
from deskapp.domain.incident import (
    DESCRIPTION_MAX,
    validate_text,
)
from deskapp.domain.kinds import Category, KindDeclaration
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.incident_task import INCIDENT_TASK
from deskapp.domain.numbers import format_number
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg, translate
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.authorization import Action, require, require_item, require_visible
from deskapp.services.dto import TASK_EDITABLE_FIELDS, Choice, IncidentTaskDTO, WorkItemRow
from deskapp.services.incidents import _matrix
from deskapp.services.work_items import KindService, row_dto

ASSIGNMENT = ("team_id", "assignee_id")
#: The detail models of the task kinds this service's subclasses serve.
AnyTask = IncidentTask | RequestTask | ChangeTask



def _said(label: str) -> str:
    """A kind's label mid-sentence: "incident task" in English, translated as it is elsewhere
    (a German noun keeps its capital)."""
    shown = translate(label)
    return label.lower() if shown == label else shown

class IncidentTaskService(KindService):
    """Incident tasks; a kind of task under another parent kind (request tasks) subclasses it
    with its own declaration, parent kind and detail model."""

    _KIND: KindDeclaration = INCIDENT_TASK
    _PARENT: KindDeclaration = INCIDENT
    _MODEL: type[IncidentTask] | type[RequestTask] | type[ChangeTask] = IncidentTask

    # -- reading ------------------------------------------------------------------------
    def get(self, task_id: uuid.UUID) -> IncidentTaskDTO:
        with self._uow(read_only=True) as uow:
            task = self._load(uow, task_id)
            require_visible(self.actor, task, uow)
            return self._dto(uow, task, with_sla=True)

    def tasks_of(self, incident_id: uuid.UUID) -> list[WorkItemRow]:
        """The parent's live tasks, by number."""
        with self._uow(read_only=True) as uow:
            return [row_dto(r) for r in uow.work_items.children(incident_id, self._KIND.key)]

    # -- writing ------------------------------------------------------------------------
    def create(self, incident_id: uuid.UUID, draft: Mapping[str, Any], *,
               item_id: uuid.UUID | None = None) -> IncidentTaskDTO:
        """A new task under an open incident. Impact and urgency default to the incident's,
        service and CI are the incident's; ``draft`` holds TASK_EDITABLE_FIELDS plus
        team_id/assignee_id; ``item_id``: the id an offline replica gave it."""
        unknown = set(draft) - set(TASK_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(msg("Unknown task field(s): {unknown}.",
                                      unknown=', '.join(sorted(unknown))))
        require(self.actor, Action.CREATE, self._KIND.key)
        now = self._clock()
        with self._uow() as uow:
            parent = uow.work_items.get(incident_id)
            if parent is None or parent.kind != self._PARENT.key:
                raise NotFound(msg("That {kind} no longer exists; refresh the list.",
                                   kind=_said(self._PARENT.label)))
            require_visible(self.actor, parent, uow)
            if parent.status_category == Category.DONE.value:
                raise ValidationError(msg("{number} is {status}; reopen it before adding tasks.",
                                          number=parent.number,
                                          status=self._PARENT.life.said(parent.status)))
            values = self._validated(
                {"impact": parent.impact, "urgency": parent.urgency, **draft}, creating=True)
            team_id, assignee_id = self._validated_assignment(
                uow, draft.get("team_id"), draft.get("assignee_id"))
            task = self._MODEL(
                id=item_id or new_id(), kind=self._KIND.key,
                number=format_number(self._KIND.prefix,
                                     uow.work_items.allocate_number(self._KIND.prefix)),
                status=self._KIND.life.initial, status_category=Category.OPEN.value,
                parent_id=parent.id, service_id=parent.service_id, ci_id=parent.ci_id,
                caller_id=None, channel=parent.channel, category=parent.category,
                opened_at=now, created_at=now, updated_at=now, reopen_count=0,
                team_id=team_id, assignee_id=assignee_id,
                requested_by_id=self.actor.staff_id, **values)
            task.priority = _matrix(uow).priority(task.impact, task.urgency)
            self._placed(uow, task, parent)
            uow.work_items.add(task)
            self._event(uow, task, "created", None, task.number, now)
            self._event(uow, task, "status", None, self._KIND.life.initial, now)
            self._event(uow, parent, "task_added", None, task.number, now)
            self._first_assignment(uow, task, now)
            self._sla.recompute(uow, task, now)
            return self._commit(uow, task)

    def edit(self, task_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> IncidentTaskDTO:
        """Save what the task form changed, fields and assignment together (one version)."""
        unknown = set(changes) - set(TASK_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(msg("Field(s) {unknown} cannot be edited here; use the "
                                      "lifecycle actions.", unknown=', '.join(sorted(unknown))))
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
            team_id, assignee_id = self._edited_assignment(uow, task, changes, fields)
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
            task = self._load_for_write(uow, task_id, expected_version, None)
            self._require_reassign(uow, task, team_id, assignee_id)
            if not self._KIND.life.allowed(task.status):  # final (cancelled)
                raise ValidationError(msg("{number} is {status}; it cannot be reassigned.",
                                          number=task.number,
                                          status=self._KIND.life.shown(task.status)))
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
        life = self._KIND.life
        to = life.parse(target)
        now = self._clock()
        with self._uow() as uow:
            task = self._load_for_write(uow, task_id, expected_version)
            life.check(task.status, to)
            self._check_step(uow, task, to)
            if to == "assigned" and not (task.team_id or task.assignee_id):
                raise ValidationError("Choose a team or an assignee before marking the task "
                                      "Assigned.", {"team_id": "Choose a team or an assignee."})
            done = life.category(to) == Category.DONE
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
            self._after_step(uow, task, now)
            return self._commit(uow, task)

    # -- what a kind of task adds ------------------------------------------------------------
    def _placed(self, uow: UnitOfWork, task: Any, parent: WorkItem) -> None:
        """Fill what a kind of task adds before it is saved (change tasks: their order)."""

    def _check_step(self, uow: UnitOfWork, task: Any, to: str) -> None:
        """Refuse a lifecycle step the parent does not allow (incident tasks: none)."""

    def _after_step(self, uow: UnitOfWork, task: Any, now: datetime) -> None:
        """React to a task's new status in the same transaction (incident tasks: nothing)."""

    # -- helpers ------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, task_id: uuid.UUID) -> AnyTask:
        item = uow.work_items.get(task_id)
        if not isinstance(item, self._MODEL):
            raise NotFound(msg("That {kind} no longer exists; refresh the list.",
                               kind=_said(self._KIND.label)))
        return item

    def _load_for_write(self, uow: UnitOfWork, task_id: uuid.UUID, expected_version: int,
                        action: Action | None = Action.EDIT) -> AnyTask:
        """The task to change, after the permission check for ``action`` (None: the caller
        checks, as assign does) and the version check."""
        task = self._load(uow, task_id)
        require_visible(self.actor, task, uow)
        if action is not None:
            require_item(self.actor, action, task, uow)
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

    def _commit(self, uow: UnitOfWork, task: AnyTask) -> IncidentTaskDTO:
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
            allowed_transitions=tuple(s for s in self._KIND.life.statuses
                                      if s in self._KIND.life.allowed(t.status)),
            sla=self._sla.snapshot(uow, t, self._clock()) if with_sla else None,
            kind=self._KIND.key,
        )
