"""Bulk change rules: the plan counts what changes, and refuses what the lifecycle forbids."""

from __future__ import annotations

import uuid

from deskapp.domain.bulk import (
    CONFIRM_ABOVE,
    KEEP,
    BulkChange,
    RowState,
    Skip,
    outcome,
    plan,
)
from deskapp.domain.incident import IncidentStatus as S

TEAM, OTHER = uuid.uuid4(), uuid.uuid4()
ALICE, BOB = uuid.uuid4(), uuid.uuid4()
MEMBERS = {TEAM: frozenset({ALICE}), OTHER: frozenset({BOB})}
WORKING = RowState(S.IN_PROGRESS, TEAM, ALICE)
WAITING = RowState(S.ASSIGNED, TEAM, ALICE)
FRESH = RowState(S.NEW)
CLOSED = RowState(S.CLOSED, TEAM, ALICE)


def test_an_empty_change_changes_nothing() -> None:
    change = BulkChange()
    assert change.empty
    p = plan(change, [WORKING, WAITING, FRESH], MEMBERS)
    assert p.changing == 0 and p.unchanged == 3 and not p.ready and not p.forbidden


def test_clearing_the_assignee_of_rows_in_progress_is_forbidden() -> None:
    p = plan(BulkChange(assignee_id=None), [WORKING, WAITING], MEMBERS)
    assert p.forbidden and p.nobody_working == 1 and p.loses_assignee == 2
    assert "In Progress with nobody assigned" in p.refusal()
    ok = plan(BulkChange(assignee_id=None), [WAITING], MEMBERS)
    assert ok.ready and ok.needs_confirmation and ok.loses_assignee == 1


def test_clearing_team_and_assignee_of_an_assigned_row_is_forbidden() -> None:
    p = plan(BulkChange(team_id=None, assignee_id=None), [WAITING], MEMBERS)
    assert p.nobody_assigned == 1 and p.loses_team == 1 and p.forbidden


def test_a_team_move_takes_off_an_assignee_who_is_not_a_member() -> None:
    assert outcome(BulkChange(team_id=OTHER), WAITING, MEMBERS) == RowState(S.ASSIGNED, OTHER)
    # In Progress would be left with nobody: refused
    assert plan(BulkChange(team_id=OTHER), [WORKING], MEMBERS).nobody_working == 1
    # naming a member of the new team too is fine
    both = plan(BulkChange(team_id=OTHER, assignee_id=BOB), [WORKING], MEMBERS)
    assert both.ready and both.loses_assignee == 0
    # a team not known to the plan keeps the assignee (the service checks membership)
    unknown = uuid.uuid4()
    assert outcome(BulkChange(team_id=unknown), WAITING, MEMBERS) == \
        RowState(S.ASSIGNED, unknown, ALICE)


def test_assigning_a_new_row_makes_it_assigned_and_closed_rows_stay() -> None:
    assert outcome(BulkChange(team_id=TEAM), FRESH, MEMBERS) == RowState(S.ASSIGNED, TEAM)
    assert outcome(BulkChange(assignee_id=BOB), CLOSED, MEMBERS) is Skip.CLOSED
    assert outcome(BulkChange(assignee_id=BOB), WAITING, MEMBERS) is Skip.NOT_MEMBER


def test_status_needs_a_legal_step_an_assignee_for_in_progress_and_resolution_fields() -> None:
    to_progress = BulkChange(status=S.IN_PROGRESS)
    p = plan(to_progress, [WORKING, WAITING, FRESH, CLOSED], MEMBERS)
    assert p.unchanged == 1 and p.changing == 2 and p.skipped == {Skip.MOVE: 1}
    assert p.nobody_working == 1 and p.forbidden  # the new row has nobody on it
    resolve = BulkChange(status=S.RESOLVED)
    assert set(plan(resolve, [WAITING], MEMBERS).request_errors) == {
        "resolution_code", "resolution_notes"}
    done = BulkChange(status=S.RESOLVED, resolution_code="Duplicate", resolution_notes="dup")
    assert plan(done, [WAITING, FRESH], MEMBERS).ready
    assert BulkChange(status=S.NEW).request_errors() == {
        "status": "An incident cannot be set back to New."}


def test_priority_counts_every_row_and_touches_no_lifecycle_rule() -> None:
    nobody_working = RowState(S.IN_PROGRESS, TEAM, None)  # older data
    p = plan(BulkChange(impact=2, urgency=KEEP), [nobody_working, WAITING], MEMBERS)
    assert p.changing == 2 and p.ready and not p.needs_confirmation


def test_more_than_the_limit_needs_confirmation() -> None:
    rows = [WAITING] * (CONFIRM_ABOVE + 1)
    assert plan(BulkChange(urgency=1), rows, MEMBERS).needs_confirmation
    assert not plan(BulkChange(urgency=1), rows[:CONFIRM_ABOVE], MEMBERS).needs_confirmation


def test_each_row_follows_its_own_kinds_lifecycle() -> None:
    """A selection may mix incidents and incident tasks: each row's result comes from its
    kind's lifecycle (a task cannot be Resolved, an incident cannot be Cancelled)."""
    Row, Why = RowState, Skip
    task = Row("in_progress", None, None, "incident_task")
    incident = Row("in_progress", None, None, "incident")
    assert outcome(BulkChange(status="resolved"), task, {}) is Why.MOVE
    assert outcome(BulkChange(status="cancelled"), incident, {}) is Why.MOVE
    assert outcome(BulkChange(status="cancelled"), task, {}) == Row("cancelled", None, None,
                                                                     "incident_task")
    cancelled = Row("cancelled", None, None, "incident_task")
    assert outcome(BulkChange(team_id=None), cancelled, {}) is Why.CLOSED  # final
    new_task = Row("new", None, None, "incident_task")
    team = uuid.uuid4()
    after = outcome(BulkChange(team_id=team), new_task, {})
    assert isinstance(after, Row) and after.status == "assigned"
