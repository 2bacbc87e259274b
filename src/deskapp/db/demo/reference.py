"""The reference data a run needs: created where missing (found by unique names), then loaded
into :class:`Reference`, the ids every generator step draws from."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, select

from deskapp.db.demo.calendars import ensure_calendars_and_slas
from deskapp.db.demo.cmdb import ensure_cmdb
from deskapp.db.demo.common import table_of
from deskapp.db.demo.people import (
    ORGANISATIONS,
    TEAMS,
    ensure_organisations,
    ensure_people,
    ensure_staff_and_teams,
)
from deskapp.db.demo.services import SERVICES, ServiceSpec, ensure_services
from deskapp.db.models import (
    AppSetting,
    ConfigurationItem,
    Person,
    Service,
    SlaDefinition,
    SlaTarget,
    StaffUser,
    Team,
    TeamMember,
)
from deskapp.domain.incident import PriorityMatrix


@dataclass
class Reference:
    """What ticket generation needs from the reference data (ids as text, ready to write)."""

    organisations: int = 0
    people: list[str] = field(default_factory=list)
    staff: int = 0
    teams: dict[str, str] = field(default_factory=dict)  # name -> hex id
    team_dashed: dict[str, str] = field(default_factory=dict)  # name -> str(uuid) for events
    members: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (hex, dashed)
    staff_names: dict[str, str] = field(default_factory=dict)  # staff hex -> full name
    services: list[tuple[str, ServiceSpec, str | None]] = field(default_factory=list)
    service_count: int = 0
    cis: dict[str, list[str]] = field(default_factory=dict)  # service hex -> CI hexes
    live_cis: dict[str, list[str]] = field(default_factory=dict)  # the same, retired left out
    ci_count: int = 0
    default_sla: str | None = None
    sla_targets: dict[str, dict[int, tuple[int, int]]] = field(default_factory=dict)
    sla_calendar: dict[str, uuid.UUID] = field(default_factory=dict)
    sla_pause: dict[str, frozenset[str]] = field(default_factory=dict)
    matrix: PriorityMatrix = field(default_factory=PriorityMatrix)


def ensure_reference(conn: Connection, people_target: int, at: datetime) -> Reference:
    """Create what is missing (found by unique name), then load what generation needs.

    Reference data never depends on the ticket seed, and each part has its own random stream,
    so what already exists (and is skipped) cannot shift the names generated for the rest.
    """
    organisations = ensure_organisations(conn, at)
    team_ids, staff = ensure_staff_and_teams(conn, at)
    slas = ensure_calendars_and_slas(conn, at)
    ensure_services(conn, at, team_ids, slas)
    ensure_cmdb(conn, at)
    ensure_people(conn, people_target, at, organisations)
    ref = Reference(organisations=len(ORGANISATIONS), staff=staff)
    return load_reference(conn, ref)


def load_reference(conn: Connection, ref: Reference) -> Reference:
    person_t = table_of(Person)
    people = sorted(conn.execute(select(person_t.c.id, person_t.c.email)
                                 .where(person_t.c.deleted_at.is_(None))),
                    key=lambda r: (r.email or "", r.id.hex))
    ref.people = [r.id.hex for r in people]
    # frequent callers are picked from the front: shuffle so they are not the A-names
    random.Random("demo:callers").shuffle(ref.people)

    team_t, member_t, staff_t = table_of(Team), table_of(TeamMember), table_of(StaffUser)
    names = [t for t, _, _ in TEAMS]
    for r in conn.execute(select(team_t.c.name, team_t.c.id).where(team_t.c.name.in_(names))):
        ref.teams[r.name] = r.id.hex
        ref.team_dashed[r.name] = str(r.id)
    rows = conn.execute(
        select(team_t.c.name, staff_t.c.id, staff_t.c.username, staff_t.c.full_name)
        .join(member_t, member_t.c.team_id == team_t.c.id)
        .join(staff_t, staff_t.c.id == member_t.c.staff_id)
        .where(team_t.c.name.in_(names), staff_t.c.active.is_(True),
               staff_t.c.deleted_at.is_(None))
        .order_by(team_t.c.name, staff_t.c.username)).all()
    for m in rows:
        ref.members.setdefault(m.name, []).append((m.id.hex, str(m.id)))
        ref.staff_names[m.id.hex] = m.full_name
    missing = [t for t in names if not ref.members.get(t)]
    if missing:  # an administrator deactivated every member of a demo team
        raise RuntimeError(f"Demo team(s) without active members: {', '.join(missing)}.")

    svc_t, ci_t = table_of(Service), table_of(ConfigurationItem)
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

    sla_t, target_t = table_of(SlaDefinition), table_of(SlaTarget)
    for r in conn.execute(select(sla_t).where(sla_t.c.deleted_at.is_(None))):
        ref.sla_calendar[r.id.hex] = r.calendar_id
        ref.sla_pause[r.id.hex] = frozenset(r.pause_statuses or ())
        if r.is_default and ref.default_sla is None:
            ref.default_sla = r.id.hex
    for r in conn.execute(select(target_t)):
        if r.sla_id.hex in ref.sla_calendar:
            ref.sla_targets.setdefault(r.sla_id.hex, {})[r.priority] = (
                r.response_minutes, r.resolution_minutes)
    setting_t = table_of(AppSetting)
    stored = conn.execute(select(setting_t.c.value).where(
        setting_t.c.key == "priority_matrix", setting_t.c.deleted_at.is_(None))).scalar()
    if stored:
        ref.matrix = PriorityMatrix.from_json(stored)
    return ref


