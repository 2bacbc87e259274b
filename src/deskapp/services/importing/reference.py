"""Importing callers, organisations, CIs and services from CSV, matched by name.

A row whose record exists (callers: same e-mail address, else same name) updates the fields
the file fills and that differ; a new name is created; an organisation, department or service
named in a row and missing is created too. Batches of rows are one transaction each, so a
re-import changes nothing and an interrupted one is finished by running it again.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from deskapp.db.base import utcnow
from deskapp.db.models import ConfigurationItem, Department, Organisation, Person, Service
from deskapp.domain.ids import new_id
from deskapp.domain.importing.mapping import ColumnMapping
from deskapp.domain.importing.values import clean, looks_like_formula, parse_bool
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, text
from deskapp.services.authorization import require
from deskapp.services.dto import Actor
from deskapp.services.importing.reader import (
    RawRow,
    RowProblem,
    Summary,
    detect,
    file_error,
    read_rows,
)
from deskapp.services.portfolio_dto import CI_STATUSES, CRITICALITIES, PORTFOLIO_STATUSES

BATCH = 500
LIMITS = {"full_name": 120, "email": 254, "phone": 40, "organisation": 120,
          "department": 120, "name": 120, "ci_type": 40, "serial_number": 80,
          "location": 120, "business_owner": 120}


@dataclass(frozen=True)
class ReferenceSummary(Summary):
    kind: str = ""

    def extra_json(self) -> dict[str, Any]:
        return {"kind": self.kind}


#: kind -> (what the permission rules call it, what the audit trail calls its records)
PROTECTED: dict[str, tuple[str, str]] = {
    "organisations": (Resource.PERSON, "organisation"), "callers": (Resource.PERSON, "person"),
    "services": (Resource.SERVICE, "service"), "cis": (Resource.CI, "ci")}
#: records created on the way (a caller's organisation, a CI's service)
_TRAIL_TYPES: dict[Any, str] = {Organisation: "organisation", Department: "department",
                                Service: "service"}


class ReferenceImporter:
    """Creates and updates reference records from a file, each change in the audit trail.

    ``actor`` is the person importing (the app): they need the rights to create and change
    that kind of record. None is the admin CLI, which the database itself holds to its login's
    rights; its trail rows name ``deskapp-admin``.
    """

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor | None = None) -> None:
        self._uow = uow
        self._actor = actor

    def run(self, kind: str, path: Path, *, mapping: ColumnMapping | None = None,
            dry_run: bool = False,
            progress: Callable[[str, int, int], None] | None = None,
            should_stop: Callable[[], bool] = lambda: False) -> ReferenceSummary:
        """Import ``path``; ``should_stop()`` is asked between batches (each one whole)."""
        started = time.monotonic()
        path = Path(path)
        if kind not in PROTECTED:
            raise ValidationError(msg("DeskApp cannot import '{kind}'.", kind=kind))
        if self._actor is not None:
            for action in (Action.CREATE, Action.EDIT):
                require(self._actor, action, PROTECTED[kind][0])
        actor = self._actor
        mapping = mapping or ColumnMapping(kind=kind)
        if mapping.kind != kind:
            raise ValidationError(msg("The mapping is for {kind}, not {wanted}; choose another "
                                      "mapping file.", kind=mapping.kind, wanted=kind))
        shape = detect(path)
        resolved = mapping.resolve(shape.headers)
        missing = mapping.missing_required(resolved)
        if missing:
            raise file_error(path, f"it has no {missing[0].label.lower()} column (map one with "
                                   "a mapping file)")
        rejected: list[RowProblem] = []
        warnings: list[RowProblem] = []
        counts: Counter[str] = Counter()
        rows = unreadable = 0
        cancelled = False
        batch: list[tuple[int, dict[str, str | None]]] = []

        def flush() -> None:
            with self._uow(read_only=dry_run) as uow:
                for line, values in batch:
                    try:
                        counts[_apply(uow, kind, values, actor)] += 1
                    except ValueError as exc:
                        rejected.append(RowProblem(line, str(exc)))
                if not dry_run:
                    uow.commit()
            batch.clear()

        for item in read_rows(path, shape, progress=(
                (lambda d, t: progress("Reading", d, t)) if progress else None)):
            if isinstance(item, RowProblem):
                rejected.append(item)
                unreadable += 1
                continue
            rows += 1
            values = _cells(item, resolved, warnings)
            batch.append((item.line, values))
            if len(batch) >= BATCH:
                flush()
                if should_stop():
                    cancelled = True
                    break
        if batch and not cancelled:
            flush()
        return ReferenceSummary(
            file=str(path), dry_run=dry_run, cancelled=cancelled, rows_read=rows + unreadable,
            created=counts["created"], updated=counts["updated"],
            unchanged=counts["unchanged"], rejected=tuple(rejected), warnings=tuple(warnings),
            seconds=time.monotonic() - started, kind=kind)


def _cells(item: RawRow, resolved: Mapping[str, int],
           warnings: list[RowProblem]) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for key, i in resolved.items():
        text = clean(item.cells[i])
        if text is not None and looks_like_formula(text):
            warnings.append(RowProblem(item.line, f"{key} '{text[:40]}' looks like a "
                                                  "spreadsheet formula; kept as text"))
        values[key] = text
    return values


def _text(values: Mapping[str, str | None], key: str, *, required: bool = False) -> str | None:
    text = values.get(key)
    if text is None:
        if required:
            raise ValueError(f"it has no {key.replace('_', ' ')}")
        return None
    limit = LIMITS.get(key)
    if limit is not None and len(text) > limit:
        raise ValueError(f"{key} is {len(text)} characters long; the limit is {limit}")
    return text


def _choice(values: Mapping[str, str | None], key: str, allowed: tuple[str, ...]) -> str | None:
    text = values.get(key)
    if text is None:
        return None
    word = text.strip().lower().replace(" ", "_" if "_" in "".join(allowed) else " ")
    if word not in allowed:
        raise ValueError(f"{key} '{text}' is not one of {', '.join(allowed)}")
    return word


def _apply(uow: UnitOfWork, kind: str, values: Mapping[str, str | None],
           actor: Actor | None = None) -> str:
    """Create or update one record, with its audit trail; 'created', 'updated' or
    'unchanged'."""
    session = uow.session
    trail = PROTECTED[kind][1]
    now = utcnow()
    wanted: dict[str, Any]
    found: Any
    if kind == "organisations":
        name = _text(values, "name", required=True)
        found = session.scalar(select(Organisation).where(Organisation.name == name))
        wanted = {"name": name}
        model: Any = Organisation
    elif kind == "services":
        name = _text(values, "name", required=True)
        found = session.scalar(select(Service).where(Service.name == name))
        wanted = {"name": name, "description": values.get("description"),
                  "business_owner": _text(values, "business_owner"),
                  "criticality": _choice(values, "criticality", CRITICALITIES),
                  "portfolio_status": _choice(values, "portfolio_status", PORTFOLIO_STATUSES)}
        model = Service
    elif kind == "cis":
        name = _text(values, "name", required=True)
        found = session.scalar(select(ConfigurationItem).where(
            ConfigurationItem.name == name, ConfigurationItem.deleted_at.is_(None)))
        service = _text(values, "service")
        wanted = {"name": name, "ci_type": (_text(values, "ci_type") or "").lower() or None,
                  "status": _choice(values, "status", CI_STATUSES),
                  "service_id": _named(uow, Service, now, actor, name=service) if service else None,
                  "serial_number": _text(values, "serial_number"),
                  "location": _text(values, "location"),
                  "description": values.get("description")}
        model = ConfigurationItem
    elif kind == "callers":
        name = _text(values, "full_name", required=True)
        email = _text(values, "email")
        found = None
        if email:
            found = session.scalar(select(Person).where(Person.email == email,
                                                        Person.deleted_at.is_(None)).limit(1))
        if found is None:
            found = session.scalar(select(Person).where(Person.full_name == name,
                                                        Person.deleted_at.is_(None)).limit(1))
        try:
            vip = parse_bool(values.get("vip"))
        except ValueError as exc:
            raise ValueError(f"vip: {exc}") from None
        phone = _text(values, "phone")
        org = _text(values, "organisation")
        dept = _text(values, "department")
        org_id = _named(uow, Organisation, now, actor, name=org) if org else None
        wanted = {"full_name": name, "email": email, "phone": phone,
                  "organisation_id": org_id,
                  "department_id": _named(uow, Department, now, actor, organisation_id=org_id,
                                          name=dept) if org_id and dept else None,
                  "vip": vip}
        model = Person
    else:
        raise ValidationError(msg("DeskApp cannot import '{kind}'.", kind=kind))
    wanted = {k: v for k, v in wanted.items() if v is not None}
    label = str(wanted.get("name") or wanted.get("full_name"))
    if found is None:
        if model is ConfigurationItem:
            wanted.setdefault("ci_type", "other")
        ident = new_id()
        session.add(model(id=ident, created_at=now, updated_at=now, **wanted))
        session.flush()
        audit(uow, actor, trail, ident, label, None, {k: text(v) for k, v in wanted.items()},
              action="imported")
        return "created"
    changed = {k: v for k, v in wanted.items() if getattr(found, k) != v}
    if not changed:
        return "unchanged"
    before = {k: text(getattr(found, k)) for k in changed}
    for key, value in changed.items():
        setattr(found, key, value)
    session.flush()
    audit(uow, actor, trail, found.id, label, before, {k: text(v) for k, v in changed.items()})
    return "updated"


def _named(uow: UnitOfWork, model: Any, now: Any, actor: Actor | None, **key: Any) -> Any:
    """The id of the ``model`` record with these values (``name`` and any parent), created
    first (and written to the audit trail) when there is none."""
    found = uow.session.scalar(select(model.id).where(
        *(getattr(model, column) == value for column, value in key.items())))
    if found is None:
        found = new_id()
        uow.session.add(model(id=found, created_at=now, updated_at=now, **key))
        uow.session.flush()
        audit(uow, actor, _TRAIL_TYPES[model], found, key["name"], None,
              {"name": key["name"]}, action="imported")
    return found
