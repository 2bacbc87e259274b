"""Demo service requests, raised from the demo catalogue and taken through the real services
with the clock turned back: so every request has the history, approvals, tasks and SLA values
the services would have written, in every state a desk sees (waiting for approval, on hold, in
fulfilment with some tasks done, closed, rejected with the approver's reason, cancelled).

Requests come in the run's own proportion (:data:`SHARE` of its tickets, at most :data:`MOST`):
going through the services costs tens of milliseconds a request, which the bulk incident path
does not pay, so a million-ticket run adds hundreds of requests, not tens of thousands.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select

from deskapp.db.demo.catalogue import OFFERINGS
from deskapp.db.demo.common import table_of
from deskapp.db.demo.pending import pending_reason
from deskapp.db.engine import session_factories
from deskapp.db.models import ConfigurationItem, Person, StaffUser, Team, TeamMember
from deskapp.domain.request_form import FieldType, FormField, RequestForm
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.catalogue import CatalogueService
from deskapp.services.dto import Actor
from deskapp.services.service_requests import (
    RequestDraft,
    RequestTaskService,
    ServiceRequestService,
)

SHARE = 0.03
FEWEST = 12
MOST = 300
#: (final state, weight): open work is a minority, as on a working desk.
STATES = (("closed", 50), ("fulfilling", 16), ("awaiting_approval", 12), ("on_hold", 5),
          ("rejected", 9), ("cancelled", 8))
REASONS = ("Not in this year's budget; ask again in April.",
           "Use the pool laptop the team already has.",
           "No business case given; the line manager should ask.")
CANCEL_REASONS = ("The starter's offer was withdrawn.", "Caller ordered it twice by mistake.",
                  "No longer needed; the project was stopped.")
TEXTS = ("As discussed with the team lead.", "Urgent for the audit next week.",
         "Same set-up as the rest of the team, please.", "Replaces the old one.")


@dataclass
class _Clock:
    at: datetime

    def __call__(self) -> datetime:
        return self.at

    def step(self, rng: random.Random, low_h: float, high_h: float) -> None:
        self.at += timedelta(hours=low_h + (high_h - low_h) * rng.random())


def generate_requests(engine: Engine, tickets: int, *, seed: int, now: datetime) -> int:
    """Raise about ``SHARE`` of ``tickets`` requests (none for an empty run); returns how many."""
    count = 0 if tickets == 0 else max(FEWEST, min(MOST, int(tickets * SHARE)))
    if not count:
        return 0
    rng = random.Random(f"demo:requests:{seed}")
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    desk = _Desk(engine, uow)
    clock = _Clock(now)
    catalogue = CatalogueService(uow, desk.agent(rng), clock)
    offerings = catalogue.orderable()
    weights = {spec.name: spec.weight for spec in OFFERINGS}
    pick = [o for o in offerings for _ in range(weights.get(o.name, 1))]
    if not pick:
        return 0
    made = 0
    for _ in range(count):
        offering = pick[int(rng.random() * len(pick))]
        state = rng.choices([s for s, _ in STATES], [w for _, w in STATES])[0]
        open_state = state in ("fulfilling", "awaiting_approval", "on_hold")
        age_days = rng.uniform(0.1, 2.5) if open_state else rng.uniform(3, 360)
        clock.at = now - timedelta(days=age_days)
        requests = _services(uow, desk.agent(rng), clock)
        caller = desk.callers[int(rng.random() ** 1.5 * len(desk.callers))]
        draft = RequestDraft(offering.id, caller, _answers(offering.form, rng, desk, now),
                             urgency=rng.choice((2, 3, 3, 3)))
        item = requests.create(draft)
        made += 1
        if item.awaiting_approval:
            if state == "awaiting_approval":
                continue
            clock.step(rng, 1, 30)
            if not _decide(uow, desk, clock, item.id, approve=state != "rejected", rng=rng):
                continue
            if state == "rejected":
                continue
        elif state == "rejected":
            state = "cancelled"  # nothing to reject without an approval
        clock.step(rng, 0.5, 6)
        member = desk.member_of(item.team.id, rng) if item.team else None
        requests = _services(uow, desk.actor(member), clock) if member else requests
        if state == "cancelled":
            current = requests.get(item.id)
            requests.transition(current.id, current.version, "cancelled",
                                resolution_notes=rng.choice(CANCEL_REASONS))
            continue
        if state == "on_hold":
            current = requests.get(item.id)
            # on hold for a reason, often until a date (the vendor's delivery, the caller's
            # return); an approval has a status of its own on requests
            reason, until = pending_reason(str(current.id), int(now.timestamp()))
            requests.wait(current.id, current.version, "pending",
                          "vendor" if reason == "approval" else reason,
                          datetime.fromtimestamp(until, UTC) if until is not None else None)
            continue
        _fulfil(uow, desk, clock, requests, item.id, rng, finish=state == "closed",
                deadline=now)
    return made


def _services(uow: UnitOfWorkFactory, actor: Actor,
              clock: _Clock) -> ServiceRequestService:
    """The request service of ``actor``, its approval service wired as the container does."""
    approvals = ApprovalService(uow, actor, clock)
    requests = ServiceRequestService(uow, actor, approvals, clock)
    approvals.on_outcome("service_request", requests.approval_decided)
    return requests


def _approvals(uow: UnitOfWorkFactory, actor: Actor, clock: _Clock) -> ApprovalService:
    approvals = ApprovalService(uow, actor, clock)
    requests = ServiceRequestService(uow, actor, approvals, clock)
    approvals.on_outcome("service_request", requests.approval_decided)
    return approvals


def _decide(uow: UnitOfWorkFactory, desk: _Desk, clock: _Clock, item_id: uuid.UUID, *,
            approve: bool, rng: random.Random) -> bool:
    """Decide the request's approval stage by stage as its approvers would (False: someone
    asked could not decide: the request stays waiting)."""
    for _ in range(20):
        look = ApprovalService(uow, desk.any_actor, clock)
        asked = look.approvals(item_id)[0]
        if asked.state != "pending":
            return True
        line = next(x for s in asked.stages for x in s.lines if x.decision == "pending"
                    and s.number == asked.current_stage)
        if line.has_login:
            staff_id = desk.staff_by_name.get(line.approver)
            if staff_id is None:
                return False
            _approvals(uow, desk.actor(staff_id), clock).decide(
                line.id, approve, "" if approve else rng.choice(REASONS))
        else:
            _approvals(uow, desk.any_actor, clock).record(
                line.id, approve, "" if approve else rng.choice(REASONS), "phone")
        clock.step(rng, 0.5, 8)
    return False


def _fulfil(uow: UnitOfWorkFactory, desk: _Desk, clock: _Clock,
            requests: ServiceRequestService, item_id: uuid.UUID, rng: random.Random, *,
            finish: bool, deadline: datetime) -> None:
    """Work the tasks as their teams would: start, then close; an open request stops after
    some of them."""
    for _ in range(8):
        tasks = [t for t in requests.tasks_of(item_id)
                 if t.status not in ("closed", "cancelled")]
        if not tasks:
            return
        if not finish and rng.random() < 0.5:
            return
        for row in tasks:
            if clock.at >= deadline - timedelta(hours=2):
                return
            member = desk.member_of(row.team_id, rng) if row.team_id else None
            actor = desk.actor(member) if member else desk.any_actor
            service = RequestTaskService(uow, actor, clock)
            task = service.get(row.id)
            if task.status != "in_progress":
                clock.step(rng, 0.5, 12)
                task = service.transition(task.id, task.version, "in_progress")
            if not finish and rng.random() < 0.4:
                continue
            clock.step(rng, 1, 20)
            service.transition(task.id, task.version, "closed",
                               resolution_notes="Done as asked.")


class _Desk:
    """Who works the demo requests: the Service Desk's agents raise them, each team's members
    do its tasks, approvers decide as themselves."""

    def __init__(self, engine: Engine, uow: UnitOfWorkFactory) -> None:
        self.uow = uow
        staff_t, member_t, team_t = table_of(StaffUser), table_of(TeamMember), table_of(Team)
        person_t = table_of(Person)
        with engine.connect() as conn:
            staff = conn.execute(select(staff_t.c.id, staff_t.c.username,
                                        staff_t.c.full_name)).all()
            members = conn.execute(select(member_t.c.team_id, member_t.c.staff_id,
                                          member_t.c.is_lead)).all()
            teams = dict(conn.execute(select(team_t.c.name, team_t.c.id)).all())
            self.callers: list[uuid.UUID] = list(conn.execute(
                select(person_t.c.id).where(person_t.c.deleted_at.is_(None))
                .order_by(person_t.c.email)).scalars())
            ci_t = table_of(ConfigurationItem)
            self.cis: list[uuid.UUID] = list(conn.execute(
                select(ci_t.c.id).order_by(ci_t.c.name).limit(200)).scalars())
        self.names = {s.id: (s.username, s.full_name) for s in staff}
        self.staff_by_name = {s.full_name: s.id for s in staff}
        self.teams_of: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.led: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.members: dict[uuid.UUID, list[uuid.UUID]] = {}
        for m in members:
            self.teams_of.setdefault(m.staff_id, set()).add(m.team_id)
            self.members.setdefault(m.team_id, []).append(m.staff_id)
            if m.is_lead:
                self.led.setdefault(m.staff_id, set()).add(m.team_id)
        desk_team = teams.get("Service Desk")
        self.desk_agents = sorted(self.members.get(desk_team, [])) if desk_team else []
        self.any_actor = self.actor(self.desk_agents[0]) if self.desk_agents else Actor(
            uuid.UUID(int=0), "demo", "Demo")

    def actor(self, staff_id: uuid.UUID) -> Actor:
        username, name = self.names[staff_id]
        return Actor(staff_id, username, name, ("agent", "supervisor"),
                     frozenset(self.teams_of.get(staff_id, ())),
                     frozenset(self.led.get(staff_id, ())))

    def agent(self, rng: random.Random) -> Actor:
        return self.actor(self.desk_agents[int(rng.random() * len(self.desk_agents))]) \
            if self.desk_agents else self.any_actor

    def member_of(self, team_id: uuid.UUID, rng: random.Random) -> uuid.UUID | None:
        found = sorted(self.members.get(team_id, []))
        return found[int(rng.random() * len(found))] if found else None


def _answers(form: RequestForm, rng: random.Random, desk: _Desk,
             now: datetime) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in form.fields:
        value = _answer(f, rng, desk, now)
        if value is not None:
            out[f.key] = value
    return out


def _answer(f: FormField, rng: random.Random, desk: _Desk, now: datetime) -> Any:
    if not f.required and rng.random() < 0.4:
        return f.default
    pickers: dict[FieldType, Callable[[], Any]] = {
        FieldType.TEXT: lambda: rng.choice(("LON-3-114", "Finance team", "MAN-2-07",
                                            "Project Atlas", "Standard build")),
        FieldType.LONG_TEXT: lambda: rng.choice(TEXTS),
        FieldType.CHOICE: lambda: rng.choice(f.choices),
        FieldType.MULTI_CHOICE: lambda: rng.sample(list(f.choices),
                                                   k=1 + int(rng.random() * 2)),
        FieldType.DATE: lambda: (now + timedelta(days=int(rng.random() * 30))).date(),
        FieldType.NUMBER: lambda: 1 + int(rng.random() * 4),
        FieldType.PERSON: lambda: rng.choice(desk.callers) if desk.callers else None,
        FieldType.CI: lambda: rng.choice(desk.cis) if desk.cis else None,
        FieldType.YES_NO: lambda: rng.random() < 0.3,
    }
    value = pickers[f.type]()
    return value.isoformat() if isinstance(value, date) else value
