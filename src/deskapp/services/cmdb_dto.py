"""What the CMDB services hand out: CI types, relations, impact walks, history lines and the
CIs of a ticket. Frozen values; ids as UUIDs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from deskapp.domain.cmdb import AttributeDef


@dataclass(frozen=True)
class CiTypeDTO:
    id: uuid.UUID
    version: int
    name: str
    description: str
    attributes: tuple[AttributeDef, ...]
    #: live CIs of this type (a type in use keeps its name)
    in_use: int = 0


@dataclass(frozen=True)
class RelationLine:
    """One live relation as the CI form lists it, read from the CI on screen: ``outgoing``
    means "this CI <type> other"; otherwise "other <type> this CI"."""

    id: uuid.UUID
    relation_type: str
    outgoing: bool
    other_id: uuid.UUID
    other_name: str
    other_is_service: bool = False
    other_status: str = ""

    def edit(self) -> RelationEdit:
        return RelationEdit(self.relation_type, self.outgoing, self.other_id,
                            self.other_is_service)


@dataclass(frozen=True)
class RelationEdit:
    """A relation the CI form asks to keep or add (the set replaces the CI's relations)."""

    relation_type: str
    outgoing: bool
    other_id: uuid.UUID
    other_is_service: bool = False

    @classmethod
    def of(cls, value: Any) -> RelationEdit:
        if isinstance(value, RelationEdit):
            return value
        if isinstance(value, RelationLine):
            return value.edit()
        if isinstance(value, dict):
            other = value.get("other_id")
            if isinstance(other, str):
                other = uuid.UUID(other)
            if not isinstance(other, uuid.UUID):
                raise ValueError("other_id")
            return cls(str(value.get("relation_type") or ""), bool(value.get("outgoing", True)),
                       other, bool(value.get("other_is_service", False)))
        raise ValueError("relation")


@dataclass(frozen=True)
class ImpactNode:
    id: uuid.UUID
    name: str
    ci_type: str
    status: str
    depth: int
    service_name: str = ""


@dataclass(frozen=True)
class AffectedService:
    id: uuid.UUID
    name: str
    depth: int


@dataclass(frozen=True)
class Impact:
    """An impact walk from ``root``: the nodes nearest first (at most the limit asked for),
    how many there are in all and per depth, the services reached (upstream), and the
    relations among the first nodes (what the graph draws)."""

    root: ImpactNode
    direction: str
    depth: int
    types: tuple[str, ...]
    nodes: tuple[ImpactNode, ...]
    total: int
    per_depth: tuple[int, ...]
    services: tuple[AffectedService, ...]
    #: (source, target, type) among ``root`` and the first ``graph_limit`` nodes
    edges: tuple[tuple[uuid.UUID, uuid.UUID, str], ...]
    #: (service, target CI, type) for services related to drawn nodes
    service_edges: tuple[tuple[uuid.UUID, uuid.UUID, str], ...]
    graph_limit: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.nodes)


@dataclass(frozen=True)
class CiHistoryLine:
    occurred_at: datetime
    actor: str
    action: str
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class TicketCis:
    """The CIs a work item impacts (its main CI first) and the services affected through the
    graph (upstream of those CIs, to ``depth``)."""

    work_item_id: uuid.UUID
    main_ci_id: uuid.UUID | None
    cis: tuple[ImpactNode, ...]
    services: tuple[AffectedService, ...]
    depth: int
