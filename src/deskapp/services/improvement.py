"""The CSI register (Continual Service Improvement): initiatives with their KPI, baseline,
target, owner and links to the problems and changes that serve them.

Registering an initiative measures its baseline (the KPI over the :data:`BASELINE_DAYS`
before) and keeps it; :meth:`ImprovementService.progress` measures the KPI now over as many
days up to today, and a weekly series since the baseline's start for the sparkline.
Everyone reads the register; supervisors, process managers and service owners change it
(:mod:`deskapp.domain.permissions`), which the database enforces too on a shared desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import select

from deskapp.db.models import ImprovementInitiative, ImprovementLink, StaffUser, WorkItem
from deskapp.domain.improvement import (
    BASELINE_DAYS,
    InitiativeStatus,
    initiative_problems,
    on_target,
    progress,
)
from deskapp.domain.kpi import Grain, Period
from deskapp.domain.kpi_catalogue import Scope, declaration
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Changes
from deskapp.services.kpi import KpiService

KIND = "improvement"
AUDITED = ("title", "reason", "owner_id", "kpi", "target", "due_on", "status", "notes")


@dataclass(frozen=True)
class LinkedItem:
    id: uuid.UUID
    number: str
    kind: str
    title: str
    status: str


@dataclass(frozen=True)
class InitiativeDTO:
    id: uuid.UUID
    version: int
    title: str
    reason: str
    owner_id: uuid.UUID | None
    owner_name: str
    kpi: str
    scope: Scope
    baseline: float | None
    baseline_count: int
    baseline_start: datetime
    baseline_end: datetime
    target: float
    due_on: date
    status: str
    notes: str
    created_at: datetime
    links: tuple[LinkedItem, ...] = ()


@dataclass(frozen=True)
class InitiativeDraft:
    """What the editor sends; ``id``/``version`` None for a new initiative. The KPI and scope
    of an existing initiative are kept (its baseline was measured for them)."""

    title: str
    reason: str
    kpi: str
    target: float | None
    due_on: date | None
    scope: Scope = Scope()
    owner_id: uuid.UUID | None = None
    status: str = InitiativeStatus.PROPOSED.value
    notes: str = ""
    id: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True)
class Progress:
    """The KPI now (over the same length as the baseline, up to ``measured_at``), how far it
    came towards the target, whether it meets it, and weekly values for a sparkline."""

    initiative_id: uuid.UUID
    now: float | None
    count: int
    percent: float | None
    met: bool | None
    weekly: tuple[float | None, ...]
    measured_at: datetime


@dataclass(frozen=True)
class SavedInitiative:
    record: InitiativeDTO
    changes: Changes


class ImprovementService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, kpi: KpiService,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._uow = uow
        self._actor = actor
        self._kpi = kpi
        self._clock = clock

    # -- reading --------------------------------------------------------------------------
    def initiatives(self) -> list[InitiativeDTO]:
        """The register: open initiatives first (by due date), then the finished ones."""
        with self._uow(read_only=True) as uow:
            rows = uow.session.scalars(select(ImprovementInitiative).where(
                ImprovementInitiative.deleted_at.is_(None))).all()
            out = [self._dto(uow.session, r) for r in rows]
        finished = {InitiativeStatus.ACHIEVED, InitiativeStatus.MISSED,
                    InitiativeStatus.ABANDONED}
        return sorted(out, key=lambda i: (i.status in finished, i.due_on, i.title.casefold()))

    def get(self, initiative_id: uuid.UUID) -> InitiativeDTO:
        with self._uow(read_only=True) as uow:
            row = uow.session.get(ImprovementInitiative, initiative_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This initiative no longer exists; reload the register.")
            return self._dto(uow.session, row)

    def progress(self, initiative: InitiativeDTO, zone: tzinfo = UTC,
                 weeks: int = 12) -> Progress:
        """The KPI now and the last ``weeks`` weeks of it (the sparkline)."""
        now = self._clock()
        length = initiative.baseline_end - initiative.baseline_start
        current = Period(now - length, now)
        (group,) = self._kpi.figures(current, scope=initiative.scope, names=(initiative.kpi,))
        figure = group.figures[0]
        value = None if figure.value is None else float(figure.value)
        recent = Period(now - timedelta(weeks=weeks), now)
        series = self._kpi.series(initiative.kpi, recent, Grain.WEEK, zone,
                                  scope=initiative.scope)
        weekly = tuple(None if p.value is None else float(p.value)
                       for line in series.lines[:1] for p in line.points)
        return Progress(initiative.id, value, figure.count,
                        progress(initiative.kpi, initiative.baseline, initiative.target, value),
                        on_target(initiative.kpi, initiative.target, value), weekly, now)

    # -- changing -------------------------------------------------------------------------
    def save(self, draft: InitiativeDraft) -> SavedInitiative:
        new = draft.id is None
        require(self._actor, Action.CREATE if new else Action.EDIT, Resource.IMPROVEMENT)
        if not new:
            assert draft.id is not None
            kept = self.get(draft.id)
            draft = replace(draft, kpi=kept.kpi, scope=kept.scope)
        fields = initiative_problems(draft.title, draft.reason, draft.kpi, draft.target,
                                     draft.due_on, draft.status)
        if new and "kpi" not in fields:
            entry = next(e for e in self._kpi.catalogue() if e.declaration.name == draft.kpi)
            if not entry.availability.measured:
                fields["kpi"] = (msg("{declaration_label} is not measured in this desk yet "
                                     "({why}); choose another KPI.",
                                     declaration_label=entry.declaration.label,
                                     why=entry.availability.why))
        if fields:
            raise ValidationError.for_fields(fields)
        assert draft.target is not None and draft.due_on is not None
        baseline: tuple[float | None, int, Period] | None = None
        if new:
            baseline = self._baseline(draft.kpi, draft.scope)
        now = self._clock()
        with self._uow() as uow:
            session = uow.session
            if draft.owner_id is not None:
                owner = session.get(StaffUser, draft.owner_id)
                if owner is None or not owner.active:
                    raise ValidationError("The chosen owner is not an active staff member; "
                                          "pick another.", {"owner_id": "Pick another owner."})
            if new:
                assert baseline is not None
                value, count, period = baseline
                row = ImprovementInitiative(
                    id=uuid.uuid4(), title=draft.title.strip(), reason=draft.reason.strip(),
                    owner_id=draft.owner_id, kpi=draft.kpi, scope=draft.scope.as_dict(),
                    baseline=value, baseline_count=count, baseline_start=period.start,
                    baseline_end=period.end, target=float(draft.target), due_on=draft.due_on,
                    status=draft.status, notes=draft.notes.strip() or None,
                    created_at=now, updated_at=now)
                session.add(row)
                before = None
            else:
                found = session.get(ImprovementInitiative, draft.id)
                if found is None or found.deleted_at is not None:
                    raise NotFound("This initiative was deleted by someone else; reload the "
                                   "register.")
                row = found
                if draft.version is not None and row.version != draft.version:
                    raise ConflictError(CONFLICT_MESSAGE, self._dto(session, row))
                before = snapshot(row, AUDITED)
                row.title, row.reason = draft.title.strip(), draft.reason.strip()
                row.owner_id, row.target, row.due_on = draft.owner_id, float(draft.target), \
                    draft.due_on
                row.status, row.notes = draft.status, draft.notes.strip() or None
                row.updated_at = now
            uow.flush()
            audit(uow, self._actor, KIND, row.id, row.title, before, snapshot(row, AUDITED))
            result = self._dto(session, row)
            uow.commit()
        return SavedInitiative(result, Changes(KIND, frozenset({result.id}), created=new))

    def _baseline(self, kpi: str, scope: Scope) -> tuple[float | None, int, Period]:
        now = self._clock()
        period = Period(now - timedelta(days=BASELINE_DAYS), now)
        (group,) = self._kpi.figures(period, scope=scope, names=(declaration(kpi).name,))
        f = group.figures[0]
        return (None if f.value is None else float(f.value)), f.count, period

    def link(self, initiative_id: uuid.UUID, number: str) -> SavedInitiative:
        """Link the work item numbered ``number`` (a problem, a change...)."""
        require(self._actor, Action.EDIT, Resource.IMPROVEMENT)
        text = number.strip().upper()
        now = self._clock()
        with self._uow() as uow:
            session = uow.session
            row = session.get(ImprovementInitiative, initiative_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This initiative no longer exists; reload the register.")
            item = session.scalars(select(WorkItem).where(
                WorkItem.number == text, WorkItem.deleted_at.is_(None))).first()
            if item is None:
                raise ValidationError(msg("No work item is numbered '{number}'; type a number "
                                          "such as PRB-000012.", number=number.strip()),
                                          {"number": "not found"})
            exists = session.scalars(select(ImprovementLink).where(
                ImprovementLink.initiative_id == row.id,
                ImprovementLink.work_item_id == item.id,
                ImprovementLink.deleted_at.is_(None))).first()
            if exists is not None:
                raise ValidationError(msg("{number} is already linked to this initiative.",
                                          number=item.number),
                                      {"number": "already linked"})
            session.add(ImprovementLink(id=uuid.uuid4(), initiative_id=row.id,
                                        work_item_id=item.id, created_at=now, updated_at=now))
            uow.flush()
            audit(uow, self._actor, KIND, row.id, row.title, None,
                  {"linked": item.number})
            result = self._dto(session, row)
            uow.commit()
        return SavedInitiative(result, Changes(KIND, frozenset({result.id})))

    def unlink(self, initiative_id: uuid.UUID, item_id: uuid.UUID) -> SavedInitiative:
        require(self._actor, Action.EDIT, Resource.IMPROVEMENT)
        now = self._clock()
        with self._uow() as uow:
            session = uow.session
            row = session.get(ImprovementInitiative, initiative_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This initiative no longer exists; reload the register.")
            link = session.scalars(select(ImprovementLink).where(
                ImprovementLink.initiative_id == initiative_id,
                ImprovementLink.work_item_id == item_id,
                ImprovementLink.deleted_at.is_(None))).first()
            if link is None:
                raise NotFound("That item is no longer linked; reload the register.")
            link.deleted_at = link.updated_at = now
            uow.flush()
            item = session.get(WorkItem, item_id)
            audit(uow, self._actor, KIND, row.id, row.title,
                  {"linked": item.number if item else str(item_id)}, None)
            result = self._dto(session, row)
            uow.commit()
        return SavedInitiative(result, Changes(KIND, frozenset({result.id})))

    # -- DTOs -----------------------------------------------------------------------------
    @staticmethod
    def _dto(session: Any, r: ImprovementInitiative) -> InitiativeDTO:
        owner = session.get(StaffUser, r.owner_id) if r.owner_id else None
        links = session.execute(
            select(WorkItem.id, WorkItem.number, WorkItem.kind, WorkItem.title, WorkItem.status)
            .join(ImprovementLink, ImprovementLink.work_item_id == WorkItem.id)
            .where(ImprovementLink.initiative_id == r.id, ImprovementLink.deleted_at.is_(None))
            .order_by(WorkItem.number)).all()
        return InitiativeDTO(
            r.id, r.version, r.title, r.reason, r.owner_id, owner.full_name if owner else "",
            r.kpi, Scope.from_dict(r.scope), r.baseline, r.baseline_count, r.baseline_start,
            r.baseline_end, r.target, r.due_on, r.status, r.notes or "", r.created_at,
            tuple(LinkedItem(*link) for link in links))
