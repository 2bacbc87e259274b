"""All services for one signed-in staff member, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.cmdb import CmdbService
from deskapp.services.dto import Actor
from deskapp.services.incidents import IncidentService
from deskapp.services.kpi import KpiService
from deskapp.services.people import PeopleService
from deskapp.services.portfolio import PortfolioService
from deskapp.services.queues import QueueService
from deskapp.services.reference import ReferenceService
from deskapp.services.resolution_codes import ResolutionCodeService
from deskapp.services.search import SearchService
from deskapp.services.service_levels import ServiceLevelService
from deskapp.services.sla_sweep import SlaSweepService


@dataclass
class Services:
    actor: Actor
    incidents: IncidentService
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
        return cls(actor=actor, incidents=incidents,
                   reference=ReferenceService(uow),
                   queues=QueueService(uow, actor, incidents),
                   search=SearchService(uow),
                   portfolio=PortfolioService(uow, actor),
                   cmdb=CmdbService(uow, actor),
                   service_levels=ServiceLevelService(uow, actor),
                   resolution_codes=ResolutionCodeService(uow),
                   kpi=KpiService(uow, actor),
                   sla_sweep=SlaSweepService(uow),
                   people=PeopleService(uow, actor))
