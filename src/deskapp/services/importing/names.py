"""Names in an export resolved to DeskApp records, creating the ones the desk does not have.

A caller, team, staff member, service or CI named in a file is found by its exact name (staff
also by login); one that does not exist is created with that name: callers, teams, services
and CIs as plain records, staff without a login (inactive, no roles, so nobody can sign in as
them until an administrator adds them with ``deskapp-admin staff add``). New records wait in
the batch's transaction and join the book only when it commits.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import datetime
from typing import Any

from deskapp.db.models import ConfigurationItem, Person, Service, StaffUser, Team
from deskapp.domain.ids import new_id
from deskapp.repositories.importing import ImportRepository
from deskapp.repositories.uow import UnitOfWork
from deskapp.services.audit import audit
from deskapp.services.dto import Actor

KINDS = ("caller", "team", "staff", "service", "ci")
#: what the audit trail calls each kind's records
TRAIL: dict[str, str] = {"caller": "person", "team": "team", "staff": "staff",
                         "service": "service", "ci": "ci"}
TABLES: dict[str, Any] = {
    "caller": Person.__table__, "team": Team.__table__, "staff": StaffUser.__table__,
    "service": Service.__table__, "ci": ConfigurationItem.__table__}
IMPORTED_CI_TYPE = "imported"
_USERNAME_MAX = 63


class NameBook:
    def __init__(self, repo: ImportRepository) -> None:
        self._known: dict[str, dict[str, uuid.UUID]] = {
            "caller": repo.people_by_name(), "team": repo.teams_by_name(),
            "staff": repo.staff_by_name(), "service": repo.services_by_name(),
            "ci": repo.cis_by_name()}
        self._usernames = repo.usernames()
        self._pending: dict[str, dict[str, uuid.UUID]] = {k: {} for k in KINDS}
        self._rows: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
        self.created: Counter[str] = Counter()

    def lookup(self, kind: str, name: str | None) -> uuid.UUID | None:
        if name is None:
            return None
        return self._known[kind].get(name) or self._pending[kind].get(name)

    def resolve(self, kind: str, name: str | None, now: datetime) -> uuid.UUID | None:
        """The record called ``name`` (created in this batch if the desk has none)."""
        if name is None:
            return None
        found = self.lookup(kind, name)
        if found is not None:
            return found
        ident = new_id()
        row: dict[str, Any] = {"id": ident, "version": 1, "created_at": now, "updated_at": now,
                               "deleted_at": None}
        if kind == "caller":
            row.update(full_name=name, email=None, phone=None, organisation_id=None,
                       department_id=None, vip=False)
        elif kind == "team":
            row.update(name=name, description="Created by an import", email=None)
        elif kind == "staff":
            row.update(username=self._username(name), full_name=name, email=None, active=False)
        elif kind == "service":
            row.update(name=name, description="Created by an import",
                       portfolio_status="catalogue", business_owner=None, owner_team_id=None,
                       criticality="medium", annual_value=None, annual_cost=None, sla_id=None)
        else:
            row.update(name=name, ci_type=IMPORTED_CI_TYPE, status="in_use", service_id=None,
                       serial_number=None, location=None, description="Created by an import")
        self._pending[kind][name] = ident
        self._rows[kind].append(row)
        return ident

    def would_create(self, kind: str, name: str | None) -> None:
        """Dry run: count ``name`` as a record the import would create."""
        if name is not None and self.lookup(kind, name) is None:
            self._pending[kind][name] = new_id()
            self.created[kind] += 1

    def _username(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", ".", name.lower()).strip(".")[:_USERNAME_MAX - 8] \
            or "imported"
        candidate, n = base, 1
        while candidate in self._usernames:
            n += 1
            candidate = f"{base}.{n}"
        self._usernames.add(candidate)
        return candidate

    def write(self, repo: ImportRepository, uow: UnitOfWork, actor: Actor | None) -> None:
        """Insert this batch's new records (before the rows that refer to them), each in the
        audit trail as imported."""
        for kind in KINDS:
            if self._rows[kind]:
                repo.insert(TABLES[kind], self._rows[kind])
            for row in self._rows[kind]:
                name = row.get("name") or row["full_name"]
                audit(uow, actor, TRAIL[kind], row["id"], name, None, {"name": name},
                      action="imported")

    def committed(self) -> None:
        for kind in KINDS:
            self._known[kind].update(self._pending[kind])
            self.created[kind] += len(self._rows[kind])
            self._pending[kind].clear()
            self._rows[kind].clear()

    def rolled_back(self) -> None:
        for kind in KINDS:
            self._pending[kind].clear()
            self._rows[kind].clear()
