"""The guard services call before they act: :mod:`deskapp.domain.permissions` decides, this
turns a refusal into a typed :class:`PermissionDenied` carrying the rule's sentence.

Services call :func:`require` (or :func:`require_item` for a work item row) inside the unit of
work that then writes, so the check and the write see the same row. The UI asks
:func:`decision` (through a service) to hide or disable what the person may not do and shows the
same sentence as a tooltip.
"""

from __future__ import annotations

import uuid
from functools import lru_cache
from typing import Any

from deskapp.domain.permissions import (
    Action,
    Decision,
    Principal,
    Resource,
    Target,
    can_see,
    decide,
)
from deskapp.errors import PermissionDenied
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.dto import Actor

__all__ = ["Action", "Decision", "Resource", "decision", "item_target", "principal", "require",
           "require_item", "require_visible", "visible"]


@lru_cache(maxsize=64)
def principal(actor: Actor) -> Principal:
    """The domain's view of the signed-in person: staff id, roles, teams and led teams."""
    return Principal(actor.staff_id, frozenset(actor.roles), actor.team_ids, actor.led_team_ids)


def decision(actor: Actor, action: Action, resource: str,
             target: Target | None = None) -> Decision:
    return decide(principal(actor), action, resource, target)


def require(actor: Actor, action: Action, resource: str, target: Target | None = None, *,
            uow: UnitOfWork | None = None) -> None:
    """Raise ``PermissionDenied`` with the rule's sentence unless ``actor`` may do it.

    Teams are read at sign-in; given ``uow``, a refusal is decided once more on the person's
    teams as stored now, so someone just added to a team need not restart DeskApp (only a
    refusal costs the extra query; the hot path stays as it is).
    """
    found = decision(actor, action, resource, target)
    if not found and uow is not None and target is not None:
        found = decide(_fresh(actor, uow), action, resource, target)
    if not found:
        raise PermissionDenied(found.reason)


def _fresh(actor: Actor, uow: UnitOfWork) -> Principal:
    from deskapp.repositories.administration import AdministrationRepository

    rows = AdministrationRepository(uow.session).memberships(actor.staff_id)
    return Principal(actor.staff_id, frozenset(actor.roles),
                     frozenset(team for team, _lead in rows),
                     frozenset(team for team, lead in rows if lead))


def item_target(item: Any) -> Target:
    """A work item row (ORM or DTO with team/assignee ids) as the rules look at it."""
    return Target(team_id=getattr(item, "team_id", None),
                  assignee_id=getattr(item, "assignee_id", None),
                  confidential=bool(getattr(item, "confidential", False)))


def require_item(actor: Actor, action: Action, item: Any, uow: UnitOfWork | None = None
                 ) -> None:
    """``action`` on this work item (its kind's rules, its team, the confidential gate)."""
    require(actor, action, str(item.kind), item_target(item), uow=uow)


def visible(actor: Actor, item: Any) -> bool:
    return can_see(principal(actor), item_target(item))


def require_visible(actor: Actor, item: Any, uow: UnitOfWork | None = None) -> None:
    """Reading one item: a confidential item of another team is refused (PostgreSQL's row-level
    security hides it too; a SQLite desk is single-user)."""
    require(actor, Action.VIEW, str(item.kind), item_target(item), uow=uow)


def owner_target(owner_id: uuid.UUID | None) -> Target:
    return Target(owner_id=owner_id)


def team_target(team_id: uuid.UUID) -> Target:
    return Target(team_id=team_id)
