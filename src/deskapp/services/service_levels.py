"""SLA definitions and business-hours calendars (Service Design): view, validate and edit.

Calendars are checked by building the SLA clock's own :class:`deskapp.domain.sla.BusinessCalendar`
from the draft, so what can be saved is exactly what the clock can measure with. Every save is
all-or-nothing and version-checked.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, func, select

from deskapp.db.base import Record, utcnow
from deskapp.db.models import (
    BusinessCalendar,
    CalendarHours,
    Holiday,
    Service,
    SlaDefinition,
    SlaTarget,
)
from deskapp.domain import sla as clock
from deskapp.domain.incident import IncidentStatus
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor
from deskapp.services.sla_clock import minute_to_time

R = TypeVar("R", bound=Record)

NAME_MAX = 80
HOLIDAY_NAME_MAX = 80
PRIORITIES = (1, 2, 3, 4, 5)
#: Statuses that may pause an SLA clock (resolved/closed stop it anyway).
PAUSABLE = tuple(s.value for s in IncidentStatus if s.is_open and s != IncidentStatus.NEW)
#: A target longer than a year of business minutes is certainly a typing mistake.
TARGET_MAX = 525_600


@dataclass(frozen=True)
class WorkingDay:
    weekday: int  # 0 = Monday
    start_minute: int
    end_minute: int  # 1440 = midnight at the end of the day


@dataclass(frozen=True)
class HolidayDTO:
    day: date
    name: str


@dataclass(frozen=True)
class CalendarDTO:
    id: uuid.UUID | None
    version: int | None
    name: str
    timezone: str
    hours: tuple[WorkingDay, ...]
    holidays: tuple[HolidayDTO, ...]
    used_by: int = 0  # SLA definitions using it

    def weekly_minutes(self) -> int:
        return sum(h.end_minute - h.start_minute for h in self.hours)


@dataclass(frozen=True)
class TargetDTO:
    priority: int
    response_minutes: int
    resolution_minutes: int


@dataclass(frozen=True)
class SlaDefinitionDTO:
    id: uuid.UUID | None
    version: int | None
    name: str
    calendar_id: uuid.UUID | None
    calendar_name: str
    pause_statuses: tuple[str, ...]
    is_default: bool
    targets: tuple[TargetDTO, ...]
    services: int = 0  # services using it


def check_calendar(draft: CalendarDTO) -> dict[str, str]:
    """Field messages for a calendar draft (empty when it can be saved)."""
    fields: dict[str, str] = {}
    name = draft.name.strip()
    if not name:
        fields["name"] = "The calendar needs a name."
    elif len(name) > NAME_MAX:
        fields["name"] = f"The name is {len(name)} characters long; the limit is {NAME_MAX}."
    for h in draft.hours:
        if not (0 <= h.weekday <= 6 and 0 <= h.start_minute < 1440
                and 0 < h.end_minute <= 1440):
            fields[f"hours.{h.weekday}"] = "Use times between 00:00 and 24:00."
        elif h.end_minute <= h.start_minute:
            fields[f"hours.{h.weekday}"] = "The day ends before it starts; make the end later."
    days = Counter(h.day for h in draft.holidays)
    duplicates = sorted(d for d, n in days.items() if n > 1)
    if duplicates:
        first = duplicates[0].isoformat()
        fields["holidays"] = f"{first} is listed twice; remove the duplicate."
    long_names = [h for h in draft.holidays if len(h.name.strip()) > HOLIDAY_NAME_MAX]
    if long_names:
        fields["holidays"] = f"A holiday name is longer than {HOLIDAY_NAME_MAX} characters."
    if not any(k.startswith("hours.") for k in fields):
        try:
            clock.BusinessCalendar(
                draft.timezone,
                {h.weekday: ((minute_to_time(h.start_minute), minute_to_time(h.end_minute)),)
                 for h in draft.hours},
                frozenset(h.day for h in draft.holidays))
        except clock.CalendarError as exc:
            key = "timezone" if "zone" in str(exc) else "hours"
            fields[key] = str(exc)
    return fields


def check_sla(draft: SlaDefinitionDTO) -> dict[str, str]:
    fields: dict[str, str] = {}
    name = draft.name.strip()
    if not name:
        fields["name"] = "The SLA needs a name."
    elif len(name) > NAME_MAX:
        fields["name"] = f"The name is {len(name)} characters long; the limit is {NAME_MAX}."
    if draft.calendar_id is None:
        fields["calendar_id"] = "Choose the business-hours calendar the SLA counts in."
    given = {t.priority for t in draft.targets}
    if given != set(PRIORITIES):
        fields["targets"] = "Give response and resolution targets for P1 to P5."
    for t in draft.targets:
        for kind, value in (("response", t.response_minutes),
                            ("resolution", t.resolution_minutes)):
            if value <= 0:
                fields[f"targets.{t.priority}.{kind}"] = (
                    f"P{t.priority} {kind} target must be more than zero minutes.")
            elif value > TARGET_MAX:
                fields[f"targets.{t.priority}.{kind}"] = (
                    f"P{t.priority} {kind} target is over a year; check the number.")
        if 0 < t.resolution_minutes < t.response_minutes:
            fields[f"targets.{t.priority}.resolution"] = (
                f"P{t.priority}: resolution cannot be due before the first response; make it at "
                "least as long as the response target.")
    bad = [s for s in draft.pause_statuses if s not in PAUSABLE]
    if bad:
        fields["pause_statuses"] = f"'{bad[0]}' cannot pause an SLA; choose from " \
            f"{', '.join(PAUSABLE)}."
    return fields


class ServiceLevelService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    # -- reading --------------------------------------------------------------------------
    def calendars(self) -> list[CalendarDTO]:
        with self._uow(read_only=True) as uow:
            s = uow.session
            usage = dict(s.execute(select(SlaDefinition.calendar_id, func.count())
                                   .where(SlaDefinition.deleted_at.is_(None))
                                   .group_by(SlaDefinition.calendar_id)).all())
            return [self._calendar_dto(uow, c, int(usage.get(c.id, 0))) for c in s.scalars(
                select(BusinessCalendar).where(BusinessCalendar.deleted_at.is_(None))
                .order_by(BusinessCalendar.name))]

    def slas(self) -> list[SlaDefinitionDTO]:
        with self._uow(read_only=True) as uow:
            s = uow.session
            names = dict(s.execute(select(BusinessCalendar.id, BusinessCalendar.name)).all())
            usage = dict(s.execute(select(Service.sla_id, func.count())
                                   .where(Service.deleted_at.is_(None))
                                   .group_by(Service.sla_id)).all())
            out = []
            for d in s.scalars(select(SlaDefinition).where(SlaDefinition.deleted_at.is_(None))
                               .order_by(SlaDefinition.name)):
                targets = s.scalars(select(SlaTarget).where(SlaTarget.sla_id == d.id)
                                    .order_by(SlaTarget.priority)).all()
                out.append(SlaDefinitionDTO(
                    d.id, d.version, d.name, d.calendar_id, names.get(d.calendar_id, ""),
                    tuple(d.pause_statuses or ()), bool(d.is_default),
                    tuple(TargetDTO(t.priority, t.response_minutes, t.resolution_minutes)
                          for t in targets), int(usage.get(d.id, 0))))
            return out

    # -- writing --------------------------------------------------------------------------
    def save_calendar(self, draft: CalendarDTO) -> CalendarDTO:
        fields = check_calendar(draft)
        with self._uow() as uow:
            s = uow.session
            clash = s.scalar(select(BusinessCalendar.id).where(
                func.lower(BusinessCalendar.name) == draft.name.strip().lower(),
                BusinessCalendar.deleted_at.is_(None)))
            if clash is not None and clash != draft.id:
                fields.setdefault("name", "Another calendar already has this name.")
            if fields:
                raise ValidationError.for_fields(fields)
            cal = self._load(uow, BusinessCalendar, draft.id, draft.version) if draft.id \
                else None
            if cal is None:
                cal = BusinessCalendar(name=draft.name.strip(), timezone=draft.timezone)
                s.add(cal)
                s.flush()
            else:
                cal.name = draft.name.strip()
                cal.timezone = draft.timezone
                cal.updated_at = utcnow()  # children changed: bump the version all the same
                s.execute(delete(CalendarHours).where(CalendarHours.calendar_id == cal.id))
                s.execute(delete(Holiday).where(Holiday.calendar_id == cal.id))
            s.add_all(CalendarHours(calendar_id=cal.id, weekday=h.weekday,
                                    start_minute=h.start_minute, end_minute=h.end_minute)
                      for h in draft.hours)
            s.add_all(Holiday(calendar_id=cal.id, day=h.day, name=h.name.strip())
                      for h in draft.holidays)
            uow.commit()
            cal_id = cal.id
        return next(c for c in self.calendars() if c.id == cal_id)

    def save_sla(self, draft: SlaDefinitionDTO) -> SlaDefinitionDTO:
        fields = check_sla(draft)
        with self._uow() as uow:
            s = uow.session
            clash = s.scalar(select(SlaDefinition.id).where(
                func.lower(SlaDefinition.name) == draft.name.strip().lower(),
                SlaDefinition.deleted_at.is_(None)))
            if clash is not None and clash != draft.id:
                fields.setdefault("name", "Another SLA already has this name.")
            if draft.calendar_id is not None and s.get(BusinessCalendar,
                                                       draft.calendar_id) is None:
                fields["calendar_id"] = "That calendar no longer exists; choose another."
            if fields:
                raise ValidationError.for_fields(fields)
            sla = self._load(uow, SlaDefinition, draft.id, draft.version) if draft.id else None
            if sla is None:
                sla = SlaDefinition(name=draft.name.strip(), calendar_id=draft.calendar_id,
                                    pause_statuses=list(draft.pause_statuses),
                                    is_default=draft.is_default)
                s.add(sla)
                s.flush()
            else:
                assert draft.calendar_id is not None  # checked above
                sla.name = draft.name.strip()
                sla.calendar_id = draft.calendar_id
                sla.pause_statuses = list(draft.pause_statuses)
                sla.is_default = draft.is_default
                sla.updated_at = utcnow()
                s.execute(delete(SlaTarget).where(SlaTarget.sla_id == sla.id))
            if draft.is_default:
                for other in s.scalars(select(SlaDefinition).where(
                        SlaDefinition.id != sla.id, SlaDefinition.is_default.is_(True))):
                    other.is_default = False
            s.add_all(SlaTarget(sla_id=sla.id, priority=t.priority,
                                response_minutes=t.response_minutes,
                                resolution_minutes=t.resolution_minutes) for t in draft.targets)
            uow.commit()
            sla_id = sla.id
        return next(d for d in self.slas() if d.id == sla_id)

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _load(uow: UnitOfWork, model: type[R], record_id: uuid.UUID, version: int | None) -> R:
        found = uow.session.get(model, record_id)
        if found is None or found.deleted_at is not None:
            raise NotFound("That record was deleted by someone else; refresh the list.")
        if found.version != version:
            raise ConflictError(CONFLICT_MESSAGE)
        return found

    @staticmethod
    def _calendar_dto(uow: UnitOfWork, cal: BusinessCalendar, used_by: int) -> CalendarDTO:
        s = uow.session
        hours = s.scalars(select(CalendarHours).where(CalendarHours.calendar_id == cal.id)
                          .order_by(CalendarHours.weekday, CalendarHours.start_minute)).all()
        holidays = s.scalars(select(Holiday).where(Holiday.calendar_id == cal.id)
                             .order_by(Holiday.day)).all()
        return CalendarDTO(cal.id, cal.version, cal.name, cal.timezone,
                           tuple(WorkingDay(h.weekday, h.start_minute, h.end_minute)
                                 for h in hours),
                           tuple(HolidayDTO(h.day, h.name or "") for h in holidays), used_by)


def minutes_label(minutes: int) -> str:
    """1440 -> '24:00', 510 -> '08:30' (for forms and messages)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

