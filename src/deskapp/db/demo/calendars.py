"""Reference data: the two business calendars (with UK bank holidays) and the two SLAs."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from deskapp.db.demo.common import new_id, stamp, table_of
from deskapp.db.models import BusinessCalendar, CalendarHours, Holiday, SlaDefinition, SlaTarget

CALENDAR_OFFICE = "Office hours (Europe/London)"
CALENDAR_24X7 = "24x7 (UTC)"
SLA_STANDARD = "Standard"
SLA_CRITICAL = "Critical services 24x7"
#: England and Wales bank holidays (gov.uk), substitute days included.
UK_BANK_HOLIDAYS: tuple[tuple[date, str], ...] = (
    (date(2025, 1, 1), "New Year's Day"), (date(2025, 4, 18), "Good Friday"),
    (date(2025, 4, 21), "Easter Monday"), (date(2025, 5, 5), "Early May bank holiday"),
    (date(2025, 5, 26), "Spring bank holiday"), (date(2025, 8, 25), "Summer bank holiday"),
    (date(2025, 12, 25), "Christmas Day"), (date(2025, 12, 26), "Boxing Day"),
    (date(2026, 1, 1), "New Year's Day"), (date(2026, 4, 3), "Good Friday"),
    (date(2026, 4, 6), "Easter Monday"), (date(2026, 5, 4), "Early May bank holiday"),
    (date(2026, 5, 25), "Spring bank holiday"), (date(2026, 8, 31), "Summer bank holiday"),
    (date(2026, 12, 25), "Christmas Day"), (date(2026, 12, 28), "Boxing Day (substitute day)"),
    (date(2027, 1, 1), "New Year's Day"), (date(2027, 3, 26), "Good Friday"),
    (date(2027, 3, 29), "Easter Monday"), (date(2027, 5, 3), "Early May bank holiday"),
    (date(2027, 5, 31), "Spring bank holiday"), (date(2027, 8, 30), "Summer bank holiday"),
    (date(2027, 12, 27), "Christmas Day (substitute day)"),
    (date(2027, 12, 28), "Boxing Day (substitute day)"),
)
#: priority -> (response, resolution) in business minutes.
STANDARD_TARGETS = {1: (30, 240), 2: (60, 480), 3: (240, 1440), 4: (480, 2880), 5: (1440, 7200)}
CRITICAL_TARGETS = {1: (15, 120), 2: (30, 240), 3: (120, 720), 4: (240, 1440), 5: (480, 2880)}


def ensure_calendars_and_slas(conn: Connection, at: datetime) -> dict[str, uuid.UUID]:
    """The office-hours and 24x7 calendars and the two SLAs: SLA name -> id."""
    cal_t, hours_t, hol_t = table_of(BusinessCalendar), table_of(CalendarHours), table_of(Holiday)
    cals = {r.name: r.id for r in conn.execute(select(cal_t.c.name, cal_t.c.id))}
    for name, zone, hours in (
        (CALENDAR_OFFICE, "Europe/London", [(d, 8 * 60, 18 * 60) for d in range(5)]),
        (CALENDAR_24X7, "UTC", [(d, 0, 1440) for d in range(7)]),
    ):
        if name in cals:
            continue
        row = stamp({"name": name, "timezone": zone}, at)
        conn.execute(cal_t.insert(), [row])
        cals[name] = row["id"]
        conn.execute(hours_t.insert(), [
            {"id": new_id(), "calendar_id": row["id"], "weekday": d, "start_minute": s,
             "end_minute": e} for d, s, e in hours])
        if name == CALENDAR_OFFICE:
            conn.execute(hol_t.insert(), [
                {"id": new_id(), "calendar_id": row["id"], "day": day, "name": label}
                for day, label in UK_BANK_HOLIDAYS])
    sla_t, target_t = table_of(SlaDefinition), table_of(SlaTarget)
    slas = {r.name: r.id for r in conn.execute(select(sla_t.c.name, sla_t.c.id))}
    has_default = conn.execute(select(func.count()).select_from(sla_t).where(
        sla_t.c.is_default.is_(True), sla_t.c.deleted_at.is_(None))).scalar_one() > 0
    for name, cal, targets, default in (
        (SLA_STANDARD, CALENDAR_OFFICE, STANDARD_TARGETS, not has_default),
        (SLA_CRITICAL, CALENDAR_24X7, CRITICAL_TARGETS, False),
    ):
        if name in slas:
            continue
        row = stamp({"name": name, "calendar_id": cals[cal], "pause_statuses": ["pending"],
                      "is_default": default}, at)
        conn.execute(sla_t.insert(), [row])
        slas[name] = row["id"]
        conn.execute(target_t.insert(), [
            {"sla_id": row["id"], "priority": p, "response_minutes": r, "resolution_minutes": s}
            for p, (r, s) in targets.items()])
    return slas
