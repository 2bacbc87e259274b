"""Callers on SQLite and PostgreSQL: new callers from the incident form (required name, length
limits, e-mail and phone rules, organisations matched by name, likely duplicates), and the
people window's edits and merges of callers and organisations."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Department, Organisation, Person
from deskapp.domain.ids import new_id
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.reference import (
    CALLER_NAME_MAX,
    CALLER_PHONE_MAX,
    CallerDraft,
    DuplicateCallerError,
    caller_errors,
)


def test_create_caller_then_find_and_use_them(services: Services, database: Database) -> None:
    created = services.reference.create_caller(
        CallerDraft("  Casey Newcomer ", "casey@example.com", "+44 20 7946 0000", "Acme Ltd"))
    assert (created.full_name, created.email, created.organisation) == (
        "Casey Newcomer", "casey@example.com", "Acme Ltd")
    assert [c.id for c in services.reference.callers("case")] == [created.id]
    # a second caller of the same organisation (typed in another case) joins it
    other = services.reference.create_caller(CallerDraft("Robin Second", organisation="ACME LTD"))
    assert other.organisation == "Acme Ltd" and other.email == ""
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 1
        person = uow.session.get(Person, other.id)
        assert person is not None and person.email is None and person.phone is None
    incident = services.incidents.create({"title": "Laptop will not boot", "impact": 3,
                                          "urgency": 3, "caller_id": created.id})
    assert incident.caller is not None and incident.caller.label == "Casey Newcomer"


@pytest.mark.parametrize(("draft", "field", "words"), [
    (CallerDraft("   "), "full_name", "required"),
    (CallerDraft("x" * (CALLER_NAME_MAX + 1)), "full_name", f"limit is {CALLER_NAME_MAX}"),
    (CallerDraft("Pat", email="not-an-address"), "email", "name@example.com"),
    (CallerDraft("Pat", phone="1" * (CALLER_PHONE_MAX + 1)), "phone", "limit"),
])
def test_bad_callers_are_refused_with_the_field(services: Services, database: Database,
                                               draft: CallerDraft, field: str,
                                               words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.reference.create_caller(draft)
    assert words in caught.value.fields[field]
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_name_at_the_column_limit_is_stored_whole(services: Services) -> None:
    name = "N" * CALLER_NAME_MAX
    assert services.reference.create_caller(CallerDraft(name)).full_name == name


def test_ensure_staff_refuses_a_name_longer_than_the_column(database: Database) -> None:
    from deskapp.services.staff import FULL_NAME_MAX, ensure_staff

    with pytest.raises(ValidationError) as caught:
        ensure_staff(database.uow, "long.name", "y" * (FULL_NAME_MAX + 1))
    assert "full_name" in caught.value.fields
    assert ensure_staff(database.uow, "ok.name", "y" * FULL_NAME_MAX).full_name == \
        "y" * FULL_NAME_MAX


def test_a_removed_organisations_name_is_refused_with_the_field(services: Services,
                                                                database: Database) -> None:
    services.reference.create_caller(CallerDraft("First Caller", organisation="Gone Ltd"))
    with database.uow() as uow:
        org = uow.session.scalars(select(Organisation)).one()
        org.deleted_at = func.now()
        uow.commit()
    with pytest.raises(ValidationError) as caught:
        services.reference.create_caller(CallerDraft("Second Caller", organisation="gone ltd"))
    assert "was removed" in caught.value.fields["organisation"]
    with database.uow(read_only=True) as uow:  # nothing half-written
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 1


# -- issue 13: likely duplicates, e-mail and phone rules, edit and merge --------------------------

def _incident(services: Services, caller_id: uuid.UUID, title: str = "Printer jams") -> uuid.UUID:
    return services.incidents.create({"title": title, "impact": 3, "urgency": 3,
                                      "caller_id": caller_id}).id


def test_an_exact_duplicate_is_refused_with_the_existing_caller(services: Services,
                                                                database: Database) -> None:
    first = services.reference.create_caller(
        CallerDraft("Casey Newcomer", "Casey@Example.com", organisation="Acme Ltd"))
    with pytest.raises(DuplicateCallerError) as caught:
        services.reference.create_caller(CallerDraft("Casey Newcomer", "casey@example.COM"))
    assert [c.id for c in caught.value.existing] == [first.id]
    assert caught.value.existing[0].organisation == "Acme Ltd"
    assert "Casey@Example.com" in str(caught.value)
    # another name with the same e-mail is likely the same person too
    with pytest.raises(DuplicateCallerError):
        services.reference.create_caller(CallerDraft("C. Newcomer", " CASEY@example.com "))
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 1
    # "Create anyway": the person saw that caller and says it is someone else
    second = services.reference.create_caller(CallerDraft(
        "Casey Newcomer", "casey@example.com", accepted_duplicates=frozenset({first.id})))
    assert second.id != first.id


def test_same_name_and_phone_is_a_likely_duplicate_after_normalising(
        services: Services) -> None:
    first = services.reference.create_caller(CallerDraft("Robin  Hale", phone="+44 20 7946 0000"))
    assert first.full_name == "Robin Hale"  # inner spaces collapsed as stored
    with pytest.raises(DuplicateCallerError) as caught:
        services.reference.create_caller(CallerDraft("robin hale", phone="+44 (20) 7946-0000"))
    assert [c.id for c in caught.value.existing] == [first.id]
    assert "same name and phone" in str(caught.value)
    # a namesake with another phone, or another name on the same phone, is not flagged
    services.reference.create_caller(CallerDraft("Robin Hale", phone="+44 20 7946 0001"))
    services.reference.create_caller(CallerDraft("Robin Hale"))
    services.reference.create_caller(CallerDraft("Sam Hale", phone="+44 20 7946 0000"))


@pytest.mark.parametrize("email", [
    "pat@example.com", "pat.o'neil+desk@mail.example.co.uk", "Pat_01@EXAMPLE.ORG",
    "zoë@例え.jp", "x@xn--p1ai.xn--p1ai",
])
def test_sensible_addresses_are_accepted(email: str) -> None:
    assert "email" not in caller_errors(CallerDraft("Pat", email=email))


@pytest.mark.parametrize("email", [
    "pat", "pat@", "@example.com", "pat@example", "pat@@example.com", "pat@exa mple.com",
    "pat..x@example.com", ".pat@example.com", "pat.@example.com", "pat@-example.com",
    "pat@example-.com", "pat@example..com", "pat@example.c", "pat@example.123",
    "pat@[127.0.0.1]", '"pat"@example.com', "p" * 65 + "@example.com",
])
def test_malformed_addresses_are_refused(email: str) -> None:
    assert "name@example.com" in caller_errors(CallerDraft("Pat", email=email))["email"]


@pytest.mark.parametrize("phone", [
    "12345", "+44 20 7946 0000", "(020) 7946-0000", "0049/89/123456", "+1 555 0100 x 12",
    "+1 555 0100 ext. 1234", "555-0100 extension 7", "1" * 30,
])
def test_sensible_phones_are_accepted(phone: str) -> None:
    assert "phone" not in caller_errors(CallerDraft("Pat", phone=phone))


@pytest.mark.parametrize(("phone", "words"), [
    ("1234", "at least 5"), ("1" * 31, "limit is 30"), ("call me", "digits"),
    ("44 + 20 7946", "digits"), ("020 7946 0000 x", "digits"), ("(((((", "digits"),
    ("555#0100", "digits"), ("+44 20 7946 0000 x 1234567", "digits"),
])
def test_bad_phones_are_refused(phone: str, words: str) -> None:
    assert words in caller_errors(CallerDraft("Pat", phone=phone))["phone"]


def test_completion_tells_namesakes_apart_by_email_and_organisation(
        services: Services) -> None:
    services.reference.create_caller(CallerDraft("Alex Kim", "alex@acme.test",
                                                 organisation="Acme Ltd"))
    services.reference.create_caller(CallerDraft("Alex Kim", "akim@globex.test",
                                                 organisation="Globex"))
    services.reference.create_caller(CallerDraft("Alex Kimber"))
    assert [(c.label, c.detail) for c in services.reference.callers("alex k")] == [
        ("Alex Kim", "akim@globex.test · Globex"), ("Alex Kim", "alex@acme.test · Acme Ltd"),
        ("Alex Kimber", "")]


def test_edit_a_caller_with_a_version_check(services: Services) -> None:
    caller = services.reference.create_caller(CallerDraft("Jo Bloggs", "jo@example.com"))
    other = services.reference.create_caller(CallerDraft("Jo Other", "other@example.com"))
    saved = services.people.update_caller(caller.id, caller.version, CallerDraft(
        " Jo  Bloggs-Smith ", "jo.smith@example.com", "+44 1632 960000", "New Org"))
    assert (saved.full_name, saved.email, saved.phone, saved.organisation) == (
        "Jo Bloggs-Smith", "jo.smith@example.com", "+44 1632 960000", "New Org")
    assert saved.version == caller.version + 1
    assert services.people.caller(caller.id) == saved
    with pytest.raises(ConflictError) as conflict:  # saved from a stale read
        services.people.update_caller(caller.id, caller.version, CallerDraft("Jo B"))
    assert conflict.value.theirs == saved
    with pytest.raises(ValidationError) as bad:
        services.people.update_caller(caller.id, saved.version,
                                      CallerDraft("Jo", email="jo@", phone="abc"))
    assert set(bad.value.fields) == {"email", "phone"}
    with pytest.raises(DuplicateCallerError) as dup:  # taking another caller's e-mail
        services.people.update_caller(caller.id, saved.version,
                                      CallerDraft("Jo Bloggs", "OTHER@example.com"))
    assert [c.id for c in dup.value.existing] == [other.id]
    # keeping its own e-mail is no duplicate of itself
    again = services.people.update_caller(caller.id, saved.version,
                                          CallerDraft("Jo Bloggs", "jo.smith@example.com"))
    assert again.organisation == "" and again.version == saved.version + 1


def test_merge_callers_moves_incidents_with_events_and_removes_the_other(
        services: Services, database: Database) -> None:
    keep = services.reference.create_caller(CallerDraft("Dana Scully", "dana@fbi.test"))
    merge = services.reference.create_caller(CallerDraft("D. Scully", "dscully@fbi.test"))
    other = services.reference.create_caller(CallerDraft("Fox Mulder"))
    moved = [_incident(services, merge.id, f"Ticket {n}") for n in range(3)]
    stays = _incident(services, other.id)
    versions = {i: services.incidents.get(i).version for i in moved}
    assert services.people.caller_merge_preview(keep.id, merge.id).incidents == 3

    result = services.people.merge_callers(keep, merge)
    assert (result.preview.incidents, result.preview.kept, result.preview.merged) == (
        3, "Dana Scully (dana@fbi.test)", "D. Scully (dscully@fbi.test)")
    assert result.changes.ids == frozenset(moved)
    for incident_id in moved:
        dto = services.incidents.get(incident_id)
        assert dto.caller is not None and dto.caller.id == keep.id
        assert dto.version == versions[incident_id] + 1  # an open form is told on save
        last = services.incidents.readable_history(incident_id)[-1]
        assert (last.field, last.old_value, last.new_value, last.actor) == (
            "caller_id", "D. Scully", "Dana Scully", services.actor.full_name)
    assert services.incidents.get(stays).caller.id == other.id  # type: ignore[union-attr]
    with database.uow(read_only=True) as uow:
        person = uow.session.get(Person, merge.id)
        assert person is not None and person.deleted_at is not None
    assert [c.id for c in services.reference.callers("d")] == [keep.id]
    assert merge.id not in {line.caller.id for line in services.people.callers()}
    with pytest.raises(NotFound):
        services.people.merge_callers(keep, merge)


def test_merge_callers_refuses_a_stale_version_and_writes_nothing(
        services: Services) -> None:
    keep = services.reference.create_caller(CallerDraft("Ann Lee", "ann@example.com"))
    merge = services.reference.create_caller(CallerDraft("Ann Lee", "ann.lee@example.com"))
    incident = _incident(services, merge.id)
    services.people.update_caller(merge.id, merge.version,
                                  CallerDraft("Ann Lee", "ann.lee@example.com", "555 0100"))
    with pytest.raises(ConflictError):
        services.people.merge_callers(keep, merge)
    assert services.incidents.get(incident).caller.id == merge.id  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        services.people.merge_callers(keep, keep)


def test_edit_and_merge_organisations(services: Services, database: Database) -> None:
    a = services.reference.create_caller(CallerDraft("Ann One", organisation="Acme Ltd"))
    b = services.reference.create_caller(CallerDraft("Bob Two", organisation="ACME Limited"))
    orgs = {o.name: o for o in services.people.organisations()}
    keep, merge = orgs["Acme Ltd"], orgs["ACME Limited"]
    with database.uow() as uow:  # departments: one in both (folded), one only in the merged
        s = uow.session
        s.add_all([Department(id=(kept_it := new_id()), organisation_id=keep.id, name="IT"),
                   Department(id=(their_it := new_id()), organisation_id=merge.id, name="it"),
                   Department(id=(sales := new_id()), organisation_id=merge.id, name="Sales")])
        s.flush()
        s.get(Person, b.id).department_id = their_it  # type: ignore[union-attr]
        uow.commit()
    merge = next(o for o in services.people.organisations("limited"))
    assert (merge.people, merge.departments) == (1, 2)
    with pytest.raises(ValidationError) as taken:
        services.people.update_organisation(merge.id, merge.version, "acme ltd")
    assert "merge" in taken.value.fields["name"]
    renamed = services.people.update_organisation(merge.id, merge.version, " Acme Limited ")
    assert renamed.name == "Acme Limited"
    with pytest.raises(ConflictError):
        services.people.update_organisation(merge.id, merge.version, "Acme L")
    preview = services.people.organisation_merge_preview(keep.id, merge.id)
    assert (preview.people, preview.departments) == (1, 2)
    with pytest.raises(ConflictError):  # the rename moved its version
        services.people.merge_organisations(keep, merge)
    result = services.people.merge_organisations(keep, renamed)
    assert (result.preview.people, result.preview.departments) == (1, 2)
    assert [o.name for o in services.people.organisations()] == ["Acme Ltd"]
    assert services.people.caller(b.id).organisation == "Acme Ltd"
    assert services.people.caller(a.id).organisation == "Acme Ltd"
    with database.uow(read_only=True) as uow:
        s = uow.session
        assert s.get(Person, b.id).department_id == kept_it  # type: ignore[union-attr]
        assert s.get(Department, their_it).deleted_at is not None  # type: ignore[union-attr]
        assert s.get(Department, sales).organisation_id == keep.id  # type: ignore[union-attr]
        assert s.get(Organisation, merge.id).deleted_at is not None  # type: ignore[union-attr]
