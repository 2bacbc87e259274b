"""Configuration items (Service Transition): list, detail and the open incidents per CI."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from deskapp.db.models import ConfigurationItem, Incident, Service
from deskapp.domain.incident import OPEN_STATUSES
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor

CI_TYPES = ("application", "server", "database", "network switch", "printer", "laptop",
            "desktop", "mobile", "other")
CI_STATUSES = ("in_use", "maintenance", "retired")
NAME_MAX, TYPE_MAX, SERIAL_MAX, LOCATION_MAX, DESCRIPTION_MAX = 120, 40, 80, 120, 4000
OPEN = tuple(s.value for s in OPEN_STATUSES)
#: Lists show at most this many CIs; the filter narrows a larger estate.
LIST_LIMIT = 1000


@dataclass(frozen=True)
class CiSummary:
    id: uuid.UUID
    version: int
    name: str
    ci_type: str
    status: str
    service_id: uuid.UUID | None
    service_name: str
    serial_number: str
    location: str
    description: str
    open_incidents: int


@dataclass(frozen=True)
class CiList:
    items: tuple[CiSummary, ...]
    truncated: bool


@dataclass(frozen=True)
class CiIncident:
    id: uuid.UUID
    number: str
    title: str
    priority: int
    status: str
    opened_at: datetime


class CmdbService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def items(self, text: str = "", ci_type: str | None = None, status: str | None = None,
              limit: int = LIST_LIMIT) -> CiList:
        with self._uow(read_only=True) as uow:
            s = uow.session
            query = (select(ConfigurationItem, Service.name)
                     .outerjoin(Service, Service.id == ConfigurationItem.service_id)
                     .where(ConfigurationItem.deleted_at.is_(None)))
            words = text.strip()
            if words:
                like = f"%{words.replace('%', '').replace('_', '')}%"
                query = query.where(or_(ConfigurationItem.name.ilike(like),
                                        ConfigurationItem.serial_number.ilike(like),
                                        ConfigurationItem.location.ilike(like),
                                        Service.name.ilike(like)))
            if ci_type:
                query = query.where(ConfigurationItem.ci_type == ci_type)
            if status:
                query = query.where(ConfigurationItem.status == status)
            query = query.order_by(func.lower(ConfigurationItem.name), ConfigurationItem.id)
            rows = s.execute(query.limit(limit + 1)).all()
            ids = [ci.id for ci, _ in rows[:limit]]
            counts = self._open_counts(uow, ids)
            return CiList(tuple(_summary(ci, name, counts.get(ci.id, 0))
                                for ci, name in rows[:limit]), truncated=len(rows) > limit)

    def types(self) -> list[str]:
        with self._uow(read_only=True) as uow:
            found = uow.session.scalars(select(ConfigurationItem.ci_type).distinct()).all()
        return sorted(set(found) | set(CI_TYPES))

    def open_incidents(self, ci_id: uuid.UUID, limit: int = 200) -> list[CiIncident]:
        with self._uow(read_only=True) as uow:
            rows = uow.session.execute(
                select(Incident.id, Incident.number, Incident.title, Incident.priority,
                       Incident.status, Incident.opened_at)
                .where(Incident.ci_id == ci_id, Incident.status.in_(OPEN),
                       Incident.deleted_at.is_(None))
                .order_by(Incident.priority, Incident.opened_at).limit(limit)).all()
        return [CiIncident(*row) for row in rows]

    def save(self, ci_id: uuid.UUID | None, expected_version: int | None,
             values: Mapping[str, Any]) -> CiSummary:
        with self._uow() as uow:
            clean = _validated(uow, values)
            if ci_id is None:
                ci = ConfigurationItem(**clean)
                uow.session.add(ci)
            else:
                found = uow.session.get(ConfigurationItem, ci_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound("That configuration item no longer exists; refresh the list.")
                if found.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE)
                ci = found
                for name, value in clean.items():
                    setattr(ci, name, value)
            uow.commit()
            service_name = uow.session.scalar(
                select(Service.name).where(Service.id == ci.service_id)) if ci.service_id \
                else None
            counts = self._open_counts(uow, [ci.id])
            return _summary(ci, service_name, counts.get(ci.id, 0))

    @staticmethod
    def _open_counts(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not ids:
            return {}
        counts: dict[uuid.UUID, int] = {}
        for start in range(0, len(ids), 500):  # stay under bound-parameter limits
            chunk = ids[start:start + 500]
            for ci_id, n in uow.session.execute(
                    select(Incident.ci_id, func.count())
                    .where(Incident.ci_id.in_(chunk), Incident.status.in_(OPEN),
                           Incident.deleted_at.is_(None))
                    .group_by(Incident.ci_id)):
                if ci_id is not None:
                    counts[ci_id] = int(n)
        return counts


def _summary(ci: ConfigurationItem, service_name: str | None, open_count: int) -> CiSummary:
    return CiSummary(ci.id, ci.version, ci.name, ci.ci_type, ci.status, ci.service_id,
                     service_name or "", ci.serial_number or "", ci.location or "",
                     ci.description or "", int(open_count))


def _validated(uow: UnitOfWork, values: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, str] = {}

    def text(name: str, label: str, limit: int, required: bool = False) -> str | None:
        value = str(values.get(name) or "").strip()
        if required and not value:
            fields[name] = f"{label} is required."
        elif len(value) > limit:
            fields[name] = f"{label} is {len(value)} characters long; the limit is {limit}."
        return value or None

    name = text("name", "The name", NAME_MAX, required=True)
    ci_type = text("ci_type", "The type", TYPE_MAX, required=True)
    serial = text("serial_number", "The serial number", SERIAL_MAX)
    location = text("location", "The location", LOCATION_MAX)
    description = text("description", "The description", DESCRIPTION_MAX)
    status = str(values.get("status") or "in_use")
    if status not in CI_STATUSES:
        fields["status"] = f"Choose one of: {', '.join(CI_STATUSES)}."
    service_id = values.get("service_id")
    if service_id is not None:
        svc = uow.session.get(Service, service_id)
        if svc is None or svc.deleted_at is not None:
            fields["service_id"] = "That service no longer exists; choose another."
    if fields:
        raise ValidationError.for_fields(fields)
    return {"name": name, "ci_type": ci_type, "status": status, "service_id": service_id,
            "serial_number": serial, "location": location, "description": description}
