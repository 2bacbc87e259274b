"""All services for one signed-in staff member, built on first use.

The composition root makes one :class:`Services` per signed-in person; each service is built
(and its module imported) the first time something asks for it. The app's first window needs a
handful of the forty: importing them all cost about a quarter of the start-up (290 of 1,300 ms
on the benchmark machine), for screens the person may never open that day. Adding a service is
one annotation and one line in ``_BUILDERS``; ``tests/unit/test_services_container.py`` checks
the two agree and that every service class is guarded.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from deskapp.domain.permissions import Action, Decision, Target
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.authorization import decision
from deskapp.services.dto import Actor
from deskapp.services.validation import guard_service

if TYPE_CHECKING:
    from deskapp.services.access import AccessService
    from deskapp.services.access_requests import AccessRequestService
    from deskapp.services.access_reviews import AccessReviewService
    from deskapp.services.administration import AdministrationService
    from deskapp.services.approvals import ApprovalService
    from deskapp.services.attachments import AttachmentService
    from deskapp.services.audit_trail import AuditService
    from deskapp.services.auto_close import AutoCloseService
    from deskapp.services.catalogue import CatalogueService
    from deskapp.services.change_calendar import ChangeCalendarService
    from deskapp.services.change_plan import ChangePlanService
    from deskapp.services.changes import ChangeService, ChangeTaskService
    from deskapp.services.cmdb import CmdbService
    from deskapp.services.cmdb_impact import ImpactService
    from deskapp.services.cmdb_types import CiTypeService
    from deskapp.services.improvement import ImprovementService
    from deskapp.services.incident_tasks import IncidentTaskService
    from deskapp.services.incidents import IncidentService
    from deskapp.services.item_context import ItemContextService
    from deskapp.services.knowledge import KnowledgeService
    from deskapp.services.knowledge_images import ArticleImageService
    from deskapp.services.known_errors import KnownErrorService
    from deskapp.services.kpi import KpiService
    from deskapp.services.logins import Logins
    from deskapp.services.mail_admin import MailAdminService
    from deskapp.services.major_incidents import MajorIncidentService
    from deskapp.services.notifications import NotificationService
    from deskapp.services.outbox import OutboxService
    from deskapp.services.people import PeopleService
    from deskapp.services.portfolio import PortfolioService
    from deskapp.services.preferences import PreferencesService
    from deskapp.services.problems import ProblemService
    from deskapp.services.queues import KindOperations, QueueService
    from deskapp.services.reference import ReferenceService
    from deskapp.services.replica import ReplicaService
    from deskapp.services.reporting import ReportingService
    from deskapp.services.resolution_codes import ResolutionCodeService
    from deskapp.services.satisfaction import SatisfactionService
    from deskapp.services.search import SearchService
    from deskapp.services.service_levels import ServiceLevelService
    from deskapp.services.service_numbers import ServiceNumbersService
    from deskapp.services.service_requests import RequestTaskService, ServiceRequestService
    from deskapp.services.service_review import ServiceReviewService
    from deskapp.services.sla_sweep import SlaSweepService
    from deskapp.services.suggestions import SuggestionService
    from deskapp.services.templates import TemplateService
    from deskapp.services.time_entries import TimeEntryService
    from deskapp.services.watchers import WatcherService
    from deskapp.services.work_items import WorkItemService


class Services:
    """What the UI and the admin tools call. Each annotated name below is a service, built on
    first access by its entry in ``_BUILDERS`` (thread-safe: the UI thread and the workers may
    ask at once) and kept for the object's life."""

    actor: Actor
    incidents: IncidentService
    incident_tasks: IncidentTaskService
    problems: ProblemService
    known_errors: KnownErrorService
    major_incidents: MajorIncidentService
    work_items: WorkItemService
    reference: ReferenceService
    queues: QueueService
    search: SearchService
    portfolio: PortfolioService
    cmdb: CmdbService
    ci_types: CiTypeService
    impact: ImpactService
    service_levels: ServiceLevelService
    resolution_codes: ResolutionCodeService
    kpi: KpiService
    improvement: ImprovementService
    reviews: ServiceReviewService
    service_numbers: ServiceNumbersService
    sla_sweep: SlaSweepService
    auto_close: AutoCloseService
    people: PeopleService
    replica: ReplicaService
    outbox: OutboxService  # an offline replica's changes waiting, refused or in conflict
    administration: AdministrationService
    audit: AuditService
    time_entries: TimeEntryService
    preferences: PreferencesService
    item_context: ItemContextService
    logins: Logins  # staff members' database logins (PostgreSQL desks with security applied)
    attachments: AttachmentService
    approvals: ApprovalService
    notifications: NotificationService
    mail: MailAdminService
    satisfaction: SatisfactionService
    knowledge: KnowledgeService
    knowledge_images: ArticleImageService  # pictures in articles
    suggestions: SuggestionService
    catalogue: CatalogueService
    requests: ServiceRequestService
    request_tasks: RequestTaskService
    templates: TemplateService
    reporting: ReportingService  # where KPIs, reviews and exports read (a replica, its lag)
    watchers: WatcherService
    access: AccessService
    access_requests: AccessRequestService
    access_reviews: AccessReviewService
    changes: ChangeService
    change_tasks: ChangeTaskService
    change_plan: ChangePlanService
    change_calendar: ChangeCalendarService


    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, logins: Logins | None = None,
                 reports: UnitOfWorkFactory | None = None) -> None:
        self.actor = actor
        self._uow = uow
        self._reads = reports or uow  # KPIs, service reviews and exports read here
        self._reports = reports
        self._given_logins = logins
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        """Only for names not built yet (Python looks in the instance first)."""
        entry = _BUILDERS.get(name)
        if entry is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        path, build = entry
        with self._lock:
            if name not in self.__dict__:  # another thread may have built it meanwhile
                self.__dict__[name] = build(self, service_class(path))
        return self.__dict__[name]

    def may(self, action: Action, resource: str, target: Target | None = None) -> Decision:
        """Whether the signed-in person may do ``action`` (the UI disables what they may not,
        showing ``Decision.reason``; the services refuse it again with the same sentence)."""
        return decision(self.actor, action, resource, target)

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: Actor,
              logins: Logins | None = None, reports: UnitOfWorkFactory | None = None
              ) -> Services:
        """``reports``: a read-only replica's units of work; KPIs, service reviews and queue
        exports read from it (``Database.reports``, from the profile's replica URL)."""
        return cls(uow, actor, logins, reports)

    # -- the wiring of the few services that need others ---------------------------------
    def _approvals(self, cls: type[ApprovalService]) -> ApprovalService:
        approvals = cls(self._uow, self.actor)
        # each kind's outcome, resolved when an approval is decided (not before: the kind's
        # service and its module are built then)
        approvals.on_outcome("service_request",
                             lambda *a: self.requests.approval_decided(*a))
        approvals.on_outcome("access_request",
                             lambda *a: self.access_requests.approval_decided(*a))
        approvals.on_outcome("change", lambda *a: self.changes.approval_decided(*a))
        approvals.never_approves("change", lambda *a: self.changes.requester_of(*a))
        return approvals

    def _logins(self, _cls: type[Logins]) -> Logins:
        if self._given_logins is not None:
            return self._given_logins
        from deskapp.db.security.logins import logins_for_uow

        return logins_for_uow(self._uow)

    def _sla_sweep(self, cls: type[SlaSweepService]) -> SlaSweepService:
        from deskapp.services.access_requests import AccessExpirySweep
        from deskapp.services.pending_return import PendingReturnService

        return cls(self._uow, auto_close=self.auto_close,
                   pending=PendingReturnService(self._uow), access=AccessExpirySweep(self._uow))


class _KindServices(Mapping[str, "KindOperations"]):
    """The kinds queues can work (take next, bulk), each kind's service built when a queue
    first works an item of that kind."""

    FIELDS = {"incident": "incidents", "incident_task": "incident_tasks",
              "problem": "problems", "service_request": "requests",
              "request_task": "request_tasks", "access_request": "access_requests",
              "change": "changes", "change_task": "change_tasks"}

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getitem__(self, kind: str) -> KindOperations:
        service: KindOperations = getattr(self._services, self.FIELDS[kind])
        return service

    def __iter__(self) -> Iterator[str]:
        return iter(self.FIELDS)

    def __len__(self) -> int:
        return len(self.FIELDS)


def _plain(s: Services, cls: Any) -> Any:
    return cls(s._uow, s.actor)  # noqa: SLF001


_GUARDING = threading.Lock()

#: Each service: where its class lives, and how it is built from the container.
_BUILDERS: dict[str, tuple[str, Callable[[Services, Any], Any]]] = {
    "incidents": ("incidents:IncidentService", _plain),
    "incident_tasks": ("incident_tasks:IncidentTaskService", _plain),
    "problems": ("problems:ProblemService", _plain),
    "known_errors": ("known_errors:KnownErrorService", _plain),
    "major_incidents": ("major_incidents:MajorIncidentService", _plain),
    "work_items": ("work_items:WorkItemService", _plain),
    "reference": ("reference:ReferenceService", _plain),
    "queues": ("queues:QueueService", lambda s, cls: cls(
        s._uow, s.actor, s.incidents, kind_services=_KindServices(s), reports=s._reports)),
    "search": ("search:SearchService", _plain),
    "portfolio": ("portfolio:PortfolioService", _plain),
    "cmdb": ("cmdb:CmdbService", _plain),
    "ci_types": ("cmdb_types:CiTypeService", _plain),
    "impact": ("cmdb_impact:ImpactService", _plain),
    "service_levels": ("service_levels:ServiceLevelService", _plain),
    "resolution_codes": ("resolution_codes:ResolutionCodeService", _plain),
    "kpi": ("kpi:KpiService", lambda s, cls: cls(s._reads, s.actor)),
    "improvement": ("improvement:ImprovementService",
                    lambda s, cls: cls(s._uow, s.actor, s.kpi)),
    "reviews": ("service_review:ServiceReviewService",
                lambda s, cls: cls(s._reads, s.kpi, s.improvement)),
    "service_numbers": ("service_numbers:ServiceNumbersService",
                        lambda s, cls: cls(s._uow, s.kpi)),
    "sla_sweep": ("sla_sweep:SlaSweepService", lambda s, cls: s._sla_sweep(cls)),
    "auto_close": ("auto_close:AutoCloseService", _plain),
    "people": ("people:PeopleService", _plain),
    "replica": ("replica:ReplicaService", lambda s, cls: cls(s._uow, s.actor.username)),
    "outbox": ("outbox:OutboxService", _plain),
    "administration": ("administration:AdministrationService", _plain),
    "audit": ("audit_trail:AuditService", _plain),
    "time_entries": ("time_entries:TimeEntryService", _plain),
    "preferences": ("preferences:PreferencesService", _plain),
    "item_context": ("item_context:ItemContextService", _plain),
    "logins": ("logins:Logins", lambda s, cls: s._logins(cls)),
    "attachments": ("attachments:AttachmentService", _plain),
    "approvals": ("approvals:ApprovalService", lambda s, cls: s._approvals(cls)),
    "notifications": ("notifications:NotificationService",
                      lambda s, cls: cls(s._uow, s.actor, s.approvals)),
    "mail": ("mail_admin:MailAdminService", _plain),
    "satisfaction": ("satisfaction:SatisfactionService", _plain),
    "knowledge": ("knowledge:KnowledgeService", _plain),
    "knowledge_images": ("knowledge_images:ArticleImageService", _plain),
    "suggestions": ("suggestions:SuggestionService", _plain),
    "catalogue": ("catalogue:CatalogueService", _plain),
    "requests": ("service_requests:ServiceRequestService",
                 lambda s, cls: cls(s._uow, s.actor, s.approvals)),
    "request_tasks": ("service_requests:RequestTaskService", _plain),
    "templates": ("templates:TemplateService", _plain),
    "reporting": ("reporting:ReportingService", lambda s, cls: cls(s._reads)),
    "watchers": ("watchers:WatcherService", _plain),
    "access": ("access:AccessService", _plain),
    "access_requests": ("access_requests:AccessRequestService",
                        lambda s, cls: cls(s._uow, s.actor, s.approvals)),
    "access_reviews": ("access_reviews:AccessReviewService",
                       lambda s, cls: cls(s._uow, s.actor, s.access_requests)),
    "changes": ("changes:ChangeService", lambda s, cls: cls(s._uow, s.actor, s.approvals)),
    "change_tasks": ("changes:ChangeTaskService", _plain),
    "change_plan": ("change_plan:ChangePlanService",
                    lambda s, cls: cls(s._uow, s.actor, s.approvals)),
    "change_calendar": ("change_calendar:ChangeCalendarService", _plain),
}


def service_class(path: str) -> type:
    """The class at ``module:Class`` under ``deskapp.services``; a service's public methods guarded:
    each checks and coerces its arguments by their type hints
    (:mod:`deskapp.services.validation`) before it runs."""
    module, name = path.split(":")
    cls: type = getattr(importlib.import_module(f"deskapp.services.{module}"), name)
    if not name.endswith("Service"):
        return cls
    with _GUARDING:  # two people's containers may build the same class at once
        return guard_service(cls)


def service_fields() -> dict[str, type]:
    """Every service of :class:`Services` by its name (imports them all: tests, tools)."""
    return {name: service_class(path) for name, (path, _build) in _BUILDERS.items()}


def service_classes() -> list[type]:
    """Every service class the app builds whose name says it is one."""
    return [cls for cls in service_fields().values() if cls.__name__.endswith("Service")]
