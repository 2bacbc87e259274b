"""The registry of work-item kinds. Generic code asks it; it never names a kind itself.

Adding a kind: a module here with its :class:`KindDeclaration` (and lifecycle), one line in
``_DECLARED`` below, a detail table and a form panel. Queues, bulk, numbers, search, history and
the SLA engine then handle it unchanged.

One rule keeps queues on their indexes: a status name means the same category in every kind
("pending" waits wherever it appears), so "open work" is one list of statuses across kinds
(:func:`statuses_in`) that the queue indexes serve.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from deskapp.domain.kinds.access_request import ACCESS_REQUEST
from deskapp.domain.kinds.base import (
    BULK_FIELDS,
    BULK_STATUS,
    Category,
    Clock,
    KindDeclaration,
    Lifecycle,
)
from deskapp.domain.kinds.change import CHANGE
from deskapp.domain.kinds.change_task import CHANGE_TASK
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.kinds.incident_task import INCIDENT_TASK
from deskapp.domain.kinds.problem import PROBLEM
from deskapp.domain.kinds.request_task import REQUEST_TASK
from deskapp.domain.kinds.reserved import RESERVED
from deskapp.domain.kinds.service_request import SERVICE_REQUEST
from deskapp.errors import ValidationError
from deskapp.messages import msg

_DECLARED: tuple[KindDeclaration, ...] = (INCIDENT, INCIDENT_TASK, PROBLEM, SERVICE_REQUEST,
                                          REQUEST_TASK, ACCESS_REQUEST, CHANGE, CHANGE_TASK,
                                          *RESERVED)


def _build(declared: Iterable[KindDeclaration]) -> dict[str, KindDeclaration]:
    out: dict[str, KindDeclaration] = {}
    prefixes: set[str] = set()
    categories: dict[str, Category] = {}
    for decl in declared:
        if decl.key in out or decl.prefix in prefixes:
            raise ValueError(f"kind {decl.key} ({decl.prefix}) is declared twice")
        out[decl.key] = decl
        prefixes.add(decl.prefix)
        if decl.lifecycle is not None:
            for status, category in decl.lifecycle.categories.items():
                if categories.setdefault(status, category) != category:
                    raise ValueError(f"status {status!r} means {categories[status]} in one "
                                     f"kind and {category} in {decl.key}")
    return out


REGISTRY: Mapping[str, KindDeclaration] = _build(_DECLARED)
BY_PREFIX: Mapping[str, KindDeclaration] = {d.prefix: d for d in REGISTRY.values()}
#: Kinds that exist today, in the order menus list them.
ACTIVE: tuple[str, ...] = tuple(k for k, d in REGISTRY.items() if not d.reserved)
#: Every number prefix, reserved ones included (search recognises ITASK-12 and CHG-3).
PREFIXES: tuple[str, ...] = tuple(BY_PREFIX)


def kind(key: str) -> KindDeclaration:
    try:
        return REGISTRY[key]
    except KeyError:
        raise ValidationError(msg("'{key}' is not a kind of work item; use one of {kinds}.",
                                  key=key, kinds=", ".join(ACTIVE))) from None


def lifecycle(key: str) -> Lifecycle:
    return kind(key).life


def all_statuses() -> tuple[str, ...]:
    """Every status of every kind in use, each once, in first-declared order."""
    seen: dict[str, None] = {}
    for key in ACTIVE:
        for status in REGISTRY[key].life.statuses:
            seen.setdefault(status)
    return tuple(seen)


def category_of(status: str) -> Category:
    for key in ACTIVE:
        life = REGISTRY[key].life
        if status in life.categories:
            return life.categories[status]
    raise ValidationError(msg("'{bad}' is not a status of any kind of work item.", bad=status))


def categories_of(statuses: Iterable[str]) -> frozenset[Category] | None:
    """Every category ``statuses`` stand for in any kind (a status name two kinds share may
    stand for two); None when one is no kind's status. A filter on statuses implies its
    items' category is one of these, which lets a database use indexes of open work."""
    found: set[Category] = set()
    for status in statuses:
        here = {d.life.categories[status] for d in REGISTRY.values()
                if status in d.life.categories}
        if not here:
            return None
        found |= here
    return frozenset(found)


def statuses_in(categories: Iterable[Category | str],
                kinds: Iterable[str] | None = None) -> tuple[str, ...]:
    """The statuses of ``kinds`` (default: all in use) whose category is one of ``categories``."""
    wanted = {Category(c) for c in categories}
    seen: dict[str, None] = {}
    for key in (tuple(kinds) if kinds else ACTIVE):
        life = kind(key).life
        for status in life.statuses:
            if life.categories[status] in wanted:
                seen.setdefault(status)
    return tuple(seen)


def status_label(status: str, kind_key: str | None = None) -> str:
    if kind_key is not None and kind_key in REGISTRY and REGISTRY[kind_key].lifecycle:
        return REGISTRY[kind_key].life.label(status)
    for key in ACTIVE:
        life = REGISTRY[key].life
        if status in life.labels:
            return life.label(status)
    return status


@dataclass(frozen=True)
class BulkOptions:
    """What a bulk edit may offer for a selection: fields legal for every selected kind, and
    the statuses every selected kind may be set to in bulk (legality from each row's current
    status is still checked per row by the services)."""

    kinds: frozenset[str]
    fields: frozenset[str]
    steps: tuple[str, ...]

    def allows(self, field: str) -> bool:
        return field in self.fields


def bulk_options(kinds: Iterable[str]) -> BulkOptions:
    chosen = frozenset(kinds)
    if not chosen:
        return BulkOptions(chosen, frozenset(), ())
    decls = [kind(k) for k in sorted(chosen)]
    fields = frozenset.intersection(*(d.bulk_fields for d in decls))
    steps_set = frozenset.intersection(*(d.bulk_steps for d in decls))
    order = all_statuses()
    steps = tuple(s for s in order if s in steps_set) if BULK_STATUS in fields else ()
    if not steps:
        fields = fields - {BULK_STATUS}
    return BulkOptions(chosen, frozenset(f for f in BULK_FIELDS if f in fields), steps)


__all__ = [
    "ACTIVE",
    "BY_PREFIX",
    "PREFIXES",
    "REGISTRY",
    "BulkOptions",
    "Category",
    "Clock",
    "KindDeclaration",
    "Lifecycle",
    "all_statuses",
    "bulk_options",
    "category_of",
    "kind",
    "lifecycle",
    "statuses_in",
    "status_label",
]
