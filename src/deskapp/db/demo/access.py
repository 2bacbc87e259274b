"""Demo access management, taken through the real services with the clock turned back: systems
with owners, teams and entitlements; grants people hold through fulfilled access requests (some
approved by the owner first, some expiring soon), a few found in the systems without a request,
requests still waiting or in progress, a leaver on the way out and an access review half done.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import Engine, select

from deskapp.db.demo.common import table_of
from deskapp.db.demo.requests import _Clock, _Desk
from deskapp.db.engine import session_factories
from deskapp.db.models import Team
from deskapp.domain.access import ReviewerRole
from deskapp.errors import DeskAppError
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.access import AccessService, EntitlementDraft, SystemDraft
from deskapp.services.access_requests import AccessRequestService, GrantRequestDraft
from deskapp.services.access_reviews import AccessReviewService
from deskapp.services.approvals import ApprovalService

#: (system, description, team, [(entitlement, kind, owner approves)])
SYSTEMS = (
    ("SAP S/4HANA Finance", "Accounts payable and receivable, payments, controlling",
     "Applications", (("AP clerk", "role", True), ("Payment approver", "role", True),
                      ("Controller", "role", True), ("Display only", "role", False))),
    ("Salesforce CRM", "Leads, opportunities and customer accounts", "Applications",
     (("Sales user", "licence", True), ("Sales manager", "role", True))),
    ("GitHub Enterprise", "Source code and CI for the product teams", "Applications",
     (("Developer", "group", False), ("Organisation owner", "role", True))),
    ("Remote access VPN", "GlobalProtect for working from home", "Network",
     (("Remote access", "group", False),)),
    ("Microsoft 365", "Mail, Teams and Office", "Service Desk",
     (("E3 licence", "licence", False), ("Shared mailbox: finance@", "group", True))),
    ("Workday HR", "Employee self-service, absences and payroll", "Applications",
     (("Employee self-service", "role", False), ("HR partner", "role", True))),
)


def generate_access(engine: Engine, *, seed: int, now: datetime) -> int:
    """Systems, grants, requests, a leaver and a review; returns how many grants exist."""
    rng = random.Random(f"demo:access:{seed}")
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    desk = _Desk(engine, uow)
    if not desk.desk_agents or len(desk.callers) < 20:
        return 0
    team_t = table_of(Team)
    with engine.connect() as conn:
        teams = dict(conn.execute(select(team_t.c.name, team_t.c.id)).all())
    staff = sorted(desk.names)
    clock = _Clock(now - timedelta(days=200))
    agent = desk.agent(rng)
    access = AccessService(uow, agent, clock)
    owners = {}
    entitlements = []
    for n, (name, description, team, items) in enumerate(SYSTEMS):
        owner = staff[(n * 7 + 3) % len(staff)]
        system = access.save_system(SystemDraft(name, description, None, owner,
                                                teams.get(team)))
        owners[system.id] = owner
        for label, kind, approves in items:
            e = access.save_entitlement(EntitlementDraft(system.id, label, kind, "", approves))
            entitlements.append((e, system.id))
    people = desk.callers[:80]
    granted = 0
    for person in people:
        for e, system_id in rng.sample(entitlements, rng.choice((1, 1, 2, 2, 3))):
            clock.at = now - timedelta(days=rng.uniform(12, 180))
            requests = AccessRequestService(uow, desk.agent(rng),
                                            ApprovalService(uow, agent, clock), clock)
            expiry = None
            if rng.random() < 0.2:
                expiry = now + timedelta(days=rng.uniform(-1, 45))
                if expiry <= clock.at:
                    expiry = clock.at + timedelta(days=30)
            try:
                item = requests.request_grant(GrantRequestDraft(
                    person, e.id, expiry, rng.choice(REASONS)))
            except DeskAppError:
                continue
            info = requests.info(item.id)
            clock.at += timedelta(hours=rng.uniform(1, 20))
            if info.awaiting_approval:
                if rng.random() < 0.06:
                    continue  # still waiting for the owner
                owner = desk.actor(owners[system_id])
                approvals = ApprovalService(uow, owner, clock)
                line = next((m for m in approvals.my_approvals() if m.item_id == item.id), None)
                if line is None:
                    continue
                approve = rng.random() > 0.08
                approvals.decide(line.id, approve, "" if approve else rng.choice(REFUSALS))
                if not approve:
                    continue
                clock.at += timedelta(hours=rng.uniform(1, 8))
            if rng.random() < 0.05:
                continue  # in progress
            current = requests.get(item.id)
            member = desk.member_of(current.team.id, rng) if current.team else None
            worker = AccessRequestService(uow, desk.actor(member), ApprovalService(
                uow, agent, clock), clock) if member else requests
            try:
                worker.transition(current.id, current.version, "closed")
                granted += 1
            except DeskAppError:
                continue
    # found in the systems with no request behind them
    clock.at = now - timedelta(days=20)
    for person in rng.sample(people, 6):
        e, _system = rng.choice(entitlements)
        try:
            access.add_unrequested_grant(person, e.id, rng.choice(("found", "import")),
                                         note="Listed in the system's user export, no "
                                              "request on file")
            granted += 1
        except DeskAppError:
            continue
    # expiring grants get their revocation tasks; a leaver; a review half done
    clock.at = now - timedelta(hours=2)
    requests = AccessRequestService(uow, agent, ApprovalService(uow, agent, clock), clock)
    requests.open_expiry_tasks()
    holders = [p for p in people if access.grants_of_person(p)]
    if holders:
        requests.leaver(holders[-1], now + timedelta(days=5), "Resigned; last day on Friday")
    clock.at = now - timedelta(days=10)
    sap = next(s for s in access.systems() if s.name.startswith("SAP"))
    reviews = AccessReviewService(uow, desk.actor(staff[0]), requests, clock)
    try:
        review = reviews.start(system_id=sap.id, prefer=ReviewerRole.OWNER,
                               due_at=now - timedelta(days=1),
                               title="Quarterly review: SAP S/4HANA Finance")
    except DeskAppError:
        return granted
    owner = AccessReviewService(uow, desk.actor(owners[sap.id]), requests, clock)
    for n, review_line in enumerate(review.lines):
        if n % 3 == 2:
            continue  # left for later: the owner is late
        clock.at += timedelta(hours=1)
        keep = n % 5 != 4
        owner.decide(review_line.id, keep,
                     "" if keep else "Moved to another team; no longer needed")
    return granted


REASONS = ("Joins the team on Monday", "Covers for a colleague on leave",
           "New responsibilities after the reorganisation", "Project work until the summer",
           "Needs it for month-end closing", "")
REFUSALS = ("Segregation of duties: already holds a conflicting role",
            "Not needed for this job; ask for read-only access instead")
