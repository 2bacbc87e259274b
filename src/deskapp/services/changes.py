"""Change enablement (CHG-): raise a change (standard from a template, normal, emergency), assess
its risk, have the CAB authorise it on the shared approval engine, implement it with its tasks
(CTASK-) in order, review it, close it.

Each step is one transaction; the lifecycle and the rule of each step are in
:mod:`deskapp.domain.kinds.change`, the risk questionnaire in :mod:`deskapp.domain.change_risk`.
Moving a normal or emergency change to Authorise asks its CAB at once (the rule configured for
its type and risk); the approval engine moves it to Scheduled when approved and back to Assess
when rejected. The requester never approves their own change (the engine is told so).
Everything generic (history, comments, links, the CIs tab, take next) comes from the work-item
core.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import Change, ChangeTask, ChangeTemplate, WorkItem
from deskapp.domain import change_risk
from deskapp.domain.approvals import ApprovalRule, Decision
from deskapp.domain.change_conflicts import Conflict, ConflictKind
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, validate_text
from deskapp.domain.kinds import Category
from deskapp.domain.kinds import change as chg
from deskapp.domain.kinds.change import CHANGE, LIFECYCLE, ChangeType
from deskapp.domain.kinds.change_task import CHANGE_TASK
from deskapp.domain.numbers import format_number
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.changes import ChangeRepository
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.authorization import Action, require, require_item, require_visible
from deskapp.services.change_calendar import check_window, window_of
from deskapp.services.change_dto import (
    CHANGE_EDITABLE_FIELDS,
    TEMPLATE_FIELDS,
    TEXT_FIELDS,
    ChangeDTO,
    RiskQuestionDTO,
    TemplateDTO,
)
from deskapp.services.dto import Actor, Choice, WorkItemRow
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import _matrix
from deskapp.services.work_items import Clock, KindService, row_dto

ASSIGNMENT = ("team_id", "assignee_id")
DONE = Category.DONE.value
_PLAN_LABELS = {"reason": "The reason", "implementation_plan": "The implementation plan",
                "backout_plan": "The backout plan", "test_plan": "The test plan",
                "review_notes": "The lessons learned", "description": "Description"}


class ChangeService(KindService):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, approvals: ApprovalService,
                 clock: Clock = utcnow) -> None:
        super().__init__(uow, actor, clock)
        self._approvals = approvals

    # -- reading ------------------------------------------------------------------------
    def get(self, change_id: uuid.UUID) -> ChangeDTO:
        with self._uow(read_only=True) as uow:
            change = self._load(uow, change_id)
            require_visible(self.actor, change, uow)
            return self._dto(uow, change, with_sla=False)

    def tasks_of(self, change_id: uuid.UUID) -> list[Any]:
        return ChangeTaskService(self._uow, self.actor, self._clock).tasks_of(change_id)

    def caused_incidents(self, change_id: uuid.UUID) -> list[WorkItemRow]:
        """Incidents linked as caused by the change ("INC caused by CHG"), by number."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, change_id)
            return [row_dto(r) for r in ChangeRepository(uow.session).linked_rows(
                change_id, "caused_by", change_is_source=False, kind="incident")]

    def fixed_problems(self, change_id: uuid.UUID) -> list[WorkItemRow]:
        """Problems the change is linked as fixing ("CHG fixes PRB"), by number."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, change_id)
            return [row_dto(r) for r in ChangeRepository(uow.session).linked_rows(
                change_id, "fixes", change_is_source=True, kind="problem")]

    def risk_questions(self) -> tuple[RiskQuestionDTO, ...]:
        return tuple(RiskQuestionDTO(q.key, q.text, tuple((a.key, a.label) for a in q.answers))
                     for q in change_risk.QUESTIONS)

    def assess_risk(self, answers: Mapping[str, Any]) -> change_risk.RiskAssessment | None:
        """The score the answers give (None while a question is open): the form shows it as
        the person answers, before anything is saved."""
        if not all(answers.get(q.key) for q in change_risk.QUESTIONS):
            return None
        return change_risk.assess(answers)

    def templates(self) -> list[TemplateDTO]:
        """The standard-change templates in use, by name."""
        with self._uow(read_only=True) as uow:
            return [_template_dto(uow, t) for t in ChangeRepository(uow.session).templates()]

    # -- writing ------------------------------------------------------------------------
    def create(self, draft: Mapping[str, Any]) -> ChangeDTO:
        """Raise a change. ``draft`` holds CHANGE_EDITABLE_FIELDS plus team_id / assignee_id
        and, for a standard change, ``template_id`` (its plans come from the template)."""
        unknown = set(draft) - set(CHANGE_EDITABLE_FIELDS) - set(ASSIGNMENT) - {"template_id"}
        if unknown:
            raise ValidationError(msg("Unknown change field(s): {unknown}.",
                                      unknown=", ".join(sorted(unknown))))
        require(self.actor, Action.CREATE, CHANGE.key)
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            kind = chg.parse_type(draft.get("change_type") or ChangeType.NORMAL)
            values = dict(draft)
            values.pop("template_id", None)
            template: ChangeTemplate | None = None
            if kind is ChangeType.STANDARD:
                template = repo.template(draft["template_id"]) if draft.get("template_id") \
                    else None
                if template is None or template.retired_at is not None:
                    raise ValidationError("A standard change comes from a template; choose one "
                                          "of the standard changes offered.",
                                          {"template_id": "Choose a template."})
                given = {"implementation_plan": template.implementation_plan,
                         "backout_plan": template.backout_plan, "test_plan": template.test_plan,
                         "risk_answers": dict(change_risk.ROUTINE)}
                clash = [n for n, v in given.items()
                         if values.get(n) not in (None, "", {}, v)]
                if clash:
                    raise self._beyond_template(template.name, clash)
                values.update(implementation_plan=template.implementation_plan,
                              backout_plan=template.backout_plan, test_plan=template.test_plan,
                              risk_answers=dict(change_risk.ROUTINE))
                values.setdefault("service_id", template.service_id)
                values.setdefault("description", template.description)
                if values.get("planned_start") and not values.get("planned_end"):
                    values["planned_end"] = values["planned_start"] + timedelta(
                        minutes=template.duration_minutes)
            elif draft.get("template_id"):
                raise ValidationError("Only a standard change comes from a template; choose "
                                      "the standard type or clear the template.",
                                      {"template_id": "Only for standard changes."})
            checked = self._validated(uow, {k: v for k, v in values.items()
                                            if k not in ASSIGNMENT}, creating=True)
            team_id, assignee_id = self._validated_assignment(
                uow, draft.get("team_id"), draft.get("assignee_id"))
            urgency = 1 if kind is ChangeType.EMERGENCY else 3
            change = Change(
                id=new_id(), kind=CHANGE.key,
                number=format_number(CHANGE.prefix, uow.work_items.allocate_number(CHANGE.prefix)),
                status=LIFECYCLE.initial, status_category=Category.OPEN.value, channel="internal",
                opened_at=now, created_at=now, updated_at=now, reopen_count=0, impact=3,
                urgency=urgency, team_id=team_id, assignee_id=assignee_id,
                change_type=kind.value, template_id=template.id if template else None,
                requested_by_id=self.actor.staff_id,
                **{"risk_answers": {}, **{k: v for k, v in checked.items()
                                          if k != "change_type"}})
            change.priority = _matrix(uow).priority(change.impact, change.urgency)
            uow.work_items.add(change)
            self._event(uow, change, "created", None, change.number, now)
            self._event(uow, change, "status", None, LIFECYCLE.initial, now)
            if template is not None:
                self._event(uow, change, "template", None, template.name, now)
            return self._commit(uow, change)

    def edit(self, change_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> ChangeDTO:
        """Save what the change form changed, fields and assignment together (one version)."""
        unknown = set(changes) - set(CHANGE_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(msg("Field(s) {unknown} cannot be edited here.",
                                      unknown=", ".join(sorted(unknown))))
        now = self._clock()
        with self._uow() as uow:
            change = self._load_for_write(uow, change_id, expected_version)
            if not LIFECYCLE.allowed(change.status):
                raise ValidationError(msg("{number} is {status}; a finished change is not "
                                          "edited.", number=change.number,
                                          status=LIFECYCLE.shown(change.status)))
            wanted = {k: v for k, v in changes.items()
                      if k in CHANGE_EDITABLE_FIELDS and v != _current(change, k)}
            if change.change_type == ChangeType.STANDARD:
                beyond = [k for k in TEMPLATE_FIELDS if k in wanted]
                if beyond:
                    template = ChangeRepository(uow.session).template(change.template_id) \
                        if change.template_id else None
                    raise self._beyond_template(template.name if template else "?", beyond)
            if "change_type" in wanted and change.status != chg.NEW:
                raise ValidationError("The type of a change is chosen while it is New; cancel "
                                      "it and raise another.", {"change_type": "Only while New."})
            if ({"review_outcome", "review_notes"} & wanted.keys()
                    and change.status != chg.REVIEW):
                raise ValidationError("The review is recorded once the change is in Review.",
                                      {"review_outcome": "Only in Review."})
            fields: dict[str, str] = {}
            values: dict[str, Any] = {}
            try:
                values = self._validated(uow, wanted, creating=False, change=change)
            except ValidationError as exc:
                fields.update(exc.fields or {"title": str(exc)})
            after = {n: values.get(n, getattr(change, n)) for n in
                     ("planned_start", "planned_end")}
            for name, sentence in chg.window_problems(after["planned_start"],
                                                      after["planned_end"]).items():
                fields.setdefault(name, sentence)
            if {"review_outcome", "review_notes"} & values.keys():
                review = {n: values.get(n, getattr(change, n))
                          for n in ("review_outcome", "review_notes")}
                if review["review_outcome"] is not None:
                    for name, sentence in chg.step_problems(change.change_type, chg.REVIEW,
                                                            chg.CLOSED, review).items():
                        fields.setdefault(name, sentence)
            team_id, assignee_id = self._edited_assignment(uow, change, changes, fields)
            if fields:
                raise ValidationError.for_fields(fields)
            self._apply(uow, change, values, now)
            self._change(uow, change, "team_id", team_id, now)
            self._change(uow, change, "assignee_id", assignee_id, now)
            if "review_outcome" in values or "review_notes" in values:
                self._change(uow, change, "reviewed_at", now, now)
            return self._commit(uow, change)

    def update(self, change_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> ChangeDTO:
        return self.edit(change_id, expected_version, changes)

    def assign(self, change_id: uuid.UUID, expected_version: int,
               team_id: uuid.UUID | None, assignee_id: uuid.UUID | None) -> ChangeDTO:
        now = self._clock()
        with self._uow() as uow:
            change = self._load_for_write(uow, change_id, expected_version, None)
            self._require_reassign(uow, change, team_id, assignee_id)
            if not LIFECYCLE.allowed(change.status):
                raise ValidationError(msg("{number} is finished; it cannot be reassigned.",
                                          number=change.number))
            team_id, assignee_id = self._validated_assignment(uow, team_id, assignee_id)
            self._change(uow, change, "team_id", team_id, now)
            self._change(uow, change, "assignee_id", assignee_id, now)
            return self._commit(uow, change)

    def transition(self, change_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None,
                   resolution_notes: str | None = None) -> ChangeDTO:
        """Move through the lifecycle. Authorise asks the CAB (the rule for the change's type
        and risk); only its decision moves the change on. Implement needs an implementer;
        Review needs the tasks finished; Closed needs the review's outcome. Cancelling needs a
        reason (``resolution_notes``); ``resolution_code`` is not used by changes."""
        to = LIFECYCLE.parse(target)
        now = self._clock()
        with self._uow() as uow:
            change = self._load_for_write(uow, change_id, expected_version)
            LIFECYCLE.check(change.status, to)
            if change.status == chg.AUTHORISE and to != chg.CANCELLED:
                raise ValidationError(msg("{number} waits for its CAB; the approvers' decision "
                                          "moves it on (or cancel it).", number=change.number))
            problems = chg.step_problems(change.change_type, change.status, to,
                                         {n: getattr(change, n) for n in _STEP_FIELDS})
            if problems:
                raise ValidationError(" ".join(dict.fromkeys(problems.values())), problems)
            repo = ChangeRepository(uow.session)
            if to in (chg.AUTHORISE, chg.SCHEDULED, chg.IMPLEMENT):
                self._refuse_open_conflicts(uow, change)
            if to == chg.REVIEW:
                still = [t.number for t in repo.tasks(change.id) if t.status_category != DONE]
                if still:
                    raise ValidationError(
                        msg("{number} has {n} open task(s) ({shown}); finish or cancel them "
                            "before the review.", number=change.number, n=len(still),
                            shown=", ".join(still[:3])),
                        {"status": "open tasks"})
            fields: dict[str, str] = {}
            notes = validate_text(fields, "resolution_notes", resolution_notes, label="Notes",
                                  required=to == chg.CANCELLED, limit=DESCRIPTION_MAX,
                                  missing="Say why the change is cancelled.")
            if fields:
                raise ValidationError.for_fields(fields)
            self._set_status(uow, change, to, now)
            if to == chg.AUTHORISE:
                self._ask_cab(uow, change, now)
            elif to == chg.IMPLEMENT:
                self._change(uow, change, "actual_start", now, now)
            elif to == chg.REVIEW:
                self._change(uow, change, "actual_end", now, now)
            elif to in (chg.CLOSED, chg.CANCELLED):
                if notes is not None:
                    self._change(uow, change, "resolution_notes", notes, now)
                if to == chg.CANCELLED:
                    for task in repo.tasks(change.id):
                        if task.status_category != DONE:
                            self._set_status(uow, task, "cancelled", now)
                            self._change(uow, task, "closed_at", now, now)
                self._change(uow, change, "resolved_at", now, now)
                self._change(uow, change, "closed_at", now, now)
            return self._commit(uow, change)

    def approval_decided(self, uow: UnitOfWork, item: WorkItem, outcome: Decision,
                         reasons: str, now: datetime) -> None:
        """The approval engine's hook (same transaction): a rejection's reasons go on the
        change as a work note, so whoever reworks it in Assess reads them."""
        if outcome is Decision.REJECTED and isinstance(item, Change) and reasons:
            self._append_comment(uow, item, f"The CAB rejected the change. {reasons}"[:4000],
                                 True, now)

    def requester_of(self, uow: UnitOfWork, item: WorkItem) -> frozenset[uuid.UUID]:
        """Who never approves ``item`` (the approval engine asks): the change's requester."""
        requester = getattr(item, "requested_by_id", None)
        return frozenset({requester}) if requester is not None else frozenset()

    # -- helpers ------------------------------------------------------------------------
    def _ask_cab(self, uow: UnitOfWork, change: Change, now: datetime) -> None:
        found = ChangeRepository(uow.session).approval_rule(change.change_type,
                                                            change.risk_level)
        if found is None:
            level = change_risk.LEVEL_LABELS.get(change.risk_level or "")
            change_type = translate(change.change_type)  # _WORDS lists the words
            raise ValidationError(
                msg("No CAB is set up for {change_type} changes of {level} risk; ask a change "
                    "manager to set up the CAB for them.", change_type=change_type,
                    level=translate(level.lower())) if level else
                msg("No CAB is set up for {change_type} changes of this risk; ask a change "
                    "manager to set up the CAB for them.", change_type=change_type),
                {"status": "no CAB rule"})
        self._approvals.ask(uow, change, ApprovalRule.from_json(found.rule), now)

    @staticmethod
    def _refuse_open_conflicts(uow: UnitOfWork, change: Change) -> None:
        """A change is authorised, scheduled and started only over conflicts accepted with a
        justification."""
        if change.planned_start is None or change.planned_end is None:
            return
        found = check_window(uow, window_of(uow, change, change.planned_start,
                                            change.planned_end,
                                            assignee_id=change.assignee_id), change.id)
        accepted = {a.conflict_key for a in ChangeRepository(uow.session).acceptances(
            change.id)}
        still = [c for c in found if c.accept_key not in accepted]
        if still:
            what = ", ".join(dict.fromkeys(_conflict_words(c) for c in still[:3]))
            more = msg(" and {n} more", n=len(still) - 3) if len(still) > 3 else ""
            raise ValidationError(
                msg("{number} collides with {what}{more}; accept each conflict with a "
                    "justification (Conflicts, beside the window) or move the window.",
                    number=change.number, what=what, more=more),
                {"planned_start": "Conflicts not accepted."})

    @staticmethod
    def _beyond_template(name: str, fields: list[str]) -> ValidationError:
        labels = ", ".join(translate(_WORDS.get(n, n.replace("_", " "))) for n in fields)
        return ValidationError(
            msg("This is a standard change from the template '{name}': its {labels} come from "
                "the template and cannot be changed. Raise a normal change for anything else.",
                name=name, labels=labels),
            {n: "Set by the template." for n in fields})

    def _load(self, uow: UnitOfWork, change_id: uuid.UUID) -> Change:
        change = ChangeRepository(uow.session).get(change_id)
        if change is None:
            raise NotFound("That change no longer exists; refresh the list.")
        return change

    def _load_for_write(self, uow: UnitOfWork, change_id: uuid.UUID, expected_version: int,
                        action: Action | None = Action.EDIT) -> Change:
        change = self._load(uow, change_id)
        require_visible(self.actor, change, uow)
        if action is not None:
            require_item(self.actor, action, change, uow)
        self._check_version(uow, change, expected_version,
                            lambda: self._dto(uow, change, with_sla=False))
        return change

    def _validated(self, uow: UnitOfWork, data: Mapping[str, Any], *, creating: bool,
                   change: Change | None = None) -> dict[str, Any]:
        fields: dict[str, str] = {}
        out: dict[str, Any] = {}
        if creating or "title" in data:
            core = self._validated_core(fields, {"title": data.get("title"),
                                                 "impact": 3, "urgency": 3}, creating=True)
            out["title"] = core["title"]
        for name, label in _PLAN_LABELS.items():
            if name in data:
                out[name] = validate_text(fields, name, data[name], label=label,
                                          required=False, limit=DESCRIPTION_MAX)
        if "change_type" in data:
            try:
                out["change_type"] = chg.parse_type(data["change_type"]).value
            except ValidationError as exc:
                fields.update(exc.fields)
            if out.get("change_type") == ChangeType.STANDARD and change is not None \
                    and change.template_id is None:
                fields["change_type"] = ("A standard change comes from a template; raise it "
                                         "from one instead.")
        for name in ("planned_start", "planned_end"):
            if name in data:
                value = data[name]
                if value is not None and (not isinstance(value, datetime)
                                          or value.tzinfo is None):
                    fields[name] = "Give the time as a date and time with its time zone."
                out[name] = value
        if creating:
            fields.update(chg.window_problems(out.get("planned_start"), out.get("planned_end")))
        if "risk_answers" in data:
            answers = {k: v for k, v in dict(data["risk_answers"] or {}).items() if v}
            if not answers:
                out.update(risk_answers={}, risk_score=None, risk_level=None)
            else:
                try:
                    risk = change_risk.assess(answers)
                    out.update(risk_answers=change_risk.check_answers(answers),
                               risk_score=risk.score, risk_level=risk.level)
                except ValidationError as exc:
                    fields.update(exc.fields or {"risk_answers": str(exc)})
        if "review_outcome" in data:
            outcome = data["review_outcome"]
            if outcome in (None, ""):
                out["review_outcome"] = None
            else:
                try:
                    out["review_outcome"] = chg.parse_outcome(outcome).value
                except ValidationError as exc:
                    fields.update(exc.fields)
        if "release_id" in data:
            release = data["release_id"]
            if release is not None and ChangeRepository(uow.session).release(release) is None:
                fields["release_id"] = "The chosen release no longer exists; pick another."
            out["release_id"] = release
        out.update(self._checked_references(
            uow, fields, {k: v for k, v in data.items() if k in ("service_id", "ci_id")}))
        if fields:
            raise ValidationError.for_fields(fields)
        return out

    def _apply(self, uow: UnitOfWork, change: Change, values: Mapping[str, Any],
               now: datetime) -> None:
        for name, value in values.items():
            self._change(uow, change, name, value, now)
        if values.get("change_type") is not None:
            urgency = 1 if values["change_type"] == ChangeType.EMERGENCY else 3
            self._change(uow, change, "urgency", urgency, now)
            self._change(uow, change, "priority",
                         _matrix(uow).priority(change.impact, change.urgency), now)

    def _commit(self, uow: UnitOfWork, change: Change) -> ChangeDTO:
        uow.flush()
        dto = self._dto(uow, change, with_sla=False)
        uow.commit()
        return dto

    def _dto(self, uow: UnitOfWork, c: Any, *, with_sla: bool) -> ChangeDTO:
        repo = ChangeRepository(uow.session)
        names = uow.work_items.related_labels(None, c.service_id, c.ci_id, c.team_id,
                                             c.assignee_id)
        tasks = repo.tasks(c.id)
        template = repo.template(c.template_id) if c.template_id else None
        release = repo.release(c.release_id) if c.release_id else None
        requester = uow.staff.get(c.requested_by_id) if c.requested_by_id else None
        awaiting = c.status == chg.AUTHORISE and any(
            r.state == Decision.PENDING for r in uow.approvals.requests_of(c.id))
        answers = dict(c.risk_answers or {})
        reasons = change_risk.assess(answers).reasons if c.risk_level else ()

        def choice(ref: uuid.UUID | None, label: str | None, detail: str = "") -> Choice | None:
            return Choice(ref, label, detail) if ref is not None and label is not None else None

        allowed = tuple(s for s in LIFECYCLE.statuses if s in LIFECYCLE.allowed(c.status)
                        and not (c.status == chg.AUTHORISE and s != chg.CANCELLED)
                        and not (s == chg.SCHEDULED and c.status == chg.NEW
                                 and c.change_type != ChangeType.STANDARD)
                        and not (s in (chg.ASSESS, chg.AUTHORISE)
                                 and c.change_type == ChangeType.STANDARD))
        return ChangeDTO(
            id=c.id, version=c.version, number=c.number, title=c.title,
            description=c.description or "", status=c.status, change_type=c.change_type,
            priority=c.priority,
            template=choice(template.id, template.name) if template else None,
            reason=c.reason, implementation_plan=c.implementation_plan,
            backout_plan=c.backout_plan, test_plan=c.test_plan,
            planned_start=c.planned_start, planned_end=c.planned_end, risk_answers=answers,
            risk_score=c.risk_score, risk_level=c.risk_level, risk_reasons=reasons,
            service=choice(c.service_id, names["service"]),
            ci=choice(c.ci_id, names["ci"], names["ci_type"] or ""),
            team=choice(c.team_id, names["team"]),
            assignee=choice(c.assignee_id, names["assignee"]),
            release=choice(release.id, release.name) if release else None,
            requested_by=choice(requester.id, requester.full_name) if requester else None,
            actual_start=c.actual_start, actual_end=c.actual_end,
            review_outcome=c.review_outcome, review_notes=c.review_notes,
            reviewed_at=c.reviewed_at, opened_at=c.opened_at, closed_at=c.closed_at,
            updated_at=c.updated_at, tasks_total=len(tasks),
            tasks_open=sum(t.status_category != DONE for t in tasks),
            awaiting_approval=awaiting, allowed_transitions=allowed, sla_state=c.sla_state)


#: What the lifecycle's step rules read off a change.
_STEP_FIELDS = ("reason", "implementation_plan", "backout_plan", "test_plan", "planned_start",
                "planned_end", "risk_level", "assignee_id", "review_outcome", "review_notes")


#: words a sentence translates where they are used: the template's fields, change types and
#: risk levels as they read in a sentence ("its implementation plan ...", "normal changes of
#: high risk")
_WORDS = {"change_type": mark("change type"), "implementation_plan": mark("implementation plan"),
          "backout_plan": mark("backout plan"), "test_plan": mark("test plan"),
          "risk_answers": mark("risk answers"), "standard": mark("standard"),
          "normal": mark("normal"), "emergency": mark("emergency"), "low": mark("low"),
          "medium": mark("medium"), "high": mark("high"), "very high": mark("very high")}


def _conflict_words(c: Conflict) -> str:
    if c.kind is ConflictKind.FREEZE:
        return msg("the freeze '{label}'", label=c.label)
    if c.kind is ConflictKind.IMPLEMENTER:
        return msg("{label} (same implementer)", label=c.label)
    if c.hops == 0:
        return msg("{label} (same CI)", label=c.label)
    return msg("{label} (a CI {hops} relation(s) away)", label=c.label, hops=c.hops)


def _current(change: Change, name: str) -> Any:
    value = getattr(change, name)
    if name in TEXT_FIELDS and value is None:
        return ""
    return value


def _template_dto(uow: UnitOfWork, t: ChangeTemplate) -> TemplateDTO:
    service = uow.catalog.service(t.service_id) if t.service_id else None
    return TemplateDTO(t.id, t.version, t.name, t.description or "",
                       Choice(service.id, service.name) if service else None,
                       t.implementation_plan, t.backout_plan, t.test_plan, t.duration_minutes,
                       t.retired_at is not None)


class ChangeTaskService(IncidentTaskService):
    """Change tasks: the incident task's machinery under a change, done in order while the
    change is implemented."""

    _KIND = CHANGE_TASK
    _PARENT = CHANGE
    _MODEL = ChangeTask

    def _placed(self, uow: UnitOfWork, task: Any, parent: WorkItem) -> None:
        task.position = ChangeRepository(uow.session).next_position(parent.id)

    def _check_step(self, uow: UnitOfWork, task: Any, to: str) -> None:
        parent = ChangeRepository(uow.session).get(task.parent_id) if task.parent_id else None
        if parent is None:
            return
        life = CHANGE_TASK.life
        if parent.status_category == DONE and life.is_open(to):
            raise ValidationError(msg("{number} is {status}; its tasks cannot be reopened.",
                                      number=parent.number,
                                      status=LIFECYCLE.shown(parent.status)))
        if to in ("in_progress", "closed") and parent.status != chg.IMPLEMENT:
            raise ValidationError(msg("{number} is {status}; its tasks are worked while it is "
                                      "implemented.", number=parent.number,
                                      status=LIFECYCLE.shown(parent.status)))
        if to in ("in_progress", "closed"):
            before = [t.number for t in ChangeRepository(uow.session).tasks(parent.id)
                      if t.position < task.position and t.status_category != DONE]
            if before:
                raise ValidationError(msg("The tasks of {number} are done in order; finish "
                                          "{shown} first.", number=parent.number,
                                          shown=", ".join(before[:3])))
