"""Problems and the known-error database: the incidents a problem explains and the known
errors a desk searches. Incidents name their problem with a ``caused_by`` link
(INC-1 caused_by PRB-2, the links machinery every kind shares)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import ConfigurationItem, Problem, Service, WorkItem, WorkItemLink
from deskapp.domain.kinds.problem import KNOWN_ERROR
from deskapp.repositories.work_items import ROW_NAME_COLUMNS, ROW_OWN_COLUMNS

CAUSED_BY = "caused_by"
#: "CHG fixes PRB": the change that makes the permanent fix (read "fixed by" on the problem)
FIXES = "fixes"


def _linked_to(problem_id: Any) -> ColumnElement[bool]:
    return and_(WorkItemLink.target_id == problem_id, WorkItemLink.link_type == CAUSED_BY,
                WorkItemLink.deleted_at.is_(None))


class ProblemRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, problem_id: uuid.UUID) -> Problem | None:
        found = self.session.get(Problem, problem_id)
        return None if found is None or found.deleted_at is not None else found

    def linked_incidents(self, problem_id: uuid.UUID) -> list[dict[str, Any]]:
        """List rows of the live incidents linked to the problem, by number."""
        stmt = (select(*ROW_OWN_COLUMNS, *ROW_NAME_COLUMNS, WorkItem.status_category)
                .join(WorkItemLink, WorkItemLink.source_id == WorkItem.id)
                .where(_linked_to(problem_id), WorkItem.kind == "incident",
                       WorkItem.deleted_at.is_(None))
                .order_by(WorkItem.number))
        return [dict(row._mapping) for row in self.session.execute(stmt)]

    def linked_incident_ids(self, problem_id: uuid.UUID, *, open_only: bool) -> list[uuid.UUID]:
        cond = [_linked_to(problem_id), WorkItem.kind == "incident",
                WorkItem.deleted_at.is_(None)]
        if open_only:
            cond.append(WorkItem.status_category != "done")
        return list(self.session.scalars(
            select(WorkItem.id).join(WorkItemLink, WorkItemLink.source_id == WorkItem.id)
            .where(*cond).order_by(WorkItem.number)))

    def counts(self, problem_id: uuid.UUID) -> tuple[int, int]:
        """(linked incidents, of which open)."""
        row = self.session.execute(
            select(func.count(), func.count().filter(WorkItem.status_category != "done"))
            .select_from(WorkItem).join(WorkItemLink, WorkItemLink.source_id == WorkItem.id)
            .where(_linked_to(problem_id), WorkItem.kind == "incident",
                   WorkItem.deleted_at.is_(None))).one()
        return int(row[0]), int(row[1])

    def fixing_changes(self, problem_id: uuid.UUID) -> list[dict[str, Any]]:
        """List rows of the live changes linked as fixing the problem, by number."""
        stmt = (select(*ROW_OWN_COLUMNS, *ROW_NAME_COLUMNS, WorkItem.status_category)
                .join(WorkItemLink, WorkItemLink.source_id == WorkItem.id)
                .where(WorkItemLink.target_id == problem_id, WorkItemLink.link_type == FIXES,
                       WorkItemLink.deleted_at.is_(None), WorkItem.kind == "change",
                       WorkItem.deleted_at.is_(None))
                .order_by(WorkItem.number))
        return [dict(row._mapping) for row in self.session.execute(stmt)]

    def problems_of(self, incident_id: uuid.UUID) -> list[uuid.UUID]:
        """The problems an incident is linked to (caused by)."""
        return list(self.session.scalars(select(WorkItemLink.target_id).where(
            WorkItemLink.source_id == incident_id, WorkItemLink.link_type == CAUSED_BY,
            WorkItemLink.deleted_at.is_(None))))

    def known_errors(self, text: str = "", service_ids: Sequence[uuid.UUID] = (),
                     limit: int = 200) -> list[dict[str, Any]]:
        """Live known errors, most recent first; ``text`` matches (case-insensitively) the
        number, title, symptoms, workaround or root cause; ``service_ids`` narrows to those."""
        linked = (select(func.count()).select_from(WorkItemLink)
                  .where(_linked_to(Problem.id)).correlate(Problem).scalar_subquery())
        stmt = (select(Problem.id, Problem.number, Problem.title, Problem.description,
                       Problem.workaround, Problem.root_cause, Problem.root_cause_category,
                       Problem.service_id, Problem.known_error_at,
                       select(Service.name).where(Service.id == Problem.service_id)
                       .scalar_subquery().label("service_name"),
                       select(ConfigurationItem.name).where(ConfigurationItem.id == Problem.ci_id)
                       .scalar_subquery().label("ci_name"),
                       linked.label("linked"))
                .where(Problem.status == KNOWN_ERROR, Problem.deleted_at.is_(None)))
        if service_ids:
            stmt = stmt.where(Problem.service_id.in_(list(service_ids)))
        words = [w for w in text.lower().split() if w]
        for word in words:
            pattern = f"%{word.replace('%', '').replace('_', '')}%"
            stmt = stmt.where(or_(*(func.lower(func.coalesce(c, "")).like(pattern) for c in (
                Problem.number, Problem.title, Problem.description, Problem.workaround,
                Problem.root_cause))))
        stmt = stmt.order_by(Problem.known_error_at.desc(), Problem.number.desc()).limit(limit)
        return [dict(row._mapping) for row in self.session.execute(stmt)]
