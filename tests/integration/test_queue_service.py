"""Queues on SQLite and PostgreSQL: definitions, keyset paging and seeking, bulk, export."""

from __future__ import annotations

import csv
import os
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from deskapp.db.models import Team
from deskapp.domain.bulk import KEEP, BulkChange
from deskapp.domain.queries import SORTABLE, cursor_for
from deskapp.domain.queue import (
    BUILT_IN_BY_KEY,
    MY_TEAMS,
    OPEN,
    UNASSIGNED,
    QueueDefinition,
    QueueFilter,
    canonical_sort,
)
from deskapp.errors import ConflictError, ConnectionFailed, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor, WorkItemRow
from deskapp.services.queues import BulkTarget, ResolvedQueue, RowWindow
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

N = 37


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


@pytest.fixture
def tickets(services: Services, desk: Desk) -> list[uuid.UUID]:
    """N incidents: mixed priorities, some assigned to the actor, some to the team, some
    resolved (no due date), one with a word in a comment only."""
    ids = []
    for n in range(N):
        inc = services.incidents.create({
            "title": f"Ticket {n:02d} " + ("printer jam" if n % 5 == 0 else "mail issue"),
            "description": "VPN drops every hour" if n % 7 == 0 else "",
            "impact": 1 + n % 3, "urgency": 1 + (n // 3) % 3})
        if n % 4 == 0:
            inc = services.incidents.assign(inc.id, inc.version, desk.team_id,
                                            services.actor.staff_id)
        elif n % 4 == 1:
            inc = services.incidents.assign(inc.id, inc.version, desk.team_id, None)
        if n % 6 == 5:
            inc = services.incidents.transition(inc.id, inc.version, "resolved",
                                                "Duplicate", "dup")
        ids.append(inc.id)
    services.incidents.add_comment(ids[3], "Customer mentions zeppelin", work_note=False)
    return ids


def _all(services: Services, queue: ResolvedQueue, limit: int = 5) -> list[WorkItemRow]:
    rows: list[WorkItemRow] = []
    cursor = None
    while True:
        page = services.queues.page(queue, cursor, limit)
        rows.extend(page)
        if len(page) < limit:
            return rows
        cursor = cursor_for(page[-1], queue.sort)


@pytest.mark.parametrize("column", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_all_rows_once_in_order(services: Services, tickets: list[uuid.UUID],
                                                 column: str, descending: bool) -> None:
    queue = services.queues.resolve(QueueDefinition().sorted_by(column, descending))
    rows = _all(services, queue)
    assert len(rows) == N and len({r.id for r in rows}) == N
    whole = services.queues.page(queue, None, 1000)
    assert [r.id for r in rows] == [r.id for r in whole]
    # backwards pages give the same order
    back: list[WorkItemRow] = []
    cursor = None
    pos = services.queues.seek(queue, None, 0, backwards=True)
    assert pos is None
    end = cursor_for(whole[-1], queue.sort)
    back = services.queues.page(queue, end, 7, backwards=True)
    assert [r.id for r in back] == [r.id for r in whole[-8:-1]]
    del cursor


def test_seek_and_window_land_on_the_same_rows_as_paging(services: Services,
                                                         tickets: list[uuid.UUID]) -> None:
    queue = services.queues.resolve(QueueDefinition().sorted_by("opened_at", True))
    whole = services.queues.page(queue, None, 1000)
    for target in (0, 1, 9, 20, N - 1):
        start, rows = services.queues.window(queue, None, target, 3)
        assert [r.id for r in rows] == [r.id for r in whole[target:target + 3]]
        # the same row reached backwards from the end
        _, back = services.queues.window(queue, None, N - target, 3, backwards=True)
        assert [r.id for r in back] == [r.id for r in whole[target:target + 3]]
    # from a known position in the middle, in both directions
    middle = cursor_for(whole[19], queue.sort)  # the position before row 20
    assert services.queues.window(queue, middle, 5, 2)[1] == whole[25:27]
    assert services.queues.window(queue, middle, 5, 2, backwards=True)[1] == whole[15:17]
    assert services.queues.window(queue, None, N + 3, 5) == (None, [])
    marks = services.queues.checkpoints(queue, 10)
    assert marks == [cursor_for(whole[k - 1], queue.sort) for k in (10, 20, 30)]


def test_built_in_queues(services: Services, desk: Desk, tickets: list[uuid.UUID],
                         database: Database) -> None:
    q = services.queues
    all_rows = q.page(q.resolve(QueueDefinition()), None, 1000)
    open_rows = [r for r in all_rows if r.status in OPEN]
    counts = {b: q.count(q.resolve(BUILT_IN_BY_KEY[b].definition), fresh=True)
              for b in BUILT_IN_BY_KEY}
    assert counts["all_open"] == len(open_rows)
    assert counts["my_open"] == sum(1 for r in open_rows
                                    if r.assignee_id == services.actor.staff_id)
    assert counts["unassigned_my_teams"] == sum(1 for r in open_rows if r.assignee_id is None
                                                and r.team_id == desk.team_id)
    assert counts["at_risk"] == sum(1 for r in open_rows
                                    if r.sla_state in ("breached", "warning"))
    infos = {i.key: i for i in q.list_queues()}
    assert infos["all_open"].count == counts["all_open"]
    # someone in no team: "my teams" matches nothing, with a message
    loner = ensure_staff(database.uow, "loner", "Lee Loner")
    other = Services.build(database.uow, loner)
    resolved = other.queues.resolve(BUILT_IN_BY_KEY["unassigned_my_teams"].definition)
    assert resolved.empty and "not in any team" in resolved.warnings[0]
    assert other.queues.count(resolved) == 0 and other.queues.page(resolved, None) == []


def test_filters_cover_every_condition(services: Services, desk: Desk,
                                       tickets: list[uuid.UUID]) -> None:
    q = services.queues

    def count(**kw: object) -> int:
        return q.count(q.resolve(QueueDefinition(QueueFilter(**kw))), fresh=True)  # type: ignore[arg-type]

    everything = q.page(q.resolve(QueueDefinition()), None, 1000)
    assert count(priorities=(1,)) == sum(1 for r in everything if r.priority == 1)
    assert count(teams=(str(desk.team_id),)) == sum(1 for r in everything
                                                    if r.team_id == desk.team_id)
    assert count(teams=(MY_TEAMS,), assignees=(UNASSIGNED,)) == sum(
        1 for r in everything if r.team_id == desk.team_id and r.assignee_id is None)
    assert count(statuses=("resolved",)) == sum(1 for r in everything
                                                if r.status == "resolved")
    assert count(text="printer") == sum(1 for r in everything if "printer" in r.title)
    assert count(text="print") == count(text="printer")  # prefix
    assert count(text="vpn hour") == len([n for n in range(N) if n % 7 == 0])
    assert count(text="zeppelin") == 1  # only in a comment
    assert count(text='"jam printer"') == 0 and count(text='"printer jam"') > 0
    assert count(text="INC-000004") == 1 and count(text="4") == 1
    assert count(text="@@@ ***") == 0
    assert q.resolve(QueueDefinition(QueueFilter(text="%%"))).warnings
    assert count(updated_within_days=1) == N
    assert count(created_within_days=1, sla_states=("paused",)) == 0
    assert count(services=(str(uuid.uuid4()),)) == 0


def test_personal_queue_save_rename_share_delete(services: Services, desk: Desk,
                                                 database: Database) -> None:
    q = services.queues
    definition = QueueDefinition(QueueFilter(priorities=(1, 2), statuses=OPEN),
                                 sort=canonical_sort("opened_at", True),
                                 columns=("number", "title"), widths={"title": 400})
    saved = q.save_personal("  Hot ones ", definition)
    assert saved.name == "Hot ones" and saved.kind == "personal" and saved.editable
    assert q.get(saved.key).definition == definition
    assert q.get(saved.key).definition.width("title") == 400
    with pytest.raises(ValidationError, match="already have a queue"):
        q.save_personal("hot ONES", definition)
    with pytest.raises(ValidationError):
        q.save_personal("   ", definition)
    with pytest.raises(PermissionDenied):
        q.update("all_open", 1, name="Mine")
    renamed = q.update(saved.key, saved.version or 0, name="Hotter")
    with pytest.raises(ConflictError):
        q.update(saved.key, saved.version or 0, name="Stale")
    # another member of the team sees it only once shared
    mate = ensure_staff(database.uow, "mate", "Max Mate", ("agent",))
    with database.uow() as uow:
        from deskapp.db.models import TeamMember

        uow.session.add(TeamMember(team_id=desk.team_id, staff_id=mate.staff_id))
        uow.commit()
    theirs = Services.build(database.uow, mate).queues
    assert saved.key not in {i.key for i in theirs.list_queues(with_counts=False)}
    with pytest.raises(ValidationError, match="team you belong to"):
        q.share(renamed.key, renamed.version or 0, desk.other_team_id)
    shared = q.share(renamed.key, renamed.version or 0, desk.team_id)
    seen = {i.key: i for i in theirs.list_queues(with_counts=False)}
    assert seen[saved.key].kind == "team" and seen[saved.key].team_name == "Service Desk"
    assert not seen[saved.key].editable
    with pytest.raises(PermissionDenied):
        theirs.delete(saved.key, shared.version or 0)
    q.delete(shared.key, shared.version or 0)
    assert saved.key not in {i.key for i in q.list_queues(with_counts=False)}


def test_queue_naming_a_deleted_team_still_opens(services: Services, desk: Desk,
                                                 tickets: list[uuid.UUID],
                                                 database: Database, tmp_path: Path) -> None:
    q = services.queues
    saved = q.save_personal("Network work", QueueDefinition(QueueFilter(
        teams=(str(desk.other_team_id),), statuses=OPEN)))
    with database.uow() as uow:
        uow.session.execute(update(Team).where(Team.id == desk.other_team_id)
                            .values(deleted_at=services.queues.clock()))
        uow.commit()
    resolved = q.resolve(q.get(saved.key).definition)
    # it opens, says why, and matches nothing: dropping the condition would widen it to
    # every team, and bulk actions, export and take next would act on other teams' tickets
    assert "no longer exist" in resolved.warnings[0] and "shows nothing" in resolved.warnings[0]
    assert resolved.empty and q.count(resolved) == 0
    assert q.open(q.get(saved.key).definition, 10)[1:] == (0, [])
    assert q.take_next(resolved) is None
    assert q.export(resolved, QueueDefinition(), tmp_path / "gone.csv").rows == 0
    # one of two named teams gone: the queue shows the other one
    both = q.resolve(QueueDefinition(QueueFilter(
        teams=(str(desk.other_team_id), str(desk.team_id)), statuses=OPEN)))
    assert not both.empty and both.filter.team_ids == frozenset({desk.team_id})
    assert "other teams" in both.warnings[0]


def test_bulk_assign_reports_each_row_and_applies_rows_whole(services: Services, desk: Desk,
                                                             tickets: list[uuid.UUID]) -> None:
    q = services.queues
    rows = q.page(q.resolve(QueueDefinition(QueueFilter(statuses=("new",)))), None, 4)
    targets = [BulkTarget.of(r) for r in rows]
    # someone else edits the second row after we saw it
    services.incidents.update(rows[1].id, rows[1].version, {"title": "Edited meanwhile"})
    report = q.bulk_assign(targets, desk.team_id, desk.member_id)
    assert [o.outcome for o in report.outcomes] == ["ok", "conflict", "ok", "ok"]
    assert report.ok == 3 and report.failed == 1 and "Someone else" in report.outcomes[1].message
    untouched = services.incidents.get(rows[1].id)
    assert untouched.assignee is None and untouched.title == "Edited meanwhile"
    done = services.incidents.get(rows[0].id)
    assert done.assignee is not None and done.assignee.id == desk.member_id
    assert done.status == "assigned"
    # an assignee outside the team: every row invalid, nothing written
    fresh = [BulkTarget.of(r) for r in q.page(q.resolve(QueueDefinition(QueueFilter(
        statuses=("new",)))), None, 2)]
    bad = q.bulk_assign(fresh, desk.team_id, desk.outsider_id)
    assert {o.outcome for o in bad.outcomes} == {"invalid"}
    assert all(services.incidents.get(t.id).version == t.version for t in fresh)
    # status, priority and team in bulk
    prio = q.bulk_priority(fresh, 1, 1)
    assert prio.ok == 2 and services.incidents.get(fresh[0].id).priority == 1
    again = [BulkTarget.of(r) for r in q.page(q.resolve(QueueDefinition(QueueFilter(
        statuses=("new",)))), None, 2)]
    status = q.bulk_status(again, "closed")
    assert {o.outcome for o in status.outcomes} == {"invalid"}
    moved = q.bulk_team(again, desk.other_team_id)
    assert moved.ok == 2 and services.incidents.get(again[0].id).team is not None


def test_bulk_reports_progress_and_a_cancel_leaves_the_rest_untouched(
        services: Services, desk: Desk, tickets: list[uuid.UUID]) -> None:
    q = services.queues
    rows = q.page(q.resolve(QueueDefinition(QueueFilter(statuses=("new",)))), None, 4)
    targets = [BulkTarget.of(r) for r in rows]
    seen: list[tuple[int, int]] = []
    # the person presses Cancel while the second row is being changed
    report = q.bulk_priority(targets, 1, 1, progress=lambda d, t: seen.append((d, t)),
                             should_stop=lambda: len(seen) >= 2)
    assert [o.outcome for o in report.outcomes] == ["ok", "ok", "skipped", "skipped"]
    assert report.ok == 2 and report.skipped == 2 and report.failed == 0
    assert seen == [(0, 4), (1, 4), (4, 4)]  # the run has ended: the bar is full
    assert services.incidents.get(rows[1].id).priority == 1
    for skipped in targets[2:]:
        assert services.incidents.get(skipped.id).version == skipped.version
    # uncancelled, progress ends at the total
    seen.clear()
    rest = q.bulk_priority(targets[2:], 1, 1, progress=lambda d, t: seen.append((d, t)))
    assert rest.ok == 2 and seen[-1] == (2, 2)


def test_a_lost_connection_mid_bulk_reports_every_row(services: Services, desk: Desk,
                                                     tickets: list[uuid.UUID]) -> None:
    q = services.queues
    rows = q.page(q.resolve(QueueDefinition(QueueFilter(statuses=("new",)))), None, 4)
    targets = [BulkTarget.of(r) for r in rows]
    original = services.incidents.update
    calls = []

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:  # the server goes away while the second row is being changed
            raise ConnectionFailed("The database server cannot be reached; check the network "
                                   "or the server and try again (nothing was saved).")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    services.incidents.update = flaky  # type: ignore[method-assign]
    try:
        report = q.bulk_priority(targets, 1, 1)  # returns a report, does not raise
    finally:
        services.incidents.update = original  # type: ignore[method-assign]
    assert [o.outcome for o in report.outcomes] == ["ok", "failed", "skipped", "skipped"]
    assert report.connection_lost and report.ok == 1 and report.skipped == 2
    assert report.failed == 1 and "connection" in report.outcomes[1].message
    assert all("connection" in o.message for o in report.outcomes[2:])
    assert len(calls) == 2  # nothing tried after the connection was lost
    assert services.incidents.get(rows[0].id).priority == 1  # the first row is saved
    for untried in targets[2:]:
        assert services.incidents.get(untried.id).version == untried.version


def _working(services: Services, desk: Desk, n: int) -> list[BulkTarget]:
    """n incidents In Progress, in the desk's team, assigned to its member."""
    out = []
    for k in range(n):
        inc = services.incidents.create({"title": f"Working {k}", "impact": 3, "urgency": 3})
        inc = services.incidents.assign(inc.id, inc.version, desk.team_id, desk.member_id)
        inc = services.incidents.transition(inc.id, inc.version, "in_progress")
        out.append(BulkTarget(inc.id, inc.version, inc.number, desk.team_id, desk.member_id,
                              "in_progress"))
    return out


def test_bulk_refuses_what_the_lifecycle_forbids_before_writing_any_row(
        services: Services, desk: Desk) -> None:
    q = services.queues
    working = _working(services, desk, 3)
    new = services.incidents.create({"title": "Nobody on it", "impact": 3, "urgency": 3})
    nobody = [BulkTarget(new.id, new.version, new.number, status="new")]
    refused = [
        (lambda: q.bulk_assign(working, KEEP, None), "In Progress with nobody assigned"),
        (lambda: q.bulk_assign(working, None, None), "In Progress with nobody assigned"),
        # a team the assignee is not in takes the assignee off: the same result
        (lambda: q.bulk_team(working, desk.other_team_id), "In Progress with nobody"),
        (lambda: q.bulk_status(nobody, "in_progress"), "In Progress with nobody assigned"),
        (lambda: q.bulk_status(nobody, "resolved"), "Choose a resolution code"),
        (lambda: q.bulk_status(nobody, "resolved", "Duplicate", " "),
         "Enter resolution notes"),
        (lambda: q.bulk_priority(working, KEEP, KEEP), "Choose what to change"),
        (lambda: q.bulk_change("assign", working, BulkChange(team_id=None, impact=1)),
         "one at a time"),
    ]
    for call, message in refused:
        with pytest.raises(ValidationError, match=message):
            call()
    for t in working + nobody:
        assert services.incidents.get(t.id).version == t.version  # nothing written


def test_bulk_changes_only_what_was_asked(services: Services, desk: Desk) -> None:
    q = services.queues
    working = _working(services, desk, 2)
    # urgency only: impact stays, priority follows the matrix
    report = q.bulk_priority(working, KEEP, 1)
    assert report.ok == 2
    after = services.incidents.get(working[0].id)
    assert (after.impact, after.urgency, after.priority) == (3, 1, 3)
    fresh = [BulkTarget.of(r) for r in q.page(q.resolve(QueueDefinition(QueueFilter(
        text="Working"))), None, 10)]
    assert {t.status for t in fresh} == {"in_progress"}
    # a status they already have is reported unchanged and not written
    same = q.bulk_status(fresh, "in_progress")
    assert [o.outcome for o in same.outcomes] == ["unchanged"] * 2
    assert same.unchanged == 2 and same.failed == 0 and same.ok == 0
    assert all(services.incidents.get(t.id).version == t.version for t in fresh)
    # the team only: the assignee stays (a member of it), so does the status
    moved = q.bulk_assign(fresh, desk.team_id, KEEP)
    assert [o.outcome for o in moved.outcomes] == ["unchanged"] * 2
    # a row changed since the person saw it is a conflict, not checked on the old state
    services.incidents.assign(fresh[0].id, fresh[0].version, desk.team_id, None)
    report = q.bulk_status(fresh, "pending")
    assert [o.outcome for o in report.outcomes] == ["conflict", "ok"]
    # the stored row decides, not what a client says of it: the first one is In Progress
    # with nobody now; moving it to another team is refused though the client claims Pending
    row = services.incidents.get(fresh[0].id)
    claim = BulkTarget(row.id, row.version, row.number, desk.team_id, None, "pending")
    with pytest.raises(ValidationError, match="In Progress with nobody"):
        q.bulk_team([claim], desk.other_team_id)
    assert services.incidents.get(row.id).version == row.version


def test_targets_reads_rows_by_position_for_a_selection(services: Services,
                                                       tickets: list[uuid.UUID]) -> None:
    q = services.queues
    queue = q.resolve(QueueDefinition().sorted_by("number", False))
    rows = _all(services, queue)
    mid = q.seek(queue, None, 10)
    found = q.targets(queue, [RowWindow(None, 0, 3), RowWindow(mid, 2, 4),
                              RowWindow(None, 5, 2, backwards=True)])
    assert [[t.id for t in ts] for ts in found] == [
        [r.id for r in rows[0:3]], [r.id for r in rows[12:16]],
        [r.id for r in rows[len(rows) - 5:len(rows) - 3]]]
    assert found[0][0].version == rows[0].version
    assert q.targets(ResolvedQueue(queue.filter, queue.sort, (), True),
                     [RowWindow(None, 0, 3)]) == [[]]


def test_export_neutralises_formulas(services: Services, desk: Desk, tmp_path: Path) -> None:
    q = services.queues
    titles = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "plain = text"]
    for title in titles:
        services.incidents.create({"title": title, "impact": 2, "urgency": 2})
    definition = QueueDefinition(columns=("title", "priority")).sorted_by("title", False)
    queue = q.resolve(definition)
    q.export(queue, definition, tmp_path / "f.csv")
    q.export(queue, definition, tmp_path / "f.xlsx")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig") as fh:
        cells = {line[0] for line in list(csv.reader(fh))[1:]}
    assert cells == {"'" + t for t in titles[:4]} | {"plain = text"}
    sheet = load_workbook(tmp_path / "f.xlsx").active
    assert sheet is not None
    got = {row[0].value: row[0].data_type for row in sheet.iter_rows(min_row=2)}
    assert set(got) == set(titles)  # the text as typed, ...
    assert set(got.values()) == {"s"}  # ... and never a formula


def test_xlsx_refuses_more_rows_than_a_sheet_holds(services: Services, tickets: list[uuid.UUID],
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from deskapp.services import queues as queues_module

    monkeypatch.setattr(queues_module, "XLSX_MAX_ROWS", N - 1)
    q = services.queues
    queue = q.resolve(QueueDefinition())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"\.csv instead"):
        q.export(queue, QueueDefinition(), out / "big.xlsx")
    assert list(out.iterdir()) == []
    assert q.export(queue, QueueDefinition(), out / "big.csv").rows == N


def test_export_csv_and_xlsx_stream_every_row(services: Services, tickets: list[uuid.UUID],
                                              tmp_path: Path) -> None:
    q = services.queues
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    definition = QueueDefinition(columns=("number", "title", "priority", "opened_at"))
    queue = q.resolve(definition)
    seen: list[tuple[int, int]] = []
    from deskapp.services import queues as queues_module

    old = queues_module.EXPORT_PAGE
    queues_module.EXPORT_PAGE = 10  # several keyset pages
    try:
        result = q.export(queue, definition, tmp_path / "q.csv",
                          progress=lambda d, t: seen.append((d, t)))
        xlsx = q.export(queue, definition, tmp_path / "q.xlsx")
    finally:
        queues_module.EXPORT_PAGE = old
    assert result.rows == N and seen[-1] == (N, N) and len(seen) > 2
    with (tmp_path / "q.csv").open(encoding="utf-8-sig") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["Number", "Title", "Priority", "Opened (UTC)"]
    assert len(lines) == N + 1 and len({line[0] for line in lines[1:]}) == N
    sheet = load_workbook(tmp_path / "q.xlsx").active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert xlsx.rows == N and len(values) == N + 1 and values[0][0] == "Number"
    assert {v[0] for v in values[1:]} == {line[0] for line in lines[1:]}
    # cancelled: no file, no temporary left behind
    cancelled = q.export(queue, definition, tmp_path / "c.csv", should_stop=lambda: True)
    assert cancelled.cancelled and not (tmp_path / "c.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.csv", "q.xlsx"]
    with pytest.raises(ValidationError, match=".csv or .xlsx"):
        q.export(queue, definition, tmp_path / "q.pdf")


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores modes: use sysfs)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_export_to_a_read_only_folder_says_so(services: Services, tickets: list[uuid.UUID],
                                              tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    try:
        with pytest.raises(ValidationError, match="cannot write to"):
            services.queues.export(services.queues.resolve(QueueDefinition()),
                                   QueueDefinition(), folder / "q.csv")
    finally:
        if folder != Path("/sys"):
            folder.chmod(0o700)


def test_definition_json_round_trip_and_bad_input() -> None:
    definition = QueueDefinition(
        QueueFilter(teams=(MY_TEAMS, str(uuid.uuid4())), assignees=("me", UNASSIGNED),
                    statuses=OPEN, priorities=(1, 2), sla_states=("breached",),
                    categories=("Email",), updated_within_days=7, text="vpn"),
        sort=canonical_sort("status", True), columns=("number", "status"),
        widths={"number": 90}, group_by="status")
    assert QueueDefinition.from_json(definition.to_json()) == definition
    assert QueueDefinition.from_json({"columns": ["number", "from_the_future"]}).columns == \
        ("number",)
    with pytest.raises(ValidationError):
        QueueFilter(statuses=("bogus",))
    with pytest.raises(ValidationError):
        QueueFilter.from_json({"teams": ["not-a-uuid"]})
    with pytest.raises(ValidationError):
        QueueDefinition(sort=(canonical_sort("title")[0], canonical_sort("number")[0]))


def test_rows_name_their_references_and_leave_missing_ones_empty(
        services: Services, desk: Desk) -> None:
    """Each row shows the names of its caller, service, CI, team and assignee (scalar
    subqueries per row of the page), and nothing where the ticket has no such reference."""
    full = services.incidents.create({
        "title": "Mail server down", "impact": 1, "urgency": 1, "caller_id": desk.caller_id,
        "service_id": desk.service_id, "ci_id": desk.ci_id})
    full = services.incidents.assign(full.id, full.version, desk.team_id, desk.member_id)
    bare = services.incidents.create({"title": "Something odd", "impact": 3, "urgency": 3})
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    rows = {r.id: r for r in services.queues.page(queue, None, 10)}
    assert (rows[full.id].caller_name, rows[full.id].service_name, rows[full.id].ci_name,
            rows[full.id].team_name, rows[full.id].assignee_name) == (
        "Casey Caller", "Email", "mail-01", "Service Desk", "Morgan Member")
    assert (rows[bare.id].caller_name, rows[bare.id].service_name, rows[bare.id].ci_name,
            rows[bare.id].team_name, rows[bare.id].assignee_name) == (
        None, None, None, None, None)
    # the order is the queue's (priority first), not the order the names were looked up in
    assert list(rows) == [full.id, bare.id]


def test_touched_by_says_whether_a_change_can_alter_a_queue(
        services: Services, desk: Desk, tickets: list[uuid.UUID]) -> None:
    """The live-refresh probe: a changed item shown, or in the queue now, touches it; an item
    outside the queue and not shown does not; an unknown change always does."""
    queue = services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition)
    in_queue = {r.id for r in _all(services, queue)}
    resolved = [t for t in tickets if t not in in_queue]
    assert resolved and in_queue
    member = next(iter(in_queue))
    assert services.queues.touched_by(queue, [member], shown=set())
    assert not services.queues.touched_by(queue, resolved, shown=set())
    assert services.queues.touched_by(queue, resolved[:1], shown={resolved[0]})  # shown: left
    assert services.queues.touched_by(queue, None, shown=set())
    assert not services.queues.touched_by(queue, [], shown=set())
    assert not services.queues.touched_by(queue, [uuid.uuid4()], shown=set())  # deleted
