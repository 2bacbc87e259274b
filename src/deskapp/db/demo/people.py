"""Reference data: organisations and departments, callers, staff with roles, teams."""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, func, select

from deskapp.db.demo.common import stamp, table_of
from deskapp.db.models import (
    Department,
    Organisation,
    Person,
    StaffPreference,
    StaffRole,
    StaffUser,
    Team,
    TeamMember,
)

#: organisation name -> id, and (organisation id, department name) -> department id
Organisations = tuple[dict[str, uuid.UUID], dict[tuple[uuid.UUID, str], uuid.UUID]]

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


#: cost of an hour of each team's work (Service Strategy's cost per service and per ticket);
#: Facilities has none yet, so the demo shows how unrated time is reported
HOURLY_RATES: dict[str, str] = {
    "Service Desk": "38.00", "Network": "72.00", "Desktop Support": "48.00",
    "Applications": "85.00", "Database": "92.00", "Security": "95.00",
    "Identity & Access": "64.00"}


def username(first: str, last: str) -> str:
    return (first[0] + "".join(c for c in last if c.isalpha())).lower()


def ensure_organisations(conn: Connection, at: datetime) -> Organisations:
    """The demo organisations and their departments (created where missing)."""
    org_t, dep_t = table_of(Organisation), table_of(Department)
    orgs = {r.name: r.id for r in conn.execute(select(org_t.c.name, org_t.c.id))}
    new_orgs = [stamp({"name": n}, at) for n, _, _ in ORGANISATIONS if n not in orgs]
    if new_orgs:
        conn.execute(org_t.insert(), new_orgs)
        orgs.update({o["name"]: o["id"] for o in new_orgs})
    deps = {(r.organisation_id, r.name): r.id
            for r in conn.execute(select(dep_t.c.organisation_id, dep_t.c.name, dep_t.c.id))}
    new_deps = [stamp({"organisation_id": orgs[o], "name": d}, at)
                for o, _, names in ORGANISATIONS for d in names if (orgs[o], d) not in deps]
    if new_deps:
        conn.execute(dep_t.insert(), new_deps)
        deps.update({(d["organisation_id"], d["name"]): d["id"] for d in new_deps})
    return orgs, deps


def ensure_staff_and_teams(conn: Connection, at: datetime) -> tuple[dict[str, uuid.UUID], int]:
    """The demo teams, their staff (roles, leads): team name -> id, and the roster size."""
    # its own stream, so what already exists cannot shift the names generated for the rest
    fixed = random.Random("demo:staff")
    staff_t, role_t, team_t, member_t = (table_of(StaffUser), table_of(StaffRole),
                                         table_of(Team), table_of(TeamMember))
    staff_ids = {r.username: r.id for r in conn.execute(select(staff_t.c.username, staff_t.c.id))}
    team_ids = {r.name: r.id for r in conn.execute(select(team_t.c.name, team_t.c.id))}
    new_teams = [stamp({"name": name, "description": desc,
                         "email": name.lower().replace(" & ", "-").replace(" ", "-")
                         + "@servicedesk.example",
                         "hourly_rate": Decimal(HOURLY_RATES[name]) if name in HOURLY_RATES
                         else None}, at)
                 for name, desc, _ in TEAMS if name not in team_ids]
    if new_teams:
        conn.execute(team_t.insert(), new_teams)
        team_ids.update({t["name"]: t["id"] for t in new_teams})
    roster: list[tuple[str, str, str, bool, tuple[str, ...]]] = []  # user, name, team, lead, roles
    taken: set[str] = set()
    for team, _, size in TEAMS:
        for k in range(size):
            first, last = fixed.choice(FIRST_NAMES), fixed.choice(LAST_NAMES)
            user = base = username(first, last)
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
    new_staff = [stamp({"username": u, "full_name": name, "active": True,
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
    # everyone has taken work before: their default team (take next, Assign to me) is theirs
    pref_t = table_of(StaffPreference)
    have_prefs = set(conn.execute(select(pref_t.c.staff_id)).scalars())
    new_prefs = [stamp({"staff_id": staff_ids[u], "default_team_id": team_ids[t]}, at)
                 for u, _, t, _, _ in roster if staff_ids[u] not in have_prefs]
    if new_prefs:
        conn.execute(pref_t.insert(), new_prefs)
    return team_ids, len(roster)


def ensure_people(conn: Connection, people_target: int, at: datetime,
                  organisations: Organisations) -> None:
    """Top the callers up to ``people_target``, spread over the organisations' departments."""
    orgs, deps = organisations
    person_t = table_of(Person)
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
            new_people.append(stamp({
                "full_name": f"{first} {last}", "email": email,
                "phone": f"+44 20 7946 0{prng.randrange(1000):03d}",
                "organisation_id": orgs[org], "department_id": prng.choice(dep_by_org[org]),
                "vip": prng.random() < 0.03}, at))
        for start in range(0, len(new_people), 10_000):
            conn.execute(person_t.insert(), new_people[start:start + 10_000])
