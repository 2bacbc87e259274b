"""Configuration items (Transition) on SQLite and PostgreSQL: filters, keyset pages, open
incident counts, validation and lost-update protection."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from deskapp.db.models import ConfigurationItem
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.portfolio_dto import CiSummary


def _ci_count(db: Database) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ConfigurationItem)) or 0)


def _estate(services: Services) -> dict[str, CiSummary]:
    email = services.portfolio.save(None, None, {"name": "Email",
                                                 "portfolio_status": "catalogue"})
    save = services.cmdb.save
    cis = {
        "mail": save(None, None, {"name": "mail-01", "ci_type": "server",
                                  "service_id": email.id, "location": "Leeds"}),
        "printer": save(None, None, {"name": "PRN-LON-01", "ci_type": "printer",
                                     "location": "London HQ", "serial_number": "SN-9"}),
        "laptop": save(None, None, {"name": "LT-100", "ci_type": "laptop",
                                    "status": "maintenance", "serial_number": "SN-100_A"}),
        "percent": save(None, None, {"name": "100% uptime box", "ci_type": "server"}),
    }
    inc = services.incidents
    inc.create({"title": "Disk full", "impact": 2, "urgency": 2, "ci_id": cis["mail"].id})
    inc.create({"title": "Queue stuck", "impact": 1, "urgency": 1, "ci_id": cis["mail"].id})
    inc.create({"title": "Paper jam", "impact": 3, "urgency": 3, "ci_id": cis["printer"].id})
    return cis


def test_list_filters_and_counts_open_incidents(database: Database,
                                               services: Services) -> None:
    cis = _estate(services)
    listed = services.cmdb.items()
    assert [c.name for c in listed.items] == ["100% uptime box", "LT-100", "mail-01",
                                              "PRN-LON-01"]
    assert not listed.truncated and listed.next_after is None
    counts = {c.name: c.open_incidents for c in listed.items}
    assert counts == {"100% uptime box": 0, "LT-100": 0, "mail-01": 2, "PRN-LON-01": 1}
    mail = next(c for c in listed.items if c.id == cis["mail"].id)
    assert mail.service_name == "Email" and mail.location == "Leeds"

    def names(**kw: Any) -> list[str]:
        return [c.name for c in services.cmdb.items(**kw).items]

    assert names(text="lon") == ["PRN-LON-01"]  # name, case-insensitive
    assert names(text="london") == ["PRN-LON-01"]  # location
    assert names(text="email") == ["mail-01"]  # service name
    assert names(text="sn-100") == ["LT-100"]  # serial number
    assert names(text="100%") == ["100% uptime box"]  # % is a character, not a wildcard
    assert names(text="_a") == ["LT-100"]  # _ too
    assert names(ci_type="server") == ["100% uptime box", "mail-01"]
    assert names(status="maintenance") == ["LT-100"]
    assert names(ci_type="server", text="mail") == ["mail-01"]
    assert names(text="nothing like it") == []


def test_keyset_pages_cover_every_ci_once_in_name_order(database: Database,
                                                       services: Services) -> None:
    wanted = ["alpha", "Bravo", "charlie", "Delta", "echo", "Echo", "foxtrot"]
    for name in wanted:
        services.cmdb.save(None, None, {"name": name, "ci_type": "server"})
    seen: list[CiSummary] = []
    page = services.cmdb.items(limit=3)
    pages = 1
    while True:
        seen.extend(page.items)
        assert page.truncated == (page.next_after is not None)
        if page.next_after is None:
            break
        page = services.cmdb.items(limit=3, after=page.next_after)
        pages += 1
    assert pages == 3
    assert len({c.id for c in seen}) == len(wanted)
    assert [c.name.lower() for c in seen] == sorted(n.lower() for n in wanted)
    # A CI added before the cursor does not shift the next page.
    first = services.cmdb.items(limit=3)
    services.cmdb.save(None, None, {"name": "aardvark", "ci_type": "server"})
    assert first.next_after is not None
    second = services.cmdb.items(limit=3, after=first.next_after)
    assert [c.name for c in second.items] == ["Delta", "echo", "Echo"] or \
        [c.name for c in second.items] == ["Delta", "Echo", "echo"]


def test_detail_types_and_service_choices(database: Database, services: Services) -> None:
    cis = _estate(services)
    detail = services.cmdb.detail(cis["mail"].id)
    assert detail.item.open_incidents == 2
    assert [(i.title, i.priority) for i in detail.open_incidents] == [("Queue stuck", 1),
                                                                      ("Disk full", 3)]
    assert [i.title for i in services.cmdb.open_incidents(cis["printer"].id)] == ["Paper jam"]
    with pytest.raises(NotFound):
        services.cmdb.detail(uuid.uuid4())
    with pytest.raises(ValidationError, match="no CI type 'air conditioner'"):
        services.cmdb.save(None, None, {"name": "HVAC-1", "ci_type": "air conditioner"})
    services.ci_types.save(None, None, "air conditioner")  # the desk's person is an admin
    services.cmdb.save(None, None, {"name": "HVAC-1", "ci_type": "air conditioner"})
    types = services.cmdb.types()
    assert "air conditioner" in types and "printer" in types and types == sorted(types)
    assert [(c.label, c.detail) for c in services.cmdb.services()] == [("Email", "catalogue")]


def test_validation_refuses_bad_input_and_saves_nothing(database: Database,
                                                       services: Services) -> None:
    before = _ci_count(database)
    with pytest.raises(ValidationError) as bad:
        services.cmdb.save(None, None, {"name": " ", "ci_type": "", "status": "lost",
                                        "service_id": uuid.uuid4()})
    assert set(bad.value.fields) == {"name", "ci_type", "status", "service_id"}
    assert "required" in bad.value.fields["name"]
    with pytest.raises(ValidationError) as bad:
        services.cmdb.save(None, None, {"name": "n" * 121, "ci_type": "t" * 41,
                                        "serial_number": "s" * 81, "location": "l" * 121,
                                        "description": "d" * 4001})
    assert set(bad.value.fields) == {"name", "ci_type", "serial_number", "location",
                                     "description"}
    assert "121 characters" in bad.value.fields["name"]
    assert _ci_count(database) == before
    services.ci_types.save(None, None, "t" * 40)
    ok = services.cmdb.save(None, None, {"name": "n" * 120, "ci_type": "t" * 40,
                                         "serial_number": "s" * 80})
    assert ok.version == 1 and ok.status == "in_use"


def test_update_conflict_and_deleted_items(database: Database, services: Services) -> None:
    cis = _estate(services)
    printer = cis["printer"]
    retired = services.cmdb.save(printer.id, printer.version,
                                 {"name": "PRN-LON-01", "ci_type": "printer",
                                  "status": "retired", "location": "Basement"})
    assert (retired.status, retired.location, retired.version, retired.open_incidents) == \
        ("retired", "Basement", printer.version + 1, 1)
    with pytest.raises(ConflictError) as stale:
        services.cmdb.save(printer.id, printer.version, {"name": "X", "ci_type": "printer"})
    assert isinstance(stale.value.theirs, CiSummary)
    assert stale.value.theirs.status == "retired"
    assert services.cmdb.detail(printer.id).item.name == "PRN-LON-01"

    with database.uow() as uow:
        row = uow.session.get(ConfigurationItem, printer.id)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
        uow.commit()
    assert printer.id not in {c.id for c in services.cmdb.items().items}
    with pytest.raises(NotFound):
        services.cmdb.save(printer.id, retired.version + 1, {"name": "X", "ci_type": "printer"})
    assert services.cmdb.changes(retired, created=False).kind == "ci"
