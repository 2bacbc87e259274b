"""Templates (issue 21, part 3): incident templates that pre-fill a new incident and canned
responses inserted into a comment or work note, personal or shared (for everyone or one team).

The rules are in :mod:`deskapp.domain.templates`: which placeholders a kind may use (an unknown
one is refused when the template is saved), how a response is filled from its work item (a
value the item lacks is refused with what to do), and which templates a person is offered.
Personal templates are their owner's; shared ones are kept by supervisors and administrators
(``Resource.TEMPLATE`` in :mod:`deskapp.domain.permissions`; row-level security says the same on
PostgreSQL).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import Service, Team, WorkTemplate
from deskapp.domain import templates as rules
from deskapp.domain.permissions import Role
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.templates import TemplateRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, owner_target, require, require_visible
from deskapp.services.dto import Actor, Changes

KIND = "template"
AUDITED = ("kind", "name", "title", "body", "fields", "owner_id", "team_id")
PREFILLED = ("category", "service_id", "impact", "urgency", "assign_team_id")


@dataclass(frozen=True)
class TemplateDTO:
    id: uuid.UUID
    version: int
    kind: str
    name: str
    title: str
    body: str
    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None
    team_name: str
    category: str = ""
    service_id: uuid.UUID | None = None
    service_name: str = ""
    impact: int | None = None
    urgency: int | None = None
    assign_team_id: uuid.UUID | None = None
    assign_team_name: str = ""

    @property
    def personal(self) -> bool:
        return self.owner_id is not None


@dataclass(frozen=True)
class TemplateDraft:
    """What the editor sends; ``id``/``version`` None for a new template. ``personal`` makes it
    the actor's own (else shared, with ``team_id``'s members or everyone)."""

    kind: str
    name: str
    body: str = ""
    personal: bool = True
    team_id: uuid.UUID | None = None
    title: str = ""
    category: str = ""
    service_id: uuid.UUID | None = None
    impact: int | None = None
    urgency: int | None = None
    assign_team_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True)
class SavedTemplate:
    record: TemplateDTO
    changes: Changes


@dataclass(frozen=True)
class IncidentPrefill:
    """What an incident template puts in a new incident's form (None / "": leave as it is)."""

    title: str
    description: str
    category: str
    service_id: uuid.UUID | None
    impact: int | None
    urgency: int | None
    team_id: uuid.UUID | None
    names: dict[uuid.UUID, str] = field(default_factory=dict)


class TemplateService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    # -- reading ----------------------------------------------------------------------------
    def offered(self, kind: str, item_team_id: uuid.UUID | None = None) -> list[TemplateDTO]:
        """The templates of ``kind`` the picker offers: the actor's own, shared ones for
        everyone, their teams and the team of the item being written in; personal first."""
        require(self._actor, Action.VIEW, Resource.TEMPLATE)
        with self._uow(read_only=True) as uow:
            rows = TemplateRepository(uow.session).listing((kind,), self._actor.staff_id)
            rows = [r for r in rows if rules.offered(
                rules.Audience(r.owner_id, r.team_id), self._actor.staff_id,
                self._actor.team_ids, item_team_id)]
            out = self._dtos(uow, rows)
        return sorted(out, key=lambda t: (not t.personal, t.name.casefold()))

    def manageable(self) -> list[TemplateDTO]:
        """Every shared template and the actor's personal ones (the editor's list)."""
        require(self._actor, Action.VIEW, Resource.TEMPLATE)
        with self._uow(read_only=True) as uow:
            rows = TemplateRepository(uow.session).listing(rules.KINDS, self._actor.staff_id)
            return self._dtos(uow, rows)

    def may_share(self) -> bool:
        """Whether the actor keeps shared templates (supervisors and administrators)."""
        return self._actor.has_role(Role.SUPERVISOR)

    def get(self, template_id: uuid.UUID) -> TemplateDTO:
        with self._uow(read_only=True) as uow:
            return self._dtos(uow, [self._row(uow, template_id)])[0]

    # -- writing ----------------------------------------------------------------------------
    def save(self, draft: TemplateDraft) -> SavedTemplate:
        owner = self._actor.staff_id if draft.personal else None
        with self._uow() as uow:
            repo = TemplateRepository(uow.session)
            existing = self._row(uow, draft.id) if draft.id is not None else None
            if existing is not None:
                require(self._actor, Action.EDIT, Resource.TEMPLATE,
                        owner_target(existing.owner_id))
                if existing.owner_id is not None and existing.owner_id != self._actor.staff_id:
                    owner = existing.owner_id if draft.personal else None
            require(self._actor, Action.CREATE if existing is None else Action.EDIT,
                    Resource.TEMPLATE, owner_target(owner))
            name, body, title = draft.name.strip(), draft.body.rstrip(), draft.title.strip()
            category = draft.category.strip()
            fields = rules.template_problems(draft.kind, name, body, title=title,
                                             category=category, impact=draft.impact,
                                             urgency=draft.urgency)
            team_id = draft.team_id if owner is None else None
            if team_id is not None and uow.session.get(Team, team_id) is None:
                fields["team_id"] = "This team no longer exists; choose another or none."
            prefill: dict[str, Any] = {}
            if draft.kind == rules.INCIDENT:
                prefill = self._prefill(uow, draft, fields)
            if "name" not in fields:
                same = repo.same_name(draft.kind, name, owner, team_id)
                if same is not None and same.id != draft.id:
                    fields["name"] = msg("A template named '{name}' is already offered to the "
                                         "same people; choose another name.", name=name)
            if fields:
                raise ValidationError.for_fields(fields)
            before = snapshot(existing, AUDITED) if existing is not None else None
            if existing is None:
                row = WorkTemplate(kind=draft.kind, name=name, title=title, body=body,
                                   fields=prefill, owner_id=owner, team_id=team_id)
                repo.add(row)
            else:
                row = existing
                if draft.version is not None and row.version != draft.version:
                    raise ConflictError(CONFLICT_MESSAGE, self._dtos(uow, [row])[0])
                if row.kind != draft.kind:
                    raise ValidationError.for_fields({"kind": (
                        "A template keeps its kind; make a new one of the other kind.")})
                row.name, row.title, row.body, row.fields = name, title, body, prefill
                row.owner_id, row.team_id = owner, team_id
                row.updated_at = utcnow()
            uow.flush()
            audit(uow, self._actor, KIND, row.id, row.name, before, snapshot(row, AUDITED))
            result = self._dtos(uow, [row])[0]
            uow.commit()
        return SavedTemplate(result, Changes(KIND, frozenset({result.id}),
                                             created=existing is None))

    def delete(self, template_id: uuid.UUID, version: int) -> Changes:
        with self._uow() as uow:
            row = self._row(uow, template_id)
            require(self._actor, Action.DELETE, Resource.TEMPLATE, owner_target(row.owner_id))
            if row.version != version:
                raise ConflictError(CONFLICT_MESSAGE, self._dtos(uow, [row])[0])
            before = snapshot(row, AUDITED)
            row.deleted_at = utcnow()
            uow.flush()
            audit(uow, self._actor, KIND, row.id, row.name, before, None)
            uow.commit()
        return Changes(KIND, frozenset({template_id}))

    # -- using ------------------------------------------------------------------------------
    def fill_response(self, template_id: uuid.UUID, item_id: uuid.UUID) -> str:
        """The canned response's text with its placeholders filled from the work item.

        Raises ``ValidationError`` with a sentence when a placeholder has no value (no caller
        yet) or the template is not a canned response offered to the actor."""
        with self._uow(read_only=True) as uow:
            row = self._offered_row(uow, template_id, rules.RESPONSE)
            item = uow.work_items.get(item_id)
            if item is None or item.deleted_at is not None:
                raise NotFound("This work item no longer exists; reload it.")
            require_visible(self._actor, item, uow)
            names = TemplateRepository(uow.session).names(
                [item.caller_id, item.service_id, item.team_id])
            caller = names.get(item.caller_id) if item.caller_id else None
            values = {
                "caller": caller, "caller_first_name": rules.first_name(caller),
                "number": item.number, "title": item.title,
                "service": names.get(item.service_id) if item.service_id else None,
                "team": names.get(item.team_id) if item.team_id else None,
                "agent": self._actor.full_name,
                "agent_first_name": rules.first_name(self._actor.full_name),
            }
            try:
                return rules.fill(row.body, values)
            except rules.TemplateError as exc:
                raise ValidationError(str(exc)) from None

    def incident_prefill(self, template_id: uuid.UUID) -> IncidentPrefill:
        """What an incident template puts in a new incident's form."""
        with self._uow(read_only=True) as uow:
            row = self._offered_row(uow, template_id, rules.INCIDENT)
            values = {"agent": self._actor.full_name,
                      "agent_first_name": rules.first_name(self._actor.full_name)}
            try:
                title = rules.fill(row.title, values)
                description = rules.fill(row.body, values)
            except rules.TemplateError as exc:
                raise ValidationError(str(exc)) from None
            f = row.fields or {}
            service_id, team_id = _uuid(f.get("service_id")), _uuid(f.get("assign_team_id"))
            names = TemplateRepository(uow.session).names([service_id, team_id])
            return IncidentPrefill(title, description, str(f.get("category") or ""),
                                   service_id if service_id in names else None,
                                   f.get("impact"), f.get("urgency"),
                                   team_id if team_id in names else None, names)

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, uow: UnitOfWork, template_id: uuid.UUID) -> WorkTemplate:
        row = TemplateRepository(uow.session).get(template_id)
        if row is None or (row.owner_id is not None and row.owner_id != self._actor.staff_id):
            raise NotFound("This template was deleted or is not yours; reload the list.")
        return row

    def _offered_row(self, uow: UnitOfWork, template_id: uuid.UUID, kind: str
                     ) -> WorkTemplate:
        require(self._actor, Action.VIEW, Resource.TEMPLATE)
        row = self._row(uow, template_id)
        if row.kind != kind:
            raise ValidationError("This is not a canned response; choose one from the list."
                                  if kind == rules.RESPONSE else
                                  "This is not an incident template; choose one from the list.")
        return row

    def _prefill(self, uow: UnitOfWork, draft: TemplateDraft, fields: dict[str, str]
                 ) -> dict[str, Any]:
        if draft.service_id is not None and uow.session.get(Service, draft.service_id) is None:
            fields["service_id"] = "This service no longer exists; choose another or none."
        if draft.assign_team_id is not None and uow.session.get(
                Team, draft.assign_team_id) is None:
            fields["assign_team_id"] = "This team no longer exists; choose another or none."
        out: dict[str, Any] = {}
        if draft.category.strip():
            out["category"] = draft.category.strip()
        if draft.service_id is not None:
            out["service_id"] = str(draft.service_id)
        if draft.impact is not None:
            out["impact"] = int(draft.impact)
        if draft.urgency is not None:
            out["urgency"] = int(draft.urgency)
        if draft.assign_team_id is not None:
            out["assign_team_id"] = str(draft.assign_team_id)
        return out

    def _dtos(self, uow: UnitOfWork, rows: Sequence[WorkTemplate]) -> list[TemplateDTO]:
        ids: list[uuid.UUID | None] = []
        for r in rows:
            f = r.fields or {}
            ids += [r.team_id, _uuid(f.get("service_id")), _uuid(f.get("assign_team_id"))]
        names = TemplateRepository(uow.session).names(ids)
        out = []
        for r in rows:
            f = r.fields or {}
            service_id, assign = _uuid(f.get("service_id")), _uuid(f.get("assign_team_id"))
            out.append(TemplateDTO(
                r.id, r.version, r.kind, r.name, r.title or "", r.body or "", r.owner_id,
                r.team_id, names.get(r.team_id, "") if r.team_id else "",
                str(f.get("category") or ""), service_id,
                names.get(service_id, "") if service_id else "", f.get("impact"),
                f.get("urgency"), assign, names.get(assign, "") if assign else ""))
        return out


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None
