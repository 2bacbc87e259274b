"""Impact analysis over the CI graph, and the CIs a work item impacts.

:meth:`ImpactService.impact` walks from one CI upstream (what depends on it, up to the services
affected) or downstream (what it depends on), to a chosen depth over chosen relation types, level
by level with one statement per level (:mod:`deskapp.repositories.cmdb_levels`). It returns the
nearest nodes first (at most ``limit``), the totals, and the relations among the first
``graph_limit`` nodes for the graph view.

:meth:`ImpactService.within_hops` is the neighbourhood a change conflict check needs: every CI
within N hops of some CIs, either direction, over runs on / depends on / part of by default.

A work item impacts its main CI (``work_items.ci_id``) and any others recorded for it
(``work_item_cis``); the services it affects are computed from the graph (upstream of those CIs
to :data:`TICKET_DEPTH`), never stored, so they follow the CMDB as it changes. Queues filter on
the same rule (``WorkItemFilter.affected_service_ids``).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence

from deskapp.db.base import utcnow
from deskapp.db.models import TicketEvent, WorkItem, WorkItemCi
from deskapp.domain import kinds
from deskapp.domain.cmdb import (
    CONFLICT_TYPES,
    RELATION_TYPES,
    TICKET_DEPTH,
    Direction,
    check_depth,
    relation_types,
)
from deskapp.domain.ids import new_id
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.cmdb import CmdbRepository
from deskapp.repositories.cmdb_graph import CmdbGraphRepository, TicketCiRepository
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, require_item, require_visible
from deskapp.services.cmdb_dto import AffectedService, Impact, ImpactNode, TicketCis
from deskapp.services.dto import Actor, Changes, Choice

#: Impacted CIs one work item may list.
TICKET_CIS_MAX = 50
EVENT_FIELD = "impacted_cis"


class ImpactService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self.actor = actor

    def impact(self, ci_id: uuid.UUID, direction: str = Direction.UPSTREAM, depth: int = 3,
               types: Sequence[str] = (), limit: int = 1000, graph_limit: int = 200) -> Impact:
        """What ``ci_id`` impacts (upstream) or depends on (downstream) within ``depth``."""
        way = _direction(direction)
        depth = check_depth(depth)
        chosen = relation_types(types)
        limit = max(1, min(int(limit), 20_000))
        graph_limit = max(1, min(int(graph_limit), limit))
        with self._uow(read_only=True) as uow:
            graph = CmdbGraphRepository(uow.session)
            root = CmdbRepository(uow.session).get(ci_id)
            if root is None:
                raise NotFound("That configuration item no longer exists; refresh the list.")
            root_line = (root.name, root.ci_type, root.status, root.service_id)
            walked = graph.walk([ci_id], depth, way, chosen, known=True)
            nearest = walked.nearest(limit)  # nearest first; names read for these only
            services = walked.service_distances()
            lines = graph.ci_lines([n for n, _d in nearest])
            svc_names = graph.service_names(services.keys() | {
                line[3] for line in (*lines.values(), root_line) if line[3] is not None})
            nodes = sorted((_node(n, lines[n], d, svc_names) for n, d in nearest
                            if n in lines), key=lambda x: (x.depth, x.name.lower(), x.id))
            drawn = {ci_id, *(n.id for n in nodes[:graph_limit])}
            edges = graph.relations_among(drawn, chosen) if len(drawn) > 1 else []
            service_edges = graph.service_relations_to(drawn, chosen) \
                if way is Direction.UPSTREAM else []
            return Impact(
                _node(ci_id, root_line, 0, svc_names), str(way), depth, tuple(sorted(chosen)),
                tuple(nodes), walked.total, walked.per_depth(depth),
                tuple(sorted((AffectedService(s, svc_names.get(s, "?"), d)
                              for s, d in services.items()),
                             key=lambda s: (s.depth, s.name.lower()))),
                tuple(edges), tuple(service_edges), graph_limit)

    def within_hops(self, ci_ids: Iterable[uuid.UUID], hops: int = 2,
                    types: Collection[str] = CONFLICT_TYPES) -> dict[uuid.UUID, int]:
        """Every CI within ``hops`` relations of ``ci_ids`` in either direction, with its
        distance (the given CIs at 0): what a change on them may collide with."""
        ids = list(ci_ids)
        if len(ids) > 5000:
            raise ValidationError("Ask about at most 5,000 CIs at a time.")
        with self._uow(read_only=True) as uow:
            return within_hops(uow, ids, hops, types)

    # -- work items ---------------------------------------------------------------------------
    def pick_cis(self, text: str = "", limit: int = 50) -> list[Choice]:
        """CIs in use whose name contains ``text`` (the ticket's CI picker)."""
        limit = max(1, min(int(limit), 500))
        with self._uow(read_only=True) as uow:
            return [Choice(cid, name, ci_type) for cid, name, ci_type, status
                    in CmdbRepository(uow.session).pick(text[:120], limit)
                    if status != "retired"]

    def ticket_cis(self, work_item_id: uuid.UUID) -> TicketCis:
        with self._uow(read_only=True) as uow:
            item = _item(uow, work_item_id)
            require_visible(self.actor, item, uow)
            return _ticket_cis(uow, item)

    def set_ticket_cis(self, work_item_id: uuid.UUID, ci_ids: Sequence[uuid.UUID],
                       expected_version: int | None = None) -> TicketCis:
        """Make ``ci_ids`` the CIs the item impacts besides its main CI (the list replaces the
        previous one). A retired or unknown CI is refused and nothing is saved; the change is an
        event in the item's history."""
        wanted = list(dict.fromkeys(ci_ids))
        if len(wanted) > TICKET_CIS_MAX:
            raise ValidationError(msg("A work item lists at most {ticket_cis_max} impacted CIs; "
                                      "relate them to a service component and list that.",
                                      ticket_cis_max=TICKET_CIS_MAX))
        with self._uow() as uow:
            item = _item(uow, work_item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            if expected_version is not None and item.version != expected_version:
                from deskapp.errors import ConflictError
                from deskapp.repositories.uow import CONFLICT_MESSAGE

                raise ConflictError(CONFLICT_MESSAGE)
            graph = CmdbGraphRepository(uow.session)
            repo = TicketCiRepository(uow.session)
            current = {link.ci_id: link for link in repo.links(item.id)}
            lines = graph.ci_lines(set(wanted) | set(current))
            for cid in wanted:
                line = lines.get(cid)
                if line is None or CmdbRepository(uow.session).get(cid) is None:
                    raise ValidationError("An impacted CI no longer exists; choose another.",
                                          {"cis": "missing"})
                if cid not in current and line[2] == "retired":
                    raise ValidationError(msg("{line} is retired; choose a CI in use.",
                                              line=line[0]),
                                          {"cis": "retired"})
            now = utcnow()
            old = _names(current, lines)
            changed = False
            for cid, link in current.items():
                if cid not in wanted:
                    link.deleted_at = now
                    changed = True
            for cid in wanted:
                if cid not in current:
                    uow.session.add(WorkItemCi(id=new_id(), work_item_id=item.id, ci_id=cid,
                                               created_at=now, updated_at=now))
                    changed = True
            if changed:
                item.updated_at = now  # a new version: open forms see the item changed
                uow.session.add(TicketEvent(
                    id=new_id(), ticket_kind=kinds.kind(item.kind).prefix, ticket_id=item.id,
                    actor_id=self.actor.staff_id, occurred_at=now, field=EVENT_FIELD,
                    old_value=old or None, new_value=_names(wanted, lines) or None))
            uow.flush()
            result = _ticket_cis(uow, item)
            uow.commit()
        return result

    @staticmethod
    def changes(work_item_id: uuid.UUID) -> Changes:
        return Changes("incident", frozenset({work_item_id}))


def within_hops(uow: UnitOfWork, ci_ids: Sequence[uuid.UUID], hops: int,
                types: Collection[str] = CONFLICT_TYPES) -> dict[uuid.UUID, int]:
    """:meth:`ImpactService.within_hops` inside a caller's unit of work (the change service
    checks conflicts in the transaction that saves the change)."""
    if not ci_ids:
        return {}
    return CmdbGraphRepository(uow.session).reach(ci_ids, check_depth(hops), Direction.EITHER,
                                                  relation_types(types))


def _direction(value: str) -> Direction:
    try:
        return Direction(str(value))
    except ValueError:
        raise ValidationError("Choose upstream (what depends on it) or downstream (what it "
                              "depends on).") from None


def _node(ci_id: uuid.UUID, line: tuple[str, str, str, uuid.UUID | None], depth: int,
          services: dict[uuid.UUID, str]) -> ImpactNode:
    name, ci_type, status, service_id = line
    return ImpactNode(ci_id, name, ci_type, status, depth,
                      services.get(service_id, "") if service_id else "")


def _item(uow: UnitOfWork, item_id: uuid.UUID) -> WorkItem:
    item = uow.session.get(WorkItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound("That item no longer exists; refresh the list.")
    return item


def _names(ids: Iterable[uuid.UUID],
           lines: Mapping[uuid.UUID, tuple[str, str, str, uuid.UUID | None]]) -> str:
    return ", ".join(sorted(lines[i][0] for i in ids if i in lines))


def _ticket_cis(uow: UnitOfWork, item: WorkItem) -> TicketCis:
    graph = CmdbGraphRepository(uow.session)
    linked = [link.ci_id for link in TicketCiRepository(uow.session).links(item.id)]
    ids = list(dict.fromkeys([*([item.ci_id] if item.ci_id else []), *linked]))
    lines = graph.ci_lines(ids)
    # one walk from all of them: each service at its least distance from any of the CIs
    services = graph.walk(ids, TICKET_DEPTH, Direction.UPSTREAM,
                          frozenset(RELATION_TYPES)).service_distances()
    names = graph.service_names(services.keys() | {
        line[3] for line in lines.values() if line[3] is not None})
    cis = tuple(_node(cid, lines[cid], 0, names) for cid in ids if cid in lines)
    return TicketCis(item.id, item.ci_id, cis, tuple(sorted(
        (AffectedService(s, names.get(s, "?"), d) for s, d in services.items()),
        key=lambda s: (s.depth, s.name.lower()))), TICKET_DEPTH)
