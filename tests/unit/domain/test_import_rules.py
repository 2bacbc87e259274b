"""Import rules without a database: cells, dates, mappings, an incident's rows."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from deskapp.domain.importing.incident_rows import RowRejected, history, read_row
from deskapp.domain.importing.mapping import ColumnMapping
from deskapp.domain.importing.values import (
    DateOrder,
    choice_level,
    clean,
    decided_order,
    looks_like_formula,
    parse_bool,
    parse_datetime,
)
from deskapp.errors import ValidationError

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("text", ["", "  ", "NULL", "null", "N/A", "?", "-", "none"])
def test_placeholders_read_as_empty(text: str) -> None:
    assert clean(text) is None


@pytest.mark.parametrize(("text", "formula"), [
    ("=HYPERLINK(\"http://x\")", True), ("+cmd|' /C calc'!A0", True), ("@SUM(A1)", True),
    ("-2+3", True), ("-5", False), ("+44", False), ("-", False), ("plain", False)])
def test_formulas_are_recognised(text: str, formula: bool) -> None:
    assert looks_like_formula(text) is formula


@pytest.mark.parametrize(("label", "level"), [
    ("2 - Medium", 2), ("3 - Moderate", 3), ("1", 1), ("P4 - Low", 4), ("High", None)])
def test_choice_labels_read_by_their_number(label: str, level: int | None) -> None:
    assert choice_level(label) == level


def test_yes_no() -> None:
    assert parse_bool("true") is True and parse_bool("No") is False and parse_bool("?") is None
    with pytest.raises(ValueError, match="not yes/no"):
        parse_bool("maybe")


def test_a_value_decides_the_date_order_only_when_it_can() -> None:
    assert decided_order("13/02/2016 10:00") is DateOrder.DAY_FIRST
    assert decided_order("02/13/2016") is DateOrder.MONTH_FIRST
    assert decided_order("05/06/2016") is None
    assert decided_order("2016-02-13") is None


def test_dates_are_read_in_the_given_order_and_zone() -> None:
    utc = ZoneInfo("UTC")
    assert parse_datetime("5/6/2016 01:16", DateOrder.DAY_FIRST, utc) == \
        datetime(2016, 6, 5, 1, 16, tzinfo=UTC)
    assert parse_datetime("5/6/2016 1:16 PM", DateOrder.MONTH_FIRST, utc) == \
        datetime(2016, 5, 6, 13, 16, tzinfo=UTC)
    # naive times are local to the zone: 10:00 in London in July is 09:00 UTC
    assert parse_datetime("2016-07-01 10:00", DateOrder.AUTO, LONDON) == \
        datetime(2016, 7, 1, 9, 0, tzinfo=UTC)
    # an explicit offset wins over the zone
    assert parse_datetime("2016-07-01T10:00:00+02:00", DateOrder.AUTO, LONDON) == \
        datetime(2016, 7, 1, 8, 0, tzinfo=UTC)


def test_an_undecided_date_is_never_guessed() -> None:
    with pytest.raises(ValueError, match="--date-order"):
        parse_datetime("05/06/2016", DateOrder.AUTO, LONDON)
    assert parse_datetime("13/06/2016", DateOrder.AUTO, LONDON) is not None
    with pytest.raises(ValueError, match="not a real date when read month-first"):
        parse_datetime("13/06/2016", DateOrder.MONTH_FIRST, LONDON)
    with pytest.raises(ValueError, match="not a date DeskApp can read"):
        parse_datetime("yesterday", DateOrder.DAY_FIRST, LONDON)


def test_mapping_files_round_trip_and_refuse_nonsense() -> None:
    mapping = ColumnMapping(columns={"external_id": "Ticket", "title": "Summary"},
                            values={"status": {"Waiting": "pending"}}, source="old-desk",
                            date_order=DateOrder.DAY_FIRST, zone="Europe/Berlin")
    assert ColumnMapping.loads(mapping.dumps()) == mapping
    with pytest.raises(ValidationError, match="not a DeskApp mapping file"):
        ColumnMapping.loads('{"columns": {}}')
    with pytest.raises(ValidationError, match="not valid JSON"):
        ColumnMapping.loads("{")
    with pytest.raises(ValidationError, match="unknown field"):
        ColumnMapping.loads('{"format": "deskapp-import-mapping", "columns": {"nope": "x"}}')


def test_headers_are_found_by_mapping_then_by_their_usual_names() -> None:
    headers = ["Ticket", "Summary", "sys_updated_at", "Opened (UTC)", "Assigned To"]
    found = ColumnMapping(columns={"external_id": "Ticket"}).resolve(headers)
    assert found["external_id"] == 0 and found["title"] == 1 and found["updated_at"] == 2
    assert found["opened_at"] == 3 and found["assignee"] == 4
    with pytest.raises(ValidationError, match="does not have: Missing"):
        ColumnMapping(columns={"title": "Missing"}).resolve(headers)


def _row(line: int, **cells: str) -> dict[str, str | None]:
    return {"external_id": "INC1", "opened_at": "2016-02-01 09:00", **cells}


def test_a_row_reads_labels_statuses_and_flags_formulas() -> None:
    reading = read_row(2, _row(2, impact="1 - High", urgency="3 - Low", priority="3 - Moderate",
                               status="Awaiting User Info", channel="Self service",
                               title="=cmd()", made_sla="false"),
                       order=DateOrder.AUTO, zone=LONDON)
    row = reading.row
    assert (row.impact, row.urgency, row.priority) == (1, 3, 3)
    assert row.status == "pending" and row.channel == "portal" and row.made_sla is False
    assert row.title == "=cmd()"
    assert any("formula" in w for w in reading.warnings)


def test_an_unknown_state_is_derived_from_the_other_columns() -> None:
    reading = read_row(2, _row(2, status="-100", active="false"), order=DateOrder.AUTO,
                       zone=LONDON)
    assert reading.row.status == "closed"
    assert "read as closed" in reading.warnings[0]


@pytest.mark.parametrize(("cells", "reason"), [
    ({"external_id": "?"}, "no number"),
    ({"impact": "7 - Huge"}, "impact '7 - Huge' is not 1 to 3"),
    ({"opened_at": "31/31/2016"}, "opened_at"),
    ({"reopen_count": "lots"}, "reopen_count"),
])
def test_bad_rows_are_rejected_with_a_reason(cells: dict[str, str], reason: str) -> None:
    with pytest.raises(RowRejected, match=reason):
        read_row(3, {**_row(3), **cells}, order=DateOrder.DAY_FIRST, zone=LONDON)


def test_the_final_state_is_the_highest_update_count_then_the_latest_update() -> None:
    def row(line: int, mod: str, updated: str, status: str, by: str) -> object:
        return read_row(line, _row(line, mod_count=mod, updated_at=updated, status=status,
                                   updated_by=by, opened_by="Opener"),
                        order=DateOrder.AUTO, zone=ZoneInfo("UTC")).row

    rows = [row(4, "2", "2016-02-01 12:00", "Resolved", "Bea"),
            row(2, "0", "2016-02-01 09:00", "New", "Al"),
            row(5, "2", "2016-02-01 11:00", "Active", "Cy"),  # same count, earlier update
            row(3, "1", "2016-02-01 10:00", "Active", "Al")]
    found = history(rows)  # type: ignore[arg-type]
    assert found.final.status == "resolved" and found.final.line == 4
    steps = [(c.field, c.old, c.new, c.actor, c.at.hour) for c in found.changes]
    assert steps[:2] == [("created", None, None, "Opener", 9), ("status", None, "new", "Opener", 9)]
    assert ("status", "new", "in_progress", "Al", 10) in steps
    assert ("status", "in_progress", "resolved", "Bea", 12) in steps
