"""Frozen DTOs of the Strategy (service portfolio) and Transition (CMDB) areas."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from deskapp.domain.cmdb import STANDARD_TYPES
from deskapp.services.cmdb_dto import RelationLine

PORTFOLIO_STATUSES = ("pipeline", "catalogue", "retired")
CRITICALITIES = ("low", "medium", "high", "critical")
CI_TYPES = tuple(STANDARD_TYPES)
CI_STATUSES = ("in_use", "maintenance", "retired")


@dataclass(frozen=True)
class OpenIncident:
    """An open incident as a detail panel lists it (double-click opens it)."""

    id: uuid.UUID
    number: str
    title: str
    priority: int
    status: str
    opened_at: datetime


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
    availability_target: float | None = None  # percent of the period the service must be up


@dataclass(frozen=True)
class Portfolio:
    services: tuple[ServiceSummary, ...]

    def count(self, status: str) -> int:
        return sum(1 for s in self.services if s.portfolio_status == status)


@dataclass(frozen=True)
class CiLine:
    id: uuid.UUID
    name: str
    ci_type: str
    status: str


@dataclass(frozen=True)
class ServiceDetail:
    """A service with what the detail panel shows beside it."""

    summary: ServiceSummary
    cis: tuple[CiLine, ...]
    open_by_priority: tuple[tuple[int, int], ...]  # (priority, count), P1 first
    open_incidents: tuple[OpenIncident, ...]  # the most urgent ones, bounded


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
    #: values of the type's attributes (key, stored value), in no particular order
    attributes: tuple[tuple[str, Any], ...] = ()

    def attribute(self, key: str) -> Any:
        return dict(self.attributes).get(key)


@dataclass(frozen=True)
class CiList:
    """One page of CIs; ``next_after`` is the cursor of the next page (None: no more rows)."""

    items: tuple[CiSummary, ...]
    truncated: bool
    next_after: tuple[str, uuid.UUID] | None = None


@dataclass(frozen=True)
class CiDetail:
    item: CiSummary
    open_incidents: tuple[OpenIncident, ...]
    relations: tuple[RelationLine, ...] = ()
