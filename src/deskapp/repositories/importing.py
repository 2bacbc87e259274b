"""Reads and bulk writes behind imports: records by name, work items by external reference,
number blocks, and Core inserts (an import writes thousands of rows per transaction; the ORM's
per-object bookkeeping would cost more than the writes)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from deskapp.db.models import (
    BusinessCalendar,
    ConfigurationItem,
    NumberCounter,
    Organisation,
    Person,
    Service,
    SlaDefinition,
    StaffUser,
    Team,
    WorkItem,
)

_CHUNK = 500


class ImportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- names ----------------------------------------------------------------------------
    def _names(self, column: Any, key: Any) -> dict[str, uuid.UUID]:
        rows = self.session.execute(
            select(column, key).where(key.class_.deleted_at.is_(None)).order_by(
                key.class_.created_at))
        found: dict[str, uuid.UUID] = {}
        for name, ident in rows:
            found.setdefault(name, ident)
        return found

    def people_by_name(self) -> dict[str, uuid.UUID]:
        return self._names(Person.full_name, Person.id)

    def organisations_by_name(self) -> dict[str, uuid.UUID]:
        return self._names(Organisation.name, Organisation.id)

    def teams_by_name(self) -> dict[str, uuid.UUID]:
        return self._names(Team.name, Team.id)

    def services_by_name(self) -> dict[str, uuid.UUID]:
        return self._names(Service.name, Service.id)

    def cis_by_name(self) -> dict[str, uuid.UUID]:
        return self._names(ConfigurationItem.name, ConfigurationItem.id)

    def staff_by_name(self) -> dict[str, uuid.UUID]:
        """Staff by login and by full name (a login wins over someone else's full name)."""
        found = self._names(StaffUser.full_name, StaffUser.id)
        found.update(self._names(StaffUser.username, StaffUser.id))
        return found

    def usernames(self) -> set[str]:
        return set(self.session.scalars(select(StaffUser.username)))

    def service_slas(self) -> dict[uuid.UUID, uuid.UUID]:
        return {k: v for k, v in self.session.execute(
            select(Service.id, Service.sla_id).where(Service.sla_id.is_not(None)))
            if v is not None}

    def default_sla(self) -> uuid.UUID | None:
        return self.session.scalar(
            select(SlaDefinition.id).where(SlaDefinition.is_default.is_(True),
                                           SlaDefinition.deleted_at.is_(None)).limit(1))

    def desk_zone(self) -> str | None:
        """The zone of the default SLA's calendar (else of the oldest calendar)."""
        zone = self.session.scalar(
            select(BusinessCalendar.timezone)
            .join(SlaDefinition, SlaDefinition.calendar_id == BusinessCalendar.id)
            .where(SlaDefinition.is_default.is_(True)).limit(1))
        return zone or self.session.scalar(
            select(BusinessCalendar.timezone).order_by(BusinessCalendar.created_at).limit(1))

    # -- work items -------------------------------------------------------------------------
    def by_external(self, source: str, ids: Sequence[str]) -> dict[str, WorkItem]:
        found: dict[str, WorkItem] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for item in self.session.scalars(select(WorkItem).where(
                    WorkItem.external_source == source, WorkItem.external_id.in_(chunk))):
                assert item.external_id is not None
                found[item.external_id] = item
        return found

    def allocate_numbers(self, prefix: str, count: int) -> int:
        """Reserve ``count`` numbers of ``prefix`` in the caller's transaction; the first."""
        last = self.session.execute(
            update(NumberCounter).where(NumberCounter.kind == prefix)
            .values(last_value=NumberCounter.last_value + count)
            .returning(NumberCounter.last_value)).scalar_one_or_none()
        if last is None:
            self.session.add(NumberCounter(kind=prefix, last_value=count))
            self.session.flush()
            return 1
        return int(last) - count + 1

    def insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        for start in range(0, len(rows), 5000):
            self.session.execute(insert(table), list(rows[start:start + 5000]))

    def count_external(self, source: str) -> int:
        return int(self.session.scalar(select(func.count()).select_from(WorkItem).where(
            WorkItem.external_source == source)) or 0)

    def flush(self, objects: Iterable[object] = ()) -> None:
        self.session.add_all(list(objects))
        self.session.flush()
