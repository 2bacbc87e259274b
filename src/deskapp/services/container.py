"""All services for one signed-in staff member, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_type_hints

from deskapp.domain.permissions import Action, Decision, Target
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.access import AccessService
from deskapp.services.access_requests import AccessExpirySweep, AccessRequestService
from deskapp.services.access_reviews import AccessReviewService
from deskapp.services.administration import AdministrationService
from deskapp.services.approvals import ApprovalService
from deskapp.services.attachments import AttachmentService
from deskapp.services.audit_trail import AuditService
from deskapp.services.authorization import decision
from deskapp.services.auto_close import AutoCloseService
from deskapp.services.catalogue import CatalogueService
from deskapp.services.change_calendar import ChangeCalendarService
from deskapp.services.change_plan import ChangePlanService
from deskapp.services.changes import ChangeService, ChangeTaskService
from deskapp.services.cmdb import CmdbService
from deskapp.services.cmdb_impact import ImpactService
from deskapp.services.cmdb_types import CiTypeService
from deskapp.services.dto import Actor
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
from deskapp.services.pending_return import PendingReturnService
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
from deskapp.services.validation import guard_services
from deskapp.services.watchers import WatcherService
from deskapp.services.work_items import WorkItemService


@dataclass
class Services:
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
        if logins is None:
            from deskapp.db.security.logins import logins_for_uow

            logins = logins_for_uow(uow)
        incidents = IncidentService(uow, actor)
        tasks = IncidentTaskService(uow, actor)
        problems = ProblemService(uow, actor)
        approvals = ApprovalService(uow, actor)
        requests = ServiceRequestService(uow, actor, approvals)
        approvals.on_outcome("service_request", requests.approval_decided)
        request_tasks = RequestTaskService(uow, actor)
        access_requests = AccessRequestService(uow, actor, approvals)
        approvals.on_outcome("access_request", access_requests.approval_decided)
        changes = ChangeService(uow, actor, approvals)
        approvals.on_outcome("change", changes.approval_decided)
        approvals.never_approves("change", changes.requester_of)
        change_tasks = ChangeTaskService(uow, actor)
        # the kinds queues can work (take next, bulk): one entry per kind's service
        by_kind: dict[str, KindOperations] = {"incident": incidents, "incident_task": tasks,
                                              "problem": problems,
                                              "service_request": requests,
                                              "request_task": request_tasks,
                                              "access_request": access_requests,
                                              "change": changes, "change_task": change_tasks}
        auto_close = AutoCloseService(uow, actor)
        reads = reports or uow
        kpi = KpiService(reads, actor)
        improvement = ImprovementService(uow, actor, kpi)
        return cls(actor=actor, incidents=incidents, incident_tasks=tasks,
                   problems=problems,
                   known_errors=KnownErrorService(uow, actor),
                   major_incidents=MajorIncidentService(uow, actor),
                   work_items=WorkItemService(uow, actor),
                   reference=ReferenceService(uow, actor),
                   queues=QueueService(uow, actor, incidents, kind_services=by_kind,
                                       reports=reports),
                   search=SearchService(uow, actor),
                   portfolio=PortfolioService(uow, actor),
                   cmdb=CmdbService(uow, actor),
                   ci_types=CiTypeService(uow, actor),
                   impact=ImpactService(uow, actor),
                   service_levels=ServiceLevelService(uow, actor),
                   resolution_codes=ResolutionCodeService(uow, actor),
                   kpi=kpi,
                   improvement=improvement,
                   reviews=ServiceReviewService(reads, kpi, improvement),
                   service_numbers=ServiceNumbersService(uow, kpi),
                   sla_sweep=SlaSweepService(uow, auto_close=auto_close,
                                             pending=PendingReturnService(uow),
                                             access=AccessExpirySweep(uow)),
                   auto_close=auto_close,
                   people=PeopleService(uow, actor),
                   replica=ReplicaService(uow, actor.username),
                   outbox=OutboxService(uow, actor),
                   administration=AdministrationService(uow, actor),
                   audit=AuditService(uow, actor), logins=logins,
                   attachments=AttachmentService(uow, actor),
                   time_entries=TimeEntryService(uow, actor),
                   preferences=PreferencesService(uow, actor),
                   item_context=ItemContextService(uow, actor),
                   approvals=approvals,
                   notifications=NotificationService(uow, actor, approvals),
                   mail=MailAdminService(uow, actor),
                   satisfaction=SatisfactionService(uow, actor),
                   knowledge=KnowledgeService(uow, actor),
                   knowledge_images=ArticleImageService(uow, actor),
                   suggestions=SuggestionService(uow, actor),
                   catalogue=CatalogueService(uow, actor),
                   requests=requests, request_tasks=request_tasks,
                   templates=TemplateService(uow, actor),
                   reporting=ReportingService(reads),
                   watchers=WatcherService(uow, actor),
                   access=AccessService(uow, actor), access_requests=access_requests,
                   access_reviews=AccessReviewService(uow, actor, access_requests),
                   changes=changes, change_tasks=change_tasks,
                   change_plan=ChangePlanService(uow, actor, approvals),
                   change_calendar=ChangeCalendarService(uow, actor))


def service_classes() -> list[type]:
    """Every service class the app builds (the fields of :class:`Services`)."""
    hints = get_type_hints(Services)
    return [hint for name, hint in hints.items()
            if isinstance(hint, type) and hint.__name__.endswith("Service")]


# Typed input at every entry: each public method of each service checks and coerces its
# arguments by their type hints (deskapp.services.validation); a service added to Services is
# covered without anyone remembering to.
guard_services(service_classes())
