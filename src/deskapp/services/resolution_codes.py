"""Resolution codes (Service Design): the list a resolved incident's code is chosen from.

A ticket stores the code, so a code never changes once made; its label, description, place in
the list and whether it is offered can. Retiring a code only stops offering it: tickets that
carry it keep it and still show its label. The incident service refuses codes that are not in
the list or are retired.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from deskapp.db.models import ResolutionCode
from deskapp.domain.incident import resolution_code_problems
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.resolution_codes import ResolutionCodeRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Changes

KIND = "resolution_code"
AUDITED = ("code", "label", "description", "active", "sort_order")


@dataclass(frozen=True)
class ResolutionCodeDTO:
    id: uuid.UUID
    version: int
    code: str
    label: str
    description: str
    active: bool
    sort_order: int


@dataclass(frozen=True)
class ResolutionCodeDraft:
    """What the editor sends. ``id``/``version`` are None for a new code; ``code`` is ignored
    for an existing one (tickets store it)."""

    code: str
    label: str
    description: str = ""
    active: bool = True
    sort_order: int = 0
    id: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True)
class SavedCode:
    record: ResolutionCodeDTO
    changes: Changes


class ResolutionCodeService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def codes(self) -> list[ResolutionCodeDTO]:
        """The whole list, retired codes last (the editor's list, and labels for old items)."""
        with self._uow(read_only=True) as uow:
            return [_dto(c) for c in ResolutionCodeRepository(uow.session).all()]

    def active(self) -> list[ResolutionCodeDTO]:
        """The codes a person may choose when resolving, in the list's order."""
        return [c for c in self.codes() if c.active]

    def get(self, code_id: uuid.UUID) -> ResolutionCodeDTO:
        with self._uow(read_only=True) as uow:
            found = ResolutionCodeRepository(uow.session).get(code_id)
            if found is None:
                raise NotFound("This resolution code no longer exists; reload the list.")
            return _dto(found)

    def save(self, draft: ResolutionCodeDraft) -> SavedCode:
        require(self._actor, Action.CREATE if draft.id is None else Action.EDIT, Resource.SLA)
        with self._uow() as uow:
            repo = ResolutionCodeRepository(uow.session)
            existing = repo.get(draft.id) if draft.id is not None else None
            if draft.id is not None and existing is None:
                raise NotFound("This resolution code was deleted by someone else; reload the "
                               "list.")
            code = existing.code if existing is not None else draft.code.strip()
            label, description = draft.label.strip(), draft.description.strip()
            fields = resolution_code_problems(code, label, description, draft.sort_order)
            if "code" not in fields and existing is None:
                same = repo.same_code(code)
                if same is not None:
                    fields["code"] = (msg("The code '{code}' already exists; reactivate it or "
                                          "choose another code.", code=same.code))
            if "label" not in fields:
                same = repo.same_label(label)
                if same is not None and same.id != draft.id:
                    fields["label"] = (msg("The code '{code}' already reads '{same_label}'; "
                                           "choose another label.",
                                           code=same.code, same_label=same.label))
            if fields:
                raise ValidationError.for_fields(fields)
            before = snapshot(existing, AUDITED) if existing is not None else None
            if existing is None:
                record = ResolutionCode(code=code, label=label, description=description,
                                        active=draft.active, sort_order=draft.sort_order)
                repo.add(record)
            else:
                record = existing
                if draft.version is not None and record.version != draft.version:
                    raise ConflictError(CONFLICT_MESSAGE, _dto(record))
                record.label, record.description = label, description
                record.active, record.sort_order = draft.active, draft.sort_order
                record.updated_at = datetime.now(UTC)
            uow.flush()
            audit(uow, self._actor, KIND, record.id, record.code, before,
                  snapshot(record, AUDITED))
            result = _dto(record)
            uow.commit()
        return SavedCode(result, Changes(KIND, frozenset({result.id}), created=draft.id is None))

    def retire(self, code_id: uuid.UUID, version: int) -> SavedCode:
        """Stop offering a code; tickets that carry it keep it."""
        current = self.get(code_id)
        return self.save(ResolutionCodeDraft(
            current.code, current.label, current.description, False, current.sort_order,
            id=code_id, version=version))


def _dto(c: ResolutionCode) -> ResolutionCodeDTO:
    return ResolutionCodeDTO(c.id, c.version, c.code, c.label, c.description or "",
                             bool(c.active), c.sort_order)
