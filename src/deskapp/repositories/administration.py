"""Staff, roles, teams and memberships as the Administration window manages them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deskapp.db.models import StaffRole, StaffUser, Team, TeamMember


class AdministrationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- staff ------------------------------------------------------------------------
    def staff(self) -> Sequence[StaffUser]:
        """Every staff record not deleted, active or not, by name."""
        return self.session.scalars(
            select(StaffUser).where(StaffUser.deleted_at.is_(None))
            .order_by(StaffUser.full_name, StaffUser.username)).all()

    def roles_by_staff(self) -> dict[uuid.UUID, set[str]]:
        out: dict[uuid.UUID, set[str]] = {}
        for staff_id, role in self.session.execute(select(StaffRole.staff_id, StaffRole.role)):
            out.setdefault(staff_id, set()).add(role)
        return out

    def set_roles(self, staff_id: uuid.UUID, roles: Sequence[str]) -> None:
        self.session.execute(delete(StaffRole).where(StaffRole.staff_id == staff_id))
        self.session.add_all(StaffRole(staff_id=staff_id, role=r) for r in roles)

    # -- teams ------------------------------------------------------------------------
    def teams(self) -> Sequence[Team]:
        return self.session.scalars(
            select(Team).where(Team.deleted_at.is_(None)).order_by(Team.name)).all()

    def team_named(self, name: str) -> Team | None:
        return self.session.scalars(select(Team).where(Team.name == name)).first()

    def memberships(self, staff_id: uuid.UUID) -> list[tuple[uuid.UUID, bool]]:
        """(team id, is lead) of every live team the person belongs to."""
        rows = self.session.execute(
            select(TeamMember.team_id, TeamMember.is_lead)
            .join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.staff_id == staff_id, Team.deleted_at.is_(None)))
        return [(team_id, bool(lead)) for team_id, lead in rows]

    def members(self, team_id: uuid.UUID) -> list[tuple[StaffUser, bool]]:
        """Every member of a team (active or not) with the lead flag, by name."""
        rows = self.session.execute(
            select(StaffUser, TeamMember.is_lead)
            .join(TeamMember, TeamMember.staff_id == StaffUser.id)
            .where(TeamMember.team_id == team_id, StaffUser.deleted_at.is_(None))
            .order_by(StaffUser.full_name))
        return [(staff, bool(lead)) for staff, lead in rows]

    def membership(self, team_id: uuid.UUID, staff_id: uuid.UUID) -> TeamMember | None:
        return self.session.get(TeamMember, (team_id, staff_id))

    def add_member(self, team_id: uuid.UUID, staff_id: uuid.UUID, is_lead: bool) -> None:
        self.session.add(TeamMember(team_id=team_id, staff_id=staff_id, is_lead=is_lead))

    def remove_member(self, row: TeamMember) -> None:
        self.session.delete(row)
