"""Templates and canned responses: rows, and the names a filled response needs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import Person, Service, StaffUser, Team, WorkTemplate


class TemplateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: WorkTemplate) -> None:
        self.session.add(row)

    def get(self, template_id: uuid.UUID) -> WorkTemplate | None:
        row = self.session.get(WorkTemplate, template_id)
        return None if row is None or row.deleted_at is not None else row

    def listing(self, kinds: Sequence[str], staff_id: uuid.UUID, *,
                every_personal: bool = False) -> list[WorkTemplate]:
        """Shared templates and ``staff_id``'s personal ones (every person's with
        ``every_personal``), by name. Team rules are the domain's (:func:`offered`)."""
        stmt = select(WorkTemplate).where(WorkTemplate.deleted_at.is_(None),
                                          WorkTemplate.kind.in_(list(kinds)))
        if not every_personal:
            stmt = stmt.where(or_(WorkTemplate.owner_id.is_(None),
                                  WorkTemplate.owner_id == staff_id))
        return list(self.session.scalars(stmt.order_by(WorkTemplate.kind, WorkTemplate.name,
                                                       WorkTemplate.id)))

    def same_name(self, kind: str, name: str, owner_id: uuid.UUID | None,
                  team_id: uuid.UUID | None) -> WorkTemplate | None:
        """A live template of the same kind and name for the same audience (the picker could
        not tell them apart)."""
        owner = WorkTemplate.owner_id.is_(None) if owner_id is None \
            else WorkTemplate.owner_id == owner_id
        team = WorkTemplate.team_id.is_(None) if team_id is None \
            else WorkTemplate.team_id == team_id
        return self.session.scalar(select(WorkTemplate).where(
            WorkTemplate.deleted_at.is_(None), WorkTemplate.kind == kind, owner, team,
            WorkTemplate.name == name).limit(1))

    def names(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
        """Names of staff, teams, services and callers among ``ids``, in one dict."""
        wanted = [i for i in set(ids) if i is not None]
        if not wanted:
            return {}
        out: dict[uuid.UUID, str] = {}
        for model, column in ((StaffUser, StaffUser.full_name), (Team, Team.name),
                              (Service, Service.name), (Person, Person.full_name)):
            for key, name in self.session.execute(select(model.id, column).where(
                    model.id.in_(wanted))):
                out[key] = name
        return out
