"""Incident management use cases: log, update, assign, move through the lifecycle, comment."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from deskapp.db.models import Incident
from deskapp.domain.ids import new_id
from deskapp.domain.incident import (
    CATEGORY_MAX,
    DESCRIPTION_MAX,
    NOTE_MAX,
    RESOLUTION_CODE_MAX,
    IncidentStatus,
    PriorityMatrix,
    allowed_transitions,
    check_transition,
    parse_status,
    validate_text,
)
from deskapp.domain.kinds import Category
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.incident_task import INCIDENT_TASK
from deskapp.domain.numbers import format_number
from deskapp.domain.permissions import Resource
from deskapp.domain.queries import DEFAULT_SORT, Cursor, SortKey, WorkItemFilter
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.resolution_codes import ResolutionCodeRepository
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.authorization import (
    Action,
    decision,
    item_target,
    require,
    require_item,
    require_visible,
)
from deskapp.services.dto import (
    EDITABLE_FIELDS,
    Choice,
    IncidentDTO,
    WorkItemRow,
)
from deskapp.services.work_items import KindService, row_dto

CHANNELS = ("phone", "email", "portal", "walk-in", "chat", "monitoring")
MATRIX_KEY = "priority_matrix"
ANY = WorkItemFilter()


class IncidentService(KindService):
    """What only incidents do; history, comments and the bookkeeping come from the core."""

    # -- reading ------------------------------------------------------------------------
    def get(self, incident_id: uuid.UUID) -> IncidentDTO:
        with self._uow(read_only=True) as uow:
            incident = self._load(uow, incident_id)
            require_visible(self.actor, incident, uow)
            return self._dto(uow, incident, with_sla=True)

    def find_number(self, number: str) -> IncidentDTO | None:
        with self._uow(read_only=True) as uow:
            item = uow.work_items.by_number(number.strip().upper())
            if not isinstance(item, Incident):  # another kind's number
                return None
            require_visible(self.actor, item, uow)
            return self._dto(uow, item, with_sla=True)

    def page(
        self,
        flt: WorkItemFilter = ANY,
        sort: Sequence[SortKey] = DEFAULT_SORT,
        after: Cursor | None = None,
        limit: int = 100,
    ) -> list[WorkItemRow]:
        with self._uow(read_only=True) as uow:
            rows = uow.work_items.page_after(after, flt, sort, limit)
        return [row_dto(r) for r in rows]

    def count(self, flt: WorkItemFilter = ANY) -> int:
        with self._uow(read_only=True) as uow:
            return uow.work_items.count(flt)

    def priority_matrix(self) -> PriorityMatrix:
        with self._uow(read_only=True) as uow:
            return _matrix(uow)

    # -- writing ------------------------------------------------------------------------
    def create(self, draft: Mapping[str, Any], *, item_id: uuid.UUID | None = None
               ) -> IncidentDTO:
        """Log a new incident. ``draft`` holds EDITABLE_FIELDS plus optional team_id/assignee_id;
        ``item_id``: the id it was given where it was logged first (an offline replica's)."""
        unknown = set(draft) - set(EDITABLE_FIELDS) - {"team_id", "assignee_id"}
        if unknown:
            raise ValidationError(msg("Unknown incident field(s): {unknown}.",
                                      unknown=', '.join(sorted(unknown))))
        require(self.actor, Action.CREATE, INCIDENT.key)
        now = self._clock()
        with self._uow() as uow:
            incident = self._create_in(uow, draft, now, item_id)
            return self._commit(uow, incident)

    def _create_in(self, uow: UnitOfWork, draft: Mapping[str, Any], now: datetime,
                   item_id: uuid.UUID | None = None) -> Incident:
        """Log the incident inside ``uow`` (the caller commits): mail-in logs it in the same
        transaction as the processed-message row."""
        values = self._validated(uow, {"channel": "phone", "is_major": False, **draft},
                                 creating=True)
        self._check_major(uow, None, values)
        team_id, assignee_id = self._validated_assignment(
            uow, draft.get("team_id"), draft.get("assignee_id"))
        incident = Incident(
            id=item_id or new_id(), kind=INCIDENT.key,
            number=format_number(INCIDENT.prefix,
                                 uow.work_items.allocate_number(INCIDENT.prefix)),
            status=IncidentStatus.NEW.value, status_category=Category.OPEN.value,
            opened_at=now, created_at=now, updated_at=now,
            team_id=team_id, assignee_id=assignee_id,
            **values,
        )
        incident.priority = _matrix(uow).priority(incident.impact, incident.urgency)
        uow.work_items.add(incident)
        self._event(uow, incident, "created", None, incident.number, now)
        self._event(uow, incident, "status", None, IncidentStatus.NEW.value, now)
        if assignee_id is not None:
            self._set_status(uow, incident, IncidentStatus.ASSIGNED.value, now)
        self._sla.recompute(uow, incident, now)
        return incident

    def update(self, incident_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> IncidentDTO:
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(
                msg("Field(s) {unknown} cannot be edited here; use assign or the lifecycle "
                    "actions.", unknown=', '.join(sorted(unknown)))
            )
        now = self._clock()
        with self._uow() as uow:
            incident = self._load_for_write(uow, incident_id, expected_version)
            values = self._validated(uow, changes, creating=False)
            self._check_major(uow, incident, values)
            for name, value in values.items():
                self._change(uow, incident, name, value, now)
            if {"impact", "urgency"} & values.keys():
                priority = _matrix(uow).priority(incident.impact, incident.urgency)
                self._change(uow, incident, "priority", priority, now)
            self._sla.recompute(uow, incident, now)
            return self._commit(uow, incident)

    def edit(self, incident_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> IncidentDTO:
        """Save what a form changed, fields and assignment together, in one transaction.

        ``changes`` holds EDITABLE_FIELDS plus optionally ``team_id``/``assignee_id``. Every
        field is checked before anything is written, so a bad assignee never leaves a saved
        title behind; the record gets exactly one new version.
        """
        unknown = set(changes) - set(EDITABLE_FIELDS) - {"team_id", "assignee_id"}
        if unknown:
            raise ValidationError(
                msg("Field(s) {unknown} cannot be edited here; use the lifecycle actions.",
                    unknown=', '.join(sorted(unknown))))
        now = self._clock()
        with self._uow() as uow:
            incident = self._load_for_write(uow, incident_id, expected_version)
            fields: dict[str, str] = {}
            values: dict[str, Any] = {}
            try:
                values = self._validated(
                    uow, {k: v for k, v in changes.items() if k in EDITABLE_FIELDS},
                    creating=False)
            except ValidationError as exc:
                fields.update(exc.fields or {"title": str(exc)})
            self._check_major(uow, incident, values)
            team_id, assignee_id = incident.team_id, incident.assignee_id
            if {"team_id", "assignee_id"} & changes.keys():
                team_id = changes.get("team_id", incident.team_id)
                assignee_id = changes.get("assignee_id", incident.assignee_id)
                self._require_reassign(uow, incident, team_id, assignee_id)
                moved = (team_id, assignee_id) != (incident.team_id, incident.assignee_id)
                if moved and incident.status == IncidentStatus.CLOSED:
                    fields["team_id"] = ("A closed incident cannot be reassigned; log a new "
                                         "incident instead.")
                else:
                    try:
                        team_id, assignee_id = self._validated_assignment(
                            uow, team_id, assignee_id)
                    except ValidationError as exc:
                        # the whole sentence (it names the person) reads better inline
                        fields.update({k: str(exc) for k in exc.fields or ("assignee_id",)})
            if fields:
                raise ValidationError.for_fields(fields)
            for name, value in values.items():
                self._change(uow, incident, name, value, now)
            if {"impact", "urgency"} & values.keys():
                priority = _matrix(uow).priority(incident.impact, incident.urgency)
                self._change(uow, incident, "priority", priority, now)
            self._change(uow, incident, "team_id", team_id, now)
            self._change(uow, incident, "assignee_id", assignee_id, now)
            if incident.status == IncidentStatus.NEW and (assignee_id or team_id):
                self._set_status(uow, incident, IncidentStatus.ASSIGNED.value, now)
            self._sla.recompute(uow, incident, now)
            return self._commit(uow, incident)

    def assign(self, incident_id: uuid.UUID, expected_version: int,
               team_id: uuid.UUID | None, assignee_id: uuid.UUID | None) -> IncidentDTO:
        now = self._clock()
        with self._uow() as uow:
            incident = self._load_for_write(uow, incident_id, expected_version, None)
            self._require_reassign(uow, incident, team_id, assignee_id)
            if incident.status == IncidentStatus.CLOSED:
                raise ValidationError("A closed incident cannot be reassigned; reopen is not "
                                      "possible either, log a new incident instead.")
            team_id, assignee_id = self._validated_assignment(uow, team_id, assignee_id)
            self._change(uow, incident, "team_id", team_id, now)
            self._change(uow, incident, "assignee_id", assignee_id, now)
            if incident.status == IncidentStatus.NEW and (assignee_id or team_id):
                self._set_status(uow, incident, IncidentStatus.ASSIGNED.value, now)
            self._sla.recompute(uow, incident, now)
            return self._commit(uow, incident)

    def transition(self, incident_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None,
                   resolution_notes: str | None = None,
                   open_tasks_reason: str | None = None,
                   resolve_children: bool = False) -> IncidentDTO:
        """Move through the lifecycle. Resolving while incident tasks are open needs
        ``open_tasks_reason`` (recorded as an ``open_tasks_reason`` event). Resolving a major
        incident with ``resolve_children`` resolves its open child incidents (those the person
        may change) with the same code and notes, all in one transaction; closing one while
        child incidents are open is refused."""
        to = parse_status(target)
        now = self._clock()
        with self._uow() as uow:
            incident = self._load_for_write(uow, incident_id, expected_version)
            current = IncidentStatus(incident.status)
            check_transition(current, to)
            if to == IncidentStatus.ASSIGNED and not (incident.team_id or incident.assignee_id):
                raise ValidationError("Choose a team or an assignee before marking the incident "
                                      "Assigned.", {"team_id": "Choose a team or an assignee."})
            if to == IncidentStatus.RESOLVED:
                self.resolve_within(uow, incident, resolution_code, resolution_notes, now,
                                    open_tasks_reason)
                if resolve_children:
                    self._resolve_children(uow, incident, resolution_code, resolution_notes,
                                           now)
                return self._commit(uow, incident)
            if to == IncidentStatus.CLOSED:
                children = uow.work_items.open_children(incident.id, INCIDENT.key)
                if children:
                    shown = ", ".join(children[:3]) + (", ..." if len(children) > 3 else "")
                    raise ValidationError(
                        msg("{number} has {length} open child incident(s) ({shown}); resolve "
                            "them before closing it.",
                            number=incident.number, length=len(children), shown=shown))
            if current == IncidentStatus.RESOLVED and to == IncidentStatus.IN_PROGRESS:
                self._change(uow, incident, "resolved_at", None, now)
                self._change(uow, incident, "reopen_count", incident.reopen_count + 1, now)
            elif to == IncidentStatus.CLOSED:
                self._change(uow, incident, "closed_at", now, now)
            self._set_status(uow, incident, to.value, now)
            self._sla.recompute(uow, incident, now)
            return self._commit(uow, incident)

    def resolve_within(self, uow: UnitOfWork, incident: Incident, resolution_code: str | None,
                       resolution_notes: str | None, now: datetime,
                       open_tasks_reason: str | None = None) -> None:
        """Resolve ``incident`` inside ``uow`` (the step is checked by the caller): a code from
        the list and notes are required, open tasks need a reason. Nothing is committed, so an
        operation resolving several incidents (a problem's, a major incident's children)
        saves all of them or none."""
        fields: dict[str, str] = {}
        code = validate_text(fields, "resolution_code", resolution_code,
                             label="Resolution code", required=True, limit=RESOLUTION_CODE_MAX,
                             missing="Choose a resolution code.")
        notes = validate_text(fields, "resolution_notes", resolution_notes,
                              label="Resolution notes", required=True, limit=DESCRIPTION_MAX,
                              missing="Enter resolution notes.")
        if code is not None and "resolution_code" not in fields:
            problem = _code_problem(uow, code)
            if problem:
                fields["resolution_code"] = problem
        if fields:
            raise ValidationError.for_fields(fields)
        self._check_open_tasks(uow, incident, open_tasks_reason, now)
        self._change(uow, incident, "resolution_code", code, now)
        self._change(uow, incident, "resolution_notes", notes, now)
        self._change(uow, incident, "resolved_at", now, now)
        self._set_status(uow, incident, IncidentStatus.RESOLVED.value, now)
        self._sla.recompute(uow, incident, now)

    # -- helpers ------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, incident_id: uuid.UUID) -> Incident:
        incident = uow.work_items.get_incident(incident_id)
        if incident is None:
            raise NotFound("That incident no longer exists; refresh the list.")
        return incident

    def _load_for_write(self, uow: UnitOfWork, incident_id: uuid.UUID, expected_version: int,
                        action: Action | None = Action.EDIT) -> Incident:
        """The incident to change, after the permission check for ``action`` (None: the
        caller checks, as assign does) and the version check."""
        incident = self._load(uow, incident_id)
        require_visible(self.actor, incident, uow)
        if action is not None:
            require_item(self.actor, action, incident, uow)
        self._check_version(uow, incident, expected_version,
                            lambda: self._dto(uow, incident, with_sla=False))
        return incident

    def _validated(self, uow: UnitOfWork, data: Mapping[str, Any], *,
                   creating: bool) -> dict[str, Any]:
        fields: dict[str, str] = {}
        out = self._validated_core(fields, data, creating=creating)
        if "category" in data:
            out["category"] = validate_text(fields, "category", data["category"],
                                            label="Category", required=False, limit=CATEGORY_MAX)
        if "channel" in data:
            channel = str(data["channel"] or "phone")
            if channel not in CHANNELS:
                fields["channel"] = msg("Channel must be one of {channels}.",
                                        channels=', '.join(CHANNELS))
            out["channel"] = channel
        if "is_major" in data:
            out["is_major"] = bool(data["is_major"])
        out.update(self._checked_references(uow, fields, data))
        if fields:
            raise ValidationError.for_fields(fields)
        return out

    def _check_major(self, uow: UnitOfWork, incident: Incident | None,
                     values: Mapping[str, Any]) -> None:
        """Declaring an incident major, or standing it down, is for supervisors and incident
        managers; a child of a major incident is not made major itself."""
        major = bool(values.get("is_major", incident.is_major if incident else False))
        if major == bool(incident.is_major if incident else False):
            return
        require(self.actor, Action.EDIT, Resource.MAJOR_INCIDENT, uow=uow)
        if major and incident is not None and incident.parent_id is not None:
            parent = uow.work_items.get(incident.parent_id)
            if parent is not None and getattr(parent, "is_major", False):
                raise ValidationError(
                    msg("{number} is a child of the major incident {parent}; a child cannot be "
                        "a major incident itself. Unlink it there first.",
                        number=incident.number, parent=parent.number),
                    {"is_major": "A child of a major incident."})

    def _resolve_children(self, uow: UnitOfWork, incident: Incident, code: str | None,
                          notes: str | None, now: datetime) -> None:
        """The open child incidents of a major incident, resolved with its resolution."""
        for row in uow.work_items.children(incident.id, INCIDENT.key):
            if row["status_category"] == Category.DONE.value:
                continue
            child = uow.work_items.get_incident(row["id"])
            if child is None or not decision(self.actor, Action.EDIT, child.kind,
                                             item_target(child)).allowed:
                continue  # another team's child: left open for its team
            self.resolve_within(uow, child, code, notes, now,
                                open_tasks_reason=f"Resolved with {incident.number}")

    def _check_open_tasks(self, uow: UnitOfWork, incident: Incident, reason: str | None,
                          now: datetime) -> None:
        """An incident with open tasks is resolved only with a reason, kept in its history."""
        open_tasks = uow.work_items.open_children(incident.id, INCIDENT_TASK.key)
        if not open_tasks:
            return
        fields: dict[str, str] = {}
        text = validate_text(fields, "open_tasks_reason", reason, label="The reason",
                             required=False, limit=NOTE_MAX)
        if fields:
            raise ValidationError.for_fields(fields)
        if text is None:
            shown = ", ".join(open_tasks[:3]) + (", ..." if len(open_tasks) > 3 else "")
            raise ValidationError(
                msg("{number} has {length} open task(s) ({shown}); close them first, or say why "
                    "the incident can be resolved while they are open.",
                    number=incident.number, length=len(open_tasks), shown=shown),
                {"open_tasks_reason": "Say why the incident is resolved with open tasks."})
        self._event(uow, incident, "open_tasks_reason", ", ".join(open_tasks), text, now)

    def _commit(self, uow: UnitOfWork, incident: Incident) -> IncidentDTO:
        dto: IncidentDTO = super()._commit(uow, incident)
        return dto

    def _dto(self, uow: UnitOfWork, i: Incident, *, with_sla: bool) -> IncidentDTO:
        names = uow.work_items.related_labels(i.caller_id, i.service_id, i.ci_id, i.team_id,
                                             i.assignee_id)

        def choice(ref: uuid.UUID | None, label: str | None, detail: str = "") -> Choice | None:
            return Choice(ref, label, detail) if ref is not None and label is not None else None

        status = IncidentStatus(i.status)
        return IncidentDTO(
            id=i.id, version=i.version, number=i.number, title=i.title,
            description=i.description or "", status=i.status, impact=i.impact,
            urgency=i.urgency, priority=i.priority, category=i.category, channel=i.channel,
            caller=choice(i.caller_id, names["caller"], names["caller_email"] or ""),
            service=choice(i.service_id, names["service"]),
            ci=choice(i.ci_id, names["ci"], names["ci_type"] or ""),
            team=choice(i.team_id, names["team"]),
            assignee=choice(i.assignee_id, names["assignee"]),
            is_major=i.is_major, parent_id=i.parent_id, resolution_code=i.resolution_code,
            resolution_notes=i.resolution_notes, opened_at=i.opened_at,
            responded_at=i.responded_at, resolved_at=i.resolved_at, closed_at=i.closed_at,
            updated_at=i.updated_at, reopen_count=i.reopen_count, sla_state=i.sla_state,
            response_breached=i.response_breached, resolution_breached=i.resolution_breached,
            allowed_transitions=tuple(s.value for s in IncidentStatus
                                      if s in allowed_transitions(status)),
            sla=self._sla.snapshot(uow, i, self._clock()) if with_sla else None,
        )


def _code_problem(uow: UnitOfWork, code: str) -> str:
    """Why ``code`` cannot resolve an incident now ("" when it can)."""
    found = ResolutionCodeRepository(uow.session).by_code(code)
    if found is None:
        return (f"'{code}' is not a resolution code; choose one from the list (Service Design "
                "keeps it).")
    if not found.active:
        return f"The resolution code '{found.label}' is retired; choose another one."
    return ""


def _matrix(uow: UnitOfWork) -> PriorityMatrix:
    stored = uow.settings.get(MATRIX_KEY)
    return PriorityMatrix.from_json(stored) if stored else PriorityMatrix()
