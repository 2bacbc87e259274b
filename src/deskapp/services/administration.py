"""Administration: staff, their roles, teams and team members, every change audited.

Admins manage everything; a supervisor manages the members of the teams they lead (the rule in
:mod:`deskapp.domain.permissions`). Logins and passwords on a shared PostgreSQL desk are the
database's business (``services.logins``); this manages the staff records the app acts on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from deskapp.db.base import utcnow
from deskapp.db.models import StaffUser, Team, TeamMember
from deskapp.domain.ids import new_id
from deskapp.domain.permissions import ROLE_LABELS, ROLES, Action, Decision, Resource, Role
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.administration import AdministrationRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import decision, require, team_target
from deskapp.services.dto import Actor
from deskapp.services.staff import FULL_NAME_MAX, USERNAME_MAX

TEAM_NAME_MAX = int(Team.__table__.c.name.type.length)  # type: ignore[attr-defined]
STAFF_FIELDS = ("username", "full_name", "email", "active")


@dataclass(frozen=True)
class StaffDTO:
    id: uuid.UUID
    version: int
    username: str
    full_name: str
    email: str
    active: bool
    roles: tuple[str, ...]
    teams: tuple[str, ...]


@dataclass(frozen=True)
class MemberDTO:
    staff_id: uuid.UUID
    username: str
    full_name: str
    is_lead: bool
    active: bool


@dataclass(frozen=True)
class TeamDTO:
    id: uuid.UUID
    version: int
    name: str
    members: tuple[MemberDTO, ...]
    hourly_rate: Decimal | None = None  # what an hour of the team's work costs (cost reports)


def role_choices() -> list[tuple[str, str]]:
    """(role, what a person reads) in the order the Staff tab shows the checkboxes."""
    return [(r.value, ROLE_LABELS[r]) for r in Role if r is not Role.MAIL_WORKER]


class AdministrationService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    # -- what the person may do (the window disables the rest, saying why) -------------------
    def can_manage_staff(self) -> Decision:
        return decision(self.actor, Action.MANAGE, Resource.STAFF)

    def can_manage_teams(self) -> Decision:
        """Create and rename teams (admins)."""
        return decision(self.actor, Action.MANAGE, Resource.TEAM)

    def can_manage_members(self, team_id: uuid.UUID) -> Decision:
        return decision(self.actor, Action.MANAGE, Resource.TEAM, team_target(team_id))

    # -- staff ---------------------------------------------------------------------------
    def staff(self) -> list[StaffDTO]:
        with self._uow(read_only=True) as uow:
            repo = AdministrationRepository(uow.session)
            roles = repo.roles_by_staff()
            names = {t.id: t.name for t in repo.teams()}
            out = []
            for s in repo.staff():
                teams = sorted(names[t] for t, _lead in repo.memberships(s.id) if t in names)
                out.append(_staff_dto(s, roles.get(s.id, set()), teams))
            return out

    def create_staff(self, username: str, full_name: str, roles: Iterable[str],
                     email: str = "") -> StaffDTO:
        require(self.actor, Action.MANAGE, Resource.STAFF)
        username, full_name, email = username.strip(), full_name.strip(), email.strip()
        chosen = _checked_roles(roles)
        _refuse_mail_worker(chosen)
        fields: dict[str, str] = {}
        if not username or len(username) > USERNAME_MAX:
            fields["username"] = msg("A username needs 1 to {n} characters.", n=USERNAME_MAX)
        if not full_name or len(full_name) > FULL_NAME_MAX:
            fields["full_name"] = msg("A name needs 1 to {n} characters.", n=FULL_NAME_MAX)
        with self._uow() as uow:
            if username and uow.staff.by_username(username) is not None:
                fields["username"] = msg("The username '{username}' is taken; choose another "
                                         "or enable that staff member.", username=username)
            if fields:
                raise ValidationError.for_fields(fields)
            staff = StaffUser(id=new_id(), username=username, full_name=full_name,
                              email=email or None, active=True)
            uow.staff.add(staff, chosen)
            uow.flush()
            audit(uow, self.actor, "staff", staff.id, username, None,
                  {**snapshot(staff, STAFF_FIELDS), "roles": ", ".join(sorted(chosen)) or None})
            dto = _staff_dto(staff, set(chosen), [])
            uow.commit()
            return dto

    def set_active(self, staff_id: uuid.UUID, active: bool) -> StaffDTO:
        """Disable (they can no longer start DeskApp on this desk) or enable a staff member."""
        require(self.actor, Action.MANAGE, Resource.STAFF)
        if staff_id == self.actor.staff_id and not active:
            raise ValidationError("You cannot disable yourself; ask another administrator.")
        with self._uow() as uow:
            staff = _live_staff(uow, staff_id)
            before = snapshot(staff, STAFF_FIELDS)
            staff.active = active
            staff.updated_at = utcnow()
            audit(uow, self.actor, "staff", staff.id, staff.username, before,
                  snapshot(staff, STAFF_FIELDS), action="enabled" if active else "disabled")
            return self._commit_staff(uow, staff)

    def set_roles(self, staff_id: uuid.UUID, roles: Iterable[str]) -> StaffDTO:
        require(self.actor, Action.MANAGE, Resource.STAFF)
        chosen = _checked_roles(roles)
        if staff_id == self.actor.staff_id and Role.ADMIN.value not in chosen \
                and self.actor.has_role(Role.ADMIN.value):
            raise ValidationError("You cannot take away your own administrator role; ask "
                                  "another administrator.", {"roles": "Keep Administrator."})
        with self._uow() as uow:
            staff = _live_staff(uow, staff_id)
            old = sorted(uow.staff.roles(staff.id))
            if old != chosen:
                _refuse_mail_worker([*old, *chosen])
            AdministrationRepository(uow.session).set_roles(staff.id, chosen)
            staff.updated_at = utcnow()  # a new version: two admins editing one person conflict
            audit(uow, self.actor, "staff", staff.id, staff.username,
                  {"roles": ", ".join(old) or None},
                  {"roles": ", ".join(sorted(chosen)) or None})
            return self._commit_staff(uow, staff)

    def _commit_staff(self, uow: UnitOfWork, staff: StaffUser) -> StaffDTO:
        uow.flush()
        repo = AdministrationRepository(uow.session)
        names = {t.id: t.name for t in repo.teams()}
        teams = sorted(names[t] for t, _lead in repo.memberships(staff.id) if t in names)
        dto = _staff_dto(staff, set(uow.staff.roles(staff.id)), teams)
        uow.commit()
        return dto

    # -- teams ---------------------------------------------------------------------------
    def teams(self) -> list[TeamDTO]:
        with self._uow(read_only=True) as uow:
            repo = AdministrationRepository(uow.session)
            return [_team_dto(repo, t) for t in repo.teams()]

    def team(self, team_id: uuid.UUID) -> TeamDTO:
        with self._uow(read_only=True) as uow:
            return _team_dto(AdministrationRepository(uow.session), _live_team(uow, team_id))

    def create_team(self, name: str) -> TeamDTO:
        require(self.actor, Action.MANAGE, Resource.TEAM)
        with self._uow() as uow:
            repo = AdministrationRepository(uow.session)
            team = Team(id=new_id(), name=_team_name(repo, name, None))
            uow.session.add(team)
            uow.flush()
            audit(uow, self.actor, "team", team.id, team.name, None, {"name": team.name})
            return self._commit_team(uow, team)

    def rename_team(self, team_id: uuid.UUID, expected_version: int, name: str) -> TeamDTO:
        require(self.actor, Action.MANAGE, Resource.TEAM)
        with self._uow() as uow:
            repo, team = _team_at(uow, team_id, expected_version)
            old = team.name
            team.name = _team_name(repo, name, team.id)
            audit(uow, self.actor, "team", team.id, team.name, {"name": old},
                  {"name": team.name})
            return self._commit_team(uow, team)

    def set_hourly_rate(self, team_id: uuid.UUID, expected_version: int,
                        rate: Decimal | float | str | None) -> TeamDTO:
        """The team's hourly rate for cost per service and per ticket (None: no rate; their
        time is then reported apart, never as free)."""
        require(self.actor, Action.MANAGE, Resource.TEAM)
        clean = _hourly_rate(rate)
        with self._uow() as uow:
            repo, team = _team_at(uow, team_id, expected_version)
            old = team.hourly_rate
            if old == clean:
                return _team_dto(repo, team)
            team.hourly_rate = clean
            audit(uow, self.actor, "team", team.id, team.name,
                  {"hourly_rate": None if old is None else str(old)},
                  {"hourly_rate": None if clean is None else str(clean)})
            return self._commit_team(uow, team)

    def add_member(self, team_id: uuid.UUID, staff_id: uuid.UUID, is_lead: bool = False
                   ) -> TeamDTO:
        require(self.actor, Action.MANAGE, Resource.TEAM, team_target(team_id))
        with self._uow() as uow:
            repo = AdministrationRepository(uow.session)
            team, staff = _live_team(uow, team_id), _live_staff(uow, staff_id)
            if repo.membership(team.id, staff.id) is not None:
                raise ValidationError(msg("{person} is already a member of {team}.",
                                          person=staff.full_name, team=team.name))
            repo.add_member(team.id, staff.id, is_lead)
            audit(uow, self.actor, "team", team.id, team.name, {"member": None},
                  {"member": staff.username}, action="member added")
            if is_lead:
                audit(uow, self.actor, "team", team.id, team.name, {"lead": None},
                      {"lead": staff.username}, action="lead set")
            return self._commit_team(uow, team)

    def remove_member(self, team_id: uuid.UUID, staff_id: uuid.UUID) -> TeamDTO:
        require(self.actor, Action.MANAGE, Resource.TEAM, team_target(team_id))
        with self._uow() as uow:
            team, staff, row = _membership(uow, team_id, staff_id)
            AdministrationRepository(uow.session).remove_member(row)
            audit(uow, self.actor, "team", team.id, team.name, {"member": staff.username},
                  {"member": None}, action="member removed")
            return self._commit_team(uow, team)

    def set_lead(self, team_id: uuid.UUID, staff_id: uuid.UUID, is_lead: bool) -> TeamDTO:
        require(self.actor, Action.MANAGE, Resource.TEAM, team_target(team_id))
        with self._uow() as uow:
            team, staff, row = _membership(uow, team_id, staff_id)
            if bool(row.is_lead) != is_lead:
                row.is_lead = is_lead
                audit(uow, self.actor, "team", team.id, team.name,
                      {"lead": staff.username if not is_lead else None},
                      {"lead": staff.username if is_lead else None},
                      action="lead set" if is_lead else "lead removed")
            return self._commit_team(uow, team)

    def _commit_team(self, uow: UnitOfWork, team: Team) -> TeamDTO:
        team.updated_at = utcnow()  # membership changes give the team a new version too
        uow.flush()
        dto = _team_dto(AdministrationRepository(uow.session), team)
        uow.commit()
        return dto


def _refuse_mail_worker(roles: Iterable[str]) -> None:
    """The mail worker's service login is made and kept by 'deskapp-admin mail login' only: a
    person never gets its role, and its record never gets another (docs/mail.md)."""
    if Role.MAIL_WORKER.value in roles:
        raise ValidationError("The mail worker role belongs to the mail worker's own login "
                              "only and is managed with 'deskapp-admin mail login'; nothing "
                              "was changed.", {"roles": "Managed by 'mail login'."})


def _checked_roles(roles: Iterable[str]) -> list[str]:
    chosen = sorted(set(roles))
    bad = [r for r in chosen if r not in ROLES]
    if bad:
        raise ValidationError(msg("Unknown role '{role}'; use {roles}.", role=bad[0],
                                  roles=", ".join(ROLES)),
                              {"roles": "Unknown role."})
    return chosen


def _team_name(repo: AdministrationRepository, name: str, own_id: uuid.UUID | None) -> str:
    name = name.strip()
    if not name or len(name) > TEAM_NAME_MAX:
        raise ValidationError(msg("A team name needs 1 to {n} characters.", n=TEAM_NAME_MAX),
                              {"name": msg("Use 1 to {n} characters.", n=TEAM_NAME_MAX)})
    same = repo.team_named(name)
    if same is not None and same.id != own_id:
        raise ValidationError(msg("A team called '{name}' already exists; choose another name.",
                                  name=name),
                              {"name": "Name already used."})
    return name


def _live_staff(uow: UnitOfWork, staff_id: uuid.UUID) -> StaffUser:
    staff = uow.staff.get(staff_id)
    if staff is None or staff.deleted_at is not None:
        raise NotFound("That staff member no longer exists; refresh the list.")
    return staff


def _membership(uow: UnitOfWork, team_id: uuid.UUID, staff_id: uuid.UUID
                ) -> tuple[Team, StaffUser, TeamMember]:
    team, staff = _live_team(uow, team_id), _live_staff(uow, staff_id)
    row = AdministrationRepository(uow.session).membership(team.id, staff.id)
    if row is None:
        raise NotFound(msg("{person} is no longer a member of {team}; refresh the list.",
                           person=staff.full_name, team=team.name))
    return team, staff, row


def _live_team(uow: UnitOfWork, team_id: uuid.UUID) -> Team:
    team = uow.staff.team(team_id)
    if team is None or team.deleted_at is not None:
        raise NotFound("That team no longer exists; refresh the list.")
    return team


def _staff_dto(s: StaffUser, roles: set[str], teams: list[str]) -> StaffDTO:
    return StaffDTO(s.id, s.version, s.username, s.full_name, s.email or "", bool(s.active),
                    tuple(r for r in ROLES if r in roles), tuple(teams))


def _team_at(uow: UnitOfWork, team_id: uuid.UUID, expected_version: int
             ) -> tuple[AdministrationRepository, Team]:
    """The live team to edit, refused with the saved version when someone changed it since."""
    repo = AdministrationRepository(uow.session)
    team = _live_team(uow, team_id)
    if team.version != expected_version:
        raise ConflictError(CONFLICT_MESSAGE, _team_dto(repo, team))
    return repo, team


def _team_dto(repo: AdministrationRepository, t: Team) -> TeamDTO:
    return TeamDTO(t.id, t.version, t.name, tuple(
        MemberDTO(s.id, s.username, s.full_name, lead, bool(s.active))
        for s, lead in repo.members(t.id)), t.hourly_rate)


HOURLY_RATE_MAX = Decimal("100000")


def _hourly_rate(rate: Decimal | float | str | None) -> Decimal | None:
    """None or a positive amount with at most two decimals, below HOURLY_RATE_MAX."""
    if rate is None or (isinstance(rate, str) and not rate.strip()):
        return None
    try:
        value = Decimal(str(rate).strip())
    except InvalidOperation:
        raise ValidationError(msg("'{rate}' is not an amount; type an hourly rate such as "
                                  "85.50, or leave it empty for none.", rate=rate)) from None
    if not value.is_finite() or value <= 0 or value >= HOURLY_RATE_MAX:
        raise ValidationError("An hourly rate is an amount above 0 and below 100,000; leave it "
                              "empty for a team without a rate.")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError("An hourly rate has at most two decimals (such as 85.50).")
    return value.quantize(Decimal("0.01"))
