"""Configuration items (Service Transition): list, detail, save with typed attributes and
relations, the CI's history, pickers.

The list is keyset-paged (``items(after=...)``) so a large estate loads a page at a time; each page
carries the open incident count of its CIs from one grouped query. A save is validated as a whole
and version-checked like the portfolio's: the CI's fields, the values of its type's attributes
(checked by kind in :mod:`deskapp.domain.cmdb`) and, when given, the full set of its relations,
in one unit of work; a relation to itself, to a retired CI or one closing a "part of" cycle is
refused with a sentence and nothing is saved. CIs are not tickets: a save writes audit events
(deskapp.services.audit), which are also the CI's history. CIs are retired (status), never
deleted.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import CiRelation, ConfigurationItem
from deskapp.domain.cmdb import (
    RELATION_LABELS,
    RELATION_TYPES,
    RelationType,
    attribute_defs,
    attribute_values,
)
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.cmdb import CiCursor, CmdbRepository
from deskapp.repositories.cmdb_graph import CmdbGraphRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.cmdb_dto import CiHistoryLine, RelationEdit, RelationLine
from deskapp.services.dto import Actor, Changes, Choice
from deskapp.services.portfolio_dto import (
    CI_STATUSES,
    CI_TYPES,
    CiDetail,
    CiList,
    CiSummary,
    OpenIncident,
)

__all__ = ["CI_STATUSES", "CI_TYPES", "CiDetail", "CiIncident", "CiList", "CiSummary",
           "CmdbService"]

CiIncident = OpenIncident  # the name earlier callers used
NAME_MAX, TYPE_MAX, SERIAL_MAX, LOCATION_MAX, DESCRIPTION_MAX = 120, 40, 80, 120, 4000
#: Rows per page of the CI list; the view fetches the next page when asked.
LIST_LIMIT = 500
#: Relations one CI may hold (the form lists them all).
RELATIONS_MAX = 500
#: What a service may have to a CI (a service is never "part of" or "connected to" a CI).
SERVICE_RELATIONS = (RelationType.DEPENDS_ON, RelationType.USES, RelationType.RUNS_ON)
FIELDS = ("name", "ci_type", "status", "service_id", "serial_number", "location",
          "description", "attributes")
RETIRED = "retired"


class CmdbService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def items(self, text: str = "", ci_type: str | None = None, status: str | None = None,
              limit: int = LIST_LIMIT, after: CiCursor | None = None) -> CiList:
        """One page of CIs matching the filters, in name order, after ``after``."""
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            rows = repo.page(text, ci_type, status, after, limit + 1)
            page = rows[:limit]
            counts = repo.open_counts([ci.id for ci, _name, _key in page])
            items = tuple(_summary(ci, name, counts.get(ci.id, 0)) for ci, name, _key in page)
            more = len(rows) > limit and bool(page)
            cursor = (page[-1][2], page[-1][0].id) if more else None
        return CiList(items, truncated=more, next_after=cursor)

    def types(self) -> list[str]:
        """The defined CI types plus any other type name already in use."""
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            found = set(repo.types_in_use()) | {t.name for t in repo.ci_types()}
        return sorted(found)

    def services(self) -> list[Choice]:
        """Services a CI can belong to (for the service picker)."""
        with self._uow(read_only=True) as uow:
            return [Choice(sid, name, status)
                    for sid, name, status in CmdbRepository(uow.session).services()]

    def pick(self, text: str = "", limit: int = 50) -> list[Choice]:
        """CIs whose name contains ``text`` (the relation and ticket pickers); the detail says
        type and status so a retired CI is recognisable before it is refused."""
        limit = max(1, min(int(limit), 500))
        with self._uow(read_only=True) as uow:
            return [Choice(cid, name, f"{ci_type} · {status}") for cid, name, ci_type, status
                    in CmdbRepository(uow.session).pick(text[:120], limit)]

    def detail(self, ci_id: uuid.UUID, limit: int = 200) -> CiDetail:
        with self._uow(read_only=True) as uow:
            repo = CmdbRepository(uow.session)
            ci = repo.get(ci_id)
            if ci is None:
                raise NotFound("That configuration item no longer exists; refresh the list.")
            incidents = tuple(OpenIncident(*row) for row in repo.open_incidents(ci_id, limit))
            count = repo.open_counts([ci_id]).get(ci_id, 0)
            return CiDetail(_summary(ci, repo.service_name(ci.service_id), count), incidents,
                            _relation_lines(uow, ci_id))

    def open_incidents(self, ci_id: uuid.UUID, limit: int = 200) -> list[OpenIncident]:
        with self._uow(read_only=True) as uow:
            return [OpenIncident(*row)
                    for row in CmdbRepository(uow.session).open_incidents(ci_id, limit)]

    def history(self, ci_id: uuid.UUID, limit: int = 500) -> list[CiHistoryLine]:
        """The CI's changes, newest first: fields, attributes and relations (the audit trail)."""
        limit = max(1, min(int(limit), 5000))
        with self._uow(read_only=True) as uow:
            return [CiHistoryLine(when, who or "system", action, field or "", old or "",
                                  new or "")
                    for when, who, action, field, old, new
                    in CmdbRepository(uow.session).history(ci_id, limit)]

    def save(self, ci_id: uuid.UUID | None, expected_version: int | None,
             values: Mapping[str, Any]) -> CiSummary:
        """Create (``ci_id`` None) or update a CI; validated, version-checked, audited.

        ``values["attributes"]`` (key -> value) are checked against the type's attributes;
        ``values["relations"]`` (RelationEdit or their dict form), when present, is the CI's
        complete set of relations: missing ones are removed (tombstones), new ones added.
        """
        require(self._actor, Action.CREATE if ci_id is None else Action.EDIT, Resource.CI)
        with self._uow() as uow:
            repo = CmdbRepository(uow.session)
            current = None
            if ci_id is not None:
                current = repo.get(ci_id)
                if current is None:
                    raise NotFound("That configuration item no longer exists; refresh the list.")
                if current.version != expected_version:
                    raise ConflictError(CONFLICT_MESSAGE, theirs=_summary(
                        current, repo.service_name(current.service_id),
                        repo.open_counts([ci_id]).get(ci_id, 0)))
            clean = _validated(repo, values, current)
            wanted = _relations_asked(values)
            before = snapshot(current, clean) if current is not None else None
            if current is None:
                current = ConfigurationItem(**clean)
                uow.session.add(current)
            else:
                for name, value in clean.items():
                    setattr(current, name, value)
            uow.flush()
            relation_rows = []
            if wanted is not None:
                relation_rows = _apply_relations(uow, current, wanted)
                if relation_rows and before is not None \
                        and snapshot(current, clean) == before:
                    current.updated_at = utcnow()  # the relation set changed: a new version
                    uow.flush()
            audit(uow, self._actor, "ci", current.id, current.name, before,
                  snapshot(current, clean))
            for other, other_name, old, new in relation_rows:
                # both ends' histories tell it
                audit(uow, self._actor, "ci", current.id, current.name, {"relation": old},
                      {"relation": new})
                if other is not None:
                    audit(uow, self._actor, "ci", other, other_name, {"relation": old},
                          {"relation": new})
            result = _summary(current, repo.service_name(current.service_id),
                              repo.open_counts([current.id]).get(current.id, 0))
            uow.commit()
        return result

    @staticmethod
    def changes(summary: CiSummary, created: bool) -> Changes:
        return Changes("ci", frozenset({summary.id}), created=created)


def _summary(ci: ConfigurationItem, service_name: str | None, open_count: int) -> CiSummary:
    return CiSummary(ci.id, ci.version, ci.name, ci.ci_type, ci.status, ci.service_id,
                     service_name or "", ci.serial_number or "", ci.location or "",
                     ci.description or "", int(open_count),
                     tuple(sorted((ci.attributes or {}).items())))


def _validated(repo: CmdbRepository, values: Mapping[str, Any],
               current: ConfigurationItem | None) -> dict[str, Any]:
    fields: dict[str, str] = {}

    def text(name: str, label: str, limit: int, required: bool = False) -> str | None:
        value = str(values.get(name) or "").strip()
        if required and not value:
            fields[name] = msg("{label} is required; type one.", label=label)
        elif len(value) > limit:
            fields[name] = msg("{label} is {length} characters long; shorten it to {limit} or "
                               "fewer.", label=label, length=len(value), limit=limit)
        return value or None

    name = text("name", "The name", NAME_MAX, required=True)
    ci_type = text("ci_type", "The type", TYPE_MAX, required=True)
    serial = text("serial_number", "The serial number", SERIAL_MAX)
    location = text("location", "The location", LOCATION_MAX)
    description = text("description", "The description", DESCRIPTION_MAX)
    status = str(values.get("status") or "in_use")
    if status not in CI_STATUSES:
        fields["status"] = msg("Choose one of: {ci_statuses}.", ci_statuses=', '.join(CI_STATUSES))
    service_id = values.get("service_id")
    if service_id is not None and not (isinstance(service_id, uuid.UUID)
                                       and repo.service_exists(service_id)):
        fields["service_id"] = "That service no longer exists; choose another."
    attributes: dict[str, Any] | None = None
    if ci_type and "ci_type" not in fields:
        found = repo.ci_type_named(ci_type)
        if found is None:
            fields["ci_type"] = (msg("There is no CI type '{ci_type}'; choose one from the list "
                                     "(an administrator adds types under CI types).",
                                     ci_type=ci_type))
        elif "attributes" in values or current is None or current.ci_type != ci_type:
            given = values.get("attributes") or {}
            if not isinstance(given, Mapping):
                fields["attributes"] = "Attribute values must be given by attribute key."
            else:
                try:
                    attributes = attribute_values(attribute_defs(found.attributes), given)
                except ValidationError as exc:
                    fields.update(exc.fields or {"attributes": str(exc)})
        else:
            attributes = current.attributes
    if fields:
        raise ValidationError.for_fields(fields)
    return {"name": name, "ci_type": ci_type, "status": status, "service_id": service_id,
            "serial_number": serial, "location": location, "description": description,
            "attributes": attributes or None}


# -- relations ---------------------------------------------------------------------------------
def _relations_asked(values: Mapping[str, Any]) -> list[RelationEdit] | None:
    raw = values.get("relations")
    if raw is None:
        return None
    if isinstance(raw, str | bytes) or not hasattr(raw, "__iter__"):
        raise ValidationError("Relations must be a list.", {"relations": "not a list"})
    out: list[RelationEdit] = []
    for item in raw:
        try:
            edit = RelationEdit.of(item)
        except ValueError:
            raise ValidationError("A relation names no CI or service; choose one in the picker.",
                                  {"relations": "incomplete relation"}) from None
        if edit.relation_type not in RELATION_TYPES:
            raise ValidationError(msg("'{relation_type}' is not a relation type; choose one of "
                                      "the list.", relation_type=edit.relation_type),
                                      {"relations": "unknown type"})
        if edit not in out:
            out.append(edit)
    if len(out) > RELATIONS_MAX:
        raise ValidationError(msg("A CI holds at most {relations_max} relations; record a "
                                  "cluster or service component and relate to it instead.",
                                  relations_max=RELATIONS_MAX),
                              {"relations": "too many"})
    return out


def _key(r: CiRelation, ci_id: uuid.UUID) -> RelationEdit:
    if r.source_service_id is not None:
        return RelationEdit(r.relation_type, False, r.source_service_id, True)
    if r.source_ci_id == ci_id:
        return RelationEdit(r.relation_type, True, r.target_ci_id)
    assert r.source_ci_id is not None
    return RelationEdit(r.relation_type, False, r.source_ci_id)


def _phrase(edit: RelationEdit, this: str, other: str) -> str:
    verb = RELATION_LABELS[edit.relation_type][0]
    return f"{this} {verb} {other}" if edit.outgoing else f"{other} {verb} {this}"


def _apply_relations(uow: UnitOfWork, ci: ConfigurationItem, wanted: list[RelationEdit]
                     ) -> list[tuple[uuid.UUID | None, str, str | None, str | None]]:
    """Make ``ci``'s live relations ``wanted``; returns (other CI, its name, old, new) for the
    trail (the other end None for a service).
    Raises ValidationError (the unit of work then saves nothing) for a bad relation."""
    graph = CmdbGraphRepository(uow.session)
    repo = CmdbRepository(uow.session)
    existing = {_key(r, ci.id): r for r in graph.relations_of(ci.id)}
    added = [e for e in wanted if e not in existing]
    removed = [r for k, r in existing.items() if k not in wanted]
    cis = graph.ci_lines({e.other_id for e in added if not e.other_is_service})
    services = graph.service_names({e.other_id for e in wanted if e.other_is_service}
                                   | {k.other_id for k in existing if k.other_is_service})
    names = {cid: line[0] for cid, line in graph.ci_lines(
        {k.other_id for k in existing if not k.other_is_service}).items()}
    names.update({cid: line[0] for cid, line in cis.items()})
    names.update(services)
    if added and ci.status == RETIRED:
        raise ValidationError(msg("{ci_name} is retired; a retired CI takes no new relations. "
                                  "Put it back in use first.", ci_name=ci.name),
                                  {"relations": "retired"})
    for edit in added:
        if edit.other_is_service:
            if edit.outgoing or edit.other_id not in services \
                    or not repo.service_exists(edit.other_id):
                raise ValidationError("That service no longer exists; choose another.",
                                      {"relations": "no service"})
            if edit.relation_type not in SERVICE_RELATIONS:
                raise ValidationError(
                    "A service depends on, uses or runs on a CI; choose one of those.",
                    {"relations": "service relation"})
            continue
        if edit.other_id == ci.id:
            raise ValidationError(msg("{ci_name} cannot be related to itself; choose another CI.",
                                      ci_name=ci.name),
                                  {"relations": "itself"})
        line = cis.get(edit.other_id)
        if line is None or repo.get(edit.other_id) is None:
            raise ValidationError("A related CI no longer exists; choose another.",
                                  {"relations": "no CI"})
        if line[2] == RETIRED:
            raise ValidationError(msg("{line} is retired; relate {ci_name} to a CI in use.",
                                      line=line[0], ci_name=ci.name),
                                  {"relations": "retired"})
    now = utcnow()
    trail: list[tuple[uuid.UUID | None, str, str | None, str | None]] = []

    def note(edit: RelationEdit, old: bool) -> None:
        other = names.get(edit.other_id, "?")
        phrase = _phrase(edit, ci.name, other)
        trail.append((None if edit.other_is_service else edit.other_id, other,
                      phrase if old else None, None if old else phrase))

    for r in removed:
        r.deleted_at = now
        note(_key(r, ci.id), old=True)
    for edit in added:
        if edit.other_is_service:
            row = CiRelation(relation_type=edit.relation_type, source_service_id=edit.other_id,
                             target_ci_id=ci.id)
        elif edit.outgoing:
            row = CiRelation(relation_type=edit.relation_type, source_ci_id=ci.id,
                             target_ci_id=edit.other_id)
        else:
            row = CiRelation(relation_type=edit.relation_type, source_ci_id=edit.other_id,
                             target_ci_id=ci.id)
        uow.session.add(row)
        note(edit, old=False)
    uow.flush()
    for edit in added:
        if edit.relation_type != RelationType.PART_OF or edit.other_is_service:
            continue
        part, whole = (ci.id, edit.other_id) if edit.outgoing else (edit.other_id, ci.id)
        if graph.part_of_reaches(whole, part):
            raise ValidationError(
                msg("{edit} would make a loop of 'part of' (something would be part of itself); "
                    "remove one of them.",
                    edit=_phrase(edit, ci.name, names.get(edit.other_id, '?'))),
                {"relations": "cycle"})
    return trail


def _relation_lines(uow: UnitOfWork, ci_id: uuid.UUID) -> tuple[RelationLine, ...]:
    graph = CmdbGraphRepository(uow.session)
    rows = graph.relations_of(ci_id)
    keys = [(r, _key(r, ci_id)) for r in rows]
    lines = graph.ci_lines({k.other_id for _r, k in keys if not k.other_is_service})
    services = graph.service_names({k.other_id for _r, k in keys if k.other_is_service})
    out = []
    for r, k in keys:
        if k.other_is_service:
            name, status = services.get(k.other_id, "?"), ""
        else:
            line = lines.get(k.other_id)
            name, status = (line[0], line[2]) if line else ("?", "")
        out.append(RelationLine(r.id, r.relation_type, k.outgoing, k.other_id, name,
                                k.other_is_service, status))
    order = {t: n for n, t in enumerate(RELATION_TYPES)}
    return tuple(sorted(out, key=lambda line: (not line.outgoing, order[line.relation_type],
                                               line.other_name.lower())))
