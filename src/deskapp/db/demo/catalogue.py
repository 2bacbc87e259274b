"""The demo service catalogue: about thirty offerings under the demo's catalogue services, each
with a request form, an approval rule, a fulfilment plan for the teams that do the work and the
service's SLA; one retired offering shows how the catalogue keeps history.

What a desk orders (laptops, accounts, access, mailboxes, desk moves) is ordered here, so the
demo incidents no longer carry such titles (:mod:`deskapp.db.demo.text`); the requests raised
from these offerings are :mod:`deskapp.db.demo.requests`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from deskapp.db.demo.common import table_of
from deskapp.db.models import CatalogueOffering, Service, Team
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.domain.fulfilment import FulfilmentPlan, PlanStep
from deskapp.domain.request_form import FieldType, FormField, RequestForm, ShowIf

T, LT, CH, MC, D, N, P, Y = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.CHOICE,
                             FieldType.MULTI_CHOICE, FieldType.DATE, FieldType.NUMBER,
                             FieldType.PERSON, FieldType.YES_NO)
APPS = ("ERP", "CRM", "Payroll", "HR Portal", "Power BI", "SAP GUI")
REASON = FormField("reason", "Business reason", LT, True,
                   help="Why the caller needs it; approvers read this.")
START = FormField("start", "Needed from", D, True)
NOTES = FormField("notes", "Notes for the team", LT)
#: Approval shorthands: none, the service owner, a team (policy), or stages of those.
NONE: tuple[Any, ...] = ()
OWNER: tuple[Any, ...] = (("owner",),)


def team(name: str, policy: str = "any") -> tuple[Any, ...]:
    return (("team", name, policy),)


@dataclass(frozen=True)
class OfferingSpec:
    name: str
    service: str
    description: str
    fields: tuple[FormField, ...]
    approval: tuple[Any, ...]
    #: (title, team, waits for the task above, due hours)
    plan: tuple[tuple[str, str, bool, int], ...]
    team: str = "Service Desk"
    weight: int = 1  # how often it is ordered
    retired: bool = False


OFFERINGS: tuple[OfferingSpec, ...] = (
    OfferingSpec(
        "New starter laptop", "End-User Devices", "A laptop imaged and set up for someone "
        "joining, delivered to their desk on their first day.",
        (FormField("model", "Model", CH, True, "Standard 14\"",
                   choices=("Standard 14\"", "Developer 16\"", "Lightweight 13\"")),
         START, FormField("monitor", "Second monitor", Y, default=False),
         FormField("monitor_size", "Monitor size", CH, True, choices=("24\"", "27\""),
                   show_if=ShowIf("monitor", "yes")), NOTES),
        OWNER, (("Order the laptop", "Desktop Support", False, 48),
                ("Image and set up", "Desktop Support", True, 24),
                ("Deliver to the desk", "Desktop Support", True, 8)), weight=8),
    OfferingSpec(
        "Replacement charger", "End-User Devices", "A charger for a company laptop.",
        (FormField("device", "Device", T, True, help="Model or asset tag"),),
        NONE, (("Send a charger", "Desktop Support", False, 24),), weight=5),
    OfferingSpec(
        "Second monitor", "End-User Devices", "An extra monitor at the caller's desk.",
        (FormField("size", "Size", CH, True, "24\"", choices=("24\"", "27\"")),
         FormField("location", "Desk location", T, True)),
        NONE, (("Install the monitor", "Desktop Support", False, 48),), weight=5),
    OfferingSpec(
        "Docking station", "End-User Devices", "A docking station for a company laptop.",
        (FormField("location", "Desk location", T, True),),
        NONE, (("Install the dock", "Desktop Support", False, 48),), weight=3),
    OfferingSpec(
        "Mobile phone", "Mobile Devices", "A company smartphone enrolled in device management.",
        (FormField("model", "Model", CH, True, choices=("Standard", "Large screen")),
         FormField("number", "Keep existing number", Y, default=False), REASON),
        OWNER, (("Order the phone", "Desktop Support", False, 72),
                ("Enrol in device management", "Security", True, 24)), weight=4),
    OfferingSpec(
        "Tablet", "Mobile Devices", "A tablet for field or meeting work.",
        (REASON,), OWNER, (("Order the tablet", "Desktop Support", False, 72),), weight=1),
    OfferingSpec(
        "Headset", "Telephony", "A USB or Bluetooth headset for calls.",
        (FormField("kind", "Kind", CH, True, "USB", choices=("USB", "Bluetooth")),),
        NONE, (("Send the headset", "Service Desk", False, 24),), weight=6),
    OfferingSpec(
        "Desk phone extension", "Telephony", "A desk phone with its own extension.",
        (FormField("location", "Desk location", T, True),),
        NONE, (("Configure the extension", "Network", False, 48),), team="Network"),
    OfferingSpec(
        "New user account", "Identity & Single Sign-On", "Accounts, e-mail and a welcome "
        "pack for someone joining.",
        (FormField("person", "New starter", P, True), START,
         FormField("apps", "Applications", MC, choices=APPS)),
        team("Identity & Access"), (("Create the accounts", "Identity & Access", False, 24),
                                    ("Send the welcome pack", "Service Desk", True, 8)),
        team="Identity & Access", weight=6),
    OfferingSpec(
        "Access to an application", "Identity & Single Sign-On", "A role in a business "
        "application; the owner and Security approve.",
        (FormField("app", "Application", CH, True, choices=APPS),
         FormField("level", "Access level", CH, True, "Read", choices=("Read", "Edit",
                                                                         "Approve")),
         REASON),
        (("owner",), ("team", "Security", "majority")),
        (("Grant the role", "Identity & Access", False, 24),), team="Identity & Access",
        weight=8),
    OfferingSpec(
        "Leaver: remove access", "Identity & Single Sign-On", "Disable a leaver's accounts and "
        "collect their devices.",
        (FormField("person", "Leaver", P, True), FormField("last_day", "Last day", D, True)),
        NONE, (("Disable the accounts", "Identity & Access", False, 8),
               ("Collect the devices", "Desktop Support", False, 72)),
        team="Identity & Access", weight=3),
    OfferingSpec(
        "Shared mailbox", "Email", "A shared mailbox and who may use it.",
        (FormField("mailbox", "Mailbox name", T, True), FormField("members", "Members", LT,
                                                                  True)),
        OWNER, (("Create the mailbox", "Applications", False, 24),
                ("Grant mailbox rights", "Identity & Access", False, 24)), weight=4),
    OfferingSpec(
        "Distribution list", "Email", "A mailing list for a team or project.",
        (FormField("name", "List name", T, True), FormField("members", "Members", LT)),
        NONE, (("Create the list", "Applications", False, 24),), weight=2),
    OfferingSpec(
        "Mailbox size increase", "Email", "More space for a full mailbox.",
        (FormField("size", "New size", CH, True, "100 GB", choices=("50 GB", "100 GB")),),
        OWNER, (("Raise the quota", "Applications", False, 8),), weight=3),
    OfferingSpec(
        "Software installation", "End-User Devices", "Install approved software on a "
        "company device.",
        (FormField("app", "Software", T, True), FormField("licence", "Licence already held",
                                                          Y, default=False), NOTES),
        team("Applications"), (("Package and install", "Desktop Support", False, 48),),
        weight=6),
    OfferingSpec(
        "Power BI Pro licence", "Data Warehouse", "A Power BI Pro licence for publishing "
        "reports.", (REASON,), OWNER, (("Assign the licence", "Database", False, 24),),
        weight=2),
    OfferingSpec(
        "Training course", "HR Portal", "A place on an application training course.",
        (FormField("app", "Course", CH, True, choices=APPS), START),
        NONE, (("Book the course", "Service Desk", False, 72),), weight=2),
    OfferingSpec(
        "Desk move", "Meeting Rooms", "Move a person's equipment to another desk.",
        (FormField("from", "From desk", T, True), FormField("to", "To desk", T, True),
         FormField("when", "Move date", D, True)),
        NONE, (("Move the equipment", "Facilities", False, 48),
               ("Patch the network port", "Network", True, 24),
               ("Test phone and dock", "Desktop Support", True, 8)), team="Facilities",
        weight=3),
    OfferingSpec(
        "Building access card", "Building Access", "An access card for the offices.",
        (FormField("sites", "Sites", MC, True, choices=("London", "Manchester", "Leeds",
                                                         "Bristol")), START),
        team("Security"), (("Print and issue the card", "Facilities", False, 48),),
        team="Facilities", weight=4),
    OfferingSpec(
        "Meeting room equipment", "Meeting Rooms", "A screen, camera or speaker set up for "
        "a meeting.", (FormField("room", "Room", T, True), FormField("when", "Date", D, True)),
        NONE, (("Set up the equipment", "Facilities", False, 24),), team="Facilities"),
    OfferingSpec(
        "VPN access", "VPN", "Remote access to the company network.",
        (REASON, FormField("token", "Hardware token needed", Y, default=False)),
        team("Security"), (("Enable the VPN profile", "Network", False, 24),), team="Network",
        weight=5),
    OfferingSpec(
        "Guest Wi-Fi", "Wi-Fi", "A Wi-Fi voucher for a visitor.",
        (FormField("guest", "Guest name", T, True), FormField("when", "Visit date", D, True),
         FormField("days", "Days", N, True, 1)),
        NONE, (("Create the voucher", "Network", False, 4),), team="Network", weight=4),
    OfferingSpec(
        "Shared folder access", "File Storage", "Read or change rights on a shared folder.",
        (FormField("path", "Folder", T, True, help="For example \\\\files\\finance\\budgets"),
         FormField("rights", "Rights", CH, True, "Read", choices=("Read", "Change")), REASON),
        OWNER, (("Grant folder rights", "Desktop Support", False, 24),), weight=5),
    OfferingSpec(
        "File restore", "Backup & Restore", "Restore deleted or overwritten files.",
        (FormField("path", "File or folder", T, True), FormField("when", "Restore as of", D,
                                                                 True)),
        NONE, (("Restore the files", "Database", False, 8),), team="Database", weight=3),
    OfferingSpec(
        "New report", "Data Warehouse", "A new report from the data warehouse.",
        (FormField("what", "What the report shows", LT, True),),
        OWNER, (("Build the report", "Database", False, 120),), team="Database"),
    OfferingSpec(
        "CRM user", "CRM", "A CRM login with a sales or service role.",
        (FormField("person", "User", P, True), FormField("role", "Role", CH, True,
                                                         choices=("Sales", "Service",
                                                                  "Manager"))),
        OWNER, (("Create the CRM user", "Applications", False, 24),), weight=3),
    OfferingSpec(
        "Payroll access", "Payroll", "Access to payroll data; the owner and every Security "
        "lead approve.", (REASON,), (("owner",), ("team", "Security", "all")),
        (("Grant payroll access", "Identity & Access", False, 24),), team="Identity & Access"),
    OfferingSpec(
        "Database access", "Core Database Platform", "A read-only or owner account on a "
        "database.",
        (FormField("database", "Database", T, True), FormField("level", "Level", CH, True,
                                                               "Read only",
                                                               choices=("Read only",
                                                                        "Owner")), REASON),
        (("owner",), ("team", "Security", "any")),
        (("Create the account", "Database", False, 24),), team="Database"),
    OfferingSpec(
        "Intranet page change", "Intranet", "A new or changed page on the intranet.",
        (FormField("page", "Page", T, True), FormField("change", "The change", LT, True)),
        NONE, (("Publish the change", "Applications", False, 72),), weight=2),
    OfferingSpec(
        "Antivirus exception", "Endpoint Security", "Let a blocked program or device run.",
        (FormField("what", "Program or device", T, True), REASON),
        team("Security", "majority"), (("Add the exception", "Security", False, 24),),
        team="Security"),
    OfferingSpec(
        "Fax line", "Telephony", "A fax number on the fax gateway.", (REASON,), NONE,
        (("Configure the fax line", "Network", False, 48),), team="Network", retired=True),
)


def rule_of(spec: OfferingSpec, owner_team: uuid.UUID | None,
            teams: dict[str, uuid.UUID]) -> ApprovalRule:
    stages = []
    for stage in spec.approval:
        if stage[0] == "owner":
            stages.append(StageRule((ApproverSpec(ApproverKind.SERVICE_OWNER),)))
        else:
            stages.append(StageRule((ApproverSpec(ApproverKind.TEAM, teams[stage[1]]),),
                                    Policy(stage[2])))
    return ApprovalRule(tuple(stages))


def plan_of(spec: OfferingSpec, teams: dict[str, uuid.UUID]) -> FulfilmentPlan:
    steps = []
    for n, (title, team_name, waits, due) in enumerate(spec.plan):
        key = f"step{n + 1}"
        steps.append(PlanStep(key, title, teams[team_name], (f"step{n}",) if waits else (), due))
    return FulfilmentPlan(tuple(steps))


def ensure_catalogue(conn: Connection, at: datetime) -> int:
    """Add the offerings the catalogue lacks (found by name); returns how many it has."""
    off_t, svc_t, team_t = table_of(CatalogueOffering), table_of(Service), table_of(Team)
    have = set(conn.execute(select(off_t.c.name)).scalars())
    services = {name: (sid, owner, sla) for name, sid, owner, sla in conn.execute(
        select(svc_t.c.name, svc_t.c.id, svc_t.c.owner_team_id, svc_t.c.sla_id))}
    teams = dict(conn.execute(select(team_t.c.name, team_t.c.id)).all())
    rows = []
    for spec in OFFERINGS:
        if spec.name in have or spec.service not in services:
            continue
        service_id, owner, sla = services[spec.service]
        rows.append({
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"deskapp-demo-offering:{spec.name}"),
            "version": 1, "created_at": at, "updated_at": at, "service_id": service_id,
            "name": spec.name, "description": spec.description,
            "form": RequestForm(spec.fields).to_json(),
            "approval": rule_of(spec, owner, teams).to_json(),
            "plan": plan_of(spec, teams).to_json(), "sla_id": sla,
            "team_id": teams.get(spec.team),
            "retired_at": at + timedelta(days=200) if spec.retired else None})
    if rows:
        conn.execute(insert(off_t), rows)
    return len(have) + len(rows)
