"""Demo templates: the canned responses and incident templates a working desk keeps.

Shared canned responses for everyone (greeting, waiting for the caller, resolved, password
reset ...), a few for one team (Network, Desktop Support), incident templates for the calls
that come in every day (password reset, printer jam, VPN drops, new starter), and a couple of
personal sign-offs for the first agents. Written once per desk, when it has none yet.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from deskapp.db.demo.common import table_of
from deskapp.db.demo.reference import Reference
from deskapp.db.models import WorkTemplate

#: (name, text, team name or None for everyone)
RESPONSES: tuple[tuple[str, str, str | None], ...] = (
    ("Greeting", "Hello {caller_first_name},\n\nthank you for contacting the service desk; "
                 "your call is logged as {number}.", None),
    ("Waiting for your reply", "Hello {caller_first_name},\n\nwe need a little more from you "
                               "to go on with {number} ({title}): please reply with the exact "
                               "error message and when it started.\n\nKind regards,\n{agent}",
     None),
    ("Resolved - please confirm", "Hello {caller_first_name},\n\n{number} ({title}) is "
                                  "resolved. If it happens again, reply to this message within "
                                  "five working days and we reopen it.\n\nKind regards,\n"
                                  "{agent}", None),
    ("Password reset done", "Hello {caller_first_name},\n\nyour password is reset. Sign in "
                            "with the temporary password you were given and choose a new one; "
                            "it needs 12 characters.\n\n{agent}, Service Desk", None),
    ("Passed to another team", "Hello {caller_first_name},\n\n{number} is now with {team}, "
                               "who look after {service}. They will contact you.", None),
    ("Remote session", "Work note: remote session with {caller} for {number}; the caller "
                       "agreed to it.", None),
    ("VPN - collect details", "Hello {caller_first_name},\n\nto look into the VPN drops in "
                              "{number}, please send: your location, home or hotel network, "
                              "and the time of the last drop.\n\n{agent}", "Network"),
    ("Hardware swap booked", "Hello {caller_first_name},\n\na replacement device for {number} "
                             "is booked; Desktop Support will bring it and move your data.",
     "Desktop Support"),
)

#: (name, title, description skeleton, category, service name, impact, urgency, team name)
INCIDENTS: tuple[tuple[str, str, str, str, str | None, int, int, str | None], ...] = (
    ("Password reset", "Password reset", "Account: \nIdentity checked by: (callback / "
                                         "manager)\nLogged by {agent}", "Access",
     "Identity & Single Sign-On", 3, 2, "Service Desk"),
    ("Printer jam or offline", "Printer does not print", "Printer name / location: \nError on "
                                                         "the display: \nOthers affected: ",
     "Printing", "Printing", 3, 3, "Desktop Support"),
    ("VPN drops", "VPN connection drops", "Location and network (home, hotel, office): \n"
                                          "Time of the last drop: \nClient version: ",
     "Network", "VPN", 3, 2, "Network"),
    ("Mailbox full", "Mailbox is full", "Mailbox size shown: \nArchive enabled: (yes / no)",
     "Email", "Email", 3, 3, None),
    ("New starter cannot sign in", "New starter cannot sign in", "Start date: \nManager: \n"
                                                                 "Account created: (yes / no)",
     "Access", "Identity & Single Sign-On", 2, 2, "Service Desk"),
)


def ensure_templates(conn: Connection, ref: Reference, now: datetime) -> int:
    """Write the demo templates if the desk has none; returns how many were written."""
    table = table_of(WorkTemplate)
    if conn.execute(select(func.count()).select_from(table)).scalar_one():
        return 0
    teams = {name: uuid.UUID(hex_id) for name, hex_id in ref.teams.items()}
    services = {spec.name: uuid.UUID(hex_id) for hex_id, spec, _ in ref.services}
    base: dict[str, Any] = {"version": 1, "created_at": now, "updated_at": now,
                            "deleted_at": None, "owner_id": None}
    rows: list[dict[str, Any]] = []
    for name, text, team in RESPONSES:
        rows.append({**base, "id": uuid.uuid4(), "kind": "response", "name": name,
                     "title": "", "body": text, "fields": {},
                     "team_id": teams.get(team) if team else None})
    for name, title, text, category, service, impact, urgency, team in INCIDENTS:
        fields: dict[str, Any] = {"category": category, "impact": impact, "urgency": urgency}
        if service in services:
            fields["service_id"] = str(services[service])
        if team in teams:
            fields["assign_team_id"] = str(teams[team])
        rows.append({**base, "id": uuid.uuid4(), "kind": "incident", "name": name,
                     "title": title, "body": text, "fields": fields, "team_id": None})
    agents = [uuid.UUID(hex_id) for hex_id, _ in ref.members.get("Service Desk", [])][:3]
    for owner in agents:
        rows.append({**base, "id": uuid.uuid4(), "kind": "response", "name": "My sign-off",
                     "title": "", "body": "Kind regards,\n{agent}\nService Desk, ext. 4357",
                     "fields": {}, "team_id": None, "owner_id": owner})
    conn.execute(table.insert(), rows)
    return len(rows)
