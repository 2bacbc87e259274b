"""Service requests (REQ-) and their fulfilment tasks (RTASK-): ordered from the catalogue for a
caller, approved on the shared approval engine, fulfilled by the offering's plan.

The flow, each step in one transaction:

* **raise** (:meth:`ServiceRequestService.create`): the offering's form is checked
  (:mod:`deskapp.domain.request_form`), the request saved with its answers and a copy of the
  plan; an offering with an approval rule asks for approval at once (the request waits in
  Pending, its approval waiting), one without goes straight to fulfilment;
* **approval** (the approval engine's outcome hook, :meth:`~ServiceRequestService.
  approval_decided`): approved opens the first tasks of the plan; rejected closes the request
  with the approvers' reasons;
* **fulfilment** (:class:`RequestTaskService`): when a task is done the next steps whose waits
  are all done open; when the last is done the request closes.

Everything generic (history, comments, assignment, the SLA engine, take next, bulk) comes from
the work-item core.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import (
    CatalogueOffering,
    Incident,
    RequestTask,
    ServiceRequest,
    WorkItem,
)
from deskapp.domain.approvals import ApprovalRule, Decision
from deskapp.domain.fulfilment import FulfilmentPlan, PlanStep, is_complete, ready_steps
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, TITLE_MAX, parse_urgency, validate_text
from deskapp.domain.kinds import Category
from deskapp.domain.kinds import service_request as req
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.request_task import REQUEST_TASK
from deskapp.domain.kinds.service_request import SERVICE_REQUEST
from deskapp.domain.numbers import format_number
from deskapp.domain.request_form import (
    FieldType,
    RequestForm,
    answers_from_json,
    answers_to_json,
    check_answers,
    display,
)
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.authorization import Action, require, require_item, require_visible
from deskapp.services.dto import Actor, Choice, SlaDTO, WorkItemRow
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import _matrix
from deskapp.services.work_items import Clock, KindService, row_dto
from deskapp.sync.outbox import is_offline

#: Fields ``ServiceRequestService.edit`` accepts besides team_id / assignee_id.
REQUEST_EDITABLE_FIELDS = ("title", "description", "urgency")
ASSIGNMENT = ("team_id", "assignee_id")
DONE = Category.DONE.value


@dataclass(frozen=True)
class AnswerDTO:
    key: str
    label: str
    type: str
    text: str  # as a person reads it (people and CIs named)
    value: object  # typed: str, list, date, number, bool, uuid


@dataclass(frozen=True)
class RequestDraft:
    """A new request as the New request dialog sends it."""

    offering_id: uuid.UUID
    caller_id: uuid.UUID | None
    answers: Mapping[str, object] = field(default_factory=dict)
    title: str = ""
    description: str = ""
    urgency: int = 3


@dataclass(frozen=True)
class ServiceRequestDTO:
    id: uuid.UUID
    version: int
    number: str
    title: str
    description: str
    status: str
    urgency: int
    priority: int
    caller: Choice | None
    service: Choice | None
    team: Choice | None
    assignee: Choice | None
    offering: Choice
    answers: tuple[AnswerDTO, ...]
    requested_by: str | None
    converted_from: str | None
    resolution_notes: str | None
    opened_at: datetime
    resolved_at: datetime | None
    updated_at: datetime
    due_at: datetime | None
    sla_state: str | None
    resolution_breached: bool
    tasks_total: int
    tasks_open: int
    awaiting_approval: bool  # Pending because its approval waits
    allowed_transitions: tuple[str, ...] = ()
    sla: SlaDTO | None = None
    kind: str = SERVICE_REQUEST.key

    def field_value(self, name: str) -> object:
        """Value of an editable field as the request service takes it (ids for references)."""
        if name in ASSIGNMENT:
            choice = getattr(self, name.removesuffix("_id"))
            return choice.id if choice is not None else None
        return getattr(self, name)


class _Fulfilment(KindService):
    """Opening a request's plan steps as tasks, and closing it when they are done (shared by
    the request service, on approval, and the task service, when a task is done)."""

    def _advance(self, uow: UnitOfWork, request: ServiceRequest, now: datetime) -> None:
        if request.status not in (req.IN_PROGRESS, req.PENDING):
            return
        if is_offline(uow.session):  # the desk opens the next tasks when the step arrives
            return
        plan = FulfilmentPlan.from_json(request.plan)
        tasks = list(uow.catalogue.tasks_of(request.id))
        opened = {t.plan_step for t in tasks if t.plan_step}
        finished = {t.plan_step for t in tasks if t.plan_step and t.status == "closed"}
        for step in ready_steps(plan, opened, finished):
            tasks.append(self._open_task(uow, request, step, now))
        if tasks and is_complete(plan, finished) and all(
                t.status_category == DONE for t in tasks):
            done = sum(t.status == "closed" for t in tasks)
            self._change(uow, request, "resolution_notes",
                         f"Fulfilled: {done} of {len(tasks)} task(s) done.", now)
            self._change(uow, request, "resolved_at", now, now)
            self._change(uow, request, "closed_at", now, now)
            self._set_status(uow, request, req.CLOSED, now)
            self._sla.recompute(uow, request, now)

    def _open_task(self, uow: UnitOfWork, request: ServiceRequest, step: PlanStep,
                   now: datetime) -> RequestTask:
        life = REQUEST_TASK.life
        team_id = step.team_id if step.team_id and uow.staff.team(step.team_id) else None
        task = RequestTask(
            id=new_id(), kind=REQUEST_TASK.key,
            number=format_number(REQUEST_TASK.prefix,
                                 uow.work_items.allocate_number(REQUEST_TASK.prefix)),
            title=step.title[:TITLE_MAX], description=None, status=life.initial,
            status_category=Category.OPEN.value, parent_id=request.id,
            service_id=request.service_id, ci_id=request.ci_id, caller_id=request.caller_id,
            channel=request.channel, category=request.category, impact=request.impact,
            urgency=request.urgency, priority=request.priority, opened_at=now, created_at=now,
            updated_at=now, reopen_count=0, team_id=team_id, assignee_id=None,
            due_at=now + timedelta(hours=step.due_hours) if step.due_hours else None,
            requested_by_id=self.actor.staff_id, plan_step=step.key)
        uow.work_items.add(task)
        self._event(uow, task, "created", None, task.number, now)
        self._event(uow, task, "status", None, life.initial, now)
        self._event(uow, request, "task_added", None, task.number, now)
        self._first_assignment(uow, task, now)
        uow.flush()
        self._sla.recompute(uow, task, now)
        return task


class ServiceRequestService(_Fulfilment):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, approvals: ApprovalService,
                 clock: Clock = utcnow) -> None:
        super().__init__(uow, actor, clock)
        self._approvals = approvals

    # -- reading ------------------------------------------------------------------------
    def get(self, request_id: uuid.UUID) -> ServiceRequestDTO:
        with self._uow(read_only=True) as uow:
            item = self._load(uow, request_id)
            require_visible(self.actor, item, uow)
            return self._dto(uow, item, with_sla=True)

    def tasks_of(self, request_id: uuid.UUID) -> list[WorkItemRow]:
        """The request's live tasks, by number."""
        with self._uow(read_only=True) as uow:
            return [row_dto(r) for r in uow.work_items.children(request_id, REQUEST_TASK.key)]

    # -- raising --------------------------------------------------------------------------
    def create(self, draft: RequestDraft) -> ServiceRequestDTO:
        """Raise a request for a caller from a catalogue offering: the form's answers are
        checked (a sentence per bad field, nothing saved), approval is asked when the offering
        has a rule, otherwise its first tasks open at once."""
        require(self.actor, Action.CREATE, SERVICE_REQUEST.key)
        now = self._clock()
        with self._uow() as uow:
            offering = self._orderable(uow, draft.offering_id)
            form = RequestForm.from_json(offering.form)
            problems: dict[str, str] = {}
            caller = uow.people.get(draft.caller_id) if draft.caller_id else None
            if caller is None or caller.deleted_at is not None:
                problems["caller_id"] = "Pick the caller the request is for."
            answers = self._answers(uow, form, draft.answers, problems)
            title = validate_text(problems, "title", draft.title.strip() or (
                f"{offering.name} for {caller.full_name}" if caller else offering.name)[
                    :TITLE_MAX], label="Title", required=True, limit=TITLE_MAX)
            description = validate_text(problems, "description", draft.description,
                                        label="Description", required=False,
                                        limit=DESCRIPTION_MAX)
            try:
                urgency = int(parse_urgency(draft.urgency))
            except ValidationError as exc:
                problems.update(exc.fields)
                urgency = 3
            if caller is not None and "caller_id" not in problems:
                refusal = self._audience_refusal(uow, offering, caller)
                if refusal:
                    problems["caller_id"] = refusal
            if problems:
                raise ValidationError.for_fields(problems)
            assert caller is not None and title is not None
            item = ServiceRequest(
                id=new_id(), kind=SERVICE_REQUEST.key,
                number=format_number(SERVICE_REQUEST.prefix,
                                     uow.work_items.allocate_number(SERVICE_REQUEST.prefix)),
                title=title, description=description, status=req.NEW,
                status_category=Category.OPEN.value, caller_id=caller.id,
                service_id=offering.service_id, channel="phone", impact=3, urgency=urgency,
                priority=_matrix(uow).priority(3, urgency), opened_at=now, created_at=now,
                updated_at=now, reopen_count=0, team_id=offering.team_id, sla_id=offering.sla_id,
                offering_id=offering.id, answers=answers_to_json(form, answers),
                plan=list(offering.plan), requested_by_id=self.actor.staff_id)
            uow.work_items.add(item)
            self._event(uow, item, "created", None, item.number, now)
            self._event(uow, item, "status", None, req.NEW, now)
            self._event(uow, item, "offering", None, offering.name, now)
            uow.flush()
            self._start(uow, item, offering, now)
            return self._commit(uow, item)

    def convert_incident(self, incident_id: uuid.UUID, expected_version: int,
                         offering_id: uuid.UUID,
                         answers: Mapping[str, object]) -> ServiceRequestDTO:
        """Turn an incident that is really a request into one: the same work item (its
        history, comments, links and attachments stay) gets a REQ number, the offering's form
        answers and the request's lifecycle, and asks approval or opens its tasks as a new
        request would."""
        require(self.actor, Action.CREATE, SERVICE_REQUEST.key)
        now = self._clock()
        with self._uow() as uow:
            if is_offline(uow.session):  # a new kind, number and plan: the desk's to decide
                raise ValidationError("Converting an incident into a request is not possible "
                                      "in an offline replica yet; do it on the desk when you "
                                      "are connected. Nothing was saved.")
            incident = uow.work_items.get(incident_id)
            if not isinstance(incident, Incident):
                raise NotFound("That incident no longer exists; refresh the list.")
            require_item(self.actor, Action.EDIT, incident, uow)
            self._check_version(uow, incident, expected_version, lambda: None)
            if incident.status_category == DONE:
                # "resolved", "closed": the label as it reads mid-sentence
                status = INCIDENT.life.shown(incident.status).lower()
                raise ValidationError(msg("{number} is {status}; only an open incident can "
                                          "become a request.", number=incident.number,
                                          status=status))
            if incident.is_major:
                raise ValidationError(msg("{number} is a major incident; it stays an incident.",
                                          number=incident.number))
            children = uow.work_items.children(incident.id)
            if children:
                raise ValidationError(
                    msg("{number} has {n} task(s) or child incident(s) ({shown}); an incident "
                        "with children stays an incident.", number=incident.number,
                        n=len(children), shown=", ".join(c["number"] for c in children[:3])))
            offering = self._orderable(uow, offering_id)
            form = RequestForm.from_json(offering.form)
            problems: dict[str, str] = {}
            checked = self._answers(uow, form, answers, problems)
            caller = uow.people.get(incident.caller_id) if incident.caller_id else None
            if caller is None:
                problems["caller_id"] = msg("{number} has no caller; set the caller before "
                                            "converting it.", number=incident.number)
            else:
                refusal = self._audience_refusal(uow, offering, caller)
                if refusal:
                    problems["caller_id"] = refusal
            if problems:
                raise ValidationError.for_fields(problems)
            old_number = incident.number
            number = format_number(SERVICE_REQUEST.prefix,
                                   uow.work_items.allocate_number(SERVICE_REQUEST.prefix))
            uow.session.expunge(incident)
            uow.catalogue.make_request(
                incident_id, number=number, offering=offering, now=now,
                answers=answers_to_json(form, checked), requested_by_id=self.actor.staff_id,
                converted_from=old_number)
            item = self._load(uow, incident_id)
            self._event(uow, item, "converted", old_number, number, now)
            self._event(uow, item, "status", incident.status, req.NEW, now)
            self._event(uow, item, "offering", None, offering.name, now)
            if offering.team_id and item.team_id is None:
                self._change(uow, item, "team_id", offering.team_id, now)
            uow.flush()
            self._start(uow, item, offering, now)
            return self._commit(uow, item)

    # -- working ------------------------------------------------------------------------
    def edit(self, request_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> ServiceRequestDTO:
        """Save what the request form changed (title, description, urgency, assignment)."""
        unknown = set(changes) - set(REQUEST_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(msg("Field(s) {unknown} cannot be edited here; use the "
                                      "lifecycle actions.", unknown=", ".join(sorted(unknown))))
        now = self._clock()
        with self._uow() as uow:
            item = self._load_for_write(uow, request_id, expected_version)
            problems: dict[str, str] = {}
            values: dict[str, Any] = {}
            if "title" in changes:
                values["title"] = validate_text(problems, "title", changes["title"],
                                                label="Title", required=True, limit=TITLE_MAX,
                                                missing="Enter a title.")
            if "description" in changes:
                values["description"] = validate_text(
                    problems, "description", changes["description"], label="Description",
                    required=False, limit=DESCRIPTION_MAX)
            if "urgency" in changes:
                try:
                    values["urgency"] = int(parse_urgency(changes["urgency"]))
                except ValidationError as exc:
                    problems.update(exc.fields)
            team_id, assignee_id = self._edited_assignment(uow, item, changes, problems)
            if problems:
                raise ValidationError.for_fields(problems)
            for name, value in values.items():
                self._change(uow, item, name, value, now)
            if "urgency" in values:
                self._change(uow, item, "priority",
                             _matrix(uow).priority(item.impact, item.urgency), now)
            self._change(uow, item, "team_id", team_id, now)
            self._change(uow, item, "assignee_id", assignee_id, now)
            self._sla.recompute(uow, item, now)
            return self._commit(uow, item)

    def update(self, request_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> ServiceRequestDTO:
        return self.edit(request_id, expected_version, changes)

    def assign(self, request_id: uuid.UUID, expected_version: int,
               team_id: uuid.UUID | None, assignee_id: uuid.UUID | None) -> ServiceRequestDTO:
        return self.edit(request_id, expected_version,
                         {"team_id": team_id, "assignee_id": assignee_id})

    def transition(self, request_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None,
                   resolution_notes: str | None = None) -> ServiceRequestDTO:
        """Put on hold, resume, close (when no task is open) or cancel (its open tasks are
        cancelled with it). While its approval waits only the approvers' decision (or a
        cancellation) moves it on; rejecting is the approvers' business too."""
        life = SERVICE_REQUEST.life
        to = life.parse(target)
        now = self._clock()
        with self._uow() as uow:
            item = self._load_for_write(uow, request_id, expected_version)
            life.check(item.status, to)
            if to != req.CANCELLED and self._awaiting(uow, item):
                raise ValidationError(msg("{number} waits for its approval; the approvers' "
                                          "decision moves it on (or cancel it).",
                                          number=item.number))
            if to == req.REJECTED:
                raise ValidationError("Only an approver rejects a request; cancel it instead, "
                                      "saying why.")
            if to == req.NEW:
                raise ValidationError("A request cannot go back to New.")
            tasks = list(uow.catalogue.tasks_of(item.id))
            still = [t.number for t in tasks if t.status_category != DONE]
            if to == req.CLOSED and still:
                raise ValidationError(
                    msg("{number} has {n} open task(s) ({shown}); close or cancel them first.",
                        number=item.number, n=len(still), shown=", ".join(still[:3])),
                    {"status": "open tasks"})
            problems: dict[str, str] = {}
            notes = validate_text(problems, "resolution_notes", resolution_notes,
                                  label="Notes", required=to == req.CANCELLED,
                                  limit=DESCRIPTION_MAX,
                                  missing="Say why the request is cancelled.")
            if problems:
                raise ValidationError.for_fields(problems)
            if life.category(to) == Category.DONE:
                if to == req.CANCELLED and not is_offline(uow.session):
                    # offline the desk cancels them when the cancellation arrives
                    for task in tasks:
                        if task.status_category != DONE:
                            self._set_status(uow, task, "cancelled", now)
                            self._change(uow, task, "closed_at", now, now)
                            self._sla.recompute(uow, task, now)
                self._change(uow, item, "resolution_notes", notes, now)
                self._change(uow, item, "resolved_at", now, now)
                self._change(uow, item, "closed_at", now, now)
            self._set_status(uow, item, to, now)
            self._sla.recompute(uow, item, now)
            return self._commit(uow, item)

    def approval_decided(self, uow: UnitOfWork, item: WorkItem, outcome: Decision,
                         reasons: str, now: datetime) -> None:
        """The approval engine's hook (same transaction): approved opens the plan's first
        tasks; rejected closes the request with the approvers' reasons."""
        if not isinstance(item, ServiceRequest):
            return
        if outcome is Decision.APPROVED:
            self._advance(uow, item, now)
        elif item.status == req.REJECTED:
            self._change(uow, item, "resolution_notes",
                         f"Rejected by the approver. {reasons}".strip(), now)
            self._change(uow, item, "resolved_at", now, now)
            self._change(uow, item, "closed_at", now, now)
            self._sla.recompute(uow, item, now)

    # -- helpers ------------------------------------------------------------------------
    def _start(self, uow: UnitOfWork, item: ServiceRequest, offering: CatalogueOffering,
               now: datetime) -> None:
        rule = ApprovalRule.from_json(offering.approval)
        # the SLA is stored before the next steps flush (a flushed, unchanged item is not
        # replayed again)
        if rule.stages:
            self._set_status(uow, item, req.PENDING, now)
            self._sla.recompute(uow, item, now)
            self._approvals.ask(uow, item, rule, now)
        else:
            self._set_status(uow, item, req.IN_PROGRESS, now)
            self._sla.recompute(uow, item, now)
            self._advance(uow, item, now)

    @staticmethod
    def _awaiting(uow: UnitOfWork, item: WorkItem) -> bool:
        return item.status == req.PENDING and any(
            r.state == Decision.PENDING.value for r in uow.approvals.requests_of(item.id))

    def _orderable(self, uow: UnitOfWork, offering_id: uuid.UUID) -> CatalogueOffering:
        offering = orderable(uow, offering_id)
        if offering.entitlement_id is not None:
            raise ValidationError(msg(
                "{name} grants access: ordering it raises an access request (ACC), not a "
                "service request. Order it from New request, or use Request access in Access.",
                name=offering.name), {"offering_id": "access"})
        return offering

    def _answers(self, uow: UnitOfWork, form: RequestForm, given: Mapping[str, object],
                 problems: dict[str, str]) -> dict[str, Any]:
        return checked_answers(uow, form, given, problems)

    def _audience_refusal(self, uow: UnitOfWork, offering: CatalogueOffering,
                          caller: Any) -> str | None:
        return audience_refusal(uow, offering, caller)

    def _load(self, uow: UnitOfWork, request_id: uuid.UUID) -> ServiceRequest:
        item = uow.work_items.get(request_id)
        if not isinstance(item, ServiceRequest):
            raise NotFound("That service request no longer exists; refresh the list.")
        return item

    def _load_for_write(self, uow: UnitOfWork, request_id: uuid.UUID,
                        expected_version: int) -> ServiceRequest:
        item = self._load(uow, request_id)
        require_visible(self.actor, item, uow)
        require_item(self.actor, Action.EDIT, item, uow)
        self._check_version(uow, item, expected_version,
                            lambda: self._dto(uow, item, with_sla=False))
        return item

    def _commit(self, uow: UnitOfWork, item: ServiceRequest) -> ServiceRequestDTO:
        uow.flush()
        dto = self._dto(uow, item, with_sla=True)
        uow.commit()
        return dto

    def _dto(self, uow: UnitOfWork, r: Any, *, with_sla: bool) -> ServiceRequestDTO:
        names = uow.work_items.related_labels(r.caller_id, r.service_id, None, r.team_id,
                                             r.assignee_id)

        def choice(ref: uuid.UUID | None, label: str | None, detail: str = "") -> Choice | None:
            return Choice(ref, label, detail) if ref is not None and label is not None else None

        offering = uow.session.get(CatalogueOffering, r.offering_id)
        form = RequestForm.from_json(offering.form if offering else [])
        answers = answer_dtos(uow, form, r.answers)
        tasks = list(uow.catalogue.tasks_of(r.id))
        requester = uow.staff.get(r.requested_by_id) if r.requested_by_id else None
        life = SERVICE_REQUEST.life
        awaiting = self._awaiting(uow, r)
        return ServiceRequestDTO(
            id=r.id, version=r.version, number=r.number, title=r.title,
            description=r.description or "", status=r.status, urgency=r.urgency,
            priority=r.priority,
            caller=choice(r.caller_id, names["caller"], names["caller_email"] or ""),
            service=choice(r.service_id, names["service"]),
            team=choice(r.team_id, names["team"]),
            assignee=choice(r.assignee_id, names["assignee"]),
            offering=Choice(r.offering_id, offering.name if offering else "a removed offering"),
            answers=tuple(answers), requested_by=requester.full_name if requester else None,
            converted_from=r.converted_from, resolution_notes=r.resolution_notes,
            opened_at=r.opened_at, resolved_at=r.resolved_at, updated_at=r.updated_at,
            due_at=r.due_at, sla_state=r.sla_state, resolution_breached=r.resolution_breached,
            tasks_total=len(tasks),
            tasks_open=sum(t.status_category != DONE for t in tasks),
            awaiting_approval=awaiting,
            allowed_transitions=tuple(
                s for s in life.statuses if s in life.allowed(r.status) and s != req.REJECTED
                and not (awaiting and s != req.CANCELLED)),
            sla=self._sla.snapshot(uow, r, self._clock()) if with_sla else None,
        )


def orderable(uow: UnitOfWork, offering_id: uuid.UUID) -> CatalogueOffering:
    """The offering, if it may be ordered now (it exists and is not retired)."""
    offering = uow.catalogue.get(offering_id)
    if offering is None:
        raise ValidationError("That offering no longer exists; pick another.",
                              {"offering_id": "gone"})
    if offering.retired_at is not None:
        raise ValidationError(msg("{name} was retired on {date}; pick another offering.",
                                  name=offering.name,
                                  date=offering.retired_at.date().isoformat()),
                              {"offering_id": "retired"})
    return offering


def checked_answers(uow: UnitOfWork, form: RequestForm, given: Mapping[str, object],
                    problems: dict[str, str]) -> dict[str, Any]:
    """The form's answers, typed and checked (a sentence per bad field in ``problems``)."""
    try:
        answers = check_answers(form, given)
    except ValidationError as exc:
        problems.update(exc.fields)
        return {}
    for f in form.fields:
        value = answers.get(f.key)
        if value is None:
            continue
        if f.type is FieldType.PERSON:
            person = uow.people.get(value)
            if person is None or person.deleted_at is not None:
                problems[f.key] = msg("{label}: that person no longer exists; pick another.",
                                      label=f.label)
        elif f.type is FieldType.CI:
            ci = uow.catalog.ci(value)
            if ci is None or ci.deleted_at is not None:
                problems[f.key] = msg("{label}: that CI no longer exists; pick another.",
                                      label=f.label)
    return answers


def audience_refusal(uow: UnitOfWork, offering: CatalogueOffering, caller: Any) -> str | None:
    """Why ``caller`` may not have this offering (its audience is another department or
    organisation), or None."""
    from deskapp.db.models import Department, Organisation

    if offering.audience_department_id is not None \
            and caller.department_id != offering.audience_department_id:
        dept = uow.session.get(Department, offering.audience_department_id)
        where = msg("the {name} department", name=dept.name) if dept else \
            msg("one department")
    elif offering.audience_organisation_id is not None \
            and caller.organisation_id != offering.audience_organisation_id:
        org = uow.session.get(Organisation, offering.audience_organisation_id)
        where = org.name if org else msg("one organisation")
    else:
        return None
    return msg("{offering} may be ordered only for callers of {where}; {caller} is not one "
               "of them. Pick another offering.", offering=offering.name, where=where,
               caller=caller.full_name)


def answer_dtos(uow: UnitOfWork, form: RequestForm, stored_json: Any) -> list[AnswerDTO]:
    """Stored answers as a person reads them (people and CIs named)."""
    stored = answers_from_json(form, stored_json)
    answers = []
    for f in form.fields:
        if f.key not in stored:
            continue
        value = stored[f.key]
        text = display(f.type, value)
        if f.type is FieldType.PERSON:
            person = uow.people.get(value) if isinstance(value, uuid.UUID) else None
            text = person.full_name if person else text
        elif f.type is FieldType.CI:
            ci = uow.catalog.ci(value) if isinstance(value, uuid.UUID) else None
            text = ci.name if ci else text
        answers.append(AnswerDTO(f.key, f.label, f.type.value, text, value))
    for key in stored.keys() - {f.key for f in form.fields}:  # a field removed since
        answers.append(AnswerDTO(key, key, FieldType.TEXT.value, str(stored[key]),
                                 stored[key]))
    return answers


class RequestTaskService(IncidentTaskService, _Fulfilment):
    """Request tasks: the incident task's machinery under a service request; a task done opens
    the next steps of the plan and closes the request after the last."""

    _KIND = REQUEST_TASK
    _PARENT = SERVICE_REQUEST
    _MODEL = RequestTask

    def _check_step(self, uow: UnitOfWork, task: Any, to: str) -> None:
        parent = uow.catalogue.request(task.parent_id) if task.parent_id else None
        if parent is not None and parent.status_category == DONE \
                and REQUEST_TASK.life.is_open(to):
            raise ValidationError(msg("{number} is {status}; its tasks cannot be reopened.",
                                      number=parent.number,
                                      status=SERVICE_REQUEST.life.shown(parent.status)))

    def _after_step(self, uow: UnitOfWork, task: Any, now: datetime) -> None:
        if task.status_category != DONE or task.parent_id is None:
            return
        parent = uow.catalogue.request(task.parent_id)
        if parent is not None:
            uow.flush()
            self._advance(uow, parent, now)


__all__ = ["AnswerDTO", "RequestDraft", "RequestTaskService", "ServiceRequestDTO",
           "ServiceRequestService"]
