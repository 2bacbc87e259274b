"""SLA definitions and business-hours calendars (Service Design): view, validate and edit.

A save is all or nothing: every rule in :mod:`deskapp.domain.calendar_rules` is checked first
and all problems come back together in one ``ValidationError(fields=...)``; only then is the
record written, with its child rows (hours, holidays, targets) replaced in the same transaction.
Edits are guarded twice against lost updates: the version the person read is compared with the
stored one (``ConflictError.theirs`` carries the saved state), and the row's version column
catches a save that lands in between. Changing only child rows still bumps the parent's version
(``updated_at`` is always set), so two people editing the same week cannot both win.

Incidents keep the SLA results they were last computed with; the clock replays them with the new
calendar or targets the next time each incident changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from deskapp.db.models import BusinessCalendar, SlaDefinition
from deskapp.domain.calendar_rules import (
    PAUSABLE_STATUSES,
    calendar_problems,
    sla_problems,
)
from deskapp.domain.pending import REASONS, check_pause_reasons
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.service_levels import ServiceLevelRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, Changes, Choice

Interval = tuple[int, int]


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    name: str = ""


@dataclass(frozen=True)
class CalendarSummary:
    id: uuid.UUID
    name: str
    timezone: str
    weekly_minutes: int
    holidays: int
    slas: int


@dataclass(frozen=True)
class CalendarDTO:
    id: uuid.UUID
    version: int
    name: str
    timezone: str
    #: Seven entries, Monday first; each the day's working intervals (minutes, end exclusive).
    hours: tuple[tuple[Interval, ...], ...]
    holidays: tuple[HolidayEntry, ...]
    used_by: tuple[str, ...]


@dataclass(frozen=True)
class CalendarDraft:
    """What the editor sends. ``id``/``version`` are None for a new calendar."""

    name: str
    timezone: str
    hours: Mapping[int, tuple[Interval, ...]]
    holidays: tuple[HolidayEntry, ...] = ()
    id: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True)
class SlaTargetDTO:
    priority: int
    response_minutes: int
    resolution_minutes: int


@dataclass(frozen=True)
class SlaSummary:
    id: uuid.UUID
    name: str
    calendar_name: str
    is_default: bool
    pause_statuses: tuple[str, ...]
    targets: tuple[SlaTargetDTO, ...]
    services: int
    #: pending reasons that stop the clock (None: every reason)
    pause_reasons: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SlaDefinitionDTO:
    id: uuid.UUID
    version: int
    name: str
    calendar_id: uuid.UUID
    calendar_name: str
    is_default: bool
    pause_statuses: tuple[str, ...]
    targets: tuple[SlaTargetDTO, ...]
    #: pending reasons that stop the clock (None: every reason)
    pause_reasons: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SlaDraft:
    name: str
    calendar_id: uuid.UUID | None
    targets: tuple[SlaTargetDTO, ...]
    pause_statuses: tuple[str, ...] = ("pending",)
    is_default: bool = False
    id: uuid.UUID | None = None
    version: int | None = None
    #: pending reasons that stop the clock (None: every reason, as before reasons existed)
    pause_reasons: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Saved:
    """A save's result: the stored record and what changed, for the change bus."""

    record: CalendarDTO | SlaDefinitionDTO
    changes: Changes


class ServiceLevelService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    # -- calendars ----------------------------------------------------------------------------
    def calendars(self) -> list[CalendarSummary]:
        with self._uow(read_only=True) as uow:
            repo = ServiceLevelRepository(uow.session)
            minutes, holidays = repo.weekly_minutes(), repo.holiday_counts()
            slas = repo.sla_counts_by_calendar()
            return [CalendarSummary(c.id, c.name, c.timezone, minutes.get(c.id, 0),
                                    holidays.get(c.id, 0), slas.get(c.id, 0))
                    for c in repo.calendars()]

    def calendar_choices(self) -> list[Choice]:
        return [Choice(c.id, c.name, c.timezone) for c in self.calendars()]

    def calendar(self, calendar_id: uuid.UUID) -> CalendarDTO:
        with self._uow(read_only=True) as uow:
            return self._calendar_dto(uow, calendar_id)

    def save_calendar(self, draft: CalendarDraft) -> Saved:
        require(self._actor, Action.CREATE if draft.id is None else Action.EDIT, Resource.SLA)
        holidays = [(h.day, h.name) for h in draft.holidays]
        fields = calendar_problems(draft.name, draft.timezone, draft.hours, holidays)
        with self._uow() as uow:
            repo = ServiceLevelRepository(uow.session)
            name = draft.name.strip()
            if "name" not in fields:
                same = repo.calendar_named(name)
                if same is not None and same.id != draft.id:
                    fields["name"] = (msg("A calendar named '{same_name}' already exists; "
                                          "choose another name.", same_name=same.name))
            if fields:
                raise ValidationError.for_fields(fields)
            before = None
            if draft.id is None:
                cal = BusinessCalendar(name=name, timezone=draft.timezone.strip())
                uow.session.add(cal)
                uow.session.flush()
            else:
                found = repo.calendar(draft.id)
                if found is None:
                    raise NotFound("This calendar was deleted by someone else; reload the list.")
                cal = found
                if draft.version is not None and cal.version != draft.version:
                    theirs = self._calendar_dto(uow, cal.id)
                    raise ConflictError(CONFLICT_MESSAGE, theirs)
                before = _calendar_audit(self._calendar_dto(uow, cal.id))
                cal.name = name
                cal.timezone = draft.timezone.strip()
                cal.updated_at = datetime.now(UTC)  # bumps the version even if only hours moved
            repo.replace_hours(cal.id, sorted(
                (d, s, e) for d, spans in draft.hours.items() for s, e in spans))
            repo.replace_holidays(cal.id, sorted((d, n.strip()) for d, n in holidays))
            uow.flush()
            if draft.id is not None:  # its open tickets' deadlines moved: the sweep re-checks
                uow.work_items.recheck_sla(repo.sla_ids_using(cal.id), datetime.now(UTC))
            result = self._calendar_dto(uow, cal.id)
            audit(uow, self._actor, "calendar", cal.id, result.name, before,
                  _calendar_audit(result))
            uow.commit()
        return Saved(result, Changes("calendar", frozenset({result.id}),
                                     created=draft.id is None))

    def _calendar_dto(self, uow: UnitOfWork, calendar_id: uuid.UUID) -> CalendarDTO:
        repo = ServiceLevelRepository(uow.session)
        cal = repo.calendar(calendar_id)
        if cal is None:
            raise NotFound("This calendar no longer exists; reload the list.")
        week: list[list[Interval]] = [[] for _ in range(7)]
        for h in repo.hours(cal.id):
            if 0 <= h.weekday <= 6:
                week[h.weekday].append((h.start_minute, h.end_minute))
        return CalendarDTO(
            id=cal.id, version=cal.version, name=cal.name, timezone=cal.timezone,
            hours=tuple(tuple(day) for day in week),
            holidays=tuple(HolidayEntry(h.day, h.name or "") for h in repo.holidays(cal.id)),
            used_by=tuple(repo.sla_names_using(cal.id)))

    # -- SLA definitions ---------------------------------------------------------------------
    def definitions(self) -> list[SlaSummary]:
        with self._uow(read_only=True) as uow:
            repo = ServiceLevelRepository(uow.session)
            targets, services = repo.all_targets(), repo.service_counts_by_sla()
            return [SlaSummary(sla.id, sla.name, cal_name, bool(sla.is_default),
                               tuple(sla.pause_statuses or ()),
                               _targets(targets.get(sla.id, {})), services.get(sla.id, 0),
                               _reasons(sla.pause_reasons))
                    for sla, cal_name in repo.definitions()]

    def definition(self, sla_id: uuid.UUID) -> SlaDefinitionDTO:
        with self._uow(read_only=True) as uow:
            return self._definition_dto(uow, sla_id)

    @staticmethod
    def pause_status_choices() -> tuple[str, ...]:
        return PAUSABLE_STATUSES

    def save_definition(self, draft: SlaDraft) -> Saved:
        require(self._actor, Action.CREATE if draft.id is None else Action.EDIT, Resource.SLA)
        targets: dict[int, tuple[int, int]] = {}
        fields: dict[str, str] = {}
        for t in draft.targets:
            if t.priority in targets:
                fields["targets"] = msg("P{priority} is listed twice; give each priority once.",
                                        priority=t.priority)
            targets[t.priority] = (t.response_minutes, t.resolution_minutes)
        fields.update(sla_problems(draft.name, targets, draft.pause_statuses))
        with self._uow() as uow:
            repo = ServiceLevelRepository(uow.session)
            name = draft.name.strip()
            if draft.calendar_id is None:
                fields["calendar_id"] = "Choose the business-hours calendar the targets count in."
            elif repo.calendar(draft.calendar_id) is None:
                fields["calendar_id"] = ("That calendar no longer exists; choose another one or "
                                         "reload.")
            if "name" not in fields:
                same = repo.definition_named(name)
                if same is not None and same.id != draft.id:
                    fields["name"] = (msg("An SLA named '{same_name}' already exists; choose "
                                          "another name.", same_name=same.name))
            if fields:
                raise ValidationError.for_fields(fields)
            assert draft.calendar_id is not None
            pauses = [s for s in PAUSABLE_STATUSES if s in set(draft.pause_statuses)]
            reasons = check_pause_reasons(draft.pause_reasons)
            if reasons is not None and set(reasons) == set(REASONS):
                reasons = None  # every reason: stored as "all", so a new reason pauses too
            before = None
            if draft.id is None:
                sla = SlaDefinition(name=name, calendar_id=draft.calendar_id,
                                    pause_statuses=pauses, pause_reasons=reasons,
                                    is_default=draft.is_default)
                uow.session.add(sla)
                uow.session.flush()
            else:
                found = repo.definition(draft.id)
                if found is None:
                    raise NotFound("This SLA was deleted by someone else; reload the list.")
                sla = found
                if draft.version is not None and sla.version != draft.version:
                    raise ConflictError(CONFLICT_MESSAGE, self._definition_dto(uow, sla.id))
                before = _sla_audit(self._definition_dto(uow, sla.id))
                sla.name = name
                sla.calendar_id = draft.calendar_id
                sla.pause_statuses = pauses
                sla.pause_reasons = reasons
                sla.is_default = draft.is_default
                sla.updated_at = datetime.now(UTC)
            if draft.is_default:
                repo.clear_default_except(sla.id)
            repo.replace_targets(sla.id, sorted((p, r, s) for p, (r, s) in targets.items()))
            uow.flush()
            if draft.id is not None:  # new targets, pauses or calendar: the sweep re-checks
                uow.work_items.recheck_sla([sla.id], datetime.now(UTC))
            result = self._definition_dto(uow, sla.id)
            audit(uow, self._actor, "sla", sla.id, result.name, before, _sla_audit(result))
            uow.commit()
        return Saved(result, Changes("sla", frozenset({result.id}), created=draft.id is None))

    def _definition_dto(self, uow: UnitOfWork, sla_id: uuid.UUID) -> SlaDefinitionDTO:
        repo = ServiceLevelRepository(uow.session)
        sla = repo.definition(sla_id)
        if sla is None:
            raise NotFound("This SLA no longer exists; reload the list.")
        cal = repo.calendar(sla.calendar_id)
        return SlaDefinitionDTO(
            id=sla.id, version=sla.version, name=sla.name, calendar_id=sla.calendar_id,
            calendar_name=cal.name if cal is not None else "",
            is_default=bool(sla.is_default), pause_statuses=tuple(sla.pause_statuses or ()),
            targets=tuple(SlaTargetDTO(t.priority, t.response_minutes, t.resolution_minutes)
                          for t in repo.targets(sla.id)),
            pause_reasons=_reasons(sla.pause_reasons))


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _calendar_audit(c: CalendarDTO) -> dict[str, str | None]:
    """A calendar as its audit rows show it: one field per weekday, the holidays as one."""
    def span(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"

    out: dict[str, str | None] = {"name": c.name, "timezone": c.timezone}
    for day, spans in zip(_DAYS, c.hours, strict=True):
        out[f"hours.{day}"] = ", ".join(f"{span(s)}-{span(e)}" for s, e in spans) or None
    out["holidays"] = "; ".join(f"{h.day.isoformat()} {h.name}".strip()
                                for h in c.holidays) or None
    return out


def _sla_audit(s: SlaDefinitionDTO) -> dict[str, str | None]:
    """An SLA as its audit rows show it: one field per priority's targets."""
    out: dict[str, str | None] = {
        "name": s.name, "calendar": s.calendar_name, "is_default": str(s.is_default),
        "pause_statuses": ", ".join(s.pause_statuses) or None,
        "pause_reasons": "all" if s.pause_reasons is None else ", ".join(s.pause_reasons)
        or "none"}
    for t in s.targets:
        out[f"target.P{t.priority}"] = (f"response {t.response_minutes} min, resolution "
                                        f"{t.resolution_minutes} min")
    return out


def _reasons(stored: list[str] | None) -> tuple[str, ...] | None:
    return None if stored is None else tuple(r for r in REASONS if r in set(stored))


def _targets(by_priority: Mapping[int, tuple[int, int]]) -> tuple[SlaTargetDTO, ...]:
    return tuple(SlaTargetDTO(p, r, s) for p, (r, s) in sorted(by_priority.items()))
