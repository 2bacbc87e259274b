"""Configuration items as Transition lists and edits them. Queries only.

The list is keyset-paged on ``(lower(name), id)`` so a large estate never loads at once and a page
never shifts when rows are added before it. Open incident counts are one grouped query per page
over ``ix_incidents_ci_id``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import AuditEvent, CiType, ConfigurationItem, Service, StaffUser, WorkItem
from deskapp.repositories.portfolio import OPEN, OpenIncidentRow, open_incident_rows

#: (lower-case name, id) of the last row of a page; the next page starts after it.
CiCursor = tuple[str, uuid.UUID]
#: Stay well under SQLite's bound-parameter limit in IN lists.
_CHUNK = 500


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards typed by the person taken literally (escaped with \\)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class CmdbRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, ci_id: uuid.UUID) -> ConfigurationItem | None:
        found = self.session.get(ConfigurationItem, ci_id)
        return None if found is None or found.deleted_at is not None else found

    def page(self, text: str, ci_type: str | None, status: str | None,
             after: CiCursor | None, limit: int
             ) -> Sequence[tuple[ConfigurationItem, str | None, str]]:
        """Up to ``limit`` CIs in name order after ``after``: (CI, service name, sort key).

        The sort key comes from the database so the next cursor compares exactly as it sorts.
        """
        sort_name = func.lower(ConfigurationItem.name)
        query = (select(ConfigurationItem, Service.name, sort_name)
                 .outerjoin(Service, Service.id == ConfigurationItem.service_id)
                 .where(ConfigurationItem.deleted_at.is_(None)))
        words = text.strip()
        if words:
            like = like_pattern(words)
            query = query.where(or_(ConfigurationItem.name.ilike(like, escape="\\"),
                                    ConfigurationItem.serial_number.ilike(like, escape="\\"),
                                    ConfigurationItem.location.ilike(like, escape="\\"),
                                    Service.name.ilike(like, escape="\\")))
        if ci_type:
            query = query.where(ConfigurationItem.ci_type == ci_type)
        if status:
            query = query.where(ConfigurationItem.status == status)
        if after is not None:
            name, last_id = after
            query = query.where(or_(sort_name > name,
                                    and_(sort_name == name, ConfigurationItem.id > last_id)))
        query = query.order_by(sort_name, ConfigurationItem.id).limit(limit)
        return [(ci, service_name, key) for ci, service_name, key in self.session.execute(query)]

    def service_name(self, service_id: uuid.UUID | None) -> str | None:
        if service_id is None:
            return None
        return self.session.scalar(select(Service.name).where(Service.id == service_id))

    def service_exists(self, service_id: uuid.UUID) -> bool:
        svc = self.session.get(Service, service_id)
        return svc is not None and svc.deleted_at is None

    def services(self) -> list[tuple[uuid.UUID, str, str]]:
        """(id, name, portfolio status) of every live service, for the service picker."""
        return [(r.id, r.name, r.portfolio_status) for r in self.session.execute(
            select(Service.id, Service.name, Service.portfolio_status)
            .where(Service.deleted_at.is_(None)).order_by(func.lower(Service.name)))]

    def types_in_use(self) -> list[str]:
        return list(self.session.scalars(
            select(ConfigurationItem.ci_type).where(ConfigurationItem.deleted_at.is_(None))
            .distinct()))

    def open_counts(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        counts: dict[uuid.UUID, int] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start:start + _CHUNK])
            for ci_id, n in self.session.execute(
                    select(WorkItem.ci_id, func.count())
                    .where(WorkItem.ci_id.in_(chunk), WorkItem.status.in_(OPEN),
                           WorkItem.deleted_at.is_(None))
                    .group_by(WorkItem.ci_id)):
                if ci_id is not None:
                    counts[ci_id] = int(n)
        return counts

    def open_incidents(self, ci_id: uuid.UUID, limit: int) -> list[OpenIncidentRow]:
        return open_incident_rows(self.session, WorkItem.ci_id == ci_id, limit)

    # -- types ------------------------------------------------------------------------------
    def ci_types(self) -> Sequence[CiType]:
        return self.session.scalars(select(CiType).where(CiType.deleted_at.is_(None))
                                    .order_by(CiType.name)).all()

    def ci_type(self, type_id: uuid.UUID) -> CiType | None:
        found = self.session.get(CiType, type_id)
        return None if found is None or found.deleted_at is not None else found

    def ci_type_named(self, name: str) -> CiType | None:
        return self.session.scalar(select(CiType).where(CiType.name == name,
                                                        CiType.deleted_at.is_(None)))

    def type_counts(self) -> dict[str, int]:
        """Live CIs per type name."""
        return {name: int(n) for name, n in self.session.execute(
            select(ConfigurationItem.ci_type, func.count())
            .where(ConfigurationItem.deleted_at.is_(None))
            .group_by(ConfigurationItem.ci_type))}

    # -- pickers and history ----------------------------------------------------------------
    def pick(self, text: str, limit: int) -> list[tuple[uuid.UUID, str, str, str]]:
        """(id, name, type, status) of live CIs whose name contains ``text``, by name."""
        query = select(ConfigurationItem.id, ConfigurationItem.name, ConfigurationItem.ci_type,
                       ConfigurationItem.status).where(ConfigurationItem.deleted_at.is_(None))
        if text.strip():
            query = query.where(ConfigurationItem.name.ilike(like_pattern(text.strip()),
                                                             escape="\\"))
        return [tuple(r) for r in self.session.execute(  # type: ignore[misc]
            query.order_by(func.lower(ConfigurationItem.name)).limit(limit))]

    def history(self, ci_id: uuid.UUID, limit: int) -> list[tuple[Any, ...]]:
        """(when, who, action, field, old, new) of the CI's audit trail, newest first."""
        return [tuple(r) for r in self.session.execute(
            select(AuditEvent.occurred_at,
                   func.coalesce(StaffUser.full_name, AuditEvent.actor_login),
                   AuditEvent.action, AuditEvent.field, AuditEvent.old_value,
                   AuditEvent.new_value)
            .outerjoin(StaffUser, StaffUser.id == AuditEvent.actor_id)
            .where(AuditEvent.record_type == "ci", AuditEvent.record_id == ci_id)
            .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc()).limit(limit))]
