"""``deskapp-admin kpi`` on SQLite and PostgreSQL, against a hand-built desk whose figures are
worked out by hand below (each item's comment says what it tests)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from deskapp import cli
from deskapp.db.models import Change, Incident, IncidentTask, WorkItem
from deskapp.domain.kpi import DEFINITIONS
from deskapp.runtime import Database
from tests.support.factories import make_desk


def at(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


def build_desk(db: Database) -> None:
    """Work items around the week 1-7 March 2025 (UTC). Teams: Service Desk (SD), Network."""
    desk = make_desk(db)
    n = 0

    def item(cls: type[WorkItem], priority: int, status: str, opened: datetime, *,
             team: uuid.UUID | None, responded: datetime | None = None,
             resolved: datetime | None = None, closed: datetime | None = None,
             sla: bool = True, resp_min: float | None = None, res_min: float | None = None,
             resp_breached: bool = False, res_breached: bool = False, reopened: int = 0,
             category: str | None = None, service: bool = False,
             deleted: bool = False, major: bool = False) -> WorkItem:
        nonlocal n
        n += 1
        done = status in ("resolved", "closed", "cancelled")
        extra: dict[str, Any] = {"is_major": True} if major else {}
        return cls(
            id=uuid.uuid4(), number=f"X-{n:06d}", title=f"case {n}", impact=1, urgency=1,
            priority=priority, status=status, status_category="done" if done else "open",
            opened_at=opened, created_at=opened, updated_at=opened, responded_at=responded,
            resolved_at=resolved, closed_at=closed, sla_id=desk.sla_id if sla else None,
            response_elapsed_min=resp_min, resolution_elapsed_min=res_min,
            response_breached=resp_breached, resolution_breached=res_breached,
            reopen_count=reopened, team_id=team, category=category,
            service_id=desk.service_id if service else None,
            deleted_at=opened if deleted else None, **extra)

    sd, net = desk.team_id, desk.other_team_id
    b = item(  # B: both targets breached (60 wall / 45 business to respond), reopened once
        Incident, 1, "closed", at(3, 3, 9), team=net, responded=at(3, 3, 10),
        resolved=at(3, 4, 9), closed=at(3, 5), resp_min=45, res_min=480, resp_breached=True,
        res_breached=True, reopened=1, category="network", major=True)
    rows = [
        # A: responded after 20 min, resolved after 2 h, within both targets
        item(Incident, 2, "resolved", at(3, 2, 10), team=sd, responded=at(3, 2, 10, 20),
             resolved=at(3, 2, 12), resp_min=20, res_min=120, category="email", service=True),
        b,
        # C: open, responded in 10 min, resolution already breached, reopened twice
        item(Incident, 3, "in_progress", at(3, 5, 8), team=sd, responded=at(3, 5, 8, 10),
             resp_min=10, res_breached=True, reopened=2, category="email", service=True),
        # D: opened in February (9 days 6 h = 13,320 min before), resolved on 1 March, late
        item(Incident, 4, "resolved", at(2, 20), team=net, responded=at(2, 20, 0, 30),
             resolved=at(3, 1, 6), resp_min=30, res_min=600, res_breached=True),
        # E: new, no team, no SLA
        item(Incident, 1, "new", at(3, 6, 12), team=None, sla=False, category="email"),
        # F: opened exactly at the end of the period: neither opened in it nor open at its end
        item(Incident, 2, "new", at(3, 8), team=sd),
        # G: all of it in February
        item(Incident, 5, "closed", at(2, 1), team=net, responded=at(2, 1, 1),
             resolved=at(2, 2), closed=at(2, 3), resp_min=60, res_min=1440),
        # H: resolved at first contact (stops the response clock too), 5 minutes
        item(Incident, 3, "resolved", at(3, 7, 10), team=sd, resolved=at(3, 7, 10, 5),
             resp_min=5, res_min=5),
        # I: deleted: counted nowhere
        item(Incident, 1, "new", at(3, 4, 9), team=sd, deleted=True),
        # J: opened in February, resolved after the period: open at its end
        item(Incident, 2, "resolved", at(2, 25), team=sd, responded=at(2, 25, 1),
             resolved=at(3, 10), resp_min=60, res_min=900),
        # K: opened in February, still open
        item(Incident, 3, "in_progress", at(2, 10), team=net, responded=at(2, 10, 1),
             resp_min=60),
        # T1: a task of B, 28 h to close, no SLA, reopened once
        item(IncidentTask, 3, "closed", at(3, 3, 8), team=net, resolved=at(3, 4, 12),
             closed=at(3, 4, 12), sla=False, reopened=1),
        # T2: a task still new
        item(IncidentTask, 4, "new", at(3, 6), team=sd, sla=False),
    ]
    # changes closed after their review: in the week one successful with issues (a success)
    # and one backed out; one cancelled in the week (never reviewed: not counted) and one
    # successful in February (outside)
    for outcome, closed in (("successful_with_issues", at(3, 3, 22)), ("backed_out", at(3, 6)),
                            (None, at(3, 4)), ("successful", at(2, 10))):
        n += 1
        rows.append(Change(
            id=uuid.uuid4(), number=f"X-{n:06d}", title=f"change {n}", impact=3, urgency=3,
            priority=4, status="closed" if outcome else "cancelled", status_category="done",
            opened_at=closed, created_at=closed, updated_at=closed, closed_at=closed,
            reopen_count=0, team_id=None, change_type="normal", risk_answers={},
            review_outcome=outcome))
    with db.uow() as uow:
        uow.session.add_all(rows)
        uow.commit()


def run_kpi(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    url = db.url.render_as_string(hide_password=False)
    code = cli.main(["--database", url, "kpi", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


WEEK = ("--from", "2025-03-01", "--to", "2025-03-07", "--zone", "UTC")


def figures_json(db: Database, capsys: pytest.CaptureFixture[str],
                 *args: str) -> list[dict[str, Any]]:
    code, out, err = run_kpi(db, capsys, *args, "--json")
    assert (code, err) == (0, "")
    return list(json.loads(out))


#: the figures of the first KPI order (the split tests check these; the later ones below)
FIRST = ("opened", "resolved", "mtta_wall", "mtta_business", "mttr_wall", "mttr_business",
         "response_sla_met", "resolution_sla_met", "reopen_rate", "backlog")


def values(rows: list[dict[str, Any]], group: Any = None,
           names: tuple[str, ...] = FIRST) -> dict[str, tuple[Any, int]]:
    """name -> (value rounded to 2 places, count) of one group."""
    return {r["name"]: (None if r["value"] is None else round(r["value"], 2), r["count"])
            for r in rows if r.get("group") == group and r["name"] in names}


WEEK_FIGURES = {
    "opened": (5, 5),                                     # A B C E H
    "resolved": (4, 4),                                   # A B D H
    "mtta_wall": (30.0, 3),                               # A 20, B 60, C 10
    "mtta_business": (25.0, 3),                           # A 20, B 45, C 10
    "mttr_wall": (3721.25, 4),                            # (120 + 1440 + 13320 + 5) / 4
    "mttr_business": (301.25, 4),                         # (120 + 480 + 600 + 5) / 4
    "response_sla_met": (75.0, 4),                        # A C H of A B C H
    "resolution_sla_met": (50.0, 4),                      # A H of A B D H
    "reopen_rate": (40.0, 5),                             # B C of A B C E H
    "backlog": (4, 4),                                    # C E J K
}
LATER_FIGURES = {
    # ages at 8 Mar 00:00: C 3,840, E 2,160, J 15,840, K 37,440 minutes
    "backlog_age": (14820.0, 4),
    "first_contact_resolution": (25.0, 4),                # H of A B D H (A 2 h, B reopened)
    "major_incidents": (1, 1),                            # B
    # no data for these in this desk yet: null, never 0 (no rating given: measured, no value)
    "request_fulfilment": (None, 0),
    "change_success_rate": (50.0, 2),                     # 1 of 2 reviewed changes
    "satisfaction": (None, 0),
}


@pytest.fixture
def desk(database: Database) -> Database:
    build_desk(database)
    return database


def test_the_week_as_json(desk: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rows = figures_json(desk, capsys, *WEEK)
    assert [r["name"] for r in rows] == [d.name for d in DEFINITIONS]
    assert all(set(r) == {"name", "label", "value", "unit", "basis", "count", "measured",
                          "why"} for r in rows)
    assert values(rows) == WEEK_FIGURES
    assert values(rows, names=tuple(LATER_FIGURES)) == LATER_FIGURES
    unmeasured = {r["name"]: r["why"] for r in rows if not r["measured"]}
    assert unmeasured == {}  # every kind a figure needs is built (changes last)
    units = {r["name"]: r["unit"] for r in rows}
    assert (units["opened"], units["mttr_wall"], units["reopen_rate"]) == (
        "items", "minutes", "%")
    assert all(r["basis"] == d.basis for r, d in zip(rows, DEFINITIONS, strict=True))


def test_by_team(desk: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rows = figures_json(desk, capsys, *WEEK, "--by", "team")
    assert [r["group"] for r in rows[::len(DEFINITIONS)]] == ["Network", "Service Desk", None]
    assert all(r["by"] == "team" for r in rows)
    assert values(rows, "Network") == {  # B D K
        "opened": (1, 1), "resolved": (2, 2), "mtta_wall": (60.0, 1),
        "mtta_business": (45.0, 1), "mttr_wall": (7380.0, 2), "mttr_business": (540.0, 2),
        "response_sla_met": (0.0, 1), "resolution_sla_met": (0.0, 2),
        "reopen_rate": (100.0, 1), "backlog": (1, 1)}
    assert values(rows, "Service Desk") == {  # A C H J
        "opened": (3, 3), "resolved": (2, 2), "mtta_wall": (15.0, 2),
        "mtta_business": (15.0, 2), "mttr_wall": (62.5, 2), "mttr_business": (62.5, 2),
        "response_sla_met": (100.0, 3), "resolution_sla_met": (100.0, 2),
        "reopen_rate": (33.33, 3), "backlog": (2, 2)}
    assert values(rows, None) == {  # E: nothing measured is null, not 0 or 100
        "opened": (1, 1), "resolved": (0, 0), "mtta_wall": (None, 0),
        "mtta_business": (None, 0), "mttr_wall": (None, 0), "mttr_business": (None, 0),
        "response_sla_met": (None, 0), "resolution_sla_met": (None, 0),
        "reopen_rate": (0.0, 1), "backlog": (1, 1)}
    later = ("major_incidents", "first_contact_resolution")
    assert values(rows, "Network", later) == {"major_incidents": (1, 1),  # B
                                              "first_contact_resolution": (0.0, 2)}  # B D
    assert values(rows, "Service Desk", later) == {"major_incidents": (0, 0),
                                                   "first_contact_resolution": (50.0, 2)}  # H


def test_by_kind_service_category_priority(desk: Database,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    by_kind = figures_json(desk, capsys, *WEEK, "--by", "kind")
    assert values(by_kind, "incident") == WEEK_FIGURES
    assert values(by_kind, "incident_task") == {  # T1 T2
        "opened": (2, 2), "resolved": (1, 1), "mtta_wall": (None, 0),
        "mtta_business": (None, 0), "mttr_wall": (1680.0, 1), "mttr_business": (None, 0),
        "response_sla_met": (None, 0), "resolution_sla_met": (None, 0),
        "reopen_rate": (50.0, 2), "backlog": (1, 1)}
    by_service = values(figures_json(desk, capsys, *WEEK, "--by", "service"), "Email")
    assert (by_service["opened"], by_service["mtta_wall"], by_service["backlog"]) == (
        (2, 2), (15.0, 2), (1, 1))  # A C / A C / C
    by_category = figures_json(desk, capsys, *WEEK, "--by", "category")
    assert [r["group"] for r in by_category[::len(DEFINITIONS)]] == ["email", "network", None]
    email = values(by_category, "email")  # A C E
    assert (email["opened"], email["reopen_rate"], email["backlog"]) == (
        (3, 3), (33.33, 3), (2, 2))
    by_priority = figures_json(desk, capsys, *WEEK, "--by", "priority")
    assert [r["group"] for r in by_priority[::len(DEFINITIONS)]] == [1, 2, 3, 4]
    p3 = values(by_priority, 3)  # C H K
    assert (p3["opened"], p3["resolved"], p3["response_sla_met"], p3["backlog"]) == (
        (2, 2), (1, 1), (100.0, 2), (2, 2))


def test_days_are_local_to_the_zone(desk: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """In New York the week is 1 Mar 05:00 to 8 Mar 05:00 UTC: F (8 Mar 00:00 UTC) falls in."""
    rows = values(figures_json(desk, capsys, "--from", "2025-03-01", "--to", "2025-03-07",
                               "--zone", "America/New_York"))
    assert rows["opened"] == (6, 6)  # A B C E H F
    assert rows["resolved"] == (4, 4)  # A B D H (D at 06:00 UTC is still inside)
    assert rows["backlog"] == (5, 5)  # C E F J K


def test_an_empty_period_and_the_backlog_then(desk: Database,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    rows = values(figures_json(desk, capsys, "--from", "2025-06-01", "--to", "2025-06-30",
                               "--zone", "UTC"))
    assert rows["opened"] == (0, 0) and rows["mttr_wall"] == (None, 0)
    assert rows["reopen_rate"] == (None, 0)
    assert rows["backlog"] == (4, 4)  # C E F K (J was resolved on 10 March)


def test_the_readable_table(desk: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_kpi(desk, capsys, *WEEK, "--by", "team")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("2025-03-01 to 2025-03-07 (UTC)")
    network = lines[lines.index("team: Network") + 1:]
    assert network[0].split() == ["opened", "1", "items"]
    assert network[4].split() == ["mttr_wall", "7,380.0", "minutes", "over", "2"]
    assert "team: (none)" in lines


@pytest.mark.parametrize(("args", "sentence"), [
    (("--from", "2025-02-30", "--to", "2025-03-07"),
     "--from '2025-02-30' is not a date; write it as YYYY-MM-DD, for example 2025-03-31."),
    (("--from", "01/03/2025", "--to", "2025-03-07"), "--from '01/03/2025' is not a date"),
    (("--from", "2025-03-01", "--to", "20250307"), "--to '20250307' is not a date"),
    (("--from", "2025-03-07", "--to", "2025-03-01"), "The period ends before it starts"),
    ((*WEEK, "--by", "owner"), "'owner' is not something the figures can be split by; use "
                               "one of team, agent, service, category, priority, kind."),
    (("--from", "2025-03-01", "--to", "2025-03-07", "--zone", "Mars/Olympus"),
     "--zone 'Mars/Olympus' is not a time zone"),
])
def test_bad_input_is_one_sentence(sqlite_database: Database,
                                   capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                   sentence: str) -> None:
    code, out, err = run_kpi(sqlite_database, capsys, *args, "--json")
    assert (code, out) == (cli.EXIT_ERROR, "")
    assert err.startswith("error: ") and sentence in err
    assert "Traceback" not in err
