"""Service portfolio (Service Strategy): services by status, owner, criticality, open work."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select

from deskapp.db.models import ConfigurationItem, Incident, Service, Team
from deskapp.domain.incident import OPEN_STATUSES
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor, Changes

PORTFOLIO_STATUSES = ("pipeline", "catalogue", "retired")
CRITICALITIES = ("low", "medium", "high", "critical")
NAME_MAX = 120
OWNER_MAX = 120
DESCRIPTION_MAX = 4000
OPEN = tuple(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class ServiceSummary:
    """One line of the portfolio: the service and the open work against it."""

    id: uuid.UUID
    version: int
    name: str
    description: str
    portfolio_status: str
    business_owner: str
    owner_team_id: uuid.UUID | None
    owner_team: str
    criticality: str
    open_incidents: int
    open_p1_p2: int
    breached_open: int
    ci_count: int


@dataclass(frozen=True)
class Portfolio:
    services: tuple[ServiceSummary, ...]

    def count(self, status: str) -> int:
        return sum(1 for s in self.services if s.portfolio_status == status)


class PortfolioService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def portfolio(self) -> Portfolio:
        """Every live service with open-incident counts (one grouped query over open tickets)."""
        with self._uow(read_only=True) as uow:
            s = uow.session
            open_work = {
                row.service_id: row for row in s.execute(
                    select(Incident.service_id,
                           func.count().label("n"),
                           func.sum(case((Incident.priority <= 2, 1), else_=0)).label("urgent"),
                           func.sum(case((Incident.resolution_breached.is_(True), 1),
                                         else_=0)).label("breached"))
                    .where(Incident.status.in_(OPEN), Incident.deleted_at.is_(None),
                           Incident.service_id.is_not(None))
                    .group_by(Incident.service_id))
            }
            cis = dict(s.execute(
                select(ConfigurationItem.service_id, func.count())
                .where(ConfigurationItem.deleted_at.is_(None))
                .group_by(ConfigurationItem.service_id)).all())
            teams = dict(s.execute(select(Team.id, Team.name)).all())
            rows = s.scalars(select(Service).where(Service.deleted_at.is_(None))
                             .order_by(Service.name)).all()
            out = []
            for svc in rows:
                work = open_work.get(svc.id)
                out.append(ServiceSummary(
                    id=svc.id, version=svc.version, name=svc.name,
                    description=svc.description or "", portfolio_status=svc.portfolio_status,
                    business_owner=svc.business_owner or "", owner_team_id=svc.owner_team_id,
                    owner_team=teams.get(svc.owner_team_id, "") if svc.owner_team_id else "",
                    criticality=svc.criticality,
                    open_incidents=int(work.n) if work else 0,
                    open_p1_p2=int(work.urgent or 0) if work else 0,
                    breached_open=int(work.breached or 0) if work else 0,
                    ci_count=int(cis.get(svc.id, 0))))
            return Portfolio(tuple(out))

    def open_by_priority(self, service_id: uuid.UUID) -> dict[int, int]:
        with self._uow(read_only=True) as uow:
            return {int(p): int(n) for p, n in uow.session.execute(
                select(Incident.priority, func.count())
                .where(Incident.service_id == service_id, Incident.status.in_(OPEN),
                       Incident.deleted_at.is_(None))
                .group_by(Incident.priority))}

    def save(self, service_id: uuid.UUID | None, expected_version: int | None,
             values: Mapping[str, Any]) -> ServiceSummary:
        """Create (``service_id`` None) or update a service; validated, version-checked."""
        with self._uow() as uow:
            clean = self._validated(uow, service_id, values)
            if service_id is None:
                svc = Service(**clean)
                uow.session.add(svc)
            else:
                found = uow.session.get(Service, service_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound("That service no longer exists; refresh the portfolio.")
                if found.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE)
                svc = found
                for name, value in clean.items():
                    setattr(svc, name, value)
            uow.commit()
            new_id = svc.id
        summary = next(s for s in self.portfolio().services if s.id == new_id)
        return summary

    @staticmethod
    def changes(summary: ServiceSummary, created: bool) -> Changes:
        return Changes("service", frozenset({summary.id}), created=created)

    def _validated(self, uow: UnitOfWork, service_id: uuid.UUID | None,
                   values: Mapping[str, Any]) -> dict[str, Any]:
        fields: dict[str, str] = {}
        name = str(values.get("name") or "").strip()
        if not name:
            fields["name"] = "A service needs a name."
        elif len(name) > NAME_MAX:
            fields["name"] = f"The name is {len(name)} characters long; the limit is {NAME_MAX}."
        else:
            clash = uow.session.scalar(select(Service.id).where(
                func.lower(Service.name) == name.lower(), Service.deleted_at.is_(None)))
            if clash is not None and clash != service_id:
                fields["name"] = f"There is already a service called '{name}'; choose another name."
        status = str(values.get("portfolio_status") or "pipeline")
        if status not in PORTFOLIO_STATUSES:
            fields["portfolio_status"] = f"Choose one of: {', '.join(PORTFOLIO_STATUSES)}."
        criticality = str(values.get("criticality") or "medium")
        if criticality not in CRITICALITIES:
            fields["criticality"] = f"Choose one of: {', '.join(CRITICALITIES)}."
        owner = str(values.get("business_owner") or "").strip()
        if len(owner) > OWNER_MAX:
            fields["business_owner"] = f"The owner is {len(owner)} characters long; the limit " \
                f"is {OWNER_MAX}."
        description = str(values.get("description") or "").strip()
        if len(description) > DESCRIPTION_MAX:
            fields["description"] = f"The description is {len(description)} characters long; " \
                f"the limit is {DESCRIPTION_MAX}."
        team_id = values.get("owner_team_id")
        if team_id is not None and uow.session.get(Team, team_id) is None:
            fields["owner_team_id"] = "That team no longer exists; choose another."
        if fields:
            raise ValidationError.for_fields(fields)
        return {"name": name, "portfolio_status": status, "criticality": criticality,
                "business_owner": owner or None, "description": description or None,
                "owner_team_id": team_id}
