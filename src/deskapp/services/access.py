"""Access management (Service Operation): systems and entitlements, and who holds what.

Grants are recorded here (an access request's fulfilment calls :func:`record_grant` inside its
own transaction; an imported or found grant is recorded directly and flagged as unrequested),
revoked by :func:`revoke_grants` when a revocation is done, and read per person, per system,
by expiry (a queue) and without a request. Every change to a grant writes a line of its
history; systems and entitlements write the audit trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.db.base import utcnow
from deskapp.db.models import (
    AccessGrant,
    AccessGrantEvent,
    AccessSystem,
    Entitlement,
    WorkItem,
)
from deskapp.domain.access import (
    EXPIRY_LEAD,
    NOTE_MAX,
    EntitlementKind,
    GrantFacts,
    Source,
    SystemUse,
    check_grant,
    check_name,
    check_retirable,
)
from deskapp.domain.ids import new_id
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import mark, msg
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Choice
from deskapp.services.work_items import Clock

_SYSTEM_FIELDS = ("name", "description", "ci_id", "owner_id", "team_id", "retired_at")
_ENTITLEMENT_FIELDS = ("system_id", "name", "kind", "description", "approval_required",
                       "retired_at")


@dataclass(frozen=True)
class SystemDTO:
    id: uuid.UUID
    version: int
    name: str
    description: str
    ci: Choice | None
    owner: Choice | None
    team: Choice | None
    entitlements: int
    holders: int
    retired: bool


@dataclass(frozen=True)
class EntitlementDTO:
    id: uuid.UUID
    version: int
    system_id: uuid.UUID
    system: str
    name: str
    kind: str
    description: str
    approval_required: bool
    retired: bool

    @property
    def label(self) -> str:
        return f"{self.system}: {self.name}"


@dataclass(frozen=True)
class GrantDTO:
    id: uuid.UUID
    person: Choice
    system: Choice
    entitlement: Choice
    entitlement_kind: str
    granted_at: datetime
    granted_by: str | None
    request_number: str | None  # None: imported or found (flagged)
    request_id: uuid.UUID | None
    source: str
    expires_at: datetime | None
    revocation_number: str | None  # the open revocation, if any
    revoked_at: datetime | None
    revoked_by: str | None
    revoke_reason: str | None
    note: str | None
    person_left: bool

    @property
    def unrequested(self) -> bool:
        return self.request_number is None

    @property
    def label(self) -> str:
        return f"{self.person.label}: {self.system.label} / {self.entitlement.label}"


@dataclass(frozen=True)
class GrantEventDTO:
    occurred_at: datetime
    actor: str | None
    what: str
    detail: str | None


@dataclass(frozen=True)
class SystemDraft:
    name: str
    description: str = ""
    ci_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None


@dataclass(frozen=True)
class EntitlementDraft:
    system_id: uuid.UUID
    name: str
    kind: str = EntitlementKind.ROLE.value
    description: str = ""
    approval_required: bool = True


class AccessService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock

    # -- systems and entitlements ---------------------------------------------------------
    def systems(self, *, retired: bool = False) -> list[SystemDTO]:
        with self._uow(read_only=True) as uow:
            holders = uow.access.holders()
            counts: dict[uuid.UUID, int] = {}
            for e in uow.access.entitlements():
                counts[e.system_id] = counts.get(e.system_id, 0) + 1
            return [self._system_dto(uow, s, counts.get(s.id, 0), holders.get(s.id, 0))
                    for s in uow.access.systems(retired=retired)]

    def entitlements(self, system_id: uuid.UUID | None = None) -> list[EntitlementDTO]:
        with self._uow(read_only=True) as uow:
            names = {s.id: s.name for s in uow.access.systems(retired=True)}
            return [_entitlement_dto(e, names.get(e.system_id, ""))
                    for e in uow.access.entitlements(system_id)]

    def save_system(self, draft: SystemDraft, system_id: uuid.UUID | None = None,
                    expected_version: int | None = None) -> SystemDTO:
        """Add a system, or change one (``system_id``); the name must be free."""
        require(self._actor, Action.CREATE if system_id is None else Action.EDIT,
                Resource.ACCESS_SYSTEM)
        name = check_name(draft.name, mark("system"))
        with self._uow() as uow:
            same = uow.access.system_named(name)
            if same is not None and same.id != system_id:
                raise ValidationError(msg("A system called {name} already exists; choose "
                                          "another name.", name=same.name), {"name": "taken"})
            if draft.owner_id is not None and uow.staff.get(draft.owner_id) is None:
                raise ValidationError("The chosen owner is not a staff member; pick another.",
                                      {"owner_id": "unknown"})
            if draft.team_id is not None and uow.staff.team(draft.team_id) is None:
                raise ValidationError("The chosen team no longer exists; pick another.",
                                      {"team_id": "unknown"})
            if draft.ci_id is not None and uow.catalog.ci(draft.ci_id) is None:
                raise ValidationError("The chosen CI no longer exists; pick another.",
                                      {"ci_id": "unknown"})
            if system_id is None:
                row = AccessSystem(id=new_id())
                before = None
                uow.access.add(row)
            else:
                found = uow.access.system(system_id)
                if found is None:
                    raise NotFound("That system no longer exists; refresh the list.")
                row = found
                _check_version(row.version, expected_version)
                before = snapshot(row, _SYSTEM_FIELDS)
            row.name, row.description = name, draft.description.strip() or None
            row.ci_id, row.owner_id, row.team_id = draft.ci_id, draft.owner_id, draft.team_id
            uow.flush()
            audit(uow, self._actor, "access_system", row.id, row.name, before,
                  snapshot(row, _SYSTEM_FIELDS))
            dto = self._system_dto(uow, row, len(uow.access.entitlements(row.id)),
                                   uow.access.holders().get(row.id, 0))
            uow.commit()
            return dto

    def system_use(self, system_id: uuid.UUID) -> SystemUse:
        """What still depends on a system (the retire question shows it before asking)."""
        with self._uow(read_only=True) as uow:
            return _system_use(uow, _live_system(uow, system_id))

    def retire_system(self, system_id: uuid.UUID, expected_version: int) -> SystemDTO:
        """Stop offering a system: refused while anyone holds access on it, an access request
        asks for it or a catalogue offering grants it (a sentence says which and how many).
        Its grants' history stays; it no longer shows in the pickers."""
        return self._set_retired(system_id, expected_version, retire=True)

    def restore_system(self, system_id: uuid.UUID, expected_version: int) -> SystemDTO:
        """Take a retired system back into use."""
        return self._set_retired(system_id, expected_version, retire=False)

    def _set_retired(self, system_id: uuid.UUID, expected_version: int, *,
                     retire: bool) -> SystemDTO:
        require(self._actor, Action.EDIT, Resource.ACCESS_SYSTEM)
        now = self._clock()
        with self._uow() as uow:
            row = _live_system(uow, system_id)
            _check_version(row.version, expected_version)
            if retire and row.retired_at is not None:
                raise ValidationError(msg("{name} is retired already.", name=row.name))
            if not retire and row.retired_at is None:
                raise ValidationError(msg("{name} is in use already.", name=row.name))
            if retire:
                check_retirable(_system_use(uow, row))
            before = snapshot(row, _SYSTEM_FIELDS)
            row.retired_at = now if retire else None
            uow.flush()
            audit(uow, self._actor, "access_system", row.id, row.name, before,
                  snapshot(row, _SYSTEM_FIELDS), action="retired" if retire else "restored")
            dto = self._system_dto(uow, row, len(uow.access.entitlements(row.id)),
                                   uow.access.holders().get(row.id, 0))
            uow.commit()
            return dto

    def save_entitlement(self, draft: EntitlementDraft,
                         entitlement_id: uuid.UUID | None = None,
                         expected_version: int | None = None) -> EntitlementDTO:
        require(self._actor, Action.CREATE if entitlement_id is None else Action.EDIT,
                Resource.ACCESS_SYSTEM)
        name = check_name(draft.name, mark("entitlement"))
        try:
            kind = EntitlementKind(draft.kind)
        except ValueError:
            raise ValidationError("Choose role, group or licence.", {"kind": "unknown"}) from None
        with self._uow() as uow:
            system = uow.access.system(draft.system_id)
            if system is None:
                raise ValidationError("The chosen system no longer exists; pick another.",
                                      {"system_id": "unknown"})
            same = uow.access.entitlement_named(system.id, name)
            if same is not None and same.id != entitlement_id:
                raise ValidationError(msg("{system} already has an entitlement called {name}; "
                                          "choose another name.", system=system.name,
                                          name=same.name), {"name": "taken"})
            if entitlement_id is None:
                row = Entitlement(id=new_id())
                before = None
                uow.access.add(row)
            else:
                found = uow.access.entitlement(entitlement_id)
                if found is None:
                    raise NotFound("That entitlement no longer exists; refresh the list.")
                row = found
                _check_version(row.version, expected_version)
                before = snapshot(row, _ENTITLEMENT_FIELDS)
            row.system_id, row.name, row.kind = system.id, name, kind.value
            row.description = draft.description.strip() or None
            row.approval_required = draft.approval_required
            uow.flush()
            audit(uow, self._actor, "entitlement", row.id, f"{system.name}: {row.name}", before,
                  snapshot(row, _ENTITLEMENT_FIELDS))
            dto = _entitlement_dto(row, system.name)
            uow.commit()
            return dto

    # -- grants ---------------------------------------------------------------------------
    def add_unrequested_grant(self, person_id: uuid.UUID, entitlement_id: uuid.UUID,
                              source: str = Source.FOUND.value,
                              expires_at: datetime | None = None, note: str = "") -> GrantDTO:
        """Record access someone already holds without a request (imported from the system,
        or found in it): it shows flagged until a review confirms or revokes it."""
        require(self._actor, Action.CREATE, Resource.ACCESS)
        if source not in (Source.IMPORT, Source.FOUND):
            raise ValidationError("An unrequested grant is imported or found.",
                                  {"source": "unknown"})
        if len(note) > NOTE_MAX:
            raise ValidationError(msg("Shorten the note to {limit} characters.", limit=NOTE_MAX),
                                  {"note": "too long"})
        now = self._clock()
        with self._uow() as uow:
            grant = record_grant(uow, self._actor, person_id, entitlement_id, now,
                                 expires_at=expires_at, source=Source(source), request=None,
                                 note=note.strip() or None)
            uow.flush()
            dto = grant_dto(uow, grant)
            uow.commit()
            return dto

    def grants_of_person(self, person_id: uuid.UUID, *,
                         revoked: bool = False) -> list[GrantDTO]:
        with self._uow(read_only=True) as uow:
            return [grant_dto(uow, g) for g in uow.access.grants(person_id=person_id,
                                                                 revoked=revoked)]

    def grants_on_system(self, system_id: uuid.UUID, *,
                         revoked: bool = False) -> list[GrantDTO]:
        with self._uow(read_only=True) as uow:
            return [grant_dto(uow, g) for g in uow.access.grants(system_id=system_id,
                                                                 revoked=revoked)]

    def expiring(self, within: timedelta = timedelta(days=30)) -> list[GrantDTO]:
        """Live grants expiring within ``within`` (or already expired), the soonest first."""
        with self._uow(read_only=True) as uow:
            return [grant_dto(uow, g) for g in uow.access.grants(
                expiring_before=self._clock() + within)]

    def unrequested(self) -> list[GrantDTO]:
        """Live grants no request stands behind (imported or found): flagged for a review."""
        with self._uow(read_only=True) as uow:
            return [grant_dto(uow, g) for g in uow.access.grants(unrequested=True)]

    def grant(self, grant_id: uuid.UUID) -> GrantDTO:
        with self._uow(read_only=True) as uow:
            found = uow.access.grant(grant_id)
            if found is None:
                raise NotFound("That grant does not exist; refresh the list.")
            return grant_dto(uow, found)

    def history(self, grant_id: uuid.UUID) -> list[GrantEventDTO]:
        with self._uow(read_only=True) as uow:
            names: dict[uuid.UUID, str] = {}
            out = []
            for e in uow.access.history(grant_id):
                actor = None
                if e.actor_id is not None:
                    if e.actor_id not in names:
                        staff = uow.staff.get(e.actor_id)
                        names[e.actor_id] = staff.full_name if staff else ""
                    actor = names[e.actor_id] or None
                out.append(GrantEventDTO(e.occurred_at, actor, e.what, e.detail))
            return out

    def departments(self) -> list[Choice]:
        """Departments with their organisation, for a department review."""
        with self._uow(read_only=True) as uow:
            return [Choice(d.id, d.name, org) for d, org in uow.access.departments()]

    def choices(self) -> tuple[list[Choice], list[Choice], list[Choice]]:
        """(staff, teams, CIs) for the system editor."""
        with self._uow(read_only=True) as uow:
            return ([Choice(s.id, s.full_name, s.username) for s in uow.staff.active()],
                    [Choice(t.id, t.name) for t in uow.staff.teams()],
                    [Choice(c.id, c.name) for c in uow.catalog.cis()])

    def _system_dto(self, uow: UnitOfWork, s: AccessSystem, entitlements: int,
                    holders: int) -> SystemDTO:
        owner = uow.staff.get(s.owner_id) if s.owner_id else None
        team = uow.staff.team(s.team_id) if s.team_id else None
        ci = uow.catalog.ci(s.ci_id) if s.ci_id else None
        return SystemDTO(s.id, s.version, s.name, s.description or "",
                         Choice(ci.id, ci.name) if ci else None,
                         Choice(owner.id, owner.full_name) if owner else None,
                         Choice(team.id, team.name) if team else None,
                         entitlements, holders, s.retired_at is not None)


# -- used inside other services' transactions ----------------------------------------------

def record_grant(uow: UnitOfWork, actor: Actor, person_id: uuid.UUID,
                 entitlement_id: uuid.UUID, now: datetime, *, expires_at: datetime | None,
                 source: Source, request: WorkItem | None,
                 note: str | None = None) -> AccessGrant:
    """Check and add a grant inside ``uow`` (not committed here): a leaver, a duplicate, a
    retired entitlement or an expiry before the start is refused with a sentence."""
    person = uow.people.get(person_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError("That person no longer exists; pick another.",
                              {"person_id": "unknown"})
    entitlement = uow.access.entitlement(entitlement_id)
    system = uow.access.system(entitlement.system_id) if entitlement else None
    if entitlement is None or system is None:
        raise ValidationError("That entitlement no longer exists; pick another.",
                              {"entitlement_id": "unknown"})
    label = f"{system.name}: {entitlement.name}"
    check_grant(GrantFacts(person.full_name, person.left_at, label,
                           entitlement.retired_at is None and system.retired_at is None,
                           uow.access.live_grant(person.id, entitlement.id) is not None),
                now, expires_at)
    grant = AccessGrant(id=new_id(), person_id=person.id, entitlement_id=entitlement.id,
                        system_id=system.id, granted_at=now, granted_by_id=actor.staff_id,
                        request_id=request.id if request else None, source=source.value,
                        expires_at=expires_at, note=note, created_at=now, updated_at=now)
    uow.access.add(grant)
    uow.flush()
    detail = f"{label} to {person.full_name}"
    if request is not None:
        detail += f" by {request.number}"
    elif source is not Source.REQUEST:
        detail += f" ({source.value}, no request)"
    if expires_at is not None:
        detail += f", until {expires_at:%Y-%m-%d}"
    grant_event(uow, actor, grant, "granted", detail, now)
    return grant


def grant_event(uow: UnitOfWork, actor: Actor | None, grant: AccessGrant, what: str,
                detail: str | None, now: datetime) -> None:
    uow.access.add(AccessGrantEvent(id=new_id(), grant_id=grant.id, occurred_at=now,
                                    actor_id=actor.staff_id if actor else None, what=what,
                                    detail=detail))


def grant_dto(uow: UnitOfWork, g: AccessGrant) -> GrantDTO:
    person = uow.people.get(g.person_id)
    system = uow.session.get(AccessSystem, g.system_id)
    entitlement = uow.session.get(Entitlement, g.entitlement_id)
    request = uow.session.get(WorkItem, g.request_id) if g.request_id else None
    revocation = uow.session.get(WorkItem, g.revoke_item_id) if g.revoke_item_id else None
    granter = uow.staff.get(g.granted_by_id) if g.granted_by_id else None
    revoker = uow.staff.get(g.revoked_by_id) if g.revoked_by_id else None
    now = utcnow()
    return GrantDTO(
        id=g.id, person=Choice(g.person_id, person.full_name if person else "?",
                               person.email or "" if person else ""),
        system=Choice(g.system_id, system.name if system else "?"),
        entitlement=Choice(g.entitlement_id, entitlement.name if entitlement else "?"),
        entitlement_kind=entitlement.kind if entitlement else "",
        granted_at=g.granted_at, granted_by=granter.full_name if granter else None,
        request_number=request.number if request else None, request_id=g.request_id,
        source=g.source,
        expires_at=g.expires_at,
        revocation_number=revocation.number if revocation and g.revoked_at is None else None,
        revoked_at=g.revoked_at, revoked_by=revoker.full_name if revoker else None,
        revoke_reason=g.revoke_reason, note=g.note,
        person_left=bool(person and person.left_at and person.left_at <= now))


def _live_system(uow: UnitOfWork, system_id: uuid.UUID) -> AccessSystem:
    found = uow.access.system(system_id)
    if found is None:
        raise NotFound("That system no longer exists; refresh the list.")
    return found


def _system_use(uow: UnitOfWork, s: AccessSystem) -> SystemUse:
    return SystemUse(s.name, uow.access.holders().get(s.id, 0),
                     tuple(uow.access.open_grant_requests(s.id)),
                     tuple(uow.access.offerings_granting(s.id)))


def _entitlement_dto(e: Entitlement, system: str) -> EntitlementDTO:
    return EntitlementDTO(e.id, e.version, e.system_id, system, e.name, e.kind,
                          e.description or "", e.approval_required, e.retired_at is not None)


def _check_version(current: int, expected: int | None) -> None:
    if expected is not None and current != expected:
        raise ConflictError(CONFLICT_MESSAGE)


__all__ = ["EXPIRY_LEAD", "AccessService", "EntitlementDTO", "EntitlementDraft",
           "GrantDTO", "GrantEventDTO", "SystemDTO", "SystemDraft", "SystemUse", "grant_dto",
           "grant_event", "record_grant"]
