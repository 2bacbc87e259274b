"""Calendars and SLA definitions as the Design area edits them (the clock reads them through
``SlaRepository``). Queries only; the rules live in ``deskapp.domain.calendar_rules``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    BusinessCalendar,
    CalendarHours,
    Holiday,
    Service,
    SlaDefinition,
    SlaTarget,
)


class ServiceLevelRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- calendars ------------------------------------------------------------------------
    def calendar(self, calendar_id: uuid.UUID) -> BusinessCalendar | None:
        cal = self.session.get(BusinessCalendar, calendar_id)
        return None if cal is None or cal.deleted_at is not None else cal

    def calendar_named(self, name: str) -> BusinessCalendar | None:
        return self.session.scalar(
            select(BusinessCalendar).where(func.lower(BusinessCalendar.name) == name.lower()))

    def calendars(self) -> Sequence[BusinessCalendar]:
        return self.session.scalars(
            select(BusinessCalendar).where(BusinessCalendar.deleted_at.is_(None))
            .order_by(BusinessCalendar.name)).all()

    def weekly_minutes(self) -> dict[uuid.UUID, int]:
        rows = self.session.execute(
            select(CalendarHours.calendar_id,
                   func.sum(CalendarHours.end_minute - CalendarHours.start_minute))
            .group_by(CalendarHours.calendar_id))
        return {cid: int(total or 0) for cid, total in rows}

    def holiday_counts(self) -> dict[uuid.UUID, int]:
        rows = self.session.execute(
            select(Holiday.calendar_id, func.count()).group_by(Holiday.calendar_id))
        return {cid: int(n) for cid, n in rows}

    def hours(self, calendar_id: uuid.UUID) -> Sequence[CalendarHours]:
        return self.session.scalars(
            select(CalendarHours).where(CalendarHours.calendar_id == calendar_id)
            .order_by(CalendarHours.weekday, CalendarHours.start_minute)).all()

    def holidays(self, calendar_id: uuid.UUID) -> Sequence[Holiday]:
        return self.session.scalars(
            select(Holiday).where(Holiday.calendar_id == calendar_id).order_by(Holiday.day)).all()

    def replace_hours(self, calendar_id: uuid.UUID,
                      intervals: Iterable[tuple[int, int, int]]) -> None:
        """Swap the week for ``(weekday, start_minute, end_minute)`` rows."""
        self.session.execute(delete(CalendarHours).where(CalendarHours.calendar_id == calendar_id))
        self.session.add_all(CalendarHours(calendar_id=calendar_id, weekday=d, start_minute=s,
                                           end_minute=e) for d, s, e in intervals)

    def replace_holidays(self, calendar_id: uuid.UUID,
                         holidays: Iterable[tuple[date, str]]) -> None:
        self.session.execute(delete(Holiday).where(Holiday.calendar_id == calendar_id))
        # The unique (calendar_id, day) constraint would see the new rows before the delete
        # unless the delete is flushed first; it was executed directly, so it already ran.
        self.session.add_all(Holiday(calendar_id=calendar_id, day=d, name=n) for d, n in holidays)

    def sla_ids_using(self, calendar_id: uuid.UUID) -> list[uuid.UUID]:
        return list(self.session.scalars(
            select(SlaDefinition.id).where(SlaDefinition.calendar_id == calendar_id)))

    def sla_names_using(self, calendar_id: uuid.UUID) -> list[str]:
        return list(self.session.scalars(
            select(SlaDefinition.name).where(SlaDefinition.calendar_id == calendar_id,
                                             SlaDefinition.deleted_at.is_(None))
            .order_by(SlaDefinition.name)))

    def sla_counts_by_calendar(self) -> dict[uuid.UUID, int]:
        rows = self.session.execute(
            select(SlaDefinition.calendar_id, func.count())
            .where(SlaDefinition.deleted_at.is_(None)).group_by(SlaDefinition.calendar_id))
        return {cid: int(n) for cid, n in rows}

    # -- SLA definitions ---------------------------------------------------------------------
    def definition(self, sla_id: uuid.UUID) -> SlaDefinition | None:
        sla = self.session.get(SlaDefinition, sla_id)
        return None if sla is None or sla.deleted_at is not None else sla

    def definition_named(self, name: str) -> SlaDefinition | None:
        return self.session.scalar(
            select(SlaDefinition).where(func.lower(SlaDefinition.name) == name.lower()))

    def definitions(self) -> Sequence[tuple[SlaDefinition, str]]:
        """Live definitions with their calendar's name."""
        rows = self.session.execute(
            select(SlaDefinition, BusinessCalendar.name)
            .join(BusinessCalendar, BusinessCalendar.id == SlaDefinition.calendar_id)
            .where(SlaDefinition.deleted_at.is_(None)).order_by(SlaDefinition.name))
        return [(sla, name) for sla, name in rows]

    def targets(self, sla_id: uuid.UUID) -> Sequence[SlaTarget]:
        return self.session.scalars(
            select(SlaTarget).where(SlaTarget.sla_id == sla_id).order_by(SlaTarget.priority)
        ).all()

    def all_targets(self) -> dict[uuid.UUID, dict[int, tuple[int, int]]]:
        out: dict[uuid.UUID, dict[int, tuple[int, int]]] = {}
        for t in self.session.scalars(select(SlaTarget)):
            out.setdefault(t.sla_id, {})[t.priority] = (t.response_minutes, t.resolution_minutes)
        return out

    def replace_targets(self, sla_id: uuid.UUID,
                        targets: Iterable[tuple[int, int, int]]) -> None:
        """Swap the targets for ``(priority, response_minutes, resolution_minutes)`` rows."""
        self.session.execute(delete(SlaTarget).where(SlaTarget.sla_id == sla_id))
        self.session.add_all(SlaTarget(sla_id=sla_id, priority=p, response_minutes=r,
                                       resolution_minutes=s) for p, r, s in targets)

    def clear_default_except(self, sla_id: uuid.UUID) -> None:
        for other in self.session.scalars(
                select(SlaDefinition).where(SlaDefinition.is_default.is_(True),
                                            SlaDefinition.id != sla_id)):
            other.is_default = False

    def service_counts_by_sla(self) -> dict[uuid.UUID, int]:
        rows = self.session.execute(
            select(Service.sla_id, func.count()).where(Service.sla_id.is_not(None),
                                                       Service.deleted_at.is_(None))
            .group_by(Service.sla_id))
        return {sid: int(n) for sid, n in rows if sid is not None}
