"""Changes, their tasks and the change plan (templates, CAB rules, freeze windows, releases,
accepted conflicts): the SQL the change services need, no rules.

The window lookups read ``change_details.planned_start`` by index: a window is at most
``MAX_WINDOW`` long, so every window overlapping [start, end) starts in
[start - MAX_WINDOW, end), one index range whatever the number of changes booked.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Change,
    ChangeApprovalRule,
    ChangeConflictAcceptance,
    ChangeTask,
    ChangeTemplate,
    CiRelation,
    ConfigurationItem,
    FreezeWindow,
    Release,
    StaffUser,
    WorkItem,
    WorkItemCi,
    WorkItemLink,
)
from deskapp.domain.kinds.change import BOOKED, MAX_WINDOW
from deskapp.repositories.work_items import ROW_NAME_COLUMNS, ROW_OWN_COLUMNS

#: Stay well under SQLite's bound-parameter limit in IN lists.
_CHUNK = 500
_R = CiRelation.__table__


def _bookings() -> Any:
    """A change as the calendar and the conflict finder read it (with its implementer)."""
    return select(Change.id, Change.number, Change.title, Change.status, Change.change_type,
                  Change.assignee_id, Change.ci_id, Change.service_id, Change.team_id,
                  Change.planned_start, Change.planned_end, Change.risk_level,
                  Change.release_id,
                  select(StaffUser.full_name).where(StaffUser.id == Change.assignee_id)
                  .scalar_subquery().label("assignee_name"))


class ChangeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: Any) -> None:
        self.session.add(row)

    # -- changes and tasks ------------------------------------------------------------------
    def get(self, change_id: uuid.UUID) -> Change | None:
        found = self.session.get(Change, change_id)
        return None if found is None or found.deleted_at is not None else found

    def tasks(self, change_id: uuid.UUID) -> list[ChangeTask]:
        return list(self.session.scalars(
            select(ChangeTask).where(ChangeTask.parent_id == change_id,
                                     ChangeTask.deleted_at.is_(None))
            .order_by(ChangeTask.position, ChangeTask.number)))

    def next_position(self, change_id: uuid.UUID) -> int:
        top = self.session.scalar(select(func.max(ChangeTask.position)).where(
            ChangeTask.parent_id == change_id))
        return int(top or 0) + 1

    def extra_cis(self, item_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, set[uuid.UUID]]:
        """The CIs each item impacts besides its main CI (``work_item_cis``)."""
        out: dict[uuid.UUID, set[uuid.UUID]] = {}
        ids = list(item_ids)
        for i in range(0, len(ids), _CHUNK):
            for item_id, ci_id in self.session.execute(
                    select(WorkItemCi.work_item_id, WorkItemCi.ci_id).where(
                        WorkItemCi.work_item_id.in_(ids[i:i + _CHUNK]),
                        WorkItemCi.deleted_at.is_(None))):
                out.setdefault(item_id, set()).add(ci_id)
        return out

    def ci_services(self, ci_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
        """The services the CIs belong to."""
        ids = list(ci_ids)
        out: set[uuid.UUID] = set()
        for i in range(0, len(ids), _CHUNK):
            out.update(s for s in self.session.scalars(
                select(ConfigurationItem.service_id).where(
                    ConfigurationItem.id.in_(ids[i:i + _CHUNK]),
                    ConfigurationItem.service_id.is_not(None))) if s is not None)
        return out

    def booked_between(self, start: datetime, end: datetime,
                       exclude: uuid.UUID | None = None,
                       statuses: Collection[str] = BOOKED) -> list[dict[str, Any]]:
        """Live changes (unfinished, unless ``statuses`` says otherwise) whose planned window
        overlaps [start, end), by start.

        Two steps on purpose: the windows first, from the window index alone (a window lasts
        at most ``MAX_WINDOW``, so one range of starts, the ends checked in the index), then
        those few changes by id. In one join PostgreSQL misjudged how few windows overlap
        (it cannot know the ends follow the starts) and hashed every work item instead."""
        ids = list(self.session.scalars(
            select(Change.__table__.c.work_item_id).where(
                Change.__table__.c.planned_start >= start - MAX_WINDOW,
                Change.__table__.c.planned_start < end,
                Change.__table__.c.planned_end > start)))
        if exclude is not None:
            ids = [i for i in ids if i != exclude]
        rows: list[dict[str, Any]] = []
        for i in range(0, len(ids), _CHUNK):
            stmt = _bookings().where(Change.id.in_(ids[i:i + _CHUNK]),
                                     Change.status.in_(list(statuses)),
                                     Change.deleted_at.is_(None))
            rows += [dict(r._mapping) for r in self.session.execute(stmt)]
        return sorted(rows, key=lambda r: (r["planned_start"], r["number"]))

    def in_release(self, release_id: uuid.UUID) -> list[dict[str, Any]]:
        stmt = (_bookings()
                .where(Change.release_id == release_id, Change.deleted_at.is_(None))
                .order_by(Change.planned_start, Change.number))
        return [dict(r._mapping) for r in self.session.execute(stmt)]

    def linked_rows(self, change_id: uuid.UUID, link_type: str, *, change_is_source: bool,
                    kind: str) -> list[dict[str, Any]]:
        """List rows of the items of ``kind`` linked to the change: "change <type> item"
        (``change_is_source``) or "item <type> change", by number."""
        mine, other = ((WorkItemLink.source_id, WorkItemLink.target_id) if change_is_source
                       else (WorkItemLink.target_id, WorkItemLink.source_id))
        stmt = (select(*ROW_OWN_COLUMNS, *ROW_NAME_COLUMNS, WorkItem.status_category)
                .join(WorkItemLink, other == WorkItem.id)
                .where(mine == change_id, WorkItemLink.link_type == link_type,
                       WorkItemLink.deleted_at.is_(None), WorkItem.kind == kind,
                       WorkItem.deleted_at.is_(None))
                .order_by(WorkItem.number))
        return [dict(r._mapping) for r in self.session.execute(stmt)]

    # -- distances on the CI graph ----------------------------------------------------------
    def neighbours(self, nodes: Collection[uuid.UUID], types: Collection[str],
                   cap: int) -> tuple[dict[uuid.UUID, set[uuid.UUID]], bool]:
        """Each node's neighbours over ``types`` (either direction), and whether the answer was
        cut at ``cap`` relations (a hub: the caller asks the other way round). One statement
        per chunk of nodes, both directions in it."""
        out: dict[uuid.UUID, set[uuid.UUID]] = {n: set() for n in nodes}
        ids = list(nodes)
        seen = 0
        for i in range(0, len(ids), _CHUNK):
            part = ids[i:i + _CHUNK]
            legs = [select(here.label("here"), there.label("there")).where(
                        here.in_(part), _R.c.relation_type.in_(sorted(types)),
                        _R.c.deleted_at.is_(None), _R.c.source_ci_id.is_not(None))
                    for here, there in ((_R.c.source_ci_id, _R.c.target_ci_id),
                                        (_R.c.target_ci_id, _R.c.source_ci_id))]
            rows = self.session.execute(union_all(*legs).limit(cap + 1 - seen)).all()
            seen += len(rows)
            if seen > cap:
                return out, True
            for here, there in rows:
                out[here].add(there)
        return out, False

    def links_between(self, xs: Collection[uuid.UUID], ys: Collection[uuid.UUID],
                      types: Collection[str]) -> set[tuple[uuid.UUID, uuid.UUID]]:
        """The (x, y) pairs joined by a relation of ``types`` either way: index probes from
        both ends (one statement), however many relations a hub has."""
        out: set[tuple[uuid.UUID, uuid.UUID]] = set()
        xl, yl = list(xs), list(ys)
        for i in range(0, len(xl), _CHUNK):
            for j in range(0, len(yl), _CHUNK):
                a, b = xl[i:i + _CHUNK], yl[j:j + _CHUNK]
                legs = [select(_R.c.source_ci_id.label("x"), _R.c.target_ci_id.label("y"))
                        .where(_R.c.source_ci_id.in_(a), _R.c.target_ci_id.in_(b),
                               _R.c.relation_type.in_(sorted(types)),
                               _R.c.deleted_at.is_(None)),
                        select(_R.c.target_ci_id.label("x"), _R.c.source_ci_id.label("y"))
                        .where(_R.c.source_ci_id.in_(b), _R.c.target_ci_id.in_(a),
                               _R.c.relation_type.in_(sorted(types)),
                               _R.c.deleted_at.is_(None))]
                out.update((x, y) for x, y in self.session.execute(union_all(*legs)))
        return out

    def titles(self, item_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
        ids = list(item_ids)
        if not ids:
            return {}
        return {k: t for i in range(0, len(ids), _CHUNK) for k, t in self.session.execute(
            select(WorkItem.id, WorkItem.title).where(WorkItem.id.in_(ids[i:i + _CHUNK])))}

    def ci_names(self, ci_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
        ids = list(ci_ids)
        if not ids:
            return {}
        return {k: n for i in range(0, len(ids), _CHUNK) for k, n in self.session.execute(
            select(ConfigurationItem.id, ConfigurationItem.name).where(
                ConfigurationItem.id.in_(ids[i:i + _CHUNK])))}

    # -- the plan -----------------------------------------------------------------------------
    def templates(self, *, live_only: bool = True) -> list[ChangeTemplate]:
        stmt = select(ChangeTemplate).where(ChangeTemplate.deleted_at.is_(None))
        if live_only:
            stmt = stmt.where(ChangeTemplate.retired_at.is_(None))
        return list(self.session.scalars(stmt.order_by(ChangeTemplate.name)))

    def template(self, template_id: uuid.UUID) -> ChangeTemplate | None:
        found = self.session.get(ChangeTemplate, template_id)
        return None if found is None or found.deleted_at is not None else found

    def approval_rules(self) -> list[ChangeApprovalRule]:
        return list(self.session.scalars(
            select(ChangeApprovalRule).where(ChangeApprovalRule.deleted_at.is_(None))
            .order_by(ChangeApprovalRule.change_type, ChangeApprovalRule.risk_level)))

    def approval_rule(self, change_type: str, risk_level: str | None) -> ChangeApprovalRule | None:
        """The rule for the type and level, else the type's rule for any level."""
        rows = list(self.session.scalars(select(ChangeApprovalRule).where(
            ChangeApprovalRule.change_type == change_type,
            ChangeApprovalRule.deleted_at.is_(None),
            or_(ChangeApprovalRule.risk_level == risk_level,
                ChangeApprovalRule.risk_level.is_(None)))))
        rows.sort(key=lambda r: r.risk_level is None)
        return rows[0] if rows else None

    def freezes_between(self, start: datetime, end: datetime) -> list[FreezeWindow]:
        """Live freeze windows overlapping [start, end) (few: a handful a year)."""
        return list(self.session.scalars(select(FreezeWindow).where(
            FreezeWindow.starts_at < end, FreezeWindow.ends_at > start,
            FreezeWindow.deleted_at.is_(None)).order_by(FreezeWindow.starts_at)))

    def freeze(self, freeze_id: uuid.UUID) -> FreezeWindow | None:
        found = self.session.get(FreezeWindow, freeze_id)
        return None if found is None or found.deleted_at is not None else found

    def releases(self) -> list[Release]:
        return list(self.session.scalars(select(Release).where(Release.deleted_at.is_(None))
                                         .order_by(Release.target_start, Release.name)))

    def release(self, release_id: uuid.UUID) -> Release | None:
        found = self.session.get(Release, release_id)
        return None if found is None or found.deleted_at is not None else found

    # -- accepted conflicts ------------------------------------------------------------------
    def acceptances(self, change_id: uuid.UUID) -> list[ChangeConflictAcceptance]:
        return list(self.session.scalars(select(ChangeConflictAcceptance).where(
            ChangeConflictAcceptance.work_item_id == change_id,
            ChangeConflictAcceptance.deleted_at.is_(None))))

    def acceptance(self, change_id: uuid.UUID, key: str) -> ChangeConflictAcceptance | None:
        return self.session.scalar(select(ChangeConflictAcceptance).where(
            and_(ChangeConflictAcceptance.work_item_id == change_id,
                 ChangeConflictAcceptance.conflict_key == key,
                 ChangeConflictAcceptance.deleted_at.is_(None))))

