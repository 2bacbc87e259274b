"""Service portfolio (Service Strategy): services by status, owner, criticality, open work.

Reads count open incidents per service with one grouped query, so the portfolio costs the same
whether the desk holds a thousand tickets or a million. Saves are validated as a whole (every
problem comes back in one ``ValidationError(fields=...)``) and guarded against lost updates: the
version the person read must still be the stored one, else ``ConflictError`` carries the saved
state so the view can offer it. Services are not tickets: a save writes audit events, not
ticket events.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from deskapp.db.models import Service
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.portfolio import OpenWork, PortfolioRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Changes, Choice
from deskapp.services.portfolio_dto import (
    CRITICALITIES,
    PORTFOLIO_STATUSES,
    CiLine,
    OpenIncident,
    Portfolio,
    ServiceDetail,
    ServiceSummary,
)

__all__ = ["CRITICALITIES", "PORTFOLIO_STATUSES", "Portfolio", "PortfolioService",
           "ServiceDetail", "ServiceSummary"]

NAME_MAX = 120
OWNER_MAX = 120
DESCRIPTION_MAX = 4000
#: The detail panel lists at most this many open incidents (the counts cover all of them).
DETAIL_INCIDENTS = 200


class PortfolioService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def portfolio(self) -> Portfolio:
        """Every live service with its open-incident and CI counts."""
        with self._uow(read_only=True) as uow:
            repo = PortfolioRepository(uow.session)
            work, cis, teams = repo.open_work(), repo.ci_counts(), repo.team_names()
            return Portfolio(tuple(_summary(svc, work.get(svc.id), cis.get(svc.id, 0), teams)
                                   for svc in repo.services()))

    def detail(self, service_id: uuid.UUID) -> ServiceDetail:
        with self._uow(read_only=True) as uow:
            repo = PortfolioRepository(uow.session)
            svc = repo.service(service_id)
            if svc is None:
                raise NotFound("That service no longer exists; refresh the portfolio.")
            cis = tuple(CiLine(*row) for row in repo.cis(service_id))
            summary = _summary(svc, repo.open_work(service_id).get(service_id), len(cis),
                               repo.team_names())
            by_priority = tuple(sorted(repo.open_by_priority(service_id).items()))
            incidents = tuple(OpenIncident(*row)
                              for row in repo.open_incidents(service_id, DETAIL_INCIDENTS))
            return ServiceDetail(summary, cis, by_priority, incidents)

    def open_by_priority(self, service_id: uuid.UUID) -> dict[int, int]:
        with self._uow(read_only=True) as uow:
            return PortfolioRepository(uow.session).open_by_priority(service_id)

    def teams(self) -> list[Choice]:
        """Teams that can own a service (for the owner-team picker)."""
        with self._uow(read_only=True) as uow:
            return [Choice(tid, name) for tid, name in PortfolioRepository(uow.session).teams()]

    def save(self, service_id: uuid.UUID | None, expected_version: int | None,
             values: Mapping[str, Any]) -> ServiceSummary:
        """Create (``service_id`` None) or update a service; validated, version-checked,
        audited."""
        require(self._actor, Action.CREATE if service_id is None else Action.EDIT,
                Resource.SERVICE)
        with self._uow() as uow:
            repo = PortfolioRepository(uow.session)
            current = None
            if service_id is not None:
                current = repo.service(service_id)
                if current is None:
                    raise NotFound("That service no longer exists; refresh the portfolio.")
                if current.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE, theirs=_summary(
                        current, repo.open_work(service_id).get(service_id),
                        repo.ci_counts().get(service_id, 0), repo.team_names()))
            clean = _validated(repo, service_id, values)
            before = snapshot(current, clean) if current is not None else None
            if current is None:
                current = Service(**clean)
                uow.session.add(current)
            else:
                for name, value in clean.items():
                    setattr(current, name, value)
            uow.flush()
            audit(uow, self._actor, "service", current.id, current.name, before,
                  snapshot(current, clean))
            saved_id = current.id
            result = _summary(current, repo.open_work(saved_id).get(saved_id),
                              repo.ci_counts().get(saved_id, 0), repo.team_names())
            uow.commit()
        return result

    @staticmethod
    def changes(summary: ServiceSummary, created: bool) -> Changes:
        return Changes("service", frozenset({summary.id}), created=created)


def _summary(svc: Service, work: OpenWork | None, ci_count: int,
             teams: Mapping[uuid.UUID, str]) -> ServiceSummary:
    work = work or OpenWork()
    return ServiceSummary(
        id=svc.id, version=svc.version, name=svc.name, description=svc.description or "",
        portfolio_status=svc.portfolio_status, business_owner=svc.business_owner or "",
        owner_team_id=svc.owner_team_id,
        owner_team=teams.get(svc.owner_team_id, "") if svc.owner_team_id else "",
        criticality=svc.criticality, open_incidents=work.total, open_p1_p2=work.urgent,
        breached_open=work.breached, ci_count=ci_count,
        availability_target=svc.availability_target)


def _too_long(label: str, value: str, limit: int) -> str:
    return msg("{label} is {length} characters long; shorten it to {limit} or fewer.",
               label=label, length=len(value), limit=limit)


def _validated(repo: PortfolioRepository, service_id: uuid.UUID | None,
               values: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, str] = {}
    name = str(values.get("name") or "").strip()
    if not name:
        fields["name"] = "A service needs a name; type one."
    elif len(name) > NAME_MAX:
        fields["name"] = _too_long(msg("The name"), name, NAME_MAX)
    else:
        clash = repo.named(name)
        if clash is not None and clash != service_id:
            fields["name"] = msg("There is already a service called '{name}'; choose another "
                                 "name.", name=name)
    status = str(values.get("portfolio_status") or "pipeline")
    if status not in PORTFOLIO_STATUSES:
        fields["portfolio_status"] = msg("Choose one of: {values}.",
                                          values=", ".join(PORTFOLIO_STATUSES))
    criticality = str(values.get("criticality") or "medium")
    if criticality not in CRITICALITIES:
        fields["criticality"] = msg("Choose one of: {values}.", values=", ".join(CRITICALITIES))
    owner = str(values.get("business_owner") or "").strip()
    if len(owner) > OWNER_MAX:
        fields["business_owner"] = _too_long(msg("The business owner"), owner, OWNER_MAX)
    description = str(values.get("description") or "").strip()
    if len(description) > DESCRIPTION_MAX:
        fields["description"] = _too_long(msg("The description"), description,
                                              DESCRIPTION_MAX)
    target = _availability_target(values.get("availability_target"), fields)
    # callers that do not show the target (older forms, imports) leave it as it is
    kept = {"availability_target": target} if "availability_target" in values else {}
    team_id = values.get("owner_team_id")
    if team_id is not None and not (isinstance(team_id, uuid.UUID)
                                    and repo.team_exists(team_id)):
        fields["owner_team_id"] = "That team no longer exists; choose another."
    if fields:
        raise ValidationError.for_fields(fields)
    return {"name": name, "portfolio_status": status, "criticality": criticality,
            "business_owner": owner or None, "description": description or None,
            "owner_team_id": team_id, **kept}


def _availability_target(value: Any, fields: dict[str, str]) -> float | None:
    """None (no target) or a percentage above 0 and at most 100, kept to three decimals."""
    if value is None or value == "":
        return None
    try:
        target = round(float(value), 3)
    except (TypeError, ValueError, OverflowError):
        fields["availability_target"] = ("The availability target must be a percentage such as "
                                         "99.9; type a number.")
        return None
    if not 0 < target <= 100:
        fields["availability_target"] = ("The availability target is a percentage above 0 and "
                                         "at most 100 (such as 99.9); leave it empty for none.")
        return None
    return target
