"""The service catalogue (Service Design): offerings callers may order, each with its request
form, approval rule (on the shared approval engine), fulfilment plan and target SLA.

Service owners and administrators edit it (the ``service`` resource). Every save checks the
whole offering (form, rule, plan, references) and saves all of it or nothing; every change
writes the audit trail. An offering is retired, never deleted: its requests keep pointing at
it, and a retirement waits until none of them is open.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import CatalogueOffering, Department, Entitlement, Organisation
from deskapp.domain.approvals import ApprovalRule, ApproverKind, check_rule
from deskapp.domain.fulfilment import FulfilmentPlan, check_plan
from deskapp.domain.request_form import RequestForm, check_form
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Changes, Choice

KIND = "offering"
NAME_MAX = 120
DESCRIPTION_MAX = 4000
#: Services whose offerings may be ordered (pipeline services are not offered yet).
ORDERABLE_SERVICE = "catalogue"
#: the portfolio statuses a refused service can be in, listed for translation (the sentence
#: translates its status: "... is in the pipeline, not the catalogue")
_NOT_ORDERABLE = (mark("pipeline"), mark("retired"))

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class OfferingDTO:
    id: uuid.UUID
    version: int
    service: Choice
    name: str
    description: str
    audience_organisation: Choice | None
    audience_department: Choice | None
    form: RequestForm
    approval: ApprovalRule
    plan: FulfilmentPlan
    sla: Choice | None
    team: Choice | None
    retired_at: datetime | None
    used: int  # requests raised from it
    #: the access it grants ("SAP Finance: AP clerk"): ordering it raises an access request
    entitlement: Choice | None = None

    @property
    def audience(self) -> str:
        if self.audience_department is not None:
            return self.audience_department.label
        if self.audience_organisation is not None:
            return self.audience_organisation.label
        return "Everyone"


@dataclass(frozen=True)
class OfferingDraft:
    """What the catalogue editor sends (``id``/``version`` None for a new offering)."""

    service_id: uuid.UUID | None
    name: str
    description: str = ""
    form: RequestForm = field(default_factory=RequestForm)
    approval: ApprovalRule = field(default_factory=lambda: ApprovalRule(()))
    plan: FulfilmentPlan = field(default_factory=FulfilmentPlan)
    sla_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    audience_organisation_id: uuid.UUID | None = None
    audience_department_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    version: int | None = None
    #: an access offering: the entitlement it grants (approved by the system's owner and
    #: worked by the system's team, so it has no approval stages or tasks of its own)
    entitlement_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SavedOffering:
    record: OfferingDTO
    changes: Changes


class CatalogueService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    # -- reading --------------------------------------------------------------------------
    def offerings(self, include_retired: bool = True) -> list[OfferingDTO]:
        """The catalogue by name (the editor's list; retired ones included unless asked)."""
        with self._uow(read_only=True) as uow:
            usage = uow.catalogue.usage()
            return [_dto(uow, o, usage.get(o.id, 0))
                    for o in uow.catalogue.offerings(retired=include_retired)]

    def orderable(self, query: str = "") -> list[OfferingDTO]:
        """What may be ordered now, most used first, then by name; ``query`` matches the name,
        description or service (every word somewhere)."""
        words = query.lower().split()
        found = [o for o in self.offerings(include_retired=False)
                 if all(w in f"{o.name} {o.description} {o.service.label}".lower()
                        for w in words)]
        return sorted(found, key=lambda o: (-o.used, o.name.lower()))

    def offering(self, offering_id: uuid.UUID) -> OfferingDTO:
        with self._uow(read_only=True) as uow:
            found = _load(uow, offering_id)
            return _dto(uow, found, uow.catalogue.usage().get(found.id, 0))

    def choices(self) -> CatalogueChoices:
        """What the editor's pickers offer: catalogue services, SLAs, teams, organisations and
        departments."""
        with self._uow(read_only=True) as uow:
            organisations = uow.session.scalars(select(Organisation).where(
                Organisation.deleted_at.is_(None)).order_by(Organisation.name)).all()
            departments = uow.session.scalars(select(Department).where(
                Department.deleted_at.is_(None)).order_by(Department.name)).all()
            return CatalogueChoices(
                tuple(Choice(s.id, s.name, s.portfolio_status) for s in uow.catalog.services()),
                tuple(Choice(s.id, s.name) for s in uow.sla.definitions()),
                tuple(Choice(t.id, t.name) for t in uow.staff.teams()),
                tuple(Choice(o.id, o.name) for o in organisations),
                tuple(Choice(d.id, d.name, str(d.organisation_id)) for d in departments),
                tuple(Choice(e.id, label) for e, label in _entitlements(uow)))

    # -- writing --------------------------------------------------------------------------
    def save(self, draft: OfferingDraft) -> SavedOffering:
        """Create or change an offering, all of it or nothing; a sentence per bad part."""
        require(self._actor, Action.CREATE if draft.id is None else Action.EDIT,
                Resource.SERVICE)
        now = self._clock()
        with self._uow() as uow:
            existing = _load(uow, draft.id) if draft.id is not None else None
            if existing is not None and draft.version is not None \
                    and existing.version != draft.version:
                raise ConflictError(CONFLICT_MESSAGE, _dto(uow, existing, 0))
            name = draft.name.strip()
            problems = self._problems(uow, draft, name)
            if problems:
                raise ValidationError.for_fields(problems)
            before = _audited(existing) if existing is not None else None
            record = existing or CatalogueOffering(id=uuid.uuid4(), created_at=now)
            record.service_id = draft.service_id  # type: ignore[assignment]  # checked above
            record.name = name
            record.description = draft.description.strip() or None
            record.form = draft.form.to_json()
            record.approval = draft.approval.to_json()
            record.plan = draft.plan.to_json()
            record.sla_id = draft.sla_id
            record.team_id = draft.team_id
            record.audience_organisation_id = draft.audience_organisation_id
            record.audience_department_id = draft.audience_department_id
            record.entitlement_id = draft.entitlement_id
            record.updated_at = now
            if existing is None:
                uow.catalogue.add(record)
            uow.flush()
            audit(uow, self._actor, KIND, record.id, record.name, before, _audited(record))
            dto = _dto(uow, record, uow.catalogue.usage().get(record.id, 0))
            uow.commit()
        return SavedOffering(dto, Changes(KIND, frozenset({dto.id}), created=draft.id is None))

    def retire(self, offering_id: uuid.UUID, expected_version: int) -> OfferingDTO:
        """Stop offering it; its requests keep it. Refused while any of them is open."""
        require(self._actor, Action.EDIT, Resource.SERVICE)
        return self._set_retired(offering_id, expected_version, retire=True)

    def restore(self, offering_id: uuid.UUID, expected_version: int) -> OfferingDTO:
        """Offer a retired offering again."""
        require(self._actor, Action.EDIT, Resource.SERVICE)
        return self._set_retired(offering_id, expected_version, retire=False)

    # -- helpers --------------------------------------------------------------------------
    def _set_retired(self, offering_id: uuid.UUID, expected_version: int, *,
                     retire: bool) -> OfferingDTO:
        now = self._clock()
        with self._uow() as uow:
            record = _load(uow, offering_id)
            if record.version != expected_version:
                raise ConflictError(CONFLICT_MESSAGE, _dto(uow, record, 0))
            if retire and record.retired_at is not None:
                raise ValidationError(msg("{name} is already retired.", name=record.name))
            if not retire and record.retired_at is None:
                raise ValidationError(msg("{name} is offered already.", name=record.name))
            if retire:
                still = uow.catalogue.open_requests(record.id)
                if still:
                    shown = ", ".join(still[:5]) + (" …" if len(still) > 5 else "")
                    raise ValidationError(
                        msg("{name} has {n} open request(s) ({shown}); close or cancel them "
                            "before retiring it.", name=record.name, n=len(still), shown=shown),
                        {"retired": "open requests"})
            before = _audited(record)
            record.retired_at = now if retire else None
            record.updated_at = now
            uow.flush()
            audit(uow, self._actor, KIND, record.id, record.name, before, _audited(record),
                  action="retired" if retire else "restored")
            dto = _dto(uow, record, uow.catalogue.usage().get(record.id, 0))
            uow.commit()
            return dto

    def _problems(self, uow: UnitOfWork, draft: OfferingDraft, name: str) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not name:
            problems["name"] = "Give the offering a name callers recognise."
        elif len(name) > NAME_MAX:
            problems["name"] = msg("Shorten the name to {limit} characters.", limit=NAME_MAX)
        else:
            same = uow.catalogue.same_name(name)
            if same is not None and same.id != draft.id:
                problems["name"] = msg("The catalogue already offers '{name}'; choose another "
                                       "name.", name=same.name)
        if len(draft.description) > DESCRIPTION_MAX:
            problems["description"] = msg("Shorten the description to {limit} characters.",
                                          limit=DESCRIPTION_MAX)
        service = uow.catalog.service(draft.service_id) if draft.service_id else None
        if service is None or service.deleted_at is not None:
            problems["service_id"] = "Pick the catalogue service this offering belongs to."
        elif service.portfolio_status != ORDERABLE_SERVICE:
            problems["service_id"] = msg("{service} is in the {portfolio}, not the catalogue; "
                                         "pick a catalogue service or move it to the catalogue "
                                         "in Service Strategy.", service=service.name,
                                         portfolio=translate(service.portfolio_status))
        checks: tuple[tuple[str, Callable[[], object]], ...] = (
            ("form", lambda: check_form(draft.form)), ("plan", lambda: check_plan(draft.plan)),
            ("approval", lambda: check_rule(draft.approval) if draft.approval.stages else None))
        for key, check in checks:
            try:
                check()
            except ValidationError as exc:
                problems[key] = str(exc)
                problems.update({f"{key}.{k}": v for k, v in exc.fields.items()})
        if "plan" not in problems:
            for n, step in enumerate(draft.plan.steps, start=1):
                if step.team_id is not None and uow.staff.team(step.team_id) is None:
                    problems["plan"] = msg("Task {n} ({title}) names a team that no longer "
                                           "exists; pick another.", n=n, title=step.title)
        if "approval" not in problems:
            for n, stage in enumerate(draft.approval.stages, start=1):
                for spec in stage.approvers:
                    gone = (spec.kind is ApproverKind.TEAM and spec.ref is not None
                            and uow.staff.team(spec.ref) is None) or (
                        spec.kind is ApproverKind.STAFF and spec.ref is not None
                        and uow.staff.get(spec.ref) is None)
                    if gone:
                        problems["approval"] = msg("Approval stage {n} names a team or person "
                                                   "that no longer exists; pick another.", n=n)
        if draft.sla_id is not None and uow.sla.definition(draft.sla_id) is None:
            problems["sla_id"] = "The chosen SLA no longer exists; pick another."
        if draft.team_id is not None and uow.staff.team(draft.team_id) is None:
            problems["team_id"] = "The chosen team no longer exists; pick another."
        if draft.entitlement_id is not None:
            problems.update(_access_problems(uow, draft))
        return problems


@dataclass(frozen=True)
class CatalogueChoices:
    services: tuple[Choice, ...]  # detail: the portfolio status
    slas: tuple[Choice, ...]
    teams: tuple[Choice, ...]
    organisations: tuple[Choice, ...]
    departments: tuple[Choice, ...]  # detail: the organisation's id
    entitlements: tuple[Choice, ...] = ()  # live ones, "System: Entitlement"


def _load(uow: UnitOfWork, offering_id: uuid.UUID) -> CatalogueOffering:
    found = uow.catalogue.get(offering_id)
    if found is None:
        raise NotFound("That offering no longer exists; reload the catalogue.")
    return found


def _audited(o: CatalogueOffering) -> dict[str, str | None]:
    def text(value: object) -> str | None:
        return None if value is None else str(value)

    return {"name": o.name, "description": o.description, "service_id": text(o.service_id),
            "sla_id": text(o.sla_id), "team_id": text(o.team_id),
            "audience_organisation_id": text(o.audience_organisation_id),
            "audience_department_id": text(o.audience_department_id),
            "form": json.dumps(o.form, sort_keys=True),
            "approval": json.dumps(o.approval, sort_keys=True),
            "plan": json.dumps(o.plan, sort_keys=True),
            "entitlement_id": text(o.entitlement_id),
            "retired_at": o.retired_at.isoformat() if o.retired_at else None}


def _dto(uow: UnitOfWork, o: CatalogueOffering, used: int) -> OfferingDTO:
    service = uow.catalog.service(o.service_id)
    sla = uow.sla.definition(o.sla_id) if o.sla_id else None
    team = uow.staff.team(o.team_id) if o.team_id else None
    org = uow.session.get(Organisation, o.audience_organisation_id) \
        if o.audience_organisation_id else None
    dept = uow.session.get(Department, o.audience_department_id) \
        if o.audience_department_id else None
    return OfferingDTO(
        o.id, o.version, Choice(o.service_id, service.name if service else "a removed service"),
        o.name, o.description or "",
        Choice(org.id, org.name) if org else None, Choice(dept.id, dept.name) if dept else None,
        RequestForm.from_json(o.form), ApprovalRule.from_json(o.approval),
        FulfilmentPlan.from_json(o.plan), Choice(sla.id, sla.name) if sla else None,
        Choice(team.id, team.name) if team else None, o.retired_at, used,
        _entitlement_choice(uow, o.entitlement_id))


def _entitlements(uow: UnitOfWork) -> list[tuple[Entitlement, str]]:
    systems = {s.id: s.name for s in uow.access.systems()}
    return sorted(((e, f"{systems[e.system_id]}: {e.name}") for e in uow.access.entitlements()
                   if e.system_id in systems), key=lambda pair: pair[1].lower())


def _entitlement_choice(uow: UnitOfWork, entitlement_id: uuid.UUID | None) -> Choice | None:
    if entitlement_id is None:
        return None
    e = uow.access.entitlement(entitlement_id)
    system = uow.access.system(e.system_id) if e is not None else None
    if e is None or system is None:
        return Choice(entitlement_id, "a removed entitlement")
    return Choice(e.id, f"{system.name}: {e.name}",
                  "retired" if e.retired_at or system.retired_at else "")


def _access_problems(uow: UnitOfWork, draft: OfferingDraft) -> dict[str, str]:
    """An access offering names a live entitlement, and leaves approval to the system's owner
    and the work to the system's team (stages or tasks of its own would never run)."""
    assert draft.entitlement_id is not None
    problems: dict[str, str] = {}
    choice = _entitlement_choice(uow, draft.entitlement_id)
    if choice is None or choice.label == "a removed entitlement":
        problems["entitlement_id"] = "The chosen entitlement no longer exists; pick another."
    elif choice.detail == "retired":
        problems["entitlement_id"] = msg("{access} is retired; pick an entitlement still in "
                                         "use.", access=choice.label)
    if draft.approval.stages:
        problems["approval"] = ("An access offering is approved by the system's owner (when "
                                "the entitlement asks for it); remove its approval stages.")
    if draft.plan.steps:
        problems["plan"] = ("An access offering is carried out by the system's team as one "
                            "access request; remove its tasks.")
    return problems
