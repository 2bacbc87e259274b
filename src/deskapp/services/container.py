"""All services for one signed-in staff member, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_type_hints

from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.cmdb import CmdbService
from deskapp.services.dto import Actor
from deskapp.services.incident_tasks import IncidentTaskService
from deskapp.services.incidents import IncidentService
from deskapp.services.kpi import KpiService
from deskapp.services.people import PeopleService
from deskapp.services.portfolio import PortfolioService
from deskapp.services.queues import KindOperations, QueueService
from deskapp.services.reference import ReferenceService
from deskapp.services.resolution_codes import ResolutionCodeService
from deskapp.services.search import SearchService
from deskapp.services.service_levels import ServiceLevelService
from deskapp.services.sla_sweep import SlaSweepService
from deskapp.services.validation import guard_services
from deskapp.services.work_items import WorkItemService


@dataclass
class Services:
    actor: Actor
    incidents: IncidentService
    incident_tasks: IncidentTaskService
    work_items: WorkItemService
    reference: ReferenceService
    queues: QueueService
    search: SearchService
    portfolio: PortfolioService
    cmdb: CmdbService
    service_levels: ServiceLevelService
    resolution_codes: ResolutionCodeService
    kpi: KpiService
    sla_sweep: SlaSweepService
    people: PeopleService

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: Actor) -> Services:
        incidents = IncidentService(uow, actor)
        tasks = IncidentTaskService(uow, actor)
        # the kinds queues can work (take next, bulk): one entry per kind's service
        by_kind: dict[str, KindOperations] = {"incident": incidents, "incident_task": tasks}
        return cls(actor=actor, incidents=incidents, incident_tasks=tasks,
                   work_items=WorkItemService(uow, actor),
                   reference=ReferenceService(uow),
                   queues=QueueService(uow, actor, incidents, kind_services=by_kind),
                   search=SearchService(uow),
                   portfolio=PortfolioService(uow, actor),
                   cmdb=CmdbService(uow, actor),
                   service_levels=ServiceLevelService(uow, actor),
                   resolution_codes=ResolutionCodeService(uow),
                   kpi=KpiService(uow, actor),
                   sla_sweep=SlaSweepService(uow),
                   people=PeopleService(uow, actor))


def service_classes() -> list[type]:
    """Every service class the app builds (the fields of :class:`Services`)."""
    hints = get_type_hints(Services)
    return [hint for name, hint in hints.items()
            if isinstance(hint, type) and hint.__name__.endswith("Service")]


# Typed input at every entry: each public method of each service checks and coerces its
# arguments by their type hints (deskapp.services.validation); a service added to Services is
# covered without anyone remembering to.
guard_services(service_classes())
