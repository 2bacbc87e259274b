"""Lookups for pickers and completion: callers, teams, staff, services, CIs; new callers,
with the caller rules (e-mail, phone, likely duplicates) the people window shares."""

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
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, Resource, require
from deskapp.services.dto import Actor, CallerDTO, Choice


def _length(column: object) -> int:
    kind = getattr(column, "type", None)
    assert isinstance(kind, String) and kind.length is not None
    return int(kind.length)


#: Field limits of a caller, read from the columns so the form and the table never disagree.
CALLER_NAME_MAX = _length(Person.__table__.c.full_name)
CALLER_EMAIL_MAX = _length(Person.__table__.c.email)
#: A phone number is 5-30 characters (the column holds a little more for old data).
CALLER_PHONE_MIN = 5
CALLER_PHONE_MAX = min(30, _length(Person.__table__.c.phone))
ORGANISATION_MAX = _length(Organisation.__table__.c.name)

# An address people can type and a mail server accepts: a dot-atom local part (letters, digits
# and RFC 5322's specials; no leading, trailing or double dot) of at most 64 characters, then a
# domain of dot-separated labels (letters, digits, inner hyphens, at most 63 each) ending in a
# top-level domain of two or more letters (or a punycode "xn--" one). Quoted local parts and
# IP-literal domains are legal but never typed at a service desk, so they are refused.
_LOCAL_CHAR = r"[\w!#$%&'*+/=?^`{|}~-]"
_EMAIL = re.compile(
    rf"^{_LOCAL_CHAR}+(?:\.{_LOCAL_CHAR}+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})$",
    re.IGNORECASE)
# Digits, spaces, ( ) - / and one leading +, then an optional extension ("x 12", "ext. 12").
_PHONE = re.compile(
    r"^\+?[\d\s()\-/]+?(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$", re.IGNORECASE)
_PHONE_MIN_DIGITS = 5


@dataclass(frozen=True)
class CallerDraft:
    """What a person typed for a caller. ``accepted_duplicates`` are the likely duplicates the
    person was shown and chose to create the caller beside ("Create anyway")."""

    full_name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    accepted_duplicates: frozenset[uuid.UUID] = frozenset()
    #: True: save ``manager_id`` too (None clears it); False: the manager stays as it is
    set_manager: bool = False
    manager_id: uuid.UUID | None = None


def normalise_name(name: str) -> str:
    """A name as stored: trimmed, inner runs of white space as one space."""
    return " ".join(name.split())


def phone_digits(phone: str | None) -> str:
    """The digits of a phone number, so "+44 (20) 7946-0000" matches "+44 20 7946 0000"."""
    return "".join(ch for ch in phone or "" if ch.isdigit())


def email_error(email: str) -> str | None:
    if not _EMAIL.match(email) or len(email.split("@", 1)[0]) > 64:
        return "E-mail needs the form name@example.com."
    return None


def phone_error(phone: str) -> str | None:
    if len(phone) < CALLER_PHONE_MIN:
        return f"Phone needs at least {CALLER_PHONE_MIN} characters."
    if not _PHONE.match(phone) or len(phone_digits(phone)) < _PHONE_MIN_DIGITS:
        return ("Phone may hold digits, spaces, a leading +, - ( ) / and an extension "
                "(\"x 12\" or \"ext. 12\").")
    return None


def caller_errors(draft: CallerDraft) -> dict[str, str]:
    """The rules for a caller (no database needed): the dialogs show them inline."""
    fields: dict[str, str] = {}
    validate_text(fields, "full_name", draft.full_name, label="Name", required=True,
                  limit=CALLER_NAME_MAX)
    email = validate_text(fields, "email", draft.email, label="E-mail", required=False,
                          limit=CALLER_EMAIL_MAX)
    if email and "email" not in fields and (problem := email_error(email)):
        fields["email"] = problem
    phone = validate_text(fields, "phone", draft.phone, label="Phone", required=False,
                          limit=CALLER_PHONE_MAX)
    if phone and "phone" not in fields and (problem := phone_error(phone)):
        fields["phone"] = problem
    validate_text(fields, "organisation", draft.organisation, label="Organisation",
                  required=False, limit=ORGANISATION_MAX)
    return fields


class DuplicateCallerError(ValidationError):
    """The desk already knows a caller with this e-mail, or with this name and phone.

    ``existing`` holds them (most likely first) so the dialog can offer "Use existing caller"
    or "Create anyway"."""

    def __init__(self, message: str, existing: tuple[CallerDTO, ...]) -> None:
        super().__init__(message)
        self.existing = existing


def caller_dto(person: Person, organisation: str | None,
               manager: Person | None = None) -> CallerDTO:
    return CallerDTO(person.id, person.full_name, person.email or "", person.phone or "",
                     organisation or "", version=person.version,
                     organisation_id=person.organisation_id,
                     manager_id=manager.id if manager else None,
                     manager_name=manager.full_name if manager else "")


def find_duplicates(uow: UnitOfWork, draft: CallerDraft,
                    exclude: uuid.UUID | None = None) -> tuple[CallerDTO, ...]:
    """Live callers with the draft's e-mail (any case), or its name (any case and spacing)
    and phone (the same digits); those with the same e-mail first."""
    found = uow.people.likely_duplicates(normalise_name(draft.full_name), draft.email.strip(),
                                         phone_digits(draft.phone), exclude)
    return tuple(caller_dto(person, org) for person, org in found)


def duplicate_message(draft: CallerDraft, existing: tuple[CallerDTO, ...]) -> str:
    first = existing[0]
    email = draft.email.strip().lower()
    why = (f"the e-mail {first.email}" if email and
           first.email.lower() == email else "the same name and phone")
    more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
    return (f"{first.full_name} already has {why}{more}: use the existing caller, or create "
            "the new one anyway if they are a different person.")


class ReferenceService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor) -> None:
        self._uow = uow
        self._actor = actor

    def callers(self, text: str, limit: int = 20) -> list[Choice]:
        """Completion entries: the name, and "e-mail · Organisation" to tell namesakes apart."""
        with self._uow(read_only=True) as uow:
            return [caller_dto(p, org).choice
                    for p, org in uow.people.search_with_organisation(text, limit)]

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
        is matched by name, case-insensitively, and created when new.

        A likely duplicate (same e-mail, or same name and phone) the person has not accepted
        raises :class:`DuplicateCallerError` carrying the existing callers."""
        require(self._actor, Action.CREATE, Resource.PERSON)
        fields = caller_errors(draft)
        if fields:
            raise ValidationError.for_fields(fields)
        with self._uow() as uow:
            existing = tuple(c for c in find_duplicates(uow, draft)
                             if c.id not in draft.accepted_duplicates)
            if existing:
                raise DuplicateCallerError(duplicate_message(draft, existing), existing)
            organisation = organisation_named(uow, draft.organisation.strip())
            person = Person(id=new_id(), full_name=normalise_name(draft.full_name),
                            email=draft.email.strip() or None, phone=draft.phone.strip() or None,
                            organisation_id=organisation.id if organisation else None)
            uow.people.add(person)
            uow.flush()
            dto = caller_dto(person, organisation.name if organisation else None)
            uow.commit()
            return dto


def organisation_named(uow: UnitOfWork, org_name: str) -> Organisation | None:
    """The live organisation of that name (any case), created when new; None for no name."""
    organisation = None
    s = uow.session
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
    return organisation
