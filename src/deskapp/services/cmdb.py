"""Configuration items (Service Transition): list, detail and the open incidents per CI.

The list is keyset-paged (``items(after=...)``) so a large estate loads a page at a time; each page
carries the open incident count of its CIs from one grouped query. Saves are validated as a whole
and version-checked like the portfolio's; CIs are not tickets, so no ticket events are written.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from deskapp.db.models import ConfigurationItem
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.repositories.cmdb import CiCursor, CmdbRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWorkFactory
from deskapp.services.dto import Actor, Changes, Choice
from deskapp.services.portfolio_dto import (
    CI_STATUSES,
    CI_TYPES,
    CiDetail,
    CiList,
    CiSummary,
    OpenIncident,
)

__all__ = ["CI_STATUSES", "CI_TYPES", "CiDetail", "CiIncident", "CiList", "CiSummary",
           "CmdbService"]

CiIncident = OpenIncident  # the name earlier callers used
NAME_MAX, TYPE_MAX, SERIAL_MAX, LOCATION_MAX, DESCRIPTION_MAX = 120, 40, 80, 120, 4000
#: Rows per page of the CI list; the view fetches the next page when asked.
LIST_LIMIT = 500


class CmdbService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def items(self, text: str = "", ci_type: str | None = None, status: str | None = None,
              limit: int = LIST_LIMIT, after: CiCursor | None = None) -> CiList:
        """One page of CIs matching the filters, in name order, after ``after``."""
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            rows = repo.page(text, ci_type, status, after, limit + 1)
            page = rows[:limit]
            counts = repo.open_counts([ci.id for ci, _name, _key in page])
            items = tuple(_summary(ci, name, counts.get(ci.id, 0)) for ci, name, _key in page)
            more = len(rows) > limit and bool(page)
            cursor = (page[-1][2], page[-1][0].id) if more else None
        return CiList(items, truncated=more, next_after=cursor)

    def types(self) -> list[str]:
        """The standard CI types plus any other type already in use."""
        with self._uow(read_only=True) as uow:
            found = CmdbRepository(uow.session).types_in_use()
        return sorted(set(found) | set(CI_TYPES))

    def services(self) -> list[Choice]:
        """Services a CI can belong to (for the service picker)."""
        with self._uow(read_only=True) as uow:
            return [Choice(sid, name, status)
                    for sid, name, status in CmdbRepository(uow.session).services()]

    def detail(self, ci_id: uuid.UUID, limit: int = 200) -> CiDetail:
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            ci = repo.get(ci_id)
            if ci is None:
                raise NotFound("That configuration item no longer exists; refresh the list.")
            incidents = tuple(OpenIncident(*row) for row in repo.open_incidents(ci_id, limit))
            count = repo.open_counts([ci_id]).get(ci_id, 0)
            return CiDetail(_summary(ci, repo.service_name(ci.service_id), count), incidents)

    def open_incidents(self, ci_id: uuid.UUID, limit: int = 200) -> list[OpenIncident]:
        with self._uow(read_only=True) as uow:
            return [OpenIncident(*row)
                    for row in CmdbRepository(uow.session).open_incidents(ci_id, limit)]

    def save(self, ci_id: uuid.UUID | None, expected_version: int | None,
             values: Mapping[str, Any]) -> CiSummary:
        """Create (``ci_id`` None) or update a CI; validated, version-checked."""
        with self._uow() as uow:
            repo = CmdbRepository(uow.session)
            current = None
            if ci_id is not None:
                current = repo.get(ci_id)
                if current is None:
                    raise NotFound("That configuration item no longer exists; refresh the list.")
                if current.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE, theirs=_summary(
                        current, repo.service_name(current.service_id),
                        repo.open_counts([ci_id]).get(ci_id, 0)))
            clean = _validated(repo, values)
            if current is None:
                current = ConfigurationItem(**clean)
                uow.session.add(current)
            else:
                for name, value in clean.items():
                    setattr(current, name, value)
            uow.flush()
            result = _summary(current, repo.service_name(current.service_id),
                              repo.open_counts([current.id]).get(current.id, 0))
            uow.commit()
        return result

    @staticmethod
    def changes(summary: CiSummary, created: bool) -> Changes:
        return Changes("ci", frozenset({summary.id}), created=created)


def _summary(ci: ConfigurationItem, service_name: str | None, open_count: int) -> CiSummary:
    return CiSummary(ci.id, ci.version, ci.name, ci.ci_type, ci.status, ci.service_id,
                     service_name or "", ci.serial_number or "", ci.location or "",
                     ci.description or "", int(open_count))


def _validated(repo: CmdbRepository, values: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, str] = {}

    def text(name: str, label: str, limit: int, required: bool = False) -> str | None:
        value = str(values.get(name) or "").strip()
        if required and not value:
            fields[name] = f"{label} is required; type one."
        elif len(value) > limit:
            fields[name] = f"{label} is {len(value)} characters long; shorten it to {limit} " \
                "or fewer."
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
    if service_id is not None and not (isinstance(service_id, uuid.UUID)
                                       and repo.service_exists(service_id)):
        fields["service_id"] = "That service no longer exists; choose another."
    if fields:
        raise ValidationError.for_fields(fields)
    return {"name": name, "ci_type": ci_type, "status": status, "service_id": service_id,
            "serial_number": serial, "location": location, "description": description}
