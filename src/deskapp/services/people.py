"""Callers and organisations: find, edit, and merge the duplicates a busy desk creates.

Edits are version-checked like every other record (``ConflictError`` carries the saved state).
Merging two callers moves every live incident to the kept caller, with a ticket event per
incident, and tombstones the other caller, all in one transaction; merging two organisations
moves their callers and departments the same way (a department whose name the kept
organisation already has is folded into that one).

Caller events use the field ``caller_id`` with the two callers' ids, as an edit on the incident
form does: one history, one format, and the History tab shows both names.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskapp.db.base import utcnow
from deskapp.db.models import Organisation, Person, TicketEvent
from deskapp.domain.ids import new_id
from deskapp.domain.incident import validate_text
from deskapp.domain.permissions import Decision
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit
from deskapp.services.authorization import Action, Resource, decision, require
from deskapp.services.dto import Actor, CallerDTO, Changes
from deskapp.services.reference import (
    ORGANISATION_MAX,
    CallerDraft,
    DuplicateCallerError,
    caller_dto,
    caller_errors,
    duplicate_message,
    find_duplicates,
    normalise_name,
    organisation_named,
)

Clock = Callable[[], datetime]
#: The people window lists at most this many matches; typing narrows them.
LIST_LIMIT = 200


@dataclass(frozen=True)
class ErasePreview:
    full_name: str
    email: str
    phone: str
    incidents: int  # they keep pointing at the record, now anonymised
    new_name: str


@dataclass(frozen=True)
class CallerLine:
    """A caller in the people window, with how many live incidents name them."""

    caller: CallerDTO
    incidents: int


@dataclass(frozen=True)
class OrganisationDTO:
    id: uuid.UUID
    version: int
    name: str
    people: int = 0
    departments: int = 0


@dataclass(frozen=True)
class MergePreview:
    """What a merge would move: incidents (callers), or callers and departments (organisations)."""

    kept: str
    merged: str
    incidents: int = 0
    people: int = 0
    departments: int = 0


@dataclass(frozen=True)
class MergeResult:
    preview: MergePreview
    changes: Changes


class PeopleService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self.actor = actor
        self._clock = clock

    # -- callers ------------------------------------------------------------------------------
    def callers(self, text: str = "", limit: int = LIST_LIMIT) -> list[CallerLine]:
        with self._uow(read_only=True) as uow:
            return [CallerLine(caller_dto(p, org, _manager(uow, p)), n)
                    for p, org, n in uow.people.callers_with_counts(text, limit)]

    def caller(self, caller_id: uuid.UUID) -> CallerDTO:
        with self._uow(read_only=True) as uow:
            person = _live_person(uow, caller_id)
            return _dto(uow, person)

    def update_caller(self, caller_id: uuid.UUID, expected_version: int,
                      draft: CallerDraft) -> CallerDTO:
        """Save a caller's name, e-mail, phone and organisation (matched by name, created when
        new). A likely duplicate of another caller not in ``draft.accepted_duplicates`` raises
        :class:`DuplicateCallerError`: merging is usually the better answer."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        fields = caller_errors(draft)
        if fields:
            raise ValidationError.for_fields(fields)
        with self._uow() as uow:
            person = _live_person(uow, caller_id)
            _check_version(person.version, expected_version, lambda: _dto(uow, person))
            existing = tuple(c for c in find_duplicates(uow, draft, exclude=caller_id)
                             if c.id not in draft.accepted_duplicates)
            if existing:
                raise DuplicateCallerError(duplicate_message(draft, existing), existing)
            organisation = organisation_named(uow, draft.organisation.strip())
            person.full_name = normalise_name(draft.full_name)
            person.email = draft.email.strip() or None
            person.phone = draft.phone.strip() or None
            new_org = organisation.id if organisation else None
            if new_org != person.organisation_id:
                person.organisation_id = new_org
                person.department_id = None  # a department belongs to the old organisation
            if draft.set_manager:
                person.manager_id = _checked_manager(uow, person, draft.manager_id)
            person.updated_at = self._clock()
            uow.flush()
            dto = caller_dto(person, organisation.name if organisation else None,
                             _manager(uow, person))
            uow.commit()
            return dto

    def caller_merge_preview(self, keep_id: uuid.UUID, merge_id: uuid.UUID) -> MergePreview:
        with self._uow(read_only=True) as uow:
            keep, merge = _merge_pair(uow, keep_id, merge_id)
            return MergePreview(_who(keep), _who(merge),
                                incidents=len(uow.people.incident_ids_of(merge_id)))

    def merge_callers(self, keep: CallerDTO, merge: CallerDTO) -> MergeResult:
        """Move every live incident of ``merge`` to ``keep`` (an event each) and remove
        ``merge``, in one transaction; both must still be at the versions the person saw."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        now = self._clock()
        with self._uow() as uow:
            kept, merged = _merge_pair(uow, keep.id, merge.id)
            for person, seen in ((kept, keep), (merged, merge)):
                if person.version != seen.version:
                    raise ConflictError(CONFLICT_MESSAGE, theirs=_dto(uow, person))
            ids = uow.people.incident_ids_of(merged.id)
            uow.people.move_incidents(ids, kept.id, now)
            for incident_id in ids:
                uow.work_items.add_event(TicketEvent(
                    id=new_id(), ticket_kind="INC", ticket_id=incident_id,
                    actor_id=self.actor.staff_id, occurred_at=now, field="caller_id",
                    old_value=str(merged.id), new_value=str(kept.id)))
            # the merged caller's reports now report to the kept one
            uow.people.move_reports(merged.id, kept.id, now)
            if kept.manager_id == merged.id:
                kept.manager_id = None
            merged.deleted_at = now
            merged.updated_at = now
            preview = MergePreview(_who(kept), _who(merged), incidents=len(ids))
            uow.flush()
            uow.commit()
            return MergeResult(preview, Changes("incident", frozenset(ids)))

    # -- erasure (privacy law) ----------------------------------------------------------------
    def may_erase(self) -> Decision:
        return decision(self.actor, Action.ERASE, Resource.PERSON)

    def erase_preview(self, caller_id: uuid.UUID) -> ErasePreview:
        """What erasing the caller removes, for the confirmation the person reads first."""
        with self._uow(read_only=True) as uow:
            person = _live_person(uow, caller_id)
            return ErasePreview(person.full_name, person.email or "", person.phone or "",
                                len(uow.people.incident_ids_of(person.id)),
                                erased_name(person.id))

    def erase(self, caller_id: uuid.UUID, expected_version: int) -> CallerDTO:
        """Anonymise a caller (a privacy-law erasure request): name, e-mail and phone are
        replaced, the record keeps its id so every incident and event stays as it was, and an
        audit event records the erasure (without the erased values)."""
        require(self.actor, Action.ERASE, Resource.PERSON)
        with self._uow() as uow:
            person = _live_person(uow, caller_id)
            _check_version(person.version, expected_version, lambda: _dto(uow, person))
            person.full_name = erased_name(person.id)
            person.email = None
            person.phone = None
            person.vip = False
            person.updated_at = self._clock()
            audit(uow, self.actor, "person", person.id, person.full_name, None, None,
                  action="erased")
            uow.flush()
            dto = _dto(uow, person)
            uow.commit()
            return dto

    # -- organisations ------------------------------------------------------------------------
    def organisations(self, text: str = "", limit: int = LIST_LIMIT) -> list[OrganisationDTO]:
        with self._uow(read_only=True) as uow:
            return [OrganisationDTO(o.id, o.version, o.name, p, d)
                    for o, p, d in uow.people.organisations_with_counts(text, limit)]

    def update_organisation(self, organisation_id: uuid.UUID, expected_version: int,
                            name: str) -> OrganisationDTO:
        require(self.actor, Action.EDIT, Resource.PERSON)
        fields: dict[str, str] = {}
        text = validate_text(fields, "name", name, label="Name", required=True,
                             limit=ORGANISATION_MAX) or ""
        if fields:
            raise ValidationError.for_fields(fields)
        with self._uow() as uow:
            org = _live_organisation(uow, organisation_id)
            _check_version(org.version, expected_version,
                           lambda: OrganisationDTO(org.id, org.version, org.name))
            holder = uow.people.organisation_by_name(text)
            if holder is not None and holder.id != org.id:
                where = "A removed organisation" if holder.deleted_at else "Another organisation"
                raise ValidationError.for_fields({"name": (
                    f"{where} is named '{holder.name}'; choose another name, or merge the two.")})
            org.name = text
            org.updated_at = self._clock()
            uow.flush()
            dto = OrganisationDTO(org.id, org.version, org.name)
            uow.commit()
            return dto

    def organisation_merge_preview(self, keep_id: uuid.UUID,
                                   merge_id: uuid.UUID) -> MergePreview:
        with self._uow(read_only=True) as uow:
            keep, merge = _organisation_pair(uow, keep_id, merge_id)
            return MergePreview(keep.name, merge.name,
                                people=len(uow.people.people_of(merge_id)),
                                departments=len(uow.people.departments_of(merge_id)))

    def merge_organisations(self, keep: OrganisationDTO,
                            merge: OrganisationDTO) -> MergeResult:
        """Move the callers and departments of ``merge`` to ``keep`` and remove ``merge``, in
        one transaction. A department whose name ``keep`` already has is folded into that one
        (its callers move to it and it is removed)."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        now = self._clock()
        with self._uow() as uow:
            kept, merged = _organisation_pair(uow, keep.id, merge.id)
            for org, seen in ((kept, keep), (merged, merge)):
                if org.version != seen.version:
                    raise ConflictError(CONFLICT_MESSAGE,
                                        theirs=OrganisationDTO(org.id, org.version, org.name))
            people = len(uow.people.people_of(merged.id))
            theirs = {d.name.lower(): d
                      for d in uow.people.departments_of(kept.id, removed_too=True)}
            departments = uow.people.departments_of(merged.id)
            for department in departments:
                same = theirs.get(department.name.lower())
                if same is not None and same.deleted_at is not None:
                    raise ValidationError(
                        msg("{kept_name} has a removed department named '{same_name}'; rename "
                            "the department of {merged_name} first, then merge.",
                            kept_name=kept.name, same_name=same.name, merged_name=merged.name))
                if same is None:
                    department.organisation_id = kept.id
                    department.updated_at = now
                else:
                    uow.people.move_department_people(department.id, same.id, now)
                    department.deleted_at = now
                    department.updated_at = now
            uow.flush()  # departments first: a caller's department then matches its organisation
            uow.people.move_people(merged.id, kept.id, now)
            merged.deleted_at = now
            merged.updated_at = now
            preview = MergePreview(kept.name, merged.name, people=people,
                                   departments=len(departments))
            uow.flush()
            uow.commit()
            return MergeResult(preview, Changes("organisation", frozenset({kept.id, merged.id})))


def erased_name(person_id: uuid.UUID) -> str:
    """What an erased caller is called: nothing personal, still telling two apart."""
    return f"Erased person {person_id.hex[-6:]}"


def _check_version(stored: int, expected: int, theirs: Callable[[], object]) -> None:
    if stored != expected:
        raise ConflictError(CONFLICT_MESSAGE, theirs=theirs())


def _live_person(uow: UnitOfWork, caller_id: uuid.UUID) -> Person:
    person = uow.people.get(caller_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("That caller no longer exists (perhaps merged into another); search "
                       "again.")
    return person


def _live_organisation(uow: UnitOfWork, organisation_id: uuid.UUID) -> Organisation:
    org = uow.people.organisation(organisation_id)
    if org is None or org.deleted_at is not None:
        raise NotFound("That organisation no longer exists (perhaps merged into another); "
                       "search again.")
    return org


def _who(person: Person) -> str:
    """A caller as a merge names them: namesakes are often what is being merged."""
    return f"{person.full_name} ({person.email})" if person.email else person.full_name


def _dto(uow: UnitOfWork, person: Person) -> CallerDTO:
    org = uow.people.organisation_of(person)
    return caller_dto(person, org.name if org else None, _manager(uow, person))


def _manager(uow: UnitOfWork, person: Person) -> Person | None:
    manager = uow.people.get(person.manager_id) if person.manager_id else None
    return manager if manager is not None and manager.deleted_at is None else None


#: Reporting lines longer than this are taken for a loop (no organisation is this deep).
MANAGER_CHAIN_MAX = 50


def _checked_manager(uow: UnitOfWork, person: Person,
                     manager_id: uuid.UUID | None) -> uuid.UUID | None:
    """A caller's new manager: a live caller other than themselves, not reporting to them."""
    if manager_id is None:
        return None
    if manager_id == person.id:
        raise ValidationError("A caller cannot be their own manager; pick someone else.",
                              {"manager_id": "Pick someone else."})
    manager = uow.people.get(manager_id)
    if manager is None or manager.deleted_at is not None:
        raise ValidationError("The chosen manager no longer exists (perhaps merged); pick "
                              "again.", {"manager_id": "Pick again."})
    current: Person | None = manager
    for _ in range(MANAGER_CHAIN_MAX):
        if current is None or current.manager_id is None:
            return manager_id
        if current.manager_id == person.id:
            raise ValidationError(
                msg("{full_name} already reports to {person} (directly or through others); "
                    "a manager cannot report to their own report.",
                    full_name=manager.full_name, person=person.full_name),
                {"manager_id": "That makes a loop."})
        current = uow.people.get(current.manager_id)
    raise ValidationError(msg("{full_name}'s reporting line goes round in a circle; correct it "
                              "first.", full_name=manager.full_name),
                              {"manager_id": "That makes a loop."})


def _merge_pair(uow: UnitOfWork, keep_id: uuid.UUID,
                merge_id: uuid.UUID) -> tuple[Person, Person]:
    if keep_id == merge_id:
        raise ValidationError("Choose two different callers to merge.")
    return _live_person(uow, keep_id), _live_person(uow, merge_id)


def _organisation_pair(uow: UnitOfWork, keep_id: uuid.UUID,
                       merge_id: uuid.UUID) -> tuple[Organisation, Organisation]:
    if keep_id == merge_id:
        raise ValidationError("Choose two different organisations to merge.")
    return _live_organisation(uow, keep_id), _live_organisation(uow, merge_id)
