"""Who may do what: role x action x resource, with team rules. One table, read twice.

Services ask :func:`decide` before acting and raise its sentence as ``PermissionDenied``; the
PostgreSQL security generator (``deskapp-admin security apply``) turns the same :data:`RULES`
into grants and row-level security policies, so the database refuses what the app would have
refused. A rule's :class:`Scope` is therefore something both Python and SQL can evaluate from the
row alone: any row, rows of the person's teams (or assigned to them, or with no team yet), or
rows the person owns.

Confidential work items (HR cases, security incidents) are a second, separate gate: only their
team and admins see them, whatever a role could otherwise do (:func:`can_see`).

Pure: no Qt, no SQLAlchemy. Everything here is values and functions over values.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from deskapp.messages import mark, msg, translate


class Role(StrEnum):
    """DeskApp roles. Each becomes a NOLOGIN group role in PostgreSQL (prefixed per desk)."""

    AGENT = "agent"
    TECHNICIAN = "technician"
    SUPERVISOR = "supervisor"
    INCIDENT_MANAGER = "incident_manager"
    PROBLEM_MANAGER = "problem_manager"
    CHANGE_MANAGER = "change_manager"
    SERVICE_OWNER = "service_owner"
    CAB_MEMBER = "cab_member"
    APPROVER = "approver"
    ADMIN = "admin"
    AUDITOR = "auditor"
    #: the mail worker's own login (``deskapp-admin mail login``), not a person: it reads and
    #: writes work, callers and the mail tables, and nothing else (docs/mail.md)
    MAIL_WORKER = "mail_worker"


ROLE_LABELS: Mapping[Role, str] = {
    Role.AGENT: mark("Agent"),
    Role.TECHNICIAN: mark("Field technician"),
    Role.SUPERVISOR: mark("Supervisor"),
    Role.INCIDENT_MANAGER: mark("Incident manager"),
    Role.PROBLEM_MANAGER: mark("Problem manager"),
    Role.CHANGE_MANAGER: mark("Change manager"),
    Role.SERVICE_OWNER: mark("Service owner"),
    Role.CAB_MEMBER: mark("CAB member"),
    Role.APPROVER: mark("Approver"),
    Role.ADMIN: mark("Administrator"),
    Role.AUDITOR: mark("Auditor (read only)"),
    Role.MAIL_WORKER: mark("Mail worker (a service login)"),
}

ROLES: tuple[str, ...] = tuple(r.value for r in Role)


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"  # fields, comments and work notes, lifecycle steps
    HAND_OVER = "hand_over"  # set another team (an agent may pass an item on)
    DELETE = "delete"  # tombstone
    MANAGE = "manage"  # staff, roles, memberships: who works here and as what
    ERASE = "erase"  # anonymise a person (privacy law); events stay


class Resource(StrEnum):
    """What a rule protects. Work-item kinds are resources too (their ``kind`` key)."""

    WORK_ITEM = "work_item"  # any kind without a rule of its own
    PERSON = "person"  # callers, organisations, departments
    SERVICE = "service"  # services and the portfolio
    CI = "ci"  # configuration items and their relations
    CI_TYPE = "ci_type"  # CI types and their attribute definitions (administrators)
    SLA = "sla"  # SLA definitions and targets, business calendars, resolution codes
    QUEUE = "queue"  # saved queue views
    STAFF = "staff"  # staff records and their roles
    TEAM = "team"  # teams and their members
    SETTING = "setting"  # desk-wide settings (attachment limit, mail server ...)
    AUDIT = "audit"  # the audit trail
    KNOWLEDGE = "knowledge"  # knowledge articles and their versions
    KNOWLEDGE_VOTE = "knowledge_vote"  # a staff member's helpful / not helpful on an article
    IMPROVEMENT = "improvement"  # the CSI register (initiatives and their links)
    TEMPLATE = "template"  # incident templates and canned responses (personal or shared)
    #: who holds which access: grants, their revocation and access reviews (starting a review
    #: is MANAGE)
    ACCESS = "access"
    #: systems people get access to and their entitlements (roles, groups, licences)
    ACCESS_SYSTEM = "access_system"
    #: declaring an incident major and standing it down (the flag; its children and
    #: communications are edits of the incident)
    MAJOR_INCIDENT = "major_incident"
    #: processed incoming messages and the review list (the mail worker writes them)
    MAIL = "mail"
    #: change planning: standard-change templates, CAB rules, freeze windows, releases
    CHANGE_PLAN = "change_plan"


class Scope(StrEnum):
    """Which rows a rule covers, decidable from the row alone (so SQL can say it too)."""

    ANY = "any"
    #: the row's team is one of the person's teams, or the row is assigned to them, or it has no
    #: team yet (triage: whoever takes a new call may work it)
    TEAM = "team"
    #: teams the person leads (supervisors manage their own teams' members)
    LED_TEAM = "led_team"
    #: rows the person owns (their personal queues, their own time entries)
    OWN = "own"


@dataclass(frozen=True)
class Rule:
    role: Role
    action: Action
    resource: str  # a Resource value or a work-item kind key
    scope: Scope = Scope.ANY


def _rules(roles: Iterable[Role], actions: Iterable[Action], resources: Iterable[str],
           scope: Scope = Scope.ANY) -> tuple[Rule, ...]:
    return tuple(Rule(r, a, res, scope) for r in roles for a in actions for res in resources)


#: people who work at the desk (the mail worker's service login is not one of them)
_EVERYONE = tuple(r for r in Role if r is not Role.MAIL_WORKER)
_STAFF_ROLES = tuple(r for r in _EVERYONE if r is not Role.AUDITOR)
_REFERENCE = (Resource.PERSON, Resource.SERVICE, Resource.CI, Resource.CI_TYPE, Resource.SLA,
              Resource.QUEUE, Resource.STAFF, Resource.TEAM, Resource.SETTING,
              Resource.IMPROVEMENT, Resource.ACCESS, Resource.ACCESS_SYSTEM,
              Resource.CHANGE_PLAN)

#: The whole policy. Admins hold every (action, resource) through :func:`decide`'s admin rule
#: and are not listed. Order does not matter; the widest scope a person holds wins.
RULES: tuple[Rule, ...] = (
    # reading: everyone sees work (confidential items aside) and reference data
    *_rules(_EVERYONE, (Action.VIEW,), (Resource.WORK_ITEM, *_REFERENCE, Resource.MAIL)),
    *_rules((Role.AUDITOR, Role.SUPERVISOR), (Action.VIEW,), (Resource.AUDIT,)),
    # work: anyone on the desk logs it; agents and technicians work their teams' items and
    # may hand them on; supervisors and the incident manager work anything
    *_rules(_STAFF_ROLES, (Action.CREATE,), (Resource.WORK_ITEM,)),
    *_rules((Role.AGENT, Role.TECHNICIAN), (Action.EDIT, Action.HAND_OVER),
            (Resource.WORK_ITEM,), Scope.TEAM),
    *_rules((Role.SUPERVISOR,), (Action.EDIT, Action.HAND_OVER), (Resource.WORK_ITEM,),
            Scope.TEAM),
    *_rules((Role.INCIDENT_MANAGER,), (Action.EDIT, Action.HAND_OVER),
            ("incident", "incident_task"), Scope.ANY),
    *_rules((Role.PROBLEM_MANAGER,), (Action.EDIT, Action.HAND_OVER), ("problem",), Scope.ANY),
    *_rules((Role.CHANGE_MANAGER,), (Action.EDIT, Action.HAND_OVER),
            ("change", "change_task"), Scope.ANY),
    *_rules((Role.CHANGE_MANAGER,), (Action.CREATE, Action.EDIT), (Resource.CHANGE_PLAN,)),
    # major incidents: supervisors and the incident manager declare and stand them down
    *_rules((Role.SUPERVISOR, Role.INCIDENT_MANAGER), (Action.EDIT,),
            (Resource.MAJOR_INCIDENT,)),
    # callers: whoever takes a call may add or correct the caller
    *_rules((Role.AGENT, Role.TECHNICIAN, Role.SUPERVISOR, Role.INCIDENT_MANAGER),
            (Action.CREATE, Action.EDIT), (Resource.PERSON,)),
    # the portfolio and the CMDB
    *_rules((Role.SERVICE_OWNER,), (Action.CREATE, Action.EDIT), (Resource.SERVICE, Resource.CI)),
    *_rules((Role.CHANGE_MANAGER,), (Action.CREATE, Action.EDIT), (Resource.CI,)),
    # queues: everyone keeps personal queues; supervisors share them
    *_rules(_STAFF_ROLES, (Action.CREATE, Action.EDIT, Action.DELETE), (Resource.QUEUE,),
            Scope.OWN),
    *_rules((Role.SUPERVISOR,), (Action.CREATE, Action.EDIT, Action.DELETE), (Resource.QUEUE,)),
    # knowledge: every staff member writes, reviews (never their own) and votes on articles;
    # the review lifecycle in domain/knowledge.py decides which step each may take
    *_rules(_EVERYONE, (Action.VIEW,), (Resource.KNOWLEDGE,)),
    *_rules(_STAFF_ROLES, (Action.CREATE, Action.EDIT), (Resource.KNOWLEDGE,)),
    *_rules(_EVERYONE, (Action.VIEW,), (Resource.KNOWLEDGE_VOTE,)),
    *_rules(_STAFF_ROLES, (Action.CREATE, Action.EDIT), (Resource.KNOWLEDGE_VOTE,), Scope.OWN),
    # templates: everyone reads them (the service offers a personal one to its owner only) and
    # keeps personal ones; supervisors keep the shared ones
    *_rules(_EVERYONE, (Action.VIEW,), (Resource.TEMPLATE,)),
    *_rules(_STAFF_ROLES, (Action.CREATE, Action.EDIT, Action.DELETE), (Resource.TEMPLATE,),
            Scope.OWN),
    *_rules((Role.SUPERVISOR,), (Action.CREATE, Action.EDIT, Action.DELETE),
            (Resource.TEMPLATE,)),
    # the CSI register: those who run the desk and its processes register improvements
    *_rules((Role.SUPERVISOR, Role.INCIDENT_MANAGER, Role.PROBLEM_MANAGER,
             Role.CHANGE_MANAGER, Role.SERVICE_OWNER), (Action.CREATE, Action.EDIT),
            (Resource.IMPROVEMENT,)),
    # access: whoever works the desk records grants and revocations (fulfilling ACC items,
    # recording a reviewer's answer); supervisors start reviews; systems and entitlements are
    # kept by supervisors and service owners
    *_rules(_STAFF_ROLES, (Action.CREATE, Action.EDIT), (Resource.ACCESS,)),
    *_rules((Role.SUPERVISOR,), (Action.MANAGE,), (Resource.ACCESS,)),
    *_rules((Role.SUPERVISOR, Role.SERVICE_OWNER), (Action.CREATE, Action.EDIT),
            (Resource.ACCESS_SYSTEM,)),
    # supervisors manage the members of the teams they lead
    *_rules((Role.SUPERVISOR,), (Action.MANAGE,), (Resource.TEAM,), Scope.LED_TEAM),
    # the mail worker: reads what a message needs (the item, its caller, service, SLA, staff
    # addresses, the desk's settings), logs incidents and comments, reopens items, creates
    # and updates callers, and writes the mail tables; no audit trail, queues, knowledge,
    # improvement, CI types, and no settings, staff or teams to change
    *_rules((Role.MAIL_WORKER,), (Action.VIEW,),
            (Resource.WORK_ITEM, Resource.PERSON, Resource.SERVICE, Resource.CI, Resource.SLA,
             Resource.STAFF, Resource.TEAM, Resource.SETTING, Resource.MAIL)),
    *_rules((Role.MAIL_WORKER,), (Action.CREATE, Action.EDIT),
            (Resource.WORK_ITEM, Resource.PERSON, Resource.MAIL)),
)

#: Resources only admins change (besides what RULES grants): SLAs and calendars, staff and roles,
#: desk settings, erasure. Kept explicit so a reader sees the "only admins" list in one place.
ADMIN_ONLY: tuple[tuple[Action, str], ...] = (
    (Action.CREATE, Resource.SLA), (Action.EDIT, Resource.SLA), (Action.DELETE, Resource.SLA),
    (Action.MANAGE, Resource.STAFF), (Action.MANAGE, Resource.TEAM),
    (Action.EDIT, Resource.SETTING), (Action.ERASE, Resource.PERSON),
    (Action.CREATE, Resource.CI_TYPE), (Action.EDIT, Resource.CI_TYPE),
    (Action.DELETE, Resource.WORK_ITEM),
)


@dataclass(frozen=True)
class Principal:
    """The person asking: their staff id, roles and teams (member of / leads)."""

    staff_id: uuid.UUID
    roles: frozenset[str]
    team_ids: frozenset[uuid.UUID] = frozenset()
    led_team_ids: frozenset[uuid.UUID] = frozenset()

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles


@dataclass(frozen=True)
class Target:
    """The row an action touches, as far as the rules look at it (None: a new row / no row)."""

    team_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    confidential: bool = False


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # why not, as a sentence with what to do next

    def __post_init__(self) -> None:
        # the UI shows the reason as a tooltip: in the person's language (deskapp.messages)
        if self.reason:
            object.__setattr__(self, "reason", translate(self.reason))

    def __bool__(self) -> bool:
        return self.allowed


ALLOW = Decision(True)

_VERBS: Mapping[Action, str] = {
    Action.VIEW: mark("see"),
    Action.CREATE: mark("create"),
    Action.EDIT: mark("change"),
    Action.HAND_OVER: mark("hand over"),
    Action.DELETE: mark("delete"),
    Action.MANAGE: mark("manage"),
    Action.ERASE: mark("erase"),
}
_NOUNS: Mapping[str, str] = {
    Resource.WORK_ITEM: mark("work items"),
    Resource.PERSON: mark("callers"),
    Resource.SERVICE: mark("services"),
    Resource.CI: mark("configuration items"),
    Resource.CI_TYPE: mark("CI types"),
    Resource.SLA: mark("SLAs and calendars"),
    Resource.QUEUE: mark("queues"),
    Resource.STAFF: mark("staff and roles"),
    Resource.TEAM: mark("team members"),
    Resource.SETTING: mark("desk settings"),
    Resource.AUDIT: mark("the audit trail"),
    Resource.KNOWLEDGE: mark("knowledge articles"),
    Resource.KNOWLEDGE_VOTE: mark("votes on articles"),
    Resource.IMPROVEMENT: mark("improvement initiatives"),
    Resource.TEMPLATE: mark("templates"),
    Resource.MAJOR_INCIDENT: mark("major incidents"),
    Resource.MAIL: mark("processed mail and the review list"),
    Resource.ACCESS: mark("access grants and reviews"),
    Resource.ACCESS_SYSTEM: mark("access systems and entitlements"),
    Resource.CHANGE_PLAN: mark("change templates, CAB rules, freeze windows and releases"),
}
#: the nouns of the kinds without a rule of their own, for a refusal's sentence
_KIND_NOUNS = (mark("incidents"), mark("incident tasks"), mark("problems"),
               mark("service requests"), mark("request tasks"))
_KIND_NOUN = (mark("incident"), mark("incident task"), mark("problem"), mark("service request"),
              mark("request task"), mark("work item"))


def resources_of(resource: str) -> tuple[str, ...]:
    """A kind is covered by its own rules and by the generic work-item rules."""
    if resource in Resource.__members__.values():
        return (resource,)
    return (resource, Resource.WORK_ITEM)


def scopes(roles: Iterable[str], action: Action, resource: str) -> frozenset[Scope]:
    """The scopes any of ``roles`` holds for ``action`` on ``resource`` (empty: none)."""
    held = set(roles)
    if Role.ADMIN in held:
        return frozenset({Scope.ANY})
    covered = resources_of(resource)
    return frozenset(r.scope for r in RULES
                     if r.role in held and r.action == action and r.resource in covered)


def in_scope(principal: Principal, scope: Scope, target: Target | None) -> bool:
    """Does ``scope`` cover ``target``? No target means a new row (or "at all"): a new item has
    no team yet and a new queue is one's own, but managing teams in general is not a led team's.
    """
    if scope is Scope.ANY:
        return True
    if target is None:
        return scope is not Scope.LED_TEAM
    if scope is Scope.TEAM:
        return (target.team_id is None or target.team_id in principal.team_ids
                or target.assignee_id == principal.staff_id)
    if scope is Scope.LED_TEAM:
        return target.team_id in principal.led_team_ids
    return target.owner_id == principal.staff_id


def can_see(principal: Principal, target: Target) -> bool:
    """Confidential items: their team and admins only, whatever else a role allows."""
    if not target.confidential or principal.is_admin:
        return True
    return target.team_id is not None and target.team_id in principal.team_ids


def decide(principal: Principal, action: Action, resource: str,
           target: Target | None = None) -> Decision:
    """May ``principal`` do ``action`` on ``resource`` (and on this ``target`` row)?"""
    english = _NOUNS.get(resource, resource.replace("_", " ") + "s")
    if target is not None and not can_see(principal, target):
        return Decision(False, msg("This {noun} is confidential to its team; ask a member of "
                                   "that team or an administrator.",
                                   noun=translate(english.rstrip("s"))))
    noun = translate(english)
    held = scopes(principal.roles, action, resource)
    if not held:
        who = _who_may(action, resource)
        return Decision(False, msg("You may not {verb} {noun}; {who}.",
                                   verb=translate(_VERBS[action]), noun=noun, who=who))
    if any(in_scope(principal, scope, target) for scope in held):
        return ALLOW
    verb = translate(_VERBS[action])
    if held == {Scope.OWN}:
        return Decision(False, msg("You may {verb} only your own {noun}; ask its owner or a "
                                   "supervisor.", verb=verb, noun=noun))
    if Scope.LED_TEAM in held and Scope.TEAM not in held:
        return Decision(False, msg("You may {verb} {noun} only of teams you lead; ask an "
                                   "administrator.", verb=verb, noun=noun))
    return Decision(False, msg("This item belongs to another team; you may {verb} items of your "
                               "teams and items assigned to you. Ask that team or a supervisor, "
                               "or have it handed to your team.", verb=verb))


def _who_may(action: Action, resource: str) -> str:
    roles = sorted({ROLE_LABELS[r.role] for r in RULES
                    if r.action == action and r.resource in resources_of(resource)},
                   key=str.lower)
    if not roles:
        return msg("only an administrator may; ask one")
    return msg("ask an administrator or {roles}", roles=msg(" or ").join(
        _a_role(role) for role in roles[:3]))


def _a_role(label: str) -> str:
    """"a supervisor", "an agent" (in English the label is lower-cased, elsewhere it stays)."""
    shown = translate(label)
    if shown == label:
        shown = label.lower()
    return msg("an {role}", role=shown) if label[:1].lower() in "aeiou" \
        else msg("a {role}", role=shown)


@dataclass(frozen=True)
class Grants:
    """What a role may do to a table, for the PostgreSQL generator: SQL privileges per scope."""

    role: Role
    by_action: Mapping[Action, frozenset[Scope]] = field(default_factory=dict)


def role_grants(role: Role, resource: str) -> Grants:
    """Per action, the scopes ``role`` alone holds on ``resource`` (admins: ANY everywhere)."""
    out = {a: scopes((role,), a, resource) for a in Action}
    return Grants(role, {a: s for a, s in out.items() if s})
