"""CI types and their attribute definitions (administrators).

A type's name is what its CIs carry (``config_items.ci_type``), so a type in use keeps its name
and is never removed; an unused type can be renamed or removed (a tombstone). Attribute
definitions are checked as a whole (:func:`deskapp.domain.cmdb.attribute_defs`); values CIs
already hold for a removed attribute stay stored and are dropped the next time the CI is saved.
Every change is in the audit trail ("ci_type").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import CiType
from deskapp.domain.cmdb import attribute_defs, check_type_name
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.cmdb import CmdbRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWorkFactory
from deskapp.services.audit import audit
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.cmdb_dto import CiTypeDTO
from deskapp.services.dto import Actor, Changes

DESCRIPTION_MAX = 500


class CiTypeService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def all(self) -> list[CiTypeDTO]:
        """Every live type with its attributes and how many CIs carry it, by name."""
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            counts = repo.type_counts()
            return [_dto(t, counts.get(t.name, 0)) for t in repo.ci_types()]

    def save(self, type_id: uuid.UUID | None, expected_version: int | None, name: str,
             description: str = "", attributes: Sequence[Any] = ()) -> CiTypeDTO:
        """Create (``type_id`` None) or change a type. Administrators only."""
        require(self._actor, Action.CREATE if type_id is None else Action.EDIT,
                Resource.CI_TYPE)
        clean_name = check_type_name(name)
        text = str(description or "").strip()
        if len(text) > DESCRIPTION_MAX:
            raise ValidationError(msg("Shorten the description to {description_max} characters "
                                      "or fewer.", description_max=DESCRIPTION_MAX),
                                      {"description": "too long"})
        defs = attribute_defs(list(attributes))
        stored = [d.as_json() for d in defs]
        with self._uow() as uow:
            repo = CmdbRepository(uow.session)
            counts = repo.type_counts()
            same = repo.ci_type_named(clean_name)
            current = None
            if type_id is not None:
                current = repo.ci_type(type_id)
                if current is None:
                    raise NotFound("That CI type no longer exists; refresh the list.")
                if current.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE,
                                        theirs=_dto(current, counts.get(current.name, 0)))
            if same is not None and same is not current:
                raise ValidationError(msg("There is already a CI type '{clean_name}'; choose "
                                          "another name.", clean_name=clean_name),
                                          {"name": "taken"})
            if current is not None and current.name != clean_name \
                    and counts.get(current.name, 0):
                raise ValidationError(
                    msg("{count} CI(s) have the type '{type_name}', so it keeps its "
                        "name; create a new type and move them instead.",
                        count=counts[current.name], type_name=current.name),
                        {"name": "in use"})
            before = None if current is None else _snap(current)
            if current is None:
                current = CiType(name=clean_name, description=text or None, attributes=stored)
                uow.session.add(current)
            else:
                current.name, current.description = clean_name, text or None
                current.attributes = stored
            uow.flush()
            audit(uow, self._actor, "ci_type", current.id, current.name, before, _snap(current))
            result = _dto(current, counts.get(current.name, 0))
            uow.commit()
        return result

    def remove(self, type_id: uuid.UUID, expected_version: int) -> None:
        """Remove an unused type (a tombstone). A type CIs carry is refused."""
        require(self._actor, Action.EDIT, Resource.CI_TYPE)
        with self._uow() as uow:
            repo = CmdbRepository(uow.session)
            current = repo.ci_type(type_id)
            if current is None:
                raise NotFound("That CI type no longer exists; refresh the list.")
            if current.version != expected_version:
                raise ConflictError(CONFLICT_MESSAGE)
            used = repo.type_counts().get(current.name, 0)
            if used:
                raise ValidationError(msg("{used} CI(s) have the type '{current_name}'; give "
                                          "them another type before removing it.",
                                          used=used, current_name=current.name), {"name": "in use"})
            current.deleted_at = utcnow()
            uow.flush()
            audit(uow, self._actor, "ci_type", current.id, current.name, _snap(current), None)
            uow.commit()

    @staticmethod
    def changes(type_id: uuid.UUID, created: bool = False) -> Changes:
        return Changes("ci_type", frozenset({type_id}), created=created)


def _snap(t: CiType) -> dict[str, str | None]:
    return {"name": t.name, "description": t.description,
            "attributes": ", ".join(f"{a['label']} ({a['kind']})" for a in t.attributes or [])}


def _dto(t: CiType, in_use: int) -> CiTypeDTO:
    return CiTypeDTO(t.id, t.version, t.name, t.description or "",
                     attribute_defs(t.attributes or []), in_use)
