"""ServiceLevelService on SQLite and PostgreSQL: calendars and SLA definitions, every bad input."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from deskapp.db.models import BusinessCalendar, CalendarHours, Holiday, SlaDefinition, SlaTarget
from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.service_levels import (
    CalendarDraft,
    HolidayEntry,
    SlaDraft,
    SlaTargetDTO,
)
from tests.support.factories import make_desk

OFFICE = {d: ((9 * 60, 17 * 60),) for d in range(5)}
TARGETS = tuple(SlaTargetDTO(p, 30 * p, 240 * p) for p in range(1, 6))


def snapshot(db: Database) -> tuple[object, ...]:
    """Everything a failed save must leave untouched."""
    with db.uow(read_only=True) as uow:
        s = uow.session
        cals = sorted((c.name, c.timezone, c.version) for c in s.scalars(select(BusinessCalendar)))
        hours = sorted((str(h.calendar_id), h.weekday, h.start_minute, h.end_minute)
                       for h in s.scalars(select(CalendarHours)))
        hol = sorted((str(h.calendar_id), h.day) for h in s.scalars(select(Holiday)))
        slas = sorted((x.name, x.version, x.is_default) for x in s.scalars(select(SlaDefinition)))
        targets = sorted((str(t.sla_id), t.priority, t.response_minutes, t.resolution_minutes)
                         for t in s.scalars(select(SlaTarget)))
        return cals, hours, hol, slas, targets


def new_calendar(services: Services, name: str = "Support hours") -> object:
    return services.service_levels.save_calendar(CalendarDraft(
        name, "Europe/Paris", OFFICE,
        (HolidayEntry(date(2025, 12, 25), "Noël"), HolidayEntry(date(2025, 1, 1), "Jour de l'an"))
    )).record


def test_lists_existing_calendars_and_slas(database: Database, services: Services) -> None:
    desk = make_desk(database)
    cals = services.service_levels.calendars()
    assert [(c.name, c.timezone, c.weekly_minutes, c.slas) for c in cals] == [
        ("cal-24x7", "UTC", 7 * 1440, 1)]
    slas = services.service_levels.definitions()
    assert [(s.id, s.name, s.calendar_name, s.is_default) for s in slas] == [
        (desk.sla_id, "Standard", "cal-24x7", True)]
    assert slas[0].targets[0].response_minutes == 30
    assert slas[0].pause_statuses == ("pending",)


def test_create_and_edit_calendar(database: Database, services: Services) -> None:
    saved = services.service_levels.save_calendar(CalendarDraft(
        "  Support hours ", "Europe/Paris", OFFICE,
        (HolidayEntry(date(2025, 12, 25), "Noël"), HolidayEntry(date(2025, 1, 1), ""))))
    cal = saved.record
    assert saved.changes.kind == "calendar" and saved.changes.created
    again = services.service_levels.calendar(cal.id)
    assert again.name == "Support hours" and again.timezone == "Europe/Paris"
    assert again.hours[0] == ((540, 1020),) and again.hours[5] == ()
    assert [h.day for h in again.holidays] == [date(2025, 1, 1), date(2025, 12, 25)]

    # Only the hours change: the version still moves on, so a stale editor is caught.
    hours = dict(OFFICE) | {5: ((600, 720), (780, 1440))}
    edited = services.service_levels.save_calendar(CalendarDraft(
        again.name, again.timezone, hours, again.holidays[:1], id=again.id,
        version=again.version)).record
    assert edited.version == again.version + 1
    assert edited.hours[5] == ((600, 720), (780, 1440))
    assert [h.day for h in edited.holidays] == [date(2025, 1, 1)]
    summary = {c.name: c for c in services.service_levels.calendars()}["Support hours"]
    assert summary.weekly_minutes == 5 * 480 + 120 + 660 and summary.holidays == 1


def test_stale_calendar_edit_is_refused_with_theirs(database: Database,
                                                     services: Services) -> None:
    cal = new_calendar(services)
    assert isinstance(cal, object)
    first = services.service_levels.calendar(cal.id)  # type: ignore[attr-defined]
    services.service_levels.save_calendar(CalendarDraft(
        first.name, "Europe/Berlin", OFFICE, (), id=first.id, version=first.version))
    before = snapshot(database)
    with pytest.raises(ConflictError) as err:
        services.service_levels.save_calendar(CalendarDraft(
            first.name, "Europe/Rome", {0: ((0, 60),)}, (), id=first.id, version=first.version))
    assert err.value.theirs.timezone == "Europe/Berlin"
    assert snapshot(database) == before


BAD_CALENDARS = [
    pytest.param(dict(name="   "), "name", "required", id="empty-name"),
    pytest.param(dict(name="x" * 81), "name", "81 characters", id="too-long-name"),
    pytest.param(dict(timezone="Mars/Olympus_Mons"), "timezone", "not a known", id="bad-zone"),
    pytest.param(dict(timezone=""), "timezone", "Choose a time zone", id="no-zone"),
    pytest.param(dict(hours={}), "hours", "no working hours", id="no-hours"),
    pytest.param(dict(hours={d: () for d in range(7)}), "hours", "no working hours",
                 id="all-days-off"),
    pytest.param(dict(hours={2: ((17 * 60, 9 * 60),)}), "hours.2", "Wednesday: the end (09:00)",
                 id="end-before-start"),
    pytest.param(dict(hours={0: ((540, 540),)}), "hours.0", "not after the start",
                 id="empty-interval"),
    pytest.param(dict(hours={1: ((540, 720), (700, 1000))}), "hours.1", "overlaps",
                 id="overlap"),
    pytest.param(dict(hours={0: ((0, 1500),)}), "hours.0", "within the day", id="past-midnight"),
    pytest.param(dict(holidays=(HolidayEntry(date(2025, 5, 1)), HolidayEntry(date(2025, 5, 1)))),
                 "holidays", "remove the duplicate of 2025-05-01", id="duplicate-holiday"),
    pytest.param(dict(holidays=(HolidayEntry(date(2025, 5, 1), "n" * 81),)), "holidays.0",
                 "too long", id="holiday-name-too-long"),
]


@pytest.mark.parametrize(("change", "field", "text"), BAD_CALENDARS)
def test_bad_calendar_input_saves_nothing(database: Database, services: Services,
                                          change: dict[str, object], field: str,
                                          text: str) -> None:
    cal = new_calendar(services)
    base = services.service_levels.calendar(cal.id)  # type: ignore[attr-defined]
    edit = dataclasses.replace(CalendarDraft(base.name, base.timezone, OFFICE, base.holidays,
                                             id=base.id, version=base.version), **change)
    create = dataclasses.replace(CalendarDraft("Fresh", "UTC", OFFICE), **change)
    before = snapshot(database)
    for draft in (edit, create):
        with pytest.raises(ValidationError) as err:
            services.service_levels.save_calendar(draft)
        assert field in err.value.fields, err.value.fields
        assert text in err.value.fields[field]
        assert snapshot(database) == before


def test_every_problem_is_reported_at_once(database: Database, services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.service_levels.save_calendar(CalendarDraft("", "Nowhere/Land", {}))
    assert set(err.value.fields) == {"name", "timezone", "hours"}
    assert "2 more field(s)" in str(err.value)


def test_duplicate_calendar_name_is_refused(database: Database, services: Services) -> None:
    new_calendar(services)
    with pytest.raises(ValidationError) as err:
        services.service_levels.save_calendar(CalendarDraft("support HOURS", "UTC", OFFICE))
    assert "already exists" in err.value.fields["name"]


def test_create_and_edit_sla(database: Database, services: Services) -> None:
    desk = make_desk(database)
    cal = new_calendar(services)
    saved = services.service_levels.save_definition(SlaDraft(
        "Gold", cal.id, TARGETS, ("pending", "new"), is_default=True))  # type: ignore[attr-defined]
    gold = saved.record
    assert saved.changes.kind == "sla" and saved.changes.created
    assert gold.is_default and gold.calendar_name == "Support hours"
    assert gold.pause_statuses == ("new", "pending")  # stored in lifecycle order
    assert services.service_levels.definition(desk.sla_id).is_default is False  # only one default

    targets = tuple(dataclasses.replace(t, resolution_minutes=t.resolution_minutes * 2)
                    for t in TARGETS)
    edited = services.service_levels.save_definition(SlaDraft(
        "Gold", gold.calendar_id, targets, (), False, id=gold.id, version=gold.version)).record
    assert edited.version == gold.version + 1 and edited.pause_statuses == ()
    assert [t.resolution_minutes for t in edited.targets] == [480, 960, 1440, 1920, 2400]
    with pytest.raises(ConflictError):
        services.service_levels.save_definition(SlaDraft(
            "Gold", gold.calendar_id, TARGETS, (), id=gold.id, version=gold.version))


def _targets_with(priority: int, response: int, resolution: int) -> tuple[SlaTargetDTO, ...]:
    return tuple(SlaTargetDTO(p, response, resolution) if p == priority else t
                 for p, t in zip(range(1, 6), TARGETS, strict=True))


BAD_SLAS = [
    pytest.param(dict(name=""), "name", "required", id="empty-name"),
    pytest.param(dict(name="s" * 81), "name", "81 characters", id="too-long-name"),
    pytest.param(dict(targets=_targets_with(2, 0, 100)), "targets.2.response",
                 "more than zero", id="zero-response"),
    pytest.param(dict(targets=_targets_with(3, 30, -5)), "targets.3.resolution",
                 "more than zero", id="negative-resolution"),
    pytest.param(dict(targets=_targets_with(1, 600, 240)), "targets.1.response",
                 "longer than the resolution target (4:00)", id="response-over-resolution"),
    pytest.param(dict(targets=_targets_with(4, 30, 10**7)), "targets.4.resolution",
                 "over a year", id="huge-target"),
    pytest.param(dict(targets=TARGETS[:4]), "targets", "every priority", id="missing-priority"),
    pytest.param(dict(targets=TARGETS + (SlaTargetDTO(1, 5, 10),)), "targets", "twice",
                 id="priority-twice"),
    pytest.param(dict(pause_statuses=("closed",)), "pause_statuses", "cannot pause",
                 id="bad-pause-status"),
    pytest.param(dict(calendar_id=None), "calendar_id", "Choose", id="no-calendar"),
]


@pytest.mark.parametrize(("change", "field", "text"), BAD_SLAS)
def test_bad_sla_input_saves_nothing(database: Database, services: Services,
                                     change: dict[str, object], field: str, text: str) -> None:
    desk = make_desk(database)
    base = services.service_levels.definition(desk.sla_id)
    before = snapshot(database)
    drafts = [SlaDraft(base.name, base.calendar_id, TARGETS, id=base.id, version=base.version),
              SlaDraft("Brand new", base.calendar_id, TARGETS)]
    for draft in drafts:
        with pytest.raises(ValidationError) as err:
            services.service_levels.save_definition(dataclasses.replace(draft, **change))
        assert text in err.value.fields[field], err.value.fields
        assert snapshot(database) == before


def test_sla_count_per_calendar(database: Database, services: Services) -> None:
    make_desk(database)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(SlaDefinition)) == 1
    cal = services.service_levels.calendars()[0]
    assert services.service_levels.calendar(cal.id).used_by == ("Standard",)
