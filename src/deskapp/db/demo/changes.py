"""Demo changes across a year, taken through the real services with the clock turned back.

The change manager's set-up first (once per desk): the Change Advisory Board (four staff, a
majority decides) and the emergency CAB (two, any one decides) as approval rules, four standard
changes, the year-end freeze (20 December to 4 January, desk-wide) and two releases. Then
changes spread over the twelve months around today: past ones implemented, reviewed (mostly
successful, some with issues, a few failed or backed out, with their lessons) and closed, or
cancelled; this week's in Implement or Review; future ones scheduled, waiting for the CAB, in
Assess or New. A conflict met on the way is accepted with a justification, as a change manager
would; nothing is scheduled in the year-end freeze but one emergency change, accepted over it.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from deskapp.db.demo.common import table_of
from deskapp.db.demo.requests import _Clock, _Desk
from deskapp.db.engine import session_factories
from deskapp.db.models import Team, TeamMember
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.domain.ids import new_id
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.change_calendar import ChangeCalendarService
from deskapp.services.change_dto import ChangeDTO
from deskapp.services.change_plan import ChangePlanService, TemplateDraft
from deskapp.services.changes import ChangeService, ChangeTaskService
from deskapp.services.dto import Actor

FEWEST, MOST = 24, 90
CAB, ECAB = "Change Advisory Board", "Emergency CAB"
TEMPLATES = (
    TemplateDraft("Restart an application service", "Announce in the ops channel; restart the "
                  "service with systemctl; watch the log for five minutes.",
                  "Start the previous unit file if it does not come back.",
                  "The health check answers and users can log in.", 30),
    TemplateDraft("Apply monthly OS patches to a server", "Snapshot the VM; apply the vendor's "
                  "patches; reboot in the window.", "Revert to the snapshot.",
                  "Services on the server answer; no new errors in the event log.", 90),
    TemplateDraft("Renew a TLS certificate", "Install the renewed certificate and reload the "
                  "web server.", "Reinstall the previous certificate (valid until expiry).",
                  "The site shows the new expiry date in a browser.", 20),
    TemplateDraft("Add a firewall rule from the standard catalogue", "Add the rule through the "
                  "firewall manager with the ticket number as comment.", "Delete the rule.",
                  "The requested connection works; nothing else changed.", 30),
)
NORMAL = (
    ("Upgrade the mail server to the new major version", "The vendor ends support in March."),
    ("Move the ERP database to the new storage array", "The old array is out of warranty."),
    ("Replace the core switch firmware", "Security advisory: VLAN leak in the old firmware."),
    ("Migrate file shares to the new cluster", "The old cluster is full."),
    ("Introduce multi-factor sign-in for remote access", "Audit finding from last year."),
    ("Resize the VDI host pool", "Logons are slow at 9 am."),
    ("Upgrade the backup software", "The current version cannot back up the new hosts."),
    ("Change the DNS forwarders to the new provider", "The old provider's contract ends."),
)
EMERGENCY = (("Block the exploited VPN login page", "Active exploitation reported by CERT."),
             ("Restore the certificate of the payment gateway", "Card payments fail."))
ANSWERS = ({"users": "department", "critical": "yes", "backout": "hours", "tested": "partly",
            "experience": "once"},
           {"users": "team", "critical": "no", "backout": "minutes", "tested": "fully",
            "experience": "often"},
           {"users": "everyone", "critical": "yes", "backout": "hours", "tested": "fully",
            "experience": "once"})
OUTCOMES = (("successful", 78), ("successful_with_issues", 10), ("failed", 6),
            ("backed_out", 6))
LESSONS = {"successful_with_issues": "The window was too short; plan an extra hour next time.",
           "failed": "The vendor's upgrade script stopped half way; test it on a full copy.",
           "backed_out": "Users could not log in afterwards; backed out after 40 minutes."}
JUSTIFICATIONS = ("Different components on the same host; agreed with the other implementer.",
                  "Both changes are small and the same team watches them.",
                  "Agreed with the service owner: it cannot wait.")


def generate_changes(engine: Engine, tickets: int, *, seed: int, now: datetime) -> int:
    """A year of changes (none for an empty run); returns how many were raised."""
    count = 0 if tickets == 0 else max(FEWEST, min(MOST, tickets // 40))
    if not count:
        return 0
    rng = random.Random(f"demo:changes:{seed}")
    writer, reader = session_factories(engine)
    uow = UnitOfWorkFactory(writer, reader)
    desk = _Desk(engine, uow)
    if len(desk.names) < 6 or not desk.cis:
        return 0
    clock = _Clock(now - timedelta(days=300))
    base = desk.any_actor
    # the change manager sets the plan up (CAB rules, templates, freezes, releases)
    manager = Actor(base.staff_id, base.username, base.full_name, ("change_manager", "agent"),
                    base.team_ids, base.led_team_ids)
    cab, ecab = _boards(engine, desk, rng)
    plan = ChangePlanService(uow, manager, ApprovalService(uow, manager, clock))
    _set_up(plan, cab, ecab, now)
    templates = plan.templates()
    made = 0
    for n in range(count):
        offset = -300 + 360 * (n + rng.random()) / count  # days from now, spread over a year
        start = (now + timedelta(days=offset)).replace(minute=0, second=0, microsecond=0)
        start = start.replace(hour=rng.choice((6, 18, 19, 20, 21, 22)))
        if _in_year_end(start) and n % 7:
            start -= timedelta(days=16)  # the freeze keeps the calendar clear
        raiser = desk.agent(rng)
        kind = "standard" if rng.random() < 0.45 else (
            "emergency" if rng.random() < 0.08 else "normal")
        if _in_year_end(start):
            kind = "emergency"  # only an emergency change goes ahead in the freeze
        clock.at = min(start - timedelta(days=rng.uniform(2, 20)), now - timedelta(hours=1))
        try:
            _one(uow, desk, clock, raiser, kind, start, rng, now, templates, cab, ecab)
            made += 1
        except (ValidationError, PermissionDenied):
            continue  # a step the desk refused (say, a CAB member away): the change stays
    # what a change manager meets this month: an emergency change in the year-end freeze
    # (accepted over it), and two changes next week on one server, the second still in Assess
    # with its conflict open
    year_end = datetime(now.year, 12, 28, 22, tzinfo=UTC)
    if year_end < now:
        year_end = year_end.replace(year=now.year + 1)
    server = desk.cis[len(desk.cis) // 3]
    next_week = (now + timedelta(days=6)).replace(hour=20, minute=0, second=0, microsecond=0)
    for kind, start, target, ci in (("emergency", year_end, "scheduled", None),
                                    ("normal", next_week, "scheduled", server),
                                    ("normal", next_week + timedelta(hours=1), "assess",
                                     server)):
        clock.at = now - timedelta(days=2)
        try:
            _one(uow, desk, clock, desk.agent(rng), kind, start, rng, now, templates, cab, ecab,
                 target=target, ci=ci)
            made += 1
        except (ValidationError, PermissionDenied):
            continue
    return made


def _in_year_end(at: datetime) -> bool:
    return (at.month == 12 and at.day >= 20) or (at.month == 1 and at.day <= 4)


def _services(uow: UnitOfWorkFactory, actor: Actor, clock: _Clock
              ) -> tuple[ChangeService, ApprovalService]:
    approvals = ApprovalService(uow, actor, clock)
    changes = ChangeService(uow, actor, approvals, clock)
    approvals.on_outcome("change", changes.approval_decided)
    approvals.never_approves("change", changes.requester_of)
    return changes, approvals


def _boards(engine: Engine, desk: _Desk, rng: random.Random
            ) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """The CAB and the emergency CAB as teams (made once), their members."""
    team_t, member_t = table_of(Team), table_of(TeamMember)
    staff = sorted(desk.names, key=lambda s: desk.names[s][0])
    out: list[list[uuid.UUID]] = []
    with engine.begin() as conn:
        for name, size in ((CAB, 4), (ECAB, 2)):
            team_id = conn.execute(select(team_t.c.id).where(team_t.c.name == name)).scalar()
            if team_id is None:
                team_id = new_id()
                at = datetime.now(UTC)
                conn.execute(team_t.insert().values(
                    id=team_id, name=name, version=1, created_at=at, updated_at=at,
                    description="Authorises changes" if name == CAB else
                    "Authorises emergency changes"))
                chosen = rng.sample(staff, size)
                conn.execute(member_t.insert(), [{"team_id": team_id, "staff_id": s,
                                                  "is_lead": False} for s in chosen])
            out.append(list(conn.execute(select(member_t.c.staff_id).where(
                member_t.c.team_id == team_id)).scalars()))
    return out[0], out[1]


def _set_up(plan: ChangePlanService, cab: list[uuid.UUID], ecab: list[uuid.UUID],
            now: datetime) -> None:
    if plan.approval_rules():
        return
    plan.set_approval_rule("normal", None, ApprovalRule((StageRule(
        tuple(ApproverSpec(ApproverKind.STAFF, s) for s in cab), Policy.MAJORITY),)))
    plan.set_approval_rule("emergency", None, ApprovalRule((StageRule(
        tuple(ApproverSpec(ApproverKind.STAFF, s) for s in ecab), Policy.ANY),)))
    for draft in TEMPLATES:
        plan.save_template(draft)
    for year in (now.year - 1, now.year):
        plan.save_freeze("Year-end freeze", datetime(year, 12, 20, tzinfo=UTC),
                         datetime(year + 1, 1, 4, tzinfo=UTC),
                         reason="Finance closes the year; only emergency changes.")
    plan.save_release("Mail platform 2027", now + timedelta(days=20), now + timedelta(days=34),
                      "planned", "The mail upgrade with its certificate and DNS changes.")
    plan.save_release("Q3 infrastructure refresh", now - timedelta(days=150),
                      now - timedelta(days=120), "released", "Storage, switches and backup.")


def _one(uow: UnitOfWorkFactory, desk: _Desk, clock: _Clock, raiser: Actor, kind: str,
         start: datetime, rng: random.Random, now: datetime, templates: list,  # type: ignore[type-arg]
         cab: list[uuid.UUID], ecab: list[uuid.UUID], *, target: str | None = None,
         ci: uuid.UUID | None = None) -> None:
    changes, _approvals = _services(uow, raiser, clock)
    ci = ci or desk.cis[int(rng.random() * len(desk.cis))]
    implementer = desk.desk_agents[int(rng.random() * len(desk.desk_agents))] \
        if desk.desk_agents else None
    team = next(iter(desk.teams_of.get(implementer, ())), None) if implementer else None
    hours = rng.choice((1, 2, 2, 3, 4))
    if kind == "standard":
        template = templates[int(rng.random() * len(templates))]
        item = changes.create({"change_type": "standard", "template_id": template.id,
                               "title": template.name, "reason": "Routine, as requested.",
                               "ci_id": ci, "planned_start": start, "team_id": team,
                               "assignee_id": implementer})
    else:
        title, reason = rng.choice(EMERGENCY if kind == "emergency" else NORMAL)
        item = changes.create({
            "change_type": kind, "title": title, "reason": reason, "ci_id": ci,
            "description": f"{title}. See the plans below.",
            "implementation_plan": "1. Announce. 2. Take a backup. 3. Make the change. "
                                   "4. Run the test plan.",
            "backout_plan": "Restore the backup taken in step 2 and restart the services.",
            "test_plan": "Log in as a test user; run the service's smoke tests.",
            "planned_start": start, "planned_end": start + timedelta(hours=hours),
            "risk_answers": rng.choice(ANSWERS), "team_id": team,
            "assignee_id": implementer})
    # where it stands today: its window decides
    target = target or _target(start, now, rng)
    if target == "new":
        return
    if kind != "standard":
        clock.step(rng, 1, 24)
        item = changes.transition(item.id, item.version, "assess")
        if target == "assess":
            return
        item = _step(changes, clock, item, "authorise", rng)
        if target == "authorise":
            return
        _votes(uow, desk, clock, item.id, ecab if kind == "emergency" else cab, rng)
        item = changes.get(item.id)
        if item.status != "scheduled":
            return
    else:
        item = _step(changes, clock, item, "scheduled", rng)
    if target == "scheduled":
        return
    if target == "cancelled":
        changes.transition(item.id, item.version, "cancelled",
                           resolution_notes="Superseded by a later change.")
        return
    clock.at = max(clock.at, start)
    worker = desk.actor(implementer) if implementer else raiser
    changes, _ = _services(uow, worker, clock)
    item = _step(changes, clock, changes.get(item.id), "implement", rng)
    if rng.random() < 0.5:
        tasks = ChangeTaskService(uow, worker, clock)
        for title in ("Prepare and announce", "Make the change", "Test and hand back"):
            task = tasks.create(item.id, {"title": title, "team_id": team})
            if target != "implement":
                tasks.transition(task.id, task.version, "closed")
    if target == "implement":
        return
    clock.at = max(clock.at, item.planned_end or start)
    item = changes.transition(item.id, changes.get(item.id).version, "review")
    if target == "review":
        return
    outcome = rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
    clock.step(rng, 2, 48)
    item = changes.edit(item.id, item.version, {"review_outcome": outcome,
                                                 "review_notes": LESSONS.get(outcome, "")})
    changes.transition(item.id, item.version, "closed")


def _target(start: datetime, now: datetime, rng: random.Random) -> str:
    if start > now + timedelta(days=1):
        return rng.choices(("scheduled", "authorise", "assess", "new"), (55, 20, 15, 10))[0]
    if start > now - timedelta(days=2):
        return rng.choice(("implement", "review"))
    return "cancelled" if rng.random() < 0.06 else "closed"


def _step(changes: ChangeService, clock: _Clock, item: ChangeDTO, target: str,
          rng: random.Random) -> ChangeDTO:
    """Take the step; a conflict met on the way is accepted with a justification first."""
    clock.step(rng, 0.5, 12)
    item_id, version = item.id, item.version
    try:
        return changes.transition(item_id, version, target)
    except ValidationError as exc:
        if "collides with" not in str(exc):
            raise
    current = changes.get(item_id)
    if current.planned_start is None or current.planned_end is None:
        raise ValidationError(f"{current.number} has no window.")
    calendar = ChangeCalendarService(changes._uow, changes.actor, clock)
    report = calendar.conflicts(current.id, current.planned_start, current.planned_end,
                                assignee_id=current.assignee.id if current.assignee else None)
    for c in report.open:
        calendar.accept(current.id, c.key, rng.choice(JUSTIFICATIONS))
    current = changes.get(item_id)
    return changes.transition(current.id, current.version, target)


def _votes(uow: UnitOfWorkFactory, desk: _Desk, clock: _Clock, item_id: uuid.UUID,
           board: list[uuid.UUID], rng: random.Random) -> None:
    """The board's members decide from My approvals until the approval is decided."""
    for member in board:
        clock.step(rng, 0.5, 20)
        _changes, approvals = _services(uow, desk.actor(member), clock)
        mine = [m for m in approvals.my_approvals() if m.item_id == item_id]
        if not mine:
            continue
        approve = rng.random() < 0.9
        approvals.decide(mine[0].id, approve, "" if approve else
                         "Not in this window: the month-end run needs the server.")
        if _changes.get(item_id).status != "authorise":
            return
