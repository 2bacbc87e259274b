"""Child incidents of the demo major incidents: the calls that came in about the same outage.

The bulk load spreads incidents over two years, so calls about one outage hardly ever land
together. After it, each open major incident without children gets the calls a desk takes while
an outage is on: two to four incidents on its service from different callers, logged in the
hour or two after it through the real services (the clock turned back), and linked as its
children by a Service Desk supervisor, as on "this looks like INC-…, link as child?". A desk
with no open major incident has its newest open priority-1 incident on a service declared major
first, so every sample desk shows a major incident with children. Everything is in the items'
history, as the services write it. A second run adds nothing to a major incident with children.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, select

from deskapp.db.demo.common import table_of
from deskapp.db.demo.requests import _Clock, _Desk
from deskapp.db.engine import session_factories
from deskapp.db.models import Incident, Service, WorkItem
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import Actor
from deskapp.services.incidents import IncidentService
from deskapp.services.major_incidents import MajorIncidentService

CALLS = ("{service} is not working for me", "Cannot reach {service} since this morning",
         "{service} very slow, then times out", "Error when opening {service}",
         "{service} down for the whole team")
CHANNELS = ("phone", "phone", "email", "chat")
#: the open major incidents that collect calls, newest first: a 1M desk has about 900 open
#: (the bulk load's 10 % of priority-1 items) and raising 2-4 calls for each through the
#: services took 35 s of its load; the newest dozen are what a person opens
NEWEST = 12


def raise_major_children(engine: Engine, *, seed: int, now: datetime) -> int:
    """Raise and link the calls; returns how many incidents became children."""
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    rng = random.Random(f"demo:major-children:{seed}")
    wi = table_of(WorkItem)
    majors = _open_majors(engine)
    desk = _Desk(engine, uow)
    if not majors:
        newest = _newest_urgent(engine)
        if newest is None:
            return 0
        clock = _Clock(max(newest[1], now - timedelta(minutes=15)))
        MajorIncidentService(uow, _manager(desk, rng), clock).declare(newest[0], newest[2])
        majors = _open_majors(engine)
    majors = majors[-NEWEST:]  # a desk works on a handful at a time, not every one open
    with engine.connect() as conn:
        parents = set(conn.execute(select(wi.c.parent_id).where(
            wi.c.kind == "incident", wi.c.parent_id.in_([m[0] for m in majors]))).scalars())
    linked = 0
    for major_id, opened, service_id, service_name in majors:
        if major_id in parents or service_id is None:
            continue
        clock = _Clock(opened)
        agent = _manager(desk, rng)
        incidents = IncidentService(uow, agent, clock)
        calls: list[uuid.UUID] = []
        for _ in range(2 + int(rng.random() * 3)):
            clock.at = min(clock.at + timedelta(minutes=3 + int(rng.random() * 35)),
                           now - timedelta(minutes=1))
            title = CALLS[int(rng.random() * len(CALLS))].format(service=service_name)
            made = incidents.create({
                "title": title[:200], "impact": 2, "urgency": 2, "service_id": service_id,
                "caller_id": desk.callers[int(rng.random() * len(desk.callers))]
                if desk.callers else None,
                "channel": CHANNELS[int(rng.random() * len(CHANNELS))]})
            calls.append(made.id)
        clock.at = min(clock.at + timedelta(minutes=5), now)
        MajorIncidentService(uow, agent, clock).link_children(major_id, calls)
        linked += len(calls)
    return linked


def _manager(desk: _Desk, rng: random.Random) -> Actor:
    """A Service Desk member on incident-manager duty (declares, takes calls, links them)."""
    agent = desk.agent(rng)
    return replace(agent, roles=(*agent.roles, "incident_manager"))


def _open_majors(engine: Engine) -> list[tuple[uuid.UUID, datetime, uuid.UUID | None, str]]:
    """(id, opened, service id, service name) of the open major incidents, oldest first."""
    wi, detail, svc = table_of(WorkItem), table_of(Incident), table_of(Service)
    with engine.connect() as conn:
        return [(r.id, r.opened_at, r.service_id, r.name or "") for r in conn.execute(
            select(wi.c.id, wi.c.opened_at, wi.c.service_id, svc.c.name)
            .join(detail, detail.c.work_item_id == wi.c.id)
            .outerjoin(svc, svc.c.id == wi.c.service_id)
            .where(and_(wi.c.kind == "incident", wi.c.deleted_at.is_(None),
                        detail.c.is_major.is_(True), wi.c.status_category != "done"))
            .order_by(wi.c.opened_at))]


def _newest_urgent(engine: Engine) -> tuple[uuid.UUID, datetime, int] | None:
    """(id, opened, version) of the newest open priority-1 incident on a service that is
    nobody's child."""
    wi = table_of(WorkItem)
    with engine.connect() as conn:
        row = conn.execute(
            select(wi.c.id, wi.c.opened_at, wi.c.version)
            .where(wi.c.kind == "incident", wi.c.deleted_at.is_(None),
                   wi.c.status_category != "done", wi.c.priority == 1,
                   wi.c.service_id.is_not(None), wi.c.parent_id.is_(None))
            .order_by(wi.c.opened_at.desc()).limit(1)).first()
    return None if row is None else (row.id, row.opened_at, int(row.version))
