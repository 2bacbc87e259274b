"""Importing incidents on SQLite and PostgreSQL: messy files, ServiceNow event logs,
idempotent re-imports, updates with events, imported SLA outcomes, and KPIs over the import."""

from __future__ import annotations

import csv
import json
import statistics
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.import_incidents import HEADER, write_servicenow_log
from deskapp.db.models import Person, StaffUser, Team, TicketEvent, WorkItem
from deskapp.domain.importing.mapping import ColumnMapping
from deskapp.domain.importing.values import DateOrder
from deskapp.domain.kpi import Period
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.auto_close import AutoCloseService
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.importing.incidents import (
    DateOrderNeeded,
    ImportOptions,
    IncidentImporter,
)
from deskapp.services.sla_sweep import SlaSweepService
from tests.support.factories import make_desk

PLAIN = ["Number", "Title", "Status", "Opened", "Resolved", "Priority", "Impact", "Urgency",
         "Caller", "Team", "Assignee", "Category"]


def write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", sep: str = ",",
          header: list[str] = PLAIN) -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=sep)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(db: Database, path: Path, **options: object) -> object:
    return IncidentImporter(db.uow).run(path, ImportOptions(**{"zone": "UTC", **options}))


def items(db: Database) -> dict[str, WorkItem]:
    with db.uow(read_only=True) as uow:
        found = uow.session.scalars(select(WorkItem)).all()
        uow.session.expunge_all()
    return {i.external_id: i for i in found if i.external_id}


def events(db: Database, item: WorkItem) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(TicketEvent.field, TicketEvent.old_value, TicketEvent.new_value,
                   StaffUser.full_name)
            .outerjoin(StaffUser, StaffUser.id == TicketEvent.actor_id)
            .where(TicketEvent.ticket_id == item.id)
            .order_by(TicketEvent.occurred_at, TicketEvent.id)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


ROWS = [
    ["OLD-1", "Printer jams\non tray 2", "Closed", "13/02/2016 09:30", "14/02/2016 10:00",
     "3 - Moderate", "2 - Medium", "2 - Medium", "Zoë Ökonom", "Desk", "Ann Agent", "Printing"],
    ["OLD-2", "=HYPERLINK(\"http://evil\")", "Awaiting User Info", "01/03/2016 08:00", "NULL",
     "2 - High", "1 - High", "2 - Medium", "N/A", "Desk", "?", "-"],
]


@pytest.mark.parametrize(("encoding", "sep"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ";")])
def test_messy_exports_in_any_encoding_and_separator(database: Database, tmp_path: Path,
                                                     encoding: str, sep: str) -> None:
    path = write(tmp_path / "export.csv", ROWS, encoding=encoding, sep=sep)
    summary = run(database, path)
    assert (summary.created, summary.rejected) == (2, ())  # type: ignore[attr-defined]
    assert summary.date_order == "dmy"  # type: ignore[attr-defined]  # 13/02 decided it
    found = items(database)
    one, two = found["OLD-1"], found["OLD-2"]
    assert one.title == "Printer jams\non tray 2"  # a quoted line break survives
    assert one.opened_at == datetime(2016, 2, 13, 9, 30, tzinfo=UTC)
    assert one.resolved_at == datetime(2016, 2, 14, 10, tzinfo=UTC)
    assert (one.status, one.status_category, one.priority, one.impact) == \
        ("closed", "done", 3, 2)
    assert (two.status, two.priority, two.impact, two.urgency) == ("pending", 2, 1, 2)
    assert two.caller_id is None and two.assignee_id is None and two.category is None
    assert two.title.startswith("=HYPERLINK")  # kept as text...
    assert any("formula" in w.reason for w in summary.warnings)  # type: ignore[attr-defined]
    with database.uow(read_only=True) as uow:
        caller = uow.session.scalar(select(Person).where(Person.id == one.caller_id))
        assignee = uow.session.scalar(select(StaffUser).where(StaffUser.id == one.assignee_id))
        assert caller is not None and caller.full_name == "Zoë Ökonom"
        # a new staff member is created without a login
        assert assignee is not None and assignee.full_name == "Ann Agent"
        assert not assignee.active and uow.staff.roles(assignee.id) == []


def test_bad_rows_are_rejected_and_good_rows_import(database: Database, tmp_path: Path) -> None:
    rows = [
        ["OK-1", "fine", "New", "2016-02-01 09:00", "", "", "", "", "", "", "", ""],
        ["BAD-DATE", "x", "New", "31/31/2016", "", "", "", "", "", "", "", ""],
        ["BAD-IMPACT", "x", "New", "2016-02-01 09:00", "", "", "9 - Huge", "", "", "", "", ""],
        ["", "no number", "New", "2016-02-01 09:00", "", "", "", "", "", "", "", ""],
        ["WIDE", *(["x"] * 499)],
        ["HUGE", "x" * 200_000, "New", "2016-02-01 09:00", "", "", "", "", "", "", "", ""],
        ["OK-2", "after the huge one", "New", "2016-02-01 09:00", "", "", "", "", "", "", "",
         ""],
    ]
    path = write(tmp_path / "bad.csv", rows)
    summary = run(database, path, date_order=DateOrder.DAY_FIRST)
    reasons = {p.line: p.reason for p in summary.rejected}  # type: ignore[attr-defined]
    assert summary.created == 2  # type: ignore[attr-defined]
    assert "opened_at" in reasons[3] and "impact '9 - Huge'" in reasons[4]
    assert "no number" in reasons[5] and "500 columns" in reasons[6]
    assert "field larger than field limit" in reasons[7]
    assert set(items(database)) == {"OK-1", "OK-2"}
    assert summary.rows_read == 7  # type: ignore[attr-defined]


def test_files_that_are_not_csv_are_refused_with_what_they_are(database: Database,
                                                               tmp_path: Path) -> None:
    xlsx = tmp_path / "export.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(ValidationError, match="Excel workbook"):
        run(database, xlsx)
    binary = tmp_path / "random.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ValidationError, match="not a text file"):
        run(database, binary)
    prose = tmp_path / "notes.txt"
    prose.write_text("Dear team, here are the tickets you asked for.\nRegards\n")
    with pytest.raises(ValidationError, match="no column for number or opened"):
        run(database, prose)
    assert items(database) == {}


def test_undecided_dates_ask_for_the_order(database: Database, tmp_path: Path) -> None:
    rows = [["A-1", "t", "New", "05/06/2016 10:00", "", "", "", "", "", "", "", ""]]
    path = write(tmp_path / "ambiguous.csv", rows)
    with pytest.raises(DateOrderNeeded, match="--date-order"):
        run(database, path)
    assert items(database) == {}
    run(database, path, date_order=DateOrder.MONTH_FIRST)
    assert items(database)["A-1"].opened_at == datetime(2016, 5, 6, 10, tzinfo=UTC)


def test_naive_times_are_read_in_the_zone(database: Database, tmp_path: Path) -> None:
    rows = [["Z-1", "t", "New", "2016-07-01 10:00", "", "", "", "", "", "", "", ""]]
    run(database, write(tmp_path / "z.csv", rows), zone="America/New_York")
    assert items(database)["Z-1"].opened_at == datetime(2016, 7, 1, 14, tzinfo=UTC)


def test_a_mapping_names_columns_and_translates_values(database: Database,
                                                       tmp_path: Path) -> None:
    make_desk(database)  # has the team "Network" and the staff "Morgan Member"
    header = ["Ticket", "Summary", "State", "Created", "Group", "Owner"]
    rows = [["T-9", "VPN down", "Waiting for customer", "2016-03-01 08:00", "NET", "MM"]]
    path = write(tmp_path / "custom.csv", rows, header=header)
    mapping = ColumnMapping(columns={"external_id": "Ticket", "status": "State",
                                     "opened_at": "Created", "team": "Group",
                                     "assignee": "Owner"},
                            values={"status": {"Waiting for customer": "pending"},
                                    "team": {"NET": "Network"},
                                    "assignee": {"MM": "Morgan Member"}},
                            source="helpdesk-x")
    summary = run(database, path, mapping=ColumnMapping.loads(mapping.dumps()))
    assert summary.source == "helpdesk-x"  # type: ignore[attr-defined]
    item = items(database)["T-9"]
    with database.uow(read_only=True) as uow:
        team = uow.session.get(Team, item.team_id)
        staff = uow.session.get(StaffUser, item.assignee_id)
        assert team is not None and team.name == "Network"
        assert staff is not None and staff.full_name == "Morgan Member"
        assert uow.session.scalar(select(func.count()).select_from(Team)) == 2  # none created
    assert (item.status, item.title, item.external_source) == ("pending", "VPN down",
                                                               "helpdesk-x")


# -- ServiceNow ---------------------------------------------------------------------------------


def sn_rows(*updates: dict[str, str]) -> list[list[str]]:
    base = {h: "?" for h in HEADER}
    base.update(number="INC0000045", opened_at="29/2/2016 01:16", opened_by="Opened by 8",
                caller_id="Caller 2403", impact="2 - Medium", urgency="2 - Medium",
                priority="3 - Moderate", active="true", made_sla="true", reopen_count="0",
                contact_type="Phone", category="Category 55")
    out = []
    for u in updates:
        base = {**base, **u}
        out.append([base[h] for h in HEADER])
    return out


LOG = [
    {"incident_state": "New", "sys_mod_count": "0", "sys_updated_at": "29/2/2016 01:16",
     "sys_updated_by": "Updated by 21"},
    {"incident_state": "Active", "sys_mod_count": "1", "sys_updated_at": "29/2/2016 01:23",
     "sys_updated_by": "Updated by 642", "assignment_group": "Group 56",
     "assigned_to": "Resolver 89"},
    {"incident_state": "Resolved", "sys_mod_count": "2", "sys_updated_at": "1/3/2016 09:52",
     "sys_updated_by": "Updated by 804", "resolved_by": "Resolved by 149",
     "resolved_at": "1/3/2016 09:52", "closed_code": "code 5", "made_sla": "false"},
]


def test_a_servicenow_event_log_becomes_an_item_with_its_history(database: Database,
                                                                 tmp_path: Path) -> None:
    make_desk(database)
    rows = sn_rows(*LOG)
    path = write(tmp_path / "sn.csv", [rows[2], rows[0], rows[1]], header=HEADER)  # unsorted
    summary = run(database, path, format="servicenow")
    assert (summary.created, summary.rows_read) == (1, 3)  # type: ignore[attr-defined]
    item = items(database)["INC0000045"]
    assert item.external_source == "servicenow" and item.number.startswith("INC-")
    assert item.status == "resolved" and item.resolution_code == "code 5"
    assert item.opened_at == datetime(2016, 2, 29, 1, 16, tzinfo=UTC)
    assert item.resolved_at == datetime(2016, 3, 1, 9, 52, tzinfo=UTC)
    assert item.updated_at == item.resolved_at
    # the imported SLA outcome, stored as imported
    assert (item.sla_state, item.resolution_breached, item.sla_check_at) == \
        ("breached", True, None)
    log = events(database, item)
    assert log[0] == ("created", None, item.number, "Opened by 8")
    assert ("status", "new", "in_progress", "Updated by 642") in log
    assert ("status", "in_progress", "resolved", "Updated by 804") in log
    team_event = next(e for e in log if e[0] == "team_id")
    assert team_event[2] == str(item.team_id) and team_event[3] == "Updated by 642"


def test_reimporting_changes_nothing_and_a_newer_export_updates_with_events(
        database: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "sn.csv", sn_rows(*LOG), header=HEADER)
    run(database, path, format="servicenow")
    before = items(database)["INC0000045"]
    n_events = len(events(database, before))
    again = run(database, path, format="servicenow")
    assert (again.created, again.updated, again.unchanged, again.events) == \
        (0, 0, 1, 0)  # type: ignore[attr-defined]
    same = items(database)["INC0000045"]
    assert (same.version, same.updated_at) == (before.version, before.updated_at)
    assert len(events(database, same)) == n_events
    closed = {"incident_state": "Closed", "sys_mod_count": "3",
              "sys_updated_at": "4/3/2016 10:00", "sys_updated_by": "Updated by 908",
              "active": "false", "closed_at": "4/3/2016 10:00"}
    newer = write(tmp_path / "sn2.csv", sn_rows(*LOG, closed), header=HEADER)
    summary = run(database, newer, format="servicenow")
    assert (summary.updated, summary.unchanged) == (1, 0)  # type: ignore[attr-defined]
    after = items(database)["INC0000045"]
    assert after.status == "closed" and after.version == before.version + 1
    assert after.closed_at == datetime(2016, 3, 4, 10, tzinfo=UTC)
    new_events = events(database, after)[n_events:]
    assert ("status", "resolved", "closed", "Updated by 908") in new_events
    assert ("closed_at", None, "2016-03-04T10:00:00+00:00", "Updated by 908") in new_events
    assert run(database, newer, format="servicenow").unchanged == 1  # type: ignore[attr-defined]


def test_imported_sla_outcomes_are_never_replayed(database: Database, tmp_path: Path,
                                                  services: Services) -> None:
    make_desk(database)
    open_row = {"incident_state": "Active", "sys_mod_count": "1",
                "sys_updated_at": "29/2/2016 02:00", "sys_updated_by": "Updated by 1"}
    run(database, write(tmp_path / "sn.csv", sn_rows(LOG[0], open_row), header=HEADER),
        format="servicenow")
    item = items(database)["INC0000045"]
    assert (item.sla_state, item.sla_id is not None, item.sla_check_at) == ("ok", True, None)
    # years past any target on today's calendars, yet the sweep leaves it alone ...
    SlaSweepService(database.uow).sweep()
    assert items(database)["INC0000045"].sla_state == "ok"
    # ... and so does an edit in DeskApp
    services.incidents.update(item.id, item.version, {"title": "Edited after the import"})
    edited = items(database)["INC0000045"]
    assert (edited.title, edited.sla_state, edited.response_elapsed_min) == \
        ("Edited after the import", "ok", None)


def test_imported_items_are_not_auto_closed(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "sn.csv", sn_rows(*LOG), header=HEADER)
    run(database, path, format="servicenow")
    assert items(database)["INC0000045"].status == "resolved"  # resolved in 2016
    # the default rule closes resolved items after 5 business days; not imported ones
    SlaSweepService(database.uow, auto_close=AutoCloseService(database.uow)).sweep()
    assert items(database)["INC0000045"].status == "resolved"
    assert run(database, path, format="servicenow").unchanged == 1  # type: ignore[attr-defined]


def test_dry_run_counts_and_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "sn.csv", sn_rows(*LOG), header=HEADER)
    summary = run(database, path, format="servicenow", dry_run=True)
    assert (summary.created, summary.dry_run) == (1, True)  # type: ignore[attr-defined]
    assert summary.records_created["staff"] >= 4  # type: ignore[attr-defined]
    assert items(database) == {}
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Team)) == 0


def test_cancel_keeps_whole_batches_and_a_rerun_finishes(database: Database,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    rows = write_servicenow_log(path, 30, seed=3)
    # asked once per row read, then after each batch: cancel after the second batch
    stops = iter([False] * (rows + 1) + [True] * 10)
    importer = IncidentImporter(database.uow)
    first = importer.run(path, ImportOptions(format="servicenow", zone="UTC", batch=10),
                         should_stop=lambda: next(stops))
    assert first.cancelled and first.created == 20
    done = items(database)
    for item in done.values():  # every written incident is whole: created with its history
        assert events(database, item)[0][0] == "created"
    rest = importer.run(path, ImportOptions(format="servicenow", zone="UTC", batch=10))
    assert (rest.created, rest.unchanged) == (30 - first.created, first.created)


def independent_figures(path: Path, start: datetime, end: datetime) -> dict[str, float]:
    """KPIs straight from a ServiceNow event-log file: the final row of each incident."""
    final: dict[str, list[str]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        at = {h: i for i, h in enumerate(header)}
        for row in reader:
            key = (int(row[at["sys_mod_count"]]), _dmy(row[at["sys_updated_at"]]))
            old = final.get(row[at["number"]])
            if old is None or key > (int(old[at["sys_mod_count"]]),
                                     _dmy(old[at["sys_updated_at"]])):
                final[row[at["number"]]] = row
    opened = resolved = reopened = made = 0
    hours = []
    for row in final.values():
        o = _dmy(row[at["opened_at"]])
        r = _dmy(row[at["resolved_at"]]) if row[at["resolved_at"]] != "?" else None
        if start <= o < end:
            opened += 1
            reopened += int(row[at["reopen_count"]]) > 0
        if r is not None and start <= r < end:
            resolved += 1
            hours.append((r - o).total_seconds() / 60)
            made += row[at["made_sla"]] == "true"
    return {"opened": opened, "resolved": resolved, "mttr": statistics.fmean(hours),
            "resolution_sla": 100 * made / resolved, "reopened": reopened}


def _dmy(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m/%Y %H:%M").replace(tzinfo=UTC)


def test_kpis_over_an_imported_log_match_the_file(database: Database, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's check: import an event log with the command, then ``deskapp-admin kpi
    --json`` gives the figures an independent computation from the same file gives."""
    from deskapp import cli

    make_desk(database)
    path = tmp_path / "log.csv"
    write_servicenow_log(path, 150, seed=7)
    url = database.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--database", url, "import", "incidents", str(path), "--format",
                     "servicenow", "--zone", "UTC", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["created"] == 150 and summary["rejected"] == 0
    start = datetime(2016, 4, 1, tzinfo=UTC)
    expected = independent_figures(path, start, start + timedelta(days=120))
    assert cli.main(["--database", url, "kpi", "--from", "2016-04-01", "--to", "2016-07-29",
                     "--zone", "UTC", "--json"]) == 0
    figures = {f["name"]: f for f in json.loads(capsys.readouterr().out)}
    assert figures["opened"]["value"] == expected["opened"]
    assert figures["resolved"]["value"] == expected["resolved"]
    assert figures["mttr_wall"]["value"] == pytest.approx(expected["mttr"])
    assert figures["resolution_sla_met"]["value"] == pytest.approx(expected["resolution_sla"])
    assert figures["reopen_rate"]["value"] == pytest.approx(
        100 * expected["reopened"] / expected["opened"])
    assert expected["reopened"] > 0 and expected["resolution_sla"] < 100  # not trivial


def test_the_summary_is_json_ready(database: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", [["X-1", "t", "New", "2016-02-01", "", "", "", "", "", "",
                                       "", ""], ["", "", "", "", "", "", "", "", "", "", "",
                                                 "x"]])
    data = json.loads(json.dumps(run(database, path).to_json()))  # type: ignore[attr-defined]
    assert {k: data[k] for k in ("rows_read", "created", "updated", "unchanged", "rejected")} \
        == {"rows_read": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1}
    assert data["rejected_rows"][0]["line"] == 3


def test_round_trip_a_queue_export_into_an_empty_desk(
        database: Database, services: Services, actor: Actor, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    """Export every incident of a working desk with DeskApp's queue export, import the file
    into an empty desk: the figures the export carries come out the same. (A queue export has
    no resolution times, so resolved counts and MTTR cannot survive it; the ServiceNow test
    above checks those against the file.)"""
    from deskapp.db.demo import generate
    from deskapp.domain.queue import COLUMNS, QueueDefinition, QueueFilter
    from tests.support.fixtures import new_database_url

    generate(database.engine, 120, seed=4, open_ratio=0.4)
    definition = QueueDefinition(filter=QueueFilter(kinds=("incident",)),
                                 columns=tuple(c.key for c in COLUMNS))
    export = tmp_path / "queue.csv"
    services.queues.export(services.queues.resolve(definition), definition, export)
    (tmp_path / "empty").mkdir()
    empty = open_database_at(new_database_url(
        "postgresql" if database.engine.dialect.name == "postgresql" else "sqlite", request,
        tmp_path / "empty"))
    try:
        summary = run(empty, export, date_order=DateOrder.DAY_FIRST)
        assert not summary.rejected  # type: ignore[attr-defined]
        period = Period(datetime.now(UTC) - timedelta(days=1500),
                        datetime.now(UTC) + timedelta(days=1))
        before = services.kpi.report(period)
        after = Services.build(empty.uow, actor).kpi.report(period)
        assert summary.created == before.created > 50  # type: ignore[attr-defined]
        assert after.created == before.created
        assert after.backlog == before.backlog  # open items by priority, breached, unassigned
    finally:
        empty.dispose()


def open_database_at(url: object) -> Database:
    from deskapp.runtime import open_database

    return open_database(url)  # type: ignore[arg-type]
