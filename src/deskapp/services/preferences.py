"""A staff member's default team, and the rule every "give this to me" follows.

Take next and Assign to me put an item that has no team into the person's default team (an
item must sit in a team its assignee belongs to). The default is chosen in Administration, or
asked on the person's first take when they are in several teams; someone in one team never has
to choose. An item already in another team is not pulled across: that is a hand-over its team
decides.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import StaffPreference
from deskapp.domain.ids import new_id
from deskapp.errors import NotFound, PermissionDenied, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, Decision, Resource, decision, owner_target
from deskapp.services.dto import Actor, Choice

#: the field a refusal names when the person must choose their default team first
CHOOSE_TEAM = "default_team_id"


def stored_default(uow: UnitOfWork, staff_id: uuid.UUID) -> StaffPreference | None:
    return uow.session.scalar(select(StaffPreference).where(
        StaffPreference.staff_id == staff_id, StaffPreference.deleted_at.is_(None)))


def _remember(uow: UnitOfWork, staff_id: uuid.UUID, team_id: uuid.UUID | None) -> None:
    row = stored_default(uow, staff_id)
    if row is None:
        uow.session.add(StaffPreference(id=new_id(), staff_id=staff_id,
                                        default_team_id=team_id))
    elif row.default_team_id != team_id:
        row.default_team_id = team_id
        row.updated_at = utcnow()


def team_for_me(uow: UnitOfWork, actor: Actor, item_team_id: uuid.UUID | None,
                item_number: str, chosen: uuid.UUID | None = None) -> uuid.UUID | None:
    """The team an item gets when ``actor`` takes it (inside the caller's unit of work).

    Its own team when the person is in it; otherwise (no team yet) ``chosen``, remembered as
    the default, else the stored default, else the person's only team (remembered too). None
    when the person is in no team (a one-person desk): the item keeps no team.
    """
    mine = [t.id for t in uow.staff.teams_of(actor.staff_id)]
    if item_team_id is not None:
        if item_team_id in mine:
            return item_team_id
        team = uow.staff.team(item_team_id)
        raise ValidationError(
            msg("{item_number} belongs to {team_name}, which you are not a member of; ask that "
                "team to hand it over, or reassign it to your team first.",
                item_number=item_number, team_name=team.name if team else msg("another team")))
    if chosen is not None:
        if chosen not in mine:
            raise ValidationError("Work you take goes to one of your own teams; pick one of them.",
                                  {CHOOSE_TEAM: "Pick one of your teams."})
        _remember(uow, actor.staff_id, chosen)
        return chosen
    row = stored_default(uow, actor.staff_id)
    if row is not None and row.default_team_id in mine:
        return row.default_team_id
    if not mine:
        return None
    if len(mine) == 1:
        _remember(uow, actor.staff_id, mine[0])
        return mine[0]
    raise ValidationError(
        msg("{item_number} has no team yet, and you are in {length} teams: choose your default "
            "team (work you take that has no team goes there).",
            item_number=item_number, length=len(mine)),
        {CHOOSE_TEAM: "Choose your default team."})


class PreferencesService:
    """Reading and setting default teams (one's own; supervisors and admins anyone's)."""

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    def my_teams(self) -> list[Choice]:
        """The teams the signed-in person belongs to, by name."""
        with self._uow(read_only=True) as uow:
            return [Choice(t.id, t.name) for t in uow.staff.teams_of(self.actor.staff_id)]

    def default_team(self, staff_id: uuid.UUID | None = None) -> uuid.UUID | None:
        with self._uow(read_only=True) as uow:
            row = stored_default(uow, staff_id or self.actor.staff_id)
            return row.default_team_id if row is not None else None

    def teams_of(self, staff_id: uuid.UUID) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(t.id, t.name) for t in uow.staff.teams_of(staff_id)]

    def may_set_default_team(self, staff_id: uuid.UUID) -> Decision:
        """One's own, or anyone's for supervisors and admins (the Administration window)."""
        found = decision(self.actor, Action.EDIT, Resource.QUEUE, owner_target(staff_id))
        return found if found else Decision(False, "Only supervisors and administrators set "
                                                   "another person's default team.")

    def set_default_team(self, team_id: uuid.UUID | None,
                         staff_id: uuid.UUID | None = None) -> uuid.UUID | None:
        """Set (None: clear) the default team of ``staff_id`` (default: oneself). The team
        must be one the person belongs to."""
        staff_id = staff_id or self.actor.staff_id
        found = self.may_set_default_team(staff_id)
        if not found:
            raise PermissionDenied(found.reason)
        with self._uow() as uow:
            staff = uow.staff.get(staff_id)
            if staff is None or staff.deleted_at is not None:
                raise NotFound("That staff member no longer exists; refresh the list.")
            if team_id is not None and team_id not in {
                    t.id for t in uow.staff.teams_of(staff_id)}:
                raise ValidationError(
                    msg("{full_name} is not a member of that team; add them to it first or pick "
                        "one of their teams.", full_name=staff.full_name),
                        {CHOOSE_TEAM: "Pick one of their teams."})
            _remember(uow, staff_id, team_id)
            uow.commit()
        return team_id
