"""Service requests' and request tasks' own columns (their detail tables on the work-item core).

A request keeps its answers and a copy of its offering's fulfilment plan as they were when it
was raised, so editing the catalogue later never changes a request already on its way.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.models.work_item import WorkItem


class ServiceRequest(WorkItem):
    __tablename__ = "service_request_details"
    __mapper_args__ = {"polymorphic_identity": "service_request"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("catalogue_offerings.id"),
                                                   index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    plan: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # the agent who ordered it for the caller
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # the incident number it was converted from (its events stay on the same item)
    converted_from: Mapped[str | None] = mapped_column(String(20))


class RequestTask(WorkItem):
    __tablename__ = "request_task_details"
    __mapper_args__ = {"polymorphic_identity": "request_task"}  # noqa: RUF012

    work_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    # the plan step it fulfils (None: a task an agent added by hand)
    plan_step: Mapped[str | None] = mapped_column(String(40))
