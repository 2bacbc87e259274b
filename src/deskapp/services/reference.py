"""Lookups for pickers and completion: callers, teams, staff, services, CIs."""

from __future__ import annotations

import uuid

from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Choice


class ReferenceService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def callers(self, text: str, limit: int = 20) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(p.id, p.full_name, p.email or "")
                    for p in uow.people.search(text, limit)]

    def teams(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(t.id, t.name) for t in uow.staff.teams()]

    def team_members(self, team_id: uuid.UUID) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.full_name, s.username) for s in uow.staff.members(team_id)]

    def staff(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.full_name, s.username) for s in uow.staff.active()]

    def services(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.name, s.portfolio_status) for s in uow.catalog.services()]

    def cis(self, service_id: uuid.UUID | None = None) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(c.id, c.name, c.ci_type) for c in uow.catalog.cis(service_id)]
