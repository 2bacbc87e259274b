"""Reference data: the service portfolio, its configuration items, who handles what."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from deskapp.db.demo.calendars import SLA_CRITICAL
from deskapp.db.demo.common import stamp, table_of
from deskapp.db.demo.people import FIRST_NAMES, LAST_NAMES
from deskapp.db.models import ConfigurationItem, Service

CATEGORY_TEAM = {
    "Hardware": "Desktop Support", "Software": "Applications", "Network": "Network",
    "Access": "Identity & Access", "Email": "Applications", "Printing": "Desktop Support",
    "Telephony": "Network", "Security": "Security", "Other": "Service Desk",
}


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    team: str
    criticality: str
    status: str
    category: str
    weight: int
    description: str


SERVICES: tuple[ServiceSpec, ...] = (
    ServiceSpec("Email", "Applications", "high", "catalogue", "Email", 12,
                 "Mailboxes, calendars and shared mailboxes"),
    ServiceSpec("VPN", "Network", "high", "catalogue", "Network", 8,
                 "Remote access to the corporate network"),
    ServiceSpec("Wi-Fi", "Network", "medium", "catalogue", "Network", 7,
                 "Office and guest wireless networks"),
    ServiceSpec("Printing", "Desktop Support", "low", "catalogue", "Printing", 8,
                 "Managed printers, scanning and print queues"),
    ServiceSpec("ERP", "Applications", "critical", "catalogue", "Software", 6,
                 "Finance, purchasing and stock control"),
    ServiceSpec("Payroll", "Applications", "critical", "catalogue", "Software", 3,
                 "Monthly and weekly payroll runs"),
    ServiceSpec("HR Portal", "Applications", "medium", "catalogue", "Software", 4,
                 "Leave, absence and employee self-service"),
    ServiceSpec("End-User Devices", "Desktop Support", "medium", "catalogue", "Hardware", 12,
                 "Laptops, desktops, monitors and peripherals"),
    ServiceSpec("Identity & Single Sign-On", "Identity & Access", "critical", "catalogue",
                 "Access", 9, "Directory accounts, passwords, SSO and MFA"),
    ServiceSpec("File Storage", "Desktop Support", "medium", "catalogue", "Software", 4,
                 "Network drives and shared folders"),
    ServiceSpec("Telephony", "Network", "high", "catalogue", "Telephony", 5,
                 "Desk phones, voicemail and the contact centre"),
    ServiceSpec("Video Conferencing", "Applications", "medium", "catalogue", "Telephony", 4,
                 "Online meetings and meeting-room video"),
    ServiceSpec("CRM", "Applications", "high", "catalogue", "Software", 5,
                 "Customer accounts, cases and sales pipeline"),
    ServiceSpec("Data Warehouse", "Database", "medium", "catalogue", "Software", 2,
                 "Reporting and analytics"),
    ServiceSpec("Core Database Platform", "Database", "critical", "catalogue", "Software", 2,
                 "Shared PostgreSQL and SQL Server clusters"),
    ServiceSpec("Public Website", "Applications", "high", "catalogue", "Software", 2,
                 "Corporate website and online booking"),
    ServiceSpec("Intranet", "Applications", "low", "catalogue", "Software", 2,
                 "News, policies and team sites"),
    ServiceSpec("Endpoint Security", "Security", "high", "catalogue", "Security", 4,
                 "Antivirus, disk encryption and device control"),
    ServiceSpec("Mobile Devices", "Desktop Support", "medium", "catalogue", "Hardware", 4,
                 "Company phones and tablets"),
    ServiceSpec("Building Access", "Facilities", "medium", "catalogue", "Access", 2,
                 "Badges, door controllers and visitor passes"),
    ServiceSpec("Meeting Rooms", "Facilities", "low", "catalogue", "Hardware", 2,
                 "Room screens, booking panels and AV"),
    ServiceSpec("Backup & Restore", "Database", "high", "catalogue", "Other", 1,
                 "Backups of servers, databases and file storage"),
    ServiceSpec("Expense Claims", "Applications", "low", "pipeline", "Software", 0,
                 "Replacement for paper expense forms (in procurement)"),
    ServiceSpec("Self-Service Portal", "Service Desk", "medium", "pipeline", "Other", 0,
                 "Customer portal for requests and knowledge (planned)"),
    ServiceSpec("Legacy Fax Gateway", "Network", "low", "retired", "Telephony", 0,
                 "Retired fax-to-email gateway"),
)

#: (name, type, service, description) of the core infrastructure (deskapp.db.demo.cmdb)
CORE_CIS = (
    ("CORE-SW-LDS-01", "network switch", "VPN", "Core switch, Leeds data centre"),
    ("CORE-SW-LDS-02", "network switch", "VPN", "Core switch, Leeds data centre"),
    ("SAN-LDS-01", "storage", "Backup & Restore", "Shared storage array"),
    ("ESX-CLUSTER-LDS", "service component", "Core Database Platform",
     "Virtualisation cluster for servers and databases"),
    *((f"ESX-LDS-{k:02d}", "server", "Core Database Platform", "Virtualisation host")
      for k in range(1, 7)),
)

LOCATIONS = ("London HQ", "Manchester office", "Leeds data centre", "Bristol office",
             "Glasgow office", "Birmingham warehouse", "Home / remote")




#: availability a service should reach, by criticality (Service Design), in % of the time
AVAILABILITY_TARGETS = {"critical": 99.9, "high": 99.5, "medium": 99.0}


def ensure_services(conn: Connection, at: datetime, team_ids: dict[str, uuid.UUID],
                    slas: dict[str, uuid.UUID]) -> None:
    """The service portfolio (owned by the demo teams) and about 300 CIs under it."""
    svc_t, ci_t = table_of(Service), table_of(ConfigurationItem)
    svc_ids = {r.name: r.id for r in conn.execute(select(svc_t.c.name, svc_t.c.id))}
    new_svcs = []
    fixed = random.Random("demo:services")
    for spec in SERVICES:
        value = Decimal(fixed.randrange(50, 2500) * 1000)
        owner = f"{fixed.choice(FIRST_NAMES)} {fixed.choice(LAST_NAMES)}"
        margin = Decimal(fixed.randrange(15, 70))
        if spec.name in svc_ids:
            continue
        new_svcs.append(stamp({
            "name": spec.name, "description": spec.description,
            "portfolio_status": spec.status,
            "business_owner": owner,
            "owner_team_id": team_ids[spec.team], "criticality": spec.criticality,
            "annual_value": value,
            "annual_cost": (value * margin / 100).quantize(Decimal("0.01")),
            "sla_id": slas[SLA_CRITICAL] if spec.criticality == "critical" else None,
            "availability_target": AVAILABILITY_TARGETS.get(spec.criticality)}, at))
    if new_svcs:
        conn.execute(svc_t.insert(), new_svcs)
        svc_ids.update({s["name"]: s["id"] for s in new_svcs})
    ci_names = {r.name for r in conn.execute(select(ci_t.c.name))}
    new_cis = [stamp(ci, at) for ci in ci_specs(random.Random("demo:cis"), svc_ids)
               if ci["name"] not in ci_names]
    if new_cis:
        conn.execute(ci_t.insert(), new_cis)


def ci_specs(rng: random.Random, svc_ids: dict[str, uuid.UUID]) -> list[dict[str, Any]]:
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
    # the shared infrastructure the demo CMDB wires everything to (no draws from ``rng``)
    for name, ci_type, service, description in CORE_CIS:
        specs.append({"name": name, "ci_type": ci_type, "status": "in_use",
                      "service_id": svc_ids[service], "description": description,
                      "serial_number": None, "location": "Leeds data centre"})
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


