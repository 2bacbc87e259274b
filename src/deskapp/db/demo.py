"""Realistic demo data: reference data plus any number of incidents, fast enough for 1M tickets.

``generate(engine, tickets)`` first makes sure the reference data exists (organisations and
departments, callers, staff with roles, teams with members, the service portfolio, CIs, two
business calendars and two SLA definitions). Reference rows are found by their unique names and
reused, so a second run only adds incidents (and tops the callers up to ``max(200, tickets/50)``).

Incidents are written in batches: one transaction per batch holds the incidents, their events and
comments and the ``number_counters`` update, so a cancelled run leaves consistent data (never an
incident without its history, never a number handed out twice).

How it stays fast (1M tickets, ~9M events, on SQLite in well under three minutes):

* Ticket rows are built as plain tuples already in storage form (UUIDs as 32 hex digits, times
  as ISO text in UTC, exactly what the ``Uuid``/``UtcDateTime`` types would bind) and go to
  ``cursor.executemany`` on SQLite and ``COPY ... FROM STDIN`` on PostgreSQL (a pipelined
  ``executemany`` INSERT where row-level security forbids COPY). SQLAlchemy Core ``insert()``
  with its type processors is used for the small reference tables; for tickets the per-value
  Python processing cost more than the insert itself.
* Large runs generate rows in a child Python process (a second core) while this process writes
  the previous batch; a frozen bundle, or a child that cannot start, generates in-process. Both
  give the same rows for the same seed.
* Ticket, event and comment ids are time-ordered (UUIDv7 layout, keyed by the ticket's opening
  time) and tickets are generated in opening order, so every primary key and the
  ``(ticket_id, occurred_at)`` index are appended to instead of written at random places.
* On SQLite, ``synchronous=OFF`` and a large page cache during the load (restored afterwards).

What is exact and what is approximate:

* Lifecycles follow the real service: ``created`` + ``status`` (None -> new) events on creation,
  ``team_id``/``assignee_id`` + ``status`` events on assignment, one ``status`` event per step
  (new -> assigned -> in_progress -> [pending -> in_progress] -> resolved -> closed),
  ``comment``/``work_note`` events with their comments. First-contact resolutions are logged
  already assigned (as ``create`` with an assignee does) and resolved minutes later.
* Business minutes are computed on the SLA's real calendar (weekly hours in its zone, holidays,
  daylight saving) by a precomputed per-day table, not by replaying events through
  :mod:`deskapp.services.sla_clock`. The stored SLA columns follow the same rules as the engine
  (response stops at the first response, resolution at resolution, a ``pending`` spell stops
  the resolution clock when the SLA lists it in ``pause_statuses``, warn at 75 %, breach at
  100 %, due dates only for running metrics) but are an
  approximation of a replay: a paused clock's due date is "if resumed now", and if a ticket was
  paused after it had already breached, its due date is pushed by that pause too. The SLA is the
  one the engine would pick: the service's SLA (the 24x7 one for critical services), else the
  default. Running clocks are measured at generation time.
* The desk looks like a working one: resolved and closed items are spread over the two years
  along the demand curve, while the open ones (``open_ratio`` of the incidents) are planned
  first and are young. Each open item's age is drawn as a share of its own SLA target on its
  calendar (median 35 %, about one in ten past it), a ``pending`` one has waited days or weeks
  on top (the paused clock does not run: the tail of older items), an open P1 is hours old
  and open work never names a retired CI. Both streams are merged in opening order, so
  numbers still follow time. Tasks open after their incident; a pending incident's tasks wait
  with it or are done.
* ``version`` is 1 + the number of service operations a ticket went through; ``updated_at`` is
  the time of its last change (comments do not change an incident, as in the service).
* Closed tickets were auto-closed three to four days after resolution by "system" (no actor);
  tickets resolved more recently are still ``resolved``.
"""

from __future__ import annotations

import math
import os
import pickle
import random
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from statistics import NormalDist
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Table, func, select, update

from deskapp.db.engine import BEGIN_MODE
from deskapp.db.models import (
    AppSetting,
    Base,
    BusinessCalendar,
    CalendarHours,
    Comment,
    ConfigurationItem,
    Department,
    Holiday,
    IncidentTask,
    NumberCounter,
    Organisation,
    Person,
    Service,
    SlaDefinition,
    SlaTarget,
    StaffRole,
    StaffUser,
    Team,
    TeamMember,
    TicketEvent,
    WorkItem,
)
from deskapp.db.models import Incident as IncidentDetails
from deskapp.domain.incident import CATEGORIES, RESOLUTION_CODES, PriorityMatrix
from deskapp.domain.numbers import format_number

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

WINDOW_DAYS = 730
DEFAULT_BATCH = 5_000
KIND = "INC"
TASK_KIND = "ITASK"
#: Of the N work items a run adds, this share are incident tasks (the rest incidents).
TASK_SHARE = 0.4
TASK_TITLES = (
    "Replace the faulty part", "Check the network path", "Restore from backup",
    "Update the firewall rule", "Reimage the laptop", "Reset the account", "Patch the server",
    "Contact the vendor", "Verify with the caller", "Rotate the certificate",
    "Collect logs for analysis", "Re-run the failed job",
)
TASK_OPEN_PICK = ("new", "assigned", "in_progress", "in_progress", "pending", "closed")
#: tasks of a pending incident wait with it (or are done); they do not run their own clock
TASK_WAITING_PICK = ("pending", "pending", "closed")
CATEGORY_OF = {"new": "open", "assigned": "open", "in_progress": "open", "pending": "waiting",
               "resolved": "done", "closed": "done", "cancelled": "done"}


@dataclass(frozen=True)
class DemoStats:
    """What a run produced. Reference counts are the demo reference rows now in the database
    (created or reused); incidents, events and comments are the rows this run added."""

    organisations: int
    people: int
    staff: int
    teams: int
    services: int
    cis: int
    incidents: int
    events: int
    comments: int
    seconds: float
    tasks: int = 0  # incident tasks among the work items added (incidents counts the rest)


# ---------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------

ORGANISATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Northwind Logistics", "northwind.example",
     ("Finance", "Operations", "Warehouse", "Fleet", "Customer Service", "IT")),
    ("Contoso Health", "contoso-health.example",
     ("Clinical Services", "Finance", "Human Resources", "Pharmacy", "Estates", "IT")),
    ("Fabrikam Manufacturing", "fabrikam.example",
     ("Production", "Quality", "Procurement", "Engineering", "Finance", "Sales")),
    ("Tailspin Travel", "tailspin.example",
     ("Reservations", "Marketing", "Finance", "Legal", "Customer Care")),
    ("Adventure Works Retail", "adventure-works.example",
     ("Stores", "E-commerce", "Merchandising", "Finance", "Human Resources", "Marketing")),
)

FIRST_NAMES = (
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophia", "Lily", "Freya", "Emily",
    "Ella", "Poppy", "Evie", "Charlotte", "Harper", "Ruby", "Chloe", "Zara", "Priya", "Aisha",
    "Hannah", "Sarah", "Laura", "Rachel", "Megan", "Fatima", "Niamh", "Siobhan", "Anna", "Julia",
    "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Thomas",
    "James", "William", "Henry", "Samuel", "Daniel", "Joseph", "Adam", "Mohammed", "Ravi",
    "Arjun", "Callum", "Connor", "Liam", "Ethan", "Lucas", "Mark", "Paul", "David", "Peter",
    "Tomasz",
)
LAST_NAMES = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
    "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
    "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper",
    "Ward", "Morris", "King", "Watson", "Harris", "Baker", "Khan", "Ali", "Singh", "Shah",
    "Murphy", "Kelly", "O'Brien", "Campbell", "Stewart", "Morgan", "Price", "Bennett", "Gray",
    "Kowalski", "Nowak", "Rossi", "Silva", "Fernandes", "Chen", "Wong", "Nguyen", "Kaur",
    "Ahmed", "Hussain", "Lewis", "Young", "Scott",
)

#: (name, description, size); the first member of each team is its lead.
TEAMS: tuple[tuple[str, str, int], ...] = (
    ("Service Desk", "First line: logging, triage and first-contact resolution", 10),
    ("Network", "LAN, Wi-Fi, VPN, firewalls and telephony", 5),
    ("Desktop Support", "Laptops, desktops, printers and mobile devices", 6),
    ("Applications", "Business applications: ERP, CRM, payroll, collaboration", 5),
    ("Database", "Database platforms, backups and the data warehouse", 3),
    ("Security", "Security operations: threats, endpoint protection, investigations", 3),
    ("Identity & Access", "Accounts, single sign-on, MFA and access reviews", 4),
    ("Facilities", "Buildings, meeting rooms and physical access", 4),
)

CATEGORY_TEAM = {
    "Hardware": "Desktop Support", "Software": "Applications", "Network": "Network",
    "Access": "Identity & Access", "Email": "Applications", "Printing": "Desktop Support",
    "Telephony": "Network", "Security": "Security", "Other": "Service Desk",
}


@dataclass(frozen=True)
class _ServiceSpec:
    name: str
    team: str
    criticality: str
    status: str
    category: str
    weight: int
    description: str


SERVICES: tuple[_ServiceSpec, ...] = (
    _ServiceSpec("Email", "Applications", "high", "catalogue", "Email", 12,
                 "Mailboxes, calendars and shared mailboxes"),
    _ServiceSpec("VPN", "Network", "high", "catalogue", "Network", 8,
                 "Remote access to the corporate network"),
    _ServiceSpec("Wi-Fi", "Network", "medium", "catalogue", "Network", 7,
                 "Office and guest wireless networks"),
    _ServiceSpec("Printing", "Desktop Support", "low", "catalogue", "Printing", 8,
                 "Managed printers, scanning and print queues"),
    _ServiceSpec("ERP", "Applications", "critical", "catalogue", "Software", 6,
                 "Finance, purchasing and stock control"),
    _ServiceSpec("Payroll", "Applications", "critical", "catalogue", "Software", 3,
                 "Monthly and weekly payroll runs"),
    _ServiceSpec("HR Portal", "Applications", "medium", "catalogue", "Software", 4,
                 "Leave, absence and employee self-service"),
    _ServiceSpec("End-User Devices", "Desktop Support", "medium", "catalogue", "Hardware", 12,
                 "Laptops, desktops, monitors and peripherals"),
    _ServiceSpec("Identity & Single Sign-On", "Identity & Access", "critical", "catalogue",
                 "Access", 9, "Directory accounts, passwords, SSO and MFA"),
    _ServiceSpec("File Storage", "Desktop Support", "medium", "catalogue", "Software", 4,
                 "Network drives and shared folders"),
    _ServiceSpec("Telephony", "Network", "high", "catalogue", "Telephony", 5,
                 "Desk phones, voicemail and the contact centre"),
    _ServiceSpec("Video Conferencing", "Applications", "medium", "catalogue", "Telephony", 4,
                 "Online meetings and meeting-room video"),
    _ServiceSpec("CRM", "Applications", "high", "catalogue", "Software", 5,
                 "Customer accounts, cases and sales pipeline"),
    _ServiceSpec("Data Warehouse", "Database", "medium", "catalogue", "Software", 2,
                 "Reporting and analytics"),
    _ServiceSpec("Core Database Platform", "Database", "critical", "catalogue", "Software", 2,
                 "Shared PostgreSQL and SQL Server clusters"),
    _ServiceSpec("Public Website", "Applications", "high", "catalogue", "Software", 2,
                 "Corporate website and online booking"),
    _ServiceSpec("Intranet", "Applications", "low", "catalogue", "Software", 2,
                 "News, policies and team sites"),
    _ServiceSpec("Endpoint Security", "Security", "high", "catalogue", "Security", 4,
                 "Antivirus, disk encryption and device control"),
    _ServiceSpec("Mobile Devices", "Desktop Support", "medium", "catalogue", "Hardware", 4,
                 "Company phones and tablets"),
    _ServiceSpec("Building Access", "Facilities", "medium", "catalogue", "Access", 2,
                 "Badges, door controllers and visitor passes"),
    _ServiceSpec("Meeting Rooms", "Facilities", "low", "catalogue", "Hardware", 2,
                 "Room screens, booking panels and AV"),
    _ServiceSpec("Backup & Restore", "Database", "high", "catalogue", "Other", 1,
                 "Backups of servers, databases and file storage"),
    _ServiceSpec("Expense Claims", "Applications", "low", "pipeline", "Software", 0,
                 "Replacement for paper expense forms (in procurement)"),
    _ServiceSpec("Self-Service Portal", "Service Desk", "medium", "pipeline", "Other", 0,
                 "Customer portal for requests and knowledge (planned)"),
    _ServiceSpec("Legacy Fax Gateway", "Network", "low", "retired", "Telephony", 0,
                 "Retired fax-to-email gateway"),
)

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

LOCATIONS = ("London HQ", "Manchester office", "Leeds data centre", "Bristol office",
             "Glasgow office", "Birmingham warehouse", "Home / remote")


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _new_id() -> uuid.UUID:
    return uuid.uuid4()


@dataclass
class _Reference:
    """What ticket generation needs from the reference data (ids as text, ready to write)."""

    organisations: int = 0
    people: list[str] = field(default_factory=list)
    staff: int = 0
    teams: dict[str, str] = field(default_factory=dict)  # name -> hex id
    team_dashed: dict[str, str] = field(default_factory=dict)  # name -> str(uuid) for events
    members: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (hex, dashed)
    services: list[tuple[str, _ServiceSpec, str | None]] = field(default_factory=list)
    service_count: int = 0
    cis: dict[str, list[str]] = field(default_factory=dict)  # service hex -> CI hexes
    live_cis: dict[str, list[str]] = field(default_factory=dict)  # the same, retired left out
    ci_count: int = 0
    default_sla: str | None = None
    sla_targets: dict[str, dict[int, tuple[int, int]]] = field(default_factory=dict)
    sla_calendar: dict[str, uuid.UUID] = field(default_factory=dict)
    sla_pause: dict[str, frozenset[str]] = field(default_factory=dict)
    matrix: PriorityMatrix = field(default_factory=PriorityMatrix)


def _stamp(values: dict[str, Any], at: datetime) -> dict[str, Any]:
    return {"id": _new_id(), "version": 1, "created_at": at, "updated_at": at, **values}


def _username(first: str, last: str) -> str:
    return (first[0] + "".join(c for c in last if c.isalpha())).lower()


def _ensure_reference(conn: Connection, people_target: int, at: datetime) -> _Reference:
    """Create what is missing (found by unique name), then load what generation needs."""
    # Reference data never depends on the ticket seed, and each part has its own stream so what
    # already exists (and is skipped) cannot shift the names generated for the rest.
    fixed = random.Random("demo:staff")
    ref = _Reference()

    # organisations and departments
    org_t, dep_t = _table(Organisation), _table(Department)
    orgs = {r.name: r.id for r in conn.execute(select(org_t.c.name, org_t.c.id))}
    new_orgs = [_stamp({"name": n}, at) for n, _, _ in ORGANISATIONS if n not in orgs]
    if new_orgs:
        conn.execute(org_t.insert(), new_orgs)
        orgs.update({o["name"]: o["id"] for o in new_orgs})
    deps = {(r.organisation_id, r.name): r.id
            for r in conn.execute(select(dep_t.c.organisation_id, dep_t.c.name, dep_t.c.id))}
    new_deps = [_stamp({"organisation_id": orgs[o], "name": d}, at)
                for o, _, names in ORGANISATIONS for d in names if (orgs[o], d) not in deps]
    if new_deps:
        conn.execute(dep_t.insert(), new_deps)
        deps.update({(d["organisation_id"], d["name"]): d["id"] for d in new_deps})
    ref.organisations = len(ORGANISATIONS)

    # staff, roles and teams
    staff_t, role_t, team_t, member_t = (_table(StaffUser), _table(StaffRole),
                                         _table(Team), _table(TeamMember))
    staff_ids = {r.username: r.id for r in conn.execute(select(staff_t.c.username, staff_t.c.id))}
    team_ids = {r.name: r.id for r in conn.execute(select(team_t.c.name, team_t.c.id))}
    new_teams = [_stamp({"name": name, "description": desc,
                         "email": name.lower().replace(" & ", "-").replace(" ", "-")
                         + "@servicedesk.example"}, at)
                 for name, desc, _ in TEAMS if name not in team_ids]
    if new_teams:
        conn.execute(team_t.insert(), new_teams)
        team_ids.update({t["name"]: t["id"] for t in new_teams})
    roster: list[tuple[str, str, str, bool, tuple[str, ...]]] = []  # user, name, team, lead, roles
    taken: set[str] = set()
    for team, _, size in TEAMS:
        for k in range(size):
            first, last = fixed.choice(FIRST_NAMES), fixed.choice(LAST_NAMES)
            user = base = _username(first, last)
            n = 1
            while user in taken:
                n += 1
                user = f"{base}{n}"
            taken.add(user)
            roles = ["agent" if team == "Service Desk" else "technician"]
            if k == 0:
                roles.append("supervisor")
                if team in ("Applications", "Network"):
                    roles.append("change_manager")
                if team in ("Service Desk", "Identity & Access"):
                    roles.append("admin")
            roster.append((user, f"{first} {last}", team, k == 0, tuple(roles)))
    new_staff = [_stamp({"username": u, "full_name": name, "active": True,
                         "email": f"{u}@servicedesk.example"}, at)
                 for u, name, _, _, _ in roster if u not in staff_ids]
    if new_staff:
        conn.execute(staff_t.insert(), new_staff)
        staff_ids.update({s["username"]: s["id"] for s in new_staff})
    have_roles = {(r.staff_id, r.role) for r in conn.execute(select(role_t))}
    new_roles = [{"staff_id": staff_ids[u], "role": role} for u, _, _, _, roles in roster
                 for role in roles if (staff_ids[u], role) not in have_roles]
    if new_roles:
        conn.execute(role_t.insert(), new_roles)
    have_members = {(r.team_id, r.staff_id) for r in conn.execute(select(member_t))}
    new_members = [{"team_id": team_ids[t], "staff_id": staff_ids[u], "is_lead": lead}
                   for u, _, t, lead, _ in roster
                   if (team_ids[t], staff_ids[u]) not in have_members]
    if new_members:
        conn.execute(member_t.insert(), new_members)
    ref.staff = len(roster)

    # calendars and SLAs
    cal_t, hours_t, hol_t = _table(BusinessCalendar), _table(CalendarHours), _table(Holiday)
    cals = {r.name: r.id for r in conn.execute(select(cal_t.c.name, cal_t.c.id))}
    for name, zone, hours in (
        (CALENDAR_OFFICE, "Europe/London", [(d, 8 * 60, 18 * 60) for d in range(5)]),
        (CALENDAR_24X7, "UTC", [(d, 0, 1440) for d in range(7)]),
    ):
        if name in cals:
            continue
        row = _stamp({"name": name, "timezone": zone}, at)
        conn.execute(cal_t.insert(), [row])
        cals[name] = row["id"]
        conn.execute(hours_t.insert(), [
            {"id": _new_id(), "calendar_id": row["id"], "weekday": d, "start_minute": s,
             "end_minute": e} for d, s, e in hours])
        if name == CALENDAR_OFFICE:
            conn.execute(hol_t.insert(), [
                {"id": _new_id(), "calendar_id": row["id"], "day": day, "name": label}
                for day, label in UK_BANK_HOLIDAYS])
    sla_t, target_t = _table(SlaDefinition), _table(SlaTarget)
    slas = {r.name: r.id for r in conn.execute(select(sla_t.c.name, sla_t.c.id))}
    has_default = conn.execute(select(func.count()).select_from(sla_t).where(
        sla_t.c.is_default.is_(True), sla_t.c.deleted_at.is_(None))).scalar_one() > 0
    for name, cal, targets, default in (
        (SLA_STANDARD, CALENDAR_OFFICE, STANDARD_TARGETS, not has_default),
        (SLA_CRITICAL, CALENDAR_24X7, CRITICAL_TARGETS, False),
    ):
        if name in slas:
            continue
        row = _stamp({"name": name, "calendar_id": cals[cal], "pause_statuses": ["pending"],
                      "is_default": default}, at)
        conn.execute(sla_t.insert(), [row])
        slas[name] = row["id"]
        conn.execute(target_t.insert(), [
            {"sla_id": row["id"], "priority": p, "response_minutes": r, "resolution_minutes": s}
            for p, (r, s) in targets.items()])

    # services and configuration items
    svc_t, ci_t = _table(Service), _table(ConfigurationItem)
    svc_ids = {r.name: r.id for r in conn.execute(select(svc_t.c.name, svc_t.c.id))}
    new_svcs = []
    fixed = random.Random("demo:services")
    for spec in SERVICES:
        value = Decimal(fixed.randrange(50, 2500) * 1000)
        owner = f"{fixed.choice(FIRST_NAMES)} {fixed.choice(LAST_NAMES)}"
        margin = Decimal(fixed.randrange(15, 70))
        if spec.name in svc_ids:
            continue
        new_svcs.append(_stamp({
            "name": spec.name, "description": spec.description,
            "portfolio_status": spec.status,
            "business_owner": owner,
            "owner_team_id": team_ids[spec.team], "criticality": spec.criticality,
            "annual_value": value,
            "annual_cost": (value * margin / 100).quantize(Decimal("0.01")),
            "sla_id": slas[SLA_CRITICAL] if spec.criticality == "critical" else None}, at))
    if new_svcs:
        conn.execute(svc_t.insert(), new_svcs)
        svc_ids.update({s["name"]: s["id"] for s in new_svcs})
    ci_names = {r.name for r in conn.execute(select(ci_t.c.name))}
    new_cis = [_stamp(ci, at) for ci in _ci_specs(random.Random("demo:cis"), svc_ids)
               if ci["name"] not in ci_names]
    if new_cis:
        conn.execute(ci_t.insert(), new_cis)

    # callers: top up to the target
    person_t = _table(Person)
    have_people = conn.execute(select(func.count()).select_from(person_t)).scalar_one()
    if have_people < people_target:
        emails = {r.email for r in conn.execute(select(person_t.c.email))}
        prng = random.Random(f"people:{have_people}")
        domains = {n: d for n, d, _ in ORGANISATIONS}
        dep_by_org: dict[str, list[uuid.UUID]] = {
            n: [deps[(orgs[n], d)] for d in names] for n, _, names in ORGANISATIONS}
        new_people = []
        for _ in range(people_target - have_people):
            first, last = prng.choice(FIRST_NAMES), prng.choice(LAST_NAMES)
            org = prng.choice(ORGANISATIONS)[0]
            local = base = f"{first}.{''.join(c for c in last if c.isalpha())}".lower()
            n = 1
            while f"{local}@{domains[org]}" in emails:
                n += 1
                local = f"{base}{n}"
            email = f"{local}@{domains[org]}"
            emails.add(email)
            new_people.append(_stamp({
                "full_name": f"{first} {last}", "email": email,
                "phone": f"+44 20 7946 0{prng.randrange(1000):03d}",
                "organisation_id": orgs[org], "department_id": prng.choice(dep_by_org[org]),
                "vip": prng.random() < 0.03}, at))
        for start in range(0, len(new_people), 10_000):
            conn.execute(person_t.insert(), new_people[start:start + 10_000])
    return _load_reference(conn, ref)


def _ci_specs(rng: random.Random, svc_ids: dict[str, uuid.UUID]) -> list[dict[str, Any]]:
    """About 300 CIs with realistic names, spread over the services."""
    specs: list[dict[str, Any]] = []
    sites = ("LON", "MAN", "LDS", "BRS", "GLA")

    def add(name: str, ci_type: str, service: str, description: str) -> None:
        roll = rng.random()
        status = "in_use" if roll < 0.88 else "maintenance" if roll < 0.95 else "retired"
        specs.append({"name": name, "ci_type": ci_type, "status": status,
                      "service_id": svc_ids[service], "description": description,
                      "serial_number": f"SN{rng.getrandbits(40):010X}",
                      "location": rng.choice(LOCATIONS[:5])})

    for spec in SERVICES:
        if spec.status == "pipeline":
            continue
        short = "".join(c for c in spec.name.upper() if c.isalnum())[:6]
        add(f"{spec.name} (production)", "application", spec.name, spec.description)
        for k in range(1, rng.randint(2, 4) + 1):
            add(f"{rng.choice(sites)}-{short}-APP{k:02d}", "server", spec.name,
                f"Application server for {spec.name}")
        if spec.team in ("Applications", "Database"):
            for k in range(1, rng.randint(1, 2) + 1):
                add(f"{rng.choice(('PG', 'SQL', 'ORA'))}-{short}-{k:02d}", "database",
                    spec.name, f"Database for {spec.name}")
    for k in range(1, 31):
        add(f"SW-{rng.choice(sites)}-{rng.randint(1, 6)}F-{k:02d}", "network switch",
            rng.choice(("Wi-Fi", "VPN", "Telephony")), "Access-layer switch")
    for k in range(1, 31):
        add(f"PRN-{rng.choice(sites)}-{rng.randint(1, 6)}F-{k:02d}", "printer", "Printing",
            "Multifunction printer")
    serial = 10_000
    while len(specs) < 300:
        serial += rng.randint(1, 40)
        kind = rng.random()
        if kind < 0.55:
            add(f"LT-{serial}", "laptop", "End-User Devices", "Standard laptop")
        elif kind < 0.85:
            add(f"DT-{serial}", "desktop", "End-User Devices", "Standard desktop")
        else:
            add(f"MB-{serial}", "laptop", "Mobile Devices", "Field tablet")
    return specs


def _load_reference(conn: Connection, ref: _Reference) -> _Reference:
    person_t = _table(Person)
    people = sorted(conn.execute(select(person_t.c.id, person_t.c.email)
                                 .where(person_t.c.deleted_at.is_(None))),
                    key=lambda r: (r.email or "", r.id.hex))
    ref.people = [r.id.hex for r in people]
    # frequent callers are picked from the front: shuffle so they are not the A-names
    random.Random("demo:callers").shuffle(ref.people)

    team_t, member_t, staff_t = _table(Team), _table(TeamMember), _table(StaffUser)
    names = [t for t, _, _ in TEAMS]
    for r in conn.execute(select(team_t.c.name, team_t.c.id).where(team_t.c.name.in_(names))):
        ref.teams[r.name] = r.id.hex
        ref.team_dashed[r.name] = str(r.id)
    rows = conn.execute(
        select(team_t.c.name, staff_t.c.id, staff_t.c.username)
        .join(member_t, member_t.c.team_id == team_t.c.id)
        .join(staff_t, staff_t.c.id == member_t.c.staff_id)
        .where(team_t.c.name.in_(names), staff_t.c.active.is_(True),
               staff_t.c.deleted_at.is_(None))
        .order_by(team_t.c.name, staff_t.c.username)).all()
    for m in rows:
        ref.members.setdefault(m.name, []).append((m.id.hex, str(m.id)))
    missing = [t for t in names if not ref.members.get(t)]
    if missing:  # an administrator deactivated every member of a demo team
        raise RuntimeError(f"Demo team(s) without active members: {', '.join(missing)}.")

    svc_t, ci_t = _table(Service), _table(ConfigurationItem)
    specs = {s.name: s for s in SERVICES}
    svc_rows = conn.execute(select(svc_t.c.id, svc_t.c.name, svc_t.c.sla_id)
                            .where(svc_t.c.name.in_(list(specs)))
                            .order_by(svc_t.c.name)).all()
    ref.services = [(r.id.hex, specs[r.name], r.sla_id.hex if r.sla_id else None)
                    for r in svc_rows]
    ref.service_count = len(svc_rows)
    ci_rows = conn.execute(select(ci_t.c.id, ci_t.c.service_id, ci_t.c.status)
                           .where(ci_t.c.deleted_at.is_(None), ci_t.c.service_id.is_not(None))
                           .order_by(ci_t.c.name, ci_t.c.id)).all()
    for ci in ci_rows:
        ref.cis.setdefault(ci.service_id.hex, []).append(ci.id.hex)
        if ci.status != "retired":
            ref.live_cis.setdefault(ci.service_id.hex, []).append(ci.id.hex)
    ref.ci_count = len(ci_rows)

    sla_t, target_t = _table(SlaDefinition), _table(SlaTarget)
    for r in conn.execute(select(sla_t).where(sla_t.c.deleted_at.is_(None))):
        ref.sla_calendar[r.id.hex] = r.calendar_id
        ref.sla_pause[r.id.hex] = frozenset(r.pause_statuses or ())
        if r.is_default and ref.default_sla is None:
            ref.default_sla = r.id.hex
    for r in conn.execute(select(target_t)):
        if r.sla_id.hex in ref.sla_calendar:
            ref.sla_targets.setdefault(r.sla_id.hex, {})[r.priority] = (
                r.response_minutes, r.resolution_minutes)
    setting_t = _table(AppSetting)
    stored = conn.execute(select(setting_t.c.value).where(
        setting_t.c.key == "priority_matrix", setting_t.c.deleted_at.is_(None))).scalar()
    if stored:
        ref.matrix = PriorityMatrix.from_json(stored)
    return ref


# ---------------------------------------------------------------------------------------------
# Business-hours arithmetic
# ---------------------------------------------------------------------------------------------

class _Clock:
    """Business minutes as a piecewise-linear function of UTC epoch seconds (and back).

    ``to_b(t)`` counts business minutes from the start of the table to ``t``; ``from_b(b)`` is
    the earliest instant at which ``b`` business minutes have passed. Built per local day from the
    calendar's weekly hours, holidays and zone, with the zone's real UTC offsets.
    """

    def __init__(self, zone: str, hours: dict[int, list[tuple[int, int]]],
                 holidays: frozenset[date], first: date, last: date) -> None:
        self.always = (not holidays and all(hours.get(d) == [(0, 1440)] for d in range(7)))
        tz = ZoneInfo(zone)
        self.day_start: list[float] = []
        self.ivals: list[list[tuple[float, float]]] = []
        self.cum: list[float] = [0.0]
        day = first
        while day <= last:
            midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
            self.day_start.append(midnight.timestamp())
            spans: list[tuple[float, float]] = []
            if day not in holidays:
                for start, end in sorted(hours.get(day.weekday(), [])):
                    s = _local(day, start, tz)
                    e = _local(day, end, tz)
                    if e > s:
                        spans.append((s, e))
            self.ivals.append(spans)
            self.cum.append(self.cum[-1] + sum(e - s for s, e in spans) / 60.0)
            day += timedelta(days=1)
        self.start = self.day_start[0]
        self.end = _local(last + timedelta(days=1), 0, tz)
        weekly = sum(e - s for d in range(7) for s, e in hours.get(d, [])) or 1
        self.factor = 10080 / weekly  # wall minutes per business minute, for extrapolation

    def to_b(self, t: float) -> float:
        if self.always:
            return t / 60.0
        if t <= self.start:
            return 0.0
        if t >= self.end:
            return self.cum[-1] + (t - self.end) / 60.0 / self.factor
        d = bisect_right(self.day_start, t) - 1
        b = self.cum[d]
        for s, e in self.ivals[d]:
            if t >= e:
                b += (e - s) / 60.0
            else:
                if t > s:
                    b += (t - s) / 60.0
                break
        return b

    def from_b(self, b: float) -> float:
        if self.always:
            return b * 60.0
        cum = self.cum
        if b <= 0:
            return self.start
        if b >= cum[-1]:
            return self.end + (b - cum[-1]) * 60.0 * self.factor
        d = bisect_left(cum, b) - 1
        rem = (b - cum[d]) * 60.0
        spans = self.ivals[d]
        for s, e in spans:
            if rem <= e - s:
                return s + rem
            rem -= e - s
        return spans[-1][1]


def _local(day: date, minute: int, tz: ZoneInfo) -> float:
    """Epoch seconds of ``minute`` after local midnight of ``day`` (1440 = next midnight)."""
    extra, minute = divmod(minute, 1440)
    day = day + timedelta(days=extra)
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                    tzinfo=tz).timestamp()


def _load_clock(conn: Connection, calendar_id: uuid.UUID, first: date, last: date) -> _Clock:
    cal_t, hours_t, hol_t = _table(BusinessCalendar), _table(CalendarHours), _table(Holiday)
    zone = conn.execute(select(cal_t.c.timezone).where(cal_t.c.id == calendar_id)).scalar()
    hours: dict[int, list[tuple[int, int]]] = {}
    for r in conn.execute(select(hours_t).where(hours_t.c.calendar_id == calendar_id)):
        hours.setdefault(r.weekday, []).append((r.start_minute, r.end_minute))
    holidays = frozenset(r.day for r in conn.execute(
        select(hol_t.c.day).where(hol_t.c.calendar_id == calendar_id)))
    return _Clock(zone or "UTC", hours, holidays, first, last)


# ---------------------------------------------------------------------------------------------
# Text templates
# ---------------------------------------------------------------------------------------------

_DEVICES = ("laptop", "desktop PC", "second monitor", "docking station", "tablet")
_APPS = ("Outlook", "Excel", "ERP", "CRM", "Payroll", "Teams", "HR Portal", "SAP GUI",
         "Adobe Reader", "the intranet", "Power BI")
_PRINTERS = tuple(f"PRN-{s}-{f}F" for s in ("LON", "MAN", "LDS", "BRS") for f in (1, 2, 3))
_ERRORS = ("0x80070005", "E1042", "ORA-12541", "HTTP 500", "0xC004F074", "ERR_CONNECTION_RESET")
_FILLS = {"device": _DEVICES, "app": _APPS, "printer": _PRINTERS, "location": LOCATIONS,
          "code": _ERRORS}

TITLE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Hardware": ("{device} will not power on", "{device} screen flickering",
                 "Keyboard not working on {device}", "{device} running very slowly",
                 "Docking station not detecting monitors at {location}",
                 "Battery drains within an hour on {device}",
                 "Blue screen after update on {device}", "Replacement charger needed for {device}"),
    "Software": ("{app} crashes on start-up", "{app} shows error {code}",
                 "Cannot save documents in {app}", "{app} very slow this morning",
                 "Licence expired message in {app}", "Missing data in {app} report",
                 "{app} login loop after update", "Unable to export from {app}"),
    "Network": ("No network connection at {location}", "VPN keeps disconnecting from {location}",
                "Wi-Fi drops repeatedly at {location}", "Slow internet at {location}",
                "Cannot reach {app} over VPN", "Network port dead at desk in {location}"),
    "Access": ("Password reset needed for {app}", "Account locked out after password change",
               "Need access to {app}", "MFA prompt not arriving for {app}",
               "Permissions missing on shared folder at {location}",
               "New starter needs {app} account"),
    "Email": ("Cannot send email to external addresses", "Mailbox full warning",
              "Outlook will not start after update", "Shared mailbox not visible in Outlook",
              "Calendar invites not received", "Suspected phishing email received",
              "Emails stuck in outbox at {location}", "Delegate cannot open manager's calendar"),
    "Printing": ("Printer {printer} offline", "Paper jam on {printer}",
                 "Print jobs stuck in queue for {printer}", "Cannot scan to email on {printer}",
                 "Poor print quality on {printer}", "Cannot add printer {printer}"),
    "Telephony": ("Desk phone has no dial tone at {location}", "Poor call quality in Teams calls",
                  "Voicemail not working", "Headset not recognised by {device}",
                  "Conference bridge PIN rejected", "Contact centre queue not ringing"),
    "Security": ("Suspicious sign-in alert for {app}", "Antivirus reported a threat on {device}",
                 "Lost {device} reported", "USB device blocked on {device}",
                 "Phishing link clicked by user", "Encryption recovery key needed for {device}"),
    "Other": ("General question about {app}", "Request for new {device}",
              "Desk move at {location}", "Software installation request: {app}",
              "Meeting room screen not working at {location}", "Training request for {app}"),
}
DESC_OPENERS = ("Caller reports: ", "User called the desk: ", "Reported by email: ",
                "Raised via chat: ", "Logged on behalf of the caller: ")
DESC_TAILS = (
    "Started this morning; no recent changes that the user knows of.",
    "Happens every time; colleagues nearby are not affected.",
    "Intermittent since yesterday afternoon. User has restarted twice.",
    "Several people in the team see the same thing.",
    "User is working from home today and needs this for a deadline.",
    "Screenshot attached. Error appears after about a minute.",
    "Worked fine last week; user is not sure what changed.",
    "Blocking month-end work; caller asked for an update by phone.",
)
RESOLUTION_NOTES: dict[str, tuple[str, ...]] = {
    "Solved (permanently)": ("Root cause fixed and confirmed with the caller.",
                             "Replaced the faulty part; tested with the user.",
                             "Configuration corrected; user confirmed it works."),
    "Solved (workaround)": ("Workaround applied; permanent fix tracked separately.",
                            "User given a temporary alternative until the vendor patch."),
    "Not solved (not reproducible)": ("Could not reproduce with the caller; advised to call "
                                      "back if it happens again.",),
    "Not solved (too costly)": ("A fix would cost more than the problem; the caller agreed "
                                "to live with it.",),
    "Closed/resolved by caller": ("Caller no longer needs help; closed on request.",
                                  "Caller fixed it themselves; confirmed by phone."),
    "Duplicate": ("Duplicate of an existing incident; caller informed.",),
}
#: in the order of RESOLUTION_CODES (the list migration 0005 seeds); they add up to 100
RESOLUTION_WEIGHTS = (60, 15, 8, 3, 9, 5)
PUBLIC_COMMENTS = ("Called the user back; gathering more details.",
                   "Asked the caller for a screenshot of the error.",
                   "Update sent to the caller: we are working on it.",
                   "Caller confirmed the issue is still happening.",
                   "Remote session booked with the caller for this afternoon.")
WORK_NOTES = ("Checked the event logs; nothing obvious yet.",
              "Escalated to the vendor, case reference pending.",
              "Reproduced on a test machine.", "Waiting on change window to apply fix.",
              "Restarted the service; monitoring.", "Related to last night's patching.")


def _expand(templates: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for template in templates:
        slots = [k for k in _FILLS if "{" + k + "}" in template]
        if not slots:
            out.append(template)
            continue
        # the first slot multiplies the template (one title per device, app...); any further
        # slot ("{app} shows error {code}") takes one value in turn, so a two-slot template
        # weighs as much as a one-slot one
        first, rest = slots[0], slots[1:]
        for n, value in enumerate(_FILLS[first]):
            title = template.replace("{" + first + "}", value)
            for k in rest:
                title = title.replace("{" + k + "}", _FILLS[k][n % len(_FILLS[k])])
            out.append(title)
    return [t[0].upper() + t[1:] for t in out]


def _sentence_case(title: str) -> str:
    """'Printer jammed' -> 'printer jammed' after an opener; acronyms ('MFA prompt', 'VPN ...')
    and product names with a capital second letter keep their case."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[0].lower() + title[1:]


def _lognormal(mu: float, sigma: float, size: int = 4096) -> list[float]:
    """Quantiles of a log-normal distribution: ``table[int(random() * size)]`` samples it."""
    normal = NormalDist(mu, sigma)
    return [math.exp(normal.inv_cdf((k + 0.5) / size)) for k in range(size)]


def _picks(weights: Sequence[tuple[Any, int]]) -> list[Any]:
    """A list to index with ``int(random() * len)`` for a weighted pick."""
    return [value for value, weight in weights for _ in range(weight)]


# ---------------------------------------------------------------------------------------------
# Ticket generation
# ---------------------------------------------------------------------------------------------

_SEQ = [f"{k:03x}" for k in range(4096)]
_WALL = "wall"  # the clocks key of plain wall time (tickets without an SLA target)

WORK_ITEM_COLUMNS = (
    "id", "version", "created_at", "updated_at", "number", "title", "description", "caller_id",
    "service_id", "ci_id", "category", "channel", "impact", "urgency", "priority", "status",
    "team_id", "assignee_id", "resolution_code", "resolution_notes", "opened_at",
    "responded_at", "resolved_at", "closed_at", "reopen_count", "sla_id", "response_due_at",
    "resolution_due_at", "response_elapsed_min", "resolution_elapsed_min", "response_breached",
    "resolution_breached", "sla_state", "sla_check_at", "kind", "status_category", "parent_id",
    "due_at",
)
INCIDENT_DETAIL_COLUMNS = ("work_item_id", "is_major")
TASK_DETAIL_COLUMNS = ("work_item_id", "requested_by_id")
EVENT_COLUMNS = ("id", "ticket_kind", "ticket_id", "actor_id", "occurred_at", "field",
                 "old_value", "new_value")
COMMENT_COLUMNS = ("id", "work_item_id", "author_id", "body", "work_note", "created_at")


@dataclass
class _Batch:
    items: list[tuple[Any, ...]]  # incidents and their tasks (WORK_ITEM_COLUMNS)
    events: list[tuple[Any, ...]]
    comments: list[tuple[Any, ...]]
    last_number: int
    incident_details: list[tuple[Any, ...]] = field(default_factory=list)
    task_details: list[tuple[Any, ...]] = field(default_factory=list)
    last_task_number: int = 0
    tasks: int = 0


class _Formatter:
    """Epoch seconds -> the text each backend stores for a UTC timestamp (microseconds kept)."""

    def __init__(self, first_day: int, last_day: int, postgres: bool) -> None:
        self.first_day = first_day
        self.days = [(datetime(1970, 1, 1) + timedelta(days=d)).strftime("%Y-%m-%d ")
                     for d in range(first_day, last_day + 1)]
        suffix = "+00" if postgres else ""
        self.tod = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000{suffix}"
                    for s in range(86400)]

    def __call__(self, t: int) -> str:
        day, sec = divmod(t, 86400)
        return self.days[day - self.first_day] + self.tod[sec]


class _Generator:
    """Builds ticket batches; every random choice comes from ``Random(seed)``."""

    def __init__(self, ref: _Reference, clocks: dict[str, _Clock], *, seed: int,
                 start_number: int, total: int, open_ratio: float, now: datetime,
                 postgres: bool, task_start: int = 0, tasks: int = 0) -> None:
        self.ref = ref
        self.clocks = clocks
        self.rng = random.Random(seed)
        # Ids come from their own stream so they are unique across runs on one database even
        # with the same seed (the number counter differs), and so the main stream stays the
        # same whatever the clock says.
        self.id_rng = random.Random(f"ids:{seed}:{start_number}")
        self.number = start_number
        self.total = total
        # tasks come from streams of their own, so the incidents of a seed stay the same
        self.task_rng = random.Random(f"tasks:{seed}:{start_number}")
        self.task_number = task_start
        self.tasks_total = tasks
        self.done = 0
        self.open_ratio = open_ratio
        self.now = int(now.timestamp())
        self.window_end = self.now - 900
        self.window_start = self.window_end - WINDOW_DAYS * 86400
        self.fmt = _Formatter(self.window_start // 86400 - 2, self.now // 86400 + 800, postgres)
        self._build_slots()
        self.slot = 0
        # open items are planned up front (their own stream, built on the first batch, in the
        # worker when there is one); the rest are spread over the demand curve, and the two
        # are merged in opening order so numbers still follow time
        self.seed = seed
        self.n_open = round(open_ratio * total)
        self.open_plan: list[tuple[int, int, int, int, str]] | None = None
        self.open_done = 0  # planned open items used
        self.closed_done = 0  # resolved/closed items used
        self.next_closed: int | None = None  # the next resolved item's opening time, drawn

        self.titles = {c: _expand(TITLE_TEMPLATES.get(c, TITLE_TEMPLATES["Other"]))
                       for c in CATEGORIES}
        services = [(s, spec, sla) for s, spec, sla in ref.services if spec.weight > 0]
        if not services:
            raise RuntimeError("No catalogue services to log incidents against.")
        self.service_pick = _picks([(i, spec.weight) for i, (_, spec, _) in enumerate(services)])
        self.services = services
        self.impact_pick = _picks([(1, 10), (2, 30), (3, 60)])
        self.urgency_pick = _picks([(1, 15), (2, 35), (3, 50)])
        self.channel_pick = _picks([("phone", 35), ("email", 25), ("portal", 22), ("chat", 10),
                                    ("walk-in", 5), ("monitoring", 3)])
        self.open_pick = _picks([("new", 18), ("assigned", 22), ("in_progress", 40),
                                 ("pending", 20)])
        self.code_pick = _picks(list(zip(RESOLUTION_CODES, RESOLUTION_WEIGHTS, strict=True)))
        # delays as fractions of the SLA target (business minutes) and pending spells (seconds)
        self.resp_x = _lognormal(-1.05, 0.7)  # median 35 % of the response target
        self.work_x = _lognormal(-3.0, 0.8)  # work starts soon after assignment
        self.res_x = _lognormal(-0.9, 0.7)  # median 40 % of the resolution target
        self.pend_s = [min(10 * 86400.0, max(1800.0, x)) for x in _lognormal(11.0, 1.0)]
        self.prio = [[0] * 4 for _ in range(4)]
        for i in range(1, 4):
            for u in range(1, 4):
                self.prio[i][u] = ref.matrix.cells[(i, u)]
        # open items: how far their clock has run, as a share of the target (median 35 %,
        # about 8 % past it), and how long a pending one has been waiting (median five days)
        self.open_x = _lognormal(math.log(0.35), 0.75)
        self.wait_s = [min(120 * 86400.0, max(3600.0, x))
                       for x in _lognormal(math.log(5 * 86400), 1.0)]

    def _plan_open(self) -> list[tuple[int, int, int, int, str]]:
        """The open items, oldest first: (opened, service pick, impact, urgency, status).

        A working desk's open items are young: the age is drawn as a share of the item's own
        SLA target on its calendar (response target while ``new``, resolution target after),
        so about one in ten is past it; a ``pending`` one has waited on top of that (the
        paused clock does not run), which gives the tail of older items. An open P1 is hours
        old: its age is counted in wall time and it is never left pending.
        """
        rng = random.Random(f"open:{self.seed}:{self.number}")
        rnd = rng.random
        ref, clocks, now = self.ref, self.clocks, self.now
        default_sla, sla_targets = ref.default_sla, ref.sla_targets
        services, service_pick = self.services, self.service_pick
        open_x, wait_s, open_pick = self.open_x, self.wait_s, self.open_pick
        b_nows = {key: clock.to_b(now) for key, clock in clocks.items()}
        latest, earliest = now - 120, self.window_start
        plan: list[tuple[int, int, int, int, str]] = []
        for _ in range(self.n_open):
            pick = service_pick[int(rnd() * len(service_pick))]
            svc_sla = services[pick][2]
            impact = self.impact_pick[int(rnd() * 100)]
            urgency = self.urgency_pick[int(rnd() * 100)]
            priority = self.prio[impact][urgency]
            final = open_pick[int(rnd() * len(open_pick))]
            if priority == 1 and final == "pending":
                final = "in_progress"
            sla = svc_sla if svc_sla in sla_targets else default_sla
            targets = sla_targets.get(sla) if sla else None
            target = targets.get(priority) if targets else None
            key = sla if sla and target else _WALL
            resp_t, res_t = target if target else (60, 1440)
            age_b = (resp_t if final == "new" else res_t) * open_x[int(rnd() * 4096)]
            if final == "pending":
                age_b *= 0.5
            if priority == 1:
                opened = now - int(age_b * 60)
            else:
                opened = int(clocks[key].from_b(b_nows[key] - age_b))
            if final == "pending":
                opened -= int(wait_s[int(rnd() * 4096)])
            plan.append((max(earliest, min(latest, opened)), pick, impact, urgency, final))
        plan.sort()
        return plan

    def _build_slots(self) -> None:
        """Hourly demand weights over the window: office hours busy, nights and weekends quiet,
        UK bank holidays like Sundays, and volume growing threefold over the two years."""
        tz = ZoneInfo("Europe/London")
        holidays = {d for d, _ in UK_BANK_HOLIDAYS}
        starts: list[int] = []
        cum: list[float] = [0.0]
        weights: list[float] = []
        t = self.window_start
        span = self.window_end - self.window_start
        while t < self.window_end:
            length = min(3600, self.window_end - t)
            local = datetime.fromtimestamp(t, tz)
            hour, workday = local.hour, local.weekday() < 5 and local.date() not in holidays
            if workday:
                w = (14.0 if 9 <= hour < 12 else 10.0 if 8 <= hour < 17 else
                     4.0 if hour in (7, 17) else 1.5 if 18 <= hour < 22 else 0.4)
            else:
                w = 1.0 if 9 <= hour < 18 else 0.3
            w *= (1.0 + 2.0 * (t - self.window_start) / span) * length / 3600
            starts.append(t)
            weights.append(w)
            cum.append(cum[-1] + w)
            t += length
        self.slot_start, self.slot_weight, self.slot_cum = starts, weights, cum

    def batches(self, size: int) -> Iterator[_Batch]:
        while self.done < self.total:
            n = min(size, self.total - self.done)
            yield self._batch(n)

    def _batch(self, n: int) -> _Batch:  # noqa: C901 - one hot loop, kept flat for speed
        ref, rng, ids = self.ref, self.rng, self.id_rng
        rnd, getbits = rng.random, ids.getrandbits
        resp_xs, work_xs, res_xs, pend_ss = self.resp_x, self.work_x, self.res_x, self.pend_s
        fmt, now, prio = self.fmt, self.now, self.prio
        total, slot_cum, slot_start, slot_weight = (self.total, self.slot_cum, self.slot_start,
                                                    self.slot_weight)
        w_total = slot_cum[-1]
        last_slot = len(slot_start) - 1
        people = ref.people
        n_people = len(people)
        services, service_pick = self.services, self.service_pick
        n_service_pick = len(service_pick)
        impact_pick, urgency_pick = self.impact_pick, self.urgency_pick
        channel_pick, code_pick = self.channel_pick, self.code_pick
        titles, cis, members = self.titles, ref.cis, ref.members
        teams, team_dashed = ref.teams, ref.team_dashed
        desk_agents = members["Service Desk"]
        if self.open_plan is None:
            self.open_plan = self._plan_open()
        plan, n_open = self.open_plan, self.n_open
        n_closed = total - n_open
        live_cis = ref.live_cis
        default_sla, sla_targets = ref.default_sla, ref.sla_targets
        pending_pauses = {sla: "pending" in pauses for sla, pauses in ref.sla_pause.items()}
        clocks = self.clocks
        b_nows = {sla: clock.to_b(now) for sla, clock in clocks.items()}

        incidents: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        comments: list[tuple[Any, ...]] = []
        incident_details: list[tuple[Any, ...]] = []
        task_details: list[tuple[Any, ...]] = []
        ev = events.append
        tasks_total = self.tasks_total
        tasks_made = 0
        trnd, tbits = self.task_rng.random, self.task_rng.getrandbits
        team_names = sorted(teams)

        seqs = _SEQ
        for _ in range(n):
            i = self.done
            self.done += 1
            self.number += 1
            number = format_number(KIND, self.number)
            # -- when: resolved items stratified along the cumulative demand curve, open ones
            # from the plan, merged so numbers follow time
            if self.next_closed is None and self.closed_done < n_closed:
                w = (self.closed_done + rnd()) / n_closed * w_total
                s = self.slot
                while s < last_slot and slot_cum[s + 1] <= w:
                    s += 1
                self.slot = s
                opened = slot_start[s] + int(min(0.999, (w - slot_cum[s]) / slot_weight[s])
                                             * 3600)
                self.next_closed = min(opened, self.window_end - 1)
            k = self.open_done
            planned = plan[k] if k < n_open else None
            if planned is not None and (self.next_closed is None
                                        or planned[0] < self.next_closed):
                self.open_done += 1
                opened = planned[0]
            else:
                planned = None
                self.closed_done += 1
                opened = self.next_closed or 0
                self.next_closed = None
            # UUIDv7 layout keyed by the opening time, so every primary key is appended to:
            # 48-bit ms | version 7 | 12-bit row sequence | variant | 62 random bits per ticket
            head = f"{opened * 1000:012x}7"
            tail = f"{0x8000000000000000 | getbits(62):016x}"
            inc_id = head + "000" + tail

            # -- what
            if planned is None:
                svc_hex, spec, svc_sla = services[service_pick[int(rnd() * n_service_pick)]]
                impact = impact_pick[int(rnd() * 100)]
                urgency = urgency_pick[int(rnd() * 100)]
                final = "done"
            else:
                svc_hex, spec, svc_sla = services[planned[1]]
                impact, urgency, final = planned[2], planned[3], planned[4]
            # mostly the service's own category; the rest is what the desk could not place
            category = spec.category if rnd() < 0.85 else "Other"
            # nobody works on a retired CI (closed items may name one retired since)
            svc_cis = (cis if planned is None else live_cis).get(svc_hex)
            ci = svc_cis[int(rnd() * len(svc_cis))] if svc_cis and rnd() < 0.65 else None
            caller = people[int(n_people * rnd() ** 1.6)]
            priority = prio[impact][urgency]
            channel = channel_pick[int(rnd() * len(channel_pick))]
            options = titles[category]
            title = options[int(rnd() * len(options))]
            description = (DESC_OPENERS[int(rnd() * 5)] + _sentence_case(title) + ". "
                           + DESC_TAILS[int(rnd() * 8)])
            is_major = priority == 1 and rnd() < 0.1

            # -- where it ends up
            to_desk = category == "Other" or rnd() < 0.25
            team_name = "Service Desk" if to_desk else CATEGORY_TEAM[category]
            team_members = members[team_name]
            assignee = team_members[int(rnd() * len(team_members))]
            creator = desk_agents[int(rnd() * len(desk_agents))]
            creator_hex = None if channel == "monitoring" else creator[0]
            dispatcher = desk_agents[int(rnd() * len(desk_agents))][0]
            fcr = final == "done" and to_desk and rnd() < 0.6
            has_pending = final == "pending" or rnd() < 0.25
            resp_x = resp_xs[int(rnd() * 4096)]
            work_x = work_xs[int(rnd() * 4096)]
            res_x = res_xs[int(rnd() * 4096)]
            split = 0.2 + 0.6 * rnd()
            pend_wall = int(pend_ss[int(rnd() * 4096)])
            close_after = 3 * 86400 + int(rnd() * 86400)
            fcr_gap = 60 + int(rnd() * 240)
            fcr_work = 300 + int(rnd() * 1500)
            team_preset = final == "new" and rnd() < 0.5  # logged to a team, not yet taken
            code = code_pick[int(rnd() * 100)] if final == "done" else None
            notes_opts = RESOLUTION_NOTES[code] if code else ()
            notes = notes_opts[int(rnd() * len(notes_opts))] if code else None
            n_comments = 0 if final == "new" or rnd() >= 1 / 3 else 1 + (rnd() < 0.4)
            comment_draws = [(rnd(), rnd() < 0.5, int(rnd() * 6)) for _ in range(n_comments)]

            # -- the SLA the engine would use, and its calendar
            sla = svc_sla if svc_sla in sla_targets else default_sla
            targets = sla_targets.get(sla) if sla else None
            target = targets.get(priority) if targets else None
            clock = clocks[sla] if sla and target else clocks[_WALL]
            resp_t, res_t = target if target else (60, 1440)
            to_b, from_b = clock.to_b, clock.from_b
            b_open = to_b(opened)

            # -- the timeline (epoch seconds, strictly increasing)
            steps: list[tuple[str, int]] = []  # (status, time) after creation
            t_resolve = t_close = None
            if final != "new":
                if fcr:
                    t_assign = opened + fcr_gap
                    steps.append(("assigned", t_assign))
                    steps.append(("resolved", t_assign + fcr_work))
                else:
                    t_assign = max(opened + 60, int(from_b(b_open + resp_t * resp_x)))
                    steps.append(("assigned", t_assign))
                    if final != "assigned":
                        b_assign = to_b(t_assign)
                        t_work = max(t_assign + 60, int(from_b(b_assign + res_t * work_x)))
                        steps.append(("in_progress", t_work))
                        b_work = to_b(t_work)
                        b_done = max(b_open + res_t * res_x, b_work + 5)
                        if has_pending:
                            t_p1 = max(t_work + 60, int(from_b(b_work + (b_done - b_work)
                                                                * split)))
                            steps.append(("pending", t_p1))
                            if final != "pending":
                                t_p2 = t_p1 + pend_wall
                                steps.append(("in_progress", t_p2))
                                if final == "done":
                                    paused = to_b(t_p2) - to_b(t_p1)
                                    steps.append(("resolved", max(t_p2 + 60, int(from_b(
                                        b_done + paused)))))
                        elif final == "done":
                            steps.append(("resolved", int(from_b(b_done))))
                if steps[-1][1] >= now - 1:  # squeeze into the time that has passed
                    m = len(steps)
                    span = now - 1 - opened
                    steps = [(st, opened + span * (k + 1) // (m + 1))
                             for k, (st, _) in enumerate(steps)]
                if final == "done":
                    t_resolve = steps[-1][1]
                    if t_resolve + close_after < now:
                        t_close = t_resolve + close_after
                        steps.append(("closed", t_close))
            status = steps[-1][0] if steps else "new"

            # -- rows: the incident's history first
            o_txt = fmt(opened)
            ev((head + "001" + tail, KIND, inc_id, creator_hex, o_txt, "created", None, number))
            ev((head + "002" + tail, KIND, inc_id, creator_hex, o_txt, "status", None, "new"))
            seq = 2
            team_id = assignee_id = None
            if team_preset:
                team_id = teams[team_name]
            version = 1
            prev = "new"
            responded = None
            pend_start = None
            paused_b = 0.0
            for st, t in steps:
                t_txt = fmt(t)
                if st == "assigned":
                    team_id, assignee_id = teams[team_name], assignee[0]
                    responded = t
                    if fcr:
                        actor = creator_hex
                    else:
                        version += 1
                        actor = dispatcher
                        ev((head + seqs[seq + 1] + tail, KIND, inc_id, actor, t_txt, "team_id",
                            None, team_dashed[team_name]))
                        ev((head + seqs[seq + 2] + tail, KIND, inc_id, actor, t_txt,
                            "assignee_id", None, assignee[1]))
                        seq += 2
                else:
                    version += 1
                    actor = None if st == "closed" else assignee[0]
                    if st == "pending":
                        pend_start = t
                    elif pend_start is not None:
                        paused_b += to_b(t) - to_b(pend_start)
                        pend_start = None
                seq += 1
                ev((head + seqs[seq] + tail, KIND, inc_id, actor, t_txt, "status", prev, st))
                prev = st
            updated = steps[-1][1] if steps else opened

            # comments and work notes, between the first response and resolution (or now)
            if comment_draws and responded is not None:
                lo = responded
                hi = t_resolve if t_resolve is not None else now - 1
                for pos, note, pick in comment_draws:
                    t = lo + 1 + int(max(0, hi - lo - 2) * pos)
                    body = WORK_NOTES[pick] if note else PUBLIC_COMMENTS[pick % 5]
                    c_txt = fmt(t)
                    seq += 1
                    comments.append((head + seqs[seq] + tail, inc_id, assignee[0], body, note,
                                     c_txt))
                    seq += 1
                    ev((head + seqs[seq] + tail, KIND, inc_id, assignee[0], c_txt,
                        "work_note" if note else "comment", None, body))

            # -- SLA columns
            if target is None:
                sla_cols: tuple[Any, ...] = (None, None, None, None, None, False, False, None,
                                           None)
            else:
                b_now = b_nows[sla or _WALL]
                if responded is not None:
                    r_el = to_b(responded) - b_open
                    r_br = r_el >= resp_t
                    r_state = "breached" if r_br else "met"
                    r_due = None
                else:
                    r_el = b_now - b_open
                    r_br = r_el >= resp_t
                    r_state = ("breached" if r_br else "warning" if r_el >= 0.75 * resp_t
                               else "ok")
                    r_due = fmt(int(from_b(b_open + resp_t)))
                pauses = pending_pauses.get(sla or "", False)
                if not pauses:
                    paused_b = 0.0
                elif pend_start is not None:
                    paused_b += b_now - to_b(pend_start)
                end_b = to_b(t_resolve) if t_resolve is not None else b_now
                s_el = max(0.0, end_b - b_open - paused_b)
                s_br = s_el >= res_t
                if t_resolve is not None:
                    s_state = "breached" if s_br else "met"
                    s_due = None
                else:
                    s_state = ("breached" if s_br else "paused" if pauses and status == "pending"
                               else "warning" if s_el >= 0.75 * res_t else "ok")
                    s_due = fmt(int(from_b(b_open + res_t + paused_b)))
                if "breached" in (r_state, s_state):
                    state = "breached"
                elif "warning" in (r_state, s_state):
                    state = "warning"
                elif "paused" in (r_state, s_state):
                    state = "paused"
                else:
                    state = "met" if s_state == "met" else "ok"
                # when the state changes by itself (the SLA sweep's work list): the next 75 %
                # or 100 % mark of a clock still running
                marks = []
                if responded is None and not r_br:
                    marks.append(b_open + (resp_t if r_state == "warning" else 0.75 * resp_t))
                if t_resolve is None and not s_br and s_state != "paused":
                    marks.append(b_open + paused_b
                                 + (res_t if s_state == "warning" else 0.75 * res_t))
                check = fmt(int(from_b(min(marks)))) if marks else None
                sla_cols = (sla, r_due, s_due, round(r_el, 2), round(s_el, 2), r_br, s_br, state,
                            check)

            incidents.append((
                inc_id, version, o_txt, fmt(updated), number, title, description, caller,
                svc_hex, ci, category, channel, impact, urgency, priority, status, team_id,
                assignee_id, code if t_resolve is not None else None,
                notes if t_resolve is not None else None, o_txt,
                fmt(responded) if responded is not None else None,
                fmt(t_resolve) if t_resolve is not None else None,
                fmt(t_close) if t_close is not None else None, 0, *sla_cols, "incident",
                CATEGORY_OF[status], None, None))
            incident_details.append((inc_id, is_major))

            # -- its tasks, spread evenly so the run ends with exactly tasks_total of them
            n_tasks = (i + 1) * tasks_total // total - i * tasks_total // total
            hi = t_resolve if t_resolve is not None else now - 1
            for _ in range(n_tasks):
                self.task_number += 1
                tasks_made += 1
                t_open = opened + 1 + int(max(0, hi - opened - 4) * trnd() * 0.5)
                t_id = f"{t_open * 1000:012x}7fff{0x8000000000000000 | tbits(62):016x}"
                t_head, t_tail = t_id[:13], t_id[16:]
                t_number = format_number(TASK_KIND, self.task_number)
                t_team = team_names[int(trnd() * len(team_names))]
                t_members = members[t_team]
                t_assignee = t_members[int(trnd() * len(t_members))]
                if status in ("resolved", "closed"):
                    t_final = "closed" if trnd() < 0.9 else "cancelled"
                elif status == "pending":
                    t_final = TASK_WAITING_PICK[int(trnd() * len(TASK_WAITING_PICK))]
                else:
                    t_final = TASK_OPEN_PICK[int(trnd() * len(TASK_OPEN_PICK))]
                span = max(8, hi - t_open)
                if t_final == "pending":  # it waits soon after it starts, not days later
                    span = min(span, 7200 + span // 25)
                t_steps: list[tuple[str, int]] = []
                if t_final != "new":
                    t_steps.append(("assigned", t_open + 1 + int(span * 0.1 * trnd())))
                    if t_final in ("in_progress", "pending", "closed"):
                        t_steps.append(("in_progress", t_open + 2 + int(span * 0.3)))
                    if t_final == "pending":
                        t_steps.append(("pending", t_open + 3 + int(span * 0.6)))
                    elif t_final in ("closed", "cancelled"):
                        t_steps.append((t_final, t_open + 3 + int(span * (0.5 + 0.4 * trnd()))))
                t_txt = fmt(t_open)
                requester = assignee[0] if assignee_id is not None else creator[0]
                ev((t_head + "001" + t_tail, TASK_KIND, t_id, requester, t_txt, "created", None,
                    t_number))
                ev((t_head + "002" + t_tail, TASK_KIND, t_id, requester, t_txt, "status", None,
                    "new"))
                ev((t_head + "003" + t_tail, KIND, inc_id, requester, t_txt, "task_added", None,
                    t_number))
                t_seq, t_prev, t_version = 3, "new", 1
                t_team_id = t_assignee_id = t_responded = t_done = t_pend = None
                for st, t in t_steps:
                    t_version += 1
                    if st == "assigned":
                        t_team_id, t_assignee_id, t_responded = teams[t_team], t_assignee[0], t
                        ev((t_head + seqs[t_seq + 1] + t_tail, TASK_KIND, t_id, requester,
                            fmt(t), "team_id", None, team_dashed[t_team]))
                        ev((t_head + seqs[t_seq + 2] + t_tail, TASK_KIND, t_id, requester,
                            fmt(t), "assignee_id", None, t_assignee[1]))
                        t_seq += 2
                    if st in ("closed", "cancelled"):
                        t_done = t
                    if st == "pending":
                        t_pend = t
                    t_seq += 1
                    ev((t_head + seqs[t_seq] + t_tail, TASK_KIND, t_id,
                        requester if st == "assigned" else t_assignee[0], fmt(t), "status",
                        t_prev, st))
                    t_prev = st
                t_status = t_steps[-1][0] if t_steps else "new"
                t_updated = t_steps[-1][1] if t_steps else t_open
                if target is None:
                    t_sla: tuple[Any, ...] = (None, None, None, None, None, False, False, None,
                                              None)
                else:
                    b_t = to_b(t_open)
                    b_now = b_nows[sla or _WALL]
                    pauses = pending_pauses.get(sla or "", False)
                    paused = b_now - to_b(t_pend) if pauses and t_pend is not None else 0.0
                    end_b = to_b(t_done) if t_done is not None else b_now
                    t_el = max(0.0, end_b - b_t - paused)
                    t_br = t_el >= res_t
                    t_due = None
                    if t_done is not None:
                        t_state = "breached" if t_br else "met"
                    else:
                        t_state = ("breached" if t_br else "paused" if paused else
                                   "warning" if t_el >= 0.75 * res_t else "ok")
                        t_due = fmt(int(from_b(b_t + res_t + paused)))
                    t_check = None
                    if t_state in ("ok", "warning"):
                        t_check = fmt(int(from_b(
                            b_t + (res_t if t_state == "warning" else 0.75 * res_t))))
                    t_sla = (sla, None, t_due, None, round(t_el, 2), False, t_br, t_state,
                             t_check)
                incidents.append((
                    t_id, t_version, t_txt, fmt(t_updated), t_number,
                    TASK_TITLES[int(trnd() * len(TASK_TITLES))] + f" for {number}", None, None,
                    svc_hex, ci, category, channel, impact, urgency, priority, t_status,
                    t_team_id, t_assignee_id, None, None, t_txt,
                    fmt(t_responded) if t_responded is not None else None,
                    fmt(t_done) if t_done is not None else None,
                    fmt(t_done) if t_done is not None else None, 0, *t_sla, "incident_task",
                    CATEGORY_OF[t_status], inc_id,
                    fmt(t_open + 86400 + int(trnd() * 2 * 86400))))
                task_details.append((t_id, requester))
        return _Batch(incidents, events, comments, self.number, incident_details, task_details,
                      self.task_number, tasks_made)



# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

class _Writer:
    """Writes pre-encoded rows: executemany on SQLite, COPY on PostgreSQL.

    PostgreSQL refuses ``COPY FROM`` into a table with row-level security, so where it is
    enabled the rows go through a pipelined ``executemany`` INSERT instead (slower, still bulk).
    """

    TABLES = (WorkItem.__tablename__, TicketEvent.__tablename__, Comment.__tablename__)

    def __init__(self, conn: Connection, *, copy: bool | None = None) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        if copy is None and self.postgres:
            secured = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_class WHERE relrowsecurity AND oid IN "
                "(to_regclass(%(a)s), to_regclass(%(b)s), to_regclass(%(c)s))",
                dict(zip("abc", self.TABLES, strict=True))).scalar()
            conn.rollback()
            copy = not secured
        self.copy = bool(copy) and self.postgres

    def write(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        if self.postgres:
            raw: Any = self.conn.connection.driver_connection
            with raw.cursor() as cur:
                if self.copy:
                    with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                        write_row = copy.write_row
                        for row in rows:
                            write_row(row)
                else:
                    marks = ", ".join("%s" for _ in columns)
                    cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        else:
            marks = ", ".join("?" for _ in columns)
            self.conn.exec_driver_sql(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


class _SqliteBulk:
    """synchronous=OFF and a big page cache on this connection for the load, then restored."""

    def __init__(self, conn: Connection) -> None:
        self.raw: Any = conn.connection.driver_connection if conn.dialect.name == "sqlite" \
            else None
        self.saved: list[tuple[str, Any]] = []

    def __enter__(self) -> _SqliteBulk:
        if self.raw is not None:
            for pragma, value in (("synchronous", 0), ("cache_size", -262_144)):
                self.saved.append((pragma, self.raw.execute(f"PRAGMA {pragma}").fetchone()[0]))
                self.raw.execute(f"PRAGMA {pragma} = {value}")
        return self

    def __exit__(self, *exc: object) -> None:
        for pragma, value in reversed(self.saved):
            self.raw.execute(f"PRAGMA {pragma} = {int(value)}")


_LENGTH = struct.Struct("<Q")
#: Below this many tickets a second process costs more (start-up, pickling) than it saves.
PARALLEL_MIN_TICKETS = 40_000
SUSPEND_MIN_TICKETS = 100_000
"""Loads at least this large (and at least as large as the table already is) drop the queue and
search indexes and SQLite's FTS triggers while loading and rebuild them once afterwards."""


def _worker() -> None:
    """Child-process entry: read (generator, batch size) on stdin, stream pickled batches."""
    gen, size = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for batch in gen.batches(size):
        blob = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(blob)))
        out.write(blob)
        out.flush()
    out.write(_LENGTH.pack(0))
    out.flush()


def _worker_available() -> bool:
    return bool(sys.executable) and not getattr(sys, "frozen", False) and (os.cpu_count() or 1) > 1


def _from_worker(gen: _Generator, size: int) -> Iterator[_Batch]:
    """Generate batches in a child Python process (a second core) while this one writes.

    The child is a plain ``python -c`` (not multiprocessing), so it never re-imports the
    caller's ``__main__``; it is killed when the caller stops early or fails. If it cannot start
    (no usable interpreter, deskapp not importable), generation falls back to this process; the
    output is the same either way.
    """
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", "from deskapp.db.demo import _worker; _worker()"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except OSError:
            yield from gen.batches(size)
            return
        assert proc.stdin is not None and proc.stdout is not None
        started = False
        try:
            try:
                pickle.dump((gen, size), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                proc.stdin.close()
            except BrokenPipeError:
                pass  # the child died at start-up; handled below
            read = proc.stdout.read
            while True:
                head = read(_LENGTH.size)
                if len(head) < _LENGTH.size:
                    proc.wait()
                    if not started:
                        yield from gen.batches(size)  # gen is untouched: same tickets
                        return
                    errors.seek(0)
                    lines = errors.read().decode(errors="replace").strip().splitlines()
                    raise RuntimeError("The demo-data worker process failed: " + (
                        lines[-1] if lines else f"exit code {proc.returncode}"))
                (length,) = _LENGTH.unpack(head)
                if length == 0:
                    proc.wait()
                    return
                started = True
                yield pickle.loads(read(length))
        finally:
            if proc.poll() is None:
                proc.kill()  # we stopped early (cancel or a write error)
                proc.wait()
            proc.stdout.close()


def generate(engine: Engine, tickets: int, *, seed: int = 1, open_ratio: float = 0.3,
             progress: Progress | None = None, cancel: Cancel | None = None,
             now: datetime | None = None, batch_size: int = DEFAULT_BATCH,
             parallel: bool | None = None,
             suspend_indexes: bool | None = None) -> DemoStats:
    """Add ``tickets`` work items (and any missing reference data) to a migrated database:
    60 % incidents and 40 % incident tasks under them (``TASK_SHARE``).

    ``open_ratio`` of the incidents end in an open status, days or weeks old (their tasks
    mostly open with them), the rest resolved or closed. ``progress(done, total)`` is called
    after each committed batch; ``cancel()`` returning True stops after the current batch.
    The same ``seed`` gives the same tickets (numbers, titles, statuses...) on a fresh
    database; ``now`` pins the clock the two-year window ends at (default: the current time).
    ``parallel`` generates rows in a child
    Python process while this one writes (default: for large runs, when not a frozen bundle);
    the output is the same either way. ``suspend_indexes`` drops the queue and search indexes
    (and SQLite's full-text triggers) for the load and rebuilds them once at the end
    (:func:`deskapp.db.maintenance.indexes_suspended`, crash-safe; default: for loads of at least
    ``SUSPEND_MIN_TICKETS`` that are at least as large as the table already is). Only for a
    database nobody else writes to meanwhile. Planner statistics are refreshed afterwards.
    """
    if tickets < 0:
        raise ValueError("tickets must be zero or more")
    if not 0.0 <= open_ratio <= 1.0:
        raise ValueError("open_ratio must be between 0 and 1")
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    epoch_start = now - timedelta(days=WINDOW_DAYS + 60)
    people_target = max(200, tickets // 50)
    counter_t = _table(NumberCounter)
    if engine.dialect.name == "sqlite":
        engine = engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
    if parallel is None:
        parallel = tickets >= PARALLEL_MIN_TICKETS and _worker_available()

    with engine.connect() as conn:
        with conn.begin():
            ref = _ensure_reference(conn, people_target, epoch_start)
            start = conn.execute(select(counter_t.c.last_value)
                                 .where(counter_t.c.kind == KIND)).scalar()
            if start is None:
                start = 0
                conn.execute(counter_t.insert(), [{"kind": KIND, "last_value": 0}])
            task_start = conn.execute(select(counter_t.c.last_value)
                                      .where(counter_t.c.kind == TASK_KIND)).scalar()
            if task_start is None:
                task_start = 0
                conn.execute(counter_t.insert(), [{"kind": TASK_KIND, "last_value": 0}])
            first_day = (now - timedelta(days=WINDOW_DAYS + 3)).date()
            last_day = (now + timedelta(days=400)).date()
            clocks = {sla: _load_clock(conn, cal, first_day, last_day)
                      for sla, cal in ref.sla_calendar.items()}
            clocks[_WALL] = _Clock("UTC", {d: [(0, 1440)] for d in range(7)}, frozenset(),
                                   first_day, first_day)
        stats_ref = (ref.organisations, len(ref.people), ref.staff, len(ref.teams),
                     ref.service_count, ref.ci_count)
        if suspend_indexes is None:
            suspend_indexes = tickets >= SUSPEND_MIN_TICKETS and tickets >= conn.execute(
                select(func.count()).select_from(_table(WorkItem))).scalar_one()
            conn.rollback()  # the count's implicit transaction must not block the DROPs
        suspended: AbstractContextManager[None] = nullcontext()
        if tickets and suspend_indexes:
            from deskapp.db.maintenance import indexes_suspended  # noqa: PLC0415

            suspended = indexes_suspended(engine)
        with suspended:
            written, tasks, events, comments = _load(
                conn, ref, clocks, seed=seed, start=int(start), task_start=int(task_start),
                tickets=tickets,
                open_ratio=open_ratio, now=now, batch_size=batch_size, parallel=parallel,
                progress=progress, cancel=cancel)
        if written:
            _analyze(conn)
    return DemoStats(*stats_ref, incidents=written - tasks, events=events, comments=comments,
                     seconds=time.perf_counter() - started, tasks=tasks)


def _load(conn: Connection, ref: _Reference, clocks: dict[str, _Clock], *, seed: int,
          start: int, task_start: int, tickets: int, open_ratio: float, now: datetime,
          batch_size: int, parallel: bool, progress: Progress | None,
          cancel: Cancel | None) -> tuple[int, int, int, int]:
    """Write the work items in batches; returns (items, of them tasks, events, comments)."""
    counter_t = _table(NumberCounter)
    written = tasks = events = comments = 0
    if tickets:
        postgres = conn.dialect.name == "postgresql"
        n_tasks = int(tickets * TASK_SHARE)
        # batches count incidents; each carries its incidents' tasks
        per_batch = max(1, round(batch_size * (1 - TASK_SHARE)))
        gen = _Generator(ref, clocks, seed=seed, start_number=int(start),
                         total=tickets - n_tasks, open_ratio=open_ratio, now=now,
                         postgres=postgres, task_start=task_start, tasks=n_tasks)
        writer = _Writer(conn)
        number, task_number = int(start), int(task_start)
        batches = _from_worker(gen, per_batch) if parallel else gen.batches(per_batch)
        try:
            with _SqliteBulk(conn):
                for batch in batches:
                    with conn.begin():
                        if postgres:
                            conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                        moved = conn.execute(
                            update(counter_t)
                            .where(counter_t.c.kind == KIND,
                                   counter_t.c.last_value == number)
                            .values(last_value=batch.last_number)).rowcount
                        moved += conn.execute(
                            update(counter_t)
                            .where(counter_t.c.kind == TASK_KIND,
                                   counter_t.c.last_value == task_number)
                            .values(last_value=batch.last_task_number)).rowcount
                        if moved != 2:
                            raise RuntimeError(
                                "Ticket numbers were allocated by someone else during the "
                                "demo-data load; run it while nobody logs tickets.")
                        writer.write(_table(WorkItem), WORK_ITEM_COLUMNS, batch.items)
                        writer.write(_table(IncidentDetails), INCIDENT_DETAIL_COLUMNS,
                                     batch.incident_details)
                        writer.write(_table(IncidentTask), TASK_DETAIL_COLUMNS,
                                     batch.task_details)
                        writer.write(_table(TicketEvent), EVENT_COLUMNS, batch.events)
                        writer.write(_table(Comment), COMMENT_COLUMNS, batch.comments)
                    number, task_number = batch.last_number, batch.last_task_number
                    written += len(batch.items)
                    tasks += batch.tasks
                    events += len(batch.events)
                    comments += len(batch.comments)
                    if progress is not None:
                        progress(written, tickets)
                    if cancel is not None and cancel():
                        break
        finally:
            close = getattr(batches, "close", None)
            if close is not None:
                close()  # stops the worker process if we left early
    return written, tasks, events, comments


def _analyze(conn: Connection) -> None:
    """Fresh planner statistics after a bulk load.

    PostgreSQL: ``VACUUM (ANALYZE)`` for incidents, so the visibility map is set and queue
    counts become index-only scans (straight after a load, counting the 73,000 open
    priority-3 tickets of 1M read 40,000 heap pages: 170-290 ms instead of a few ms), and
    ``ANALYZE`` for the history tables. VACUUM cannot run in a transaction, hence autocommit
    (the pool resets the isolation level when the connection goes back).
    """
    if conn.dialect.name == "postgresql":
        auto = conn.execution_options(isolation_level="AUTOCOMMIT")
        auto.exec_driver_sql(f"VACUUM (ANALYZE) {WorkItem.__tablename__}")
        for model in (TicketEvent, Comment, IncidentDetails, IncidentTask):
            auto.exec_driver_sql(f"ANALYZE {model.__tablename__}")
    elif conn.dialect.name == "sqlite":
        raw: Any = conn.connection.driver_connection
        raw.execute("PRAGMA optimize")
