"""New callers from the incident form (an empty desk has none to pick), on SQLite and
PostgreSQL: required name, column-length limits, organisations matched by name."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Organisation, Person
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.reference import CALLER_NAME_MAX, CALLER_PHONE_MAX, CallerDraft


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
