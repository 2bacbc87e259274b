"""The resolution code list (Service Design) and the incident service that relies on it, on
SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from deskapp.domain.incident import RESOLUTION_CODES
from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.resolution_codes import ResolutionCodeDraft
from tests.support.factories import Desk, make_desk


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def test_a_new_database_offers_the_seeded_codes_in_order(services: Services) -> None:
    active = services.resolution_codes.active()
    assert [c.code for c in active] == list(RESOLUTION_CODES)
    assert all(c.label == c.code and c.description for c in active)


def test_create_edit_retire_and_reactivate(services: Services) -> None:
    codes = services.resolution_codes
    saved = codes.save(ResolutionCodeDraft(" Vendor fix ", "Fixed by the vendor",
                                           "The supplier shipped a fix.", sort_order=70))
    made = saved.record
    assert (made.code, made.label, made.active, made.version) == (
        "Vendor fix", "Fixed by the vendor", True, 1)
    assert saved.changes.kind == "resolution_code" and saved.changes.created
    assert [c.code for c in codes.active()][-1] == "Vendor fix"
    # the label can be reworded; the code tickets store cannot
    edited = codes.save(ResolutionCodeDraft("Renamed", "Vendor patch", made.description,
                                            sort_order=5, id=made.id,
                                            version=made.version)).record
    assert (edited.code, edited.label, edited.version) == ("Vendor fix", "Vendor patch", 2)
    assert codes.active()[0].code == "Vendor fix"
    retired = codes.retire(made.id, edited.version).record
    assert not retired.active
    assert "Vendor fix" not in [c.code for c in codes.active()]
    assert codes.codes()[-1].code == "Vendor fix"  # retired codes stay listed, last
    back = codes.save(ResolutionCodeDraft("", retired.label, retired.description, True,
                                          retired.sort_order, id=made.id,
                                          version=retired.version)).record
    assert back.active


def test_save_refuses_bad_and_duplicate_codes(services: Services) -> None:
    codes = services.resolution_codes
    with pytest.raises(ValidationError) as err:
        codes.save(ResolutionCodeDraft(" ", "", "x" * 501, sort_order=-1))
    assert set(err.value.fields) == {"code", "label", "description", "sort_order"}
    assert err.value.fields["code"] == "Enter the code tickets will store."
    with pytest.raises(ValidationError) as err:
        codes.save(ResolutionCodeDraft("x" * 61, "y" * 81))
    assert "limit is 60" in err.value.fields["code"] and "limit is 80" in err.value.fields["label"]
    with pytest.raises(ValidationError) as err:
        codes.save(ResolutionCodeDraft("DUPLICATE", "duplicate"))
    assert "already exists" in err.value.fields["code"]
    assert "already reads" in err.value.fields["label"]
    assert len(codes.codes()) == len(RESOLUTION_CODES)


def test_a_stale_edit_is_a_conflict(services: Services) -> None:
    codes = services.resolution_codes
    first = codes.active()[0]
    codes.save(ResolutionCodeDraft(first.code, "Fixed for good", id=first.id,
                                   version=first.version))
    with pytest.raises(ConflictError):
        codes.save(ResolutionCodeDraft(first.code, "Solved for ever", id=first.id,
                                       version=first.version))


def test_resolve_takes_only_active_codes_from_the_list(services: Services, desk: Desk) -> None:
    incidents, codes = services.incidents, services.resolution_codes
    inc = services.incidents.create({"title": "Printer offline", "impact": 2, "urgency": 2})
    with pytest.raises(ValidationError) as err:
        incidents.transition(inc.id, inc.version, "resolved", "asdf qwerty", "done")
    assert "not a resolution code" in err.value.fields["resolution_code"]
    with pytest.raises(ValidationError) as err:
        incidents.transition(inc.id, inc.version, "resolved", "", " ")
    assert err.value.fields == {"resolution_code": "Choose a resolution code.",
                                "resolution_notes": "Enter resolution notes."}
    workaround = next(c for c in codes.active() if c.code == "Solved (workaround)")
    codes.retire(workaround.id, workaround.version)
    with pytest.raises(ValidationError) as err:
        incidents.transition(inc.id, inc.version, "resolved", workaround.code, "done")
    assert "is retired" in err.value.fields["resolution_code"]
    assert incidents.get(inc.id).status == "new"  # nothing was written

    done = incidents.transition(inc.id, inc.version, "resolved", "Duplicate", "Same as INC-1")
    assert done.resolution_code == "Duplicate"
    duplicate = next(c for c in codes.active() if c.code == "Duplicate")
    codes.retire(duplicate.id, duplicate.version)
    assert incidents.get(inc.id).resolution_code == "Duplicate"  # a retired code stays on it
