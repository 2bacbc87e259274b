"""Writing the audit trail: one helper every reference service calls inside its unit of work.

Work items keep their history in ``ticket_events``; everything else a person changes (services,
CIs, SLAs, calendars, resolution codes, shared queues, staff, roles, teams, members, settings,
erasures, the change plan) is written here as ``audit_events`` rows in the same transaction as
the change, so a change is never saved without its trail nor the other way round.

Use::

    before = snapshot(record, FIELDS)        # None for a new record
    ... change the record, flush ...
    audit(uow, actor, "service", record.id, record.name, before, snapshot(record, FIELDS))

One row per changed field (``changed``); for a new record one ``created`` row naming it and one
per field it was given; one ``deleted`` row for a deletion. Values are stored as text; a change
that changes nothing writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import AuditEvent
from deskapp.domain.ids import new_id
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.dto import Actor

Snapshot = Mapping[str, str | None]
LABEL_MAX = int(AuditEvent.__table__.c.record_label.type.length)  # type: ignore[attr-defined]

#: What the audit view calls each record type.
RECORD_TYPES: Mapping[str, str] = {
    "service": "Service", "ci": "Configuration item", "ci_type": "CI type", "sla": "SLA",
    "calendar": "Business calendar", "resolution_code": "Resolution code", "queue": "Queue",
    "staff": "Staff member", "team": "Team", "setting": "Desk setting", "person": "Caller",
    "organisation": "Organisation", "department": "Department",
    "access_system": "Access system", "entitlement": "Entitlement",
    "change_template": "Standard change", "cab_rule": "CAB rule",
    "freeze_window": "Freeze window", "release": "Release",
}


def text(value: Any) -> str | None:
    """A value as the trail stores it."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(v) for v in value))
    return str(value)


def snapshot(record: Any, fields: Iterable[str]) -> dict[str, str | None]:
    """The audited fields of ``record`` as text (take one before and one after a change)."""
    return {name: text(getattr(record, name)) for name in fields}


#: Who the trail names when the admin CLI works without a staff record (a superuser login,
#: or a new SQLite desk): PostgreSQL's trigger still stamps the database login's staff record
#: when there is one.
CLI_LOGIN = "deskapp-admin"


def audit(uow: UnitOfWork, actor: Actor | None, record_type: str,
          record_id: uuid.UUID | None, label: str | None, before: Snapshot | None,
          after: Snapshot | None, *, action: str | None = None) -> int:
    """Add the trail rows for one record's change to ``uow`` (not committed here).

    ``before`` None: the record was created; ``after`` None: it was deleted; both given: one
    row per field whose text differs. ``action`` overrides the verb ("erased", "disabled" ...).
    ``actor`` None: the admin CLI (:data:`CLI_LOGIN`). Returns how many rows were written.
    """
    now = utcnow()
    actor_id = actor.staff_id if actor is not None else None
    login = (actor.username if actor is not None else CLI_LOGIN)[:63]

    def row(verb: str, field: str | None, old: str | None, new: str | None) -> AuditEvent:
        return AuditEvent(id=new_id(), occurred_at=now, actor_id=actor_id,
                          actor_login=login, record_type=record_type,
                          record_id=record_id, record_label=(label or "")[:LABEL_MAX] or None,
                          action=verb, field=field, old_value=old, new_value=new)

    rows: list[AuditEvent] = []
    if before is None:
        rows.append(row(action or "created", None, None, label))
        rows.extend(row(action or "created", name, None, value)
                    for name, value in (after or {}).items() if value is not None)
    elif after is None:
        rows.append(row(action or "deleted", None, label, None))
    else:
        rows.extend(row(action or "changed", name, before.get(name), after.get(name))
                    for name in dict.fromkeys([*after, *before])
                    if before.get(name) != after.get(name))
    uow.session.add_all(rows)
    return len(rows)
