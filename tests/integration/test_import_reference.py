"""Importing callers, organisations, CIs and services, and the ``deskapp-admin import``
command, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.import_incidents import write_servicenow_log
from deskapp import cli
from deskapp.db.models import ConfigurationItem, Department, Organisation, Person, Service
from deskapp.runtime import Database
from deskapp.services.importing.reference import ReferenceImporter


def test_callers_organisations_cis_and_services(database: Database, tmp_path: Path) -> None:
    importer = ReferenceImporter(database.uow)
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("Company\nAcme Ltd\nGlobex\n", encoding="utf-8")
    assert importer.run("organisations", orgs).created == 2
    callers = tmp_path / "callers.csv"
    callers.write_text("Name;E-mail;Phone;Company;Department;VIP\n"
                       "Ada Lovelace;ada@acme.test;+44 20 7946 0000;Acme Ltd;R&D;yes\n"
                       "Bob Null;NULL;?;Initech;;no\n"
                       "Eve;eve@acme.test;;Acme Ltd;;perhaps\n", encoding="cp1252")
    summary = importer.run("callers", callers)
    assert (summary.created, len(summary.rejected)) == (2, 1)
    assert "vip" in summary.rejected[0].reason and summary.rejected[0].line == 4
    services = tmp_path / "services.csv"
    services.write_text("name,description,criticality\nEmail,Mail for all,High\n"
                        "Payroll,,critical\n", encoding="utf-8")
    assert importer.run("services", services).created == 2
    cis = tmp_path / "cis.csv"
    cis.write_text("name\tclass\tService\tserial\nmail-01\tServer\tEmail\tSN1\n"
                   "pay-db\tDatabase\tPayroll\tSN2\n", encoding="utf-16")
    assert importer.run("cis", cis).created == 2
    with database.uow(read_only=True) as uow:
        s = uow.session
        ada = s.scalar(select(Person).where(Person.full_name == "Ada Lovelace"))
        assert ada is not None and ada.vip and ada.email == "ada@acme.test"
        org = s.get(Organisation, ada.organisation_id)
        dept = s.get(Department, ada.department_id)
        assert org is not None and org.name == "Acme Ltd" and dept is not None
        bob = s.scalar(select(Person).where(Person.full_name == "Bob Null"))
        assert bob is not None and bob.email is None and bob.phone is None
        assert s.scalar(select(Organisation).where(Organisation.name == "Initech")) is not None
        ci = s.scalar(select(ConfigurationItem).where(ConfigurationItem.name == "pay-db"))
        payroll = s.scalar(select(Service).where(Service.name == "Payroll"))
        assert ci is not None and payroll is not None and ci.service_id == payroll.id
        assert (ci.ci_type, payroll.criticality) == ("database", "critical")
    # idempotent: the same files change nothing
    for kind, path in (("organisations", orgs), ("callers", callers), ("services", services),
                       ("cis", cis)):
        again = importer.run(kind, path)
        assert (again.created, again.updated) == (0, 0), kind
    callers.write_text("Name,E-mail,Phone\nAda Lovelace,ada@acme.test,+44 20 7946 1111\n",
                       encoding="utf-8")
    assert importer.run("callers", callers).updated == 1


@pytest.fixture
def desk_url(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def test_the_command_imports_and_prints_json(database: Database, desk_url: str,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sn.csv"
    rows = write_servicenow_log(path, 20, seed=5)
    argv = ["--database", desk_url, "import", "incidents", str(path), "--format",
            "servicenow", "--zone", "UTC", "--json"]
    assert cli.main([*argv, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    dry = json.loads(out)
    assert (dry["dry_run"], dry["created"], dry["rows_read"]) == (True, 20, rows)
    assert "importing" in err  # progress on stderr
    assert cli.main(argv) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["created"], done["updated"], done["unchanged"], done["rejected"]) == \
        (20, 0, 0, 0)
    assert cli.main(argv) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 20
    mapping = tmp_path / "map.json"
    mapping.write_text('{"format": "deskapp-import-mapping", "columns": {"nope": "x"}}')
    assert cli.main([*argv, "--mapping", str(mapping)]) == 2
    assert "unknown field(s): nope" in capsys.readouterr().err


def test_the_command_asks_for_the_date_order(database: Database, desk_url: str,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Number,Opened\nA-1,05/06/2016 10:00\n", encoding="utf-8")
    argv = ["--database", desk_url, "import", "incidents", str(path)]
    assert cli.main(argv) == 2
    assert "--date-order dmy or mdy" in capsys.readouterr().err
    assert cli.main([*argv, "--date-order", "dmy"]) == 0
    assert "1 were created" in capsys.readouterr().out


def test_an_import_needs_the_rights_and_writes_the_audit_trail(database: Database,
                                                               tmp_path: Path) -> None:
    from deskapp.db.models import AuditEvent
    from deskapp.errors import PermissionDenied
    from deskapp.services.importing.incidents import ImportOptions, IncidentImporter
    from deskapp.services.staff import ensure_staff

    agent = ensure_staff(database.uow, "imp.agent", "Ivo Agent", ("agent",))
    admin = ensure_staff(database.uow, "imp.admin", "Ada Admin", ("admin",))
    services = tmp_path / "services.csv"
    services.write_text("name,criticality\nEmail,high\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        ReferenceImporter(database.uow, agent).run("services", services)
    log = tmp_path / "log.csv"
    write_servicenow_log(log, 3)
    with pytest.raises(PermissionDenied):
        IncidentImporter(database.uow, actor=agent).run(log)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(Service).where(Service.name == "Email")) is None
    cis = tmp_path / "cis.csv"
    cis.write_text("name,service\nmail-01,Email\n", encoding="utf-8")
    assert ReferenceImporter(database.uow, admin).run("cis", cis).created == 1
    services.write_text("name,criticality\nEmail,critical\n", encoding="utf-8")
    assert ReferenceImporter(database.uow, admin).run("services", services).updated == 1
    with database.uow(read_only=True) as uow:
        rows = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.occurred_at)).all()
        trail = {(r.record_type, r.record_label, r.action, r.field, r.new_value, r.actor_login)
                 for r in rows}
    # the CI, the service it named (created on the way), then the service's criticality change
    assert ("ci", "mail-01", "imported", None, "mail-01", "imp.admin") in trail
    assert ("service", "Email", "imported", None, "Email", "imp.admin") in trail
    assert ("service", "Email", "changed", "criticality", "critical", "imp.admin") in trail
    # the incident import writes the staff, teams and callers it creates
    IncidentImporter(database.uow, actor=admin).run(log, ImportOptions(format="servicenow"))
    with database.uow(read_only=True) as uow:
        imported = {r.record_type for r in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "imported"))}
    assert {"person", "staff", "team"} <= imported
