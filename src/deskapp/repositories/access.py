"""Access management: systems, entitlements, grants, access requests and reviews (queries only;
rules live in :mod:`deskapp.domain.access` and the services)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    AccessGrant,
    AccessGrantEvent,
    AccessRequest,
    AccessReview,
    AccessReviewItem,
    AccessSystem,
    CatalogueOffering,
    Department,
    Entitlement,
    Organisation,
    Person,
)


class AccessRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- systems and entitlements --------------------------------------------------------
    def systems(self, *, retired: bool = False) -> Sequence[AccessSystem]:
        query = select(AccessSystem).where(AccessSystem.deleted_at.is_(None))
        if not retired:
            query = query.where(AccessSystem.retired_at.is_(None))
        return self.session.scalars(query.order_by(func.lower(AccessSystem.name))).all()

    def system(self, system_id: uuid.UUID) -> AccessSystem | None:
        found = self.session.get(AccessSystem, system_id)
        return None if found is None or found.deleted_at is not None else found

    def system_named(self, name: str) -> AccessSystem | None:
        return self.session.scalars(select(AccessSystem).where(
            func.lower(AccessSystem.name) == name.lower(),
            AccessSystem.deleted_at.is_(None))).first()

    def entitlements(self, system_id: uuid.UUID | None = None, *,
                     retired: bool = False) -> Sequence[Entitlement]:
        query = select(Entitlement).where(Entitlement.deleted_at.is_(None))
        if system_id is not None:
            query = query.where(Entitlement.system_id == system_id)
        if not retired:
            query = query.where(Entitlement.retired_at.is_(None))
        return self.session.scalars(query.order_by(func.lower(Entitlement.name))).all()

    def entitlement(self, entitlement_id: uuid.UUID) -> Entitlement | None:
        found = self.session.get(Entitlement, entitlement_id)
        return None if found is None or found.deleted_at is not None else found

    def entitlement_named(self, system_id: uuid.UUID, name: str) -> Entitlement | None:
        return self.session.scalars(select(Entitlement).where(
            Entitlement.system_id == system_id, func.lower(Entitlement.name) == name.lower(),
            Entitlement.deleted_at.is_(None))).first()

    def holders(self) -> dict[uuid.UUID, int]:
        """Live grants per system (the systems list shows it)."""
        rows = self.session.execute(
            select(AccessGrant.system_id, func.count()).where(*_live())
            .group_by(AccessGrant.system_id)).all()
        return {system: count for system, count in rows}

    def open_grant_requests(self, system_id: uuid.UUID) -> list[str]:
        """Numbers of open access requests asking for one of the system's entitlements."""
        return list(self.session.scalars(
            select(AccessRequest.number)
            .join(Entitlement, Entitlement.id == AccessRequest.entitlement_id)
            .where(Entitlement.system_id == system_id, AccessRequest.deleted_at.is_(None),
                   AccessRequest.status_category != "done")
            .order_by(AccessRequest.number)))

    def offerings_granting(self, system_id: uuid.UUID) -> list[str]:
        """Names of live catalogue offerings that grant one of the system's entitlements."""
        return list(self.session.scalars(
            select(CatalogueOffering.name)
            .join(Entitlement, Entitlement.id == CatalogueOffering.entitlement_id)
            .where(Entitlement.system_id == system_id, CatalogueOffering.retired_at.is_(None),
                   CatalogueOffering.deleted_at.is_(None))
            .order_by(CatalogueOffering.name)))

    def expiring_untasked(self, before: datetime, limit: int, *,
                          lock: bool = False) -> Sequence[AccessGrant]:
        """Live grants expiring by ``before`` that are on no revocation, the soonest first;
        ``lock`` (PostgreSQL): take them FOR UPDATE SKIP LOCKED, so two sweeping DeskApps never
        open two revocations for one grant."""
        query = (select(AccessGrant)
                 .where(*_live(), AccessGrant.revoke_item_id.is_(None),
                        AccessGrant.expires_at.is_not(None), AccessGrant.expires_at <= before)
                 .order_by(AccessGrant.expires_at, AccessGrant.id).limit(limit))
        if lock and self.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        return self.session.scalars(query).all()

    def departments(self) -> list[tuple[Department, str]]:
        """Live departments with their organisation's name, by organisation then name."""
        return [(d, org) for d, org in self.session.execute(
            select(Department, Organisation.name)
            .join(Organisation, Organisation.id == Department.organisation_id)
            .where(Department.deleted_at.is_(None))
            .order_by(Organisation.name, Department.name)).all()]

    def add(self, row: object) -> None:
        self.session.add(row)

    # -- grants ---------------------------------------------------------------------------
    def grant(self, grant_id: uuid.UUID) -> AccessGrant | None:
        found = self.session.get(AccessGrant, grant_id)
        return None if found is None or found.deleted_at is not None else found

    def live_grant(self, person_id: uuid.UUID, entitlement_id: uuid.UUID) -> AccessGrant | None:
        return self.session.scalars(select(AccessGrant).where(
            AccessGrant.person_id == person_id, AccessGrant.entitlement_id == entitlement_id,
            *_live())).first()

    def grants(self, *, person_id: uuid.UUID | None = None,
               system_id: uuid.UUID | None = None, revoked: bool = False,
               unrequested: bool = False, expiring_before: datetime | None = None,
               department_id: uuid.UUID | None = None,
               limit: int = 2000) -> Sequence[AccessGrant]:
        """Grants by person, system or department; live only unless ``revoked``; the newest
        first (expiring ones: the soonest first)."""
        query = select(AccessGrant).where(AccessGrant.deleted_at.is_(None))
        if not revoked:
            query = query.where(AccessGrant.revoked_at.is_(None))
        if person_id is not None:
            query = query.where(AccessGrant.person_id == person_id)
        if system_id is not None:
            query = query.where(AccessGrant.system_id == system_id)
        if department_id is not None:
            query = query.join(Person, Person.id == AccessGrant.person_id).where(
                Person.department_id == department_id)
        if unrequested:
            query = query.where(AccessGrant.request_id.is_(None))
        if expiring_before is not None:
            query = query.where(AccessGrant.expires_at.is_not(None),
                                AccessGrant.expires_at <= expiring_before)
            order = (AccessGrant.expires_at, AccessGrant.id)
        else:
            order = (AccessGrant.granted_at.desc(), AccessGrant.id)  # type: ignore[assignment]
        return self.session.scalars(query.order_by(*order).limit(limit)).all()

    def on_revocation(self, item_id: uuid.UUID) -> Sequence[AccessGrant]:
        return self.session.scalars(select(AccessGrant).where(
            AccessGrant.revoke_item_id == item_id, AccessGrant.deleted_at.is_(None))
            .order_by(AccessGrant.granted_at)).all()

    def history(self, grant_id: uuid.UUID) -> Sequence[AccessGrantEvent]:
        return self.session.scalars(select(AccessGrantEvent).where(
            AccessGrantEvent.grant_id == grant_id)
            .order_by(AccessGrantEvent.occurred_at, AccessGrantEvent.id)).all()

    # -- access requests ------------------------------------------------------------------
    def request(self, item_id: uuid.UUID) -> AccessRequest | None:
        found = self.session.get(AccessRequest, item_id)
        return None if found is None or found.deleted_at is not None else found

    def children(self, parent_id: uuid.UUID) -> Sequence[AccessRequest]:
        return self.session.scalars(select(AccessRequest).where(
            AccessRequest.parent_id == parent_id, AccessRequest.deleted_at.is_(None))
            .order_by(AccessRequest.number)).all()

    def leavers_of(self, person_id: uuid.UUID) -> Sequence[AccessRequest]:
        return self.session.scalars(select(AccessRequest).where(
            AccessRequest.person_id == person_id, AccessRequest.action == "leaver",
            AccessRequest.deleted_at.is_(None))).all()

    # -- reviews --------------------------------------------------------------------------
    def reviews(self, limit: int = 200) -> Sequence[AccessReview]:
        return self.session.scalars(select(AccessReview).where(
            AccessReview.deleted_at.is_(None))
            .order_by(AccessReview.started_at.desc(), AccessReview.id).limit(limit)).all()

    def review(self, review_id: uuid.UUID) -> AccessReview | None:
        found = self.session.get(AccessReview, review_id)
        return None if found is None or found.deleted_at is not None else found

    def review_items(self, review_ids: Sequence[uuid.UUID]) -> Sequence[AccessReviewItem]:
        if not review_ids:
            return []
        return self.session.scalars(select(AccessReviewItem).where(
            AccessReviewItem.review_id.in_(review_ids), AccessReviewItem.deleted_at.is_(None))
            .order_by(AccessReviewItem.person_name, AccessReviewItem.access_label)).all()

    def review_item(self, item_id: uuid.UUID) -> AccessReviewItem | None:
        found = self.session.get(AccessReviewItem, item_id)
        return None if found is None or found.deleted_at is not None else found

    def waiting_for(self, staff_ids: Sequence[uuid.UUID],
                    limit: int = 500) -> Sequence[AccessReviewItem]:
        """Undecided review lines of these staff reviewers in reviews still running."""
        return self.session.scalars(
            select(AccessReviewItem)
            .join(AccessReview, AccessReview.id == AccessReviewItem.review_id)
            .where(AccessReviewItem.reviewer_staff_id.in_(staff_ids),
                   AccessReviewItem.decision == "pending",
                   AccessReviewItem.deleted_at.is_(None), AccessReview.finished_at.is_(None),
                   AccessReview.deleted_at.is_(None))
            .order_by(AccessReview.due_at, AccessReviewItem.person_name)
            .limit(limit)).all()


def _live() -> tuple[ColumnElement[bool], ...]:
    return (AccessGrant.revoked_at.is_(None), AccessGrant.deleted_at.is_(None))
