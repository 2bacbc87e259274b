"""Who is using DeskApp: the staff record behind the signed-in person."""

from __future__ import annotations

from deskapp.db.models import StaffUser
from deskapp.domain.ids import new_id
from deskapp.domain.permissions import ROLES
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.messages import msg
from deskapp.repositories.administration import AdministrationRepository
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor

#: Column limits, read from the model so the first-run name box and the table agree.
USERNAME_MAX = int(StaffUser.__table__.c.username.type.length)  # type: ignore[attr-defined]
FULL_NAME_MAX = int(StaffUser.__table__.c.full_name.type.length)  # type: ignore[attr-defined]

#: The person at a local (single-user) database runs their own desk: they get every role.
LOCAL_ROLES = ("admin", "agent", "supervisor")


def resolve_actor(uow_factory: UnitOfWorkFactory, username: str) -> Actor:
    """The staff member for a database login; shared databases require an existing record."""
    with uow_factory(read_only=True) as uow:
        staff = uow.staff.by_username(username)
        if staff is None or not staff.active or staff.deleted_at is not None:
            raise PermissionDenied(
                msg("The login '{username}' has no active staff record in this database; ask a "
                    "DeskApp administrator to add you ('deskapp-admin staff add').",
                    username=username)
            )
        return _actor(uow, staff)


def _actor(uow: UnitOfWork, staff: StaffUser) -> Actor:
    """The staff record with its roles, teams and led teams, as services act on its behalf."""
    memberships = AdministrationRepository(uow.session).memberships(staff.id)
    return Actor(staff.id, staff.username, staff.full_name, tuple(uow.staff.roles(staff.id)),
                 team_ids=frozenset(team for team, _lead in memberships),
                 led_team_ids=frozenset(team for team, lead in memberships if lead))


def ensure_staff(uow_factory: UnitOfWorkFactory, username: str, full_name: str,
                 roles: tuple[str, ...] = LOCAL_ROLES) -> Actor:
    """Return the staff member, creating them first if needed (local first run, admin CLI)."""
    username, full_name = username.strip(), full_name.strip()
    if not username or len(username) > USERNAME_MAX:
        raise ValidationError(msg("A staff username needs 1 to {username_max} characters.",
                                  username_max=USERNAME_MAX),
                              {"username": f"Use 1 to {USERNAME_MAX} characters."})
    if len(full_name) > FULL_NAME_MAX:
        raise ValidationError(
            msg("The name is {length} characters long; the limit is {full_name_max}.",
                length=len(full_name), full_name_max=FULL_NAME_MAX),
            {"full_name": f"Use at most {FULL_NAME_MAX} characters."})
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise ValidationError(msg("Unknown role '{bad}'; use {roles}.",
                                  bad=bad[0], roles=', '.join(ROLES)))
    with uow_factory() as uow:
        staff = uow.staff.by_username(username)
        if staff is None:
            staff = StaffUser(id=new_id(), username=username,
                              full_name=full_name or username)
            uow.staff.add(staff, roles)
            uow.commit()
    return resolve_actor(uow_factory, username)
