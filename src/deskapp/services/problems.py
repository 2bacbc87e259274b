"""Problem management (PRB-): investigate the cause behind incidents, record the workaround
(a known error) and the permanent fix, and resolve the incidents it explains.

Everything generic (history, comments, the event bookkeeping, take next, links) comes from the
work-item core; this is what only problems do. The lifecycle and the rule of each step are in
:mod:`deskapp.domain.kinds.problem`. Incidents name their problem with a ``caused_by`` link.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from deskapp.db.models import Incident, Problem
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, validate_text
from deskapp.domain.kinds import Category
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.problem import (
    KNOWN_ERROR,
    LIFECYCLE,
    PROBLEM,
    RESOLVED,
    ROOT_CAUSE_CATEGORIES,
    ROOT_CAUSE_CATEGORY_MAX,
    step_problems,
)
from deskapp.domain.numbers import format_number, parse_number
from deskapp.domain.permissions import Action
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.problems import CAUSED_BY, ProblemRepository
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.authorization import (
    decision,
    item_target,
    require,
    require_item,
    require_visible,
)
from deskapp.services.dto import Choice, WorkItemRow
from deskapp.services.incidents import IncidentService, _matrix
from deskapp.services.problem_dto import (
    PROBLEM_EDITABLE_FIELDS,
    TEXT_FIELDS,
    ProblemDTO,
    ResolvePreview,
)
from deskapp.services.work_items import KindService, row_dto

ASSIGNMENT = ("team_id", "assignee_id")
#: How many incidents one "new problem from incidents" or one link action takes.
MAX_INCIDENTS = 200


class ProblemService(KindService):
    # -- reading ------------------------------------------------------------------------
    def get(self, problem_id: uuid.UUID) -> ProblemDTO:
        with self._uow(read_only=True) as uow:
            problem = self._load(uow, problem_id)
            require_visible(self.actor, problem, uow)
            return self._dto(uow, problem, with_sla=True)

    def linked_incidents(self, problem_id: uuid.UUID) -> list[WorkItemRow]:
        """The incidents linked to the problem (caused by it), by number."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, problem_id)
            return [row_dto(r) for r in ProblemRepository(uow.session).linked_incidents(
                problem_id)]

    def fixing_changes(self, problem_id: uuid.UUID) -> list[WorkItemRow]:
        """The changes linked as making the problem's permanent fix ("CHG fixes PRB"; the
        problem's Links tab records one as "Fixed by"), by number."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, problem_id)
            return [row_dto(r) for r in ProblemRepository(uow.session).fixing_changes(
                problem_id)]

    def root_cause_categories(self) -> tuple[str, ...]:
        return ROOT_CAUSE_CATEGORIES

    def resolve_preview(self, problem_id: uuid.UUID) -> ResolvePreview:
        """The open incidents resolving the problem may resolve with it, and those it leaves
        open because the person may not change them (the dialog shows both counts first)."""
        with self._uow(read_only=True) as uow:
            problem = self._load(uow, problem_id)
            require_visible(self.actor, problem, uow)
            rows = ProblemRepository(uow.session).linked_incidents(problem_id)
            resolvable: list[WorkItemRow] = []
            left: list[WorkItemRow] = []
            for r in rows:
                if r["status_category"] == Category.DONE.value:
                    continue
                item = uow.work_items.get(r["id"])
                may = item is not None and decision(self.actor, Action.EDIT, item.kind,
                                                    item_target(item)).allowed
                (resolvable if may else left).append(row_dto(r))
            return ResolvePreview(problem.number, tuple(resolvable), tuple(left))

    # -- writing ------------------------------------------------------------------------
    def create(self, draft: Mapping[str, Any]) -> ProblemDTO:
        """Log a problem. ``draft`` holds PROBLEM_EDITABLE_FIELDS plus team_id/assignee_id."""
        self._known_fields(draft, mark("Unknown problem field(s)"))
        require(self.actor, Action.CREATE, PROBLEM.key)
        now = self._clock()
        with self._uow() as uow:
            problem = self._new(uow, {"impact": 2, "urgency": 2, **draft}, now)
            return self._commit(uow, problem)

    def create_from_incidents(self, incident_ids: Sequence[uuid.UUID],
                              title: str | None = None) -> ProblemDTO:
        """A problem for the cause behind ``incident_ids`` (one, or a selection of similar
        ones): their service and CI when they share one, the highest impact and urgency among
        them, a statement listing them; each is linked to it (caused by). All or nothing."""
        ids = list(dict.fromkeys(incident_ids))
        if not ids:
            raise ValidationError("Choose at least one incident to start a problem from.")
        if len(ids) > MAX_INCIDENTS:
            raise ValidationError(msg("A problem starts from at most {max_incidents} incidents; "
                                      "choose fewer, and link the others afterwards.",
                                      max_incidents=MAX_INCIDENTS))
        require(self.actor, Action.CREATE, PROBLEM.key)
        now = self._clock()
        with self._uow() as uow:
            incidents = [self._incident(uow, i) for i in ids]
            first = incidents[0]

            def shared(name: str) -> Any:
                values = {getattr(i, name) for i in incidents}
                return values.pop() if len(values) == 1 else None

            lines = "\n".join(f"- {i.number}: {i.title}" for i in incidents)
            statement = (f"Seen in {len(incidents)} incident(s):\n{lines}\n\n"
                         f"{first.description or ''}").strip()[:DESCRIPTION_MAX]
            draft = {"title": (title or "").strip() or first.title,
                     "description": statement,
                     "service_id": shared("service_id") or first.service_id,
                     "ci_id": shared("ci_id"),
                     "impact": min(i.impact for i in incidents),
                     "urgency": min(i.urgency for i in incidents)}
            problem = self._new(uow, draft, now)
            problem.category = shared("category")
            uow.flush()
            for incident in incidents:
                self._add_link(uow, incident, problem, CAUSED_BY, now)
            return self._commit(uow, problem)

    def link_incidents(self, problem_id: uuid.UUID, incident_ids: Sequence[uuid.UUID]) -> int:
        """Link incidents (a queue selection) to the problem; those already linked are
        skipped. Returns how many were linked. All or nothing."""
        ids = list(dict.fromkeys(incident_ids))
        if len(ids) > MAX_INCIDENTS:
            raise ValidationError(msg("Link at most {max_incidents} incidents at a time.",
                                      max_incidents=MAX_INCIDENTS))
        now = self._clock()
        with self._uow() as uow:
            problem = self._load(uow, problem_id)
            require_visible(self.actor, problem, uow)
            if problem.status_category == Category.DONE.value:
                raise ValidationError(msg("{number} is {status}; link incidents to an open "
                                          "problem.",
                                          number=problem.number,
                                          status=LIFECYCLE.shown(problem.status)))
            done = 0
            for incident_id in ids:
                incident = self._incident(uow, incident_id)
                if uow.work_items.live_link(incident.id, problem.id, CAUSED_BY) is None:
                    self._add_link(uow, incident, problem, CAUSED_BY, now)
                    done += 1
            uow.commit()
            return done

    def link_to_number(self, problem_number: str, incident_ids: Sequence[uuid.UUID]) -> int:
        """Link incidents (a queue selection) to the problem a person typed the number of."""
        with self._uow(read_only=True) as uow:
            parsed = parse_number(problem_number)
            found = uow.work_items.by_number(format_number(*parsed)) if parsed else None
            problem_id = found.id if found is not None and found.kind == PROBLEM.key else None
        if problem_id is None:
            raise ValidationError(msg("No problem is numbered '{problem_number}'; type a number "
                                      "such as PRB-000012.",
                                      problem_number=problem_number.strip()),
                                      {"problem": "Unknown number."})
        return self.link_incidents(problem_id, incident_ids)

    def link_incident_numbers(self, problem_id: uuid.UUID, numbers: str) -> int:
        """Link the incidents a person typed ("INC-42, inc-7 INC-000051") to the problem."""
        tokens = [t for t in numbers.replace(",", " ").replace(";", " ").split() if t]
        if not tokens:
            raise ValidationError("Type the numbers of the incidents to link, such as "
                                  "INC-000042.", {"numbers": "Type at least one number."})
        with self._uow(read_only=True) as uow:
            ids: list[uuid.UUID] = []
            unknown: list[str] = []
            for token in tokens[:MAX_INCIDENTS + 1]:
                parsed = parse_number(token)
                found = uow.work_items.by_number(format_number(*parsed)) if parsed else None
                if found is None or found.kind != INCIDENT.key:
                    unknown.append(token)
                else:
                    ids.append(found.id)
        if unknown:
            raise ValidationError(msg("No incident is numbered {unknown}; check the numbers.",
                                      unknown=', '.join(unknown[:5])),
                                      {"numbers": "Unknown number."})
        return self.link_incidents(problem_id, ids)

    def edit(self, problem_id: uuid.UUID, expected_version: int,
             changes: Mapping[str, Any]) -> ProblemDTO:
        """Save what the problem form changed, fields and assignment together (one version)."""
        self._known_fields(changes, mark("Field(s) that cannot be edited here"))
        now = self._clock()
        with self._uow() as uow:
            problem = self._load_for_write(uow, problem_id, expected_version)
            fields: dict[str, str] = {}
            values: dict[str, Any] = {}
            try:
                values = self._validated(uow, {k: v for k, v in changes.items()
                                               if k in PROBLEM_EDITABLE_FIELDS}, creating=False)
            except ValidationError as exc:
                fields.update(exc.fields or {"title": str(exc)})
            after = {name: values.get(name, getattr(problem, name)) for name in TEXT_FIELDS}
            for name, sentence in self._status_needs(problem.status, after).items():
                fields.setdefault(name, sentence)
            team_id, assignee_id = self._edited_assignment(uow, problem, changes, fields)
            if fields:
                raise ValidationError.for_fields(fields)
            self._apply(uow, problem, values, now)
            self._change(uow, problem, "team_id", team_id, now)
            self._change(uow, problem, "assignee_id", assignee_id, now)
            self._sla.recompute(uow, problem, now)
            return self._commit(uow, problem)

    def update(self, problem_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> ProblemDTO:
        return self.edit(problem_id, expected_version, changes)

    def assign(self, problem_id: uuid.UUID, expected_version: int,
               team_id: uuid.UUID | None, assignee_id: uuid.UUID | None) -> ProblemDTO:
        now = self._clock()
        with self._uow() as uow:
            problem = self._load_for_write(uow, problem_id, expected_version, None)
            self._require_reassign(uow, problem, team_id, assignee_id)
            if not LIFECYCLE.allowed(problem.status):
                raise ValidationError(msg("{number} is closed; it cannot be reassigned.",
                                          number=problem.number))
            team_id, assignee_id = self._validated_assignment(uow, team_id, assignee_id)
            self._change(uow, problem, "team_id", team_id, now)
            self._change(uow, problem, "assignee_id", assignee_id, now)
            self._sla.recompute(uow, problem, now)
            return self._commit(uow, problem)

    def transition(self, problem_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None, resolution_notes: str | None = None,
                   *, resolve_incidents: bool = False, incident_code: str | None = None,
                   incident_notes: str | None = None) -> ProblemDTO:
        """Move through the lifecycle. A known error needs its root cause and workaround; a
        resolved problem its root cause and permanent fix. Resolving with
        ``resolve_incidents`` resolves its open linked incidents the person may change, with
        ``incident_code`` and ``incident_notes``, in the same transaction (all or nothing).
        ``resolution_code`` is not used by problems (the permanent fix says how)."""
        to = LIFECYCLE.parse(target)
        now = self._clock()
        with self._uow() as uow:
            problem = self._load_for_write(uow, problem_id, expected_version)
            LIFECYCLE.check(problem.status, to)
            missing = step_problems(to, {n: getattr(problem, n) for n in TEXT_FIELDS})
            if missing:
                raise ValidationError(" ".join(missing.values()), missing)
            fields: dict[str, str] = {}
            notes = validate_text(fields, "resolution_notes", resolution_notes,
                                  label="Resolution notes", required=False,
                                  limit=DESCRIPTION_MAX)
            if fields:
                raise ValidationError.for_fields(fields)
            if to == KNOWN_ERROR:
                self._change(uow, problem, "known_error_at", now, now)
            if to == RESOLVED:
                if notes is not None:
                    self._change(uow, problem, "resolution_notes", notes, now)
                self._change(uow, problem, "resolved_at", now, now)
                if resolve_incidents:
                    self._resolve_incidents(uow, problem, incident_code, incident_notes, now)
            elif to == "closed":
                self._change(uow, problem, "closed_at", now, now)
            elif problem.status == RESOLVED:  # investigated again: the fix did not hold
                self._change(uow, problem, "resolved_at", None, now)
                self._change(uow, problem, "reopen_count", problem.reopen_count + 1, now)
            self._set_status(uow, problem, to, now)
            self._sla.recompute(uow, problem, now)
            return self._commit(uow, problem)

    # -- helpers ------------------------------------------------------------------------
    def _resolve_incidents(self, uow: UnitOfWork, problem: Problem, code: str | None,
                           notes: str | None, now: datetime) -> None:
        incidents = IncidentService(self._uow, self.actor, self._clock)
        text = (notes or "").strip() or (
            f"Resolved with {problem.number}: {problem.permanent_fix or problem.title}")
        for incident_id in ProblemRepository(uow.session).linked_incident_ids(
                problem.id, open_only=True):
            incident = uow.work_items.get_incident(incident_id)
            if incident is None or not decision(self.actor, Action.EDIT, incident.kind,
                                                item_target(incident)).allowed:
                continue  # another team's: left open, as the preview said
            incidents.resolve_within(uow, incident, code, text, now,
                                     open_tasks_reason=f"Resolved with {problem.number}")

    def _new(self, uow: UnitOfWork, draft: Mapping[str, Any], now: datetime) -> Problem:
        values = self._validated(uow, draft, creating=True)
        missing = {n: s for n, s in self._status_needs(LIFECYCLE.initial, values).items()}
        if missing:
            raise ValidationError.for_fields(missing)
        team_id, assignee_id = self._validated_assignment(
            uow, draft.get("team_id"), draft.get("assignee_id"))
        problem = Problem(
            id=new_id(), kind=PROBLEM.key,
            number=format_number(PROBLEM.prefix, uow.work_items.allocate_number(PROBLEM.prefix)),
            status=LIFECYCLE.initial, status_category=Category.OPEN.value, channel="internal",
            opened_at=now, created_at=now, updated_at=now, reopen_count=0,
            team_id=team_id, assignee_id=assignee_id, **values)
        problem.priority = _matrix(uow).priority(problem.impact, problem.urgency)
        uow.work_items.add(problem)
        self._event(uow, problem, "created", None, problem.number, now)
        self._event(uow, problem, "status", None, LIFECYCLE.initial, now)
        self._sla.recompute(uow, problem, now)
        return problem

    @staticmethod
    def _known_fields(data: Mapping[str, Any], what: str) -> None:
        unknown = set(data) - set(PROBLEM_EDITABLE_FIELDS) - set(ASSIGNMENT)
        if unknown:
            raise ValidationError(msg("{what}: {unknown}.",
                                      what=translate(what), unknown=', '.join(sorted(unknown))))

    @staticmethod
    def _status_needs(status: str, values: Mapping[str, Any]) -> dict[str, str]:
        """A known error keeps its root cause and workaround, a resolved or closed problem its
        root cause: clearing one would leave the problem in a status it no longer earns."""
        if status == KNOWN_ERROR:
            return step_problems(KNOWN_ERROR, values)
        if status in (RESOLVED, "closed"):
            return {k: "A resolved problem keeps its root cause; correct it instead of "
                       "clearing it." for k, v in step_problems(RESOLVED, values).items()
                    if k == "root_cause"}
        return {}

    def _incident(self, uow: UnitOfWork, incident_id: uuid.UUID) -> Incident:
        incident = uow.work_items.get_incident(incident_id)
        if incident is None:
            raise NotFound("One of the chosen incidents no longer exists (or is not an "
                           "incident); refresh the list.")
        require_visible(self.actor, incident, uow)
        return incident

    def _load(self, uow: UnitOfWork, problem_id: uuid.UUID) -> Problem:
        problem = ProblemRepository(uow.session).get(problem_id)
        if problem is None:
            raise NotFound("That problem no longer exists; refresh the list.")
        return problem

    def _load_for_write(self, uow: UnitOfWork, problem_id: uuid.UUID, expected_version: int,
                        action: Action | None = Action.EDIT) -> Problem:
        problem = self._load(uow, problem_id)
        require_visible(self.actor, problem, uow)
        if action is not None:
            require_item(self.actor, action, problem, uow)
        self._check_version(uow, problem, expected_version,
                            lambda: self._dto(uow, problem, with_sla=False))
        return problem

    def _validated(self, uow: UnitOfWork, data: Mapping[str, Any], *,
                   creating: bool) -> dict[str, Any]:
        fields: dict[str, str] = {}
        out = self._validated_core(fields, data, creating=creating)
        for name, label in (("root_cause", "The root cause"), ("workaround", "The workaround"),
                            ("permanent_fix", "The permanent fix")):
            if name in data:
                out[name] = validate_text(fields, name, data[name], label=label,
                                          required=False, limit=DESCRIPTION_MAX)
        if "root_cause_category" in data:
            category = validate_text(fields, "root_cause_category", data["root_cause_category"],
                                     label="The root-cause category", required=False,
                                     limit=ROOT_CAUSE_CATEGORY_MAX)
            if category is not None and category not in ROOT_CAUSE_CATEGORIES:
                fields["root_cause_category"] = (msg("'{category}' is not a root-cause "
                                                     "category; choose one from the list.",
                                                     category=category))
            out["root_cause_category"] = category
        out.update(self._checked_references(
            uow, fields, {k: v for k, v in data.items() if k in ("service_id", "ci_id")}))
        if fields:
            raise ValidationError.for_fields(fields)
        return out

    def _apply(self, uow: UnitOfWork, problem: Problem, values: Mapping[str, Any],
               now: datetime) -> None:
        for name, value in values.items():
            self._change(uow, problem, name, value, now)
        if {"impact", "urgency"} & values.keys():
            self._change(uow, problem, "priority",
                         _matrix(uow).priority(problem.impact, problem.urgency), now)

    def _commit(self, uow: UnitOfWork, problem: Problem) -> ProblemDTO:
        uow.flush()
        dto = self._dto(uow, problem, with_sla=True)
        uow.commit()
        return dto

    def _dto(self, uow: UnitOfWork, p: Any, *, with_sla: bool) -> ProblemDTO:
        names = uow.work_items.related_labels(None, p.service_id, p.ci_id, p.team_id,
                                             p.assignee_id)
        linked, still_open = ProblemRepository(uow.session).counts(p.id)

        def choice(ref: uuid.UUID | None, label: str | None, detail: str = "") -> Choice | None:
            return Choice(ref, label, detail) if ref is not None and label is not None else None

        return ProblemDTO(
            id=p.id, version=p.version, number=p.number, title=p.title,
            description=p.description or "", status=p.status, impact=p.impact,
            urgency=p.urgency, priority=p.priority,
            service=choice(p.service_id, names["service"]),
            ci=choice(p.ci_id, names["ci"], names["ci_type"] or ""),
            team=choice(p.team_id, names["team"]),
            assignee=choice(p.assignee_id, names["assignee"]),
            root_cause=p.root_cause, root_cause_category=p.root_cause_category,
            workaround=p.workaround, permanent_fix=p.permanent_fix,
            known_error_at=p.known_error_at, resolution_notes=p.resolution_notes,
            opened_at=p.opened_at, resolved_at=p.resolved_at, closed_at=p.closed_at,
            updated_at=p.updated_at, reopen_count=p.reopen_count, sla_state=p.sla_state,
            resolution_breached=p.resolution_breached, linked_incidents=linked,
            open_incidents=still_open,
            allowed_transitions=tuple(s for s in LIFECYCLE.statuses
                                      if s in LIFECYCLE.allowed(p.status)),
            sla=self._sla.snapshot(uow, p, self._clock()) if with_sla else None,
        )

