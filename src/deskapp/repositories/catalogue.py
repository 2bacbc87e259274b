"""The service catalogue and service requests (queries only; rules live in the services)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from deskapp.db.base import Base
from deskapp.db.models import CatalogueOffering, RequestTask, ServiceRequest


class CatalogueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def offerings(self, *, retired: bool) -> Sequence[CatalogueOffering]:
        """Live offerings (and retired ones when asked), by name."""
        query = select(CatalogueOffering).where(CatalogueOffering.deleted_at.is_(None))
        if not retired:
            query = query.where(CatalogueOffering.retired_at.is_(None))
        return self.session.scalars(query.order_by(func.lower(CatalogueOffering.name))).all()

    def get(self, offering_id: uuid.UUID) -> CatalogueOffering | None:
        found = self.session.get(CatalogueOffering, offering_id)
        return None if found is None or found.deleted_at is not None else found

    def same_name(self, name: str) -> CatalogueOffering | None:
        return self.session.scalars(
            select(CatalogueOffering).where(
                func.lower(CatalogueOffering.name) == name.lower(),
                CatalogueOffering.deleted_at.is_(None))).first()

    def add(self, offering: CatalogueOffering) -> None:
        self.session.add(offering)

    def usage(self) -> dict[uuid.UUID, int]:
        """Requests raised per offering (the picker lists the most used first)."""
        rows = self.session.execute(
            select(ServiceRequest.offering_id, func.count())
            .where(ServiceRequest.deleted_at.is_(None))
            .group_by(ServiceRequest.offering_id)).all()
        return {offering: count for offering, count in rows}

    def open_requests(self, offering_id: uuid.UUID) -> list[str]:
        """Numbers of the offering's requests still open (a retirement waits for them)."""
        return list(self.session.scalars(
            select(ServiceRequest.number)
            .where(ServiceRequest.offering_id == offering_id,
                   ServiceRequest.deleted_at.is_(None),
                   ServiceRequest.status_category != "done")
            .order_by(ServiceRequest.number)))

    def request(self, item_id: uuid.UUID) -> ServiceRequest | None:
        found = self.session.get(ServiceRequest, item_id)
        return None if found is None or found.deleted_at is not None else found

    def tasks_of(self, request_id: uuid.UUID) -> Sequence[RequestTask]:
        """A request's live tasks, oldest first."""
        return self.session.scalars(
            select(RequestTask).where(RequestTask.parent_id == request_id,
                                      RequestTask.deleted_at.is_(None))
            .order_by(RequestTask.opened_at, RequestTask.number)).all()

    def make_request(self, item_id: uuid.UUID, *, number: str, offering: CatalogueOffering,
                     answers: dict[str, object], requested_by_id: uuid.UUID | None,
                     converted_from: str, now: datetime) -> None:
        """Turn an incident into a service request in place (same id: its events, comments,
        links and attachments stay): the incident's detail row goes, the request's comes, the
        core row takes the request's kind, number and first status. The caller expunged the
        incident from the session and reads the item back afterwards."""
        tables = Base.metadata.tables
        core = tables["work_items"]
        self.session.execute(delete(tables["incident_details"]).where(
            tables["incident_details"].c.work_item_id == item_id))
        self.session.execute(update(core).where(core.c.id == item_id).values(
            kind="service_request", number=number, status="new", status_category="open",
            service_id=offering.service_id, sla_id=offering.sla_id,
            version=core.c.version + 1, updated_at=now))
        self.session.execute(insert(tables["service_request_details"]).values(
            work_item_id=item_id, offering_id=offering.id, answers=answers,
            plan=list(offering.plan), requested_by_id=requested_by_id,
            converted_from=converted_from))
