"""Lookups for pickers and completion: callers, teams, staff, services, CIs; new callers."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import String, func, select
from sqlalchemy.exc import IntegrityError

from deskapp.db.models import Organisation, Person
from deskapp.domain.ids import new_id
from deskapp.domain.incident import validate_text
from deskapp.errors import ValidationError
from deskapp.repositories.uow import UnitOfWorkFactory
from deskapp.services.dto import CallerDTO, Choice


def _length(column: object) -> int:
    kind = getattr(column, "type", None)
    assert isinstance(kind, String) and kind.length is not None
    return int(kind.length)


#: Field limits of a caller, read from the columns so the form and the table never disagree.
CALLER_NAME_MAX = _length(Person.__table__.c.full_name)
CALLER_EMAIL_MAX = _length(Person.__table__.c.email)
CALLER_PHONE_MAX = _length(Person.__table__.c.phone)
ORGANISATION_MAX = _length(Organisation.__table__.c.name)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CallerDraft:
    full_name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""


def caller_errors(draft: CallerDraft) -> dict[str, str]:
    """The rules for a new caller (no database needed): the dialog shows them inline."""
    fields: dict[str, str] = {}
    validate_text(fields, "full_name", draft.full_name, label="Name", required=True,
                  limit=CALLER_NAME_MAX)
    email = validate_text(fields, "email", draft.email, label="E-mail", required=False,
                          limit=CALLER_EMAIL_MAX)
    if email and "email" not in fields and not _EMAIL.match(email):
        fields["email"] = "E-mail needs the form name@example.com."
    validate_text(fields, "phone", draft.phone, label="Phone", required=False,
                  limit=CALLER_PHONE_MAX)
    validate_text(fields, "organisation", draft.organisation, label="Organisation",
                  required=False, limit=ORGANISATION_MAX)
    return fields


class ReferenceService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def callers(self, text: str, limit: int = 20) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(p.id, p.full_name, p.email or "")
                    for p in uow.people.search(text, limit)]

    def teams(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(t.id, t.name) for t in uow.staff.teams()]

    def team_members(self, team_id: uuid.UUID) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.full_name, s.username) for s in uow.staff.members(team_id)]

    def staff(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.full_name, s.username) for s in uow.staff.active()]

    def services(self) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(s.id, s.name, s.portfolio_status) for s in uow.catalog.services()]

    def cis(self, service_id: uuid.UUID | None = None) -> list[Choice]:
        with self._uow(read_only=True) as uow:
            return [Choice(c.id, c.name, c.ci_type) for c in uow.catalog.cis(service_id)]

    def create_caller(self, draft: CallerDraft) -> CallerDTO:
        """Add a caller the desk does not know yet (an empty desk has none). An organisation
        is matched by name, case-insensitively, and created when new."""
        fields = caller_errors(draft)
        if fields:
            raise ValidationError.for_fields(fields)
        org_name = draft.organisation.strip()
        with self._uow() as uow:
            s = uow.session
            organisation = None
            if org_name:
                organisation = s.scalars(select(Organisation).where(
                    func.lower(Organisation.name) == org_name.lower(),
                    Organisation.deleted_at.is_(None))).first()
                if organisation is None:
                    taken = s.scalars(select(Organisation.name).where(
                        func.lower(Organisation.name) == org_name.lower())).first()
                    if taken is not None:  # a removed organisation still holds the name
                        raise ValidationError.for_fields({"organisation": (
                            f"An organisation named '{taken}' was removed; choose another "
                            "name or ask an administrator to restore it.")})
                    organisation = Organisation(id=new_id(), name=org_name)
                    s.add(organisation)
                    try:
                        with s.begin_nested():
                            s.flush()
                    except IntegrityError:  # another agent added it a moment ago: use theirs
                        organisation = s.scalars(select(Organisation).where(
                            func.lower(Organisation.name) == org_name.lower(),
                            Organisation.deleted_at.is_(None))).first()
                        if organisation is None:
                            raise ValidationError.for_fields({"organisation": (
                                "That organisation name is taken; choose another.")}) from None
            person = Person(id=new_id(), full_name=draft.full_name.strip(),
                            email=draft.email.strip() or None, phone=draft.phone.strip() or None,
                            organisation_id=organisation.id if organisation else None)
            uow.people.add(person)
            uow.commit()
            return CallerDTO(person.id, person.full_name, person.email or "",
                             person.phone or "", organisation.name if organisation else "")
